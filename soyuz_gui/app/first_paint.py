"""What happens at the main window's first paint.

:func:`after_first_paint` runs work that must not delay the first frame (checking the data files against the
start-up snapshot) as soon as the window has painted once.

The measurement hook: with ``SOYUZ_GUI_FIRST_PAINT_PROBE=1`` the app reports when the main window first paints
and then quits. ``benchmarks/startup.py`` uses it; without the variable nothing is installed.

The probe watches the main window only (not every event of the application), so it adds a few Python calls to
start-up and nothing measurable; the bare window of the benchmark carries the very same probe.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "SOYUZ_GUI_FIRST_PAINT_PROBE"


class _FirstPaintProbe(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # The window and its children paint in this pass; report when control is back in the loop.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint-epoch {time.time():.6f} cpu {time.process_time():.6f}", file=sys.stderr, flush=True)
        QCoreApplication.quit()


class _AfterFirstPaint(QObject):
    """Runs a callback once, in the first idle turn after the watched widget painted; then removes itself."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once the window has painted for the first time (never before, never twice)."""
    window.installEventFilter(_AfterFirstPaint(window, callback))


def install_if_requested(window: QWidget) -> None:
    if os.environ.get(ENV):
        window.installEventFilter(_FirstPaintProbe(window))
