"""The operator's way out: taps in a corner open the PIN pad; the right PIN leaves kiosk mode, wrong ones lock it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect

from soyuz_gui.app.kiosk.config import Corner, verify_pin
from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.pin_pad import tries_left_text

log = logging.getLogger("soyuz_gui.kiosk")

OPERATOR_EXIT_STATUS = 10  # the service unit lists it in RestartPreventExitStatus= so an operator exit stays one


def corner_rect(corner: Corner, width: int, height: int, size: int) -> QRect:
    """The square of the window where the operator's exit taps count."""
    left = 0 if corner in (Corner.TOP_LEFT, Corner.BOTTOM_LEFT) else width - size
    top = 0 if corner in (Corner.TOP_LEFT, Corner.TOP_RIGHT) else height - size
    return QRect(left, top, size, size)


class AdminExit(KioskState):
    """Corner taps, the PIN pad and its lockout, and the two ways to stop: operator exit and service stop."""

    def _count_corner_tap(self, x: int, y: int) -> None:
        now = self.clock.now()
        area = corner_rect(self.config.corner, self._window.width(), self._window.height(),
                           self.config.exit_corner_size)
        if not area.contains(x, y):
            self._taps.clear()
            return
        self._taps.append(now)
        while self._taps and now - self._taps[0] > self.config.exit_tap_seconds:
            self._taps.popleft()
        if len(self._taps) >= self.config.exit_taps:
            self._taps.clear()
            self._on_exit_gesture()

    def _on_exit_gesture(self) -> None:
        self.exit_gesture_detected.emit()
        if not self.config.pin_hash:
            log.warning("operator exit gesture seen, but no pin_hash is configured: exit disabled")
            return
        locked = self.lockout_remaining()
        if locked > 0:
            log.warning("operator exit gesture: PIN entry locked for %.0f more seconds; the pad says so", locked)
        else:
            log.info("operator exit gesture: PIN pad shown")
        if self.countdown is not None:
            self.countdown.hide()
        if self.pin_pad is not None:
            self.pin_pad.open(locked)

    def _on_pin_entered(self, pin: str) -> None:
        if verify_pin(pin, self.config.pin_hash):
            log.warning("operator exit: correct PIN entered; leaving kiosk mode")
            self.exit_kiosk()
            return
        self._pin_failures += 1
        self.pin_rejected.emit()
        left = self.config.pin_attempts - self._pin_failures
        log.warning("operator exit: wrong PIN (%d of %d attempts)", self._pin_failures, self.config.pin_attempts)
        if left <= 0:
            self._pin_failures = 0
            self._locked_until = self.clock.now() + self.config.pin_lockout_seconds
            log.warning("operator exit: PIN entry locked for %.0f seconds", self.config.pin_lockout_seconds)
            if self.pin_pad is not None:
                self.pin_pad.show_locked(self.config.pin_lockout_seconds)
        elif self.pin_pad is not None:
            self.pin_pad.show_error(tries_left_text(left))

    def lockout_remaining(self) -> float:
        """Seconds until PIN entry works again (0 when it is not locked)."""
        return max(0.0, self._locked_until - self.clock.now())

    def _on_pin_cancelled(self) -> None:
        log.info("operator exit cancelled")

    def exit_kiosk(self) -> None:
        """Leave kiosk mode after the right PIN: quit with :data:`OPERATOR_EXIT_STATUS`."""
        self._exiting = True
        if self.heartbeat is not None:
            self.heartbeat.stopped("operator exit (PIN)")
        self.exit_granted.emit()
        self.uninstall()
        self._on_exit()

    def shutdown(self, reason: str) -> None:
        """Stop for the service manager (SIGTERM) or Ctrl+C in a terminal: exit status 0."""
        log.info("kiosk stopping: %s", reason)
        self._exiting = True
        if self.heartbeat is not None:
            self.heartbeat.stopped(reason)
        self.uninstall()
        self._on_stop()
