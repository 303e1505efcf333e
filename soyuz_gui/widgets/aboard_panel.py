"""Who was aboard a station at a chosen moment, answered from the crews and docking times in the data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape

from PySide6.QtCore import QDateTime, QTimeZone, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.domain import Catalog, Kind, Station
from soyuz_gui.domain.timeutil import Instant, Precision


class AboardPanel(QWidget):
    """A date/time picker (UTC) and the list of people aboard then, with the ship each came on."""

    entity_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.station_box = QComboBox(self)
        self.station_box.setAccessibleName("Station")
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("aboardWhen")
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat("d MMM yyyy  HH:mm 'UTC'")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName("Date and time in UTC")
        self.result = QTextBrowser(self)
        self.result.setObjectName("aboardResult")
        self.result.setOpenLinks(False)
        self.result.setAccessibleName("People aboard")
        self.result.document().setDocumentMargin(14)

        row = QHBoxLayout()
        label = QLabel("Who was aboard", self)
        label.setBuddy(self.when)
        row.addWidget(label)
        row.addWidget(self.station_box)
        row.addWidget(QLabel("on", self))
        row.addWidget(self.when)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)

        self._fill_stations()
        self.when.setDateTime(QDateTime(datetime(2017, 12, 20, 12, 0, tzinfo=UTC)))
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.station_box.currentIndexChanged.connect(self._on_when_changed)
        self.result.anchorClicked.connect(self._on_anchor_clicked)
        self.refresh()

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._fill_stations()
        self.refresh()

    def set_moment(self, moment: datetime) -> None:
        self.when.setDateTime(QDateTime(moment.astimezone(UTC)))

    def show_mission_moment(self, mission_id: str) -> None:
        """Jump to the first whole minute at which a mission was docked: its crew has just joined the station."""
        mission = self._catalog.mission(mission_id)
        if mission is None:
            return
        docked = [d.docked for d in mission.dockings if d.docked]
        if docked:
            moment = min(docked).value
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
        for station in self._catalog.of_kind(Kind.STATION):
            if isinstance(station, Station):
                self.station_box.addItem(station.name, station.id)
        self.station_box.blockSignals(False)

    def _on_when_changed(self, *_: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        station_id = self.station_box.currentData()
        if not station_id:
            self.result.setHtml("<p>No station in the data.</p>")
            return
        when = self.moment()
        aboard = self._catalog.aboard(station_id, when)
        stamp = Instant(when, Precision.MINUTE).human()
        if not aboard:
            self.result.setHtml(f"<p>Nobody in the data was aboard on {escape(stamp)}.</p>"
                                "<p>The answer covers the crews of the ships in the data only.</p>")
            return
        rows = "".join(
            f'<tr><td style="padding:3px 18px 3px 0px"><a href="soyuz:{escape(p.id)}">{escape(p.name)}</a></td>'
            f'<td style="padding:3px 0px">arrived on <a href="soyuz:{escape(m.id)}">{escape(m.name)}</a></td></tr>'
            for p, m in aboard
        )
        self.result.setHtml(
            f"<h3>{len(aboard)} {'person' if len(aboard) == 1 else 'people'} aboard on {escape(stamp)}</h3>"
            f"<table>{rows}</table><p style='color:gray'>Derived from the crews and docking times in the data; "
            "people who came on vehicles the data does not hold are not listed.</p>")

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "soyuz":
            self.entity_requested.emit(url.path())
