"""Checks across files: references that dangle, ports held twice, stated figures that the computed ones
contradict. (Times out of order inside one file are refused earlier, by :mod:`soyuz_gui.loading.timeline`.)"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from datetime import timedelta

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import (
    GENERATIONS,
    Agency,
    Docking,
    Entity,
    Expedition,
    Mission,
    Note,
    OutcomeKind,
    Person,
    Port,
    Programme,
    Reference,
    Site,
    Station,
    Translation,
)
from soyuz_gui.domain.records import Span
from soyuz_gui.domain.texts import translatable_texts
from soyuz_gui.domain.timeutil import (
    Instant,
    Precision,
    duration_human,
    parse_human_duration,
    smallest_unit_seconds,
)
from soyuz_gui.loading.consistency import born_after_first_flight, overlapping_flights, site_roles
from soyuz_gui.loading.problems import DataProblem, Severity, internal_error
from soyuz_gui.loading.safety_checks import image_findings, text_findings
from soyuz_gui.loading.timeline import before
from soyuz_gui.loading.yamlsource import Path_, SourceFile

_KIND_NAMES: dict[type, str] = {
    Reference: "reference", Agency: "agency", Programme: "programme", Site: "site", Station: "station",
    Expedition: "expedition", Person: "person", Mission: "mission", Translation: "translation",
}


_MAX_HINTS = 200


class _Checker:
    def __init__(self, catalog: Catalog, sources: dict[str, SourceFile]) -> None:
        self.catalog = catalog
        self.sources = sources
        self.problems: list[DataProblem] = []
        self._hints = 0
        self._ids_by_kind: dict[type, list[str]] = {}
        for entity in catalog:
            self._ids_by_kind.setdefault(type(entity), []).append(entity.id)
        self._missions_by_name: dict[str, Mission] | None = None

    def mission_named(self, name: str) -> Mission | None:
        """The mission of this name (case aside); the index is made once, not once per person who asks."""
        if self._missions_by_name is None:
            self._missions_by_name = {m.name.casefold(): m for m in self.catalog.missions()}
        return self._missions_by_name.get(name.casefold())

    def report(self, owner: Entity, path: Path_, message: str, severity: Severity = Severity.ERROR) -> None:
        source = self.sources.get(owner.id)
        if source is None:
            self.problems.append(DataProblem(owner.id, 1, 1, "", message, severity))
        else:
            self.problems.append(source.problem(path, message, severity=severity))

    def ref(self, owner: Entity, path: Path_, target: str | None, kind: type | None) -> None:
        """Report a dangling id, with the closest existing id of the expected kind as a hint."""
        if target is None:
            return
        found = self.catalog.get(target)
        if found is not None and (kind is None or isinstance(found, kind)):
            return
        if found is not None and kind is not None:
            self.report(owner, path, f"'{target}' is a {_KIND_NAMES[type(found)]}, not a {_KIND_NAMES[kind]}")
            return
        # "Did you mean" costs a scan of every id; a folder full of dangling ids gets hints for the first ones only.
        self._hints += 1
        pool = self._ids_by_kind.get(kind, []) if kind else self.catalog.ids()
        close = difflib.get_close_matches(target, pool, n=1, cutoff=0.75) if self._hints <= _MAX_HINTS else []
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        label = _KIND_NAMES[kind] if kind else "entity"
        self.report(owner, path, f"unknown {label} id '{target}'{hint}")

    def refs(self, owner: Entity, path: Path_, targets: tuple[str, ...], kind: type | None) -> None:
        for index, target in enumerate(targets):
            self.ref(owner, (*path, index), target, kind)

    def notes(self, owner: Entity, path: Path_, notes: tuple[Note, ...]) -> None:
        for index, note in enumerate(notes):
            self.refs(owner, (*path, index, "mentions"), note.mentions, None)
            self.refs(owner, (*path, index, "references"), note.references, Reference)


def check_catalog(catalog: Catalog, sources: dict[str, SourceFile]) -> list[DataProblem]:
    checker = _Checker(catalog, sources)
    for entity in catalog:
        try:
            _check_entity(checker, entity)
        except Exception as exc:
            checker.report(entity, (), internal_error("checking this entity", exc))
    try:
        _check_ports(checker)
    except Exception as exc:
        checker.problems.append(DataProblem("(all files)", 1, 1, "", internal_error("checking docking ports", exc)))
    return checker.problems


def _check_entity(checker: _Checker, entity: Entity) -> None:
    for path, message in text_findings(entity):
        checker.report(entity, path, message)
    if not isinstance(entity, Reference):
        checker.refs(entity, ("references",), entity.references, Reference)
    if isinstance(entity, Mission):
        _check_mission(checker, entity)
    elif isinstance(entity, Person):
        checker.ref(entity, ("agency",), entity.agency, Agency)
        checker.notes(entity, ("notes",), entity.notes)
        _check_person(checker, entity)
    elif isinstance(entity, Expedition):
        checker.ref(entity, ("station",), entity.station, Station)
        source = checker.sources.get(entity.id)
        if source is not None and isinstance(source.data, dict) and "commanders" in source.data:
            for index, command in enumerate(entity.commanders):
                checker.ref(entity, ("commanders", index, "person"), command.person, Person)
                checker.refs(entity, ("commanders", index, "references"), command.references, Reference)
                if command.start and command.end and before(command.end, command.start):
                    checker.report(entity, ("commanders", index, "until"),
                                   "command ends before it begins ('until' is earlier than 'from')")
        else:
            checker.ref(entity, ("commander",), entity.commander, Person)
        checker.refs(entity, ("members",), entity.members, Person)
        checker.notes(entity, ("notes",), entity.notes)
    elif isinstance(entity, Translation):
        _check_translation(checker, entity)
    elif isinstance(entity, Station):
        checker.notes(entity, ("notes",), entity.notes)
        checker.refs(entity, ("crew_records_complete", "references"), entity.complete_references, Reference)
        _check_station_periods(checker, entity)
        seen: set[str] = set()
        for index, port in enumerate(entity.ports):
            if port.id in seen:
                checker.report(entity, ("ports", index, "id"), f"port id '{port.id}' is used twice on this station")
            seen.add(port.id)


def _check_mission(c: _Checker, m: Mission) -> None:
    c.ref(m, ("programme",), m.programme, Programme)
    c.ref(m, ("station",), m.station, Station)
    c.ref(m, ("launch", "site"), m.launch.site, Site)
    c.ref(m, ("landing", "site"), m.landing.site, Site)
    people: set[str] = set()
    for group, seats in (("crew", m.crew), ("backup_crew", m.backup_crew)):
        for index, seat in enumerate(seats):
            c.ref(m, (group, index, "person"), seat.person, Person)
            c.ref(m, (group, index, "agency"), seat.agency, Agency)
            c.refs(m, (group, index, "expeditions"), seat.expeditions, Expedition)
            if group == "crew":
                if seat.person in people:
                    c.report(m, (group, index, "person"), f"'{seat.person}' is listed twice in the crew")
                people.add(seat.person)
    for index, docking in enumerate(m.dockings):
        _check_docking(c, m, index, docking)
    for index, event in enumerate(m.events):
        c.refs(m, ("events", index, "references"), event.references, Reference)
    for index, alt in enumerate(m.alternatives):
        c.ref(m, ("alternatives", index, "reference"), alt.reference, Reference)
    c.notes(m, ("notes",), m.notes)
    for path, message in image_findings(m):
        c.report(m, path, message)
    for owner, path, message in site_roles(c.catalog, m):
        c.report(owner, path, message)
    for index, outcome in enumerate(m.outcomes):
        c.refs(m, ("outcomes", index, "references"), outcome.references, Reference)
    _check_outcomes(c, m)
    if m.generation is not None and m.generation not in GENERATIONS:
        c.report(m, ("generation",), f"unknown spacecraft generation '{m.generation}' (known: "
                                     f"{', '.join(GENERATIONS)})", Severity.WARNING)
    _check_stated(c, m)


def _check_docking(c: _Checker, m: Mission, index: int, docking: Docking) -> None:
    path: Path_ = ("dockings", index)
    if (docking.station is None) == (docking.vehicle is None):
        c.report(m, path, "a docking names either a station (with its port) or another ship (vehicle), not both")
        return
    if docking.vehicle is not None:
        c.ref(m, (*path, "vehicle"), docking.vehicle, Mission)
        if docking.vehicle == m.id:
            c.report(m, (*path, "vehicle"), "a ship cannot dock with itself")
        return
    c.ref(m, (*path, "station"), docking.station, Station)
    station = c.catalog.station(docking.station)
    if station is None:
        return
    if docking.port is None:  # the port no source gives: the stay still counts, the port reads "unknown"
        for key, when in (("docked", docking.docked), ("undocked", docking.undocked)):
            problem = _outside_station_life(station, when) if when is not None else None
            if problem is not None:
                c.report(m, (*path, key), problem)
                return
        return
    port = station.port(docking.port)
    if port is None:
        names = [p.id for p in station.ports]
        close = difflib.get_close_matches(docking.port, names, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        c.report(m, (*path, "port"), f"station '{station.id}' has no port '{docking.port}'{hint}")
        return
    for key, when in (("docked", docking.docked), ("undocked", docking.undocked)):
        problem = _outside_port_life(station, port, when) if when is not None else None
        if problem is not None:
            c.report(m, (*path, key), problem)
            return  # one message a docking: its other end is usually wrong for the same reason


def _check_station_periods(c: _Checker, station: Station) -> None:
    """A station's life and its ports' periods run forwards; a backwards one would make every docking look wrong."""
    if station.launched is not None and station.reentered is not None and before(station.reentered,
                                                                                 station.launched):
        c.report(station, ("reentered",), f"re-entry ({station.reentered.iso()}) is before launch "
                                          f"({station.launched.iso()})")
    for index, port in enumerate(station.ports):
        start, end = port.available_from, port.available_until
        if start is not None and end is not None and before(end, start):
            c.report(station, ("ports", index, "until"), f"until ({end.iso()}) is before from ({start.iso()})")
    _check_complete_period(c, station)


def _check_complete_period(c: _Checker, station: Station) -> None:
    """Who Was Aboard calls its answer whole inside this period, so it must be a real period of the station's life."""
    start, end = station.complete_from, station.complete_until
    if start is None or end is None:
        return
    if before(end, start):
        c.report(station, ("crew_records_complete", "until"),
                 f"until ({end.iso()}) is before from ({start.iso()})")
        return
    for key, when in (("from", start), ("until", end)):
        problem = _outside_station_life(station, when)
        if problem is not None:
            c.report(station, ("crew_records_complete", key), problem)


