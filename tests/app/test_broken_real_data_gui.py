"""The GUI, given a copy of the real data with several corpus mutations, starts, lists each problem in the Data
problems panel with its file and line, and still shows every mission the mutations did not touch."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from soyuz_gui import paths
from soyuz_gui.app.main import load_data
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from soyuz_gui.domain.entities import Mission
from soyuz_gui.loading import LoadResult
from tests.corpus.test_real_mutations import BUNDLED_DATA, REAL_CASES, RealCase, stage_mutant

# One mutation per file, of several kinds: files skipped (an impossible date, a timeline out of order), and
# entities kept with an error (a port period, an outcome, a station's complete period, a picture bomb, a
# translation, a docking with an unknown ship).
RULES = ("time-real", "order-expedition", "port-period", "outcome-twice", "complete-order", "image-pixels",
         "translation-text", "ref-vehicle")
SKIPPED = {"people/anton-shkaplerov.yaml", "expeditions/iss-expedition-54.yaml"}
PROBLEM = re.compile(r"^(?P<file>.+?):(?P<line>\d+):\d+: (?P<field>[^:]+): (?P<message>.+)$")


def cases() -> list[RealCase]:
    chosen = [case for case in REAL_CASES if case.rule in RULES]
    assert sorted(case.rule for case in chosen) == sorted(RULES)
    assert len({case.mutates for case in chosen}) == len(chosen), "one mutation a file, so none hides another"
    return chosen


@pytest.fixture(scope="module")
def broken_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gui-real") / "root"
    shutil.copytree(BUNDLED_DATA, root / "data")
    for case in cases():
        stage_mutant(case, root / "data")
    return root


@pytest.fixture
def loaded(broken_root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LoadResult]:
    """The data as the app loads it at start-up, with the copy as the bundled data (for the whole test: the window
    finds pictures through it too)."""
    monkeypatch.setenv("SOYUZ_GUI_ROOT", str(broken_root))
    monkeypatch.chdir(broken_root)
    paths.bundle_root.cache_clear()
    try:
        yield load_data([])
    finally:
        # The cached root must not outlive the variable, or later tests would load the broken copy.
        monkeypatch.delenv("SOYUZ_GUI_ROOT")
        paths.bundle_root.cache_clear()


def test_each_corpus_problem_is_a_row_with_its_file_and_line(qtbot, loaded: LoadResult) -> None:
    window = MainWindow(loaded, Settings())
    qtbot.addWidget(window)
    window.show()
    table = window.problems.table
    rows = {tuple(table.item(row, column).text() for column in range(1, 5)) for row in range(table.rowCount())}
    expected = [(line, PROBLEM.match(line)) for case in cases() for line in case.lines]
    missing = [line for line, m in expected if m is None or (
        m["file"], m["line"], "—" if m["field"] == "(file)" else m["field"], m["message"]) not in rows]
    assert missing == []
    assert table.rowCount() == len(loaded.problems)  # every problem of the load, none dropped
    assert all(table.item(row, 1).text() and int(table.item(row, 2).text()) >= 1 for row in range(table.rowCount()))
    assert window.problems_dock.isVisible()  # skipped files open the panel by themselves
    skipped = {table.item(row, 1).text() for row in range(table.rowCount()) if table.item(row, 0).text() == "skipped"}
    assert skipped == {f"data/{name}" for name in SKIPPED}


def test_every_untouched_mission_is_still_in_the_tree(qtbot, loaded: LoadResult) -> None:
    window = MainWindow(loaded, Settings())
    qtbot.addWidget(window)
    bundled = sorted(path.stem for path in (BUNDLED_DATA / "missions").rglob("*.yaml"))
    assert len(bundled) > 100
    absent = [mission for mission in bundled if not window.tree.model.index_for_entity(mission).isValid()]
    assert absent == []  # the mutated missions keep their entity too: their errors are cross-file ones
    assert all(isinstance(window.catalog.get(mission), Mission) for mission in bundled)
    assert window.show_entity("soyuz-tm-6")
    assert "Soyuz TM-6" in window.details.toPlainText()
