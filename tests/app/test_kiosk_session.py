"""The kiosk's timing rules and tour order, without Qt."""

from __future__ import annotations

import pytest

from soyuz_gui.app.kiosk.clock import ManualClock, MonotonicClock
from soyuz_gui.app.kiosk.config import Step
from soyuz_gui.app.kiosk.session import Happened, Phase, Session, Tour


def test_clocks():
    clock = ManualClock(5.0)
    assert clock.now() == 5.0
    assert clock.advance(2.5) == 7.5
    with pytest.raises(ValueError, match="go back"):
        clock.advance(-1)
    real = MonotonicClock()
    assert real.now() <= real.now()


def test_attract_steps_every_dwell_until_touched():
    session = Session(dwell=10, idle=60, countdown=15)
    assert session.start(0) == [Happened.RESET_DUE]
    assert session.tick(9.9) == []
    assert session.tick(10) == [Happened.ATTRACT_STEP_DUE]
    assert session.tick(15) == []
    assert session.tick(20) == [Happened.ATTRACT_STEP_DUE]
    assert session.touched(21) == [Happened.ATTRACT_STOPPED]
    assert session.phase == Phase.ACTIVE
    assert session.tick(30) == []  # no more tour while a visitor is here


def test_idle_countdown_then_reset():
    session = Session(dwell=10, idle=60, countdown=15)
    session.start(0)
    session.touched(0)
    assert session.tick(59.9) == []
    assert session.tick(60) == [Happened.COUNTDOWN_STARTED]
    assert session.countdown_seconds_shown(60) == 15
    assert session.countdown_seconds_shown(60.5) == 15
    assert session.countdown_seconds_shown(61) == 14
    assert session.countdown_seconds_shown(74.2) == 1
    assert session.tick(74.9) == []
    assert session.tick(75) == [Happened.RESET_DUE]
    assert session.phase == Phase.ATTRACT
    assert session.countdown_remaining(75) == 0.0


def test_any_input_cancels_the_countdown():
    session = Session(dwell=10, idle=60, countdown=15)
    session.start(0)
    session.touched(1)
    session.tick(61)
    assert session.touched(70) == [Happened.COUNTDOWN_CANCELLED]
    assert session.tick(100) == []  # the idle time starts again from the touch
    assert session.tick(130) == [Happened.COUNTDOWN_STARTED]


def test_a_stalled_clock_does_not_replay_missed_steps():
    session = Session(dwell=10, idle=60, countdown=15)
    session.start(0)
    assert session.tick(10_000) == [Happened.ATTRACT_STEP_DUE]
    assert session.tick(10_001) == []


def test_tour_goes_through_every_step_of_each_mission_in_turn():
    tour = Tour(["a", "b"], [Step.OVERVIEW, Step.CREW])
    seen = [tour.next() for _ in range(5)]
    assert seen == [("a", Step.OVERVIEW), ("a", Step.CREW), ("b", Step.OVERVIEW), ("b", Step.CREW),
                    ("a", Step.OVERVIEW)]
    tour.restart()
    assert tour.next() == ("a", Step.OVERVIEW)
    assert Tour([], [Step.CREW]).next() is None


def test_trim_heap_is_safe_to_call():
    import sys

    from soyuz_gui.app.kiosk.memory import trim_heap

    result = trim_heap()
    assert isinstance(result, bool)
    if not sys.platform.startswith("linux"):
        assert result is False
