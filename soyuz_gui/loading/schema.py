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
# Times are checked by the domain parser (its messages name the precision); the pattern is for editors only.
TIME_PATTERN = (r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
Time = Annotated[str, msgspec.Meta(
    min_length=4, max_length=40,
    description="ISO 8601 time in UTC with the precision the source gives: 2017, 2017-12, 2017-12-17, "
                "2017-12-17T07:21Z or 2017-12-17T07:21:01Z; a time of day needs a zone (Z or +03:00)",
    examples=["2017-12-17T07:21Z", "2017-12-17", "2017-12"],
    extra_json_schema={"pattern": TIME_PATTERN, "format": "soyuz-time"})]
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


class CommanderDoc(_Struct, frozen=True):
    """One commander of an expedition; several when command changed hands during it."""

    person: Id
    from_: Time | None = msgspec.field(default=None, name="from")
    until: Time | None = None
    references: list[Id] = []


class ExpeditionDoc(_Document, tag="expedition", kw_only=True, frozen=True):
    name: Text
    station: Id
    category: Literal["principal", "visiting"] = "principal"
    number: Annotated[int, msgspec.Meta(ge=0)] | None = None
    start: Time | None = None
    end: Time | None = None
    commander: Id | None = None
    commanders: list[CommanderDoc] = []
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


SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:soyuz-gui:schema:data-file:v{SCHEMA_VERSION}"  # a name, not a download location

# Field descriptions for editors' tooltips: per struct, with a table of names that mean the same everywhere.
_COMMON = {
    "schema_version": f"Version of the data format; this app reads {SCHEMA_VERSION}",
    "kind": "What the file describes: " + ", ".join(sorted(("reference", "agency", "programme", "site", "station",
                                                              "expedition", "person", "mission", "translation"))),
    "id": "Unique lower-case id; the file must be named <id>.yaml",
    "name": "Name as the sources write it",
    "native_name": "Name in its native script (Cyrillic, kana, ...)",
    "references": "Ids of the reference files that give these facts",
    "notes": "Sourced notes shown on the page",
    "note": "A remark on this value",
    "text": "The note's text",
    "mentions": "Ids of entities the note talks about (they link back)",
    "country": "ISO 3166 alpha-2 country code, e.g. RU",
    "nationality": "ISO 3166 alpha-2 country code, e.g. RU",
    "agency": "Id of the agency",
    "station": "Id of the station",
    "person": "Id of the person",
    "position": "Crew position: commander, flight-engineer, flight-engineer-1, research-cosmonaut, ...",
    "description": "Longer text",
    "title": "Title as the source gives it",
    "time": "When it happened",
    "from": "Start of the period (time)",
    "until": "End of the period (time)",
    "start": "When it began (time)",
    "end": "When it ended (time)",
    "launch": "Launch time and site",
    "landing": "Landing time and site",
    "site": "Id of the launch or landing site",
    "stated": "Figures as a source prints them; the checks compare them with the computed ones",
    "url": "Web address",
    "source": "Web address of the page the image comes from",
    "module": "Station module the port belongs to",
    "field": "Which field the other source disagrees on",
    "value": "The other source's value",
    "reference": "Id of the reference that gives it",
    "file": "Image file, relative to the data folder's images/",
    "credit": "Who made it",
    "licence": "Licence it is used under",
    "caption": "Caption shown under it",
}
_FIELDS: dict[str, dict[str, str]] = {
    "ReferenceDoc": {"publisher": "Publisher or site", "author": "Author", "published": "Publication date (time)",
                     "accessed": "When the page was read (time)", "licence": "Licence of the text"},
    "AgencyDoc": {"full_name": "Full official name"},
    "ProgrammeDoc": {},
    "SiteDoc": {"role": "launch or landing", "region": "Region or oblast"},
    "StationDoc": {"launched": "Launch of the first module (time)", "reentered": "Re-entry (time)",
                   "ports": "Docking ports", "crew_records_complete":
                   "Period in which the data holds every crewed ship that docked (a sourced statement)"},
    "ExpeditionDoc": {"category": "principal (resident crew, the default) or visiting (short visiting crew)",
                      "number": "Expedition number", "commander": "Id of the commander (one for the whole "
                      "expedition; use commanders for a change of command)",
                      "commanders": "Commanders in order, each with from/until when command changed hands",
                      "members": "Ids of members whose flight is not in the data"},
    "CommanderDoc": {"from": "When this person took command (time)", "until": "When they handed over (time)"},
    "PersonDoc": {"birth_date": "Date of birth (time, day precision)", "selection_year": "Year of selection",
                  "occupation": "Occupation before spaceflight",
                  "other_flights": "Flights on vehicles the data does not model (name and dates)"},
    "MissionDoc": {"programme": "Id of the programme", "vehicle_role": "crew (the default) or cargo",
                   "generation": "Spacecraft generation (7K-OK, T, TM, TMA, TMA-M, MS, ...)",
                   "outcomes": "What did not go to plan (abort, failed docking, ...)",
                   "mission_type": "Kind of mission as sources call it", "external_ids": "COSPAR, SATCAT, ...",
                   "spacecraft": "Spacecraft", "spacecraft_type": "Spacecraft type", "serial": "Serial number",
                   "callsign": "Radio callsign", "manufacturer": "Manufacturer",
                   "launch_mass_kg": "Launch mass in kilograms", "launch_vehicle": "Rocket",
                   "orbit": "Orbit", "crew": "Crew seats", "backup_crew": "Backup crew",
                   "dockings": "Dockings in time order", "events": "Events (spacewalks, relocations, ...)",
                   "images": "Images (patch, photos, diagrams)",
                   "alternatives": "Values other sources give"},
    "CrewDoc": {"expeditions": "Ids of the expeditions the person joined",
                "launched": "false when the person did not launch on this ship",
                "landed": "false when the person did not land on this ship"},
    "BackupDoc": {}, "MilestoneDoc": {}, "OrbitDoc": {"reference_system": "e.g. geocentric", "regime": "e.g. LEO"},
    "ExternalIdsDoc": {"cospar": "COSPAR id, e.g. 2017-081A", "satcat": "NORAD SATCAT number",
                       "wikidata": "Wikidata id, e.g. Q123", "ll2": "Launch Library 2 id"},
    "DockingDoc": {"port": "Id of the port on the station", "vehicle": "Id of the other ship (ship-to-ship)",
                   "docked": "Docking time", "undocked": "Undocking time"},
    "OutcomeDoc": {"kind": "What happened"}, "EventDoc": {"kind": "Kind of event"},
    "ImageDoc": {"kind": "Kind of image"},
    "StatedMissionDoc": {"mission_duration": "Duration as the source prints it",
                         "time_docked": "Time docked as the source prints it", "crew_size": "Crew size",
                         "soyuz_flight_number": "Ordinal among all Soyuz flights",
                         "crewed_soyuz_number": "Ordinal among crewed Soyuz flights",
                         "soyuz_programme_flight": "Ordinal in the Soyuz programme as the source counts it "
                                                   "(with uncrewed Kosmos test flights)"},
    "StatedPersonDoc": {"flights": "Number of spaceflights", "time_in_space": "Total time in space"},
    "StatedCrewDoc": {"flight_ordinal": "Which spaceflight of the person this was"},
    "NoteDoc": {}, "AlternativeDoc": {}, "OtherFlightDoc": {"name": "Flight name, e.g. STS-71"},
    "PortDoc": {"id": "Port id, unique on the station", "name": "Port name"},
    "CompleteDoc": {},
    "TranslationDoc": {"language": "ru or ja", "entity": "Id of the entity whose texts these are",
                       "texts": "Translated text by field path (e.g. notes[0].text)"},
}


def field_description(struct: str, name: str) -> str | None:
    return _FIELDS.get(struct, {}).get(name) or _COMMON.get(name)


def json_schema(kind: str | None = None) -> dict[str, object]:
    """JSON Schema of a data file (or of one kind's file), for editors and other tools: ``$schema``, ``$id``,
    a description for every field (editors show them as tooltips) and a pattern for times."""
    target: object = Document if kind is None else KINDS[kind]
    result: dict[str, object] = {"$schema": SCHEMA_DIALECT,
                                 "$id": SCHEMA_ID if kind is None else f"{SCHEMA_ID}:{kind}",
                                 "title": "Soyuz Mission Browser data file" + (f" ({kind})" if kind else "")}
    result.update(msgspec.json.schema(target))
    definitions = result.get("$defs", {})
    assert isinstance(definitions, dict)
    for struct, definition in definitions.items():
        for name, prop in definition.get("properties", {}).items():
            text = field_description(struct, name)
            if text and "description" not in prop:
                prop["description"] = text
    return result
