"""Time <-> pixel maths for the timeline: the scale, zoom limits, axis ticks, clustering and hit geometry.

Qt-free on purpose: every rule that decides *where* something is drawn lives here, so it can be tested with plain
pytest and hypothesis, and the widget's ``paintEvent`` only draws what these functions return.

Times are float seconds since the Unix epoch (UTC). Calendar ticks are computed in a chosen time zone (UTC, the
system's local zone, or any ``tzinfo``) or as mission elapsed time counted from an origin.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum

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


# --- ticks -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """A tick spacing: ``count`` of ``unit``; ``seconds`` is its nominal length (months and years vary)."""

    unit: str  # second | minute | hour | day | month | year | metday
    count: int

    @property
    def seconds(self) -> float:
        return self.count * _UNIT_SECONDS[self.unit]


_UNIT_SECONDS = {"second": 1.0, "minute": MINUTE, "hour": HOUR, "day": DAY, "metday": DAY,
                 "month": YEAR / 12, "year": YEAR}

_CLOCK_STEPS = [Step("second", n) for n in (1, 2, 5, 10, 15, 30)] + \
    [Step("minute", n) for n in (1, 2, 5, 10, 15, 30)] + [Step("hour", n) for n in (1, 2, 3, 6, 12)]
CALENDAR_STEPS: tuple[Step, ...] = tuple(
    _CLOCK_STEPS + [Step("day", n) for n in (1, 2, 5, 10)] + [Step("month", n) for n in (1, 2, 3, 6)]
    + [Step("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)]
)
MET_STEPS: tuple[Step, ...] = tuple(
    _CLOCK_STEPS
    + [Step("metday", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000)]
)

LABEL_GAP = 12.0  # clear pixels between two neighbouring labels


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at time ``t`` and x ``x``; the label spans ``left``..``right`` pixels."""

    t: float
    x: float
    label: str
    left: float
    right: float


@dataclass(frozen=True, slots=True)
class Axis:
    """What the axis draws: minor ticks (grid lines and short labels) and major ticks (context labels)."""

    step: Step | None
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def _wall(t: float, zone: tzinfo | None) -> datetime:
    return to_zone(t, zone)


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


