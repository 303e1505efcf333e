"""What the timeline shows: lanes of ranges and points, and background bands.

Qt-free. The widget never walks the catalog itself; it draws a :class:`Timeline`. Every item carries the id of the
entity it stands for (a mission or a person) and a sentence a screen reader can speak.

Two views, each built in its own module from a catalog:

* mission view (:mod:`soyuz_gui.domain.mission_timeline`): the flight's phases, its events, a lane per crew member
  (time in space) and a lane per other vehicle docked at the same station while the ship was there; expeditions
  as bands;
* programme view (:mod:`soyuz_gui.domain.programme_timeline`): every mission as a range, in lanes by spacecraft
  series (packed so ranges never overlap) or by docking port.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter

import msgspec

from soyuz_gui.domain.label import Label
from soyuz_gui.domain.timescale import DAY, TimeMode, format_instant, running_max
from soyuz_gui.domain.timeutil import Precision


class ItemKind(StrEnum):
    """What an item is; the widget picks a shape and fill per kind so colour is never the only cue."""

    FREE_FLIGHT = "free-flight"  # launch to docking, undocking to landing, or a flight that never docked
    DOCKED = "docked"
    RELOCATION = "relocation-flight"
    IN_SPACE = "in-space"  # a crew member's flight
    MISSION = "mission"  # a whole mission (programme view)
    VEHICLE = "vehicle"  # another ship docked at the station
    STATION = "station"  # a station's life in orbit (programme view, by station)
    # points take the event kind's value: launch, docking, undocking, relocation, landing, spacewalk, abort, ...


class LaneKind(StrEnum):
    PHASES = "phases"
    EVENTS = "events"
    CREW = "crew"
    VEHICLE = "vehicle"
    SERIES = "series"
    PORT = "port"
    STATION = "station"


class Grouping(StrEnum):
    """How the programme view groups missions into lanes."""

    SERIES = "series"
    PORT = "port"


_PRECISION_NAME = {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day",
                   Precision.MINUTE: "minute", Precision.SECOND: "second"}


def precision_name(precision: Precision) -> str:
    return _PRECISION_NAME[precision]


class TimelineItem(msgspec.Struct, frozen=True, gc=False):
    """A range (``end > start``) or a point (``end == start``) on one lane.

    A msgspec Struct rather than a frozen dataclass: a million of them build in 0.1 s instead of 2 s. Not tracked
    by the garbage collector (``gc=False``): an item only holds strings, numbers and labels, never a cycle.
    """

    key: str  # unique within its timeline
    lane: int
    start: float
    end: float
    kind: str  # an ItemKind or EventKind value
    label: Label  # what is drawn on or beside the item
    title: str  # the item's name in sentences: "Docking, Soyuz MS-07 at Rassvet nadir"
    entity_id: str | None  # mission or person id the item stands for
    precision: Precision = Precision.MINUTE
    open_end: bool = False  # the end is not known yet (still in flight); drawn to the edge of the data
    short: Label = Label.text("")  # a shorter label for when ``label`` does not fit ("MS-07")
    category: str = ""  # what colours it beyond its kind: a mission's spacecraft generation

    @property
    def is_point(self) -> bool:
        return self.end == self.start

    def when(self, mode: TimeMode = TimeMode.UTC, origin: float | None = None) -> str:
        """The item's time(s) as text in the chosen mode."""
        name = precision_name(self.precision)
        first = format_instant(self.start, mode, origin=origin, precision=name)
        if self.is_point:
            return first
        if self.open_end:
            return f"{first} to now"
        return f"{first} to {format_instant(self.end, mode, origin=origin, precision=name)}"

    def accessible_name(self, mode: TimeMode = TimeMode.UTC, origin: float | None = None) -> str:
        """What a screen reader says: ``Docking, Soyuz MS-07 at Rassvet nadir, 19 Dec 2017 08:39 UTC``."""
        return f"{self.title}, {self.when(mode, origin)}"


@dataclass(frozen=True, slots=True)
class Band:
    """A background period spanning all lanes (an expedition)."""

    start: float
    end: float
    label: str
    entity_id: str | None
    open_end: bool = False
    short: Label = Label.text("")  # "Exp. 54" when the name does not fit


