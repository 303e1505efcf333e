"""What a visitor must never see on a kiosk screen, as checks that return readable problems (empty = fine)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

MM_PER_INCH = 25.4


def touch_px(dpi: float) -> int:
    """9 mm in pixels on a screen of ``dpi`` (the kiosk never goes below 44 px)."""
    return max(44, math.ceil(9.0 * dpi / MM_PER_INCH))


def body_px(dpi: float) -> int:
    """Body text em readable from 1.5 m: 1/240 of the distance, 6.25 mm."""
    return math.ceil(1500 / 240 * dpi / MM_PER_INCH)


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window and widget.width() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_widgets(window: QMainWindow) -> list[str]:
    """Buttons and labels whose text is wider than the widget, or squeezed below their size; bar overflow."""
    problems: list[str] = []
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None or not action.isVisible():
                continue
            if not widget.isVisible():
                problems.append(f"{widget.objectName() or type(widget).__name__}: pushed off the top bar")
            elif widget.geometry().right() > bar.width() or widget.geometry().left() < 0:
                problems.append(f"{widget.objectName()}: outside the top bar")
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QPushButton) and widget.text():
            text = _plain(widget.text())
            if widget.width() < widget.sizeHint().width() - 1:
                problems.append(f"button {text!r}: {widget.width()} px wide, needs {widget.sizeHint().width()}")
            elif QFontMetrics(widget.font()).horizontalAdvance(text) > widget.contentsRect().width():
                problems.append(f"button {text!r}: text wider than the button")
        elif isinstance(widget, QLabel) and widget.text() and widget.textFormat() != Qt.TextFormat.RichText \
                and "<" not in widget.text():
            metrics = QFontMetrics(widget.font())
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() * 0
            # a buddy label's "&" marks the mnemonic: drawn as an underline, not as a character
            text = _plain(widget.text()) if widget.buddy() is not None else widget.text()
            # a wrapping label breaks at spaces and, in Japanese, after a middle dot: each piece must fit whole
            pieces = re.split(r"\s+|(?<=・)", text) if widget.wordWrap() else [text]
            for piece in pieces:
                if metrics.horizontalAdvance(piece) > room + 1:
                    problems.append(f"label {piece!r}: {metrics.horizontalAdvance(piece)} px of text in {room} px")
    return problems


def tab_problems(window: QMainWindow) -> list[str]:
    """Tabs scrolled off or squeezed (their text elided)."""
    problems: list[str] = []
    for tabs in window.findChildren(QTabWidget):
        if not _shown(tabs, window):
            continue
        bar = tabs.tabBar()
        assert isinstance(bar, QTabBar)
        for index in range(bar.count()):
            if not bar.isTabVisible(index):
                continue
            rect = bar.tabRect(index)
            text = _plain(bar.tabText(index))
            if rect.right() > bar.width() or rect.left() < 0:
                problems.append(f"tab {text!r}: off the tab bar (needs scrolling)")
            elif rect.width() < bar.tabSizeHint(index).width() - 1:
                problems.append(f"tab {text!r}: squeezed to {rect.width()} px, needs {bar.tabSizeHint(index).width()}")
    return problems


def tree_problems(window: QMainWindow) -> list[str]:
    """Mission names elided in the tree (the rows on screen)."""
    problems: list[str] = []
    tree = window.findChild(QTreeView, "missionTree")
    if tree is None or not tree.isVisible():
        return ["no mission tree on screen"]
    metrics = QFontMetrics(tree.font())
    index = tree.indexAt(tree.viewport().rect().topLeft())
    while index.isValid() and tree.visualRect(index).top() < tree.viewport().height():
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        rect = tree.visualRect(index)
        if metrics.horizontalAdvance(text) + tree.iconSize().width() + 8 > rect.width() \
                or rect.right() > tree.viewport().width():
            problems.append(f"tree row {text!r}: cut short")
        index = tree.indexBelow(index)
    return problems


def _letter(char: str) -> bool:
    # Latin, Greek and Cyrillic letters: a break between two of them splits a word (CJK text may break anywhere)
    return char.isalpha() and ord(char) < 0x2E80


def page_problems(window: QMainWindow) -> list[str]:
    """Words split across lines on the page, and content wider than the page."""
    problems: list[str] = []
    details = window.findChild(QTextEdit, "detailPane")
    if details is None or not details.isVisible():
        return ["no detail page on screen"]
    document = details.document()
    block = document.begin()
    while block.isValid():
        text = block.text()
        lines = block.layout()
        for number in range(1, lines.lineCount()):
            start = lines.lineAt(number).textStart()
            if 0 < start < len(text) and _letter(text[start - 1]) and _letter(text[start]):
                begin = start
                while begin > 0 and not text[begin - 1].isspace():
                    begin -= 1
                word = text[begin:].split()[0]
                if len(word) < 25:  # a web address longer than a line may break; words may not
                    problems.append(f"word split across lines: {word!r}")
        block = block.next()
    width = document.documentLayout().documentSize().width() - document.documentMargin()
    if width > details.viewport().width() + 1:
        problems.append(f"page content {width:.0f} px wide in a {details.viewport().width()} px page")
    return problems


def touch_problems(window: QMainWindow, dpi: float) -> list[str]:
    """Touch targets smaller than 9 mm on a ``dpi`` screen."""
    least = touch_px(dpi)
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or not isinstance(widget, QAbstractButton | QLineEdit | QComboBox):
            continue
        if widget.parent() is not None and isinstance(widget.parent(), QTabBar):
            continue  # the tab bar's scroll arrows: checked through the tabs themselves
        if min(widget.width(), widget.height()) < least:
            name = widget.objectName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
            problems.append(f"{name!r}: {widget.width()}x{widget.height()} px, 9 mm is {least} px")
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window):
            for index in range(bar.count()):
                rect = bar.tabRect(index)
                if min(rect.width(), rect.height()) < least:
                    problems.append(f"tab {bar.tabText(index)!r}: {rect.width()}x{rect.height()} px < {least}")
    return problems


def text_size_problems(dpi: float) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pixels = QFontInfo(app.font()).pixelSize()
    wanted = body_px(dpi)
    return [] if pixels >= wanted else [f"body text {pixels} px, readable from 1.5 m needs {wanted} px"]


def all_problems(window: QMainWindow, dpi: float) -> list[str]:
    return [*clipped_widgets(window), *tab_problems(window), *tree_problems(window), *page_problems(window),
            *touch_problems(window, dpi), *text_size_problems(dpi)]
