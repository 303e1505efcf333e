"""Where things go in the timeline view, in pure Python: lane rows, hit-testing, label fitting, cluster caches.

Qt-free (tested without a window). The painter, the input handlers and the accessibility interfaces ask these
helpers; tick placement and point clustering live one level down, in :mod:`soyuz_gui.domain.timescale`.

``LANE_HEIGHT`` is read at call time (``geometry.LANE_HEIGHT``), never copied: the kiosk raises it to its touch size.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from soyuz_gui.domain.timeline import Timeline, TimelineItem
from soyuz_gui.domain.timescale import Cluster, GapOrder, TimeScale, clusters_between, hit_cluster, lane_at

AXIS_HEIGHT = 46  # two label rows: context (major) above, ticks (minor) below
BAND_HEIGHT = 20  # expedition names
LANE_HEIGHT = 30
GUTTER = 176  # lane titles
MARKER = 6.0  # half size of a point's shape
SPRITE_HALF = MARKER + 4  # half the side of a marker's bitmap (room for the outline)
CLUSTER_GAP = 2 * MARKER + 2  # points closer than this merge into a counted cluster: shapes never overlap
ZOOM_STEP = 1.6
SPRITES_PER_FRAME = 24  # new cluster bitmaps one frame may make; the rest are drawn directly that frame
LANES_TOP = float(AXIS_HEIGHT + BAND_HEIGHT)  # where the first lane starts, below the axis and the band names


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under the pointer: one item, or a cluster of points of a lane."""

    lane: int
    item: TimelineItem | None = None
    cluster: Cluster | None = None
    members: tuple[TimelineItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in widget coordinates (the view turns it into a ``QRectF``)."""

    x: float
    y: float
    width: float
    height: float


def lane_height() -> int:
    return LANE_HEIGHT


def lane_y(lane: int, offset: float) -> float:
    """The top of a lane's row, ``offset`` being the vertical scroll."""
    return LANES_TOP + lane * LANE_HEIGHT - offset


def content_height(lanes: int) -> int:
    """The height every lane needs, axis and bands included."""
    return int(LANES_TOP + lanes * LANE_HEIGHT + 8)


def visible_lanes(top: float, bottom: float, offset: float, lanes: int) -> range:
    """The lanes a strip between ``top`` and ``bottom`` (widget y) shows at a scroll ``offset``."""
    first = max(int((top + offset - LANES_TOP) // LANE_HEIGHT), 0)
    last = min(int((bottom + offset - LANES_TOP) // LANE_HEIGHT) + 1, lanes)
    return range(first, max(first, last))


def item_box(item: TimelineItem, scale: TimeScale, offset: float) -> Box:
    """Where an item is drawn: a point's marker square, or a range's bar (at least 2 px wide)."""
    top = lane_y(item.lane, offset)
    x0 = GUTTER + scale.x_for(item.start)
    if item.is_point:
        return Box(x0 - MARKER, top + LANE_HEIGHT / 2 - MARKER, 2 * MARKER, 2 * MARKER)
    x1 = GUTTER + scale.x_for(item.end)
    return Box(x0, top + 5, max(x1 - x0, 2.0), LANE_HEIGHT - 10)


def fitting_label(candidates: Sequence[str], width: float, measure: Callable[[str], float],
                  elide: Callable[[str, float], str]) -> str:
    """The first candidate that fits whole; a long first one may be elided, never cut to a stub like "So…"."""
    for text in candidates:
        if text and measure(text) <= width:
            return text
    if width >= 90 and candidates and candidates[0]:
        return elide(candidates[0], width)
    return ""


class ClusterCache:
    """Clusters of each lane's points at one zoom, made on a scale anchored at the epoch.

    They depend on the zoom only, so a pan reuses them (x in view = cluster x - shift); a new zoom starts afresh.
    Per zoom a lane keeps only where its clusters break (from its :class:`GapOrder`, made once per timeline); a frame
    builds the clusters it shows (:meth:`visible`), a hit-test or a caller of :meth:`lane` the whole lane's.
    """

    def __init__(self) -> None:
        self._spp = 0.0
        self._breaks: dict[int, array[int]] = {}
        self._lanes: dict[int, list[Cluster]] = {}
        self._gaps: dict[int, GapOrder] = {}

    def clear(self) -> None:
        """Forget everything (a new timeline)."""
        self._breaks.clear()
        self._lanes.clear()
        self._gaps.clear()

    def _lane_breaks(self, timeline: Timeline, lane: int, spp: float) -> array[int]:
        if self._spp != spp:
            self._breaks.clear()
            self._lanes.clear()
            self._spp = spp
        found = self._breaks.get(lane)
        if found is None:
            gaps = self._gaps.get(lane)
            if gaps is None:
                gaps = self._gaps.setdefault(lane, GapOrder.of(timeline.lanes[lane].point_times))
            found = self._breaks.setdefault(lane, gaps.breaks(CLUSTER_GAP, spp))
        return found

    def lane(self, timeline: Timeline, lane: int, scale: TimeScale) -> tuple[list[Cluster], float]:
        """Every cluster of a lane, and the shift from their x to the view's x."""
        breaks = self._lane_breaks(timeline, lane, scale.spp)
        found = self._lanes.get(lane)
        if found is None:
            found = clusters_between(timeline.lanes[lane].point_times, breaks, scale.spp, -math.inf, math.inf)
            self._lanes[lane] = found
        return found, scale.start / scale.spp

    def visible(self, timeline: Timeline, lane: int, scale: TimeScale, x_lo: float,
                x_hi: float) -> tuple[list[Cluster], float]:
        """The clusters of a lane that reach into view x [x_lo, x_hi] (wider than ``CLUSTER_GAP``), and the shift."""
        breaks = self._lane_breaks(timeline, lane, scale.spp)
        shift = scale.start / scale.spp
        return clusters_between(timeline.lanes[lane].point_times, breaks, scale.spp, x_lo + shift,
                                x_hi + shift), shift


def hit_at(timeline: Timeline, scale: TimeScale, clusters: ClusterCache, x: float, y: float,
           offset: float) -> Hit | None:
    """The item or cluster at widget position (x, y), or None over empty space, the axis or the gutter."""
    if x < GUTTER or x > GUTTER + scale.width or y < LANES_TOP:
        return None
    lane = lane_at(y + offset, LANES_TOP, LANE_HEIGHT, len(timeline.lanes))
    if lane is None:
        return None
    data_x = x - GUTTER
    row = timeline.lanes[lane]
    if row.points:
        found, shift = clusters.lane(timeline, lane, scale)
        cluster = hit_cluster(found, data_x + shift, MARKER + 2)
        if cluster is not None:
            members = tuple(row.points[cluster.first:cluster.last + 1])
            if cluster.count == 1:
                return Hit(lane, item=members[0])
            return Hit(lane, cluster=cluster, members=members)
    ranges = timeline.ranges_at(lane, scale.t_for(data_x), slack=2 * scale.spp)
    if ranges:
        return Hit(lane, item=ranges[0])
    return None
