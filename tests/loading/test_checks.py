"""Cross-file rules of the whole-programme format, on hand-built catalogs (the corpus covers single files)."""

from soyuz_gui.domain import (
    Catalog,
    CrewAssignment,
    Docking,
    Milestone,
    Mission,
    OtherFlight,
    Person,
    Programme,
    Station,
)
from soyuz_gui.domain.entities import Port
from soyuz_gui.domain.timeutil import parse_instant as t
from soyuz_gui.loading.checks import check_catalog

MIR = Station("mir", "Mir", (Port("core-aft", "Core aft", available_until=t("1987-04-09")),
                             Port("kvant-1-aft", "Kvant-1 aft", available_from=t("1987-04-09"))),
              launched=t("1986-02-20"), reentered=t("2001-03-23"))


def messages(*entities) -> list[str]:
    return [p.message for p in check_catalog(Catalog([MIR, Programme("soyuz", "Soyuz"), *entities]), {})]


def ship(mid, port, docked, undocked="1987-06-01", crew=()):
    return Mission(id=mid, name=mid, programme="soyuz", launch=Milestone(t("1986-03-01")),
                   landing=Milestone(t("1989-01-01")), crew=tuple(crew),
                   dockings=(Docking("mir", port, t(docked), t(undocked)),))


def test_a_docking_at_a_port_that_did_not_exist_yet_or_any_more_is_an_error():
    assert messages(ship("early", "kvant-1-aft", "1987-01-01")) == [
        "port mir/kvant-1-aft did not exist yet at 1987-01-01 (from 1987-04-09)"]
    assert messages(ship("late", "core-aft", "1987-06-01", "1987-07-01")) == [
        "port mir/core-aft no longer existed at 1987-06-01 (until 1987-04-09)"]
    assert messages(ship("fine", "kvant-1-aft", "1987-05-01")) == []


def test_a_docking_after_the_station_reentered_is_an_error():
    assert messages(ship("ghost", "kvant-1-aft", "2002-01-01", "2002-02-01")) == [
        "2002-01-01 is after Mir re-entered (2001-03-23)"]


def test_a_flight_kept_both_as_a_mission_and_under_other_flights_would_count_twice():
    person = Person("p", "P", other_flights=(OtherFlight("solo", t("1986-03-01"), t("1989-01-01")),))
    found = messages(person, ship("solo", "kvant-1-aft", "1987-05-01", crew=[CrewAssignment("p", "Commander")]))
    assert found == ["'solo' is in the data as mission 'solo' with this person in its crew: it would count twice "
                     "(remove it here)"]


def test_stated_person_totals_are_checked_against_the_computed_ones():
    person = Person("p", "P", stated_flights=2, stated_time_in_space="1035 days")
    found = messages(person, ship("one", "kvant-1-aft", "1987-05-01", crew=[CrewAssignment("p", "Commander")]))
    assert found == ["stated 2 spaceflights differ from the 1 in the data (a flight missing from the missions or "
                     "other_flights?)",
                     "stated time in space '1035 days' differs from the 1037 days computed from the flights"]
    agreeing = Person("q", "Q", stated_flights=1, stated_time_in_space="1037 days")
    assert messages(agreeing, ship("two", "kvant-1-aft", "1987-05-01", crew=[CrewAssignment("q", "Commander")])) \
        == []


def test_two_ports_with_one_id_on_a_station_is_an_error():
    twin = Station("twin", "Twin", (Port("a", "A"), Port("a", "A again")))
    assert [p.message for p in check_catalog(Catalog([twin]), {})] == ["port id 'a' is used twice on this station"]
