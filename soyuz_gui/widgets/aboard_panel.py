"""Who was aboard a station at a chosen moment, answered from the crews and docking times in the data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.aboard import aboard_at
from soyuz_gui.domain.timeutil import Instant, Precision
from soyuz_gui.models.formats import Formats, position_label
from soyuz_gui.widgets.accessible import AccessibleList, AccessibleListItem, LinkButton, install_accessibility


def _utc(moment: datetime) -> QDateTime:
    """A QDateTime in UTC, built from fields (the PySide6 6.11 stubs do not accept a datetime)."""
    v = moment.astimezone(UTC)
    return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute, v.second), QTimeZone.utc())


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_UTC_SUFFIX = re.compile(r"\s*(?:UTC|GMT|Z|\+00:?00)$", re.IGNORECASE)
_BASE_YEAR = 1950  # a two-digit year in the locale's short format: 57 is 1957, 18 is 2018


def parse_moment(text: str, locale: QLocale, display_format: str) -> datetime | None:
    """What a person typed as a UTC moment, or None when it is not one (never a guess).

    Accepted: ISO (``2018-01-01 00:00``, ``2018-01-01T00:00Z``, ``2018-01-01``: midnight), the field's own display
    format, and the locale's long and short date-time and date formats (``01 Jan 2018 00:00``, ``1/1/18 12:00 AM``).
    A trailing ``UTC``/``Z`` is allowed; every time is UTC.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    shown = locale.toDateTime(cleaned, " ".join(display_format.split()), _BASE_YEAR)
    if shown.isValid():
        return _from_fields(shown.date(), shown.time())
    cleaned = _UTC_SUFFIX.sub("", cleaned)
    iso = _ISO.match(cleaned)
    if iso:
        year, month, day, hour, minute, second = (int(part) if part else 0 for part in iso.groups())
        try:
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:  # 2018-02-30, 25:00
            return None
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for written in (locale.dateTimeFormat(kind), locale.dateFormat(kind)):
            plain = " ".join(written.replace("tttt", "").replace("t", "").split())  # no zone name: it is UTC
            no_weekday = re.sub(r"^dddd,?\s*|,?\s*dddd", "", plain)  # "2018年1月1日" without 月曜日
            for fmt in dict.fromkeys((plain, no_weekday)):
                value = locale.toDateTime(cleaned, fmt, _BASE_YEAR)
                if value.isValid():
                    return _from_fields(value.date(), value.time())
    for fmt in ("d MMM yyyy HH:mm", "d MMM yyyy H:mm", "d MMMM yyyy HH:mm", "d MMM yyyy", "d MMMM yyyy"):
        value = locale.toDateTime(cleaned, fmt, _BASE_YEAR)
        if value.isValid():
            return _from_fields(value.date(), value.time())
    return None


def _from_fields(date: QDate, time: QTime) -> datetime:
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second(), tzinfo=UTC)


@dataclass(frozen=True)
class AboardRow:
    """One person aboard, as the result list shows it."""

    person: str
    name: str
    position: str
    ship: str
    ship_name: str
    expeditions: tuple[tuple[str, str], ...]  # (id, name)


