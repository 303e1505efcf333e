"""Kiosk start-up: config errors never stop it, logging to a rotating file, screen blanking, the CLI."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest

from soyuz_gui.app.kiosk import logs, screensaver
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.cli import build_parser, main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def kiosk_log(caplog):
    caplog.set_level(logging.INFO, logger="soyuz_gui")
    return caplog


def test_read_config_logs_problems_and_falls_back(tmp_path, kiosk_log):
    from soyuz_gui.app.kiosk.launch import read_config

    path = tmp_path / "kiosk.yaml"
    path.write_text("dwell_seconds: 0\nidle_seconds: 45\nplaylist: [soyuz-ms-07, soyuz-ms-077]\n")
    config = read_config(path, ["soyuz-ms-07", "soyuz-ms-08"])
    assert config.dwell_seconds == KioskConfig().dwell_seconds
    assert config.idle_seconds == 45
    assert config.playlist == ["soyuz-ms-07"]
    errors = [r.getMessage() for r in kiosk_log.records if r.levelno == logging.ERROR]
    assert f"{path}:1:16: dwell_seconds: Expected `float` >= 2.0" in errors
    assert any("soyuz-ms-077" in e and "did you mean 'soyuz-ms-07'" in e for e in errors)
    assert any("using safe defaults for dwell_seconds" in e for e in errors)


def test_read_config_missing_or_garbage(tmp_path, kiosk_log):
    from soyuz_gui.app.kiosk.launch import read_config

    assert read_config(tmp_path / "absent.yaml", []) == KioskConfig()
    assert any("does not exist" in r.getMessage() for r in kiosk_log.records)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(bytes(range(256)))
    assert read_config(binary, []) == KioskConfig()
    assert read_config(None, []) == KioskConfig()  # no default file in the test's XDG_CONFIG_HOME


def test_default_config_location(tmp_path, monkeypatch):
    from soyuz_gui.app.kiosk.config import default_config_path
    from soyuz_gui.app.kiosk.launch import read_config

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_config_path() == tmp_path / "soyuz-gui" / "kiosk.yaml"
    default_config_path().parent.mkdir(parents=True)
    default_config_path().write_text("dwell_seconds: 30\n")
    assert read_config(None, []).dwell_seconds == 30


def test_rotating_log_in_the_state_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.state_dir() == tmp_path / "state" / "soyuz-gui"
    try:
        path = logs.setup_logging(max_bytes=10_000, backups=2)
        assert path == tmp_path / "state" / "soyuz-gui" / "kiosk.log"
        logs.setup_logging(max_bytes=10_000, backups=2)  # again: handlers are replaced, not added
        logger = logging.getLogger("soyuz_gui")
        mine = [h for h in logger.handlers if getattr(h, "_soyuz_kiosk", False)]
        assert len(mine) == 2
        assert any(isinstance(h, logging.handlers.RotatingFileHandler) for h in mine)
        for index in range(400):
            logging.getLogger("soyuz_gui.kiosk").info("line %d %s", index, "x" * 80)
        files = sorted(p.name for p in path.parent.iterdir())
        assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
        assert all(p.stat().st_size <= 10_200 for p in path.parent.iterdir())
    finally:
        logs.close_logging()
    assert not [h for h in logging.getLogger("soyuz_gui").handlers if getattr(h, "_soyuz_kiosk", False)]


def test_state_dir_default(monkeypatch):
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert logs.state_dir() == Path.home() / ".local" / "state" / "soyuz-gui"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/path")  # the spec says: ignore relative values
    assert logs.state_dir() == Path.home() / ".local" / "state" / "soyuz-gui"


def test_unwritable_log_folder_falls_back_to_stderr(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    try:
        assert logs.setup_logging(blocker / "sub") is None
    finally:
        logs.close_logging()


def test_xset_runs_on_x11_only():
    calls: list[list[str]] = []

    def runner(command):
        calls.append(list(command))
        return 0

    x11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
    assert screensaver.inhibit_screen_blanking(x11, runner, which=lambda _n: "/usr/bin/xset")
    assert calls == [["/usr/bin/xset", "s", "off"], ["/usr/bin/xset", "s", "noblank"], ["/usr/bin/xset", "-dpms"]]
    calls.clear()
    wayland = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert not screensaver.inhibit_screen_blanking(wayland, runner, which=lambda _n: "/usr/bin/xset")
    assert not screensaver.inhibit_screen_blanking({}, runner, which=lambda _n: "/usr/bin/xset")
    assert not screensaver.inhibit_screen_blanking(x11, runner, which=lambda _n: None)
    assert calls == []


def test_xset_failures_are_logged_not_raised(kiosk_log):
    def broken(command):
        raise OSError("no X server")

    assert not screensaver.inhibit_screen_blanking({"DISPLAY": ":0"}, broken, which=lambda _n: "xset")
    assert not screensaver.inhibit_screen_blanking({"DISPLAY": ":0"}, lambda _c: 1, which=lambda _n: "xset")
    assert any("failed" in r.getMessage() for r in kiosk_log.records)


def test_cli_options():
    args = build_parser().parse_args(["--kiosk", "--kiosk-config", "k.yaml"])
    assert args.kiosk
    assert args.kiosk_config == Path("k.yaml")
    args = build_parser().parse_args([])
    assert not args.kiosk
    assert args.kiosk_config is None
    with pytest.raises(SystemExit):
        main(["--kiosk-config", "k.yaml"])


def test_kiosk_starts_on_a_broken_config_and_renders(tmp_path):
    """End to end: ``soyuz-gui --kiosk`` with a bad config still starts, logs why and draws the kiosk."""
    config = tmp_path / "kiosk.yaml"
    config.write_text("dwell_seconds: fast\nhome_mission: soyuz-ms-10\nfont_scale: 1.4\n")
    png = tmp_path / "kiosk.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "soyuz_gui", "--kiosk", "--kiosk-config", str(config),
                           "--screenshot", str(png), "--size", "1280x800"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 10_000
    log = (tmp_path / "state" / "soyuz-gui" / "kiosk.log").read_text()
    assert f"{config}:1:16: dwell_seconds: Expected `float`, got `str`" in log
    assert "home soyuz-ms-10" in log


def test_sigterm_stops_the_kiosk_with_status_zero(tmp_path):
    """``systemctl --user stop`` sends SIGTERM: the kiosk logs it and exits 0 (and is not restarted)."""
    import signal
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    process = subprocess.Popen([sys.executable, "-m", "soyuz_gui", "--kiosk"], cwd=REPO, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = tmp_path / "state" / "soyuz-gui" / "kiosk.log"
    try:
        deadline = time.monotonic() + 60
        status = tmp_path / "state" / "soyuz-gui" / "kiosk-status.json"
        while time.monotonic() < deadline and not (log.exists() and "heartbeat:" in log.read_text()):
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.2)
        assert "kiosk started" in log.read_text()
        beat = json.loads(status.read_text())
        assert beat["status"] == "ok" and beat["pid"] == process.pid
        assert beat["data_missions"] > 100 and len(beat["data_version"]) == 16
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()
    assert "kiosk stopping: SIGTERM" in log.read_text()
    stopped = json.loads(status.read_text())
    assert stopped["status"] == "stopped" and stopped["stopped_because"] == "SIGTERM"


def test_kiosk_language_is_read_before_the_window_exists(tmp_path, monkeypatch):
    from soyuz_gui.app.kiosk.config import kiosk_language

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    config = tmp_path / "kiosk.yaml"
    config.write_text("language: ru\n")
    parse = build_parser().parse_args
    assert kiosk_language(parse(["--kiosk", "--kiosk-config", str(config)])) == "ru"
    assert kiosk_language(parse(["--kiosk"])) is None  # no default file
    assert kiosk_language(parse([])) is None  # not a kiosk
    config.write_text("language: 7\n")
    assert kiosk_language(parse(["--kiosk", "--kiosk-config", str(config)])) is None


def test_language_problems_are_logged(kiosk_log):
    from PySide6.QtCore import QLocale

    from soyuz_gui.app.kiosk.launch import check_language

    check_language(None)
    check_language("de")
    assert any("translated into en, ru, ja only" in r.getMessage() for r in kiosk_log.records)
    other = "ja" if QLocale().language() != QLocale("ja").language() else "ru"
    check_language(other)
    assert any("is not on screen" in r.getMessage() for r in kiosk_log.records)


def test_uncaught_errors_go_to_the_log(kiosk_log):
    from soyuz_gui.app.kiosk.launch import log_uncaught

    try:
        raise RuntimeError("pane exploded")
    except RuntimeError as exc:
        log_uncaught(RuntimeError, exc, exc.__traceback__)
    record = next(r for r in kiosk_log.records if r.levelno == logging.CRITICAL)
    assert "pane exploded" in record.getMessage() and record.exc_info is not None
