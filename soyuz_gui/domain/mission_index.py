"""What the questions about many missions need of each one, so that they can be answered without every mission
decoded: its place in launch order, programme and role, how it counts in the Soyuz flight numbers, and who sat in
it. A start-up snapshot stores the index and decodes a mission only when it is looked up (issue 19: start-up must
not grow with the data); a catalog built from entities makes the index from its missions at the first question.

Everything here is derived from the missions' own fields, never typed in.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

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


Seats = dict[str, list[int]]  # person -> positions of the missions they had a prime or backup seat in


class MissionIndex(msgspec.Struct, frozen=True, gc=False):
    missions: list[MissionSummary]      # in launch order (those without a launch time last, by name)
    by_programme: dict[str, list[int]]  # programme -> positions in ``missions``
    # The seats (:data:`Seats`), the largest part of the index, in buckets by a hash of the person's id, each still
    # encoded: a page asks about a handful of people, and decodes their buckets alone (see seats_in).
    seats: list[msgspec.Raw]


_PEOPLE_PER_BUCKET = 8


def seat_bucket(index: MissionIndex, person_id: str) -> int:
    """Which of the index's seat buckets holds this person's seats."""
    return _bucket_of(person_id, len(index.seats))


def _bucket_of(person_id: str, buckets: int) -> int:
    return zlib.crc32(person_id.encode()) % max(1, buckets)  # the same in every process, unlike hash()


def seats_in(index: MissionIndex, bucket: int) -> Seats:
    """One bucket's seats, decoded."""
    return msgspec.msgpack.decode(index.seats[bucket], type=Seats) if bucket < len(index.seats) else {}


def _in_buckets(seats: Seats) -> list[msgspec.Raw]:
    buckets: list[Seats] = [{} for _ in range(max(1, len(seats) // _PEOPLE_PER_BUCKET))]
    for person_id, positions in seats.items():
        buckets[_bucket_of(person_id, len(buckets))][person_id] = positions
    return [msgspec.Raw(msgspec.msgpack.encode(bucket)) for bucket in buckets]


def launch_order(missions: Iterable[Mission]) -> list[Mission]:
    return sorted(missions, key=_launch_sort_key)


def index_of(missions_in_order: list[Mission]) -> MissionIndex:
    summaries: list[MissionSummary] = []
    by_programme: dict[str, list[int]] = {}
    seats: Seats = {}
    for position, mission in enumerate(missions_in_order):
        counts = (CREWED_SPACEFLIGHT if crewed_spaceflight(mission) else 0) \
            | (LAUNCHED_CREWED if mission.launched_crewed else 0) | (SOYUZ_FLIGHT if soyuz_flight(mission) else 0)
        summaries.append(MissionSummary(mission.id, mission.programme, mission.vehicle_role,
                                        mission.launch.time is not None, counts))
        by_programme.setdefault(mission.programme, []).append(position)
        for person in dict.fromkeys(a.person for a in (*mission.crew, *mission.backup_crew)):
            seats.setdefault(person, []).append(position)
    return MissionIndex(summaries, by_programme, _in_buckets(seats))


def crewed_spaceflight(mission: Mission) -> bool:
    return mission.launched_crewed and mission.is_spaceflight


def soyuz_flight(mission: Mission) -> bool:
    if mission.has_outcome(OutcomeKind.UNCREWED):
        return (mission.generation or "").startswith("7K")  # Soyuz 2, 20 and 34 carry numbers; later tests not
    return crewed_spaceflight(mission)


def _launch_sort_key(mission: Mission) -> tuple[int, float, str]:
    launch = mission.launch.time
    return (0, launch.value.timestamp(), mission.name) if launch else (1, 0.0, mission.name)


class MissionIds(Sequence[str]):
    """The ids of the index's missions at some positions, read only as they are asked for: a list of thousands of
    ids is neither built nor copied to hand out a screenful (issue 19). Slices are views of the same positions."""

    __slots__ = ("_missions", "_positions", "_range")

    def __init__(self, missions: list[MissionSummary], positions: Sequence[int], window: range | None = None) -> None:
        self._missions, self._positions = missions, positions
        self._range = range(len(positions)) if window is None else window

    def __len__(self) -> int:
        return len(self._range)

    @overload
    def __getitem__(self, item: int) -> str: ...

    @overload
    def __getitem__(self, item: slice) -> MissionIds: ...

    def __getitem__(self, item: int | slice) -> str | MissionIds:
        if isinstance(item, slice):
            return MissionIds(self._missions, self._positions, self._range[item])
        return self._missions[self._positions[self._range[item]]].id

    def __iter__(self) -> Iterator[str]:
        missions, positions = self._missions, self._positions
        return (missions[positions[at]].id for at in self._range)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list


def positions_of(index: MissionIndex, programmes: Iterable[str]) -> list[int]:
    """The positions of these programmes' missions, in launch order."""
    lists = [index.by_programme.get(p, []) for p in programmes]
    return lists[0] if len(lists) == 1 else sorted(at for found in lists for at in found)
