"""The kiosk in every interface language: nothing it does may depend on English text on the screen (issue 20)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QTextCursor

from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.widgets.kiosk_marker import KIOSK_HIDDEN

LANGUAGES = ("en", "ru", "ja")


def heading_block_top(window: MainWindow, heading: str) -> int | None:
    """Where the page's heading that reads ``heading`` is drawn in the detail pane's viewport, or None."""
    block = window.details.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
            return window.details.cursorRect(QTextCursor(block)).top()
        block = block.next()
    return None


@pytest.mark.parametrize("code", LANGUAGES)
def test_attract_loop_crew_step_finds_the_crew_section(make_kiosk, code):
    kiosk = make_kiosk(code, playlist=["soyuz-ms-07"], attract_steps=["overview", "crew"], dwell_seconds=5)
    heading = QCoreApplication.translate("DetailPages", "Crew")
    assert (heading == "Crew") == (code == "en")  # the page is really in that language
    kiosk.steps.clear()
    kiosk.advance(10)
    assert kiosk.steps == [("soyuz-ms-07", "overview"), ("soyuz-ms-07", "crew")]
    assert kiosk.window.details.verticalScrollBar().value() > 0
    top = heading_block_top(kiosk.window, heading)
    assert top is not None
    assert 0 <= top <= 40  # scrolled so the crew heading sits at the top of the page


@pytest.mark.parametrize("code", LANGUAGES)
def test_file_and_clipboard_actions_are_hidden_and_disabled(make_kiosk, code):
    kiosk = make_kiosk(code)
    window = kiosk.window
    marked = [action for action in window.findChildren(QAction) if action.property(KIOSK_HIDDEN)]
    for action in (window.export_pdf_action, window.copy_text_action, window.open_data_action):
        assert action in marked
    english = {"en": True, "ru": False, "ja": False}[code]
    assert ("Export" in window.export_pdf_action.text()) == english  # the label is translated: words cannot match
    for action in marked:
        assert not action.isVisible(), action.text()
        assert not action.isEnabled(), action.text()


@pytest.mark.parametrize("code", LANGUAGES)
def test_pane_file_and_window_controls_are_hidden_in_every_language(make_kiosk, code):
    """The image pane's Copy, Save As and Full screen, and the timeline's Export, whatever their labels read."""
    kiosk = make_kiosk(code)
    window = kiosk.window
    images = window.images
    window.tabs.setCurrentWidget(images.parentWidget())  # the tab's page: the kiosk strips new panes on a tab change
    for action in (images.copy_action, images.save_action, images.full_screen_action):
        assert action.property(KIOSK_HIDDEN), action.text()
        assert not action.isVisible(), action.text()
        assert not action.isEnabled(), action.text()
    assert not images.toolbar.widgetForAction(images.full_screen_action).isVisible()  # the toolbar follows the action
    for button in (images.credits.copy_button, images.credits.save_button):
        assert button.property(KIOSK_HIDDEN)
        assert not button.isVisible()
    export = window.timeline.export_button
    window.tabs.setCurrentWidget(window.timeline.parentWidget())
    assert export.property(KIOSK_HIDDEN)
    assert not export.isVisible()
