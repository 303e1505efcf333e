"""The timeline's geometry without a window: lane rows, item boxes, hit-testing, label fitting, cluster caching."""

from __future__ import annotations

import subprocess
import sys

from soyuz_gui.domain.label import Label
from soyuz_gui.domain.timeline import ItemKind, Lane, LaneKind, Timeline, TimelineItem
from soyuz_gui.domain.timescale import DAY, TimeScale
from soyuz_gui.widgets.timeline import geometry
from soyuz_gui.widgets.timeline.geometry import (
    GUTTER,
    LANES_TOP,
    MARKER,
    ClusterCache,
    content_height,
    fitting_label,
    hit_at,
    item_box,
    lane_y,
    visible_lanes,
)

T0 = 1.5e9


def _item(key: str, lane: int, start: float, end: float, kind: str = ItemKind.MISSION) -> TimelineItem:
    return TimelineItem(key, lane, start, end, kind, Label.text(key), key, key)


def _timeline() -> Timeline:
    bar = _item("bar", 0, T0, T0 + 10 * DAY)
    points = [_item(f"p{n}", 1, T0 + n * 60, T0 + n * 60, "launch") for n in range(3)]  # a minute apart
    lone = _item("lone", 1, T0 + 8 * DAY, T0 + 8 * DAY, "landing")
    lanes = [Lane("Ships", LaneKind.SERIES, ranges=[bar]), Lane("Events", LaneKind.EVENTS, points=[*points, lone])]
    return Timeline("test", lanes, [], (T0, T0 + 10 * DAY), (T0, T0 + 10 * DAY)).finish()


def test_geometry_imports_no_qt() -> None:
    code = "import sys, soyuz_gui.widgets.timeline.geometry; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_lane_rows_follow_the_scroll() -> None:
    height = geometry.LANE_HEIGHT
    assert lane_y(0, 0) == LANES_TOP
    assert lane_y(3, 2 * height) == LANES_TOP + height
    assert content_height(10) == int(LANES_TOP + 10 * height + 8)
    assert visible_lanes(LANES_TOP, LANES_TOP + 2.5 * height, 0, 100) == range(0, 3)
    assert visible_lanes(LANES_TOP, LANES_TOP + 2.5 * height, 10 * height, 100) == range(10, 13)
    assert visible_lanes(LANES_TOP, LANES_TOP + 10 * height, 0, 4) == range(0, 4)


def test_item_boxes_for_bars_and_points() -> None:
    scale = TimeScale(T0, DAY / 100, 1000)  # 100 px a day
    bar = item_box(_item("b", 0, T0 + DAY, T0 + 3 * DAY), scale, 0)
    assert (bar.x, bar.width) == (GUTTER + 100, 200)
    assert bar.y == LANES_TOP + 5 and bar.height == geometry.LANE_HEIGHT - 10
    point = item_box(_item("p", 2, T0 + DAY, T0 + DAY, "launch"), scale, 0)
    assert point.width == point.height == 2 * MARKER
    assert point.x + MARKER == GUTTER + 100
    tiny = item_box(_item("t", 0, T0, T0 + 1), scale, 0)
    assert tiny.width == 2.0  # never thinner than 2 px


def test_hit_test_finds_bars_single_points_and_clusters() -> None:
    timeline = _timeline()
    scale = TimeScale(T0 - DAY, DAY / 50, 800)  # 50 px a day: the three launches a minute apart merge
    cache = ClusterCache()
    lane_mid = LANES_TOP + geometry.LANE_HEIGHT / 2
    hit = hit_at(timeline, scale, cache, GUTTER + 50 + 5 * 50, lane_mid, 0)
    assert hit is not None and hit.item is not None and hit.item.key == "bar"
    row1 = lane_mid + geometry.LANE_HEIGHT
    cluster = hit_at(timeline, scale, cache, GUTTER + 50, row1, 0)
    assert cluster is not None and cluster.cluster is not None
    assert [m.key for m in cluster.members] == ["p0", "p1", "p2"]
    lone = hit_at(timeline, scale, cache, GUTTER + 50 + 8 * 50, row1, 0)
    assert lone is not None and lone.item is not None and lone.item.key == "lone"
    assert hit_at(timeline, scale, cache, GUTTER - 5, lane_mid, 0) is None  # the gutter
    assert hit_at(timeline, scale, cache, GUTTER + 300, LANES_TOP - 2, 0) is None  # the axis
    assert hit_at(timeline, scale, cache, GUTTER + 50 + 4 * 50, row1, 0) is None  # empty space


def test_cluster_cache_survives_pans_and_not_zooms() -> None:
    timeline = _timeline()
    cache = ClusterCache()
    first, shift = cache.lane(timeline, 1, TimeScale(T0, 100.0, 800))
    again, panned = cache.lane(timeline, 1, TimeScale(T0 + 5000, 100.0, 800))
    assert again is first and panned - shift == 50.0
    zoomed, _ = cache.lane(timeline, 1, TimeScale(T0, 1.0, 800))
    assert zoomed is not first and len(zoomed) > len(first)


def test_fitting_label_prefers_whole_candidates_and_never_stubs() -> None:
    def measure(text: str) -> float:
        return 10.0 * len(text)

    def elide(text: str, width: float) -> str:
        return text[: int(width // 10) - 1] + "…"

    assert fitting_label(("Soyuz MS-07 · 168 days", "Soyuz MS-07", "MS-07"), 120, measure, elide) == "Soyuz MS-07"
    assert fitting_label(("Soyuz MS-07", "MS-07"), 60, measure, elide) == "MS-07"
    assert fitting_label(("Soyuz MS-07 · 168 days", "MS-07"), 40, measure, elide) == ""  # too narrow for a stub
    assert fitting_label(("A very long name of a ship",), 100, measure, elide) == "A very lo…"
