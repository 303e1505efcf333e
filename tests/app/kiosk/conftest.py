"""Shared by the kiosk tests: a kiosk on a real main window built in a given interface language, and the same at
simulated screens (sizes and densities of real panels)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication

from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings

SCREENS = {"portrait": (1080, 1920, 69.0), "portrait-23in": (1080, 1920, 96.0), "1080p": (1920, 1080, 92.0),
           "1440p": (2560, 1440, 109.0), "4k": (3840, 2160, 138.0)}


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


@pytest.fixture
def kiosk_screen(qtbot, bundled, language):
    made: list[KioskController] = []

    def make(screen: str, lang: str) -> MainWindow:
        width, height, dpi = SCREENS[screen]
        if lang != "en":
            language(lang)
        window = MainWindow(bundled, Settings())
        qtbot.addWidget(window)
        controller = KioskController(window, KioskConfig(screen_dpi=dpi), clock=ManualClock(), animate=False,
                                     on_exit=lambda: None)
        controller.install(full_screen=False, start_timer=False)
        made.append(controller)
        window.resize(width, height)
        qtbot.waitExposed(window)
        settle()
        return window

    yield make
    for controller in made:
        controller.uninstall()



@dataclass
class Kiosk:
    window: MainWindow
    controller: KioskController
    clock: ManualClock
    steps: list[tuple[str, str]] = field(default_factory=list)

    def advance(self, seconds: float) -> None:
        for _ in range(int(seconds)):
            self.clock.advance(1.0)
            self.controller.tick()


@pytest.fixture
def kiosk_in(qtbot, bundled, language) -> Iterator[Callable[..., Kiosk]]:
    """A kiosk on a real main window built in the given interface language."""
    made: list[KioskController] = []

    def make(code: str, **values: object) -> Kiosk:
        language(code)
        window = MainWindow(bundled, Settings())
        qtbot.addWidget(window)
        clock = ManualClock()
        controller = KioskController(window, KioskConfig(**values), clock=clock, animate=False,  # type: ignore[arg-type]
                                     on_exit=lambda: None)
        kiosk = Kiosk(window, controller, clock)
        controller.attract_step_shown.connect(lambda mission, step: kiosk.steps.append((mission, step)))
        controller.install(full_screen=False, start_timer=False)
        window.resize(1600, 900)
        qtbot.waitExposed(window)
        made.append(controller)
        return kiosk

    yield make
    for controller in made:
        controller.uninstall()
