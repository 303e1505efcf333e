"""The kiosk's timing rules as a plain state machine (no Qt): attract loop, idle countdown, reset.

The controller feeds it input and clock ticks and acts on what it returns, so every rule is testable without
waiting::

    ATTRACT --touch--> ACTIVE --idle_seconds--> COUNTDOWN --countdown_seconds--> (reset) ATTRACT
                          ^                         |
                          +---------touch-----------+
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum

from soyuz_gui.app.kiosk.config import Step


class Phase(StrEnum):
    ATTRACT = "attract"  # nobody is here: the app tours the data by itself
    ACTIVE = "active"  # a visitor is using it
    COUNTDOWN = "countdown"  # the visitor seems gone: "still there?" with a countdown


class Happened(StrEnum):
    """What a tick or an input changed; the controller updates the screen accordingly."""

    ATTRACT_STOPPED = "attract-stopped"
    ATTRACT_STEP_DUE = "attract-step-due"
    COUNTDOWN_STARTED = "countdown-started"
    COUNTDOWN_CANCELLED = "countdown-cancelled"
    RESET_DUE = "reset-due"


class Session:
    """Timing of one kiosk: when the tour steps, when the countdown starts, when the app resets."""

    def __init__(self, dwell: float, idle: float, countdown: float) -> None:
        self.dwell = dwell
        self.idle = idle
        self.countdown = countdown
        self.phase = Phase.ATTRACT
        self.last_input = 0.0
        self._next_step_at = 0.0
        self._countdown_ends = 0.0

    def start(self, now: float) -> list[Happened]:
        """Begin (or begin again) at the home screen with the attract loop running."""
        self.phase = Phase.ATTRACT
        self.last_input = now
        self._next_step_at = now + self.dwell
        return [Happened.RESET_DUE]

    def touched(self, now: float) -> list[Happened]:
        """A touch, click, key or wheel: the visitor is here."""
        self.last_input = now
        if self.phase == Phase.ATTRACT:
            self.phase = Phase.ACTIVE
            return [Happened.ATTRACT_STOPPED]
        if self.phase == Phase.COUNTDOWN:
            self.phase = Phase.ACTIVE
            return [Happened.COUNTDOWN_CANCELLED]
        return []

    def tick(self, now: float) -> list[Happened]:
        if self.phase == Phase.ACTIVE and now - self.last_input >= self.idle:
            self.phase = Phase.COUNTDOWN
            self._countdown_ends = now + self.countdown
            return [Happened.COUNTDOWN_STARTED]
        if self.phase == Phase.COUNTDOWN and now >= self._countdown_ends:
            return self.start(now)
        if self.phase == Phase.ATTRACT and now >= self._next_step_at:
            # One step per tick even after a long stall (a suspended machine must not replay hours of steps).
            self._next_step_at = max(self._next_step_at + self.dwell, now + self.dwell / 2)
            return [Happened.ATTRACT_STEP_DUE]
        return []

    def countdown_remaining(self, now: float) -> float:
        """Seconds left on the countdown (0 when none is running)."""
        if self.phase != Phase.COUNTDOWN:
            return 0.0
        return max(0.0, self._countdown_ends - now)

    def countdown_seconds_shown(self, now: float) -> int:
        """The whole number shown on screen: counts 15, 14, ... 1."""
        return max(0, math.ceil(self.countdown_remaining(now) - 1e-9))


class Tour:
    """The attract loop's order: every step of the first mission, then of the next, round and round."""

    def __init__(self, missions: Sequence[str], steps: Sequence[Step]) -> None:
        self.missions = list(missions)
        self.steps = list(steps)
        self._index = -1

    def __len__(self) -> int:
        return len(self.missions) * len(self.steps)

    def restart(self) -> None:
        self._index = -1

    def next(self) -> tuple[str, Step] | None:
        if not len(self):
            return None
        self._index = (self._index + 1) % len(self)
        mission, step = divmod(self._index, len(self.steps))
        return self.missions[mission], self.steps[step]
