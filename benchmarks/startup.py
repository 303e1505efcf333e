"""Start-up benchmark: process launch -> first paint of the main window on the bundled data.

Compared with a bare PySide6 QMainWindow + QTreeView measured in the same run, alternating the two so machine
noise hits both alike. Prints the median times, their ratio and the peak RSS of both.

    python benchmarks/startup.py [--runs 15] [--command "soyuz-gui"]

``--command`` points the measurement at another launcher (an installed package, a frozen bundle).
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first-paint-epoch {time.time():.6f}", file=sys.stderr, flush=True)
    app.quit()

app = QApplication(sys.argv)
probe = Probe()
app.installEventFilter(probe)
window = QMainWindow()
window.setCentralWidget(QTreeView())
window.resize(1280, 800)
window.show()
app.exec()
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to first paint, and peak RSS in MB, of one run."""
    start = time.time()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    stderr = proc.stderr.read() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    stamp = next((line.split()[1] for line in stderr.splitlines() if line.startswith("first-paint-epoch")), None)
    if proc.returncode != 0 or stamp is None:
        raise RuntimeError(f"{command} failed ({proc.returncode}):\n{stderr}")
    return float(stamp) - start, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--command", default=f"{shlex.quote(sys.executable)} -m soyuz_gui",
                        help="how to launch the app (default: this Python, from the checkout)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        # Like an installed program, both sides run from cached bytecode: the warm-up run writes it (this
        # machine sets PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile from source).
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {**base_env, "QT_QPA_PLATFORM": "offscreen", "SOYUZ_GUI_FIRST_PAINT_PROBE": "1",
               "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state",
               "XDG_CACHE_HOME": f"{home}/cache", "PYTHONPATH": str(REPO)}
        script = Path(home) / "baseline.py"
        script.write_text(BASELINE)
        app_cmd = shlex.split(args.command)
        base_cmd = [sys.executable, str(script)]
        measure(app_cmd, env)  # warm the file cache once for each
        measure(base_cmd, env)
        app_runs: list[tuple[float, float]] = []
        base_runs: list[tuple[float, float]] = []
        for _ in range(args.runs):
            base_runs.append(measure(base_cmd, env))
            app_runs.append(measure(app_cmd, env))

    app_ms = statistics.median(t for t, _ in app_runs) * 1000
    base_ms = statistics.median(t for t, _ in base_runs) * 1000
    app_rss = max(r for _, r in app_runs)
    base_rss = max(r for _, r in base_runs)
    print(f"runs: {args.runs} each, offscreen, bundled data ({args.command})")
    print(f"baseline QMainWindow+QTreeView  first paint median {base_ms:7.1f} ms   peak RSS {base_rss:6.1f} MB")
    print(f"Soyuz Mission Browser          first paint median {app_ms:7.1f} ms   peak RSS {app_rss:6.1f} MB")
    print(f"ratio {app_ms / base_ms:.2f} (target <= 1.5)   RSS over baseline {app_rss - base_rss:+.1f} MB "
          f"(target <= +30 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
