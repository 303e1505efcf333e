"""The timeline pane: the view with its toolbar (zoom, fit, mission or programme, time shown as, export) and the
legend of generation colours. This is what the main window embeds.
"""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.generations import generation_order
from soyuz_gui.domain.mission_timeline import mission_timeline
from soyuz_gui.domain.programme_timeline import programme_timeline
from soyuz_gui.domain.timeline import Grouping
from soyuz_gui.domain.timescale import TimeMode
from soyuz_gui.widgets.kiosk_marker import hide_in_kiosk
from soyuz_gui.widgets.timeline.style import generation_colour
from soyuz_gui.widgets.timeline.view import TimelineView


class TimelinePane(QWidget):
    """The timeline with its controls: zoom, fit, mission or programme, time zone, export."""

    entity_selected = Signal(str)
    entity_activated = Signal(str)

    MISSION, BY_SERIES, BY_PORT = range(3)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._catalog = catalog
        self._mission_id: str | None = None
        self._echo: str | None = None

        self.view = TimelineView(self)

        def button(text: str, tip: str, name: str) -> QToolButton:
            btn = QToolButton(self)
            btn.setText(text)
            btn.setToolTip(tip)
            btn.setAccessibleName(tip)
            btn.setObjectName(name)
            btn.setMinimumSize(36, 32)  # finger-sized on kiosk touch screens
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return btn

        self.zoom_out_button = button("−", self.tr("Zoom out (−)"), "timelineZoomOut")
        self.zoom_in_button = button("+", self.tr("Zoom in (+)"), "timelineZoomIn")
        self.fit_button = button(self.tr("Fit"), self.tr("Fit the mission or programme in view (0)"), "timelineFit")
        self.view_box = QComboBox(self)
        self.view_box.setObjectName("timelineViewBox")
        self.view_box.setAccessibleName(self.tr("Timeline view"))
        self.view_box.addItems([self.tr("Mission"), self.tr("Programme by spacecraft"),
                                self.tr("Programme by station and port")])
        self.time_box = QComboBox(self)
        self.time_box.setObjectName("timelineTimeBox")
        self.time_box.setAccessibleName(self.tr("Time shown as"))
        for mode, text in ((TimeMode.UTC, self.tr("UTC")), (TimeMode.LOCAL, self.tr("Local time")),
                           (TimeMode.MET, self.tr("Mission elapsed time"))):
            self.time_box.addItem(text, mode.value)
        # Visible names for the two lists, with mnemonics (Alt+W, Alt+T) that move the focus to them.
        self.view_label = self._buddy_label(self.tr("Sho&w:"), self.view_box, "timelineViewLabel")
        self.time_label = self._buddy_label(self.tr("&Time:"), self.time_box, "timelineTimeLabel")
        self.export_button = button(self.tr("Export…"), self.tr("Export the timeline as PNG or SVG"), "timelineExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        hide_in_kiosk(self.export_button)  # writes files
        menu = QMenu(self.export_button)
        for text, full, suffix in ((self.tr("Visible range as PNG…"), False, "png"),
                                   (self.tr("Visible range as SVG…"), False, "svg"),
                                   (self.tr("Full range as PNG…"), True, "png"),
                                   (self.tr("Full range as SVG…"), True, "svg")):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, f=full, s=suffix: self._on_export_triggered(f, s))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.view_label)
        bar.addWidget(self.view_box)
        bar.addSpacing(8)
        bar.addWidget(self.time_label)
        bar.addWidget(self.time_box)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # Which colour is which spacecraft generation: names beside the colours, so colour is never the only cue.
        self.legend = QLabel(self)
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Colours of the spacecraft generations"))
        layout.addWidget(self.legend)
        self.setFocusProxy(self.view)

        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.fit_button.clicked.connect(self.view.fit)
        self.view_box.currentIndexChanged.connect(self._on_view_box_changed)
        self.time_box.currentIndexChanged.connect(self._on_time_box_changed)
        self.view.entity_selected.connect(self._on_view_entity_selected)
        self.view.entity_activated.connect(self.entity_activated)
        self._sync_time_box()

    def _buddy_label(self, text: str, buddy: QWidget, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setBuddy(buddy)
        return label

    # --- public -------------------------------------------------------------------------------------------

    def show_mission(self, mission_id: str) -> None:
        """Show one mission's timeline (a selection the pane itself just emitted only highlights)."""
        if self._echo == mission_id and self.view.timeline is not None \
                and self.view.timeline.items_for(mission_id):
            self.view.select_entity(mission_id)
            return
        if self._catalog.mission(mission_id) is None:
            return
        self._mission_id = mission_id
        self._set_view_box(self.MISSION)
        self._rebuild(keep_view=False)
        self.view.select_entity(mission_id)

    def show_programme(self, grouping: Grouping = Grouping.SERIES) -> None:
        self._set_view_box(self.BY_PORT if grouping == Grouping.PORT else self.BY_SERIES)
        self._rebuild(keep_view=False)

    def select_entity(self, entity_id: str) -> None:
        """Highlight an entity's items without emitting (the rest of the window already shows it)."""
        self.view.select_entity(entity_id)

    def follow_entity(self, entity_id: str) -> None:
        """What the main window calls on navigation: missions open in the mission view, the rest highlight."""
        if self.view_box.currentIndex() == self.MISSION and self._catalog.mission(entity_id) is not None:
            self.show_mission(entity_id)
        else:
            self.select_entity(entity_id)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        if self._mission_id is not None and catalog.mission(self._mission_id) is None:
            self._mission_id = None
        self._rebuild(keep_view=True)

    def export(self, path: str | Path, full_range: bool = False) -> bool:
        return self.view.export(path, full_range)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown before anything was asked of it (a person was selected, say): show the whole programme."""
        super().showEvent(event)
        if self.view.timeline is None:
            self.show_programme()

    # --- internals ----------------------------------------------------------------------------------------

    def _set_view_box(self, index: int) -> None:
        self.view_box.blockSignals(True)
        self.view_box.setCurrentIndex(index)
        self.view_box.blockSignals(False)

    def _rebuild(self, keep_view: bool) -> None:
        now = time.time()
        index = self.view_box.currentIndex()
        if index == self.MISSION:
            if self._mission_id is None:
                missions = self._catalog.missions()
                self._mission_id = missions[0].id if missions else None
            timeline = mission_timeline(self._catalog, self._mission_id, now) if self._mission_id else None
        else:
            grouping = Grouping.PORT if index == self.BY_PORT else Grouping.SERIES
            timeline = programme_timeline(self._catalog, grouping, now)
        self.view.set_timeline(timeline, keep_view=keep_view)
        self._sync_time_box()
        self._update_legend()

    def _update_legend(self) -> None:
        timeline = self.view.timeline
        categories: list[str] = []
        for lane in timeline.lanes if timeline is not None else []:
            for item in lane.ranges:
                if item.category and item.category not in categories:
                    categories.append(item.category)
        if not categories:
            self.legend.hide()
            return
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        chips = [f'<span style="color:{generation_colour(c, dark).name()}">■</span>&nbsp;{escape(c)}'
                 for c in sorted(categories, key=generation_order)]
        self.legend.setText("&nbsp;&nbsp; ".join(chips))
        self.legend.show()

    def _sync_time_box(self) -> None:
        """Mission elapsed time only makes sense with a launch to count from."""
        timeline = self.view.timeline
        has_origin = timeline is not None and timeline.origin is not None
        model = self.time_box.model()
        item = getattr(model, "item", None)
        if item is not None:
            entry = item(2)
            if entry is not None:
                entry.setEnabled(has_origin)
        if not has_origin and self.time_box.currentIndex() == 2:
            self.time_box.setCurrentIndex(0)

    def _on_view_box_changed(self, _index: int) -> None:
        self._rebuild(keep_view=False)

    def _on_time_box_changed(self, _index: int) -> None:
        self.view.set_time_mode(TimeMode(self.time_box.currentData()))

    def _on_view_entity_selected(self, entity_id: str) -> None:
        self._echo = entity_id
        try:
            self.entity_selected.emit(entity_id)
        finally:
            self._echo = None

    def _on_export_triggered(self, full_range: bool, suffix: str) -> None:
        title = self.view.timeline.title if self.view.timeline else "timeline"
        default = f"{title.lower().replace(' ', '-')}-timeline.{suffix}"
        kind = self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Timeline"), default, kind)
        if path:
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            self.export(path, full_range)

