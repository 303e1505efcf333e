"""Turn validated documents into domain entities, parsing times on the way."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from soyuz_gui.domain.entities import (
    Agency,
    Alternative,
    CrewAssignment,
    Docking,
    Entity,
    Event,
    EventKind,
    Expedition,
    ExpeditionCategory,
    Image,
    ImageKind,
    Milestone,
    Mission,
    Note,
    Origin,
    OtherFlight,
    Outcome,
    OutcomeKind,
    Person,
    Port,
    Programme,
    Reference,
    Site,
    Station,
    Translation,
)
from soyuz_gui.domain.timeutil import Instant, Precision, TimeFormatError, parse_instant
from soyuz_gui.loading import schema as s
from soyuz_gui.loading.problems import DataError
from soyuz_gui.loading.yamlsource import Path_, SourceFile


class _Converter:
    def __init__(self, source: SourceFile) -> None:
        self.source = source

    def fail(self, path: Path_, message: str) -> DataError:
        return DataError(self.source.problem(path, message, skipped=True))

    def time(self, text: str | None, path: Path_) -> Instant | None:
        if text is None:
            return None
        try:
            return parse_instant(text)
        except TimeFormatError as exc:
            raise self.fail(path, str(exc)) from None
        except OverflowError:  # e.g. 9999-12-31T23:59-01:00 is past the last moment Python can hold in UTC
            raise self.fail(path, f"'{text}' is out of the range of dates the app can handle") from None

    def required_time(self, text: str, path: Path_) -> Instant:
        value = self.time(text, path)
        assert value is not None
        return value

    def day(self, text: str | None, path: Path_) -> date | None:
        instant = self.time(text, path)
        if instant is None:
            return None
        if instant.precision != Precision.DAY:
            raise self.fail(path, f"'{text}' must be a date written YYYY-MM-DD")
        return instant.value.date()

    def notes(self, notes: Sequence[s.NoteDoc]) -> tuple[Note, ...]:
        return tuple(Note(n.text, tuple(n.mentions), tuple(n.references)) for n in notes)

    def origin(self) -> Origin:
        return Origin(self.source.path, self.source.where(("id",))[0], self.source.folder)


def to_entity(doc: s.Document, source: SourceFile) -> Entity:
    """Build the entity for a document, or raise :class:`DataError` for a bad time or date."""
    c = _Converter(source)
    refs = tuple(doc.references)
    origin = c.origin()
    if isinstance(doc, s.ReferenceDoc):
        return Reference(doc.id, doc.title, doc.publisher, doc.author, c.time(doc.published, ("published",)),
                         doc.url, c.day(doc.accessed, ("accessed",)), doc.licence, doc.note, origin)
    if isinstance(doc, s.AgencyDoc):
        return Agency(doc.id, doc.name, doc.full_name, doc.country, refs, origin)
    if isinstance(doc, s.ProgrammeDoc):
        return Programme(doc.id, doc.name, doc.description, refs, origin)
    if isinstance(doc, s.SiteDoc):
        return Site(doc.id, doc.name, doc.role, doc.region, doc.country, refs, origin)
    if isinstance(doc, s.StationDoc):
        ports = tuple(
            Port(p.id, p.name, p.module, c.time(p.from_, ("ports", i, "from")), c.time(p.until, ("ports", i, "until")))
            for i, p in enumerate(doc.ports)
        )
        complete = doc.crew_records_complete
        return Station(doc.id, doc.name, ports, refs, origin, doc.native_name, c.time(doc.launched, ("launched",)),
                       c.time(doc.reentered, ("reentered",)), c.notes(doc.notes),
                       c.time(complete.from_, ("crew_records_complete", "from")) if complete else None,
                       c.time(complete.until, ("crew_records_complete", "until")) if complete else None,
                       tuple(complete.references) if complete else ())
    if isinstance(doc, s.ExpeditionDoc):
        return Expedition(doc.id, doc.name, doc.station, doc.number, c.time(doc.start, ("start",)),
                          c.time(doc.end, ("end",)), doc.commander, tuple(doc.members), refs, origin,
                          ExpeditionCategory(doc.category), c.notes(doc.notes))
    if isinstance(doc, s.TranslationDoc):
        return Translation(doc.id, doc.language, doc.entity, tuple(sorted(doc.texts.items())), refs, origin)
    if isinstance(doc, s.PersonDoc):
        flights = tuple(
            OtherFlight(f.name, c.required_time(f.launch, ("other_flights", i, "launch")),
                        c.time(f.landing, ("other_flights", i, "landing")), tuple(f.references))
            for i, f in enumerate(doc.other_flights)
        )
        stated = doc.stated or s.StatedPersonDoc()
        return Person(doc.id, doc.name, doc.native_name, doc.nationality, doc.agency,
                      c.day(doc.birth_date, ("birth_date",)), doc.selection_year, doc.occupation, flights,
                      c.notes(doc.notes), refs, origin, stated.flights, stated.time_in_space)
    return _mission(doc, c, refs, origin)


def _mission(doc: s.MissionDoc, c: _Converter, refs: tuple[str, ...], origin: Origin) -> Mission:
    ids = doc.external_ids or s.ExternalIdsDoc()
    launch = doc.launch or s.MilestoneDoc()
    landing = doc.landing or s.MilestoneDoc()
    orbit = doc.orbit or s.OrbitDoc()
    crew = tuple(
        CrewAssignment(a.person, a.position, a.agency, tuple(a.expeditions), a.launched, a.landed,
                       a.stated.flight_ordinal if a.stated else None)
        for a in doc.crew
    )
    backup = tuple(CrewAssignment(b.person, b.position, b.agency) for b in doc.backup_crew)
    dockings = tuple(
        Docking(d.station, d.port, c.time(d.docked, ("dockings", i, "docked")),
                c.time(d.undocked, ("dockings", i, "undocked")), d.vehicle)
        for i, d in enumerate(doc.dockings)
    )
    outcomes = tuple(Outcome(OutcomeKind(o.kind), o.note, tuple(o.references)) for o in doc.outcomes)
    events = tuple(
        Event(c.required_time(e.time, ("events", i, "time")), EventKind(e.kind), e.title, e.description,
              tuple(e.references))
        for i, e in enumerate(doc.events)
    )
    images = tuple(Image(ImageKind(i.kind), i.title, i.caption, i.file, i.credit, i.licence, i.source)
                   for i in doc.images)
    stated: list[tuple[str, str]] = []
    if doc.stated is not None:
        for key in doc.stated.__struct_fields__:
            value = getattr(doc.stated, key)
            if value is not None:
                stated.append((key, str(value)))
    alternatives = tuple(Alternative(a.field, a.value, a.reference, a.note) for a in doc.alternatives)
    return Mission(
        id=doc.id, name=doc.name, programme=doc.programme, vehicle_role=doc.vehicle_role,
        generation=doc.generation, outcomes=outcomes,
        mission_type=doc.mission_type, cospar_id=ids.cospar, satcat=ids.satcat, spacecraft=doc.spacecraft,
        spacecraft_type=doc.spacecraft_type, serial=doc.serial, callsign=doc.callsign,
        manufacturer=doc.manufacturer, launch_mass_kg=doc.launch_mass_kg, launch_vehicle=doc.launch_vehicle,
        launch=Milestone(c.time(launch.time, ("launch", "time")), launch.site),
        landing=Milestone(c.time(landing.time, ("landing", "time")), landing.site),
        orbit_reference=orbit.reference_system, orbit_regime=orbit.regime, station=doc.station, crew=crew,
        backup_crew=backup, dockings=dockings, events=events, images=images, notes=c.notes(doc.notes),
        stated=tuple(stated), alternatives=alternatives, references=refs, origin=origin,
    )
