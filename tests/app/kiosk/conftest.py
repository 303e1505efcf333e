"""Shared by the kiosk tests: a kiosk on a real main window, built in a given interface language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings


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