def _floor_calendar(moment: datetime, step: Step) -> datetime:
    """The latest step boundary at or before ``moment`` (in its own zone, aligned to natural units)."""
    if step.unit == "year":
        year = moment.year - moment.year % step.count
        return moment.replace(year=max(year, 1), month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    if step.unit == "month":
        month = (moment.month - 1) // step.count * step.count + 1
        return moment.replace(month=month, day=1, hour=0, minute=0, second=0, microsecond=0)
    if step.unit == "day":
        day = (moment.day - 1) // step.count * step.count + 1
        return moment.replace(day=day, hour=0, minute=0, second=0, microsecond=0)
    if step.unit == "hour":
        return moment.replace(hour=moment.hour // step.count * step.count, minute=0, second=0, microsecond=0)
    if step.unit == "minute":
        return moment.replace(minute=moment.minute // step.count * step.count, second=0, microsecond=0)
    return moment.replace(second=moment.second // step.count * step.count, microsecond=0)


def _days_in_month(year: int, month: int) -> int:
    nxt = datetime(year + month // 12, month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def _next_calendar(moment: datetime, step: Step) -> datetime:
    """The next boundary after ``moment`` (which is a boundary). Wall-clock arithmetic, re-localised for DST."""
    zone = moment.tzinfo
    naive = moment.replace(tzinfo=None)
    if step.unit == "year":
        nxt = naive.replace(year=naive.year + step.count)
    elif step.unit == "month":
        index = naive.month - 1 + step.count
        nxt = naive.replace(year=naive.year + index // 12, month=index % 12 + 1)
    elif step.unit == "day":
        day = naive.day + step.count
        # Day ticks restart on the 1st of each month; a stub shorter than most of a step is skipped.
        if day > _days_in_month(naive.year, naive.month) - step.count * 0.6 + 1 and step.count > 1:
            index = naive.month
            nxt = naive.replace(year=naive.year + index // 12, month=index % 12 + 1, day=1)
        elif day > _days_in_month(naive.year, naive.month):
            nxt = naive.replace(day=1) + timedelta(days=_days_in_month(naive.year, naive.month))
        else:
            nxt = naive.replace(day=day)
    else:
        # Clock units are exact durations: step in UTC so DST folds never repeat or skip a tick.
        return (moment.astimezone(UTC) + timedelta(seconds=step.seconds)).astimezone(zone)
    return _localise(nxt, zone)


def _localise(naive: datetime, zone: tzinfo | None) -> datetime:
    if zone is None:
        return naive.astimezone()  # naive means local time here
    return naive.replace(tzinfo=zone)


def uniform_times(start: float, end: float, size: float, base: float = 0.0, limit: int = 10_000) -> list[float]:
    """Multiples of ``size`` seconds from ``base`` within [start, end]."""
    first = math.ceil((start - base) / size) * size + base
    count = int((end - first) // size) + 1 if end >= first else 0
    return [first + i * size for i in range(min(count, limit))]


def tick_times(start: float, end: float, step: Step, zone: tzinfo | None = UTC, origin: float = 0.0,
               limit: int = 10_000) -> list[float]:
    """Boundaries of ``step`` within [start, end]: calendar-aligned in ``zone``, or multiples from ``origin``."""
    start, end = max(start, EARLIEST), min(end, LATEST)
    if end < start:
        return []
    if step.unit == "metday":
        return uniform_times(start, end, step.seconds, origin, limit)
    if zone is UTC and step.unit in ("second", "minute", "hour"):
        return uniform_times(start, end, step.seconds, 0.0, limit)  # exact and fast: UTC has no DST
    moment = _floor_calendar(_wall(start, zone), step)
    if zone is None:
        moment = _localise(moment.replace(tzinfo=None), None)
    out: list[float] = []
    while len(out) < limit:
        t = _epoch(moment)
        if t > end:
            break
        if t >= start and (not out or t > out[-1]):
            out.append(t)
        nxt = _next_calendar(moment, step)
        if _epoch(nxt) <= t:  # a DST jump could map two wall times to one instant; step past it
            nxt = _wall(t + step.seconds, zone)
        moment = nxt
    return out


def _met_clock(seconds: float, with_seconds: bool) -> str:
    whole = int(round(abs(seconds)))
    rest = whole % 86400
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}" if with_seconds else f"{hours:02d}:{minutes:02d}"


def minor_label(t: float, step: Step, zone: tzinfo | None = UTC, origin: float = 0.0) -> str:
    """The short label under a minor tick: ``08:39``, ``19``, ``Dec``, ``2018``, ``T+12d``."""
    if step.unit == "metday":
        return format_met(t - origin).split(" ")[0]
    moment = _wall(t, zone)
    if step.unit == "second":
        return moment.strftime("%H:%M:%S")
    if step.unit in ("minute", "hour"):
        return moment.strftime("%H:%M")
    if step.unit == "day":
        return str(moment.day)
    if step.unit == "month":
        return moment.strftime("%b")
    return str(moment.year)


def _major_step(step: Step) -> Step | None:
    """The context unit shown in the upper row for a minor step."""
    if step.unit == "second":
        return Step("minute", 1)
    if step.unit == "minute":
        return Step("day", 1)
    if step.unit == "hour":
        return Step("day", 1)
    if step.unit == "day":
        return Step("month", 1)
    if step.unit == "month":
        return Step("year", 1)
    if step.unit == "year" and step.count <= 2:
        return Step("year", 10)
    return None


def major_label(t: float, step: Step, zone: tzinfo | None = UTC) -> str:
    moment = _wall(t, zone)
    if step.unit in ("minute", "hour"):
        return f"{moment.day} {moment.strftime('%b %Y %H:%M')}"
    if step.unit == "day":
        return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b %Y')}"
    if step.unit == "month":
        return moment.strftime("%B %Y")
    if step.unit == "year" and step.count == 1:
        return str(moment.year)
    return f"{moment.year}s"


def _met_major_label(t: float, origin: float) -> str:
    return format_met(t - origin).split(" ")[0]


def _minor_ticks(ts: Sequence[float], labels: Sequence[str], scale: TimeScale, measure: Measure) -> list[Tick]:
    ticks: list[Tick] = []
    for t, label in zip(ts, labels, strict=True):
        x = scale.x_for(t)
        w = measure(label)
        ticks.append(Tick(t, x, label, x - w / 2, x + w / 2))
    return ticks


def _fits(ticks: Sequence[Tick], gap: float) -> bool:
    return all(b.left - a.right >= gap for a, b in zip(ticks, ticks[1:], strict=False))


def choose_step(scale: TimeScale, mode: TimeMode = TimeMode.UTC, zone: tzinfo | None = UTC, origin: float = 0.0,
                measure: Measure = approximate_width, gap: float = LABEL_GAP) -> tuple[Step | None, list[Tick]]:
    """The finest step whose labels fit side by side without overlapping, and its minor ticks."""
    steps = MET_STEPS if mode == TimeMode.MET else CALENDAR_STEPS
    if mode == TimeMode.UTC:
        zone = UTC
    for step in steps:
        if step.seconds / scale.spp < 24:  # cheaper than generating labels that cannot fit
            continue
        if mode == TimeMode.MET and step.unit != "metday":
            # Elapsed-time clock ticks count from launch, not from midnight.
            times = uniform_times(scale.start, scale.end, step.seconds, origin, 2000)
            labels = [_met_clock(t - origin, step.unit == "second") for t in times]
        else:
            times = tick_times(scale.start, scale.end, step, zone, origin, limit=2000)
            labels = [minor_label(t, step, zone, origin) for t in times]
        ticks = _minor_ticks(times, labels, scale, measure)
        if _fits(ticks, gap):
            return step, ticks
    return None, []


def _major_ticks(scale: TimeScale, step: Step, mode: TimeMode, zone: tzinfo | None, origin: float,
                 measure: Measure, gap: float) -> list[Tick]:
    """Context labels, left-aligned just right of their boundary; the first is pinned to the left edge."""
    if mode == TimeMode.MET:
        if step.unit == "metday":
            return []
        context = Step("metday", 1)
        times = tick_times(scale.start, scale.end, context, UTC, origin, limit=2000)
        label_for: Callable[[float], str] = lambda t: _met_major_label(t, origin)  # noqa: E731
        before = origin + math.floor((scale.start - origin) / DAY) * DAY
    else:
        context_step = _major_step(step)
        if context_step is None:
            return []
        major_step = context_step
        times = tick_times(scale.start, scale.end, major_step, zone, origin, limit=2000)
        label_for = lambda t: major_label(t, major_step, zone)  # noqa: E731
        floor = _floor_calendar(_wall(scale.start, zone), major_step)
        before = _epoch(floor if zone is not None else _localise(floor.replace(tzinfo=None), None))
    pad = 4.0
    ticks: list[Tick] = []
    if not times or scale.x_for(times[0]) > pad:
        # Pin the context of the left edge ("December 2017") so the minor labels always have a frame; when the
        # next boundary is close, a shorter form ("Dec 2017", "Dec") keeps it rather than dropping it.
        room = scale.x_for(times[0]) + pad - gap - pad if times else math.inf
        full = label_for(before)
        for label in (full, *_shorter_forms(full)):
            if measure(label) <= room:
                ticks.append(Tick(before, scale.x_for(before), label, pad, pad + measure(label)))
                break
    for t in times:
        label = label_for(t)
        x = scale.x_for(t)
        w = measure(label)
        ticks.append(Tick(t, x, label, x + pad, x + pad + w))
    # Drop any label that would touch its left neighbour or leave the view; the pinned one gives way first.
    kept: list[Tick] = []
    for tick in ticks:
        if tick.right > scale.width:
            continue
        if kept and tick.left - kept[-1].right < gap:
            if len(kept) == 1 and kept[0].x <= pad and kept[0] is ticks[0] and kept[0].t < scale.start:
                kept.pop()
            else:
                continue
        kept.append(tick)
    return kept


def _shorter_forms(label: str) -> list[str]:
    """Shorter context labels: "December 2017" -> "Dec 2017", "Dec"; "Tue 19 Dec 2017" -> "19 Dec"."""
    words = label.split()
    if len(words) == 4 and ":" in words[3]:  # day, month, year, clock
        return [f"{words[0]} {words[1]} {words[3]}", words[3]]
    if len(words) == 4:  # weekday, day, month, year
        return [f"{words[1]} {words[2]} {words[3]}", f"{words[1]} {words[2]}"]
    if len(words) == 2 and len(words[0]) > 3 and words[1].isdigit():  # month and year
        return [f"{words[0][:3]} {words[1]}", words[0][:3]]
    return []


def axis(scale: TimeScale, mode: TimeMode = TimeMode.UTC, zone: tzinfo | None = UTC, origin: float | None = None,
         measure: Measure = approximate_width, gap: float = LABEL_GAP) -> Axis:
    """Ticks and labels for a view: minor labels centred on their tick, major labels after theirs, none overlap."""
    if mode == TimeMode.MET and origin is None:
        mode = TimeMode.UTC
    if mode == TimeMode.UTC:
        zone = UTC
    base = origin or 0.0
    step, minor = choose_step(scale, mode, zone, base, measure, gap)
    minor = [t for t in minor if t.left >= 0 and t.right <= scale.width]
    if step is None:
        return Axis(None, (), ())
    major = _major_ticks(scale, step, mode, zone, base, measure, gap)
    if not minor and not major:
        # Too narrow for any tick label: still say where the view is ("2017", "T+5000d").
        label = _met_major_label(scale.start, base) if mode == TimeMode.MET else str(_wall(scale.start, zone).year)
        width = measure(label)
        if 4 + width <= scale.width:
            major = [Tick(scale.start, 0.0, label, 4.0, 4.0 + width)]
    return Axis(step, tuple(minor), tuple(major))


# --- clustering ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Cluster:
    """Points ``first``..``last`` (indices into the sorted input, inclusive) drawn as one mark.

    Not frozen only because frozen dataclasses build several times slower and thousands are made per zoom step;
    treat it as a value.
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
