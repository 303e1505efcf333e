"""Timeline text in the interface language: titles, lane names, item labels, times, axis labels.

One layer of :class:`~soyuz_gui.widgets.timeline.view.TimelineView` (its strings are translated in this
class's context). The view caches composed labels per item (``_labels``) and per axis label (``_axis_labels``).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from soyuz_gui.domain.axis_label import AxisForm, AxisLabel
from soyuz_gui.domain.label import Label, LabelKind
from soyuz_gui.domain.timeaxis import Axis, axis
from soyuz_gui.domain.timeline import (
    Band,
    Lane,
    LaneKind,
    TimelineItem,
    precision_name,
)
from soyuz_gui.domain.timescale import DAY, TimeMode, TimeScale, format_instant, to_zone
from soyuz_gui.domain.timeutil import Instant, Precision
from soyuz_gui.models.formats import Formats
from soyuz_gui.widgets.timeline.base import TimelineBase
from soyuz_gui.widgets.timeline.geometry import Hit


class TimelineLabels(TimelineBase):
    """What the view writes: every string passes through ``tr()`` here."""

    def axis_label(self, label: AxisLabel) -> str:
        """An axis label ("December 2017", "Tue 19 Dec 2017", "Dec") in the interface language."""
        found = self._axis_labels.get(label)
        if found is None:
            if len(self._axis_labels) > 4000:
                self._axis_labels.clear()
            found = self._axis_labels.setdefault(label, self._write_axis_label(label))
        return found

    def _write_axis_label(self, label: AxisLabel) -> str:
        formats = Formats.current()
        locale = formats.locale
        form, moment = label.form, label.moment
        if moment is None or locale.language() == QLocale.Language.English:
            return label.english  # numbers, clocks and elapsed time read the same in every language
        if form == AxisForm.DECADE:
            return self.tr("{decade}s", "a decade on the timeline axis, e.g. 2010s").format(decade=moment.year)
        if form == AxisForm.MONTH_YEAR:
            return formats.instant(Instant(datetime(moment.year, moment.month, 1, tzinfo=UTC), Precision.MONTH))
        if form == AxisForm.MONTH:
            return locale.standaloneMonthName(moment.month, QLocale.FormatType.ShortFormat)
        if form == AxisForm.SHORT_MONTH_YEAR:
            return self._short_month(moment.month, moment.year)
        when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                         QTimeZone.utc())
        if form == AxisForm.DAY_CLOCK:
            pattern = self.tr("d MMM yyyy HH:mm", "QDateTime format of a minute in timeline tooltips")
        elif form == AxisForm.WEEKDAY_DAY:
            pattern = self.tr("ddd d MMM yyyy", "QDateTime format of a day with its weekday on the timeline axis")
        elif form == AxisForm.DAY_MONTH_CLOCK:
            pattern = self.tr("d MMM HH:mm", "QDateTime format of a day and time on the timeline axis")
        elif form == AxisForm.DAY_MONTH_YEAR:
            pattern = self.tr("d MMM yyyy", "QDateTime format of a day in timeline tooltips")
        else:
            pattern = self.tr("d MMM", "QDateTime format of a day without its year on the timeline axis")
        return locale.toString(when, pattern)

    def _short_month(self, month: int, year: int) -> str:
        """``Dec 2017``: the month's own (nominative) short name, which a ``MMM`` pattern without a day lacks."""
        name = Formats.current().locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        return self.tr("{month} {year}", "a short month name and a year, e.g. Dec 2017").format(month=name, year=year)

    # --- text in the interface language ------------------------------------------------------------------
    #
    # The Qt-free domain hands over labels as a kind and its values (soyuz_gui.domain.label); they are worded
    # here, around the data's own names (ports, ships, flights), so a translated interface reads
    # "Пристыкован: Rassvet nadir". Titles (the sentences in tooltips) stay the domain's; their times are written here.

    def lane_title(self, lane: Lane) -> str:
        """A lane's title: "Flight phases" and "Events" translated; people, ships, series and ports as named."""
        if lane.kind == LaneKind.PHASES:
            return self.tr("Flight phases")
        if lane.kind == LaneKind.EVENTS:
            return self.tr("Events")
        if lane.row > 1:  # a series' overlapping missions continue on more rows: say which, in words
            return self.tr("{series}, row {row}", "a further row of one spacecraft series on the timeline").format(
                series=lane.title, row=lane.row)
        return lane.title

    def band_labels(self, band: Band) -> tuple[str, str]:
        """An expedition band's name (data) and its short form ("Exp. 54") in the interface language."""
        return band.label, self.label_text(band.short)

    def item_label(self, item: TimelineItem) -> str:
        """The text drawn on or beside an item."""
        return self._item_labels(item)[0]

    def item_name(self, item: TimelineItem) -> str:
        """What a tooltip shows and a screen reader says: the item's sentence and its time(s)."""
        return self.tr("{title}, {time}", "a timeline item and when it happened").format(
            title=item.title, time=self.item_time(item))

    def item_time(self, item: TimelineItem) -> str:
        """An item's time or time range in the chosen mode, no finer than its precision."""
        first = self._instant_text(item.start, item.precision)
        if item.is_point:
            return first
        if item.open_end:
            return self.tr("{start} to now").format(start=first)
        return self.tr("{start} to {end}").format(start=first, end=self._instant_text(item.end, item.precision))

    def short_duration(self, seconds: float) -> str:
        """``168 days``, ``5 h 18 min``, ``19 min``: a bar's length at a glance (the domain's, translated)."""
        if seconds >= 2 * DAY:
            return Formats.current().duration(timedelta(days=round(seconds / DAY)), Precision.DAY)
        if seconds >= 3600:
            hours, minutes = divmod(int(seconds // 60), 60)
            if minutes:
                return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
            return self.tr("{hours} h").format(hours=hours)
        return self.tr("{minutes} min").format(minutes=max(int(seconds // 60), 0))

    def _instant_text(self, t: float, precision: Precision) -> str:
        origin = self._timeline.origin if self._timeline else None
        if self._mode == TimeMode.MET and origin is not None:  # "T+12d 05:18" reads the same in every language
            return format_instant(t, self._mode, origin=origin, precision=precision_name(precision))
        seconds = math.floor(t)
        if self._mode == TimeMode.UTC:
            moment = QDateTime.fromSecsSinceEpoch(seconds, QTimeZone.utc())
            zone = "UTC"
        else:
            moment = QDateTime.fromSecsSinceEpoch(seconds)
            zone = to_zone(t, None).tzname() or ""
        if precision == Precision.YEAR:
            pattern = self.tr("yyyy", "QDateTime format of a year in timeline tooltips")
        elif precision == Precision.MONTH:
            return self._short_month(moment.date().month(), moment.date().year())
        elif precision == Precision.DAY:
            pattern = self.tr("d MMM yyyy", "QDateTime format of a day in timeline tooltips")
        elif precision == Precision.MINUTE:
            pattern = self.tr("d MMM yyyy HH:mm", "QDateTime format of a minute in timeline tooltips")
        else:
            pattern = self.tr("d MMM yyyy HH:mm:ss", "QDateTime format of a second in timeline tooltips")
        text = Formats.current().locale.toString(moment, pattern)
        return f"{text} {zone}".rstrip() if precision >= Precision.MINUTE else text

    def _item_labels(self, item: TimelineItem) -> tuple[str, str, str]:
        """(label, without its duration or years, the shortest form), made once per item and timeline."""
        found = self._labels.get(item.key)
        if found is None:
            label = self.label_text(item.label)
            shorter = item.label.name if item.label.names_a_thing else label
            found = self._labels.setdefault(item.key, (label, shorter, self.label_text(item.short)))
        return found

    def label_text(self, label: Label) -> str:
        """A domain label in the interface language; the data's own names stay as written."""
        kind = label.kind
        if kind == LabelKind.TEXT:
            return label.name
        if kind == LabelKind.DOCKED_AT:
            return self.tr("Docked at {port}").format(port=label.place)
        if kind == LabelKind.RELOCATION:
            return self.tr("Relocation")
        if kind == LabelKind.TO_THE_STATION:
            return self.tr("To the station")
        if kind == LabelKind.RETURN:
            return self.tr("Return", "flight back to Earth")
        if kind == LabelKind.FLIGHT:
            return self.tr("Flight")
        if kind == LabelKind.SHIP_AT:
            return self.tr("{ship} at {port}").format(ship=label.name, port=label.place)
        if kind == LabelKind.NAME_AND_DURATION:
            return self.tr("{name} · {duration}").format(name=label.name, duration=self.short_duration(label.seconds))
        if kind == LabelKind.STILL_IN_SPACE:
            return self.tr("{name} · still in space").format(name=label.name)
        if kind == LabelKind.EVENT:
            return self._event_word(label.name) or label.english
        if kind == LabelKind.EXPEDITION:
            return self.tr("Exp. {number}", "short name of an expedition").format(number=label.first)
        return label.english  # a name and years read the same in every language

    def _event_word(self, kind: str) -> str | None:
        if kind == "launch":
            return self.tr("Launch")
        if kind == "docking":
            return self.tr("Docking")
        if kind == "undocking":
            return self.tr("Undocking")
        if kind == "relocation":
            return self.tr("Relocation")
        if kind == "landing":
            return self.tr("Landing")
        if kind == "spacewalk":
            return self.tr("Spacewalk")
        if kind == "abort":
            return self.tr("Abort")
        if kind == "crew-change":
            return self.tr("Crew change")
        if kind == "other":
            return self.tr("Event")
        return None

    def describe(self, hit: Hit) -> str:
        """Tooltip text for a hit: the item's sentence, or the cluster's count and first few members."""
        if hit.item is not None:
            return self.item_name(hit.item)
        lines = [self.tr("{count} items — zoom in to separate them").format(count=len(hit.members))]
        lines += [self.item_name(m) for m in hit.members[:6]]
        if len(hit.members) > 6:
            lines.append("…")
        return "\n".join(lines)

    def _axis(self, scale: TimeScale) -> Axis:
        origin = self._timeline.origin if self._timeline else None
        zone = UTC if self._mode == TimeMode.UTC else None
        return axis(scale, self._mode, zone, origin, self._measure_axis_label)

    def _measure_axis_label(self, label: AxisLabel) -> float:
        """The width of a label as drawn: the layout of the axis is decided for the translated text."""
        return self._measure(self.axis_label(label))
