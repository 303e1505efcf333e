"""Input filtering: blocked keys, shortcuts, context menus, dialogs and stray windows; every touch wakes the kiosk.

An application-wide event filter sees every event first. A tap shows what hover would (the tool tip), since a
finger cannot hover.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget
from shiboken6 import Shiboken

from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.home_languages import takes_waking_touch  # home-screen languages
from soyuz_gui.app.kiosk.session import Phase

log = logging.getLogger("soyuz_gui.kiosk")

TAP_SLOP = 16  # px a finger may move between press and release and still count as a tap
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_PRESS_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress)
_SWALLOWED = (QEvent.Type.Shortcut, QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.WhatsThis,
              QEvent.Type.QueryWhatsThis, QEvent.Type.WhatsThisClicked)
_FREE_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
              Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
              Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space,
              Qt.Key.Key_Delete}


def is_blocked_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Keys a visitor's keyboard must not use: Escape, function keys, system keys and every Ctrl/Alt/Meta chord.

    Plain typing, arrows, Tab, Enter and Backspace stay usable (the tree filter, the PIN pad).
    """
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    if modifiers & chord:
        return True
    if key in _FREE_KEYS:
        return False
    if key == Qt.Key.Key_Escape or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return True
    # Modifier keys themselves, media/system keys (Menu, Super, Sleep, Power, Close, Quit...) live above 0x01000000.
    return key >= Qt.Key.Key_Escape


class UrlSink(QObject):
    """Receives links that would open a browser or a file manager: a visitor must never leave the app."""

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        log.info("blocked opening an external link: %s", url.toString())


class InputFiltering(KioskState):
    """The application-wide event filter and what a press or a release means for the kiosk."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and self._tap_tooltip:
            return False  # the one a tap asked for (see _show_tap_tooltip)
        if kind in _SWALLOWED:
            if kind == QEvent.Type.Shortcut:
                self.input_blocked.emit("shortcut")
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            # No file dialogs or message boxes for visitors: whatever opened it gets "cancelled".
            log.info("blocked a dialog: %s", watched.windowTitle() or type(watched).__name__)
            self.input_blocked.emit("dialog")
            QTimer.singleShot(0, watched.reject)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and self._is_stray_window(watched):
            log.info("blocked a separate window: %s", watched.objectName() or type(watched).__name__)
            self.input_blocked.emit("window")
            QTimer.singleShot(0, watched.close)
            return False
        if watched is self._window:
            if kind == QEvent.Type.Close and not self._exiting:
                event.ignore()
                log.info("blocked a request to close the window")
                self.input_blocked.emit("close")
                return True
            if kind == QEvent.Type.WindowStateChange and self._full_screen and not self._exiting:
                QTimer.singleShot(0, self._reassert_full_screen)
            elif kind in (QEvent.Type.Resize, QEvent.Type.Move):
                self._fit_splitter()
                if self._full_screen and not self._exiting:
                    QTimer.singleShot(0, self.fit_to_screen)  # a window manager or a stray resize moved it
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            if kind == QEvent.Type.KeyPress:
                self.note_input()
            if is_blocked_key(event.key(), event.modifiers()):
                if kind == QEvent.Type.KeyPress:
                    self.input_blocked.emit(f"key {event.keyCombination().toCombined():#x}")
                return True
            return False
        if kind in _PRESS_EVENTS and isinstance(event, QMouseEvent):
            return self._on_press(event, watched)
        if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
            self._swallow_release = False
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and isinstance(watched, QWidget):
            self._on_release(watched, event)
            return False
        if kind == QEvent.Type.MouseMove:
            self._last_pointer = self.clock.now()
            self._show_cursor()
            if isinstance(event, QMouseEvent) and event.buttons() != Qt.MouseButton.NoButton:
                self.note_input()  # a drag or a flick; a mere hover does not count as a visitor
            return False
        if kind == QEvent.Type.Wheel or kind in _TOUCH_EVENTS:
            self._last_pointer = self.clock.now()
            self.note_input()
        return False

    def _on_press(self, event: QMouseEvent, watched: QObject) -> bool:
        position = event.globalPosition()
        key = (int(event.timestamp()), position.x(), position.y())
        repeated = event.timestamp() != 0 and key == self._last_press_key
        self._last_press_key = key
        if repeated:  # the same press, delivered again to a parent widget
            return self._swallow_release
        self._last_pointer = self.clock.now()
        self._show_cursor()
        self._press_position = QPointF(position)
        QToolTip.hideText()
        local = self._window.mapFromGlobal(position.toPoint())
        self._count_corner_tap(local.x(), local.y())
        waking = self.session.phase in (Phase.ATTRACT, Phase.COUNTDOWN)
        if waking and takes_waking_touch(watched):
            return False  # home-screen languages: their click wakes the kiosk (_on_home_language)
        self.note_input()
        if waking:
            # The touch that wakes the kiosk only wakes it: it must not also follow a link by accident.
            self._swallow_release = True
            return True
        return False

    def _on_release(self, widget: QWidget, event: QMouseEvent) -> None:
        """A tap (press and release without a drag) shows what a mouse user would see on hover: the tool tip."""
        position = event.globalPosition()
        key = (int(event.timestamp()), position.x(), position.y())
        if event.timestamp() != 0 and key == self._last_release_key:
            return  # the same release, delivered again to a parent
        self._last_release_key = key
        press = self._press_position
        if press is None or abs(press.x() - position.x()) + abs(press.y() - position.y()) > TAP_SLOP:
            return
        local = event.position().toPoint()
        QTimer.singleShot(0, lambda: self._show_tap_tooltip(widget, local))

    def _show_tap_tooltip(self, widget: QWidget, local: QPoint) -> None:
        if not self._installed or not Shiboken.isValid(widget) or not widget.isVisible():
            return
        self._tap_tooltip = True
        try:
            QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, local, widget.mapToGlobal(local)))
        finally:
            self._tap_tooltip = False
