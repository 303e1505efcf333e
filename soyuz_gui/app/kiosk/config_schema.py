"""The kiosk config's schema: every key, its type, its limits and its safe default (a msgspec struct). No Qt here.

Reading a file into it is config_parse.py; checking what it names against the data is config_references.py.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

import msgspec

SCHEMA_VERSION = 1

Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
PinHash = Annotated[
    str, msgspec.Meta(pattern=r"^pbkdf2_sha256\$[0-9]{5,7}\$[A-Za-z0-9_=-]{16,64}\$[A-Za-z0-9_=-]{43,88}$")
]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(?:_[A-Z]{2})?$")]
Seconds = Annotated[float, msgspec.Meta(ge=1.0, le=86_400.0)]


class Corner(StrEnum):
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM_RIGHT = "bottom-right"


class Step(StrEnum):
    """What the attract loop shows of each mission, in this order unless the config says otherwise."""

    OVERVIEW = "overview"
    CREW = "crew"
    TIMELINE = "timeline"
    PATCH = "patch"


StepName = Literal["overview", "crew", "timeline", "patch"]
CornerName = Literal["top-left", "top-right", "bottom-left", "bottom-right"]


class KioskConfig(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    """Every key is optional; the defaults are the safe configuration used when a file is missing or broken."""

    schema_version: Literal[1] = 1
    home_mission: Id | None = None
    """Mission shown on the home screen (default: ``--mission``, else Soyuz MS-07, else the first mission)."""
    playlist: Annotated[list[Id], msgspec.Meta(max_length=500)] = []
    """Missions the attract loop tours, in order (default: every crewed mission in launch order)."""
    attract_steps: Annotated[list[StepName], msgspec.Meta(min_length=1, max_length=8)] = msgspec.field(
        default_factory=lambda: ["overview", "crew", "timeline", "patch"])
    dwell_seconds: Annotated[float, msgspec.Meta(ge=2.0, le=600.0)] = 12.0
    idle_seconds: Annotated[float, msgspec.Meta(ge=10.0, le=86_400.0)] = 90.0
    """Seconds without a touch, click or key before the "still there?" countdown appears."""
    countdown_seconds: Annotated[float, msgspec.Meta(ge=3.0, le=300.0)] = 15.0
    cursor_hide_seconds: Annotated[float, msgspec.Meta(ge=1.0, le=3600.0)] = 3.0
    exit_corner: CornerName = "top-right"
    exit_corner_size: Annotated[int, msgspec.Meta(ge=40, le=400)] = 110
    exit_taps: Annotated[int, msgspec.Meta(ge=3, le=12)] = 5
    exit_tap_seconds: Annotated[float, msgspec.Meta(ge=1.0, le=20.0)] = 4.0
    pin_hash: PinHash | None = None
    """Without a PIN hash the operator exit is disabled (stop the service instead)."""
    pin_attempts: Annotated[int, msgspec.Meta(ge=1, le=20)] = 5
    pin_lockout_seconds: Annotated[float, msgspec.Meta(ge=5.0, le=3600.0)] = 60.0
    pin_pad_timeout_seconds: Annotated[float, msgspec.Meta(ge=5.0, le=600.0)] = 30.0
    font_scale: Annotated[float, msgspec.Meta(ge=0.75, le=3.0)] = 1.5
    screen_dpi: Annotated[float, msgspec.Meta(ge=60.0, le=700.0)] | None = None
    """The screen's physical dots per inch, when the screen reports a wrong value (sizes text and touch targets)."""
    language: Language | None = None
    """Interface language (``en``, ``ru``, ``ja``...); default: ``--lang``, else the system's language."""
    inhibit_screen_blanking: bool = True
    log_max_bytes: Annotated[int, msgspec.Meta(ge=10_000, le=100_000_000)] = 1_000_000
    log_backups: Annotated[int, msgspec.Meta(ge=1, le=50)] = 5
    heartbeat_seconds: Annotated[float, msgspec.Meta(ge=5.0, le=3600.0)] = 30.0
    """How often the status file for monitoring (``kiosk-status.json``) is rewritten while the kiosk is healthy."""
    usage_counts: bool = False
    """Count sessions, missions opened and languages chosen per day in ``kiosk-usage.json`` (no personal data)."""

    @property
    def corner(self) -> Corner:
        return Corner(self.exit_corner)

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(Step(name) for name in self.attract_steps)


FIELDS: tuple[str, ...] = tuple(f.name for f in msgspec.structs.fields(KioskConfig))


def json_schema() -> dict[str, Any]:
    """JSON Schema of the kiosk config (for editors)."""
    return msgspec.json.schema(KioskConfig)
