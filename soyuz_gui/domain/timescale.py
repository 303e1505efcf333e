"""Time <-> pixel maths for the timeline: the scale, zoom limits, formatting, clustering and hit geometry.

Axis ticks and their labels live in :mod:`soyuz_gui.domain.timeaxis`.

Qt-free on purpose: every rule that decides *where* something is drawn lives here, so it can be tested with plain
pytest and hypothesis, and the widget's ``paintEvent`` only draws what these functions return.

Times are float seconds since the Unix epoch (UTC). Calendar ticks are computed in a chosen time zone (UTC, the
system's local zone, or any ``tzinfo``) or as mission elapsed time counted from an origin.
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import StrEnum

import msgspec

# datetime cannot go outside years 1..9999; the timeline stays well inside so calendar arithmetic never overflows.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC).timestamp()
LATEST = datetime(2200, 1, 1, tzinfo=UTC).timestamp()

MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0
YEAR = 365.2425 * DAY

Measure = Callable[[str], float]
"""Width of a label in pixels. The widget passes its font metrics; tests use :func:`approximate_width`."""


def approximate_width(text: str) -> float:
    """A font-free stand-in for text width (7 px per character)."""
    return 7.0 * len(text)


def to_seconds(moment: datetime) -> float:
    """Seconds since the epoch for an aware datetime."""
    return moment.timestamp()


class TimeMode(StrEnum):
    """How the axis and tooltips write times."""

    UTC = "utc"
    LOCAL = "local"
    MET = "met"  # mission elapsed time, counted from launch


# --- the scale -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZoomLimits:
    """The narrowest and widest a view may get, in seconds per pixel.

    The narrowest keeps a second at least a few pixels wide (so the axis still labels seconds); the widest stops
    before the data shrinks to a dot.
    """

    min_spp: float = 0.05
    max_spp: float = 40 * YEAR / 1000

    def clamp(self, spp: float) -> float:
        return min(max(spp, self.min_spp), self.max_spp)

    @classmethod
    def for_extent(cls, start: float, end: float, width: float) -> ZoomLimits:
        """Limits that let the whole extent fit three times over, but never narrower than a day across the view."""
        span = max(end - start, DAY)
        return cls(min_spp=0.05, max_spp=max(3.0 * span / max(width, 1.0), 0.1))


@dataclass(frozen=True, slots=True)
class TimeScale:
    """A linear map from time to x: ``x = (t - start) / spp``, for a view ``width`` pixels wide."""

    start: float
    spp: float  # seconds per pixel
    width: float

    def __post_init__(self) -> None:
        if not (self.spp > 0 and math.isfinite(self.spp)):
            raise ValueError(f"seconds per pixel must be positive, not {self.spp}")
        if self.width < 0:
            raise ValueError("width must not be negative")

    @classmethod
    def fit(cls, start: float, end: float, width: float, margin: float = 0.04) -> TimeScale:
        """A scale that shows [start, end] with a margin on each side (a point gets one hour either side)."""
        if end < start:
            start, end = end, start
        span = end - start
        if span <= 0:
            span = 2 * HOUR
            start -= HOUR
        pad = span * margin
        usable = max(width, 1.0)
        return cls(start - pad, (span + 2 * pad) / usable, width)

    @property
    def end(self) -> float:
        return self.start + self.spp * self.width

    @property
    def span(self) -> float:
        return self.spp * self.width

    def x_for(self, t: float) -> float:
        return (t - self.start) / self.spp

    def t_for(self, x: float) -> float:
        return self.start + x * self.spp

    def resized(self, width: float) -> TimeScale:
        """Keep the centre and the zoom when the view changes width."""
        centre = self.t_for(self.width / 2)
        return TimeScale(centre - self.spp * width / 2, self.spp, width)

    def zoomed(self, factor: float, anchor_x: float, limits: ZoomLimits | None = None) -> TimeScale:
        """Zoom in (factor > 1) or out, keeping the time under ``anchor_x`` where it is."""
        limits = limits or ZoomLimits()
        anchor_t = self.t_for(anchor_x)
        spp = limits.clamp(self.spp / factor)
        return TimeScale(anchor_t - anchor_x * spp, spp, self.width)

    def panned(self, dx: float) -> TimeScale:
        """Move the content ``dx`` pixels to the right (the view looks at earlier times)."""
        return TimeScale(self.start - dx * self.spp, self.spp, self.width)

    def clamped(self, lo: float, hi: float, limits: ZoomLimits | None = None) -> TimeScale:
        """Keep the zoom within limits and some of [lo, hi] in view, so the view never drifts into emptiness."""
        limits = limits or ZoomLimits()
        spp = limits.clamp(self.spp)
        start = self.start
        lo, hi = max(lo, EARLIEST), min(hi, LATEST)
        span = spp * self.width
        keep = min(span * 0.25, max(hi - lo, 0.0))  # at least a quarter of the view shows the data
        start = min(max(start, lo - span + keep), hi - keep)
        return TimeScale(start, spp, self.width)

    def centred_on(self, t: float) -> TimeScale:
        return TimeScale(t - self.span / 2, self.spp, self.width)


# --- formatting ------------------------------------------------------------------------------------------------


def to_zone(t: float, zone: tzinfo | None) -> datetime:
    """An aware datetime in ``zone``; ``None`` means the system's local zone."""
    moment = datetime.fromtimestamp(t, UTC)
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def zone_name(t: float, zone: tzinfo | None) -> str:
    name = to_zone(t, zone).tzname() or ""
    return "UTC" if zone is UTC else name


