"""Checks across files: references that dangle, ports held twice, stated figures that the computed ones
contradict. (Times out of order inside one file are refused earlier, by :mod:`soyuz_gui.loading.timeline`.)"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from datetime import timedelta

from soyuz_gui.domain.catalog import Catalog, Span
from soyuz_gui.domain.entities import (
    Agency,
    Entity,
    Expedition,
    Mission,
    Note,
    Person,
    Programme,
    Reference,
    Site,
    Station,
)
from soyuz_gui.domain.timeutil import (
    Instant,
    Precision,
    duration_human,
    parse_human_duration,
    smallest_unit_seconds,
)
from soyuz_gui.loading.problems import DataProblem, Severity, internal_error
from soyuz_gui.loading.timeline import before
from soyuz_gui.loading.yamlsource import Path_, SourceFile

_KIND_NAMES: dict[type, str] = {
    Reference: "reference", Agency: "agency", Programme: "programme", Site: "site", Station: "station",
    Expedition: "expedition", Person: "person", Mission: "mission",
}


class _Checker:
    def __init__(self, catalog: Catalog, sources: dict[str, SourceFile]) -> None:
        self.catalog = catalog
        self.sources = sources
        self.problems: list[DataProblem] = []
        self._ids_by_kind: dict[type, list[str]] = {}
        for entity in catalog:
            self._ids_by_kind.setdefault(type(entity), []).append(entity.id)

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
        pool = self._ids_by_kind.get(kind, []) if kind else self.catalog.ids()
        close = difflib.get_close_matches(target, pool, n=1, cutoff=0.75)
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
        except Exception as exc:  # noqa: BLE001 - a checker bug must not stop the app; tests and fuzzer flag it
            checker.report(entity, (), internal_error("checking this entity", exc))
    try:
        _check_ports(checker)
    except Exception as exc:  # noqa: BLE001 - as above
        checker.problems.append(DataProblem("(all files)", 1, 1, "", internal_error("checking docking ports", exc)))
    return checker.problems


def _check_entity(checker: _Checker, entity: Entity) -> None:
    if not isinstance(entity, Reference):
        checker.refs(entity, ("references",), entity.references, Reference)
    if isinstance(entity, Mission):
        _check_mission(checker, entity)
    elif isinstance(entity, Person):
        checker.ref(entity, ("agency",), entity.agency, Agency)
        checker.notes(entity, ("notes",), entity.notes)
        for index, flight in enumerate(entity.other_flights):
            checker.refs(entity, ("other_flights", index, "references"), flight.references, Reference)
    elif isinstance(entity, Expedition):
        checker.ref(entity, ("station",), entity.station, Station)
        checker.ref(entity, ("commander",), entity.commander, Person)
        checker.refs(entity, ("members",), entity.members, Person)


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
        c.ref(m, ("dockings", index, "station"), docking.station, Station)
        station = c.catalog.station(docking.station)
        if station is not None and station.port(docking.port) is None:
            names = [p.id for p in station.ports]
            close = difflib.get_close_matches(docking.port, names, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            c.report(m, ("dockings", index, "port"), f"station '{station.id}' has no port '{docking.port}'{hint}")
    for index, event in enumerate(m.events):
        c.refs(m, ("events", index, "references"), event.references, Reference)
    for index, alt in enumerate(m.alternatives):
        c.ref(m, ("alternatives", index, "reference"), alt.reference, Reference)
    c.notes(m, ("notes",), m.notes)
    _check_stated(c, m)


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
            if docking.docked is not None:
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
