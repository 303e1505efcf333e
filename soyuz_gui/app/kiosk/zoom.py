"""Touch zoom: the touch bar's + and − make the current tab's text (or its timeline or image) larger or smaller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit

from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.host import zoomable_pane_in

ZOOM_LIMITS = (-2, 6)  # steps of 2 points below and above the kiosk's base size


class TouchZoom(KioskState):
    """Zooms the current tab one step at a time, within limits, and resets every zoom for the next visitor."""

    def zoom(self, step: int) -> bool:
        """Make the text of the current tab larger (+1) or smaller (-1); False at the limit."""
        widget = self._tabs().currentWidget()
        if widget is None:
            return False
        pane = zoomable_pane_in(widget)
        if pane is not None:
            if step > 0:
                pane.view.zoom_in()
            else:
                pane.view.zoom_out()
            return True
        editor = widget if isinstance(widget, QTextEdit) else widget.findChild(QTextEdit)
        if editor is None:
            return False
        current = int(editor.property("kioskZoom") or 0)
        wanted = min(ZOOM_LIMITS[1], max(ZOOM_LIMITS[0], current + step))
        if wanted == current:
            return False
        editor.zoomIn(2 * (wanted - current))
        editor.setProperty("kioskZoom", wanted)
        details = self._details()
        if editor is details:
            details.refresh()  # lay the page out afresh for the new size (tables the PageFitter shrank grow back)
        return True

    def zoom_level(self) -> int:
        return int(self._details().property("kioskZoom") or 0)

    def reset_zoom(self) -> None:
        for editor in self._window.findChildren(QTextEdit):
            steps = int(editor.property("kioskZoom") or 0)
            if steps:
                editor.zoomOut(2 * steps)
                editor.setProperty("kioskZoom", 0)
