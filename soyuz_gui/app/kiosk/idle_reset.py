"""Idle, countdown and reset: what the kiosk does when the session says a visitor left, came back or went for good.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QLineEdit, QTreeView

from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.memory import trim_heap
from soyuz_gui.app.kiosk.session import Happened


class IdleReset(KioskState):
    """Turns the session's happenings into screens: the countdown overlay, the attract banner, the reset to home."""

    def _handle(self, happenings: list[Happened]) -> None:
        for happened in happenings:
            if happened == Happened.ATTRACT_STOPPED:
                self._count_session()
                self._stop_playback()
                if self.banner is not None:
                    self.banner.hide()
            elif happened == Happened.ATTRACT_STEP_DUE:
                self.show_next_attract_step()
            elif happened == Happened.COUNTDOWN_STARTED:
                if self.pin_pad is not None:
                    self.pin_pad.close_pad()
                if self.countdown is not None:
                    now = self.clock.now()
                    self.countdown.set_remaining(self.session.countdown_remaining(now), self.session.countdown,
                                                 self.session.countdown_seconds_shown(now))
                    self.countdown.show_over()
                self.countdown_started.emit()
            elif happened == Happened.COUNTDOWN_CANCELLED:
                if self.countdown is not None:
                    self.countdown.hide()
                self.countdown_cancelled.emit()
            elif happened == Happened.RESET_DUE:
                self.reset_to_home()
                self.tour.restart()
                if self.banner is not None:
                    self.banner.show_over()
                gc.collect()
                trim_heap()
                self.session_reset.emit()

    def reset_to_home(self) -> None:
        """Close everything a visitor opened and show the home mission from the top."""
        self._stop_playback()
        self._close_stray_windows()
        if self.countdown is not None:
            self.countdown.hide()
        if self.pin_pad is not None:
            self.pin_pad.close_pad()
        self._pin_failures = 0
        filter_box = self._window.findChild(QLineEdit, "treeFilter")
        if filter_box is not None and filter_box.text():
            filter_box.clear()
        tree = self._window.findChild(QTreeView, "missionTree")
        if tree is not None:
            tree.collapseAll()
            tree.expandToDepth(0)
        self.reset_zoom()
        self._show_overview_tab()
        if self.home is not None:
            self._show_mission(self.home)
            self._scroll_details_to(0.0, animate=False)
            self.attract_step_shown.emit(self.home, "home")
