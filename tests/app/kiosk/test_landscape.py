"""A landscape kiosk (issue 17): tree and page meet without a gap, the filter's hint is whole, and the tree's
Details column is cut only between whole words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QStyle, QTreeView

from soyuz_gui.app.kiosk.filter_row import hint_width
from soyuz_gui.app.kiosk.touch_bar import TouchBar
from soyuz_gui.app.kiosk.tree_details import SEPARATOR, DetailsDelegate, whole_words_details
from tests.app.kiosk.conftest import settle

LANGUAGES = ["en", "ru", "ja"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_tree_and_the_page_meet_at_a_thin_divider(kiosk_screen, lang):
    window = kiosk_screen("1080p", lang)
    gap = window.tabs.geometry().left() - window.tree.geometry().right()
    assert 0 < gap <= 30  # the splitter's handle: it was 94 px, a grey band


@pytest.mark.parametrize(("screen", "lang"), [("1080p", code) for code in LANGUAGES]
                         + [("portrait", code) for code in LANGUAGES])
def test_the_filter_shows_its_hint_whole(kiosk_screen, screen, lang):
    window = kiosk_screen(screen, lang)
    box = window.findChild(QLineEdit, "treeFilter")
    assert box is not None and box.placeholderText()
    assert hint_width(box) <= box.width()


def test_the_grouping_moves_under_the_filter_when_the_hint_needs_the_room(kiosk_screen):
    window = kiosk_screen("1080p", "ru")
    box = window.tree.filter_box
    grouping = window.tree.group_box
    assert grouping.geometry().top() >= box.geometry().bottom()  # "Группировка:" is long: a row of its own
    window.resize(3000, 1200)  # room for both side by side again
    settle()
    assert abs(grouping.geometry().center().y() - box.geometry().center().y()) <= 2
    assert hint_width(box) <= box.width()


def shown_details(tree: QTreeView) -> list[tuple[str, str, int]]:
    """(the model's text, what the delegate draws, the room it has) for each Details cell on screen."""
    delegate = tree.itemDelegateForColumn(1)
    assert isinstance(delegate, DetailsDelegate)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    rows = []
    index = tree.indexAt(tree.viewport().rect().topLeft())
    while index.isValid() and tree.visualRect(index).top() < tree.viewport().height():
        cell = index.siblingAtColumn(1)
        full = str(cell.data(Qt.ItemDataRole.DisplayRole) or "")
        width = tree.visualRect(cell).width() - 2 * margin
        rows.append((full, whole_words_details(full, QFontMetrics(tree.font()), width), width))
        index = tree.indexBelow(index)
    return rows


@pytest.mark.parametrize("lang", LANGUAGES)
def test_details_are_cut_between_whole_words_only(kiosk_screen, lang):
    window = kiosk_screen("1080p", lang)
    tree = window.findChild(QTreeView, "missionTree")
    assert tree is not None and not tree.isColumnHidden(1)
    metrics = QFontMetrics(tree.font())
    rows = shown_details(tree)
    assert any(SEPARATOR in full for full, _shown, _width in rows)  # rows with outcomes are on screen
    for full, shown, width in rows:
        assert metrics.horizontalAdvance(shown) <= width, shown
        if shown != full:  # the date, then whole outcome labels, never a label cut or a lone "· …"
            date, outcomes = full.split(SEPARATOR, 1)
            assert shown == date or (shown.startswith(date + SEPARATOR) and shown.endswith(" …")
                                     and outcomes.startswith(shown[len(date + SEPARATOR):-2]))


def test_whole_words_details_keeps_what_fits():
    metrics = QFontMetrics(QFont())
    text = "14 Oct 1976 · Docking failed, Off-target landing"
    assert whole_words_details(text, metrics, metrics.horizontalAdvance(text)) == text
    one = "14 Oct 1976 · Docking failed …"
    assert whole_words_details(text, metrics, metrics.horizontalAdvance(one)) == one
    assert whole_words_details(text, metrics, metrics.horizontalAdvance(one) - 1) == "14 Oct 1976"
    assert whole_words_details("14 Oct 1976", metrics, 5) == "14 Oct 1976"  # a date alone is Qt's to elide


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_header_drops_its_caption_before_the_languages_take_a_row(kiosk_screen, lang):
    """A bar a caption too wide: the caption goes, the language buttons stay in the bar, also after the screen was
    narrower (a portrait screen turned to landscape), when they had needed a row of their own."""
    window = kiosk_screen("1080p", lang)
    bar = window.findChild(TouchBar, "kioskTouchBar")
    assert bar is not None and not bar.languages_on_own_row and bar.text_label.isVisible()
    spare = bar.spacer.width()  # what the full bar leaves over
    width = window.width() - spare - bar.text_label.width() // 2  # half the caption too narrow
    window.resize(1080, 1920)
    settle()
    assert bar.languages_on_own_row  # portrait: nothing else makes the room
    window.resize(width, 1080)
    settle()
    assert not bar.languages_on_own_row
    assert not bar.text_label.isVisible()
    title = bar.title
    assert not title.wordWrap()  # dropping the caption was enough
