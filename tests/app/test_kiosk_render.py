"""Look at the kiosk at 1920x1080: attract screen, countdown and PIN pad are drawn, unclipped and finger-sized.

Set ``SOYUZ_KIOSK_SHOTS=/some/folder`` to keep the PNGs for a human look.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig, hash_pin
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.overlay import MIN_TOUCH
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.screenshot import save_png
from soyuz_gui.app.settings import Settings
from soyuz_gui.app.theme import ThemeMode, apply_theme


def shots_dir(tmp_path: Path) -> Path:
    folder = os.environ.get("SOYUZ_KIOSK_SHOTS")
    return Path(folder) if folder else tmp_path


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def assert_fully_inside(widget: QWidget, host: QWidget) -> None:
    top_left = widget.mapTo(host, widget.rect().topLeft())
    assert host.rect().contains(QRect(top_left, widget.size())), f"{widget.objectName()} is clipped"


def assert_finger_sized(container: QWidget) -> None:
    for button in container.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.accessibleName(), f"{button.objectName()} has no accessible name"
            assert button.height() >= MIN_TOUCH, f"{button.objectName()} is {button.height()} px high"
            assert button.width() >= MIN_TOUCH, f"{button.objectName()} is {button.width()} px wide"


@pytest.mark.parametrize("theme", [ThemeMode.LIGHT, ThemeMode.DARK])
def test_kiosk_screens_at_1920x1080(qtbot, qapp, bundled, tmp_path, theme):
    apply_theme(qapp, theme)
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    clock = ManualClock()
    controller = KioskController(window, KioskConfig(pin_hash=hash_pin("2468", iterations=10_000), font_scale=1.5),
                                 clock=clock, animate=False, on_exit=lambda: None)
    folder = shots_dir(tmp_path)
    try:
        controller.install(full_screen=False, start_timer=False)
        window.resize(1920, 1080)
        qtbot.waitExposed(window)
        settle()
        assert controller.touch_bar is not None
        assert_finger_sized(controller.touch_bar)
        assert controller.banner is not None and controller.banner.isVisible()
        assert_fully_inside(controller.banner, window)
        assert save_png(window, folder / f"kiosk-attract-{theme}.png")

        controller.note_input()
        clock.advance(controller.config.idle_seconds + 3)
        controller.tick()
        settle()
        countdown = controller.countdown
        assert countdown is not None and countdown.isVisible()
        assert_fully_inside(countdown.card, window)
        assert_finger_sized(countdown.card)
        assert countdown.button.width() >= 300
        assert countdown.ring.width() >= 150
        image = window.grab().toImage()
        ring_centre = countdown.ring.mapTo(window, countdown.ring.rect().center())
        assert image.pixelColor(ring_centre).isValid()
        assert save_png(window, folder / f"kiosk-countdown-{theme}.png")

        controller.note_input()
        controller._on_exit_gesture()
        settle()
        pad = controller.pin_pad
        assert pad is not None and pad.isVisible()
        assert_fully_inside(pad.card, window)
        assert_finger_sized(pad.card)
        pad.press("1")
        pad.press("ok")
        settle()
        assert "Wrong PIN" in pad.status.text()
        assert save_png(window, folder / f"kiosk-pin-{theme}.png")
        for _ in range(controller.config.pin_attempts - 1):
            pad.press("1")
            pad.press("ok")
        settle()
        assert pad.locked and pad.isVisible()
        assert pad.status.text() == "Too many wrong PINs. Try again in 60 seconds."
        assert_fully_inside(pad.status, window)
        assert pad.status.width() >= pad.status.fontMetrics().horizontalAdvance(pad.status.text()) or \
            pad.status.wordWrap()
        assert save_png(window, folder / f"kiosk-pin-locked-{theme}.png")
    finally:
        controller.uninstall()
        apply_theme(qapp, ThemeMode.LIGHT)


def test_overlays_fit_a_small_screen(qtbot, bundled):
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    controller = KioskController(window, KioskConfig(pin_hash=hash_pin("2468", iterations=10_000)),
                                 clock=ManualClock(), animate=False, on_exit=lambda: None)
    try:
        controller.install(full_screen=False, start_timer=False)
        window.resize(1280, 800)
        qtbot.waitExposed(window)
        controller._on_exit_gesture()
        settle()
        assert controller.pin_pad is not None
        assert_fully_inside(controller.pin_pad.card, window)
    finally:
        controller.uninstall()
