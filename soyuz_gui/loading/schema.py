"""The shape of each data file, declared once with msgspec.

msgspec checks types, required fields and unknown fields in C and reports the path of the first problem; it also
exports a JSON Schema (``soyuz-gui data schema``) for editors. Times are strings here: the domain parser turns them
into instants with a precision (see ``docs/data-format.md``).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

SCHEMA_VERSION = 1

Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, msgspec.Meta(min_length=1, max_length=4000)]
Time = Annotated[str, msgspec.Meta(min_length=4, max_length=40)]
Country = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]
Url = Annotated[str, msgspec.Meta(pattern=r"^https?://\S+$", max_length=2000)]


class _Struct(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class NoteDoc(_Struct, frozen=True):
    text: Text
    mentions: list[Id] = []
    references: list[Id] = []


class AlternativeDoc(_Struct, frozen=True):
    field: Text
    value: Text
    reference: Id
    note: Text | None = None


class OtherFlightDoc(_Struct, frozen=True):
    name: Text
    launch: Time
    landing: Time | None = None
    references: list[Id] = []


class PortDoc(_Struct, frozen=True):
    id: Id
    name: Text
    module: Text | None = None
    # A port that existed for part of the station's life only (it came with a module, or left with one).
    from_: Time | None = msgspec.field(default=None, name="from")
    until: Time | None = None


class StatedCrewDoc(_Struct, frozen=True):
    flight_ordinal: Annotated[int, msgspec.Meta(ge=1, le=20)] | None = None


class CrewDoc(_Struct, frozen=True):
    person: Id
    position: Text | None = None
    agency: Id | None = None
    expeditions: list[Id] = []
    launched: bool = True
    landed: bool = True
    stated: StatedCrewDoc | None = None


class BackupDoc(_Struct, frozen=True):
    person: Id
    position: Text | None = None
    agency: Id | None = None


class MilestoneDoc(_Struct, frozen=True):
    time: Time | None = None
    site: Id | None = None


class OrbitDoc(_Struct, frozen=True):
    reference_system: Text | None = None
    regime: Text | None = None


class ExternalIdsDoc(_Struct, frozen=True):
    cospar: Annotated[str, msgspec.Meta(pattern=r"^\d{4}-\d{3}[A-Z]{1,3}$")] | None = None
    satcat: Annotated[int, msgspec.Meta(ge=1)] | None = None
    wikidata: Annotated[str, msgspec.Meta(pattern=r"^Q\d+$")] | None = None
    ll2: Text | None = None


class DockingDoc(_Struct, frozen=True):
    station: Id | None = None  # a docking is with a station (at a port) or with another ship (vehicle)
    port: Id | None = None
    vehicle: Id | None = None
    docked: Time | None = None
    undocked: Time | None = None


OutcomeKindName = Literal[
    "launch-abort", "docking-failed", "crew-lost", "ballistic-reentry", "off-target-landing", "uncrewed",
    "landed-empty", "early-return", "other",
]


class OutcomeDoc(_Struct, frozen=True):
    kind: OutcomeKindName
    note: Text | None = None
    references: list[Id] = []


EventKindName = Literal[
    "launch", "docking", "undocking", "relocation", "landing", "spacewalk", "abort", "crew-change", "other"
]
ImageKindName = Literal["mission-patch", "crew-photo", "launch-photo", "spacecraft-photo", "diagram", "other"]


class EventDoc(_Struct, frozen=True):
    time: Time
    kind: EventKindName
    title: Text
    description: Text | None = None
    references: list[Id] = []


class ImageDoc(_Struct, frozen=True):
    kind: ImageKindName
    title: Text
    caption: Text | None = None
    file: Text | None = None
    credit: Text | None = None
    licence: Text | None = None
    source: Url | None = None


class StatedMissionDoc(_Struct, frozen=True):
    mission_duration: Text | None = None
    time_docked: Text | None = None
    crew_size: Annotated[int, msgspec.Meta(ge=0, le=20)] | None = None
    soyuz_flight_number: Annotated[int, msgspec.Meta(ge=1)] | None = None
    crewed_soyuz_number: Annotated[int, msgspec.Meta(ge=1)] | None = None
    # "The Nth flight of the Soyuz programme" counting uncrewed test flights the data does not hold (the German
    # encyclopedia's numbering): kept as printed, not checked.
    soyuz_programme_flight: Annotated[int, msgspec.Meta(ge=1)] | None = None


class StatedPersonDoc(_Struct, frozen=True):
    flights: Annotated[int, msgspec.Meta(ge=0, le=20)] | None = None
    time_in_space: Text | None = None


# --- top-level documents: ``kind`` selects the struct --------------------------------------------------------

class _Document(_Struct, tag_field="kind", frozen=True):
    schema_version: int
    id: Id
    references: list[Id] = []


class ReferenceDoc(_Document, tag="reference", kw_only=True, frozen=True):
    title: Text
    publisher: Text | None = None
    author: Text | None = None
    published: Time | None = None
    url: Url | None = None
    accessed: Time | None = None
    licence: Text | None = None
    note: Text | None = None


class AgencyDoc(_Document, tag="agency", kw_only=True, frozen=True):
    name: Text
    full_name: Text | None = None
    country: Country | None = None


class ProgrammeDoc(_Document, tag="programme", kw_only=True, frozen=True):
    name: Text
    description: Text | None = None


class SiteDoc(_Document, tag="site", kw_only=True, frozen=True):
    name: Text
    role: Literal["launch", "landing"]
    region: Text | None = None
    country: Country | None = None


class CompleteDoc(_Struct, frozen=True):
    """A curator's sourced statement: every crewed ship that docked in this period is in the data."""

    from_: Time = msgspec.field(name="from")
    until: Time
    references: list[Id] = []


