"""Language buttons on the kiosk's home screen (issue 17): shown while the attract loop runs, each name in its own
language, the chosen one marked; a touch switches the whole screen and starts the visitor's session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.home_languages import HomeLanguageBar
from soyuz_gui.app.kiosk.languages import KioskLanguages
from soyuz_gui.app.kiosk.session import Phase
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from tests.app.kiosk.screen_checks import touch_px

NAMES = {"en": "English", "ru": "Русский", "ja": "日本語"}
HOME_TEXT = {"en": "Home", "ru": "В начало", "ja": "ホーム"}


@pytest.fixture
def kiosk(qtbot, bundled, switcher: LanguageSwitcher) -> Iterator[KioskLanguages]:
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    controller = KioskController(window, KioskConfig(idle_seconds=60, countdown_seconds=10), clock=ManualClock(),
                                 animate=False)
    controller.install(full_screen=False, start_timer=False)
    window.resize(1920, 1080)
    qtbot.waitExposed(window)
    languages = KioskLanguages(controller, window, switcher, "en", full_screen=False, start_timer=False)
    yield languages
    languages.detach()
    languages.controller.uninstall()


def home_bar(languages: KioskLanguages) -> HomeLanguageBar:
    bar = languages.controller.home_languages
    assert bar is not None
    return bar


def home_button(languages: KioskLanguages, code: str) -> QPushButton:
    return home_bar(languages).buttons[code]


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_the_home_screen_shows_each_language_in_its_own_words(qtbot, bundled, switcher: LanguageSwitcher,
                                                               code: str) -> None:
    switcher.switch(code)
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    controller = KioskController(window, KioskConfig(screen_dpi=92.0), clock=ManualClock(), animate=False)
    controller.install(full_screen=False, start_timer=False)
    try:
        window.resize(1920, 1080)
        qtbot.waitExposed(window)
        settle()
        bar = controller.home_languages
        assert bar is not None and bar.isVisible()
        assert controller.session.phase == Phase.ATTRACT
        for other, name in NAMES.items():
            button = bar.buttons[other]
            assert button.isVisible()
            assert button.accessibleName() == name
            assert button.text() == ("✓ " if other == code else "") + name  # the chosen one marked, not by colour
            assert button.isChecked() == (other == code)
            assert button.height() >= touch_px(92.0) and button.width() >= 2 * touch_px(92.0)
            # below the page, not over it: the visitor sees them at once and no text is hidden
            assert button.mapTo(window, button.rect().topLeft()).y() >= window.centralWidget().geometry().bottom()
    finally:
        controller.uninstall()


def test_a_touch_on_a_language_switches_the_screen_and_starts_the_session(qtbot, kiosk: KioskLanguages,
                                                                          switcher: LanguageSwitcher) -> None:
    first = kiosk.window
    assert kiosk.controller.session.phase == Phase.ATTRACT
    qtbot.mouseClick(home_button(kiosk, "ru"), Qt.MouseButton.LeftButton)  # the waking touch itself acts
    assert switcher.language == "ru"
    assert kiosk.window is not first
    qtbot.addWidget(kiosk.window)
    settle()
    controller = kiosk.controller
    assert controller.session.phase == Phase.ACTIVE
    assert controller.touch_bar is not None and controller.touch_bar.home_button.accessibleName() == HOME_TEXT["ru"]
    assert controller.touch_bar.language_buttons["ru"].isChecked()
    assert not home_bar(kiosk).isVisible()  # gone with the attract banner: the screen is the visitor's now
    assert home_button(kiosk, "ru").isChecked()


def test_the_language_on_screen_starts_the_session_without_a_rebuild(qtbot, kiosk: KioskLanguages,
                                                                     switcher: LanguageSwitcher) -> None:
    first = kiosk.window
    qtbot.mouseClick(home_button(kiosk, "en"), Qt.MouseButton.LeftButton)
    assert kiosk.window is first and switcher.language == "en"
    assert kiosk.controller.session.phase == Phase.ACTIVE
    assert not home_bar(kiosk).isVisible()


def test_any_other_touch_only_wakes_and_hides_the_buttons(qtbot, kiosk: KioskLanguages,
                                                          switcher: LanguageSwitcher) -> None:
    bar = kiosk.controller.touch_bar
    assert bar is not None and home_bar(kiosk).isVisible()
    qtbot.mouseClick(bar.language_buttons["ja"], Qt.MouseButton.LeftButton)  # the header's: wakes only
    assert switcher.language == "en"
    assert kiosk.controller.session.phase == Phase.ACTIVE
    assert not home_bar(kiosk).isVisible()


def test_idle_reset_brings_back_the_configured_language_and_the_buttons(qtbot, kiosk: KioskLanguages,
                                                                        switcher: LanguageSwitcher) -> None:
    qtbot.mouseClick(home_button(kiosk, "ja"), Qt.MouseButton.LeftButton)
    qtbot.addWidget(kiosk.window)
    assert switcher.language == "ja"
    for _ in range(80):  # idle, then the countdown runs out
        clock = kiosk.controller.clock
        assert isinstance(clock, ManualClock)
        clock.advance(1.0)
        kiosk.controller.tick()
    qtbot.addWidget(kiosk.window)
    settle()
    assert switcher.language == "en"
    assert kiosk.controller.session.phase == Phase.ATTRACT
    assert home_bar(kiosk).isVisible()
    assert home_button(kiosk, "en").isChecked() and home_button(kiosk, "en").text() == "✓ English"
    assert not home_button(kiosk, "ja").isChecked()
