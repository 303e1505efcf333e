"""Whole-programme rules on hand-built catalogs: crews followed across ships and stations, station lives,
outcomes and the crewed-Soyuz count (no files, no Qt)."""

from datetime import datetime

from soyuz_gui.domain import Catalog, CrewAssignment, Docking, Milestone, Mission, Person, Station
from soyuz_gui.domain.aboard import aboard_at
from soyuz_gui.domain.entities import Outcome, OutcomeKind, Port
from soyuz_gui.domain.timeutil import parse_instant as t


def at(text: str) -> datetime:
    return t(text).value


def ship(mid, launch, landing, crew=(), dockings=(), outcomes=(), programme="soyuz"):
    return Mission(id=mid, name=mid.upper(), programme=programme, launch=Milestone(t(launch)),
                   landing=Milestone(t(landing)), crew=tuple(crew), dockings=tuple(dockings),
                   outcomes=tuple(Outcome(k) for k in outcomes))


def dock(station, port, docked, undocked):
    return Docking(station, port, t(docked), t(undocked))


SALYUT = Station("salyut", "Salyut", (Port("forward", "Forward"), Port("aft", "Aft")),
                 launched=t("1982-04-19"), reentered=t("1991-02-07"))
MIR = Station("mir", "Mir", (Port("core-forward", "Core forward"),), launched=t("1986-02-20"),
              reentered=t("2001-03-23"))


def test_a_crew_that_flies_between_stations_is_aboard_each_only_while_docked_there():
    # Soyuz T-15's pattern: Mir, then Salyut 7, then Mir again, all in one ship.
    crew = [CrewAssignment("k", "Commander"), CrewAssignment("s", "Flight Engineer")]
    t15 = ship("t15", "1986-03-13T12:33Z", "1986-07-16T12:34Z", crew, [
        dock("mir", "core-forward", "1986-03-15T13:38Z", "1986-05-05T16:12Z"),
        dock("salyut", "forward", "1986-05-06T16:58Z", "1986-06-25T14:58Z"),
        dock("mir", "core-forward", "1986-06-26T20:46Z", "1986-07-16T08:00Z"),
    ])
    catalog = Catalog([Person("k", "Kizim"), Person("s", "Solovyov"), SALYUT, MIR, t15])
    assert [p.id for p, _ in catalog.aboard("mir", at("1986-04-01T00:00Z"))] == ["k", "s"]
    assert catalog.aboard("mir", at("1986-05-20T00:00Z")) == []  # they were at Salyut 7 then
    assert [p.id for p, _ in catalog.aboard("salyut", at("1986-05-20T00:00Z"))] == ["k", "s"]
    assert len(catalog.aboard("mir", at("1986-07-01T00:00Z"))) == 2


def test_swapped_ships_keep_a_resident_crew_aboard_until_their_ride_home_undocks():
    # Visitors come up in a new ship and go home in the resident crew's older one, leaving theirs behind.
    old = ship("old", "1982-05-13T09:58Z", "1982-08-27T15:04Z",
               [CrewAssignment("r", "Commander", landed=False), CrewAssignment("v", "Commander", launched=False)],
               [dock("salyut", "forward", "1982-05-14T10:36Z", "1982-08-27T11:47Z")])
    new = ship("new", "1982-08-19T17:12Z", "1982-12-10T19:03Z",
               [CrewAssignment("v", "Commander", landed=False), CrewAssignment("r", "Commander", launched=False)],
               [dock("salyut", "aft", "1982-08-20T18:32Z", "1982-12-10T16:00Z")])
    catalog = Catalog([Person("r", "Resident"), Person("v", "Visitor"), SALYUT, old, new])
    assert [(f.launch_mission, f.landing_mission) for f in catalog.flights("v")] == [("new", "old")]
    assert {p.id: s.id for p, s in catalog.aboard("salyut", at("1982-08-25T00:00Z"))} == {"r": "old", "v": "new"}
    # In November the resident crew is still there, listed with the ship they came on; the visitors are gone.
    assert {p.id: s.id for p, s in catalog.aboard("salyut", at("1982-11-01T00:00Z"))} == {"r": "old"}
    assert catalog.aboard("salyut", at("1982-12-11T00:00Z")) == []


