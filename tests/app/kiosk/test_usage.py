"""The opt-in usage counter: counts per day, atomic file, corrupt file set aside, the report."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig, parse_config
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.languages import KioskLanguages
from soyuz_gui.app.kiosk.usage import UsageCounter, read_usage, report, usage_path
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from soyuz_gui.cli import main


def test_counts_per_day_without_times(tmp_path):
    days = iter([dt.date(2026, 12, 5), dt.date(2026, 12, 5), dt.date(2026, 12, 6), dt.date(2026, 12, 6)])
    counter = UsageCounter(tmp_path / "kiosk-usage.json", today=lambda: next(days))
    counter.session()
    counter.mission("soyuz-ms-07")
    counter.session()
    counter.language("ru")
    stored = json.loads((tmp_path / "kiosk-usage.json").read_text())
    assert stored == {"format": 1, "days": {
        "2026-12-05": {"sessions": 1, "missions": {"soyuz-ms-07": 1}, "languages": {}},
        "2026-12-06": {"sessions": 1, "missions": {}, "languages": {"ru": 1}}}}
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk-usage.json"]  # the temporary file was renamed
    text = report(read_usage(tmp_path / "kiosk-usage.json"))
    assert "2026-12-05         1                1  -" in text
    assert "total              2                1  ru 1" in text
    assert "1  soyuz-ms-07" in text


def test_a_corrupt_file_is_set_aside_not_fatal(tmp_path, caplog):
    path = tmp_path / "kiosk-usage.json"
    path.write_text('{"format": 1, "days": {"2026-12-0')  # a write cut short (no longer possible, but disks fail)
    counter = UsageCounter(path)
    assert counter.days == {}
    assert (tmp_path / "kiosk-usage.json.corrupt").exists()
    assert "set aside" in caplog.text
    counter.session()
    assert read_usage(path)[dt.date.today().isoformat()]["sessions"] == 1


def test_off_by_default_and_on_by_config():
    assert KioskConfig().usage_counts is False
    assert parse_config("usage_counts: true\n").config.usage_counts is True


def test_the_kiosk_counts_a_visitors_session_and_missions(qtbot, bundled, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    controller = KioskController(window, KioskConfig(usage_counts=True), clock=ManualClock(), animate=False,
                                 on_exit=lambda: None)
    controller.install(full_screen=False, start_timer=False)
    try:
        window.resize(1920, 1080)
        qtbot.waitExposed(window)
        window.show_entity("soyuz-ms-08")  # during the attract loop: not a visitor's choice
        qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(900, 500))
        QApplication.processEvents()
        window.show_entity("soyuz-tma-09m" if "soyuz-tma-09m" in window.catalog else "soyuz-ms-09")
        counts = read_usage(usage_path(tmp_path / "soyuz-gui"))
        (day,) = counts.values()
        assert day["sessions"] == 1
        assert sum(day["missions"].values()) == 1 and "soyuz-ms-08" not in day["missions"]
        assert day["languages"] == {"en": 1}
    finally:
        controller.uninstall()


def test_kiosk_report_command(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    config = tmp_path / "kiosk.yaml"
    config.write_text("usage_counts: true\n")
    assert main(["kiosk", "report", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "counting is on" in out and "No usage counted yet" in out


def test_a_language_switch_counts_the_language_not_a_new_session(qtbot, bundled, tmp_path, monkeypatch,
                                                                 switcher: LanguageSwitcher):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    clock = ManualClock()
    config = KioskConfig(usage_counts=True, idle_seconds=60, countdown_seconds=10)
    controller = KioskController(window, config, clock=clock, animate=False, on_exit=lambda: None)
    controller.install(full_screen=False, start_timer=False)
    window.resize(1920, 1080)
    qtbot.waitExposed(window)
    languages = KioskLanguages(controller, window, switcher, "en", full_screen=False, start_timer=False)

    def today() -> dict[str, object]:
        (day,) = read_usage(usage_path(tmp_path / "soyuz-gui")).values()
        return day

    try:
        home_bar = languages.controller.home_languages
        assert home_bar is not None
        qtbot.mouseClick(home_bar.buttons["ru"], Qt.MouseButton.LeftButton)  # the visit starts in Russian
        qtbot.addWidget(languages.window)
        assert today()["sessions"] == 1 and today()["languages"] == {"ru": 1}
        for code in ("ja", "en"):  # the same visitor tries the header's other languages
            bar = languages.controller.touch_bar
            assert bar is not None
            qtbot.mouseClick(bar.language_buttons[code], Qt.MouseButton.LeftButton)
            qtbot.addWidget(languages.window)
            assert switcher.language == code
        assert today()["sessions"] == 1
        assert today()["languages"] == {"ru": 1, "ja": 1, "en": 1}
        for _ in range(75):  # the visitor leaves: idle, countdown, reset
            clock.advance(1.0)
            languages.controller.tick()
        languages.controller.note_input()  # the next visitor
        assert today()["sessions"] == 2 and today()["languages"] == {"ru": 1, "ja": 1, "en": 2}
    finally:
        languages.detach()
        languages.controller.uninstall()
