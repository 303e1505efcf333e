"""The entities of the data set as frozen, typed objects.

They are msgspec Structs rather than dataclasses: immutable and typed the same way, but created in C, which keeps
start-up fast (two dozen frozen dataclasses cost tens of milliseconds to build at import) and lets the start-up
cache decode straight into them. They hold stored facts only. Everything that can be computed from them
(durations, flight ordinals, who was aboard when) lives in :mod:`soyuz_gui.domain.catalog`, so a derived value
can never disagree with its inputs.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import msgspec

from soyuz_gui.domain.timeutil import Instant


class Kind(StrEnum):
    """Entity kinds, as written in a data file's ``kind:`` field."""

    REFERENCE = "reference"
    AGENCY = "agency"
    PROGRAMME = "programme"
    SITE = "site"
    STATION = "station"
    EXPEDITION = "expedition"
    PERSON = "person"
    MISSION = "mission"
    TRANSLATION = "translation"


class EventKind(StrEnum):
    LAUNCH = "launch"
    DOCKING = "docking"
    UNDOCKING = "undocking"
    RELOCATION = "relocation"
    LANDING = "landing"
    SPACEWALK = "spacewalk"
    ABORT = "abort"
    CREW_CHANGE = "crew-change"
    OTHER = "other"


class OutcomeKind(StrEnum):
    """What did not go to plan on a flight (a flight that went to plan has none)."""

    LAUNCH_ABORT = "launch-abort"  # the crew never reached space: not a spaceflight
    DOCKING_FAILED = "docking-failed"
    CREW_LOST = "crew-lost"
    BALLISTIC_REENTRY = "ballistic-reentry"
    OFF_TARGET_LANDING = "off-target-landing"
    UNCREWED = "uncrewed"  # launched without a crew
    LANDED_EMPTY = "landed-empty"  # came home without a crew
    EARLY_RETURN = "early-return"
    OTHER = "other"


# Spacecraft generations as the sources name them, in the order they flew; the tree and timeline group by them.
GENERATIONS: tuple[str, ...] = (
    "7K-OK", "7K-OKS", "7K-T", "7K-TM", "T", "TM", "TMA", "TMA-M", "MS",
    "Apollo", "Space Shuttle", "Crew Dragon", "Starliner",
)


class ExpeditionCategory(StrEnum):
    PRINCIPAL = "principal"  # a resident crew (Salyut/Mir "EO", every ISS expedition)
    VISITING = "visiting"  # a short visit (Salyut/Mir "EP")


class ImageKind(StrEnum):
    MISSION_PATCH = "mission-patch"
    CREW_PHOTO = "crew-photo"
    LAUNCH_PHOTO = "launch-photo"
    SPACECRAFT_PHOTO = "spacecraft-photo"
    DIAGRAM = "diagram"
    OTHER = "other"


class Origin(msgspec.Struct, frozen=True):
    """Where an entity was read from, so messages and the UI can point at the file."""

    path: str
    line: int = 1
    folder: str | None = None  # absolute data folder the file came from; image paths resolve inside it only


class Note(msgspec.Struct, frozen=True):
    """A narrative fact in the project's own words, with the ids it mentions and its sources."""

    text: str
    mentions: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


class Alternative(msgspec.Struct, frozen=True):
    """A value another source gives for a field, kept beside the one the data uses."""

    field: str
    value: str
    reference: str
    note: str | None = None


class Reference(msgspec.Struct, frozen=True):
    id: str
    title: str
    publisher: str | None = None
    author: str | None = None
    published: Instant | None = None
    url: str | None = None
    accessed: date | None = None
    licence: str | None = None
    note: str | None = None
    origin: Origin | None = None


class Agency(msgspec.Struct, frozen=True):
    id: str
    name: str
    full_name: str | None = None
    country: str | None = None
    references: tuple[str, ...] = ()
    origin: Origin | None = None


class Programme(msgspec.Struct, frozen=True):
    id: str
    name: str
    description: str | None = None
    references: tuple[str, ...] = ()
    origin: Origin | None = None


class Site(msgspec.Struct, frozen=True):
    id: str
    name: str
    role: str
    region: str | None = None
    country: str | None = None
    references: tuple[str, ...] = ()
    origin: Origin | None = None


class Port(msgspec.Struct, frozen=True):
    id: str
    name: str
    module: str | None = None
    available_from: Instant | None = None  # None: from the station's launch
    available_until: Instant | None = None  # None: to the station's end


class Station(msgspec.Struct, frozen=True):
    id: str
    name: str
    ports: tuple[Port, ...] = ()
    references: tuple[str, ...] = ()
    origin: Origin | None = None
    native_name: str | None = None
    launched: Instant | None = None
    reentered: Instant | None = None
    notes: tuple[Note, ...] = ()
    # The period in which the data holds every crewed ship that docked (a sourced curator's statement): inside it,
    # "who was aboard" is the whole answer; outside it, the app says the answer may be incomplete.
    complete_from: Instant | None = None
    complete_until: Instant | None = None
    complete_references: tuple[str, ...] = ()

    def port(self, port_id: str | None) -> Port | None:
        return next((p for p in self.ports if p.id == port_id), None)