def test_the_first_landed_only_seat_after_the_launch_is_the_way_home_whatever_the_launch_order():
    # Soyuz 4/5: Soyuz 4 launched first with one man; two men came over from Soyuz 5 (launched a day later).
    s4 = ship("s4", "1969-01-14T07:30Z", "1969-01-17T06:50Z",
              [CrewAssignment("sh", "Commander"), CrewAssignment("ye", "Flight Engineer", launched=False)])
    s5 = ship("s5", "1969-01-15T07:04Z", "1969-01-18T07:59Z",
              [CrewAssignment("vo", "Commander"), CrewAssignment("ye", "Flight Engineer", landed=False)])
    catalog = Catalog([Person("sh", "Shatalov"), Person("ye", "Yeliseyev"), Person("vo", "Volynov"), s4, s5])
    flights = catalog.flights("ye")
    assert [(f.launch_mission, f.landing_mission) for f in flights] == [("s5", "s4")]
    assert catalog.flight_ordinal("ye", "s4") == 1 and catalog.flight_ordinal("ye", "s5") == 1
    span = flights[0].span
    assert span is not None and span.delta.days == 1


def test_aboard_refuses_instants_outside_the_station_life():
    catalog = Catalog([MIR])
    assert aboard_at(catalog, "mir", at("1985-01-01T00:00Z")).refusal == "Mir was not launched until 1986-02-20"
    assert "re-entered" in (aboard_at(catalog, "mir", at("2001-03-24T00:00Z")).refusal or "")
    assert aboard_at(catalog, "mir", at("2001-03-23T18:00Z")).refusal is None  # the re-entry day itself counts
    assert aboard_at(catalog, "nowhere", at("2001-01-01T00:00Z")).refusal is not None


def test_aboard_answer_names_the_ship_position_and_expeditions():
    m = ship("m", "1987-02-05T21:38Z", "1987-07-30T01:04Z",
             [CrewAssignment("a", "Commander", expeditions=("mir-eo-2",))],
             [dock("mir", "core-forward", "1987-02-07T23:28Z", "1987-07-29T21:00Z")])
    from soyuz_gui.domain.entities import Expedition

    catalog = Catalog([MIR, Person("a", "A"), m, Expedition("mir-eo-2", "Mir EO-2", "mir")])
    answer = aboard_at(catalog, "mir", at("1987-03-01T00:00Z"))
    assert [(e.person, e.vehicle, e.position, e.expeditions) for e in answer.entries] == [
        ("a", "m", "Commander", ("mir-eo-2",))]


def test_launch_aborts_and_uncrewed_flights_are_not_counted_as_crewed_soyuz_flights():
    one = ship("one", "1967-04-23T00:35Z", "1967-04-24T03:22Z", [CrewAssignment("p", "Commander")],
               outcomes=[OutcomeKind.CREW_LOST])
    empty = ship("empty", "1967-10-27", "1967-10-30", outcomes=[OutcomeKind.UNCREWED])
    abort = ship("abort", "1975-04-05T11:04Z", "1975-04-05T11:26Z", [CrewAssignment("q", "Commander")],
                 outcomes=[OutcomeKind.LAUNCH_ABORT])
    later = ship("later", "1975-05-24T14:58Z", "1975-07-26T14:18Z", [CrewAssignment("q", "Commander")])
    shuttle = ship("sts", "1995-06-27T19:32Z", "1995-07-07T14:54Z", [CrewAssignment("r", "Commander")],
                   programme="space-shuttle")
    catalog = Catalog([one, empty, abort, later, shuttle])
    assert [catalog.crewed_soyuz_number(m) for m in (one, empty, abort, later, shuttle)] == [1, None, None, 2, None]
    assert not abort.is_spaceflight and one.is_spaceflight
    assert catalog.flight_ordinal("q", "later") == 1


def test_stations_come_in_launch_order_and_visits_in_docking_order():
    a = ship("a", "1986-03-13", "1986-07-16", dockings=[dock("mir", "core-forward", "1986-06-26", "1986-07-16")])
    b = ship("b", "1986-03-01", "1986-05-01", dockings=[dock("mir", "core-forward", "1986-03-15", "1986-05-01")])
    catalog = Catalog([MIR, SALYUT, a, b])
    assert [s.id for s in catalog.stations()] == ["salyut", "mir"]
    assert [m.id for m, _ in catalog.visits("mir")] == ["b", "a"]
