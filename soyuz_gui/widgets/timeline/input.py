"""Input on the timeline view: wheel, drag, click, keys, pinch and tooltips; zoom and pan go through the view.

One layer of :class:`~soyuz_gui.widgets.timeline.view.TimelineView`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QToolTip

from soyuz_gui.domain.timescale import ZoomLimits
from soyuz_gui.widgets.timeline.export import TimelineExport
from soyuz_gui.widgets.timeline.geometry import GUTTER, ZOOM_STEP


class TimelineInput(TimelineExport):
    """Mouse, keyboard, touch and tooltip handling of the view."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()
        self._scale = self._scale.resized(self._data_width())
        if self._timeline is not None:
            lo, hi = self._timeline.extent
            self._limits = ZoomLimits.for_extent(lo, hi, self._data_width())
            if self._fitted or event.oldSize().width() <= 0:
                self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        pixels = event.pixelDelta()
        modifiers = event.modifiers()
        x = event.position().x() - GUTTER
        if modifiers & Qt.KeyboardModifier.AltModifier:
            step = delta.x() or delta.y()  # some platforms turn Alt+wheel into a horizontal wheel
            self._scroll.setValue(self._scroll.value() - step // 4)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            step = delta.y() or delta.x()
            self.pan(step / 120 * 60)
        elif abs(pixels.x()) > abs(pixels.y()) or abs(delta.x()) > abs(delta.y()):
            self.pan(pixels.x() if pixels.x() else delta.x() / 2)  # sideways touchpad swipe pans
        elif delta.y():
            self.zoom(1.2 ** (delta.y() / 120), min(max(x, 0.0), self._scale.width))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_scale = self._scale
            self._press_scroll = self._scroll.value()
            self._dragged = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self._press_scale is not None:
            delta = event.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 4:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_scale(self._press_scale.panned(delta.x()))
                self._scroll.setValue(int(self._press_scroll - delta.y()))
            return
        hit = self.hit_test(event.position())
        if hit != self._hover:
            self._hover = hit
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()  # the hovered bar gets an outline

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        dragged = self._dragged
        self._press, self._press_scale, self._dragged = None, None, False
        self.unsetCursor()
        if dragged:
            return
        hit = self.hit_test(event.position())
        if hit is None:
            return
        if hit.cluster is not None:
            # A click on a cluster zooms in far enough to split it.
            first, last = hit.members[0].start, hit.members[-1].start
            self.fit_range(first, max(last, first + 60))
            return
        if hit.item is not None:
            self.set_current(hit.item.key, reveal=False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_test(event.position())
        if hit is not None and hit.item is not None and hit.item.entity_id:
            self.set_current(hit.item.key, emit=False, reveal=False)
            self.entity_activated.emit(hit.item.entity_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        timeline = self._timeline
        key = event.key()
        if timeline is None:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            found = timeline.neighbour(self._current, -1 if key == Qt.Key.Key_Left else 1)
            if found is not None:
                self.set_current(found.key)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.current_item()
            lane = (current.lane if current else 0) + (-1 if key == Qt.Key.Key_Up else 1)
            t = current.start if current else self._scale.t_for(self._scale.width / 2)
            while 0 <= lane < len(timeline.lanes):
                found = timeline.nearest_in_lane(lane, t)
                if found is not None:
                    self.set_current(found.key)
                    break
                lane += -1 if key == Qt.Key.Key_Up else 1
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            items = timeline.items()
            if items:
                self.set_current(items[0 if key == Qt.Key.Key_Home else -1].key)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP, self._anchor_for_keys())
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP, self._anchor_for_keys())
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.current_item()
            if item is not None and item.entity_id:
                self.entity_activated.emit(item.entity_id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _anchor_for_keys(self) -> float | None:
        """Keys zoom around the current item when it is in view, else around the centre."""
        item = self.current_item()
        if item is None:
            return None
        x = self._scale.x_for(item.start if item.is_point else (item.start + item.end) / 2)
        return x if 0 <= x <= self._scale.width else None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._current is None and self._timeline is not None:
            visible = [i for i in self._timeline.items() if self._scale.x_for(i.end) >= 0
                       and self._scale.x_for(i.start) <= self._scale.width]
            if visible:
                self._current = visible[0].key
        self._update_accessible()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_test(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(hit), self)
            return True
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom(1.0 + event.value(), event.position().x() - GUTTER)
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit()
                return True
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                factor = pinch.scaleFactor()
                if factor > 0:
                    centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom(factor, centre.x() - GUTTER)
                event.accept(pinch)
                return True
        return super().event(event)
