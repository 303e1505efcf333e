"""Start-up benchmark: process launch -> first painted frame of the main window (tree and start page visible).

Three programs run side by side in one run, alternating so machine noise hits all alike, each from cached
bytecode (as an installed program runs):

* ``bare``  — a bare PySide6 ``QMainWindow`` + ``QTreeView``: the reference of the ratio;
* ``app``   — Soyuz Mission Browser on the bundled data (``python -m soyuz_gui``);
* ``floor`` — the smallest PySide6 program that paints the app's first screen: the same window, menus, tree rows,
  tabs and the very same start page (HTML taken from the app), built from stock C++ widgets with no Python
  model, no data loading and no code of ours. It measures what PySide6 itself charges for that screen, so the
  ratio of ``floor`` to ``bare`` is the best any implementation of this first screen can reach.

Every program carries the same probe: an event filter on the main window alone (not on the whole application),
which prints the time of the first paint and quits — a handful of Python calls. The ``--screenshot`` figure
(launch -> PNG written -> process gone) is measured separately and is not the start-up figure.

    python benchmarks/startup.py [--runs 15] [--command "soyuz-gui"] [--scale 1,5,20] [--no-screenshot]

``--scale`` measures warm (snapshot present) and cold (no snapshot) start-up on 1x, 5x and 20x synthetic copies of
the bundled data (made in a temporary folder, never committed) and prints ms per mission. ``--command`` points the
measurement at another launcher (an installed package, a frozen bundle).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.2
RSS_TARGET_MB = 25.0

PROBE = r"""
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first-paint-epoch {time.time():.6f} cpu {time.process_time():.6f}", file=sys.stderr, flush=True)
    if SHOT:
        window.grab().save(SHOT)
    QCoreApplication.quit()
"""

BARE = PROBE + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
SHOT = sys.argv[1] if len(sys.argv) > 1 else None
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTreeView())
window.resize(1280, 800)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
app.exec()
"""

FLOOR = PROBE + r"""
import json, os
from PySide6.QtGui import QColor, QIcon, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QSplitter,
                               QTabWidget, QTextBrowser, QTreeView, QVBoxLayout, QWidget)
SHOT = os.environ.get("FLOOR_SHOT")
screen = json.loads(open(sys.argv[1], encoding="utf-8").read())
app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
palette = QPalette()
for role, colour in screen["palette"]:
    palette.setColor(QPalette.ColorRole(role), QColor(colour))
app.setPalette(palette)
window = QMainWindow()
window.setWindowTitle(screen["title"])
menus = window.menuBar()
for title, entries in screen["menus"]:
    menu = menus.addMenu(title)
    for entry in entries:
        menu.addAction(entry)
left = QWidget()
column = QVBoxLayout(left)
column.setContentsMargins(0, 0, 0, 0)
row = QHBoxLayout()
box = QLineEdit()
box.setPlaceholderText(screen["placeholder"])
box.setClearButtonEnabled(True)
row.addWidget(box, 1)
grouping = QComboBox()
grouping.addItems(screen["groupings"])
row.addWidget(grouping)
column.addLayout(row)
tree = QTreeView()
model = QStandardItemModel(tree)
model.setHorizontalHeaderLabels(screen["headers"])
icons = {kind: QIcon(path) for kind, path in screen["icons"].items()}
root = model.invisibleRootItem()
for text, detail, kind, bold, children in screen["rows"]:
    item = QStandardItem(text)
    if kind in icons:
        item.setIcon(icons[kind])
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    for child_text, child_detail, child_kind in children:
        child = QStandardItem(child_text)
        if child_kind in icons:
            child.setIcon(icons[child_kind])
        child.appendRow(QStandardItem(""))  # the expand arrow of a row with children
        item.appendRow([child, QStandardItem(child_detail)])
    root.appendRow([item, QStandardItem(detail)])
tree.setModel(model)
tree.setUniformRowHeights(True)
tree.setAlternatingRowColors(True)
tree.header().setStretchLastSection(False)
tree.header().setSectionResizeMode(0, tree.header().ResizeMode.Stretch)
tree.header().resizeSection(1, screen["detail_width"])
for index, (_text, _detail, _kind, _bold, children) in enumerate(screen["rows"]):
    if children:
        tree.expand(model.index(index, 0))
column.addWidget(tree)
tabs = QTabWidget()
tabs.setDocumentMode(True)
page = QTextBrowser()
page.document().setDocumentMargin(18)
if "--no-page" not in sys.argv:
    page.setHtml(screen["html"])
tabs.addTab(page, screen["tabs"][0])
for title in screen["tabs"][1:]:
    tabs.addTab(QWidget(), title)
splitter = QSplitter()
splitter.addWidget(left)
splitter.addWidget(tabs)
splitter.setSizes([380, 900])
window.setCentralWidget(splitter)
window.statusBar().addPermanentWidget(QLabel(screen["status"]))
window.resize(1280, 800)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
app.exec()
"""

