"""Where a person was aboard a station, and when, from the dockings of the ships that took them up and down."""

from __future__ import annotations

from soyuz_gui.domain.entities import Mission
from soyuz_gui.domain.timeutil import Instant


def station_groups(mission: Mission) -> list[tuple[str, Instant, Instant | None]]:
    """A ship's station dockings merged into stays: consecutive dockings at one station (relocations) are one."""
    groups: list[tuple[str, Instant, Instant | None]] = []
    dockings = sorted((d for d in mission.dockings if d.station and d.docked), key=lambda d: d.docked.value)  # type: ignore[union-attr]
    for docking in dockings:
        assert docking.station is not None and docking.docked is not None
        end = docking.undocked
        if groups and groups[-1][0] == docking.station:
            station, start, previous_end = groups[-1]
            groups[-1] = (station, start, _later(previous_end, end))
        else:
            groups.append((docking.station, docking.docked, end))
    return groups


def _later(first: Instant | None, second: Instant | None) -> Instant | None:
    if first is None or second is None:
        return None
    return second if second.value >= first.value else first


def presence(up: Mission, down: Mission) -> list[tuple[str, Instant, Instant | None]]:
    """Where a person who launched on ``up`` and landed on ``down`` was aboard a station, and when."""
    groups = station_groups(up)
    if down.id == up.id or not groups:
        return groups
    station, start, _ = groups[-1]
    # They stayed where their first ship left them until the ship that took them home undocked from there.
    leaving = [end for s, _, end in station_groups(down) if s == station]
    if leaving:
        groups[-1] = (station, start, None if any(e is None for e in leaving) else max(leaving, key=lambda e: e.value))  # type: ignore[union-attr]
    return groups
