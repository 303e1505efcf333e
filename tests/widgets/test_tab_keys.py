"""Ctrl+Tab and Ctrl+PageDown switch the main tabs from anywhere in the window (the tree had the focus)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter, QTabWidget, QTextBrowser, QTreeView

from soyuz_gui.widgets.tab_keys import install_tab_switching


def test_tab_keys_work_from_the_tree(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    tree = QTreeView(splitter)
    tabs = QTabWidget(splitter)
    for name in ("Overview", "Timeline", "Images", "Who Was Aboard"):
        tabs.addTab(QTextBrowser(), name)
    filter_box = QLineEdit(window)
    window.setCentralWidget(splitter)
    install_tab_switching(window, tabs)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(tree, Qt.Key.Key_Tab, ctrl)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(tree, Qt.Key.Key_PageDown, ctrl)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(tree, Qt.Key.Key_PageUp, ctrl)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(tree, Qt.Key.Key_Backtab, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentIndex() == 0
    qtbot.keyClick(tree, Qt.Key.Key_PageUp, ctrl)
    assert tabs.currentIndex() == 3  # wraps around
    filter_box.setFocus()
    qtbot.keyClick(filter_box, Qt.Key.Key_Tab, ctrl)
    assert tabs.currentIndex() == 0


def test_in_the_main_window_from_the_tree_and_the_page(qtbot):
    """What MainWindow gets with one line, install_tab_switching(self, self.tabs) (see the report for issue 21)."""
    from soyuz_gui.app.main import load_data
    from soyuz_gui.app.main_window import MainWindow
    from soyuz_gui.app.settings import Settings

    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    install_tab_switching(window, window.tabs)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_start_entity("soyuz-ms-07")
    window.show_tab("overview")
    start = window.tabs.currentIndex()
    window.tree.view.setFocus()
    qtbot.waitUntil(window.tree.view.hasFocus)
    qtbot.keyClick(window.tree.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == start + 1
    window.details.setFocus()
    qtbot.keyClick(window.details, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == start