# Run inside the app's environment once, before measuring: writes what the first screen shows for FLOOR.
DUMP = r"""
import json, sys, tempfile
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from soyuz_gui.app import main as app_main
from soyuz_gui.app.settings import Settings
from soyuz_gui.app.theme import ThemeMode, apply_theme
from soyuz_gui.cli import build_parser
from soyuz_gui.models.roles import Role
from soyuz_gui.paths import resource
from soyuz_gui.widgets.detail_pages import Formats, page_for

app = app_main.application()
scratch = tempfile.TemporaryDirectory()
settings = Settings(f"{scratch.name}/settings.ini")
apply_theme(app, settings.theme())
window = app_main.create_window(build_parser().parse_args([]), settings)
window.resize(1280, 800)
entity = window.show_start_entity(None)
window.show()
app.processEvents()
view = window.tree.view
model = view.model()
def row(index):
    detail = model.index(index.row(), 1, index.parent()).data()
    return [index.data(), detail or "", index.data(Role.KIND)]
rows = []
for r in range(model.rowCount()):
    top = model.index(r, 0)
    children = [row(model.index(c, 0, top)) for c in range(model.rowCount(top))] if view.isExpanded(top) else []
    rows.append([*row(top), True, children])
palette = app.palette()
screen = {
    "title": window.windowTitle(),
    "html": page_for(window.catalog, entity, window.details._palette(), Formats.current()),
    "rows": rows,
    "icons": {kind: str(resource("icons", "tree", f"{kind if kind != 'year' else 'group'}.svg"))
              for kind in {r[2] for r in rows} | {c[2] for r in rows for c in r[4]}},
    "headers": [model.headerData(0, Qt.Orientation.Horizontal), model.headerData(1, Qt.Orientation.Horizontal)],
    "detail_width": view.header().sectionSize(1),
    "placeholder": window.tree.filter_box.placeholderText(),
    "groupings": [window.tree.group_box.itemText(i) for i in range(window.tree.group_box.count())],
    "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
    "menus": [[a.text(), [x.text() for x in a.menu().actions() if x.text()]] for a in window.menuBar().actions()],
    "status": window.counts_label.text(),
    "palette": [[role.value, palette.color(role).name()] for role in QPalette.ColorRole
                if role.name != "NColorRoles"],
}
open(sys.argv[1], "w", encoding="utf-8").write(json.dumps(screen))
"""


CPU: dict[int, float] = {}  # id of a measured (seconds, MB) pair -> CPU seconds of the process at its first paint


def measure(command: list[str], env: dict[str, str], probe: bool = True,
            timeout: float | None = None) -> tuple[float, float]:
    """Seconds from spawn to first paint (or to exit when ``probe`` is False), and peak RSS in MB, of one run.

    The CPU time the process had used at its first paint is kept in :data:`CPU`: on a busy machine it describes
    the work far better than the wall time does."""
    start = time.time()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    killer = threading.Timer(timeout, proc.kill) if timeout else None
    if killer:
        killer.start()
    stderr = proc.stderr.read() if proc.stderr else ""
    if killer:
        killer.cancel()
    _, status, usage = os.wait4(proc.pid, 0)
    end = time.time()
    proc.returncode = os.waitstatus_to_exitcode(status)
    line = next((line.split() for line in stderr.splitlines() if line.startswith("first-paint-epoch")), None)
    if proc.returncode != 0 or (probe and line is None):
        raise RuntimeError(f"{command} failed ({proc.returncode}):\n{stderr}")
    result = ((float(line[1]) if probe and line else end) - start, usage.ru_maxrss / 1024)
    CPU[id(result)] = float(line[3]) if probe and line else (usage.ru_utime + usage.ru_stime)
    return result


def environment(home: Path, root: Path | None = None, probe: bool = True) -> dict[str, str]:
    # Like an installed program, every side runs from cached bytecode: the warm-up run writes it (this machine
    # sets PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile from source).
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SOYUZ_GUI_FIRST_PAINT_PROBE")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{home}/config",
                "XDG_STATE_HOME": f"{home}/state", "XDG_CACHE_HOME": f"{home}/cache", "PYTHONPATH": str(REPO)})
    if probe:
        env["SOYUZ_GUI_FIRST_PAINT_PROBE"] = "1"
    if root is not None:
        env["SOYUZ_GUI_ROOT"] = str(root)
    return env


