"""Where the main window goes: which entity it opens on and which mission comes before or after the current one.

Qt-free decisions; the window keeps the history (:class:`~soyuz_gui.app.history.History`) and shows the result.
"""

from __future__ import annotations

from soyuz_gui.domain import Catalog, Mission

DEFAULT_MISSION = "soyuz-ms-07"


def start_candidates(catalog: Catalog, requested: str | None, last: str | None) -> list[str]:
    """What to open on, best first: the requested id, else the last one shown, else Soyuz MS-07, else the first
    mission; only ids that are in the data."""
    candidates = [requested, last, DEFAULT_MISSION]
    candidates += catalog.ids_in_order()[:1]
    return [c for c in candidates if c and c in catalog]


def mission_after(catalog: Catalog, current: str | None, step: int) -> str | None:
    """The mission ``step`` places after the current one (-1: before it), wrapping around; from something that is
    not a mission, the first (or, going back, the last) mission."""
    missions = catalog.mission_ids()  # the order alone: no mission is decoded to find a neighbour
    if not missions:
        return None
    if isinstance(catalog.get(current or ""), Mission) and current in missions:
        index = (missions.index(current) + step) % len(missions)
    else:
        index = 0 if step > 0 else len(missions) - 1
    return missions[index]
