"""Contradictions between files that each look fine alone: a person in two ships at once, a person born after their
first flight, a landing site used for a launch. Each message names the other file and line too. No Qt."""

from __future__ import annotations

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Entity, Mission, Person
from soyuz_gui.domain.records import Flight
from soyuz_gui.loading.timeline import before
from soyuz_gui.loading.yamlsource import Path_

Finding = tuple[Entity, Path_, str]


def where(entity: Entity | None) -> str:
    """``data/missions/soyuz-1.yaml:3``, for a message about another file."""
    origin = entity.origin if entity is not None else None
    return f"{origin.path}:{origin.line}" if origin else "(not from a file)"


def _seat_path(mission: Mission, person_id: str) -> Path_:
    index = next((i for i, seat in enumerate(mission.crew) if seat.person == person_id), 0)
    return ("crew", index, "person")


def overlapping_flights(catalog: Catalog, person: Person) -> list[Finding]:
    """A person cannot be on two spaceflights at once (a seat in the wrong crew, or a wrong year)."""
    found: list[Finding] = []
    flights = [f for f in catalog.flights(person.id) if f.launch is not None and f.counted]
    for earlier, later in zip(flights, flights[1:], strict=False):
        assert earlier.launch is not None and later.launch is not None
        if earlier.landing is None or not before(later.launch, earlier.landing):
            continue
        if earlier.launch_mission == later.launch_mission or earlier.name.casefold() == later.name.casefold():
            continue  # one seat listed twice, or a flight kept twice: reported by their own checks
        mission = catalog.mission(later.launch_mission)
        other = catalog.mission(earlier.launch_mission)
        message = (f"'{person.id}' would be in space twice at once: this flight launched {later.launch.iso()}, "
                   f"before {_describe(earlier, other)} landed ({earlier.landing.iso()})")
        if mission is not None:
            found.append((mission, _seat_path(mission, person.id), message))
        else:
            found.append((person, ("other_flights",), message))
    return found


def _describe(flight: Flight, mission: Mission | None) -> str:
    return f"{flight.name} ({where(mission)})" if mission is not None else f"{flight.name} (other_flights)"


def born_after_first_flight(catalog: Catalog, person: Person) -> list[Finding]:
    if person.birth_date is None:
        return []
    flights = [f for f in catalog.flights(person.id) if f.launch is not None]
    if not flights:
        return []
    first = flights[0]
    assert first.launch is not None
    if first.launch.value.date() > person.birth_date:
        return []
    mission = catalog.mission(first.launch_mission)
    return [(person, ("birth_date",), f"born {person.birth_date.isoformat()}, after the first flight "
                                      f"{_describe(first, mission)} launched {first.launch.iso()}")]


def site_roles(catalog: Catalog, mission: Mission) -> list[Finding]:
    found: list[Finding] = []
    for key, expected, milestone in (("launch", "launch", mission.launch), ("landing", "landing", mission.landing)):
        site = catalog.site(milestone.site)
        if site is not None and site.role != expected:
            found.append((mission, (key, "site"), f"'{site.id}' is a {site.role} site ({where(site)}), not a "
                                                  f"{expected} site"))
    return found
