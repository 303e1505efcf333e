"""What the mission tree costs at start-up for 30, 228, 600 and 4,560 missions: lazily (as the app builds it) and
with every row built (as it was built before issue 19; ``_complete_index()`` builds and indexes all rows).

Each case builds the model (batched as the tree widget makes it) and a tree view set up as the app's (uniform row
heights, 400x700), without the filter proxy (as the tree has it until something is typed; and with it, as
before), and expands the whole first level; and, last, the app's own tree widget, which opens only the groups its
first screen shows before the first paint (the rest open right after). The missions beyond the bundled ones are
renamed copies in the same programmes. Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/tree.py [--runs 9]
[--counts 30,228,600,4560] [--tiny]`` (``--tiny``: 30 missions, one run, a check that it works).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import msgspec
from PySide6.QtWidgets import QApplication, QTreeView

from soyuz_gui.domain import Catalog, Mission
from soyuz_gui.domain.entities import Entity
from soyuz_gui.loading.snapshot import load_folders_cached
from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.tree_filter import TreeFilterModel
from soyuz_gui.paths import data_dir
from soyuz_gui.widgets.mission_tree import BATCH, MissionTree


def catalog_with(entities: list[Entity], count: int) -> Catalog:
    missions = [e for e in entities if isinstance(e, Mission)]
    others = [e for e in entities if not isinstance(e, Mission)]
    chosen: list[Mission] = []
    copy = 0
    while len(chosen) < count:
        for mission in missions[:count - len(chosen)]:
            chosen.append(mission if copy == 0 else msgspec.structs.replace(mission, id=f"{mission.id}-x{copy}"))
        copy += 1
    return Catalog([*others, *chosen])


def start_up_ms(catalog: Catalog, eager: bool, runs: int, with_proxy: bool = False) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        model = MissionTreeModel(catalog, batch_size=BATCH)
        if eager:
            model._complete_index()
        view = QTreeView()
        view.setUniformRowHeights(True)  # as the app's tree
        view.resize(400, 700)
        if with_proxy:  # before issue 19's fix the filter proxy was always in the chain
            proxy = TreeFilterModel()
            proxy.setSourceModel(model)
            view.setModel(proxy)
        else:  # as MissionTree does now while the filter is empty
            view.setModel(model)
        view.expandToDepth(0)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def widget_ms(catalog: Catalog, runs: int) -> float:
    """The tree widget as the app builds it (groups beyond the first screen open after the first paint), laid out
    at 400x700 as for its first paint."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        tree = MissionTree(catalog)
        tree.resize(400, 700)
        tree.view.doItemsLayout()
        times.append((time.perf_counter() - start) * 1000)
        tree.deleteLater()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--counts", default="30,228,600,4560", help="comma-separated mission counts")
    parser.add_argument("--tiny", action="store_true", help="30 missions, one run: a quick check that it works")
    args = parser.parse_args()
    counts, runs = ((30,), 1) if args.tiny else (tuple(int(c) for c in args.counts.split(",")), args.runs)
    QApplication.instance() or QApplication(sys.argv[:1])
    entities = list(load_folders_cached([data_dir()]).catalog)
    for count in counts:
        catalog = catalog_with(entities, count)
        lazy, eager = start_up_ms(catalog, False, runs), start_up_ms(catalog, True, runs)
        proxied = start_up_ms(catalog, False, runs, with_proxy=True)
        print(f"{count:4d} missions: lazy {lazy:6.1f} ms, lazy behind an empty filter proxy {proxied:6.1f} ms, "
              f"every row built {eager:6.1f} ms, the app's tree widget {widget_ms(catalog, runs):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