class AboardResult(QScrollArea):
    """The answer: a heading, a list of the people aboard (each with links to the person, the ship and the
    expeditions) and a note on how complete the answer is.

    Built of widgets rather than one rich-text page so assistive technology gets a list of items with links in
    them (roles List, ListItem and Link), and each link is reachable with Tab.
    """

    entity_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_accessibility()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setObjectName("aboardHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.list = AccessibleList(body)
        self.list.setObjectName("aboardList")
        self._rows = QVBoxLayout(self.list)
        self._rows.setContentsMargins(0, 4, 0, 4)
        self._rows.setSpacing(2)
        self.note = QLabel(body)
        self.note.setObjectName("aboardNote")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setWidget(body)
        self._text: list[str] = []
        self._items: list[AccessibleListItem] = []
        self._retired: list[AccessibleListItem] = []

    def links(self) -> list[LinkButton]:
        return self.list.findChildren(LinkButton)

    def items(self) -> list[AccessibleListItem]:
        return list(self._items)

    def toPlainText(self) -> str:
        return "\n".join(self._text)

    def set_message(self, text: str, note: str = "") -> None:
        self._clear()
        self.heading.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.list.hide()
        self._text = [text, *([note] if note else [])]

    def set_people(self, heading: str, rows: list[AboardRow], note: str, arrived: str) -> None:
        self._clear()
        self.heading.setText(heading)
        self.list.setAccessibleName(heading)
        self._text = [heading]
        cells = [self._add_row(row, arrived) for row in rows]
        for column in range(3):  # line the columns up: each cell as wide as the widest in its column
            width = max((row[column].sizeHint().width() for row in cells), default=0)
            for row_cells in cells:
                row_cells[column].setFixedWidth(width)
        self.list.show()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._text.append(note)

    def _add_row(self, row: AboardRow, arrived: str) -> tuple[QWidget, ...]:
        """One person as one list item (its links inside it); returns the item's cells."""
        item = AccessibleListItem(self.list)
        before, _, after = arrived.partition("{ship}")
        expeditions = ", ".join(name for _, name in row.expeditions)
        spoken = ", ".join(filter(None, [row.name, row.position, f"{before}{row.ship_name}{after}".strip(),
                                         expeditions]))
        item.setAccessibleName(spoken)
        name = self._link(item, row.name, row.person)
        position = QLabel(row.position, item)
        ship_cell = QWidget(item)
        ship_row = QHBoxLayout(ship_cell)
        ship_row.setContentsMargins(0, 0, 0, 0)
        ship_row.setSpacing(4)
        if before.strip():
            ship_row.addWidget(QLabel(before.strip(), ship_cell))
        ship_row.addWidget(self._link(ship_cell, row.ship_name, row.ship))
        if after.strip():
            ship_row.addWidget(QLabel(after.strip(), ship_cell))
        ship_row.addStretch(1)
        expedition_cell = QWidget(item)
        expedition_row = QHBoxLayout(expedition_cell)
        expedition_row.setContentsMargins(0, 0, 0, 0)
        expedition_row.setSpacing(8)
        for expedition_id, expedition_name in row.expeditions:
            expedition_row.addWidget(self._link(expedition_cell, expedition_name, expedition_id))
        expedition_row.addStretch(1)
        line = QHBoxLayout(item)
        line.setContentsMargins(0, 1, 0, 1)
        line.setSpacing(18)
        cells = (name, position, ship_cell, expedition_cell)
        for cell in cells:
            line.addWidget(cell)
        line.setStretch(3, 1)
        self._rows.addWidget(item)
        self._items.append(item)
        self._text.append("\t".join([row.name, row.position, f"{before}{row.ship_name}{after}", expeditions]))
        return cells

    def _link(self, parent: QWidget, text: str, target: str) -> LinkButton:
        link = LinkButton(text, target, parent)
        link.link_activated.connect(self.entity_requested)
        return link

    def _clear(self) -> None:
        while self._rows.count():
            self._rows.takeAt(0)
        # Out of the list at once (assistive technology must not see old items), deleted when control returns to
        # the event loop: a click on one of its links may be what led here.
        for item in self._items:
            item.hide()
            item.setParent(None)
            item.deleteLater()
        self._retired = self._items
        self._items = []


class AboardPanel(QWidget):
    """A date/time picker (UTC) and the list of people aboard then, with the ship each came on."""

    entity_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.station_box = QComboBox(self)
        self.station_box.setAccessibleName(self.tr("Station"))
        self._moment = datetime(2017, 12, 20, 12, 0, tzinfo=UTC)
        self._display_format = self.tr("d MMM yyyy  HH:mm 'UTC'", "QDateTimeEdit display format")
        # A plain line edit: typing "2018-01-01 00:00" or "01 Jan 2018 00:00" means that moment, and anything that
        # is not a date is refused with a message, instead of a sectioned editor silently making another date.
        self.when = QLineEdit(self)
        self.when.setObjectName("aboardWhen")
        self.when.setAccessibleName(self.tr("Date and time in UTC"))
        self.when.setPlaceholderText("2018-01-01 00:00")
        self.when.setMaximumWidth(self.when.fontMetrics().horizontalAdvance("0" * 34))
        self.when.setToolTip(self.tr("Type a date and time in UTC, e.g. 2018-01-01 00:00 or 1 Jan 2018 00:00, "
                                     "then press Enter"))
        self.pick_button = QToolButton(self)
        self.pick_button.setObjectName("aboardCalendar")
        self.pick_button.setText(self.tr("Calendar"))
        self.pick_button.setAccessibleName(self.tr("Pick the date from a calendar"))
        self.pick_button.setToolTip(self.pick_button.accessibleName())
        # A popup calendar under the button, as QDateTimeEdit's own popup was (same size, same styling).
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        # No week numbers, and day cells that share the calendar's width and height: a style that gives the
        # calendar a minimum size (the kiosk's, for fingers) then gets day cells of that size.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        for table in self.calendar.findChildren(QTableView):
            for header in (table.horizontalHeader(), table.verticalHeader()):
                header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pick_button.clicked.connect(self._open_calendar)
        self.calendar.clicked.connect(self._on_calendar_picked)
        self.calendar.activated.connect(self._on_calendar_picked)
        self.when_error = QLabel(self)
        self.when_error.setObjectName("aboardWhenError")
        self.when_error.setWordWrap(True)
        self.when_error.setStyleSheet("color: #b3261e; font-weight: 600")
        self.when_error.hide()
        self.result = AboardResult(self)
        self.result.setObjectName("aboardResult")
        self.result.setAccessibleName(self.tr("People aboard"))
        self.result.list.setAccessibleName(self.tr("People aboard"))

        row = QHBoxLayout()
        # Labels with buddies: on Linux a screen reader names a combo box by its current item and says what it is
        # for through the label that points at it (AT-SPI "labelled by"), so each field gets its label.
        label = QLabel(self.tr("Who was aboard"), self)
        label.setBuddy(self.station_box)
        row.addWidget(label)
        row.addWidget(self.station_box)
        on = QLabel(self.tr("on", "Who was aboard [station] on [date]"), self)
        on.setBuddy(self.when)
        row.addWidget(on)
        row.addWidget(self.when, 1)
        row.addWidget(self.pick_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.when_error)
        layout.addWidget(self.result, 1)

        self._show_moment_text()
        self._fill_stations()
        self.when.editingFinished.connect(self._on_text_entered)
        self.station_box.currentIndexChanged.connect(self._on_when_changed)
        self.result.entity_requested.connect(self.entity_requested)
        self.refresh()

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._fill_stations()
        self.refresh()

    def set_moment(self, moment: datetime) -> None:
        self._moment = moment.astimezone(UTC).replace(microsecond=0)
        self._show_moment_text()
        self._set_error(None)
        self.refresh()

    def set_text(self, text: str) -> bool:
        """Take a typed moment as if entered by hand; False (and a visible message) when it is not a date."""
        self.when.setText(text)
        return self._on_text_entered()

    def _show_moment_text(self) -> None:
        self.when.setText(QLocale().toString(_utc(self._moment), self._display_format))
        self.calendar.setSelectedDate(QDate(self._moment.year, self._moment.month, self._moment.day))

    def _on_text_entered(self) -> bool:
        moment = parse_moment(self.when.text(), QLocale(), self._display_format)
        if moment is None:
            example = QLocale().toString(_utc(datetime(2018, 1, 1, tzinfo=UTC)), self._display_format)
            self._set_error(self.tr("“{text}” is not a date this field understands; nothing was changed. Type "
                                    "e.g. 2018-01-01 00:00, 2018-01-01 or {example}.").format(
                text=self.when.text().strip(), example=example))
            return False
        if moment != self._moment:
            self.set_moment(moment)
        else:
            self._show_moment_text()
            self._set_error(None)
        return True

    def _set_error(self, message: str | None) -> None:
        self.when_error.setText(message or "")
        self.when_error.setVisible(bool(message))
        self.when.setAccessibleDescription(message or "")
        self.when.setStyleSheet("border: 2px solid #b3261e" if message else "")

    def _open_calendar(self) -> None:
        self.calendar.setSelectedDate(QDate(self._moment.year, self._moment.month, self._moment.day))
        self.calendar.adjustSize()
        below = self.pick_button.mapToGlobal(self.pick_button.rect().bottomRight())
        self.calendar.move(below.x() - self.calendar.width(), below.y())
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_picked(self, date: QDate) -> None:
        self.calendar.hide()
        self.set_moment(self._moment.replace(year=date.year(), month=date.month(), day=date.day()))

    def show_mission_moment(self, mission_id: str) -> None:
        """Jump to the first whole minute at which a mission was docked: its crew has just joined the station."""
        mission = self._catalog.mission(mission_id)
        if mission is None:
            return
        docked = [d for d in mission.dockings if d.docked and d.station]
        if docked:
            first = min(docked, key=lambda d: d.docked.value)  # type: ignore[union-attr]
            index = self.station_box.findData(first.station)
            if index >= 0:
                self.station_box.setCurrentIndex(index)  # the ship's station, not the one picked before
            assert first.docked is not None
            moment = first.docked.value
            if moment.second or moment.microsecond:  # the picker shows minutes: round up, not back before docking
                moment = moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
            self.set_moment(moment)

    def moment(self) -> datetime:
        return self._moment

    def _fill_stations(self) -> None:
        self.station_box.blockSignals(True)
        self.station_box.clear()
        stations = self._catalog.stations()
        for station in stations:
            self.station_box.addItem(station.name, station.id)
        # Start on the station that was in orbit at the chosen moment (the latest one, if several were).
        alive = [n for n, s in enumerate(stations) if self._catalog.in_station_life(s, self.moment())]
        if alive:
            self.station_box.setCurrentIndex(alive[-1])
        self.station_box.blockSignals(False)

    def _on_when_changed(self, *_: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        station_id = self.station_box.currentData()
        if not station_id:
            self.result.set_message(self.tr("No station in the data."))
            return
        when = self.moment()
        answer = aboard_at(self._catalog, station_id, when)
        stamp = Formats.current().instant(Instant(when, Precision.MINUTE))
        station = self._catalog.station(station_id)
        if answer.refusal is not None and station is not None:
            self.result.set_message(self._life_refusal(station.name, when))
            return
        coverage = self._coverage_note(answer.complete)
        if not answer.entries:
            nobody = (self.tr("Nobody was aboard on {when}.") if answer.complete
                      else self.tr("Nobody in the data was aboard on {when}.")).format(when=stamp)
            self.result.set_message(nobody, coverage)
            return
        arrived = self.tr("arrived on {ship}", "a person arrived on a ship")
        rows = [AboardRow(entry.person, entry.name, position_label(entry.position) if entry.position else "",
                          entry.vehicle, entry.vehicle_name,
                          tuple((e, self._expedition_name(e)) for e in entry.expeditions))
                for entry in answer.entries]
        n = len(answer.entries)
        heading = (self.tr("%n person aboard on {when}", "", n) if n == 1
                   else self.tr("%n people aboard on {when}", "", n)).format(when=stamp)
        self.result.set_people(heading, rows, coverage, arrived)

    def _coverage_note(self, complete: bool) -> str:
        """Say how far the answer can be trusted, as precisely as the data allows."""
        station = self._catalog.station(self.station_box.currentData())
        if complete:
            return self.tr("Derived from the crews and docking times in the data, which hold every crewed ship that "
                           "docked at this station then.")
        formats = Formats.current()
        if station is not None and station.complete_from and station.complete_until:
            return self.tr("The data holds every crewed visit to {station} from {start} to {end} only; at this "
                           "moment crews that came on ships not in the data would be missing.").format(
                station=station.name, start=formats.instant(station.complete_from),
                end=formats.instant(station.complete_until))
        return self.tr("Derived from the crews and docking times in the data; crews that came on ships the data does "
                       "not hold would be missing.")

    def _expedition_name(self, expedition_id: str) -> str:
        expedition = self._catalog.expedition(expedition_id)
        return expedition.name if expedition else expedition_id

    def _life_refusal(self, name: str, when: datetime) -> str:
        """The station did not exist then: say so, with its life in orbit, in the interface language."""
        station = self._catalog.station(self.station_box.currentData())
        formats = Formats.current()
        launched = formats.instant(station.launched) if station and station.launched else None
        reentered = formats.instant(station.reentered) if station and station.reentered else None
        if launched and station and station.launched and when < station.launched.value:
            return self.tr("{station} was not in orbit yet: it was launched on {date}.").format(
                station=name, date=launched)
        return self.tr("{station} was no longer in orbit: it re-entered the atmosphere on {date}.").format(
            station=name, date=reentered or "?")
