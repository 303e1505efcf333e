"""Qt-free entities, derived values and look-ups. Imports nothing outside the standard library."""

from soyuz_gui.domain.catalog import Catalog, display_name
from soyuz_gui.domain.entities import (
    Agency,
    Alternative,
    CrewAssignment,
    Docking,
    Entity,
    Event,
    EventKind,
    Expedition,
    Image,
    ImageKind,
    Kind,
    Milestone,
    Mission,
    Note,
    Origin,
    OtherFlight,
    Person,
    Port,
    Programme,
    Reference,
    Site,
    Station,
)
from soyuz_gui.domain.records import Flight, Role, Span
from soyuz_gui.domain.timeutil import Instant, Precision, parse_instant

__all__ = [
    "Agency", "Alternative", "Catalog", "CrewAssignment", "Docking", "Entity", "Event", "EventKind", "Expedition",
    "Flight", "Image", "ImageKind", "Instant", "Kind", "Milestone", "Mission", "Note", "Origin", "OtherFlight",
    "Person", "Port", "Precision", "Programme", "Reference", "Role", "Site", "Span", "Station", "display_name",
    "parse_instant",
]
