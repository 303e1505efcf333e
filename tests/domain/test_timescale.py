"""The timeline's maths: scale, zoom limits, ticks and labels, clustering, culling and hit geometry."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soyuz_gui.domain.timeaxis import Step, axis, tick_times
from soyuz_gui.domain.timescale import (
    DAY,
    EARLIEST,
    HOUR,
    LATEST,
    YEAR,
    GapOrder,
    TimeMode,
    TimeScale,
    ZoomLimits,
    approximate_width,
    cluster_points,
    clusters_between,
    format_instant,
    format_met,
    hit_cluster,
    lane_at,
    running_max,
    visible_clusters,
    visible_range_indices,
)

LAUNCH = datetime(2017, 12, 17, 7, 21, tzinfo=UTC).timestamp()
LANDING = datetime(2018, 6, 3, 12, 39, tzinfo=UTC).timestamp()

times = st.floats(min_value=datetime(1960, 1, 1, tzinfo=UTC).timestamp(),
                  max_value=datetime(2090, 1, 1, tzinfo=UTC).timestamp(), allow_nan=False)
spans = st.floats(min_value=0.05 * 200, max_value=120 * YEAR)  # from seconds to more than a century
widths = st.floats(min_value=200, max_value=4000)
zones = st.sampled_from([UTC, None, ZoneInfo("Europe/Moscow"), ZoneInfo("America/Chicago"),
                         timezone(timedelta(hours=5, minutes=45))])


def test_timeline_maths_import_no_qt() -> None:
    """The scale and the builders run where no Qt is installed (checked in a fresh interpreter)."""
    code = ("import sys, soyuz_gui.domain.timescale, soyuz_gui.domain.timeaxis, soyuz_gui.domain.timeline, "
            "soyuz_gui.domain.mission_timeline, soyuz_gui.domain.programme_timeline; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- scale ---------------------------------------------------------------------------------------------------


@given(start=times, span=spans, width=widths, x=st.floats(min_value=-500, max_value=5000))
def test_x_and_t_are_inverse(start: float, span: float, width: float, x: float) -> None:
    scale = TimeScale(start, span / width, width)
    assert scale.x_for(scale.t_for(x)) == pytest.approx(x, abs=1e-3)


@given(start=times, span=spans, width=widths, a=times, b=times)
def test_x_is_monotonic(start: float, span: float, width: float, a: float, b: float) -> None:
    scale = TimeScale(start, span / width, width)
    if a < b:
        assert scale.x_for(a) <= scale.x_for(b)


def test_fit_shows_the_range_with_margins() -> None:
    scale = TimeScale.fit(LAUNCH, LANDING, 1000)
    assert 0 < scale.x_for(LAUNCH) < 60
    assert 940 < scale.x_for(LANDING) < 1000
    point = TimeScale.fit(LAUNCH, LAUNCH, 1000)
    assert point.x_for(LAUNCH) == pytest.approx(500)


def test_scale_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="positive"):
        TimeScale(0, 0, 100)
    with pytest.raises(ValueError, match="negative"):
        TimeScale(0, 1, -1)


@given(factor=st.floats(min_value=0.01, max_value=100), anchor=st.floats(min_value=0, max_value=1000))
def test_zoom_keeps_the_time_under_the_cursor(factor: float, anchor: float) -> None:
    scale = TimeScale.fit(LAUNCH, LANDING, 1000)
    limits = ZoomLimits(min_spp=1e-3, max_spp=1e9)
    zoomed = scale.zoomed(factor, anchor, limits)
    assert zoomed.t_for(anchor) == pytest.approx(scale.t_for(anchor), abs=1e-3)
    assert zoomed.spp == pytest.approx(scale.spp / factor)


@given(factors=st.lists(st.floats(min_value=0.001, max_value=1000), min_size=1, max_size=30))
def test_zoom_limits_hold_after_any_sequence(factors: list[float]) -> None:
    limits = ZoomLimits.for_extent(LAUNCH, LANDING, 1000)
    scale = TimeScale.fit(LAUNCH, LANDING, 1000)
    for factor in factors:
        scale = scale.zoomed(factor, 500, limits).clamped(LAUNCH, LANDING, limits)
        assert limits.min_spp <= scale.spp <= limits.max_spp
        # never empty: part of the data stays in view
        assert scale.end > LAUNCH
        assert scale.start < LANDING


@given(dx=st.floats(min_value=-1e9, max_value=1e9))
def test_pan_is_clamped_to_the_data(dx: float) -> None:
    limits = ZoomLimits.for_extent(LAUNCH, LANDING, 1000)
    scale = TimeScale.fit(LAUNCH, LANDING, 1000).panned(dx).clamped(LAUNCH, LANDING, limits)
    assert scale.end > LAUNCH
    assert scale.start < LANDING


def test_resize_keeps_centre_and_zoom() -> None:
    scale = TimeScale.fit(LAUNCH, LANDING, 1000)
    wider = scale.resized(1600)
    assert wider.spp == scale.spp
    assert wider.t_for(800) == pytest.approx(scale.t_for(500))


# --- ticks ---------------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(start=times, span=spans, width=widths, zone=zones,
       mode=st.sampled_from([TimeMode.UTC, TimeMode.LOCAL, TimeMode.MET]))
def test_labels_never_overlap_and_ticks_are_monotonic(start: float, span: float, width: float, zone: object,
                                                      mode: TimeMode) -> None:
    scale = TimeScale(start, span / width, width)
    result = axis(scale, mode, zone if mode == TimeMode.LOCAL else UTC, origin=LAUNCH)  # type: ignore[arg-type]
    for row in (result.minor, result.major):
        xs = [t.x for t in row]
        assert xs == sorted(xs)
        assert len(set(t.t for t in row)) == len(row)
        for a, b in zip(row, row[1:], strict=False):
            assert b.left - a.right >= 12 - 1e-9, (a, b)
        for tick in row:
            assert tick.left >= 0
            assert tick.right <= width + 1e-9
            assert tick.label.english
    # a readable axis: some labels at every zoom
    assert result.minor or result.major


@settings(max_examples=200, deadline=None)
@given(start=times, span=spans, width=widths)
def test_there_are_never_too_many_ticks(start: float, span: float, width: float) -> None:
    scale = TimeScale(start, span / width, width)
    result = axis(scale)
    assert len(result.minor) <= width / 24 + 1


@pytest.mark.parametrize(("span", "unit"), [
    (40, "second"), (40 * 60, "minute"), (2 * DAY, "hour"), (40 * DAY, "day"), (3 * YEAR, "month"),
    (40 * YEAR, "year"),
])
def test_step_follows_the_zoom(span: float, unit: str) -> None:
    result = axis(TimeScale(LAUNCH, span / 1200, 1200))
    assert result.step is not None
    assert result.step.unit == unit


def test_labels_read_naturally() -> None:
    start = datetime(2017, 12, 19, 8, 0, tzinfo=UTC).timestamp()
    hours = axis(TimeScale(start, 2 * HOUR / 1000, 1000))
    assert "08:30" in [t.label.english for t in hours.minor]
    assert hours.major[0].label.english == "Tue 19 Dec 2017"
    days = axis(TimeScale(LAUNCH, 40 * DAY / 1000, 1000))
    assert "January 2018" in [t.label.english for t in days.major]
    years = axis(TimeScale(datetime(2016, 1, 1, tzinfo=UTC).timestamp(), 10 * YEAR / 1000, 1000))
    assert "2020" in [t.label.english for t in years.minor + years.major]


def test_met_counts_from_launch() -> None:
    result = axis(TimeScale(LAUNCH - HOUR, 3 * DAY / 1200, 1200), TimeMode.MET, origin=LAUNCH)
    labels = [t.label.english for t in result.major]
    assert "T+1d" in labels
    assert all(t.t == pytest.approx(LAUNCH + round((t.t - LAUNCH) / HOUR) * HOUR) for t in result.minor)
    assert format_met(168 * DAY + 5 * HOUR + 18 * 60) == "T+168d 05:18"
    assert format_met(-(2 * DAY + 3 * HOUR)) == "T\u22122d 03:00"
    assert format_met(61.4, with_seconds=True) == "T+0d 00:01:01"


def test_met_without_origin_falls_back_to_utc() -> None:
    result = axis(TimeScale(LAUNCH, DAY / 1000, 1000), TimeMode.MET, origin=None)
    assert result.step is not None
    assert result.step.unit == "hour"


def test_local_time_ticks_follow_the_zone() -> None:
    moscow = ZoneInfo("Europe/Moscow")  # UTC+3, no DST since 2014
    result = axis(TimeScale(LAUNCH, DAY / 1000, 1000), TimeMode.LOCAL, moscow)
    for tick in result.minor:
        local = datetime.fromtimestamp(tick.t, moscow)
        assert local.minute == 0
        assert local.hour % result.step.count == 0


def test_day_ticks_cross_a_dst_change_without_repeats() -> None:
    chicago = ZoneInfo("America/Chicago")
    start = datetime(2018, 3, 1, tzinfo=UTC).timestamp()
    found = tick_times(start, start + 30 * DAY, Step("day", 1), chicago)
    assert len(found) == 30
    assert all(datetime.fromtimestamp(t, chicago).hour == 0 for t in found)
    hours = tick_times(start + 10 * DAY, start + 11 * DAY, Step("hour", 1), chicago)
    assert all(b > a for a, b in zip(hours, hours[1:], strict=False))


def test_month_and_year_ticks_are_calendar_aligned() -> None:
    found = tick_times(LAUNCH, LANDING, Step("month", 1), UTC)
    assert [datetime.fromtimestamp(t, UTC).month for t in found] == [1, 2, 3, 4, 5, 6]
    assert tick_times(EARLIEST - YEAR, EARLIEST + YEAR, Step("year", 100), UTC) == [EARLIEST]
    assert tick_times(LATEST, LATEST + YEAR, Step("year", 1), UTC) == [LATEST]


def test_format_instant_respects_precision_and_mode() -> None:
    docking = datetime(2017, 12, 19, 8, 39, tzinfo=UTC).timestamp()
    assert format_instant(docking, TimeMode.UTC) == "19 Dec 2017 08:39 UTC"
    assert format_instant(docking, TimeMode.UTC, precision="day") == "19 Dec 2017"
    assert format_instant(docking, TimeMode.UTC, precision="month") == "Dec 2017"
    assert format_instant(docking, TimeMode.LOCAL, ZoneInfo("Europe/Moscow")) == "19 Dec 2017 11:39 MSK"
    assert format_instant(docking, TimeMode.MET, origin=LAUNCH) == "T+2d 01:18"


def test_approximate_width_grows_with_text() -> None:
    assert approximate_width("2018") < approximate_width("December 2018")


# --- clustering ----------------------------------------------------------------------------------------------


def test_points_closer_than_the_gap_merge_and_split_when_zooming_in() -> None:
    points = [0.0, 60.0, 120.0, 10 * DAY]
    far = TimeScale(-DAY, 20 * DAY / 1000, 1000)  # a minute is a fraction of a pixel
    clusters = cluster_points(points, far, 8)
    assert [c.count for c in clusters] == [3, 1]
    near = TimeScale(-60, 600 / 1000, 1000)  # a minute is 100 px
    assert [c.count for c in cluster_points(points, near, 8)] == [1, 1, 1, 1]


@given(points=st.lists(st.floats(min_value=0, max_value=1e7), max_size=200),
       spp=st.floats(min_value=0.1, max_value=1e5), gap=st.floats(min_value=1, max_value=30))
def test_clusters_partition_and_keep_their_distance(points: list[float], spp: float, gap: float) -> None:
    points.sort()
    scale = TimeScale(0, spp, 1000)
    clusters = cluster_points(points, scale, gap)
    assert sum(c.count for c in clusters) == len(points)
    assert [c.first for c in clusters] == ([0] if clusters else []) + [c.last + 1 for c in clusters[:-1]]
    for a, b in zip(clusters, clusters[1:], strict=False):
        assert b.x0 - a.x1 >= gap - 1e-6  # marks of radius < gap/2 never overlap
    for c in clusters:
        assert c.x0 <= c.centre <= c.x1


def test_clusters_do_not_change_when_panning() -> None:
    points = [float(n * n) for n in range(200)]
    a = cluster_points(points, TimeScale(0, 50, 1000), 10)
    b = cluster_points(points, TimeScale(12345, 50, 1000), 10)
    assert [(c.first, c.last) for c in a] == [(c.first, c.last) for c in b]


def test_visible_clusters_and_hit_cluster() -> None:
    points = [0.0, 100.0, 200.0, 205.0, 600.0]
    scale = TimeScale(0, 1, 1000)
    clusters = cluster_points(points, scale, 10)
    assert [c.count for c in visible_clusters(clusters, 150, 300)] == [2]
    assert [c.count for c in visible_clusters(clusters, -10, 1000)] == [1, 1, 2, 1]
    hit = hit_cluster(clusters, 203, 4)
    assert hit is not None
    assert hit.count == 2
    hit = hit_cluster(clusters, 103, 4)
    assert hit is not None
    assert hit.first == 1
    assert hit_cluster(clusters, 400, 4) is None
    assert hit_cluster([], 0, 4) is None


@given(points=st.lists(st.floats(min_value=0, max_value=1e5), min_size=1, max_size=100),
       x=st.floats(min_value=-100, max_value=1100))
def test_hit_cluster_finds_the_nearest_within_reach(points: list[float], x: float) -> None:
    points.sort()
    scale = TimeScale(0, 100, 1000)
    clusters = cluster_points(points, scale, 8)
    hit = hit_cluster(clusters, x, 5)
    near = [c for c in clusters if c.x0 - 5 <= x <= c.x1 + 5]
    assert (hit is None) == (not near)
    if hit is not None:
        def distance(c: object) -> float:
            assert hasattr(c, "x0")
            return 0.0 if c.x0 <= x <= c.x1 else min(abs(x - c.x0), abs(x - c.x1))  # type: ignore[attr-defined]
        assert distance(hit) == min(distance(c) for c in near)


# --- culling and lanes ---------------------------------------------------------------------------------------


@given(ranges=st.lists(st.tuples(st.floats(0, 1000), st.floats(0, 200)), max_size=60),
       lo=st.floats(-100, 1100), width=st.floats(0, 500))
def test_visible_range_indices_never_miss_a_visible_range(ranges: list[tuple[float, float]], lo: float,
                                                          width: float) -> None:
    items = sorted((a, a + d) for a, d in ranges)
    starts = [a for a, _ in items]
    ends = running_max([b for _, b in items])
    hi = lo + width
    found = set(visible_range_indices(starts, ends, lo, hi))
    for index, (a, b) in enumerate(items):
        if b >= lo and a <= hi:
            assert index in found


def test_lane_at() -> None:
    assert lane_at(10, 66, 30, 5) is None
    assert lane_at(66, 66, 30, 5) == 0
    assert lane_at(66 + 30 * 4 + 29, 66, 30, 5) == 4
    assert lane_at(66 + 30 * 5, 66, 30, 5) is None
    assert lane_at(100, 0, 0, 5) is None


def test_the_pinned_context_label_shortens_before_it_gives_way() -> None:
    narrow = axis(TimeScale.fit(LAUNCH, LANDING, 680))
    assert narrow.major[0].label.english == "Dec 2017"
    assert narrow.major[1].label.english == "January 2018"
    wide = axis(TimeScale.fit(LAUNCH, LANDING, 1100))
    assert wide.major[0].label.english == "December 2017"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=10_000, allow_nan=False), max_size=60),
       st.sampled_from([0.5, 3.0, 17.0, 250.0]), st.floats(min_value=-200, max_value=3000, allow_nan=False),
       st.floats(min_value=15, max_value=3000, allow_nan=False))
def test_clusters_from_the_gap_order_are_the_visible_clusters_of_a_full_walk(raw, spp, x_lo, width) -> None:
    """What a zooming frame builds (breaks from the sorted gaps, only the window) equals walking every point."""
    times = sorted(raw)
    gap = 14.0  # narrower than every window drawn: a cluster cannot span the window without a member in it
    full = cluster_points(times, TimeScale(0.0, spp, 1000), gap)
    breaks = GapOrder.of(times).breaks(gap, spp)
    assert list(breaks) == [c.first for c in full]
    assert clusters_between(times, breaks, spp, x_lo, x_lo + width) == list(visible_clusters(full, x_lo, x_lo + width))
    assert clusters_between(times, breaks, spp, -1e18, 1e18) == full
