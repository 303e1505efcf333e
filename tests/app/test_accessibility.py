"""Every control a person can reach has a name a screen reader can say, in every tab of the main window."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from soyuz_gui.app.main import load_data
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTabWidget, QTextEdit)


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "") or widget.toolTip()
    return ""


def test_every_reachable_control_has_an_accessible_name(qtbot):
    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_start_entity("soyuz-ms-07")
    unnamed: set[str] = set()
    checked = 0
    for tab in ("overview", "timeline", "images", "aboard"):
        window.show_tab(tab)
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if not widget.isVisibleTo(window):
                continue
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):  # a combo's own line edit or list
                continue
            checked += 1
            if not _spoken_name(widget):
                unnamed.add(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    assert checked > 25  # the tabs' toolbars and views were really looked at
    assert sorted(unnamed) == []


def test_tab_goes_filter_tree_grouping_tabs_page_and_back(qtbot):
    """Pressing Tab: the filter box is in the order, and the page (85 links on MS-07) is a single stop."""
    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_start_entity("soyuz-ms-07")
    window.show_tab("overview")
    window.tree.filter_box.setFocus()
    qtbot.waitUntil(window.tree.filter_box.hasFocus)
    expected = [window.tree.view, window.tree.group_box, window.tabs.tabBar(), window.details,
                window.tree.filter_box]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    backwards = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        backwards.append(QApplication.focusWidget())
    assert backwards == [window.details, window.tabs.tabBar(), window.tree.group_box, window.tree.view,
                         window.tree.filter_box]


# The timeline's two option boxes are named but carry no visible label yet (widgets/timeline_view.py is another
# engineer's file in this round); every other combo box must have both.
WITHOUT_LABEL_YET = {"timelineViewBox", "timelineTimeBox"}


def test_every_combo_box_has_a_label_and_a_name_that_is_not_its_current_item(qtbot):
    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_start_entity("soyuz-ms-07")
    problems: list[str] = []
    seen = 0
    for tab in ("overview", "timeline", "images", "aboard"):
        window.show_tab(tab)
        buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
        for combo in window.findChildren(QComboBox):
            if not combo.isVisibleTo(window):
                continue
            seen += 1
            name = combo.accessibleName()
            if not name or name == combo.currentText():
                problems.append(f"{combo.objectName()}: named after its item ({name!r})")
            if combo not in buddies and combo.objectName() not in WITHOUT_LABEL_YET:
                problems.append(f"{combo.objectName()}: no visible label with setBuddy")
    assert seen >= 4  # grouping, the timeline's two, the aboard station picker
    assert problems == []
