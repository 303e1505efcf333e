"""Who was aboard, on the real data, at instants across every station's life, against what the sources say the crew
was then (the expedition and mission articles the data cites: Wikipedia's pages of each Salyut, Mir and ISS
expedition and of the ships named below). Short visits, when the count was higher, and the empty stretches are
included. Each case names the ships that explain it."""

from __future__ import annotations

import pytest

from soyuz_gui.domain.aboard import aboard_at
from soyuz_gui.domain.timeutil import parse_instant

CASES = [
    # Salyut 1: the Soyuz 11 crew, the only one to board it.
    ("salyut-1", "1971-06-20T12:00Z", {"georgy-dobrovolsky", "vladislav-volkov", "viktor-patsayev"}),
    ("salyut-3", "1974-07-10T12:00Z", {"pavel-popovich", "yury-artyukhin"}),  # Soyuz 14
    ("salyut-4", "1975-01-20T12:00Z", {"aleksei-gubarev", "georgi-grechko"}),  # Soyuz 17
    ("salyut-4", "1975-06-15T12:00Z", {"pyotr-klimuk", "vitaly-sevastyanov"}),  # Soyuz 18
    ("salyut-5", "1976-07-20T12:00Z", {"boris-volynov", "vitaly-zholobov"}),  # Soyuz 21
    ("salyut-5", "1977-02-15T12:00Z", {"viktor-gorbatko", "yury-glazkov"}),  # Soyuz 24
    # Salyut 6: the first visiting crew (Soyuz 27) with Romanenko and Grechko, four aboard for the first time.
    ("salyut-6", "1978-01-15T00:00Z", {"yuri-romanenko", "georgi-grechko", "vladimir-dzhanibekov", "oleg-makarov"}),
    # Soyuz 28 with Remek, the first person in space from neither the USSR nor the USA.
    ("salyut-6", "1978-03-05T12:00Z", {"yuri-romanenko", "georgi-grechko", "aleksei-gubarev", "vladimir-remek"}),
    ("salyut-6", "1979-05-01T12:00Z", {"vladimir-lyakhov", "valery-ryumin"}),  # EO-3
    # Soyuz 37 with Phạm Tuân visiting Popov and Ryumin.
    ("salyut-6", "1980-07-27T12:00Z", {"leonid-popov", "valery-ryumin", "viktor-gorbatko", "pham-tuan"}),
    ("salyut-6", "1981-03-20T12:00Z", {"vladimir-kovalyonok", "viktor-savinykh"}),  # EO-6, before Soyuz 39
    # Salyut 7: Soyuz T-6 with Chrétien visiting the first crew (five aboard).
    ("salyut-7", "1982-07-01T00:00Z", {"anatoli-berezovoy", "valentin-lebedev", "vladimir-dzhanibekov",
                                       "aleksandr-ivanchenkov", "jean-loup-chretien"}),
    # Soyuz T-11 with Rakesh Sharma visiting the third crew (six aboard).
    ("salyut-7", "1984-04-10T00:00Z", {"leonid-kizim", "vladimir-solovyov", "oleg-atkov", "yury-malyshev",
                                       "gennadi-strekalov", "rakesh-sharma"}),
    ("salyut-7", "1985-06-20T12:00Z", {"vladimir-dzhanibekov", "viktor-savinykh"}),  # T-13 revives the station
    # After T-13 left with Dzhanibekov and Grechko: Savinykh stays with the T-14 crew.
    ("salyut-7", "1985-10-01T12:00Z", {"viktor-savinykh", "vladimir-vasyutin", "aleksandr-volkov"}),
    ("salyut-7", "1986-05-20T12:00Z", {"leonid-kizim", "vladimir-solovyov"}),  # T-15 flew over from Mir
    # Mir: T-15 before and during its Salyut 7 trip.
    ("mir", "1986-04-01T12:00Z", {"leonid-kizim", "vladimir-solovyov"}),
    ("mir", "1986-05-20T12:00Z", set()),
    # Soyuz TM-3 with Faris visiting Romanenko and Laveykin (five aboard).
    ("mir", "1987-07-25T12:00Z", {"yuri-romanenko", "aleksandr-laveykin", "aleksandr-viktorenko",
                                  "aleksandr-pavlovich-aleksandrov", "muhammed-faris"}),
    # Soyuz TM-7 joined Titov, Manarov and Polyakov: six aboard until Chrétien left with TM-6.
    ("mir", "1988-12-15T12:00Z", {"vladimir-titov", "musa-manarov", "valeri-polyakov", "aleksandr-volkov",
                                  "sergei-krikalev", "jean-loup-chretien"}),
    ("mir", "1990-07-01T12:00Z", {"anatoly-solovyev", "aleksandr-balandin"}),  # EO-6, Soyuz TM-9
    ("mir", "1991-08-01T00:00Z", {"anatoly-artsebarsky", "sergei-krikalev"}),  # EO-9 during the coup attempt
    # STS-71, the first Shuttle docking: Mir EO-18 and EO-19 and Atlantis's five, ten people at once.
    ("mir", "1995-07-01T12:00Z", {"vladimir-dezhurov", "gennadi-strekalov", "norman-thagard", "anatoly-solovyev",
                                  "nikolai-budarin", "robert-l-gibson", "charles-j-precourt", "ellen-s-baker",
                                  "gregory-j-harbaugh", "bonnie-j-dunbar"}),
    # The day the Progress M-34 collision holed Spektr: EO-23 and Michael Foale (up on STS-84).
    ("mir", "1997-06-25T12:00Z", {"vasily-tsibliyev", "aleksandr-lazutkin", "michael-foale"}),
    ("mir", "1999-09-01T12:00Z", set()),  # empty after EO-27 left in August 1999
    ("mir", "2000-05-01T12:00Z", {"sergei-zalyotin", "aleksandr-kaleri"}),  # EO-28, the last crew
    # ISS: Expedition 1 alone, before STS-97 arrived.
    ("iss", "2000-12-01T00:00Z", {"william-shepherd", "yuri-gidzenko", "sergei-krikalev"}),
    # Expedition 2 (up on STS-102) with the Soyuz TM-32 taxi crew and Dennis Tito.
    ("iss", "2001-05-01T00:00Z", {"yury-usachov", "james-s-voss", "susan-helms", "talgat-musabayev",
                                  "yuri-baturin", "dennis-tito"}),
    # Expedition 5 with STS-112 docked: nine aboard.
    ("iss", "2002-10-10T00:00Z", {"valery-korzun", "peggy-whitson", "sergei-treshchev", "jeffrey-s-ashby",
                                  "pamela-melroy", "david-a-wolf", "piers-sellers", "sandra-magnus",
                                  "fyodor-yurchikhin"}),
    # ISS: Expedition 7, two aboard after the Columbia accident.
    ("iss", "2003-06-01T00:00Z", {"yuri-malenchenko", "edward-lu"}),
    # STS-117 docked with Expedition 15: Anderson has arrived, Williams is about to ride the Shuttle home.
    ("iss", "2007-06-15T00:00Z", {"fyodor-yurchikhin", "oleg-kotov", "sunita-williams", "frederick-w-sturckow",
                                  "lee-archambault", "patrick-forrester", "steven-swanson", "john-d-olivas",
                                  "james-f-reilly", "clayton-anderson"}),
    # STS-127 with Expedition 20: thirteen aboard, the most at once; Wakata and Kopra are swapping places.
    ("iss", "2009-07-20T00:00Z", {"gennady-padalka", "michael-r-barratt", "koichi-wakata", "roman-romanenko",
                                  "frank-de-winne", "robert-thirsk", "mark-polansky", "douglas-g-hurley",
                                  "david-a-wolf", "christopher-cassidy", "julie-payette", "thomas-marshburn",
                                  "timothy-kopra"}),
    # STS-134, Endeavour's last flight, with the half of Expedition 28 that stayed after Soyuz TMA-20 left.
    ("iss", "2011-05-25T00:00Z", {"andrei-borisenko", "aleksandr-samokutyayev", "ronald-j-garan-jr",
                                  "mark-kelly", "gregory-h-johnson", "michael-fincke", "gregory-chamitoff",
                                  "andrew-feustel", "roberto-vittori"}),
    # Expedition 30 with the Soyuz TMA-03M crew just arrived.
    ("iss", "2012-01-01T00:00Z", {"daniel-c-burbank", "anton-shkaplerov", "anatoli-ivanishin", "oleg-kononenko",
                                  "andre-kuipers", "donald-pettit"}),
    ("iss", "2018-01-01T00:00Z", {"alexander-misurkin", "mark-t-vande-hei", "joe-acaba", "anton-shkaplerov",
                                  "scott-d-tingle", "norishige-kanai"}),
    # Demo-2 has just docked with Expedition 63.
    ("iss", "2020-06-01T00:00Z", {"christopher-cassidy", "anatoli-ivanishin", "ivan-vagner", "douglas-g-hurley",
                                  "robert-l-behnken"}),
    # Crew-2 docked while Crew-1 and Soyuz MS-18 were there: eleven aboard.
    ("iss", "2021-04-25T00:00Z", {"michael-s-hopkins", "victor-j-glover", "shannon-walker", "soichi-noguchi",
                                  "oleg-novitsky", "pyotr-dubrov", "mark-t-vande-hei", "shane-kimbrough",
                                  "k-megan-mcarthur", "akihiko-hoshide", "thomas-pesquet"}),
    # Starliner's crew with Expedition 71.
    ("iss", "2024-07-01T00:00Z", {"oleg-kononenko", "nikolai-chub", "tracy-caldwell-dyson", "matthew-dominick",
                                  "michael-r-barratt", "jeanette-epps", "alexander-grebenkin", "barry-e-wilmore",
                                  "sunita-williams"}),
    # Crew-10 arrived the day before Crew-9 took Wilmore and Williams home.
    ("iss", "2025-03-17T00:00Z", {"aleksey-ovchinin", "ivan-vagner", "donald-pettit", "nick-hague",
                                  "aleksandr-gorbunov", "barry-e-wilmore", "sunita-williams", "anne-mcclain",
                                  "nichole-ayers", "takuya-onishi", "kirill-peskov"}),
]


@pytest.mark.parametrize(("station", "when", "expected"), CASES, ids=[f"{s}@{w}" for s, w, _ in CASES])
def test_who_was_aboard_matches_the_sources(catalog, station: str, when: str, expected: set[str]) -> None:
    answer = aboard_at(catalog, station, parse_instant(when).value)
    assert answer.refusal is None
    assert {entry.person for entry in answer.entries} == expected


def test_the_cases_span_every_station_and_the_years_1971_to_2025() -> None:
    stations = {station for station, _, _ in CASES}
    assert {"salyut-1", "salyut-3", "salyut-4", "salyut-5", "salyut-6", "salyut-7", "mir", "iss"} <= stations
    assert len(CASES) >= 30
    years = sorted(int(when[:4]) for _, when, _ in CASES)
    assert years[0] == 1971 and years[-1] >= 2025