@dataclass(slots=True)
class Lane:
    """One row: its ranges and points, each sorted by time, plus look-up arrays for fast culling."""

    title: str
    kind: LaneKind
    entity_id: str | None = None
    ranges: list[TimelineItem] = field(default_factory=list)
    points: list[TimelineItem] = field(default_factory=list)
    # Arrays, not lists: the garbage collector never walks them (10,000 lists of a million floats cost a 25-70 ms
    # pause in the middle of a zoom when the collector first moved them on).
    range_starts: array[float] = field(default_factory=lambda: array("d"))
    range_ends_max: array[float] = field(default_factory=lambda: array("d"))
    point_times: array[float] = field(default_factory=lambda: array("d"))
    row: int = 1  # a series packed into several rows: which row this is (the title names the series, not the row)

    def finish(self) -> None:
        """Sort the items and build the arrays :func:`bisect` needs."""
        self.ranges.sort(key=_START_END)
        self.points.sort(key=_START)
        self.range_starts = array("d", map(_START, self.ranges))
        self.range_ends_max = array("d", running_max(list(map(_END, self.ranges))))
        self.point_times = array("d", map(_START, self.points))

    def bounds(self) -> tuple[float, float] | None:
        """The earliest start and the latest end of the lane's items (after :meth:`finish`); None when empty."""
        firsts = [times[0] for times in (self.range_starts, self.point_times) if times]
        if not firsts:
            return None
        # A range's start counts too: a bad record may end before it starts.
        lasts = [times[-1] for times in (self.range_ends_max, self.range_starts, self.point_times) if times]
        return min(firsts), max(lasts)


_START = attrgetter("start")
_END = attrgetter("end")
_START_END = attrgetter("start", "end")


@dataclass(slots=True)
class Timeline:
    """Lanes and bands for one view, plus the range to fit and the MET origin (launch), when there is one."""

    title: str
    lanes: list[Lane]
    bands: list[Band] = field(default_factory=list)
    focus: tuple[float, float] = (0.0, DAY)
    extent: tuple[float, float] = (0.0, DAY)
    origin: float | None = None  # launch time; mission elapsed time counts from here
    grouping: Grouping | None = None  # how a programme view groups its lanes; None for one mission
    _order: tuple[TimelineItem, ...] = ()
    # item key -> its place in ``_order``, made at the first look-up (so not part of what makes two timelines equal)
    _index: dict[str, int] | None = field(default=None, compare=False, repr=False)

    def finish(self) -> Timeline:
        """Index the items; call once after building."""
        # Time order is (start, lane, end). Lanes come in order (an item's ``lane`` is its lane's index), each
        # lane's items by end, then one stable sort by start alone: comparing floats, not tuples, is 4x faster.
        everything: list[TimelineItem] = []
        bounds = []
        for lane in self.lanes:
            lane.finish()
            by_end = [*lane.ranges, *lane.points]
            by_end.sort(key=_END)
            everything += by_end
            found = lane.bounds()
            if found is not None:
                bounds.append(found)
        everything.sort(key=_START)
        self._order = tuple(everything)
        self._index = None  # a million keys take 0.4 s to index: only a look-up (keys, selection) pays for it
        # The extent is where the items are; bands only frame them (unless there is nothing else).
        if not bounds:
            bounds = [(b.start, max(b.start, b.end)) for b in self.bands]
        if bounds:
            self.extent = (min(lo for lo, _hi in bounds), max(hi for _lo, hi in bounds))
        return self

    def _keys(self) -> dict[str, int]:
        if self._index is None:
            self._index = dict(zip(map(attrgetter("key"), self._order), range(len(self._order)), strict=True))
        return self._index

    def items(self) -> tuple[TimelineItem, ...]:
        """Every item in time order (the order ←/→ walk)."""
        return self._order  # a tuple: shared, never copied (a screen reader may walk 100,000 of them)

    def item(self, key: str) -> TimelineItem | None:
        index = self._keys().get(key)
        return None if index is None else self._order[index]

    def index_of(self, key: str) -> int:
        return self._keys().get(key, -1)

    def items_for(self, entity_id: str) -> list[TimelineItem]:
        return [i for i in self._order if i.entity_id == entity_id]

    def neighbour(self, key: str | None, step: int) -> TimelineItem | None:
        """The previous (step -1) or next (+1) item in time order; the first or last when nothing is current."""
        if not self._order:
            return None
        if key is None or key not in self._keys():
            return self._order[0] if step > 0 else self._order[-1]
        index = self.index_of(key) + step
        return self._order[min(max(index, 0), len(self._order) - 1)]

    def nearest_in_lane(self, lane: int, t: float) -> TimelineItem | None:
        """The item of a lane closest in time to t (for ↑/↓)."""
        if not 0 <= lane < len(self.lanes):
            return None
        candidates = [*self.lanes[lane].ranges, *self.lanes[lane].points]
        if not candidates:
            return None
        return min(candidates, key=lambda i: 0.0 if i.start <= t <= i.end else min(abs(i.start - t),
                                                                                     abs(i.end - t)))

    def ranges_at(self, lane: int, t: float, slack: float = 0.0) -> list[TimelineItem]:
        """Ranges of a lane that contain t (within ``slack`` seconds), last drawn first."""
        if not 0 <= lane < len(self.lanes):
            return []
        row = self.lanes[lane]
        hi = bisect.bisect_right(row.range_starts, t + slack)
        lo = bisect.bisect_left(row.range_ends_max, t - slack)
        return [i for i in reversed(row.ranges[lo:hi]) if i.start - slack <= t <= i.end + slack]
