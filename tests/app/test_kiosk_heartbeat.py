"""The heartbeat status file an operator's monitoring reads."""

from __future__ import annotations

import json
import os

from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.heartbeat import Heartbeat, data_version, rss_bytes, status_path
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings


class Wall:
    def __init__(self) -> None:
        self.now = 1_780_000_000.0

    def __call__(self) -> float:
        return self.now


def test_status_file_fields_rate_limit_and_atomic_replace(tmp_path):
    wall = Wall()
    beat = Heartbeat(interval=30, path=tmp_path / "kiosk-status.json", app_version="0.1.0", data_version="abc",
                     entities=900, missions=202, data_problems=2, config_problems=1, started=wall.now, wall=wall)
    assert beat.beat({"phase": "attract"})
    body = json.loads(beat.path.read_text())
    assert body["status"] == "ok"  # alive; the problems are counted, monitoring decides what they mean
    assert body["problems"] == 3 and body["data_problems"] == 2 and body["config_problems"] == 1
    assert body["last_healthy"].endswith("Z") and body["last_healthy_unix"] == wall.now
    assert body["data_version"] == "abc" and body["data_missions"] == 202
    assert body["memory_rss_bytes"] > 10_000_000 and body["memory_rss_mb"] > 10
    assert body["phase"] == "attract" and body["pid"] == os.getpid()
    wall.now += 10
    assert not beat.beat()  # not due yet
    wall.now += 25
    assert beat.beat()
    assert json.loads(beat.path.read_text())["uptime_seconds"] == 35
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk-status.json"]  # no temporary file left behind
    assert oct(beat.path.stat().st_mode & 0o777) == "0o644"
    beat.stopped("operator exit (PIN)")
    assert json.loads(beat.path.read_text())["status"] == "stopped"


def test_unwritable_status_file_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    beat = Heartbeat(path=blocker / "kiosk-status.json")
    assert not beat.beat()
    assert beat.last_error is not None and "kiosk-status.json" in beat.last_error


def test_data_version_follows_the_contents(tmp_path):
    (tmp_path / "missions").mkdir()
    mission = tmp_path / "missions" / "a.yaml"
    mission.write_text("id: a\n")
    first = data_version([tmp_path])
    assert first == data_version([tmp_path]) and len(first) == 16
    mission.write_text("id: b\n")
    assert data_version([tmp_path]) != first
    (tmp_path / "notes.txt").write_text("not data")
    assert data_version([tmp_path]) == data_version([tmp_path])


def test_default_location_is_the_state_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert status_path() == tmp_path / "soyuz-gui" / "kiosk-status.json"
    assert rss_bytes() is not None


def test_the_controller_beats_from_its_tick(qtbot, bundled, tmp_path):
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    clock = ManualClock()
    wall = Wall()
    controller = KioskController(window, KioskConfig(heartbeat_seconds=30), clock=clock, animate=False,
                                 on_exit=lambda: None)
    controller.heartbeat = Heartbeat(interval=30, path=tmp_path / "s.json", wall=wall)
    try:
        controller.install(full_screen=False, start_timer=False)
        controller.tick()
        body = json.loads((tmp_path / "s.json").read_text())
        assert body["phase"] == "attract" and body["showing"] == controller.home
        assert body["window"]["fills_screen"] is None  # not full screen in this test
        controller.note_input()
        wall.now += 31
        controller.tick()
        assert json.loads((tmp_path / "s.json").read_text())["phase"] == "active"
        controller.shutdown("test")
        assert json.loads((tmp_path / "s.json").read_text())["stopped_because"] == "test"
    finally:
        controller.uninstall()