def median_ms(runs: list[tuple[float, float]]) -> float:
    return statistics.median(t for t, _ in runs) * 1000


def cpu_ms(runs: list[tuple[float, float]]) -> float:
    return statistics.median(CPU[id(run)] for run in runs) * 1000


def peak_mb(runs: list[tuple[float, float]]) -> float:
    return max(r for _, r in runs)


# --- synthetic copies of the data -----------------------------------------------------------------------------

# A whole id only: never the part of a field name such as ``crewed_soyuz_number`` (``_`` is no id character, so
# without the look-arounds the copies would rename keys and load with thousands of problems).
_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])(?:[a-z0-9][a-z0-9-]*[a-z0-9]|[a-z0-9])(?![A-Za-z0-9_-])")


def synthetic_root(target: Path, copies: int) -> int:
    """``copies`` renamed copies of the bundled data under ``target/data`` (ids get ``-xN``); returns missions."""
    source = REPO / "data"
    files = sorted(source.rglob("*.yaml"))
    ids = {f.stem for f in files}
    (target / "resources").symlink_to(REPO / "resources")
    for n in range(copies):
        suffix = f"-x{n}" if n else ""

        def rename(match: re.Match[str], suffix: str = suffix) -> str:
            word = match.group(0)
            return word + suffix if word in ids else word

        for path in files:
            out = target / "data" / path.relative_to(source).parent / f"{path.stem}{suffix}.yaml"
            out.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text(encoding="utf-8")
            out.write_text(_TOKEN.sub(rename, text) if suffix else text, encoding="utf-8")
    return sum(1 for f in files if f.parent.name == "missions") * copies


