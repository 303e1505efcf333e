"""A person's flights and days in space, computed from the missions and other_flights in the real data, agree with
the totals the sources print for them (kept under each person's `stated:`)."""

from __future__ import annotations

from soyuz_gui.domain import Catalog
from soyuz_gui.loading.checks import _same_days


def test_days_in_space_agree_with_the_sources_for_many_people(catalog: Catalog) -> None:
    agreeing, disagreeing = [], []
    for person in catalog.people():
        span = catalog.time_in_space(person.id)
        if person.stated_time_in_space is None or span is None:
            continue
        (agreeing if _same_days(person.stated_time_in_space, span) else disagreeing).append(person.id)
    assert disagreeing == []
    assert len(agreeing) >= 20, agreeing


def test_flight_counts_agree_with_the_sources(catalog: Catalog) -> None:
    checked = 0
    for person in catalog.people():
        if person.stated_flights is None:
            continue
        flights = [f for f in catalog.flights(person.id) if f.counted and f.launch is not None]
        assert len(flights) == person.stated_flights, person.id
        checked += 1
    assert checked >= 20


def test_record_holders(catalog: Catalog) -> None:
    # Polyakov's single flight of about 437 days (up on Soyuz TM-18, down on TM-20), the longest there has been.
    flights = catalog.flights("valeri-polyakov")
    longest = max((f for f in flights if f.span), key=lambda f: f.span.delta)  # type: ignore[union-attr]
    assert (longest.launch_mission, longest.landing_mission) == ("soyuz-tm-18", "soyuz-tm-20")
    assert longest.span is not None and longest.span.delta.days == 437
