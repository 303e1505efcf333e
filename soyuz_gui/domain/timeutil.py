"""Instants with a precision, and durations written the way people read them.

Sources give times as "17 December 2017, 07:21 UTC" or "07:21:01.127": an :class:`Instant` keeps the value and how
precise it is, so the app never shows seconds a source did not give.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from enum import IntEnum

import msgspec


class Precision(IntEnum):
    """How much of an instant a source gave (higher is finer)."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
    SECOND = 5


class TimeFormatError(ValueError):
    """A time string is not ISO 8601 UTC in one of the accepted shapes."""


_PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?)?"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


class Instant(msgspec.Struct, frozen=True, order=True):
    """A moment in UTC plus the precision the source gave it with."""

    value: datetime
    precision: Precision

    def __post_init__(self) -> None:
        if self.value.tzinfo is None:
            raise ValueError("Instant needs an aware datetime")

    def iso(self) -> str:
        """ISO 8601 text, no finer than the precision."""
        v = self.value.astimezone(UTC)
        if self.precision == Precision.YEAR:
            return f"{v.year:04d}"
        if self.precision == Precision.MONTH:
            return f"{v.year:04d}-{v.month:02d}"
        if self.precision == Precision.DAY:
            return v.date().isoformat()
        if self.precision == Precision.MINUTE:
            return v.strftime("%Y-%m-%dT%H:%MZ")
        if v.microsecond:
            return v.strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0") + "Z"
        return v.strftime("%Y-%m-%dT%H:%M:%SZ")

    def human(self) -> str:
        """Readable English text such as ``17 December 2017, 07:21 UTC``."""
        v = self.value.astimezone(UTC)
        if self.precision == Precision.YEAR:
            return str(v.year)
        if self.precision == Precision.MONTH:
            return v.strftime("%B %Y")
        day = f"{v.day} {v.strftime('%B %Y')}"
        if self.precision == Precision.DAY:
            return day
        if self.precision == Precision.MINUTE:
            return f"{day}, {v.strftime('%H:%M')} UTC"
        return f"{day}, {v.strftime('%H:%M:%S')} UTC"

    @property
    def has_time_of_day(self) -> bool:
        return self.precision >= Precision.MINUTE

    @property
    def end_value(self) -> datetime:
        """The first moment after the period the instant names (the next day for a date, next minute ...)."""
        v = self.value
        if self.precision == Precision.YEAR:
            return v.replace(year=v.year + 1)
        if self.precision == Precision.MONTH:
            return v.replace(year=v.year + 1, month=1) if v.month == 12 else v.replace(month=v.month + 1)
        step = {Precision.DAY: timedelta(days=1), Precision.MINUTE: timedelta(minutes=1)}.get(self.precision)
        return v + step if step else v + timedelta(seconds=1)


def parse_instant(text: str) -> Instant:
    """Parse ISO 8601 text; a time of day must carry a zone, dates must exist."""
    match = _PATTERN.match(text.strip())
    if not match:
        raise TimeFormatError(
            f"'{text}' is not an ISO 8601 time (expected e.g. 2017-12-17T07:21Z, 2017-12-17 or 2017-12)"
        )
    parts = match.groupdict()
    year = int(parts["year"])
    month = int(parts["month"] or 1)
    day = int(parts["day"] or 1)
    if parts["hour"] is not None and parts["zone"] is None:
        raise TimeFormatError(f"'{text}' has a time of day but no time zone; write it in UTC with a trailing Z")
    try:
        if parts["hour"] is None:
            value = datetime(year, month, day, tzinfo=UTC)
            precision = Precision.DAY if parts["day"] else Precision.MONTH if parts["month"] else Precision.YEAR
        else:
            fraction = (parts["fraction"] or "").ljust(6, "0")
            zone = parts["zone"]
            tz = UTC if zone == "Z" else _offset(zone)
            value = datetime(
                year, month, day, int(parts["hour"]), int(parts["minute"]), int(parts["second"] or 0),
                int(fraction or 0), tzinfo=tz,
            ).astimezone(UTC)
            precision = Precision.SECOND if parts["second"] is not None else Precision.MINUTE
    except ValueError as exc:
        raise TimeFormatError(f"'{text}' is not a real date or time ({exc})") from None
    return Instant(value, precision)


