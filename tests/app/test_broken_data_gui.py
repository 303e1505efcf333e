"""The GUI starts on a data folder that mixes good and bad files: good entities are shown, bad files are listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from soyuz_gui.loading import load_folders

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
BROKEN = REPO / "tests" / "corpus" / "broken"
BAD_FILES = ["broken-syntax-unclosed-quote.yaml", "broken-alias-bomb.yaml", "broken-encoding-latin1.yaml",
             "broken-time-february-30.yaml", "broken-unknown-field-typo.yaml", "broken-deep-nesting-flow.yaml"]
GOOD_MISSION = """schema_version: 1
kind: mission
id: good-soyuz-ms-90
name: Soyuz MS-90
programme: soyuz
launch: {time: "2031-03-01T07:21Z", site: baikonur-site-1-5}
landing: {time: "2031-09-01T12:39Z", site: kazakh-steppe}
crew:
  - {person: anton-shkaplerov, position: Commander, agency: roscosmos}
references: [wikipedia-soyuz-ms-07]
"""


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "extra"
    (folder / "missions").mkdir(parents=True)
    (folder / "missions" / "good-soyuz-ms-90.yaml").write_text(GOOD_MISSION, encoding="utf-8")
    for name in BAD_FILES:
        shutil.copyfile(BROKEN / name, folder / name)
    return folder


def test_window_opens_with_the_good_entity_and_lists_the_bad_files(qtbot, mixed_folder: Path) -> None:
    result = load_folders([DATA, mixed_folder])
    window = MainWindow(result, Settings())
    qtbot.addWidget(window)
    window.show()

    assert window.tree.model.index_for_entity("good-soyuz-ms-90").isValid()  # a row in the mission tree
    assert window.show_entity("good-soyuz-ms-90")
    assert window.tree.current_entity() == "good-soyuz-ms-90"
    assert "Soyuz MS-90" in window.details.toPlainText()
    assert "soyuz-ms-07" in window.catalog  # the bundled data is all there too

    table = window.problems.table
    listed_files = {table.item(row, 1).text() for row in range(table.rowCount())}
    assert {f"extra/{name}" for name in BAD_FILES} <= listed_files
    assert window.problems_dock.isVisible()  # skipped files open the panel by themselves
    assert f"{len(result.skipped_files)} files were skipped" in window.problems.summary.text()
    assert set(result.skipped_files) >= {f"extra/{name}" for name in BAD_FILES}


def test_problem_rows_say_why_each_file_was_skipped(qtbot, mixed_folder: Path) -> None:
    result = load_folders([DATA, mixed_folder])
    window = MainWindow(result, Settings())
    qtbot.addWidget(window)

    table = window.problems.table
    rows = {table.item(row, 1).text(): (table.item(row, 0).text(), table.item(row, 4).text())
            for row in range(table.rowCount())}
    assert rows["extra/broken-alias-bomb.yaml"] == (
        "skipped", "anchors and aliases (&name, *name) are not allowed in data files")
    assert rows["extra/broken-encoding-latin1.yaml"] == ("skipped", "not UTF-8 text (byte 0xe1)")
    assert rows["extra/broken-unknown-field-typo.yaml"][1] == (
        "unknown field 'lanuch_mass_kg' (did you mean 'launch_mass_kg'?)")
