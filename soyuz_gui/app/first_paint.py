"""Start-up measurement hook: with ``SOYUZ_GUI_FIRST_PAINT_PROBE=1`` the app reports when the main window first
paints and then quits. ``benchmarks/startup.py`` uses it; without the variable nothing is installed."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "SOYUZ_GUI_FIRST_PAINT_PROBE"


class _FirstPaintProbe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.isVisible():
            self._done = True
            # The paint of this event is done when control returns to the loop; report then and quit.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint-epoch {time.time():.6f}", file=sys.stderr, flush=True)
        self._app.quit()


def install_if_requested(app: QApplication) -> None:
    if os.environ.get(ENV):
        app.installEventFilter(_FirstPaintProbe(app))
