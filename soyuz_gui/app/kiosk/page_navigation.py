"""Moving around the window for the kiosk: which mission is shown, which tab is in front, where the page is scrolled."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QScroller, QTabWidget, QWidget

from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.widgets.detail_pane import DetailPane


class PageNavigation(KioskState):
    """Shows missions, tabs and parts of the overview page through the window's typed interface (host.py)."""

    def _show_mission(self, mission: str) -> None:
        if self._host.current_entity() != mission:
            self._host.show_entity(mission)

    def _tabs(self) -> QTabWidget:
        return self._host.tabs

    def find_tab(self, key: str) -> QWidget | None:
        """A tab whose text, object name or class name mentions ``key`` (e.g. "timeline", "image"); or None."""
        tabs = self._tabs()
        for index in range(tabs.count()):
            widget = tabs.widget(index)
            if widget is None:
                continue
            text = tabs.tabText(index).replace("&", "").strip().lower()
            names = (widget.objectName().lower(), type(widget).__name__.lower())
            if text.startswith(key) or any(key in name for name in names):
                return widget
        return None

    def _details(self) -> DetailPane:
        return self._host.details

    def _show_overview_tab(self) -> None:
        details = self._details()
        tabs = self._tabs()
        if tabs.indexOf(details) >= 0:
            tabs.setCurrentWidget(details)
        elif tabs.count():
            tabs.setCurrentIndex(0)

    def _set_current_tab(self, widget: QWidget) -> None:
        tabs = self._tabs()
        if tabs.indexOf(widget) >= 0:
            tabs.setCurrentWidget(widget)

    def _heading_y(self, heading: str) -> float | None:
        """Document y of the first heading (h1-h6) that reads exactly ``heading`` in the detail pane."""
        details = self._details()
        document = details.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
                # cursorRect is in viewport coordinates and, unlike blockBoundingRect, right inside table cells.
                cursor = QTextCursor(block)
                return float(details.cursorRect(cursor).top() + details.verticalScrollBar().value())
            block = block.next()
        return None

    def _scroll_details_to(self, y: float, animate: bool | None = None) -> None:
        details = self._details()
        bar = details.verticalScrollBar()
        target = max(0, min(int(y) - 12, bar.maximum()))
        viewport = details.viewport()
        if QScroller.hasScroller(viewport):
            QScroller.scroller(viewport).stop()
        if (self._animate if animate is None else animate) and details.isVisible():
            QScroller.scroller(viewport).scrollTo(QPointF(details.horizontalScrollBar().value(), target), 1200)
        else:
            bar.setValue(target)
