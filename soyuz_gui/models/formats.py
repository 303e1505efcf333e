"""Locale-aware text for views: instants, numbers, durations and crew positions in the interface language.

Qt-free callers use the English ``Instant.human()`` and ``duration_human``; views use a :class:`Formats` so that a
Russian or Japanese interface writes "17 декабря 2017 г., 07:21 UTC" or "2017年12月17日 07:21 UTC". Patterns and unit
names are messages in the ``Formats`` context of the translation catalogues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from soyuz_gui.domain.timeutil import Instant, Precision, duration_parts

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into ``context``; it is translated where it is shown."""
    return text


# Crew positions as the data writes them (case aside); a number after one ("Flight Engineer 2") is kept.
_POSITIONS = {
    "commander": QT_TRANSLATE_NOOP("Positions", "Commander"),
    "flight engineer": QT_TRANSLATE_NOOP("Positions", "Flight Engineer"),
    "spaceflight participant": QT_TRANSLATE_NOOP("Positions", "Spaceflight participant"),
    "landing crew member": QT_TRANSLATE_NOOP("Positions", "Landing crew member"),
}
_NUMBERED = re.compile(r"(?P<base>.*?)(?:\s+(?P<number>\d+))?")


def position_label(text: str) -> str:
    """A crew position in the interface language (``Flight Engineer 1`` -> ``Бортинженер-1``).

    Positions outside the known set, and every position when no translation is installed, read as the data has
    them.
    """
    labels = []
    changed = False
    for part in text.split("/"):
        match = _NUMBERED.fullmatch(part.strip())
        base = match.group("base") if match else part
        key = _POSITIONS.get(base.casefold())
        if key is None:
            return text
        label = translate("Positions", key)
        changed = changed or label != key
        number = match.group("number") if match else None
        if number:
            label = translate("Positions", "{position} {number}", "e.g. Flight Engineer 2").format(
                position=label, number=number)
        labels.append(label)
    return "/".join(labels) if changed else text


def outcome_label(kind: str) -> str:
    """What did not go to plan, in the interface language (the badge text in the tree and on pages)."""
    labels = {
        "launch-abort": translate("Outcomes", "Launch abort"),
        "docking-failed": translate("Outcomes", "Docking failed"),
        "crew-lost": translate("Outcomes", "Crew lost"),
        "ballistic-reentry": translate("Outcomes", "Ballistic re-entry"),
        "off-target-landing": translate("Outcomes", "Off-target landing"),
        "uncrewed": translate("Outcomes", "Uncrewed"),
        "landed-empty": translate("Outcomes", "Landed without crew"),
        "early-return": translate("Outcomes", "Early return"),
        "other": translate("Outcomes", "Did not go to plan"),
    }
    return labels.get(kind, kind)


def _english() -> QLocale:
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


_PAGE_LANGUAGES = (QLocale.Language.English, QLocale.Language.Russian, QLocale.Language.Japanese)


@dataclass(frozen=True)
class Formats:
    """Writes instants, numbers and durations for one locale; the patterns and unit names are translated.

    The default is English, exactly as the pages read without translations ("17 December 2017, 07:21 UTC",
    "7,290", "168 days 5 hours 18 minutes").
    """

    locale: QLocale = field(default_factory=_english)

    @classmethod
    def current(cls) -> Formats:
        """The default locale (``QLocale.setDefault``) when the pages are translated into its language."""
        locale = QLocale()
        return cls(locale) if locale.language() in _PAGE_LANGUAGES else cls()

    def instant(self, instant: Instant) -> str:
        """An instant no finer than its precision, in UTC."""
        v = instant.value.astimezone(UTC)
        if instant.precision == Precision.YEAR:
            return translate("Formats", "{year}", "a year on its own, e.g. 2017").format(year=v.year)
        if instant.precision == Precision.MONTH:
            month = self.locale.standaloneMonthName(v.month, QLocale.FormatType.LongFormat)
            return translate("Formats", "{month} {year}", "a month, e.g. December 2017").format(
                month=month, year=v.year)
        moment = QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute, v.second), QTimeZone.utc())
        if instant.precision == Precision.DAY:
            pattern = translate("Formats", "d MMMM yyyy", "QDateTime format of a day")
        elif instant.precision == Precision.MINUTE:
            pattern = translate("Formats", "d MMMM yyyy, HH:mm 'UTC'", "QDateTime format of a minute in UTC")
        else:
            pattern = translate("Formats", "d MMMM yyyy, HH:mm:ss 'UTC'", "QDateTime format of a second in UTC")
        return self.locale.toString(moment, pattern)

    def date(self, day: date) -> str:
        """A calendar date (a birthday), as the day precision of :meth:`instant` writes it."""
        pattern = translate("Formats", "d MMMM yyyy", "QDateTime format of a day")
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def short_date(self, instant: Instant) -> str:
        """A compact day for narrow columns (``17 Dec 2017``)."""
        v = instant.value.astimezone(UTC)
        pattern = translate("Formats", "dd MMM yyyy", "QDate format of a short day in the mission tree")
        return self.locale.toString(QDate(v.year, v.month, v.day), pattern)

    def number(self, value: float) -> str:
        """A whole number with the locale's group separators (``7,290``)."""
        return self.locale.toString(float(value), "f", 0)

    def duration(self, delta: timedelta, precision: Precision = Precision.SECOND) -> str:
        """``168 days 5 hours 18 minutes``: no finer than the precision; zero parts between others are kept."""
        values = duration_parts(delta)
        limit = {Precision.DAY: 1, Precision.MINUTE: 3}.get(precision, 4)
        if precision < Precision.DAY:
            limit = 1
        shown = list(enumerate(values))[:limit]
        while len(shown) > 1 and shown[-1][1] == 0:
            shown.pop()
        start = 0
        while start < len(shown) - 1 and shown[start][1] == 0:
            start += 1
        return " ".join(self._unit(unit, n) for unit, n in shown[start:])

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate in the ``Formats`` context.

        Plural messages are written ``self.tr(text, comment, n)``: pyside6-lupdate 6.11 marks a message as plural
        only in that form (``QCoreApplication.translate`` with a variable count is extracted as a plain message).
        """
        return translate("Formats", text, disambiguation, n)

    def _unit(self, unit: int, n: int) -> str:
        # Two messages per unit so the English source reads right without a translation; each translation
        # carries every plural form of its language.
        if unit == 0:
            return self.tr("%n day", "duration", n) if n == 1 else self.tr("%n days", "duration", n)
        if unit == 1:
            return self.tr("%n hour", "duration", n) if n == 1 else self.tr("%n hours", "duration", n)
        if unit == 2:
            return self.tr("%n minute", "duration", n) if n == 1 else self.tr("%n minutes", "duration", n)
        return self.tr("%n second", "duration", n) if n == 1 else self.tr("%n seconds", "duration", n)
