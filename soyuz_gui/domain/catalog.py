"""Look-ups over the loaded entities and every value derived from them.

Nothing here is stored in the data: durations, crew sizes, flight ordinals, time in space and who was aboard on a
date are all computed from the stored timestamps and crew lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import TypeVar

import msgspec

from soyuz_gui.domain.entities import (
    KIND_OF,
    Agency,
    CrewAssignment,
    Entity,
    Event,
    EventKind,
    Expedition,
    Kind,
    Mission,
    Person,
    Programme,
    Reference,
    Site,
    Station,
)
from soyuz_gui.domain.timeutil import Instant, Precision, common_precision

_FAR_FUTURE = datetime.max.replace(tzinfo=None)
_E = TypeVar("_E")


class Span(msgspec.Struct, frozen=True):
    """A derived duration and the precision of the instants it came from."""

    delta: timedelta
    precision: Precision


class Flight(msgspec.Struct, frozen=True):
    """One spaceflight of one person: up on one vehicle, down on the same or another."""

    person: str
    name: str
    launch: Instant | None
    landing: Instant | None
    launch_mission: str | None = None
    landing_mission: str | None = None
    counted: bool = True  # False for a launch abort: it never reached space, so ordinals skip it

    @property
    def span(self) -> Span | None:
        if self.launch is None or self.landing is None:
            return None
        return Span(self.landing.value - self.launch.value, common_precision(self.launch, self.landing))


class Role(msgspec.Struct, frozen=True):
    """A person's part in a mission, as the person pane lists it."""

    mission: Mission
    assignment: CrewAssignment
    backup: bool


