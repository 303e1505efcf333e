"""The platform's tab-switching keys for a window's main tabs, wherever the focus is in the window.

QTabWidget answers Ctrl+Tab and Ctrl+PageDown only while the focus is inside it; from the mission tree or the
filter box the keys did nothing. Window-wide shortcuts make them work from anywhere, and they wrap around.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

NEXT_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp")


def install_tab_switching(window: QWidget, tabs: QTabWidget) -> list[QShortcut]:
    """Ctrl+Tab / Ctrl+PageDown bring the next tab, Ctrl+Shift+Tab / Ctrl+PageUp the previous one, from any
    widget of ``window``; returns the shortcuts (parented to the window)."""

    def step(delta: int) -> None:
        count = tabs.count()
        if count:
            tabs.setCurrentIndex((tabs.currentIndex() + delta) % count)

    made = []
    for keys, delta in ((NEXT_KEYS, 1), (PREVIOUS_KEYS, -1)):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda d=delta: step(d))
            made.append(shortcut)
    return made
