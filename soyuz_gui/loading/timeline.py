"""Times inside one file must run forwards: launch, docking, undocking, landing; a start before its end.

This is checked per file, before the entity joins the catalog, so a file with an impossible timeline is skipped
like any other invalid file: a negative duration never reaches the app, which could not show it.
"""

from __future__ import annotations

from datetime import datetime

from soyuz_gui.domain.entities import Entity, Expedition, Mission, Person
from soyuz_gui.domain.timeutil import Instant, Precision
from soyuz_gui.loading.yamlsource import Path_

Step = tuple[Path_, str, Instant | None]


def timeline_problem(entity: Entity) -> tuple[Path_, str] | None:
    """The first time that comes before the one it must follow, as (field path, message); None when in order."""
    for steps in _timelines(entity):
        problem = _first_out_of_order(steps)
        if problem is not None:
            return problem
    return None


def _timelines(entity: Entity) -> list[list[Step]]:
    if isinstance(entity, Mission):
        launch: Step = (("launch", "time"), "launch", entity.launch.time)
        landing: Step = (("landing", "time"), "landing", entity.landing.time)
        lines = [[launch,
                  (("dockings", index, "docked"), "docking", docking.docked),
                  (("dockings", index, "undocked"), "undocking", docking.undocked),
                  landing]
                 for index, docking in enumerate(entity.dockings)]
        return [*lines, [launch, landing]]
    if isinstance(entity, Person):
        return [[(("other_flights", index, "launch"), "launch", flight.launch),
                 (("other_flights", index, "landing"), "landing", flight.landing)]
                for index, flight in enumerate(entity.other_flights)]
    if isinstance(entity, Expedition):
        return [[(("start",), "start", entity.start), (("end",), "end", entity.end)]]
    return []


def _first_out_of_order(steps: list[Step]) -> tuple[Path_, str] | None:
    """Each known instant must not come before the previous known one.

    A coarse time stands for the start of its period when the app computes a duration, so ``landing: "2018"``
    after ``launch: "2018-04-02"`` would give a negative flight time: that order is refused as uncertain.
    """
    previous: tuple[str, Instant] | None = None
    for path, label, instant in steps:
        if instant is None:
            continue
        if previous is not None:
            earlier_label, earlier = previous
            shown = f"{label} ({instant.iso()})"
            if before(instant, earlier):
                return path, f"{shown} is before {earlier_label} ({earlier.iso()})"
            if instant.value < earlier.value:
                return path, (f"{shown} may be before {earlier_label} ({earlier.iso()}); "
                              f"give both to the same precision")
        previous = (label, instant)
    return None


def before(later: Instant, earlier: Instant) -> bool:
    """True only when ``later`` is certainly earlier, judged at the coarser precision of the two."""
    precision = min(later.precision, earlier.precision)
    return _truncate(later, precision) < _truncate(earlier, precision)


def _truncate(instant: Instant, precision: Precision) -> datetime:
    v = instant.value
    if precision == Precision.YEAR:
        return v.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    if precision == Precision.MONTH:
        return v.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    if precision == Precision.DAY:
        return v.replace(hour=0, minute=0, second=0, microsecond=0)
    if precision == Precision.MINUTE:
        return v.replace(second=0, microsecond=0)
    return v