def scale_figures(app_cmd: list[str], scales: list[int], runs: int, home: Path, cold_limit: float) -> list[str]:
    lines = ["", f"cost per mission (first paint; median of {runs}; warm = snapshot present, cold = no snapshot)"]
    print(lines[-1], flush=True)
    results: list[tuple[int, int, float, float, float, float]] = []
    for copies in scales:
        root = home / f"scale-{copies}"
        root.mkdir()
        missions = synthetic_root(root, copies)
        warm_home, cold_home = home / f"warm-{copies}", home / f"cold-{copies}"
        warm_env = environment(warm_home, root)
        try:
            measure(app_cmd, warm_env, timeout=cold_limit)  # writes the snapshot
        except RuntimeError:
            lines.append(f"  {copies:3d}x  {missions:5d} missions  cold start over {cold_limit:.0f} s (stopped); "
                         f"no snapshot, so no warm figure")
            print(lines[-1], flush=True)
            continue
        warm, cold = [], []
        for _ in range(runs):
            warm.append(measure(app_cmd, warm_env))
            shutil.rmtree(cold_home / "cache", ignore_errors=True)
            cold.append(measure(app_cmd, environment(cold_home, root)))
        results.append((copies, missions, median_ms(warm), median_ms(cold), cpu_ms(warm), cpu_ms(cold)))
        lines.append(f"  {copies:3d}x  {missions:5d} missions  warm {median_ms(warm):7.1f} ms, "
                     f"CPU {cpu_ms(warm):7.1f} ms "
                     f"({median_ms(warm) / missions:6.3f} ms/mission, peak RSS {peak_mb(warm):6.1f} MB)   "
                     f"cold {median_ms(cold):7.1f} ms, CPU {cpu_ms(cold):7.1f} ms "
                     f"({median_ms(cold) / missions:6.3f} ms/mission, peak RSS {peak_mb(cold):6.1f} MB)")
        print(lines[-1], flush=True)
    if len(results) > 1:
        (x0, m0, w0, c0, wc0, cc0), (x1, m1, w1, c1, wc1, cc1) = results[0], results[-1]
        lines.append(f"  growth {x0}x -> {x1}x: warm {w1 - w0:+.1f} ms "
                     f"({(w1 - w0) / (m1 - m0):+.3f} ms per added mission; CPU {(wc1 - wc0) / (m1 - m0):+.3f}), "
                     f"cold {c1 - c0:+.1f} ms ({(c1 - c0) / (m1 - m0):+.3f} ms per added mission; "
                     f"CPU {(cc1 - cc0) / (m1 - m0):+.3f})")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--command", default=f"{shlex.quote(sys.executable)} -m soyuz_gui",
                        help="how to launch the app (default: this Python, from the checkout)")
    parser.add_argument("--scale", default="", help="comma-separated data multiples, e.g. 1,5,20")
    parser.add_argument("--scale-runs", type=int, default=5)
    parser.add_argument("--cold-limit", type=float, default=120.0,
                        help="seconds after which a cold start of a --scale copy is stopped")
    parser.add_argument("--no-screenshot", action="store_true", help="skip the --screenshot-to-exit figure")
    parser.add_argument("--tiny", action="store_true",
                        help="a smoke run in a few seconds (one run each, no screenshot, no --scale): for CI")
    args = parser.parse_args()
    if args.tiny:
        args.runs, args.no_screenshot, args.scale = 1, True, ""

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = environment(home)
        (home / "bare.py").write_text(BARE)
        (home / "floor.py").write_text(FLOOR)
        (home / "dump.py").write_text(DUMP)
        screen = home / "screen.json"
        subprocess.run([sys.executable, str(home / "dump.py"), str(screen)],
                       env=environment(home, probe=False), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        missions = sum(len(r[4]) for r in json.loads(screen.read_text())["rows"])
        commands = {
            "bare": [sys.executable, str(home / "bare.py")],
            "app": shlex.split(args.command),
            "floor": [sys.executable, str(home / "floor.py"), str(screen)],
            "floor without page": [sys.executable, str(home / "floor.py"), str(screen), "--no-page"],
        }
        for command in commands.values():  # warm the file cache, the bytecode and the snapshot once for each
            measure(command, env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(measure(command, env))

        shot_lines: list[str] = []
        if not args.no_screenshot:
            shot_env = environment(home, probe=False)
            png = str(home / "shot.png")
            shots = {"bare": [*commands["bare"], png], "app": [*commands["app"], "--screenshot", png]}
            for command in shots.values():
                measure(command, shot_env, probe=False)
            shot_runs: dict[str, list[tuple[float, float]]] = {name: [] for name in shots}
            for _ in range(args.runs):
                for name, command in shots.items():
                    shot_runs[name].append(measure(command, shot_env, probe=False))
            bare_shot, app_shot = median_ms(shot_runs["bare"]), median_ms(shot_runs["app"])
            shot_lines = [f"--screenshot, launch -> PNG written -> exit (not the start-up figure): app "
                          f"{app_shot:.1f} ms vs bare {bare_shot:.1f} ms (ratio {app_shot / bare_shot:.2f}), "
                          f"peak RSS {peak_mb(shot_runs['app']):.1f} MB"]

        scale_lines = scale_figures(commands["app"], [int(s) for s in args.scale.split(",")], args.scale_runs,
                                    home, args.cold_limit) if args.scale else []

    bare, app, floor = (median_ms(runs[n]) for n in ("bare", "app", "floor"))
    cpu = {name: cpu_ms(r) for name, r in runs.items()}
    bare_rss, app_rss, floor_rss = (peak_mb(runs[n]) for n in ("bare", "app", "floor"))
    print(f"runs: {args.runs} each, alternating, offscreen, cached bytecode, bundled data ({missions} missions in "
          f"the first screen's tree; {args.command})")
    print(f"bare QMainWindow+QTreeView        first paint median {bare:7.1f} ms   peak RSS {bare_rss:6.1f} MB")
    print(f"floor: same first screen, stock  first paint median {floor:7.1f} ms   peak RSS {floor_rss:6.1f} MB"
          f"   ratio {floor / bare:.2f}")
    page_less = median_ms(runs["floor without page"])
    print(f"  the same without the start page first paint median {page_less:7.1f} ms"
          f"   ratio {page_less / bare:.2f} (the page alone: {floor - page_less:+.1f} ms)")
    print(f"Soyuz Mission Browser            first paint median {app:7.1f} ms   peak RSS {app_rss:6.1f} MB")
    print(f"ratio {app / bare:.2f} (target <= {RATIO_TARGET})   RSS over bare {app_rss - bare_rss:+.1f} MB "
          f"(target <= +{RSS_TARGET_MB:.0f} MB)   app over floor {app - floor:+.1f} ms")
    print(f"CPU time at first paint (median; steadier than wall time on a busy machine): bare {cpu['bare']:.1f} ms, "
          f"floor {cpu['floor']:.1f} ms ({cpu['floor'] / cpu['bare']:.2f}), floor without page "
          f"{cpu['floor without page']:.1f} ms ({cpu['floor without page'] / cpu['bare']:.2f}), "
          f"app {cpu['app']:.1f} ms (ratio {cpu['app'] / cpu['bare']:.2f})")
    for line in shot_lines + scale_lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
