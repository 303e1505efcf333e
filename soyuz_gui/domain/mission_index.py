"""What the questions about many missions need of each one, so that they can be answered without every mission
decoded: its place in launch order, programme and role, how it counts in the Soyuz flight numbers, and who sat in
it. A start-up snapshot stores the index and decodes a mission only when it is looked up (issue 19: start-up must
not grow with the data); a catalog built from entities makes the index from its missions at the first question.

Everything here is derived from the missions' own fields, never typed in.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from soyuz_gui.domain.entities import Mission, OutcomeKind

# Conventions a mission counts in (bits of MissionSummary.counts); see Catalog.crewed_soyuz_numbers.
CREWED_SPACEFLIGHT = 1  # launched with a crew and reached space
LAUNCHED_CREWED = 2     # launched with a crew, whatever happened then
SOYUZ_FLIGHT = 4        # numbered as a Soyuz flight by the English encyclopedia articles


class MissionSummary(msgspec.Struct, frozen=True, array_like=True, gc=False):
    id: str
    programme: str
    vehicle_role: str
    launched: bool  # has a launch time
    counts: int     # the conventions above it counts in


class MissionIndex(msgspec.Struct, frozen=True, gc=False):
    missions: list[MissionSummary]      # in launch order (those without a launch time last, by name)
    by_programme: dict[str, list[int]]  # programme -> positions in ``missions``
    seats: dict[str, list[int]]         # person -> positions of the missions they had a prime or backup seat in


def launch_order(missions: Iterable[Mission]) -> list[Mission]:
    return sorted(missions, key=_launch_sort_key)


def index_of(missions_in_order: list[Mission]) -> MissionIndex:
    summaries: list[MissionSummary] = []
    by_programme: dict[str, list[int]] = {}
    seats: dict[str, list[int]] = {}
    for position, mission in enumerate(missions_in_order):
        counts = (CREWED_SPACEFLIGHT if crewed_spaceflight(mission) else 0) \
            | (LAUNCHED_CREWED if mission.launched_crewed else 0) | (SOYUZ_FLIGHT if soyuz_flight(mission) else 0)
        summaries.append(MissionSummary(mission.id, mission.programme, mission.vehicle_role,
                                        mission.launch.time is not None, counts))
        by_programme.setdefault(mission.programme, []).append(position)
        for person in dict.fromkeys(a.person for a in (*mission.crew, *mission.backup_crew)):
            seats.setdefault(person, []).append(position)
    return MissionIndex(summaries, by_programme, seats)


def crewed_spaceflight(mission: Mission) -> bool:
    return mission.launched_crewed and mission.is_spaceflight


def soyuz_flight(mission: Mission) -> bool:
    if mission.has_outcome(OutcomeKind.UNCREWED):
        return (mission.generation or "").startswith("7K")  # Soyuz 2, 20 and 34 carry numbers; later tests not
    return crewed_spaceflight(mission)


def _launch_sort_key(mission: Mission) -> tuple[int, float, str]:
    launch = mission.launch.time
    return (0, launch.value.timestamp(), mission.name) if launch else (1, 0.0, mission.name)
