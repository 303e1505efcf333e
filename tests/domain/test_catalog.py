"""Derived values on small hand-built catalogs (no files, no Qt)."""

from datetime import timedelta

from soyuz_gui.domain import Catalog, CrewAssignment, Docking, Milestone, Mission, OtherFlight, Person, Station
from soyuz_gui.domain.entities import Expedition, Outcome, OutcomeKind, Port
from soyuz_gui.domain.timeutil import parse_instant as t


def mission(mid, launch, landing, crew=(), dockings=(), programme="soyuz"):
    return Mission(id=mid, name=mid.upper(), programme=programme, launch=Milestone(t(launch)),
                   landing=Milestone(t(landing)), crew=tuple(crew), dockings=tuple(dockings))


def test_flight_ordinals_count_other_flights_and_missions_in_time_order():
    veteran = Person("vet", "Veteran", other_flights=(OtherFlight("Old 1", t("2011-11-14T04:14Z"),
                                                                  t("2012-04-27T11:45Z")),))
    m1 = mission("m1", "2014-11-23T21:01Z", "2015-06-11T13:44Z", [CrewAssignment("vet", "Commander")])
    m2 = mission("m2", "2017-12-17T07:21Z", "2018-06-03T12:39Z", [CrewAssignment("vet", "Commander")])
    catalog = Catalog([veteran, m2, m1])
    assert [m.id for m in catalog.missions()] == ["m1", "m2"]
    assert catalog.flight_ordinal("vet", "m1") == 2
    assert catalog.flight_ordinal("vet", "m2") == 3
    total = catalog.time_in_space("vet")
    assert total is not None
    assert total.delta == sum(
        (f.span.delta for f in catalog.flights("vet") if f.span), timedelta()
    )


def test_split_legs_make_one_flight_up_on_one_ship_down_on_another():
    up = mission("up", "2022-09-21T13:54Z", "2023-03-28T11:45Z",
                 [CrewAssignment("p", "Flight Engineer", landed=False)])
    down = mission("down", "2023-02-24T00:24Z", "2023-09-27T11:17Z",
                   [CrewAssignment("p", "Flight Engineer", launched=False)])
    catalog = Catalog([Person("p", "P"), up, down])
    flights = catalog.flights("p")
    assert len(flights) == 1
    assert flights[0].launch_mission == "up"
    assert flights[0].landing_mission == "down"
    assert catalog.flight_ordinal("p", "down") == 1


def test_time_docked_adds_up_the_docked_intervals():
    m = mission("m", "2020-01-01T00:00Z", "2020-06-01T00:00Z", dockings=[
        Docking("iss", "a", t("2020-01-01T06:00Z"), t("2020-03-01T00:00Z")),
        Docking("iss", "b", t("2020-03-01T00:30Z"), t("2020-05-31T20:00Z")),
    ])
    span = Catalog.time_docked(m)
    assert span is not None
    gap = t("2020-03-01T00:30Z").value - t("2020-03-01T00:00Z").value  # relocation: free flight, not docked
    assert span.delta == t("2020-05-31T20:00Z").value - t("2020-01-01T06:00Z").value - gap


def test_crew_size_counts_the_fuller_leg_of_a_seat_swap():
    m = mission("m", "2019-03-14T19:14Z", "2019-10-03T10:59Z", [
        CrewAssignment("a", "Commander"), CrewAssignment("b", "Flight Engineer"),
        CrewAssignment("c", "Flight Engineer", landed=False), CrewAssignment("d", "Participant", launched=False),
    ])
    assert Catalog.crew_size(m) == 3


def test_launch_abort_is_listed_but_not_counted_as_a_spaceflight():
    abort = Mission(id="abort", name="Abort", programme="soyuz", outcomes=(Outcome(OutcomeKind.LAUNCH_ABORT),),
                    launch=Milestone(t("2018-10-11T08:40Z")), landing=Milestone(t("2018-10-11T08:59Z")),
                    crew=(CrewAssignment("p", "Flight Engineer"),))
    later = mission("later", "2019-03-14T19:14Z", "2019-10-03T10:59Z", [CrewAssignment("p", "Flight Engineer")])
    catalog = Catalog([Person("p", "P"), abort, later])
    assert [f.counted for f in catalog.flights("p")] == [False, True]
    assert catalog.flight_ordinal("p", "abort") is None
    assert catalog.flight_ordinal("p", "later") == 1


def test_unknown_times_give_no_duration_instead_of_a_guess():
    m = Mission(id="x", name="X", programme="soyuz", launch=Milestone(t("2020-01-01T00:00Z")))
    assert Catalog.mission_duration(m) is None
    assert Catalog.time_docked(m) is None


def test_aboard_lists_crews_of_docked_ships():
    station = Station("iss", "ISS", (Port("a", "A"),))
    m = mission("m", "2020-01-01T00:00Z", "2020-06-01T00:00Z", [CrewAssignment("p", "Commander")],
                [Docking("iss", "a", t("2020-01-01T06:00Z"), t("2020-05-31T20:00Z"))])
    catalog = Catalog([station, Person("p", "P"), m])
    assert [p.id for p, _ in catalog.aboard("iss", t("2020-03-01T00:00Z").value)] == ["p"]
    assert catalog.aboard("iss", t("2020-06-02T00:00Z").value) == []


def test_expedition_members_are_listed_plus_derived_from_seats():
    exp = Expedition("e1", "Expedition 1", "iss", commander="c", members=("m",))
    ship = mission("s", "2020-01-01T00:00Z", "2020-06-01T00:00Z",
                   [CrewAssignment("x", "Flight Engineer", expeditions=("e1",))])
    catalog = Catalog([exp, ship])
    assert catalog.expedition_members(exp) == ["c", "m", "x"]


def test_search_ranks_prefix_matches_first():
    catalog = Catalog([Person("anton", "Anton Shkaplerov"), Person("x", "Maxim Antonov")])
    assert [e.id for e in catalog.search("anton")] == ["anton", "x"]
    assert catalog.search("   ") == []
