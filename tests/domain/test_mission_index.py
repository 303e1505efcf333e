"""The mission index answers the questions about many missions exactly as the missions themselves would: the same
launch order, programmes, Soyuz flight numbers and seats (a start-up snapshot answers them from the index alone)."""

from __future__ import annotations

import pytest

from soyuz_gui.domain import Catalog, entity_store
from soyuz_gui.domain.entities import CrewAssignment, Kind, Mission
from soyuz_gui.domain.mission_index import (
    CREWED_SPACEFLIGHT,
    LAUNCHED_CREWED,
    SOYUZ_FLIGHT,
    crewed_spaceflight,
    index_of,
    launch_order,
    seat_bucket,
    seats_in,
    soyuz_flight,
)
from soyuz_gui.loading import load_folders

from ..conftest import DATA


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_folders([DATA]).catalog


def test_the_index_lists_every_mission_in_launch_order(catalog):
    missions = catalog.missions()
    assert missions == launch_order(missions)
    index = catalog.mission_index()
    assert [s.id for s in index.missions] == [m.id for m in missions]
    for summary, mission in zip(index.missions, missions, strict=True):
        assert summary.programme == mission.programme and summary.vehicle_role == mission.vehicle_role
        assert summary.launched == (mission.launch.time is not None)
        assert bool(summary.counts & CREWED_SPACEFLIGHT) == crewed_spaceflight(mission)
        assert bool(summary.counts & LAUNCHED_CREWED) == mission.launched_crewed
        assert bool(summary.counts & SOYUZ_FLIGHT) == soyuz_flight(mission)


def test_programmes_and_seats_point_at_the_right_missions(catalog):
    index = catalog.mission_index()
    missions = catalog.missions()
    for programme in {m.programme for m in missions}:
        assert [index.missions[at].id for at in index.by_programme[programme]] == \
            [m.id for m in missions if m.programme == programme]
    people = {a.person for m in missions for a in (*m.crew, *m.backup_crew)}
    assert set(catalog.seated_people()) == people
    for person in people:
        assert person in seats_in(index, seat_bucket(index, person))  # the bucket it is looked for in
        assert [index.missions[at].id for at in catalog.seat_positions(person)] == \
            [m.id for m in missions if any(a.person == person for a in (*m.crew, *m.backup_crew))]


def _numbers_by_walking(missions: list[Mission], counts) -> dict[str, int]:
    """The numbering as the catalog did it before the index: walk every Soyuz mission in launch order."""
    numbers, n = {}, 0
    for mission in missions:
        if mission.programme == "soyuz" and mission.launch.time is not None and counts(mission):
            n += 1
            numbers[mission.id] = n
    return numbers


def test_flight_numbers_from_the_index_match_a_walk_over_the_missions(catalog):
    missions = catalog.missions()
    walked = _numbers_by_walking(missions, crewed_spaceflight)
    assert walked  # the bundled data has crewed Soyuz flights
    assert {m.id: catalog.crewed_soyuz_number(m) for m in missions if m.id in walked} == walked
    assert all(catalog.crewed_soyuz_number(m) is None for m in missions if m.id not in walked)
    flights = _numbers_by_walking(missions, soyuz_flight)
    assert {m.id: n for m in missions if (n := catalog.soyuz_flight_number(m)) is not None} == flights
    launches = _numbers_by_walking(missions, lambda m: m.launched_crewed)
    assert {m.id: n for m in missions if (n := catalog.crewed_soyuz_numbers(m).get("launches")) is not None} \
        == launches


def test_an_index_of_other_missions_is_not_trusted():
    one = Mission(id="b", name="B", programme="soyuz")
    other = Mission(id="a", name="A", programme="soyuz")
    stale = index_of([one])

    class Part:
        def one(self, entity_id):
            return {"a": other, "b": one}.get(entity_id)

        def ids(self):
            return ["a", "b"]

        def all(self):
            return [other, one]

    catalog = Catalog([], deferred={Kind.MISSION: Part()}, mission_index=stale)
    assert catalog.missions() == [other, one]  # sorted anew: the index named only one of them
    assert [s.id for s in catalog.mission_index().missions] == ["a", "b"]


def test_ids_in_order_read_the_index_lazily_and_agree_with_the_lists(catalog):
    every = catalog.ids_in_order()
    assert len(every) == len(catalog.missions()) and every == catalog.mission_ids() and list(every) == every
    assert every[:3] == catalog.mission_ids()[:3] and list(every[5:9]) == catalog.mission_ids()[5:9]
    assert every[-1] == catalog.mission_ids()[-1] and list(every[10:][2:4]) == catalog.mission_ids()[12:14]
    assert not every[len(every):] and every[::-1] == catalog.mission_ids()[::-1]
    soyuz = catalog.ids_in_order(["soyuz"])
    assert soyuz == catalog.mission_ids("soyuz") and "soyuz-ms-07" in soyuz and "apollo-soyuz" not in soyuz
    both = catalog.ids_in_order(["soyuz", "apollo"])
    assert list(both) == [i for i in catalog.mission_ids() if catalog.summary(i).programme in ("soyuz", "apollo")]
    assert set(catalog.indexed_programmes()) == {m.programme for m in catalog.missions()}
    assert catalog.flies_crew_vehicles("soyuz") and not catalog.flies_crew_vehicles("progress")


def test_a_person_s_seats_decode_their_bucket_alone():
    people = [f"cosmonaut-{n}" for n in range(64)]
    missions = [Mission(id=f"flight-{n}", name=f"Flight {n}", programme="soyuz",
                        crew=(CrewAssignment(people[n]), CrewAssignment(people[(n + 1) % 64]))) for n in range(64)]
    index = index_of(missions)
    assert len(index.seats) == 8  # eight people a bucket
    by_id = {m.id: m for m in missions}

    class Part:
        def one(self, entity_id):
            return by_id.get(entity_id)

        def count(self):
            return len(by_id)

        def ids(self):
            return list(by_id)

        def all(self):
            return list(missions)

    lazy = Catalog([], deferred={Kind.MISSION: Part()}, mission_index=index)
    assert sorted(index.missions[at].id for at in lazy.seat_positions("cosmonaut-5")) == ["flight-4", "flight-5"]
    assert len(lazy._seat_buckets) == 1
    assert sorted(lazy.seated_people()) == sorted(people)


def test_everyone_s_seats_decode_each_bucket_once(monkeypatch):
    people = [f"cosmonaut-{n}" for n in range(32)]
    missions = [Mission(id=f"flight-{n}", name=f"Flight {n}", programme="soyuz",
                        crew=(CrewAssignment(people[n]),)) for n in range(32)]
    catalog = Catalog(missions)
    decoded: list[int] = []
    real = entity_store.seats_in
    monkeypatch.setattr(entity_store, "seats_in", lambda index, at: (decoded.append(at), real(index, at))[1])
    assert catalog.stays_at("iss") == []  # asks for everyone's seats; none of these flights went to a station
    assert all(catalog.roles(person)[0].mission.id == f"flight-{n}" for n, person in enumerate(people))
    assert sorted(decoded) == list(range(len(catalog.mission_index().seats)))
