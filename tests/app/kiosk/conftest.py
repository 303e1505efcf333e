"""Shared by the kiosk tests: a kiosk on a real main window built in a given interface language, and the same at
simulated screens (sizes and densities of real panels)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
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
    exits: list[int] = field(default_factory=list)
    steps: list[tuple[str, str]] = field(default_factory=list)

    def advance(self, seconds: float, step: float = 1.0) -> None:
        """Let time pass, ticking as the real timer would."""
        left = seconds
        while left > 1e-9:
            moved = min(step, left)
            self.clock.advance(moved)
            self.controller.tick()
            left -= moved

    def tap(self, x: int, y: int) -> None:
        QApplication.processEvents()
        QTest.mouseClick(self.window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, y))

    def tap_corner(self, times: int = 5, gap: float = 0.3) -> None:
        for _ in range(times):
            self.tap(self.window.width() - 20, 20)
            self.clock.advance(gap)


@pytest.fixture
def make_kiosk(qtbot, bundled, language) -> Iterator[Callable[..., Kiosk]]:
    """A kiosk on a real main window at 1600x900 with a manual clock, built in the interface language ``code``
    (None: English) and configured with ``values``."""
    made: list[KioskController] = []

    def make(code: str | None = None, **values: object) -> Kiosk:
        if code is not None:
            language(code)
        window = MainWindow(bundled, Settings())
        qtbot.addWidget(window)
        clock = ManualClock()
        kiosk = Kiosk(window, None, clock)  # type: ignore[arg-type]
        controller = KioskController(window, KioskConfig(**values), clock=clock, animate=False,  # type: ignore[arg-type]
                                     on_exit=lambda: kiosk.exits.append(1))
        kiosk.controller = controller
        controller.attract_step_shown.connect(lambda mission, step: kiosk.steps.append((mission, step)))
        controller.install(full_screen=False, start_timer=False)
        window.resize(1600, 900)
        qtbot.waitExposed(window)
        made.append(controller)
        return kiosk

    yield make
    for controller in made:
        controller.uninstall()
