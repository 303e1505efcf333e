"""The kiosk's home screen at every supported screen shape and density: nothing clipped, elided or too small.

Each screen is simulated by the window size and the kiosk's ``screen_dpi`` (the density a real panel of that
size reports): 32-inch and 23-inch portrait 1080p panels (69 and 96 dpi), a 24-inch 1080p (92 dpi), a 27-inch
1440p (109 dpi) and a 32-inch 4K panel (138 dpi).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSplitter, QToolBar

from soyuz_gui.app.screenshot import save_png
from tests.app.kiosk.conftest import SCREENS, settle
from tests.app.kiosk.screen_checks import all_problems, body_px, clipped_widgets, touch_px

CASES = [(name, "en") for name in SCREENS] + [("portrait", "ru"), ("portrait-23in", "ru"),
                                              ("portrait-23in", "ja"), ("1080p", "ru"), ("1080p", "ja"),
                                              ("4k", "ja")]


@pytest.mark.parametrize(("screen", "lang"), CASES)
def test_home_screen_has_nothing_clipped_or_too_small(kiosk_screen, screen, lang, tmp_path):
    window = kiosk_screen(screen, lang)
    folder = os.environ.get("SOYUZ_KIOSK_SHOTS")
    save_png(window, (Path(folder) if folder else tmp_path) / f"kiosk-{screen}-{lang}.png")
    assert all_problems(window, SCREENS[screen][2]) == []


def test_portrait_puts_the_tree_above_the_page(kiosk_screen):
    window = kiosk_screen("portrait", "en")
    splitter = window.findChild(QSplitter, "mainSplitter") or getattr(window, "splitter", None)
    assert isinstance(splitter, QSplitter)
    assert splitter.orientation() == Qt.Orientation.Vertical
    tree, page = splitter.sizes()
    assert 0 < tree < page
    window.resize(1920, 1080)  # turned to landscape: side by side again
    settle()
    assert splitter.orientation() == Qt.Orientation.Horizontal


def test_the_title_wraps_rather_than_being_cut_in_portrait(kiosk_screen):
    window = kiosk_screen("portrait", "ru")
    title = window.findChild(QLabel, "kioskTitle")
    assert title is not None and title.isVisible()
    assert title.wordWrap()  # two lines, both whole (checked by the clipping test)


def test_languages_get_their_own_row_in_portrait_and_rejoin_the_bar_in_landscape(kiosk_screen):
    window = kiosk_screen("portrait-23in", "en")
    row = window.findChild(QToolBar, "kioskLanguageRow")
    bar = window.findChild(QToolBar, "kioskTouchBar")
    assert row is not None and row.isVisible()
    buttons = [window.findChild(QPushButton, f"kioskLanguage-{code}") for code in ("en", "ru", "ja")]
    assert all(button is not None and button.parentWidget() is row and button.isVisible() for button in buttons)
    window.resize(1920, 1080)
    settle()
    assert not row.isVisible()
    assert all(button is not None and button.parentWidget() is bar and button.isVisible() for button in buttons)
    assert clipped_widgets(window) == []


def test_sizes_follow_the_density():
    assert touch_px(96) == 44 and touch_px(138) == 49
    assert body_px(96) == 24 and body_px(138) == 34


def test_text_and_targets_grow_on_a_denser_screen(kiosk_screen):
    from PySide6.QtGui import QFontInfo

    window = kiosk_screen("4k", "en")
    assert QFontInfo(QApplication.font()).pixelSize() >= body_px(138) > body_px(92)
    assert window.findChild(QLabel, "kioskClock") is not None
