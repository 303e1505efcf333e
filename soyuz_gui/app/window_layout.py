"""The main window's size, docks and splitter: put back at start, saved on close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from soyuz_gui.app.main_window import MainWindow


def restore_layout(window: MainWindow) -> None:
    settings = window.settings
    geometry = settings.window_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = settings.window_state()
    if state is not None:
        window.restoreState(state)
    splitter = settings.splitter_state()
    if splitter is not None:
        window.splitter.restoreState(splitter)
    # The panel was open last time, but only problems in this run decide whether it is needed now.
    window.problems_dock.setVisible(bool(window.load_result.skipped_files))


def save_layout(window: MainWindow) -> None:
    settings = window.settings
    settings.save_layout(QByteArray(window.saveGeometry()), QByteArray(window.saveState()),
                         QByteArray(window.splitter.saveState()))
    settings.sync()
