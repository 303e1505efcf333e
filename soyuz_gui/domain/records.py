"""Values the catalog derives from the entities: spans of time, a person's flights and stays, their roles."""

from __future__ import annotations

from datetime import timedelta

import msgspec

from soyuz_gui.domain.entities import CrewAssignment, Mission
from soyuz_gui.domain.timeutil import Instant, Precision, common_precision


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


class Stay(msgspec.Struct, frozen=True):
    """A person aboard a station from ``start`` until ``end`` (None: still aboard, or the undocking is unknown)."""

    person: str
    station: str
    start: Instant
    end: Instant | None
    arrived_on: str
    left_on: str


class Role(msgspec.Struct, frozen=True):
    """A person's part in a mission, as the person pane lists it."""

    mission: Mission
    assignment: CrewAssignment
    backup: bool
