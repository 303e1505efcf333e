"""The kiosk covers its whole screen and follows it: screen changes, resizes, a window manager taking full screen away.

Also the text size, set in millimetres from the screen's density (layout.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.layout import Density, body_point_size, screen_density

log = logging.getLogger("soyuz_gui.kiosk")


class ScreenFitting(KioskState):
    """Full screen on the screen the window is on, whatever the window manager (or its absence) does."""

    def _follow_screens(self) -> None:
        """Refit when the window moves to another screen, the screen changes size, or screens come and go."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        if not self._screens_followed:
            self._screens_followed = True
            app.primaryScreenChanged.connect(self._on_screens_changed)
            app.screenAdded.connect(self._on_screens_changed)
            app.screenRemoved.connect(self._on_screens_changed)
            handle = self._window.windowHandle()
            if handle is not None:
                handle.screenChanged.connect(self._on_screens_changed)
        self._watch_screen(self._target_screen())

    def _watch_screen(self, screen: QScreen | None) -> None:
        if screen is self._watched_screen:
            return
        if self._watched_screen is not None and Shiboken.isValid(self._watched_screen):
            self._watched_screen.geometryChanged.disconnect(self._on_screen_geometry_changed)
        self._watched_screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_screen_geometry_changed)

    def _target_screen(self) -> QScreen | None:
        screen = self._window.screen()
        if screen is None or not Shiboken.isValid(screen) or screen.geometry().isEmpty():
            screen = QGuiApplication.primaryScreen()
        return screen

    def fit_to_screen(self) -> QRect | None:
        """Cover the whole screen the window is on.

        ``showFullScreen()`` only asks the window manager; with none (a bare X server, as exhibit PCs run) the
        window keeps its last normal size in the top-left corner. So the kiosk sets the screen's geometry itself;
        under a window manager that has already done it this changes nothing.
        """
        if not self._installed or not self._full_screen or self._exiting:
            return None
        screen = self._target_screen()
        if screen is None:
            return None
        area = screen.geometry()
        if self._window.geometry() != area:
            log.info("fitting the window to the screen %s: %dx%d at %d,%d", screen.name(), area.width(),
                     area.height(), area.x(), area.y())
            self._window.setGeometry(area)
        return area

    def _on_screens_changed(self, *_args: object) -> None:
        if self._installed:
            self._watch_screen(self._target_screen())
            QTimer.singleShot(0, self.fit_to_screen)

    def _on_screen_geometry_changed(self, _geometry: QRect) -> None:
        if self._installed:
            QTimer.singleShot(0, self.fit_to_screen)

    def _apply_font(self, app: QApplication) -> None:
        self._app_font = QFont(app.font())
        font = QFont(app.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        screen = self._target_screen()
        logical_dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        font.setPointSizeF(body_point_size(self._density(), base, self.config.font_scale, logical_dpi))
        app.setFont(font)

    def _density(self) -> Density:
        """The screen's pixels per millimetre (layout.py): text and touch sizes are set in millimetres."""
        return screen_density(self._target_screen(), self.config.screen_dpi)

    def _reassert_full_screen(self) -> None:
        if self._installed and self._full_screen and not self._exiting and not self._window.isFullScreen():
            log.info("window left full screen; restoring it")
            self._window.showFullScreen()
        self.fit_to_screen()
