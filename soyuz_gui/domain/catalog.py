"""Look-ups over the loaded entities and every value derived from them.

Nothing here is stored in the data: durations, crew sizes, flight ordinals, time in space and who was aboard on a
date are all computed from the stored timestamps and crew lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from soyuz_gui.domain.entities import (
    Docking,
    Entity,
    Event,
    EventKind,
    Expedition,
    Kind,
    Mission,
    Person,
    Reference,
    Station,
    Translation,
)
from soyuz_gui.domain.entity_store import Deferred, EntityStore
from soyuz_gui.domain.mission_index import CREWED_SPACEFLIGHT, LAUNCHED_CREWED, SOYUZ_FLIGHT, MissionIndex
from soyuz_gui.domain.presence import presence
from soyuz_gui.domain.records import Flight, Role, Span, Stay
from soyuz_gui.domain.timeutil import Instant, Precision, common_precision

_FAR_FUTURE = datetime.max.replace(tzinfo=None)


class Catalog(EntityStore):
    """All entities by id (see :class:`EntityStore` for those decoded only when asked), plus derived values.

    Questions about many missions (a programme's neighbours, flight numbers, a person's seats) are answered from the
    mission index and decode only the missions they name."""

    def __init__(self, entities: Iterable[Entity], deferred: Mapping[Kind, Deferred] | None = None,
                 mission_index: MissionIndex | None = None) -> None:
        super().__init__(entities, deferred, mission_index)
        self._stays: dict[str, list[Stay]] | None = None
        self._seats: dict[str, list[Role]] | None = None  # every person's seats, once all are asked for
        self._ordinals: dict[int, dict[str, int]] = {}

    @property
    def _roles(self) -> dict[str, list[Role]]:
        """Every prime and backup seat by person, in launch order."""
        if self._seats is None:  # one way to find seats: the index says whose they are
            self._seats = {person_id: self._roles_of(person_id) for person_id in self.seated_people()}
        return self._seats

    def _roles_of(self, person_id: str) -> list[Role]:
        """One person's seats, decoding only the missions they sat in."""
        if self._seats is not None:
            return self._seats.get(person_id, [])
        index = self.mission_index()
        found: list[Role] = []
        for at in self.seat_positions(person_id):
            mission = self.mission(index.missions[at].id)
            if mission is not None:
                found += [Role(mission, a, backup=False) for a in mission.crew if a.person == person_id]
                found += [Role(mission, a, backup=True) for a in mission.backup_crew if a.person == person_id]
        return found

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
        series = [s.id for s in self.summaries(mission.programme)
                  if s.vehicle_role == mission.vehicle_role and s.launched]
        if mission.id not in series or self.mission(mission.id) != mission:
            return None, None
        index = series.index(mission.id)
        before = self.mission(series[index - 1]) if index > 0 else None
        after = self.mission(series[index + 1]) if index + 1 < len(series) else None
        return before, after

    def events(self, mission: Mission) -> list[Event]:
        """Stored events plus launch, dockings, undockings and landing derived from the milestones."""
        derived: list[Event] = []
        if mission.launch.time is not None:
            derived.append(Event(mission.launch.time, EventKind.LAUNCH, f"Launch of {mission.name}"))
        for docking in mission.dockings:
            station = self.station(docking.station)
            port = station.port(docking.port) if station else None
            other = self.mission(docking.vehicle)
            where = f"{other.name if other else docking.vehicle}" if docking.vehicle else \
                f"{port.name if port else docking.port or (station.name if station else docking.station)}"
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
        return list(self._roles_of(person_id))

    def flights(self, person_id: str) -> list[Flight]:
        """A person's spaceflights in time order, from the missions in the data and the person's other flights.

        A seat that launched but did not land (``landed: false``) is paired with the person's next seat that landed
        without launching: up on one ship, down on another (Soyuz 4/5, the Salyut and Mir crews, MS-22/MS-23).
        """
        flights: list[Flight] = []
        person = self.person(person_id)
        if person is not None:
            for other in person.other_flights:
                flights.append(Flight(person_id, other.name, other.launch, other.landing))
        roles = self._roles_of(person_id)
        prime = [r.mission for r in roles if not r.backup]
        seats = {r.mission.id: r.assignment for r in roles if not r.backup}
        ups = [m for m in prime if seats[m.id].launched and not seats[m.id].landed]
        downs = sorted((m for m in prime if seats[m.id].landed and not seats[m.id].launched), key=_landing_key)
        for mission in prime:
            seat = seats[mission.id]
            if seat.launched and seat.landed:
                flights.append(Flight(person_id, mission.name, mission.launch.time, mission.landing.time,
                                      mission.id, mission.id, counted=mission.is_spaceflight))
        ups.sort(key=_launch_key)
        for index, up in enumerate(ups):
            # The way home lands after this launch and before the person's next launch (nobody launches twice
            # without landing in between); a ride home that is not in the data leaves the flight open.
            limit = _launch_key(ups[index + 1]) if index + 1 < len(ups) else float("inf")
            down = next((m for m in downs if _launch_key(up) <= _landing_key(m) <= limit), None)
            if down is None:
                flights.append(Flight(person_id, up.name, up.launch.time, None, up.id, None))
                continue
            downs.remove(down)
            flights.append(Flight(person_id, f"{up.name} / {down.name}", up.launch.time, down.landing.time,
                                  up.id, down.id))
        for down in downs:
            flights.append(Flight(person_id, down.name, None, down.landing.time, None, down.id))
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
        members.extend(expedition.commander_ids())
        for person_id in expedition.members:
            if person_id not in members:
                members.append(person_id)
        for mission in self._missions:
            for seat in mission.crew:
                if expedition.id in seat.expeditions and seat.person not in members:
                    members.append(seat.person)
        return members

    def expeditions_commanded(self, person_id: str) -> list[Expedition]:
        return [e for e in self.expeditions() if person_id in e.commander_ids()]

    def stays(self, person_id: str) -> list[Stay]:
        """Every stretch of time the person spent aboard a station, with the ships that brought and took them."""
        found: list[Stay] = []
        for flight in self.flights(person_id):
            up = self.mission(flight.launch_mission)
            down = self.mission(flight.landing_mission) or up
            if up is None or down is None:
                continue
            found.extend(Stay(person_id, station, start, end, up.id, down.id)
                         for station, start, end in presence(up, down))
        return found

    def aboard(self, station_id: str, when: datetime) -> list[tuple[Person, Mission]]:
        """Who was aboard a station at an instant, with the ship each came on.

        A person is aboard from the moment the ship that brought them docked until the ship that takes them home
        undocks; a ship that moves between ports of one station keeps its crew aboard, and a ship that flies to
        another station (Soyuz T-15 between Mir and Salyut 7) takes its crew along.
        """
        found: list[tuple[Person, Mission]] = []
        for stay in self.stays_at(station_id):
            if stay.start.value <= when and (stay.end is None or when < stay.end.value):
                person, ship = self.person(stay.person), self.mission(stay.arrived_on)
                if person is not None and ship is not None and all(p.id != person.id for p, _ in found):
                    found.append((person, ship))
        return sorted(found, key=lambda pair: pair[0].name)

    def stays_at(self, station_id: str) -> list[Stay]:
        """Every person's stays at one station, in arrival order (computed once per catalog)."""
        if self._stays is None:
            by_station: dict[str, list[Stay]] = {}
            for person_id in self._roles:
                for stay in self.stays(person_id):
                    by_station.setdefault(stay.station, []).append(stay)
            for stays in by_station.values():
                stays.sort(key=lambda s: s.start.value)
            self._stays = by_station
        return list(self._stays.get(station_id, []))

    def station_life(self, station: Station) -> tuple[Instant | None, Instant | None]:
        """Launch and re-entry of a station (None: not in the data, or still in orbit)."""
        return station.launched, station.reentered

    def in_station_life(self, station: Station, when: datetime) -> bool:
        """Whether a station existed at an instant (a launch day counts from its start, a re-entry day to its end)."""
        if station.launched is not None and when < station.launched.value:
            return False
        return not (station.reentered is not None and when >= station.reentered.end_value)

    def visits(self, station_id: str) -> list[tuple[Mission, Docking]]:
        """Every docking at a station, in time order."""
        found = [(m, d) for m in self._missions for d in m.dockings if d.station == station_id]
        return sorted(found, key=lambda pair: pair[1].docked.value.timestamp() if pair[1].docked else float("inf"))

    def text(self, entity_id: str, path: str, english: str, language: str | None) -> tuple[str, bool]:
        """A narrative text in ``language`` when the data has it: (text, True); else the English: (text, False)."""
        if language and language != "en":
            self._complete(Kind.TRANSLATION)
            found = self._texts.get((entity_id, language), {}).get(path)
            if found:
                return found, True
            return english, False
        return english, True

    def expeditions_of(self, station_id: str) -> list[Expedition]:
        return [e for e in self.expeditions() if e.station == station_id]

    def crewed_soyuz_number(self, mission: Mission) -> int | None:
        """The Nth crewed Soyuz spaceflight: Soyuz missions that carried a crew to space, in launch order.

        Launch aborts are not counted (the crew never reached space), and neither are uncrewed flights.
        """
        return self._soyuz_ordinal(mission, CREWED_SPACEFLIGHT)

    def crewed_soyuz_numbers(self, mission: Mission) -> dict[str, int]:
        """The number of a crewed Soyuz under each convention the sources use (see docs/data-format.md)."""
        found = {
            "spaceflights": self._soyuz_ordinal(mission, CREWED_SPACEFLIGHT),
            "launches": self._soyuz_ordinal(mission, LAUNCHED_CREWED),
            "soyuz_flights": self._soyuz_ordinal(mission, SOYUZ_FLIGHT),
        }
        return {key: value for key, value in found.items() if value is not None}

    def soyuz_flight_number(self, mission: Mission) -> int | None:
        """The Nth Soyuz flight to space as the English encyclopedia articles count it: every crewed flight that
        reached space, plus the numbered uncrewed Soyuz of the first generations (Soyuz 2, 20 and 34); test
        flights such as Soyuz T-1, TM-1 and MS-14 are not counted."""
        return self._soyuz_ordinal(mission, SOYUZ_FLIGHT)

    def _soyuz_ordinal(self, mission: Mission, convention: int) -> int | None:
        """The mission's number among the Soyuz missions that count in ``convention``, in launch order."""
        numbers = self._ordinals.get(convention)
        if numbers is None:
            counted = [s.id for s in self.summaries("soyuz") if s.launched and s.counts & convention]
            numbers = self._ordinals[convention] = {mission_id: n for n, mission_id in enumerate(counted, 1)}
        return numbers.get(mission.id)

    def mentions_of(self, entity_id: str) -> list[Mission]:
        """Missions whose notes mention an id."""
        return [m for m in self._missions if any(entity_id in n.mentions for n in m.notes)]

    def search(self, text: str, limit: int = 50) -> list[Entity]:
        """Entities whose name or id contains the text, best matches (prefix) first."""
        needle = text.strip().casefold()
        if not needle:
            return []
        scored: list[tuple[int, str, Entity]] = []
        for entity in self._complete().values():  # every kind, the deferred ones too
            if isinstance(entity, Reference | Translation):
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
    if isinstance(entity, Translation):
        return f"{entity.entity} ({entity.language})"
    return entity.title if isinstance(entity, Reference) else entity.name


def display_name(entity: Entity) -> str:
    """The name a person reads for any entity."""
    return _display_name(entity)


def _launch_key(mission: Mission) -> float:
    return mission.launch.time.value.timestamp() if mission.launch.time else float("inf")


def _landing_key(mission: Mission) -> float:
    return mission.landing.time.value.timestamp() if mission.landing.time else float("inf")
