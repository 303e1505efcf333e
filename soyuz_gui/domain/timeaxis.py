"""Axis ticks and their labels for the timeline: which step fits the zoom, where ticks fall, what they read.

Qt-free, like :mod:`soyuz_gui.domain.timescale` (the scale, formatting, clustering and culling it builds on).
Labels are :class:`~soyuz_gui.domain.axis_label.AxisLabel` values (a form and a moment); the view writes them
in the interface language and measures them as written.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from soyuz_gui.domain.axis_label import AxisForm, AxisLabel
from soyuz_gui.domain.timescale import (
    DAY,
    EARLIEST,
    HOUR,
    LATEST,
    MINUTE,
    YEAR,
    TimeMode,
    TimeScale,
    approximate_width,
    format_met,
    to_zone,
)

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

MeasureLabel = Callable[[AxisLabel], float]
"""Width of an axis label in pixels as the view writes it. Tests use :func:`approximate_label_width`."""


def approximate_label_width(label: AxisLabel) -> float:
    return approximate_width(label.english)


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at time ``t`` and x ``x``; the label spans ``left``..``right`` pixels."""

    t: float
    x: float
    label: AxisLabel
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


def minor_label(t: float, step: Step, zone: tzinfo | None = UTC, origin: float = 0.0) -> AxisLabel:
    """The short label under a minor tick: ``08:39``, ``19``, ``Dec``, ``2018``, ``T+12d``."""
    if step.unit == "metday":
        return AxisLabel.plain(format_met(t - origin).split(" ")[0])
    moment = _wall(t, zone)
    if step.unit == "second":
        return AxisLabel.plain(moment.strftime("%H:%M:%S"))
    if step.unit in ("minute", "hour"):
        return AxisLabel.plain(moment.strftime("%H:%M"))
    if step.unit == "day":
        return AxisLabel.plain(str(moment.day))
    if step.unit == "month":
        return AxisLabel.of(AxisForm.MONTH, moment)
    return AxisLabel.plain(str(moment.year))


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


def major_label(t: float, step: Step, zone: tzinfo | None = UTC) -> AxisLabel:
    moment = _wall(t, zone)
    if step.unit in ("minute", "hour"):
        return AxisLabel.of(AxisForm.DAY_CLOCK, moment)
    if step.unit == "day":
        return AxisLabel.of(AxisForm.WEEKDAY_DAY, moment)
    if step.unit == "month":
        return AxisLabel.of(AxisForm.MONTH_YEAR, moment)
    if step.unit == "year" and step.count == 1:
        return AxisLabel.plain(str(moment.year))
    return AxisLabel.of(AxisForm.DECADE, moment)


def _met_major_label(t: float, origin: float) -> AxisLabel:
    return AxisLabel.plain(format_met(t - origin).split(" ")[0])


def _minor_ticks(ts: Sequence[float], labels: Sequence[AxisLabel], scale: TimeScale,
                 measure: MeasureLabel) -> list[Tick]:
    ticks: list[Tick] = []
    for t, label in zip(ts, labels, strict=True):
        x = scale.x_for(t)
        w = measure(label)
        ticks.append(Tick(t, x, label, x - w / 2, x + w / 2))
    return ticks


def _fits(ticks: Sequence[Tick], gap: float) -> bool:
    return all(b.left - a.right >= gap for a, b in zip(ticks, ticks[1:], strict=False))


def choose_step(scale: TimeScale, mode: TimeMode = TimeMode.UTC, zone: tzinfo | None = UTC, origin: float = 0.0,
                measure: MeasureLabel = approximate_label_width,
                gap: float = LABEL_GAP) -> tuple[Step | None, list[Tick]]:
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
            labels = [AxisLabel.plain(_met_clock(t - origin, step.unit == "second")) for t in times]
        else:
            times = tick_times(scale.start, scale.end, step, zone, origin, limit=2000)
            labels = [minor_label(t, step, zone, origin) for t in times]
        ticks = _minor_ticks(times, labels, scale, measure)
        if _fits(ticks, gap):
            return step, ticks
    return None, []


def _major_ticks(scale: TimeScale, step: Step, mode: TimeMode, zone: tzinfo | None, origin: float,
                 measure: MeasureLabel, gap: float) -> list[Tick]:
    """Context labels, left-aligned just right of their boundary; the first is pinned to the left edge."""
    if mode == TimeMode.MET:
        if step.unit == "metday":
            return []
        context = Step("metday", 1)
        times = tick_times(scale.start, scale.end, context, UTC, origin, limit=2000)
        label_for: Callable[[float], AxisLabel] = lambda t: _met_major_label(t, origin)  # noqa: E731
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
        for label in (full, *full.shorter_forms()):
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


def axis(scale: TimeScale, mode: TimeMode = TimeMode.UTC, zone: tzinfo | None = UTC, origin: float | None = None,
         measure: MeasureLabel = approximate_label_width, gap: float = LABEL_GAP) -> Axis:
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
        label = (_met_major_label(scale.start, base) if mode == TimeMode.MET else
                 AxisLabel.plain(str(_wall(scale.start, zone).year)))
        width = measure(label)
        if 4 + width <= scale.width:
            major = [Tick(scale.start, 0.0, label, 4.0, 4.0 + width)]
    return Axis(step, tuple(minor), tuple(major))