def format_met(seconds: float, with_seconds: bool = False) -> str:
    """Mission elapsed time: ``T+168d 05:18`` (``T−2d 03:00`` before launch)."""
    sign = "+" if seconds >= 0 else "\u2212"
    total = abs(seconds)
    whole = int(total + 0.5) if with_seconds else int(total // 60 * 60)
    days, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"T{sign}{days}d {hours:02d}:{minutes:02d}"
    return text + f":{secs:02d}" if with_seconds else text


def format_instant(t: float, mode: TimeMode, zone: tzinfo | None = UTC, origin: float | None = None,
                   precision: str = "minute") -> str:
    """A full, readable time for tooltips and accessible names, e.g. ``19 Dec 2017 08:39 UTC``.

    ``precision`` is one of ``year``, ``month``, ``day``, ``minute``, ``second`` so a date known only to the day
    is never printed with a made-up time of day.
    """
    if mode == TimeMode.MET and origin is not None:
        return format_met(t - origin, with_seconds=precision == "second")
    if mode == TimeMode.UTC:
        zone = UTC
    moment = to_zone(t, zone)
    if precision == "year":
        return f"{moment.year}"
    if precision == "month":
        return moment.strftime("%b %Y")
    day = f"{moment.day} {moment.strftime('%b %Y')}"
    if precision == "day":
        return day
    clock = moment.strftime("%H:%M:%S" if precision == "second" else "%H:%M")
    return f"{day} {clock} {'UTC' if mode == TimeMode.UTC else moment.tzname() or ''}".rstrip()


# --- clustering ------------------------------------------------------------------------------------------------


class Cluster(msgspec.Struct, gc=False):
    """Points ``first``..``last`` (indices into the sorted input, inclusive) drawn as one mark.

    A msgspec Struct outside the garbage collector's watch: thousands are made per zooming frame, and as tracked
    objects they brought on full collections (tens of ms with a million items alive) mid-zoom. Not frozen only
    because that builds slower; treat it as a value.
    """

    first: int
    last: int
    x0: float  # x of the first member
    x1: float  # x of the last member

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def cluster_points(times: Sequence[float], scale: TimeScale, min_gap: float, lo: int = 0,
                   hi: int | None = None) -> list[Cluster]:
    """Merge sorted points that are closer than ``min_gap`` pixels to their neighbour (single linkage).

    Between two clusters there are always at least ``min_gap`` pixels, so marks of radius < ``min_gap / 2`` never
    overlap. The result depends only on the zoom, not on where the view is panned, so panning never reshuffles.
    """
    hi = len(times) if hi is None else hi
    if hi <= lo:
        return []
    gap_t = min_gap * scale.spp
    window = times[lo:hi]
    # One comprehension finds every break; far faster in CPython than walking the points one by one.
    pairs = zip(window, window[1:], strict=False)
    breaks = [i for i, (a, b) in enumerate(pairs, start=lo + 1) if b - a >= gap_t]
    firsts = [lo, *breaks]
    lasts = [b - 1 for b in breaks] + [hi - 1]
    start, spp = scale.start, scale.spp
    return [Cluster(first, last, (times[first] - start) / spp, (times[last] - start) / spp)
            for first, last in zip(firsts, lasts, strict=True)]


@dataclass(frozen=True, slots=True)
class GapOrder:
    """A lane's gaps between neighbouring points, smallest first: the breaks at any zoom are a bisect and a sort.

    Made once per lane; :func:`cluster_points` walks every point at every new zoom, this only the gaps wide enough
    to split (a dozen per lane when zoomed out), which keeps a zooming frame cheap with a million points. Arrays, not
    lists: the garbage collector never walks them (thousands of lists of numbers made its collections take 70 ms).
    """

    gaps: array[float]  # ascending
    after: array[int]  # after[k]: the index of the point that follows gaps[k]
    points: int

    @classmethod
    def of(cls, times: Sequence[float]) -> GapOrder:
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        order = sorted(range(len(gaps)), key=gaps.__getitem__)
        return cls(array("d", [gaps[i] for i in order]), array("q", [i + 1 for i in order]), len(times))

    def breaks(self, min_gap: float, spp: float) -> array[int]:
        """The index of each cluster's first point, ascending, for gaps of ``min_gap`` pixels at ``spp``."""
        cut = bisect.bisect_left(self.gaps, min_gap * spp)  # the same test as cluster_points: b - a >= gap_t
        return array("q", [0, *sorted(self.after[cut:])] if self.points else [])


def clusters_between(times: Sequence[float], breaks: Sequence[int], spp: float, x_lo: float,
                     x_hi: float) -> list[Cluster]:
    """The clusters (as :func:`cluster_points` makes them on a scale starting at 0) that reach into [x_lo, x_hi].

    Only those are built. Exact as long as the window is wider than the clustering gap: a cluster cannot then span
    the window without a member inside it.
    """
    if not times:
        return []
    first = bisect.bisect_left(times, x_lo, key=lambda t: t / spp)
    stop = bisect.bisect_right(times, x_hi, key=lambda t: t / spp)
    if first >= stop:
        return []
    j_lo = bisect.bisect_right(breaks, first) - 1
    j_hi = bisect.bisect_right(breaks, stop - 1)
    lasts = [b - 1 for b in breaks[j_lo + 1:j_hi + 1]]
    if len(lasts) < j_hi - j_lo:
        lasts.append(len(times) - 1)
    return [Cluster(a, b, times[a] / spp, times[b] / spp) for a, b in zip(breaks[j_lo:j_hi], lasts, strict=True)]


def visible_clusters(clusters: Sequence[Cluster], x_lo: float, x_hi: float) -> Sequence[Cluster]:
    """The clusters that reach into [x_lo, x_hi] (clusters are sorted and disjoint)."""
    lo = bisect.bisect_left([c.x1 for c in clusters], x_lo) if len(clusters) < 64 else _bisect_x1(clusters, x_lo)
    hi = lo
    while hi < len(clusters) and clusters[hi].x0 <= x_hi:
        hi += 1
    return clusters[lo:hi]


def _bisect_x1(clusters: Sequence[Cluster], x: float) -> int:
    lo, hi = 0, len(clusters)
    while lo < hi:
        mid = (lo + hi) // 2
        if clusters[mid].x1 < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def hit_cluster(clusters: Sequence[Cluster], x: float, tolerance: float) -> Cluster | None:
    """The cluster under x (within ``tolerance`` pixels of its extent), the nearest one when two are in reach."""
    index = _bisect_x1(clusters, x - tolerance)
    best: Cluster | None = None
    best_distance = math.inf
    while index < len(clusters) and clusters[index].x0 <= x + tolerance:
        cluster = clusters[index]
        distance = 0.0 if cluster.x0 <= x <= cluster.x1 else min(abs(x - cluster.x0), abs(x - cluster.x1))
        if distance < best_distance:
            best, best_distance = cluster, distance
        index += 1
    return best


# --- ranges ----------------------------------------------------------------------------------------------------


def running_max(values: Sequence[float]) -> list[float]:
    """Prefix maxima: with ranges sorted by start, bisecting this finds the first range that can reach a time."""
    out: list[float] = []
    top = -math.inf
    for v in values:
        top = max(top, v)
        out.append(top)
    return out


def visible_range_indices(starts: Sequence[float], ends_max: Sequence[float], t_lo: float,
                          t_hi: float) -> range:
    """Indices of ranges (sorted by start, with :func:`running_max` of their ends) that may overlap [t_lo, t_hi]."""
    lo = bisect.bisect_left(ends_max, t_lo)
    hi = bisect.bisect_right(starts, t_hi)
    return range(lo, max(lo, hi))


def lane_at(y: float, top: float, lane_height: float, count: int) -> int | None:
    """The lane index under y, or None outside the lanes."""
    if lane_height <= 0 or y < top:
        return None
    index = int((y - top) // lane_height)
    return index if index < count else None