class Expedition(msgspec.Struct, frozen=True):
    id: str
    name: str
    station: str
    number: int | None = None
    start: Instant | None = None
    end: Instant | None = None
    commander: str | None = None
    members: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    origin: Origin | None = None
    category: ExpeditionCategory = ExpeditionCategory.PRINCIPAL
    notes: tuple[Note, ...] = ()


class OtherFlight(msgspec.Struct, frozen=True):
    """A spaceflight of a person on a vehicle the data set does not model (e.g. a Space Shuttle flight).

    It is a stored fact (name and dates from a source), so flight ordinals and time in space can count it.
    """

    name: str
    launch: Instant
    landing: Instant | None = None
    references: tuple[str, ...] = ()


class Person(msgspec.Struct, frozen=True):
    id: str
    name: str
    native_name: str | None = None
    nationality: str | None = None
    agency: str | None = None
    birth_date: date | None = None
    selection_year: int | None = None
    occupation: str | None = None
    other_flights: tuple[OtherFlight, ...] = ()
    notes: tuple[Note, ...] = ()
    references: tuple[str, ...] = ()
    origin: Origin | None = None
    stated_flights: int | None = None  # totals as a source printed them, checked against the computed ones
    stated_time_in_space: str | None = None


class CrewAssignment(msgspec.Struct, frozen=True):
    """One person's seat on one mission (prime or backup crew)."""

    person: str
    position: str | None = None
    agency: str | None = None
    expeditions: tuple[str, ...] = ()
    launched: bool = True
    landed: bool = True
    stated_flight_ordinal: int | None = None


class Docking(msgspec.Struct, frozen=True):
    """A stay at a station's port, or a docking with another ship (``vehicle``: a mission id)."""

    station: str | None
    port: str | None
    docked: Instant | None = None
    undocked: Instant | None = None
    vehicle: str | None = None


class Outcome(msgspec.Struct, frozen=True):
    kind: OutcomeKind
    note: str | None = None
    references: tuple[str, ...] = ()


class Event(msgspec.Struct, frozen=True):
    time: Instant
    kind: EventKind
    title: str
    description: str | None = None
    references: tuple[str, ...] = ()


class Image(msgspec.Struct, frozen=True):
    kind: ImageKind
    title: str
    caption: str | None = None
    file: str | None = None
    credit: str | None = None
    licence: str | None = None
    source: str | None = None


class Milestone(msgspec.Struct, frozen=True):
    """Launch or landing: when and where."""

    time: Instant | None = None
    site: str | None = None


class Mission(msgspec.Struct, frozen=True):
    id: str
    name: str
    programme: str
    vehicle_role: str = "crew"
    generation: str | None = None
    outcomes: tuple[Outcome, ...] = ()
    mission_type: str | None = None
    cospar_id: str | None = None
    satcat: int | None = None
    spacecraft: str | None = None
    spacecraft_type: str | None = None
    serial: str | None = None
    callsign: str | None = None
    manufacturer: str | None = None
    launch_mass_kg: float | None = None
    launch_vehicle: str | None = None
    launch: Milestone = msgspec.field(default_factory=Milestone)
    landing: Milestone = msgspec.field(default_factory=Milestone)
    orbit_reference: str | None = None
    orbit_regime: str | None = None
    station: str | None = None
    crew: tuple[CrewAssignment, ...] = ()
    backup_crew: tuple[CrewAssignment, ...] = ()
    dockings: tuple[Docking, ...] = ()
    events: tuple[Event, ...] = ()
    images: tuple[Image, ...] = ()
    notes: tuple[Note, ...] = ()
    stated: tuple[tuple[str, str], ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    references: tuple[str, ...] = ()
    origin: Origin | None = None

    def stated_value(self, key: str) -> str | None:
        """A figure as a source printed it (kept to check derived values against)."""
        return dict(self.stated).get(key)

    def has_outcome(self, kind: OutcomeKind) -> bool:
        return any(o.kind == kind for o in self.outcomes)

    @property
    def is_spaceflight(self) -> bool:
        """False for a launch abort: the crew never reached space, so ordinals and totals skip it."""
        return not self.has_outcome(OutcomeKind.LAUNCH_ABORT)

    @property
    def launched_crewed(self) -> bool:
        """A crew rode it up (launch aborts included: the crew was aboard)."""
        return any(seat.launched for seat in self.crew) and not self.has_outcome(OutcomeKind.UNCREWED)


class Translation(msgspec.Struct, frozen=True):
    """Another language's text for an entity's narrative fields, keyed by the field's path (``notes[2]``,
    ``events[0].title``); the English in the entity stays the source."""

    id: str
    language: str
    entity: str
    texts: tuple[tuple[str, str], ...] = ()
    references: tuple[str, ...] = ()
    origin: Origin | None = None


Entity = Reference | Agency | Programme | Site | Station | Expedition | Person | Mission | Translation

KIND_OF: dict[type, Kind] = {
    Reference: Kind.REFERENCE,
    Agency: Kind.AGENCY,
    Programme: Kind.PROGRAMME,
    Site: Kind.SITE,
    Station: Kind.STATION,
    Expedition: Kind.EXPEDITION,
    Person: Kind.PERSON,
    Mission: Kind.MISSION,
    Translation: Kind.TRANSLATION,
}
