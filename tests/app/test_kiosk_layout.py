"""Large kiosk text lays out whole, touch targets are finger-sized, and the window covers the screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextTable
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.touch import MIN_TOUCH_PX, touch_size
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.screenshot import save_png
from soyuz_gui.app.settings import Settings


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


@pytest.fixture
def kiosk_at(qtbot, bundled):
    made: list[KioskController] = []

    def make(scale: float, size: tuple[int, int] = (1920, 1080)) -> tuple[MainWindow, KioskController]:
        window = MainWindow(bundled, Settings())
        qtbot.addWidget(window)
        controller = KioskController(window, KioskConfig(font_scale=scale), clock=ManualClock(), animate=False,
                                     on_exit=lambda: None)
        controller.install(full_screen=False, start_timer=False)
        made.append(controller)
        window.resize(*size)
        qtbot.waitExposed(window)
        settle()
        return window, controller

    yield make
    for controller in made:
        controller.uninstall()


def shots(tmp_path: Path) -> Path:
    folder = os.environ.get("SOYUZ_KIOSK_SHOTS")
    return Path(folder) if folder else tmp_path


def visible_name_rows(view: QTreeView) -> list[QModelIndex]:
    rows = []
    index = view.indexAt(view.viewport().rect().topLeft())
    while index.isValid() and view.visualRect(index).top() < view.viewport().height():
        rows.append(index)
        index = view.indexBelow(index)
    return rows


@pytest.mark.parametrize("scale", [0.75, 1.5, 2.25, 3.0])
def test_every_text_size_shows_whole_mission_names(kiosk_at, scale, tmp_path):
    window, controller = kiosk_at(scale)
    tree = window.findChild(QTreeView, "missionTree")
    assert tree is not None
    metrics = QFontMetrics(tree.font())
    rows = visible_name_rows(tree)
    assert len(rows) >= 3
    for index in rows:
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        rect = tree.visualRect(index)
        # the text starts after the icon; it must end inside the column
        assert rect.right() <= tree.viewport().width()
        assert metrics.horizontalAdvance(text) + tree.iconSize().width() + 8 <= rect.width(), \
            f"{text!r} is cut at font scale {scale}"
    assert controller.tree_fitter is not None
    assert controller.tree_fitter.name_width <= tree.header().sectionSize(0) + 1
    save_png(window, shots(tmp_path) / f"kiosk-scale-{scale}.png")


@pytest.mark.parametrize(("scale", "page"), [(1.5, None), (3.0, None), (3.0, "anton-shkaplerov"),
                                             (3.0, "iss"), (3.0, "iss-expedition-54"),
                                             (2.0, "soyuz-tma-09m"), (3.0, "zoomed")])
def test_pages_wrap_between_words_not_letters(kiosk_at, scale, page, tmp_path):
    window, controller = kiosk_at(scale)
    details = window.findChild(QTextEdit, "detailPane")
    assert details is not None
    if page == "zoomed":
        for _ in range(3):
            controller.zoom(1)
    elif page is not None:
        if page not in window.catalog:
            pytest.skip(f"{page} is not in this data")
        window.show_entity(page)
    settle()
    save_png(window, shots(tmp_path) / f"kiosk-page-{page or 'home'}-{scale}.png")
    document = details.document()
    layout = document.documentLayout()
    # every line of every block of the page starts at a word boundary: no word is split across lines
    block = document.begin()
    split: list[str] = []
    while block.isValid():
        text = block.text()
        lines = block.layout()
        for number in range(1, lines.lineCount()):
            start = lines.lineAt(number).textStart()
            if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
                word_start = start
                while word_start > 0 and not text[word_start - 1].isspace():
                    word_start -= 1
                word = text[word_start:].split()[0]
                if len(word) < 25:  # a web address longer than a line may break; words may not
                    split.append(word)
        block = block.next()
    assert split == [], f"words split across lines at scale {scale}: {split[:5]}"
    # nothing is hidden sideways: the content's right edge (the page less its right margin) is on screen
    assert layout.documentSize().width() - document.documentMargin() <= details.viewport().width() + 1
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables


def test_the_banner_never_covers_text(kiosk_at):
    window, controller = kiosk_at(3.0)
    banner = controller.banner
    assert banner is not None and banner.isVisible()
    box = QRect(banner.mapTo(window, banner.rect().topLeft()), banner.size())
    central = window.centralWidget()
    for widget in central.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QTreeView, QTextEdit)):
            area = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            assert not area.intersects(box), f"the banner covers {widget.objectName()}"
    controller.note_input()  # the tour stops, the banner goes, the strip it kept is given back
    settle()
    assert not banner.isVisible() and central.contentsMargins().bottom() == 0


def touch_targets(window: QWidget) -> list[tuple[str, int, int]]:
    """(what, width, height) of every visible thing a visitor can touch."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)):
            found.append((name, widget.width(), widget.height()))
        elif isinstance(widget, QScrollBar) and widget.maximum() > widget.minimum():
            thickness = widget.width() if widget.orientation() == Qt.Orientation.Vertical else widget.height()
            found.append((f"{name} scroll bar", thickness, thickness))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                rect = widget.tabRect(tab)
                found.append((f"tab {widget.tabText(tab)}", rect.width(), rect.height()))
        elif isinstance(widget, QTreeView):
            index = widget.indexAt(widget.viewport().rect().topLeft())
            if index.isValid():
                found.append((f"{name} row", widget.visualRect(index).width(), widget.visualRect(index).height()))
                found.append((f"{name} expand arrow", widget.indentation(), widget.visualRect(index).height()))
    return found


