"""Who was aboard a station at a chosen moment, answered from the crews and docking times in the data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.aboard import aboard_at
from soyuz_gui.domain.timeutil import Instant, Precision
from soyuz_gui.models.formats import Formats, position_label


def _utc(moment: datetime) -> QDateTime:
    """A QDateTime in UTC, built from fields (the PySide6 6.11 stubs do not accept a datetime)."""
    v = moment.astimezone(UTC)
    return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute, v.second), QTimeZone.utc())


class AboardPanel(QWidget):
    """A date/time picker (UTC) and the list of people aboard then, with the ship each came on."""

    entity_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.station_box = QComboBox(self)
        self.station_box.setAccessibleName(self.tr("Station"))
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("aboardWhen")
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat(self.tr("d MMM yyyy  HH:mm 'UTC'", "QDateTimeEdit display format"))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time in UTC"))
        self.result = QTextBrowser(self)
        self.result.setObjectName("aboardResult")
        self.result.setOpenLinks(False)
        self.result.setAccessibleName(self.tr("People aboard"))
        self.result.document().setDocumentMargin(14)

        row = QHBoxLayout()
        label = QLabel(self.tr("Who was aboard"), self)
        label.setBuddy(self.when)
        row.addWidget(label)
        row.addWidget(self.station_box)
        row.addWidget(QLabel(self.tr("on", "Who was aboard [station] on [date]"), self))
        row.addWidget(self.when)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)

        self.when.setDateTime(_utc(datetime(2017, 12, 20, 12, 0, tzinfo=UTC)))
        self._fill_stations()
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.station_box.currentIndexChanged.connect(self._on_when_changed)
        self.result.anchorClicked.connect(self._on_anchor_clicked)
        self.refresh()

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._fill_stations()
        self.refresh()

    def set_moment(self, moment: datetime) -> None:
        self.when.setDateTime(_utc(moment))

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
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)

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
            no_station = self.tr("No station in the data.")
            self.result.setHtml(f"<p>{escape(no_station)}</p>")
            return
        when = self.moment()
        answer = aboard_at(self._catalog, station_id, when)
        stamp = Formats.current().instant(Instant(when, Precision.MINUTE))
        station = self._catalog.station(station_id)
        if answer.refusal is not None and station is not None:
            self.result.setHtml(f"<p><b>{escape(self._life_refusal(station.name, when))}</b></p>")
            return
        coverage = self._coverage_note(answer.complete)
        if not answer.entries:
            nobody = (self.tr("Nobody was aboard on {when}.") if answer.complete
                      else self.tr("Nobody in the data was aboard on {when}.")).format(when=stamp)
            self.result.setHtml(f"<p>{escape(nobody)}</p><p style='color:gray'>{escape(coverage)}</p>")
            return
        arrived = escape(self.tr("arrived on {ship}", "a person arrived on a ship"))
        rows = []
        for entry in answer.entries:
            ship_link = f'<a href="soyuz:{escape(entry.vehicle)}">{escape(entry.vehicle_name)}</a>'
            expeditions = ", ".join(
                f'<a href="soyuz:{escape(e)}">{escape(self._expedition_name(e))}</a>' for e in entry.expeditions)
            position = escape(position_label(entry.position)) if entry.position else ""
            rows.append(f'<tr><td style="padding:3px 18px 3px 0px">'
                        f'<a href="soyuz:{escape(entry.person)}">{escape(entry.name)}</a></td>'
                        f'<td style="padding:3px 18px 3px 0px">{position}</td>'
                        f'<td style="padding:3px 18px 3px 0px">{arrived.format(ship=ship_link)}</td>'
                        f'<td style="padding:3px 0px">{expeditions}</td></tr>')
        n = len(answer.entries)
        heading = (self.tr("%n person aboard on {when}", "", n) if n == 1
                   else self.tr("%n people aboard on {when}", "", n)).format(when=stamp)
        self.result.setHtml(f"<h3>{escape(heading)}</h3><table>{''.join(rows)}</table>"
                            f"<p style='color:gray'>{escape(coverage)}</p>")

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

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "soyuz":
            self.entity_requested.emit(url.path())