def _outside_station_life(station: Station, when: Instant) -> str | None:
    if station.launched is not None and before(when, station.launched):
        return f"{when.iso()} is before {station.name} was launched ({station.launched.iso()})"
    if station.reentered is not None and before(station.reentered, when):
        return f"{when.iso()} is after {station.name} re-entered ({station.reentered.iso()})"
    return None


def _outside_port_life(station: Station, port: Port, when: Instant) -> str | None:
    outside = _outside_station_life(station, when)
    if outside is not None:
        return outside
    if port.available_from is not None and before(when, port.available_from):
        return f"port {station.id}/{port.id} did not exist yet at {when.iso()} (from {port.available_from.iso()})"
    if port.available_until is not None and before(port.available_until, when):
        return f"port {station.id}/{port.id} no longer existed at {when.iso()} (until {port.available_until.iso()})"
    return None


def _check_outcomes(c: _Checker, m: Mission) -> None:
    kinds = [o.kind for o in m.outcomes]
    for index, kind in enumerate(kinds):
        if kind in kinds[:index]:
            c.report(m, ("outcomes", index, "kind"), f"outcome '{kind}' is listed twice")
    if OutcomeKind.UNCREWED in kinds:
        for index, seat in enumerate(m.crew):
            if seat.launched:
                c.report(m, ("crew", index, "launched"), f"'{seat.person}' is in the launch crew of a flight "
                                                         "with the outcome 'uncrewed' (launched: false?)")
    if OutcomeKind.LANDED_EMPTY in kinds:
        for index, seat in enumerate(m.crew):
            if seat.landed:
                c.report(m, ("crew", index, "landed"), f"'{seat.person}' landed on a flight with the outcome "
                                                       "'landed-empty' (landed: false?)")
    if OutcomeKind.LAUNCH_ABORT in kinds and m.dockings:
        c.report(m, ("dockings",), "a launch abort never reached orbit, so it cannot have dockings")


