"""Boot-to-kiosk on a bare X server: the session script and unit, with Xvfb standing in for Xorg.

No window manager runs here, as on an exhibit PC: the kiosk must still cover the whole screen, and the session
script must hand the kiosk's exit status to systemd (10 = operator exit, stays down; anything else restarts).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SESSION = REPO / "packaging" / "linux" / "soyuz-gui-kiosk-session"
UNIT = REPO / "packaging" / "linux" / "soyuz-gui-kiosk-x11@.service"
needs_x = pytest.mark.skipif(not (shutil.which("xinit") and shutil.which("Xvfb")),
                             reason="needs xinit and Xvfb (apt-get install xinit xvfb)")


def free_display() -> str:
    for number in range(60, 160):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    pytest.skip("no free X display number")


def session_env(tmp_path: Path, command: str, size: str = "1920x1080") -> dict[str, str]:
    return dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), SOYUZ_X_SERVER=shutil.which("Xvfb") or "Xvfb",
                SOYUZ_X_ARGS=f"-screen 0 {size}x24 -nolisten tcp", SOYUZ_KIOSK_DISPLAY=free_display(),
                SOYUZ_KIOSK_COMMAND=command, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="xcb")


@needs_x
@pytest.mark.parametrize("status", [10, 3, 0])
def test_the_session_passes_the_kiosk_exit_status_to_systemd(tmp_path, status):
    done = subprocess.run([str(SESSION)], env=session_env(tmp_path, f"exit {status}", "640x480"),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == status, done.stderr
    assert f"kiosk exited with status {status}" in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == []  # its temporary folder (cookie, status) is removed


@needs_x
def test_the_kiosk_fills_a_bare_x_screen_and_stops_with_the_unit(tmp_path):
    """The real kiosk on a 1600x900 X server with no window manager; its heartbeat says the window fills it."""
    command = f"exec {sys.executable} -m soyuz_gui --kiosk"
    process = subprocess.Popen([str(SESSION)], env=session_env(tmp_path, command, "1600x900"), cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    status = tmp_path / "state" / "soyuz-gui" / "kiosk-status.json"
    try:
        deadline = time.monotonic() + 90
        beat: dict[str, object] = {}
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            if status.exists():
                beat = json.loads(status.read_text())
                if beat.get("window", {}).get("fills_screen"):  # type: ignore[union-attr]
                    break
            time.sleep(0.3)
        assert beat["window"] == {"width": 1600, "height": 900, "fills_screen": True}
        assert beat["status"] == "ok" and beat["phase"] == "attract"
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)  # what systemctl stop does (KillMode=mixed)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise
        if process.stderr:
            process.stderr.close()
    assert process.returncode == 0  # a clean stop: systemd neither restarts nor reports a failure
    assert json.loads(status.read_text())["status"] == "stopped"


def test_the_unit_restarts_the_kiosk_except_after_the_operator_exit():
    text = UNIT.read_text()
    for line in ("Restart=always", "RestartPreventExitStatus=10", "User=%i", "PAMName=login", "TTYPath=/dev/tty7",
                 "ExecStart=/usr/local/bin/soyuz-gui-kiosk-session", "StartLimitIntervalSec=0",
                 "WantedBy=graphical.target", "Conflicts=getty@tty7.service", "KillMode=mixed"):
        assert line in text.splitlines(), line
    assert os.access(SESSION, os.X_OK)


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze")
def test_the_unit_passes_systemd_analyze_verify(tmp_path):
    unit = tmp_path / "soyuz-gui-kiosk-x11@kiosk.service"
    unit.write_text(UNIT.read_text().replace("/usr/local/bin/soyuz-gui-kiosk-session", str(SESSION)))
    done = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60,
                          check=False)
    complaints = [line for line in done.stderr.splitlines() if unit.name in line]
    assert complaints == [], done.stderr
