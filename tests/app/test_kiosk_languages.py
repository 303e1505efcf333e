"""Kiosk language buttons (issue 17): EN / РУС / 日本語 in the header switch the whole screen; idle reset goes back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton

from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.languages import KioskLanguages
from soyuz_gui.app.kiosk.overlay import MIN_TOUCH
from soyuz_gui.app.kiosk.session import Phase
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings

HOME_TEXT = {"en": "Home", "ru": "В начало", "ja": "ホーム"}


@pytest.fixture
def kiosk(qtbot, bundled, switcher: LanguageSwitcher) -> Iterator[KioskLanguages]:
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    config = KioskConfig(idle_seconds=60, countdown_seconds=10)
    controller = KioskController(window, config, clock=ManualClock(), animate=False)
    controller.install(full_screen=False, start_timer=False)
    window.resize(1600, 900)
    languages = KioskLanguages(controller, window, switcher, "en", full_screen=False, start_timer=False)
    yield languages
    languages.detach()
    languages.controller.uninstall()


def language_button(languages: KioskLanguages, code: str) -> QPushButton:
    bar = languages.controller.touch_bar
    assert bar is not None
    return bar.language_buttons[code]


def test_buttons_are_in_their_own_language_named_and_finger_sized(kiosk: KioskLanguages) -> None:
    labels = {code: language_button(kiosk, code).text() for code in ("en", "ru", "ja")}
    assert labels == {"en": "EN", "ru": "РУС", "ja": "日本語"}
    for code, name in (("en", "English"), ("ru", "Русский"), ("ja", "日本語")):
        button = language_button(kiosk, code)
        assert button.accessibleName() == name
        assert button.minimumHeight() >= MIN_TOUCH
    assert language_button(kiosk, "en").isChecked()


def test_tapping_a_language_switches_the_whole_screen_and_the_visitor_stays(qtbot, kiosk: KioskLanguages) -> None:
    first = kiosk.window
    first.show_entity("soyuz-ms-06")
    kiosk.controller.note_input()
    for code in ("ru", "ja", "en"):
        old_window = kiosk.window
        language_button(kiosk, code).click()
        window = kiosk.window
        qtbot.addWidget(window)
        assert window is not old_window
        bar = kiosk.controller.touch_bar
        assert bar is not None and bar.home_button.accessibleName() == HOME_TEXT[code]
        assert language_button(kiosk, code).isChecked()
        assert window.current_entity() == "soyuz-ms-06"  # the visitor's page, not the home screen
        assert kiosk.controller.session.phase == Phase.ACTIVE
        assert window.menuBar().isHidden()  # it is a kiosk again


def test_idle_reset_returns_to_the_default_language(qtbot, kiosk: KioskLanguages,
                                                    switcher: LanguageSwitcher) -> None:
    language_button(kiosk, "ja").click()
    qtbot.addWidget(kiosk.window)
    assert switcher.language == "ja"
    controller = kiosk.controller
    clock = controller.clock
    assert isinstance(clock, ManualClock)
    for _ in range(80):  # idle, then the countdown runs out
        clock.advance(1.0)
        kiosk.controller.tick()
    qtbot.addWidget(kiosk.window)
    assert switcher.language == "en"
    bar = kiosk.controller.touch_bar
    assert bar is not None and bar.home_button.accessibleName() == "Home"
    assert language_button(kiosk, "en").isChecked()


# --- kiosk behaviour in every interface language (issue 20: no English-text matching) ----------------------------

@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_attract_loop_visits_crew_steps_in_every_language(qtbot, bundled, switcher: LanguageSwitcher,
                                                          code: str) -> None:
    switcher.switch(code)
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    clock = ManualClock()
    config = KioskConfig(playlist=["soyuz-ms-07"], attract_steps=["overview", "crew"], dwell_seconds=5)
    controller = KioskController(window, config, clock=clock, animate=False)
    steps: list[tuple[str, str]] = []
    controller.attract_step_shown.connect(lambda mission, step: steps.append((mission, step)))
    controller.install(full_screen=False, start_timer=False)
    window.resize(1600, 900)
    qtbot.waitExposed(window)
    try:
        for _ in range(12):
            clock.advance(1.0)
            controller.tick()
        assert ("soyuz-ms-07", "crew") in steps
        assert window.details.verticalScrollBar().value() > 0  # scrolled down to the crew
    finally:
        controller.uninstall()


@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_file_actions_are_disabled_in_every_language(qtbot, bundled, switcher: LanguageSwitcher, code: str) -> None:
    switcher.switch(code)
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    controller = KioskController(window, KioskConfig(), clock=ManualClock(), animate=False)
    controller.install(full_screen=False, start_timer=False)
    try:
        for action in (window.export_pdf_action, window.copy_text_action, window.open_data_action):
            assert not action.isEnabled() and not action.isVisible(), action.text()
    finally:
        controller.uninstall()