def _check_translation(c: _Checker, t: Translation) -> None:
    """Every key must name a text the entity has (a note removed in English leaves its translation orphaned)."""
    target = c.catalog.get(t.entity)
    if target is None or isinstance(target, Translation | Reference):
        c.ref(t, ("entity",), t.entity, Mission if target is None else None)
        return
    if t.id != f"{t.language}-{t.entity}":
        c.report(t, ("id",), f"a translation's id is its language and the entity's id: '{t.language}-{t.entity}'")
    paths = dict(translatable_texts(target))
    for key, _ in t.texts:
        if key not in paths:
            close = difflib.get_close_matches(key, list(paths), n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            c.report(t, ("texts", key), f"'{t.entity}' has no text '{key}' to translate{hint}")


def _check_person(c: _Checker, p: Person) -> None:
    for owner, path, message in overlapping_flights(c.catalog, p) + born_after_first_flight(c.catalog, p):
        c.report(owner, path, message)
    for index, flight in enumerate(p.other_flights):
        c.refs(p, ("other_flights", index, "references"), flight.references, Reference)
        twin = c.mission_named(flight.name)
        if twin is not None and any(seat.person == p.id for seat in twin.crew):
            c.report(p, ("other_flights", index, "name"), f"'{flight.name}' is in the data as mission "
                                                          f"'{twin.id}' with this person in its crew: it would "
                                                          "count twice (remove it here)")
    if p.stated_flights is not None:
        computed = sum(1 for f in c.catalog.flights(p.id) if f.counted and f.launch is not None)
        if computed != p.stated_flights:
            c.report(p, ("stated", "flights"), f"stated {p.stated_flights} spaceflights differ from the {computed} "
                                               "in the data (a flight missing from the missions or other_flights?)",
                     Severity.WARNING)
    if p.stated_time_in_space is not None:
        span = c.catalog.time_in_space(p.id)
        if span is not None and not _same_days(p.stated_time_in_space, span):
            c.report(p, ("stated", "time_in_space"), f"stated time in space '{p.stated_time_in_space}' differs "
                                                     f"from the {_human(span)} computed from the flights",
                     Severity.WARNING)


def _same_days(stated: str, span: Span) -> bool:
    """Totals over several flights: equal to within a day plus the printed unit (sources round each flight)."""
    try:
        printed = parse_human_duration(stated)
    except (ValueError, OverflowError):
        return False
    tolerance = max(smallest_unit_seconds(stated), 86400)
    return abs(printed.total_seconds() - span.delta.total_seconds()) <= tolerance


def _check_stated(c: _Checker, m: Mission) -> None:
    """A figure a source printed must agree with the value computed from the stored facts."""
    for key, compute in (("mission_duration", Catalog.mission_duration), ("time_docked", Catalog.time_docked)):
        stated = m.stated_value(key)
        span = compute(m)
        if stated is None or span is None:
            continue
        if not _same_duration(stated, span):
            c.report(m, ("stated", key), f"stated {key.replace('_', ' ')} '{stated}' differs from the "
                                         f"{_human(span)} computed from the stored times", Severity.WARNING)
    stated_size = m.stated_value("crew_size")
    if stated_size is not None and int(stated_size) != Catalog.crew_size(m):
        c.report(m, ("stated", "crew_size"), f"stated crew size {stated_size} differs from the "
                                             f"{Catalog.crew_size(m)} people in the crew list", Severity.WARNING)
    stated_number = m.stated_value("crewed_soyuz_number")
    numbers = c.catalog.crewed_soyuz_numbers(m)
    if stated_number is not None and numbers and int(stated_number) not in numbers.values():
        shown = ", ".join(f"{value} ({key.replace('_', ' ')})" for key, value in numbers.items())
        c.report(m, ("stated", "crewed_soyuz_number"), f"stated crewed Soyuz number {stated_number} matches none of "
                                                       f"the counts from the missions in the data: {shown}",
                 Severity.WARNING)
    stated_flight = m.stated_value("soyuz_flight_number")
    flight = c.catalog.soyuz_flight_number(m)
    if stated_flight is not None and flight is not None and int(stated_flight) != flight:
        c.report(m, ("stated", "soyuz_flight_number"), f"stated Soyuz flight number {stated_flight} differs from "
                                                       f"{flight} counted from the missions in the data",
                 Severity.WARNING)
    for index, seat in enumerate(m.crew):
        if seat.stated_flight_ordinal is None or c.catalog.person(seat.person) is None:
            continue
        computed = c.catalog.flight_ordinal(seat.person, m.id)
        if computed is not None and computed != seat.stated_flight_ordinal:
            c.report(m, ("crew", index, "stated", "flight_ordinal"),
                     f"stated flight ordinal {seat.stated_flight_ordinal} differs from {computed} computed from "
                     f"the flights in the data (is an earlier flight missing?)", Severity.WARNING)


def _same_duration(stated: str, span: Span) -> bool:
    """Equal within the coarser of the printed unit and the stored precision (sources round their figures)."""
    try:
        printed = parse_human_duration(stated)
    except (ValueError, OverflowError):  # no duration in the text, or more days than a timedelta holds
        return False
    printed_unit = smallest_unit_seconds(stated)
    stored_unit = {Precision.SECOND: 1, Precision.MINUTE: 60}.get(span.precision, 86400)
    # Each stored end can be off by up to one unit of its precision, so their difference by up to two.
    tolerance = max(printed_unit, 2 * stored_unit)
    return abs(printed.total_seconds() - span.delta.total_seconds()) < tolerance


def _human(span: Span) -> str:
    # Ends given at different precisions (a day, and a minute within it) can leave a slightly negative span.
    if span.delta < timedelta(0):
        return "minus " + duration_human(-span.delta, span.precision)
    return duration_human(span.delta, span.precision)


def _intervals(catalog: Catalog) -> Iterator[tuple[Mission, int, str, str, Instant, Instant | None]]:
    for mission in catalog.missions():
        for index, docking in enumerate(mission.dockings):
            if docking.docked is not None and docking.station is not None and docking.port is not None:
                yield mission, index, docking.station, docking.port, docking.docked, docking.undocked


def _check_ports(c: _Checker) -> None:
    """No two vehicles may hold one port at the same time."""
    by_port: dict[tuple[str, str], list[tuple[Mission, int, Instant, Instant | None]]] = {}
    for mission, index, station, port, start, end in _intervals(c.catalog):
        by_port.setdefault((station, port), []).append((mission, index, start, end))
    for (station, port), stays in by_port.items():
        stays.sort(key=lambda s: s[2].value)
        for (m1, _, _, end1), (m2, i2, start2, _) in zip(stays, stays[1:], strict=False):
            if m1.id == m2.id:
                continue
            if end1 is None or before(start2, end1):
                until = end1.iso() if end1 else "an unknown time (no undocking recorded)"
                c.report(m2, ("dockings", i2, "docked"),
                         f"port {station}/{port} is still held by {m1.id} until {until}")
