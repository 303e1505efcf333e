"""Names of spacecraft generations ("Soyuz TMA", "Space Shuttle") and their order, for lanes, legends and the tree."""

from __future__ import annotations

from soyuz_gui.domain.entities import GENERATIONS, Mission


def generation_label(mission: Mission) -> str:
    """The lane and legend name of a mission's spacecraft generation: ``Soyuz TMA``, ``Space Shuttle``."""
    generation = mission.generation
    if generation is None:
        return mission.spacecraft or mission.programme
    if mission.programme == "soyuz" and generation in GENERATIONS[:9]:
        return f"Soyuz {generation}"
    return generation


def generation_order(label: str) -> tuple[int, str]:
    names = [f"Soyuz {g}" for g in GENERATIONS[:9]] + list(GENERATIONS[9:])
    return (names.index(label), label) if label in names else (len(names), label)
