"""Ctrl+Tab and Ctrl+PageDown switch the main tabs from anywhere in the main window (the tree had the focus)."""

from PySide6.QtCore import Qt

from soyuz_gui.app.main import load_data
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot) -> MainWindow:
    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_start_entity("soyuz-ms-07")
    window.show_tab("overview")
    return window


def test_the_keys_switch_tabs_from_the_tree_and_wrap_around(qtbot):
    window = _window(qtbot)
    tree = window.tree.view
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    count = window.tabs.count()
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(tree, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == count - 1  # wraps around


def test_the_keys_work_from_the_filter_box_and_the_page(qtbot):
    window = _window(qtbot)
    window.tree.filter_box.setFocus()
    qtbot.waitUntil(window.tree.filter_box.hasFocus)
    qtbot.keyClick(window.tree.filter_box, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    window.show_tab("overview")
    window.details.setFocus()
    qtbot.waitUntil(window.details.hasFocus)
    qtbot.keyClick(window.details, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 1
