"""An axis label as a form and a wall-clock moment, so a view can write it in any language without parsing it.

Qt-free. :attr:`AxisLabel.english` is the label as the axis lays it out in English (strftime in the C locale).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class AxisForm(StrEnum):
    PLAIN = "plain"  # numbers and clocks that read the same in every language: "08:39", "19", "2018", "T+12d"
    MONTH = "month"  # "Dec"
    SHORT_MONTH_YEAR = "short-month-year"  # "Dec 2017"
    MONTH_YEAR = "month-year"  # "December 2017"
    DAY_MONTH = "day-month"  # "19 Dec"
    DAY_MONTH_YEAR = "day-month-year"  # "19 Dec 2017"
    WEEKDAY_DAY = "weekday-day"  # "Tue 19 Dec 2017"
    DAY_MONTH_CLOCK = "day-month-clock"  # "19 Dec 08:39"
    DAY_CLOCK = "day-clock"  # "19 Dec 2017 08:39"
    DECADE = "decade"  # "2010s"


def _english(form: AxisForm, moment: datetime) -> str:
    if form == AxisForm.MONTH:
        return moment.strftime("%b")
    if form == AxisForm.SHORT_MONTH_YEAR:
        return moment.strftime("%b %Y")
    if form == AxisForm.MONTH_YEAR:
        return moment.strftime("%B %Y")
    if form == AxisForm.DAY_MONTH:
        return f"{moment.day} {moment.strftime('%b')}"
    if form == AxisForm.DAY_MONTH_YEAR:
        return f"{moment.day} {moment.strftime('%b %Y')}"
    if form == AxisForm.WEEKDAY_DAY:
        return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b %Y')}"
    if form == AxisForm.DAY_MONTH_CLOCK:
        return f"{moment.day} {moment.strftime('%b %H:%M')}"
    if form == AxisForm.DAY_CLOCK:
        return f"{moment.day} {moment.strftime('%b %Y %H:%M')}"
    if form == AxisForm.DECADE:
        return f"{moment.year}s"
    raise ValueError(f"{form} needs its text, not a moment")


@dataclass(frozen=True, slots=True)
class AxisLabel:
    """What a tick says: its form, the moment it names (wall clock of the axis's zone) and its English text."""

    form: AxisForm
    english: str
    # Form and text say all a translation needs, so labels that read alike are equal (the view caches by them).
    moment: datetime | None = field(default=None, compare=False)

    @classmethod
    def plain(cls, text: str) -> AxisLabel:
        return cls(AxisForm.PLAIN, text)

    @classmethod
    def of(cls, form: AxisForm, moment: datetime) -> AxisLabel:
        return cls(form, _english(form, moment), moment)

    def shorter_forms(self) -> list[AxisLabel]:
        """Shorter context labels: "December 2017" -> "Dec 2017", "Dec"; "Tue 19 Dec 2017" -> "19 Dec"."""
        moment = self.moment
        if moment is None:
            return []
        if self.form == AxisForm.DAY_CLOCK:
            return [AxisLabel.of(AxisForm.DAY_MONTH_CLOCK, moment), AxisLabel.plain(moment.strftime("%H:%M"))]
        if self.form == AxisForm.WEEKDAY_DAY:
            return [AxisLabel.of(AxisForm.DAY_MONTH_YEAR, moment), AxisLabel.of(AxisForm.DAY_MONTH, moment)]
        if self.form == AxisForm.MONTH_YEAR and moment.strftime("%B") != moment.strftime("%b"):  # not "May"
            return [AxisLabel.of(AxisForm.SHORT_MONTH_YEAR, moment), AxisLabel.of(AxisForm.MONTH, moment)]
        return []