class Catalog:
    """All entities by id, plus derived values. Build it with :meth:`from_entities`."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_id: dict[str, Entity] = {}
        for entity in entities:
            self._by_id[entity.id] = entity
        self._missions = sorted(
            (e for e in self._by_id.values() if isinstance(e, Mission)), key=_mission_sort_key
        )
        self._roles: dict[str, list[Role]] = {}
        for mission in self._missions:
            for assignment in mission.crew:
                self._roles.setdefault(assignment.person, []).append(Role(mission, assignment, backup=False))
            for assignment in mission.backup_crew:
                self._roles.setdefault(assignment.person, []).append(Role(mission, assignment, backup=True))

    # --- plain look-ups -------------------------------------------------------------------------------------

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._by_id.values())

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def kind_of(self, entity_id: str) -> Kind | None:
        entity = self._by_id.get(entity_id)
        return None if entity is None else KIND_OF[type(entity)]

    def ids(self) -> list[str]:
        return sorted(self._by_id)

    def _typed(self, entity_id: str | None, cls: type[_E]) -> _E | None:
        """The entity with this id when it is of the expected kind; None otherwise."""
        entity = self._by_id.get(entity_id) if entity_id is not None else None
        return entity if isinstance(entity, cls) else None

    def mission(self, entity_id: str | None) -> Mission | None:
        return self._typed(entity_id, Mission)

    def person(self, entity_id: str | None) -> Person | None:
        return self._typed(entity_id, Person)

    def agency(self, entity_id: str | None) -> Agency | None:
        return self._typed(entity_id, Agency)

    def site(self, entity_id: str | None) -> Site | None:
        return self._typed(entity_id, Site)

    def station(self, entity_id: str | None) -> Station | None:
        return self._typed(entity_id, Station)

    def expedition(self, entity_id: str | None) -> Expedition | None:
        return self._typed(entity_id, Expedition)

    def programme(self, entity_id: str | None) -> Programme | None:
        return self._typed(entity_id, Programme)

    def reference(self, entity_id: str | None) -> Reference | None:
        return self._typed(entity_id, Reference)

    def of_kind(self, kind: Kind) -> list[Entity]:
        return sorted((e for e in self._by_id.values() if KIND_OF[type(e)] == kind), key=lambda e: e.id)

    def missions(self, programme: str | None = None) -> list[Mission]:
        """Missions in launch order (those without a launch time last, by name)."""
        if programme is None:
            return list(self._missions)
        return [m for m in self._missions if m.programme == programme]

    def programmes(self) -> list[Programme]:
        return [p for p in self.of_kind(Kind.PROGRAMME) if isinstance(p, Programme)]

    def people(self) -> list[Person]:
        return sorted((p for p in self.of_kind(Kind.PERSON) if isinstance(p, Person)), key=lambda p: p.name)

    def expeditions(self) -> list[Expedition]:
        found = [e for e in self.of_kind(Kind.EXPEDITION) if isinstance(e, Expedition)]
        return sorted(found, key=lambda e: (e.number is None, e.number or 0, e.name))

    # --- derived: missions ----------------------------------------------------------------------------------

    @staticmethod
    def mission_duration(mission: Mission) -> Span | None:
        """Launch to landing."""
        start, end = mission.launch.time, mission.landing.time
        if start is None or end is None:
            return None
        return Span(end.value - start.value, common_precision(start, end))

    @staticmethod
    def time_docked(mission: Mission) -> Span | None:
        """Sum of the docked intervals (a relocation's minutes of free flight are not docked time)."""
        if not mission.dockings or any(d.docked is None or d.undocked is None for d in mission.dockings):
            return None
        total = timedelta()
        precision = Precision.SECOND
        for docking in mission.dockings:
            assert docking.docked is not None
            assert docking.undocked is not None
            total += docking.undocked.value - docking.docked.value
            precision = min(precision, common_precision(docking.docked, docking.undocked))
        return Span(total, precision)

    @staticmethod
    def crew_size(mission: Mission) -> int:
        """People aboard on the fuller leg: seat swaps mean a ship can launch one crew and land another."""
        launched = sum(1 for a in mission.crew if a.launched)
        landed = sum(1 for a in mission.crew if a.landed)
        return max(launched, landed)

    def programme_neighbours(self, mission: Mission) -> tuple[Mission | None, Mission | None]:
        """Previous and next mission of the same programme and vehicle role, by launch."""
        series = [
            m for m in self._missions
            if m.programme == mission.programme and m.vehicle_role == mission.vehicle_role and m.launch.time
        ]
        if mission not in series:
            return None, None
        index = series.index(mission)
        before = series[index - 1] if index > 0 else None
        after = series[index + 1] if index + 1 < len(series) else None
        return before, after

    def events(self, mission: Mission) -> list[Event]:
        """Stored events plus launch, dockings, undockings and landing derived from the milestones."""
        derived: list[Event] = []
        if mission.launch.time is not None:
            derived.append(Event(mission.launch.time, EventKind.LAUNCH, f"Launch of {mission.name}"))
        for docking in mission.dockings:
            station = self.station(docking.station)
            port = station.port(docking.port) if station else None
            where = f"{port.name if port else docking.port}"
            if docking.docked is not None:
                derived.append(Event(docking.docked, EventKind.DOCKING, f"Docking at {where}"))
            if docking.undocked is not None:
                derived.append(Event(docking.undocked, EventKind.UNDOCKING, f"Undocking from {where}"))
        if mission.landing.time is not None:
            derived.append(Event(mission.landing.time, EventKind.LANDING, f"Landing of {mission.name}"))
        return sorted(derived + list(mission.events), key=lambda e: e.time.value)

    # --- derived: people ------------------------------------------------------------------------------------

    def roles(self, person_id: str) -> list[Role]:
        """Every prime and backup seat of a person, in launch order."""
        return list(self._roles.get(person_id, []))

    def flights(self, person_id: str) -> list[Flight]:
        """A person's spaceflights in time order, from the missions in the data and the person's other flights."""
        flights: list[Flight] = []
        person = self.person(person_id)
        if person is not None:
            for other in person.other_flights:
                flights.append(Flight(person_id, other.name, other.launch, other.landing))
        prime = [r for r in self._roles.get(person_id, []) if not r.backup]
        pending: Role | None = None
        for role in prime:
            mission, seat = role.mission, role.assignment
            if seat.launched and seat.landed:
                flights.append(Flight(person_id, mission.name, mission.launch.time, mission.landing.time,
                                      mission.id, mission.id, counted=mission.outcome != "launch-abort"))
            elif seat.launched:
                pending = role
            elif pending is not None:
                up = pending.mission
                flights.append(Flight(person_id, f"{up.name} / {mission.name}", up.launch.time,
                                      mission.landing.time, up.id, mission.id))
                pending = None
            else:
                flights.append(Flight(person_id, mission.name, None, mission.landing.time, None, mission.id))
        if pending is not None:
            up = pending.mission
            flights.append(Flight(person_id, up.name, up.launch.time, None, up.id, None))
        return sorted(flights, key=lambda f: f.launch.value.replace(tzinfo=None) if f.launch else _FAR_FUTURE)

    def flight_ordinal(self, person_id: str, mission_id: str) -> int | None:
        """1 for a person's first spaceflight, 2 for the second...; None for a launch abort or an unknown launch."""
        number = 0
        for flight in self.flights(person_id):
            if flight.counted and flight.launch is not None:
                number += 1
            if mission_id in (flight.launch_mission, flight.landing_mission):
                return number if flight.counted and flight.launch is not None else None
        return None

    def time_in_space(self, person_id: str) -> Span | None:
        """Sum of the person's completed flights; None when any flight lacks a launch or landing time."""
        spans = [f.span for f in self.flights(person_id)]
        if not spans or any(s is None for s in spans):
            return None
        known = [s for s in spans if s is not None]
        return Span(sum((s.delta for s in known), timedelta()), min(s.precision for s in known))

    def expedition_members(self, expedition: Expedition) -> list[str]:
        """People listed on the expedition plus everyone whose seat names it, in first-seen order."""
        members: list[str] = []
        if expedition.commander:
            members.append(expedition.commander)
        for person_id in expedition.members:
            if person_id not in members:
                members.append(person_id)
        for mission in self._missions:
            for seat in mission.crew:
                if expedition.id in seat.expeditions and seat.person not in members:
                    members.append(seat.person)
        return members

    def expeditions_commanded(self, person_id: str) -> list[Expedition]:
        return [e for e in self.expeditions() if e.commander == person_id]

    def aboard(self, station_id: str, when: datetime) -> list[tuple[Person, Mission]]:
        """Who was aboard a station at an instant: crews whose ship was docked then, with the ship they came on."""
        found: list[tuple[Person, Mission]] = []
        for person_id in self._roles:
            for flight in self.flights(person_id):
                up = self.mission(flight.launch_mission)
                down = self.mission(flight.landing_mission) or up
                if up is None or down is None:
                    continue
                arrive = [d.docked for d in up.dockings if d.station == station_id and d.docked]
                leave = [d.undocked for d in down.dockings if d.station == station_id and d.undocked]
                if not arrive:
                    continue
                start = min(arrive).value
                end = max(leave).value if leave else None
                if start <= when and (end is None or when < end):
                    person = self.person(person_id)
                    if person is not None:
                        found.append((person, up))
        return sorted(found, key=lambda pair: pair[0].name)

    def mentions_of(self, entity_id: str) -> list[Mission]:
        """Missions whose notes mention an id."""
        return [m for m in self._missions if any(entity_id in n.mentions for n in m.notes)]

    def search(self, text: str, limit: int = 50) -> list[Entity]:
        """Entities whose name or id contains the text, best matches (prefix) first."""
        needle = text.strip().casefold()
        if not needle:
            return []
        scored: list[tuple[int, str, Entity]] = []
        for entity in self._by_id.values():
            if isinstance(entity, Reference):
                continue
            name = _display_name(entity).casefold()
            if name.startswith(needle) or entity.id.startswith(needle):
                scored.append((0, name, entity))
            elif any(word.startswith(needle) for word in name.split()):
                scored.append((1, name, entity))
            elif needle in name or needle in entity.id:
                scored.append((2, name, entity))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [entity for _, _, entity in scored[:limit]]


def _display_name(entity: Entity) -> str:
    return entity.title if isinstance(entity, Reference) else entity.name


def display_name(entity: Entity) -> str:
    """The name a person reads for any entity."""
    return _display_name(entity)


def _mission_sort_key(mission: Mission) -> tuple[int, float, str]:
    launch = mission.launch.time
    return (0, launch.value.timestamp(), mission.name) if launch else (1, 0.0, mission.name)
