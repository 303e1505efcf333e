"""Every fact of the seed article reaches the screen: the MS-07 page and the pages it links to."""

import re
from html import unescape
from pathlib import Path

import pytest

from soyuz_gui.widgets.detail_pages import ordinal_number, ordinal_word, page_for

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "soyuz-ms-07-article.txt"


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture(scope="module")
def ms07(catalog):
    return text_of(page_for(catalog, "soyuz-ms-07"))


INFOBOX = [
    "ISS resupply", "2017-081A", "43063", "168 days 5 hours 18 minutes", "Soyuz MS", "Soyuz-MS 11F747",
    "RKK Energia", "7,290 kg", "Crew size 3", "17 December 2017, 07:21 UTC", "Baikonur, Site 1/5",
    "3 June 2018, 12:39 UTC", "Steppes of Kazakhstan", "Geocentric orbit", "Low Earth orbit", "Rassvet nadir",
    "19 December 2017, 08:39 UTC", "3 June 2018, 09:16 UTC", "166 days 0 hours 37 minutes",
]
CREW = [
    "Commander Anton Shkaplerov", "Russia", "Roscosmos", "Expedition 54", "Third spaceflight",
    "Flight Engineer 1 Scott D. Tingle", "United States", "NASA", "First spaceflight",
    "Flight Engineer 2 Norishige Kanai", "Japan", "JAXA",
    "Commander Sergey Prokopyev", "Flight Engineer 1 Alexander Gerst", "Germany", "ESA",
    "Flight Engineer 2 Jeanette Epps",
]
NARRATIVE = [
    "Aleksandr Skvortsov", "Soyuz MS-13", "temporary medical", "backup crew", "Expedition 55",
    "136th flight of a Soyuz spacecraft", "Japanese doctor", "back up to six", "Alexander Misurkin",
    "Mark T. Vande Hei", "Joe Acaba", "about 250 science investigations", "Dragon CRS-14", "Progress MS-08",
    "Soyuz MS-08", "February 2018", "June 2018", "more than 17 years", "more than 200 people from 18 countries",
    "more than 2,100 research investigations", "more than 95 countries", "three to four",
    "The launch of Soyuz MS-07", "From left to right: Tingle, Shkaplerov and Kanai", "Soyuz MS-07 mission patch",
]
REFERENCES = [
    "Soyuz MS-07 launches on final human mission of 2017", "Chris Gebhardt",
    "Soyuz with three-man crew docks with space station",
    "NASA Updates 2017 International Space Station Crew Assignments",
    "Manned Spaceflight Launch and Landing Schedule", "Display: Soyuz MS-07 2017-081A",
    "Footnote 5 of the Wikipedia article",
]


@pytest.mark.parametrize("fact", INFOBOX + CREW + NARRATIVE + REFERENCES)
def test_seed_fact_is_on_the_ms07_page(ms07, fact):
    assert fact in ms07


def test_seed_file_is_the_one_these_facts_come_from():
    if not SEED.exists():
        pytest.skip("shared seed folder not beside the checkout")
    seed = SEED.read_text(encoding="utf-8")
    for fact in ["2017-081A", "43063", "11F747", "7290 kg", "Rassvet nadir", "136th", "approximately 250"]:
        assert fact in seed


def test_person_page_lists_derived_flights_and_commands(catalog):
    text = text_of(page_for(catalog, "anton-shkaplerov"))
    assert "Антон Шкаплеров" in text
    assert "Soyuz TMA-22" in text
    assert "Soyuz TMA-15M" in text
    assert "Third Soyuz MS-07" in text
    assert "Commander of Expedition 55" in text


def test_backup_roles_show_on_the_person_page(catalog):
    text = text_of(page_for(catalog, "sergey-prokopyev"))
    assert "Backup crew positions Mission Position Agency" in text
    assert "Soyuz MS-07 Commander" in text


def test_expedition_page_lists_members_from_the_data(catalog):
    text = text_of(page_for(catalog, "iss-expedition-54"))
    for name in ["Alexander Misurkin", "Mark T. Vande Hei", "Joe Acaba", "Anton Shkaplerov", "Norishige Kanai"]:
        assert name in text


def test_unknown_values_say_unknown_and_missing_ids_say_so(catalog):
    text = text_of(page_for(catalog, "no-such-id"))
    assert "Not found" in text


def test_ordinals():
    assert ordinal_word(3) == "Third"
    assert ordinal_word(12) == "12th"
    assert [ordinal_number(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 136)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "136th"]


def test_station_page_shows_port_occupancy_with_derived_durations(catalog):
    text = text_of(page_for(catalog, "iss"))
    assert "Rassvet nadir" in text
    assert "Soyuz MS-07 19 December 2017, 08:39 UTC 3 June 2018, 09:16 UTC 166 days 0 hours 37 minutes" in text