@pytest.mark.parametrize("tab", ["overview", "timeline", "aboard"])
def test_touch_targets_are_at_least_9_mm(kiosk_at, tab, tmp_path):
    window, controller = kiosk_at(1.0)
    touch = controller.touch
    assert touch >= MIN_TOUCH_PX
    if tab != "overview":
        widget = controller.find_tab("timeline" if tab == "timeline" else "who was aboard") \
            or controller.find_tab("aboard")
        assert widget is not None
        controller._set_current_tab(widget)
        settle()
    small = [(what, w, h) for what, w, h in touch_targets(window) if min(w, h) < touch]
    assert small == [], f"smaller than {touch} px: {small}"
    if tab == "timeline":
        from soyuz_gui.widgets import timeline_view

        assert touch <= timeline_view.LANE_HEIGHT
    if tab == "aboard":
        edit = window.findChild(QLineEdit, "aboardWhen")  # Who Was Aboard's typed date field (issue 21)
        assert edit is not None and edit.height() >= touch
        calendar = window.aboard.calendar  # opened by the Calendar button beside it
        assert isinstance(calendar, QCalendarWidget)
        calendar.resize(calendar.minimumSizeHint().expandedTo(calendar.minimumSize()))
        calendar.show()
        settle()
        table = calendar.findChild(QTableView)
        assert table is not None
        assert table.columnWidth(1) >= touch and table.rowHeight(1) >= touch
        calendar.hide()
    save_png(window, shots(tmp_path) / f"kiosk-touch-{tab}.png")


def test_timeline_lanes_go_back_after_uninstall(kiosk_at):
    from soyuz_gui.widgets import timeline_view

    before = timeline_view.LANE_HEIGHT
    _window, controller = kiosk_at(1.5)
    assert controller.touch <= timeline_view.LANE_HEIGHT
    controller.uninstall()
    assert before == timeline_view.LANE_HEIGHT


class FakeScreen:
    def __init__(self, dpi: float, ratio: float = 1.0) -> None:
        self._dpi, self._ratio = dpi, ratio

    def physicalDotsPerInch(self) -> float:
        return self._dpi

    def devicePixelRatio(self) -> float:
        return self._ratio


def test_touch_size_follows_the_screen():
    assert touch_size(None) == 44
    assert touch_size(FakeScreen(96)) == 44  # 9 mm at 96 dpi is 34 px: the 44 px floor wins
    assert touch_size(FakeScreen(160)) == 57  # a 14" 1080p panel
    assert touch_size(FakeScreen(320, 2.0)) == 57  # the same in device-independent pixels
    assert touch_size(FakeScreen(0)) == 44 and touch_size(FakeScreen(2000)) == 44  # nonsense from the EDID


def test_full_screen_covers_the_screen_without_a_window_manager(qtbot, bundled):
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    controller = KioskController(window, KioskConfig(), clock=ManualClock(), animate=False, on_exit=lambda: None)
    try:
        controller.install(full_screen=True, start_timer=False)
        settle()
        screen = window.screen().geometry()
        assert window.geometry() == screen
        window.setGeometry(0, 0, 1280, 800)  # something shrinks it (no window manager puts it back)
        settle()
        assert window.geometry() == screen
        assert controller.status()["window"] == {"width": screen.width(), "height": screen.height(),
                                                 "fills_screen": True}
    finally:
        controller.uninstall()