def _offset(zone: str) -> timezone:
    sign = -1 if zone[0] == "-" else 1
    hours, minutes = int(zone[1:3]), int(zone[4:6])
    if hours > 14 or minutes > 59:
        raise ValueError(f"offset {zone} out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_date(text: str) -> date:
    """A calendar date ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise TimeFormatError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


# --- durations -------------------------------------------------------------------------------------------------

_UNITS = (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))


def duration_parts(delta: timedelta) -> tuple[int, int, int, int]:
    """Whole days, hours, minutes and seconds of a non-negative duration."""
    total = int(delta.total_seconds())
    if total < 0:
        raise ValueError("negative duration")
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return days, hours, minutes, seconds


def duration_iso(delta: timedelta, precision: Precision = Precision.SECOND) -> str:
    """ISO 8601 duration such as ``P168DT5H18M``."""
    days, hours, minutes, seconds = duration_parts(delta)
    time = ""
    if hours:
        time += f"{hours}H"
    if minutes:
        time += f"{minutes}M"
    if seconds and precision >= Precision.SECOND:
        time += f"{seconds}S"
    text = f"P{days}D" if days else "P"
    if time:
        text += "T" + time
    return text if text != "P" else "PT0S"


def duration_human(delta: timedelta, precision: Precision = Precision.SECOND) -> str:
    """English text such as ``168 days 5 hours 18 minutes``; zero hours are kept between non-zero parts."""
    values = duration_parts(delta)
    limit = {Precision.DAY: 1, Precision.MINUTE: 3}.get(precision, 4)
    if precision < Precision.DAY:
        limit = 1
    pieces: list[str] = []
    shown = [(n, unit) for (unit, _), n in zip(_UNITS, values, strict=True)][:limit]
    # Drop trailing zero parts, but keep inner zeros ("166 days 0 hours 37 minutes") as sources print them.
    while len(shown) > 1 and shown[-1][0] == 0:
        shown.pop()
    start = 0
    while start < len(shown) - 1 and shown[start][0] == 0:
        start += 1
    for n, unit in shown[start:]:
        pieces.append(f"{n} {unit}{'' if n == 1 else 's'}")
    return " ".join(pieces)


_HUMAN_PART = re.compile(r"(\d+)\s*(day|hour|minute|second|d|h|m|s)s?\b", re.IGNORECASE)


def parse_human_duration(text: str) -> timedelta:
    """Read durations as sources print them: ``168 days 5 hours 18 minutes``, ``199d 16h 42m 46s``."""
    seconds = 0
    found = False
    factors = {"day": 86400, "d": 86400, "hour": 3600, "h": 3600, "minute": 60, "m": 60, "second": 1, "s": 1}
    for number, unit in _HUMAN_PART.findall(text):
        seconds += int(number) * factors[unit.lower()]
        found = True
    if not found:
        raise ValueError(f"no duration in '{text}'")
    return timedelta(seconds=seconds)


def smallest_unit_seconds(text: str) -> int:
    """The finest unit a printed duration uses, in seconds (``5 hours 18 minutes`` -> 60)."""
    factors = {"day": 86400, "d": 86400, "hour": 3600, "h": 3600, "minute": 60, "m": 60, "second": 1, "s": 1}
    units = [factors[unit.lower()] for _, unit in _HUMAN_PART.findall(text)]
    return min(units) if units else 86400


def common_precision(*instants: Instant) -> Precision:
    """The coarsest precision among instants: a difference is no finer than its inputs."""
    return min(i.precision for i in instants)
