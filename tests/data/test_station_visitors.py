"""The stations' visitor counts from the real data agree with the counts the sources give, which is what lets a
station declare its crew records complete (and Who Was Aboard drop its disclaimer) for that period."""

from __future__ import annotations

from datetime import UTC, datetime

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.aboard import aboard_at


def _trips(catalog: Catalog, station: str, before: datetime | None = None) -> set[tuple[str, str]]:
    """(person, ship they came on): one trip however many stays it made (Soyuz T-15 left Mir and came back)."""
    return {(s.person, s.arrived_on) for s in catalog.stays_at(station) if before is None or s.start.value < before}


def test_mir_had_104_visitors_on_137_trips(catalog: Catalog) -> None:
    # List of Mir visitors (Wikipedia): 104 individuals, 137 trips between 1986 and 2000.
    trips = _trips(catalog, "mir")
    assert len({person for person, _ in trips}) == 104
    assert len(trips) == 137


def test_the_iss_had_290_visitors_and_125_crewed_flights_by_november_2025(catalog: Catalog) -> None:
    # Roscosmos via TASS, 2 November 2025: 290 individuals; 125 crewed flights — 71 Soyuz (the aborted Soyuz MS-10
    # among them), 37 Space Shuttle, 16 Crew Dragon, 1 Starliner.
    cut = datetime(2025, 11, 2, tzinfo=UTC)
    assert len({person for person, _ in _trips(catalog, "iss", cut)}) == 290
    flights: dict[str, set[str]] = {}
    for mission, docking in catalog.visits("iss"):
        if docking.docked and docking.docked.value < cut and mission.launched_crewed:
            flights.setdefault(mission.programme, set()).add(mission.id)
    aborted = {m.id for m in catalog.missions() if m.station == "iss" and not m.is_spaceflight
               and m.launch.time and m.launch.time.value < cut}
    assert aborted == {"soyuz-ms-10"}
    counts = {programme: len(ids) for programme, ids in flights.items()}
    assert counts == {"soyuz": 70, "space-shuttle": 37, "crew-dragon": 16, "starliner": 1}


def test_inside_the_complete_period_the_answer_carries_no_disclaimer(catalog: Catalog) -> None:
    assert aboard_at(catalog, "mir", datetime(1995, 7, 1, tzinfo=UTC)).complete
    assert aboard_at(catalog, "iss", datetime(2018, 1, 1, tzinfo=UTC)).complete
    assert not aboard_at(catalog, "iss", datetime(2026, 3, 1, tzinfo=UTC)).complete  # after the sources' count