class StationDoc(_Document, tag="station", kw_only=True, frozen=True):
    name: Text
    native_name: Text | None = None
    launched: Time | None = None
    reentered: Time | None = None
    ports: list[PortDoc] = []
    notes: list[NoteDoc] = []
    crew_records_complete: CompleteDoc | None = None


class ExpeditionDoc(_Document, tag="expedition", kw_only=True, frozen=True):
    name: Text
    station: Id
    category: Literal["principal", "visiting"] = "principal"
    number: Annotated[int, msgspec.Meta(ge=0)] | None = None
    start: Time | None = None
    end: Time | None = None
    commander: Id | None = None
    members: list[Id] = []
    notes: list[NoteDoc] = []


class PersonDoc(_Document, tag="person", kw_only=True, frozen=True):
    name: Text
    native_name: Text | None = None
    nationality: Country | None = None
    agency: Id | None = None
    birth_date: Time | None = None
    selection_year: Annotated[int, msgspec.Meta(ge=1950, le=2100)] | None = None
    occupation: Text | None = None
    other_flights: list[OtherFlightDoc] = []
    notes: list[NoteDoc] = []
    stated: StatedPersonDoc | None = None


class MissionDoc(_Document, tag="mission", kw_only=True, frozen=True):
    name: Text
    programme: Id
    vehicle_role: Literal["crew", "cargo"] = "crew"
    generation: Text | None = None
    outcomes: list[OutcomeDoc] = []
    mission_type: Text | None = None
    external_ids: ExternalIdsDoc | None = None
    spacecraft: Text | None = None
    spacecraft_type: Text | None = None
    serial: Text | None = None
    callsign: Text | None = None
    manufacturer: Text | None = None
    launch_mass_kg: Annotated[float, msgspec.Meta(gt=0)] | None = None
    launch_vehicle: Text | None = None
    launch: MilestoneDoc | None = None
    landing: MilestoneDoc | None = None
    orbit: OrbitDoc | None = None
    station: Id | None = None
    crew: list[CrewDoc] = []
    backup_crew: list[BackupDoc] = []
    dockings: list[DockingDoc] = []
    events: list[EventDoc] = []
    images: list[ImageDoc] = []
    notes: list[NoteDoc] = []
    stated: StatedMissionDoc | None = None
    alternatives: list[AlternativeDoc] = []


TextPath = Annotated[str, msgspec.Meta(pattern=r"^[a-z_]+(\[\d+\])?(\.[a-z_]+)?$", max_length=60)]


class TranslationDoc(_Document, tag="translation", kw_only=True, frozen=True):
    """Russian or Japanese text for an entity's narrative fields, written in the project's own words."""

    language: Literal["ru", "ja"]
    entity: Id
    texts: dict[TextPath, Text]


Document = (
    ReferenceDoc | AgencyDoc | ProgrammeDoc | SiteDoc | StationDoc | ExpeditionDoc | PersonDoc | MissionDoc
    | TranslationDoc
)
DOCUMENT_TYPES: tuple[type[_Document], ...] = (
    ReferenceDoc, AgencyDoc, ProgrammeDoc, SiteDoc, StationDoc, ExpeditionDoc, PersonDoc, MissionDoc,
    TranslationDoc,
)
KINDS: dict[str, type[_Document]] = {str(t.__struct_config__.tag): t for t in DOCUMENT_TYPES}


def json_schema() -> dict[str, object]:
    """JSON Schema of a data file, for editors and other tools."""
    return msgspec.json.schema(Document)
