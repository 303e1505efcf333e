"""Walking a data folder survives whatever a file system holds: every hazard is one clear problem, never a
traceback, and the good files are still read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from soyuz_gui.loading import load_folders
from soyuz_gui.loading.snapshot import fingerprint

GOOD = """schema_version: 1
kind: agency
id: {id}
name: Test agency
references: []
"""


@pytest.fixture
def hazardous(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.yaml").write_text(GOOD.format(id="good"), encoding="utf-8")
    os.symlink(".", folder / "sub" / "loop")                   # a folder link back into itself
    os.symlink("self.yaml", folder / "self.yaml")              # a link to itself
    os.symlink("b.yaml", folder / "a.yaml")                    # two links pointing at each other
    os.symlink("a.yaml", folder / "b.yaml")
    os.symlink("/etc/hostname", folder / "outside.yaml")       # a link out of the folder
    os.symlink("missing.yaml", folder / "broken.yaml")         # a link to nothing
    (folder / "folder.yaml").mkdir()                           # a folder named like a data file
    (folder / "folder.yaml" / "inner.yaml").write_text(GOOD.format(id="inner"), encoding="utf-8")
    (folder / os.fsdecode(b"bad\xffname.yaml")).write_text(GOOD.format(id="bad"), encoding="utf-8")
    return folder


def test_every_hazard_is_one_message_and_the_good_files_load(hazardous: Path) -> None:
    result = load_folders([hazardous])
    assert {"good", "inner"} <= {e.id for e in result.catalog}
    messages = sorted(f"{Path(p.file).name}: {p.message}" for p in result.problems)
    assert messages == sorted([
        "a.yaml: cannot follow this link: it is a loop of links",
        "b.yaml: cannot follow this link: it is a loop of links",
        "self.yaml: cannot follow this link: it is a loop of links",
        "outside.yaml: a link that leads out of the data folder; not read",
        "broken.yaml: cannot follow this link: it points to nothing (a broken link)",
        "folder.yaml: a folder named like a data file; its contents are read as a folder",
        "bad\\xffname.yaml: the file name is not valid UTF-8; rename the file (its id must match its name)",
    ])


def test_the_snapshot_fingerprint_handles_the_same_folder(hazardous: Path) -> None:
    assert len(fingerprint([hazardous])) == 40


def test_a_data_folder_that_is_itself_a_loop_is_reported(tmp_path: Path) -> None:
    os.symlink("loop", tmp_path / "loop")
    result = load_folders([tmp_path / "loop"])
    assert [p.message for p in result.problems] == ["no such data folder or file"]


def test_an_unreadable_folder_is_reported_and_the_rest_still_loads(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    folder = tmp_path / "data"
    (folder / "locked").mkdir(parents=True)
    shutil.copyfile(__file__, folder / "locked" / "x.py")
    (folder / "good.yaml").write_text(GOOD.format(id="good"), encoding="utf-8")
    os.chmod(folder / "locked", 0)
    try:
        result = load_folders([folder])
    finally:
        os.chmod(folder / "locked", 0o755)
    assert "good" in result.catalog
    assert any("cannot list folder" in p.message for p in result.problems)


def test_more_files_than_the_limit_are_reported_not_silently_cut(tmp_path: Path, monkeypatch) -> None:
    from soyuz_gui.loading import loader

    monkeypatch.setattr(loader, "MAX_FILES", 3)
    folder = tmp_path / "data"
    folder.mkdir()
    for n in range(5):
        (folder / f"agency-{n}.yaml").write_text(GOOD.format(id=f"agency-{n}"), encoding="utf-8")
    result = load_folders([folder])
    assert len(result.catalog) == 3
    assert [p.message for p in result.problems] == [
        "more than 3 data files: only the first 3 (by name) were read, the rest skipped; is this the right data "
        "folder?"]


def test_the_limit_leaves_room_for_twenty_times_the_bundled_data() -> None:
    from soyuz_gui.loading import loader

    bundled = sum(1 for _ in Path(__file__).resolve().parents[2].joinpath("data").rglob("*.yaml"))
    assert 20 * bundled < loader.MAX_FILES


def test_exactly_the_limit_is_read_without_a_problem(tmp_path: Path, monkeypatch) -> None:
    from soyuz_gui.loading import loader

    monkeypatch.setattr(loader, "MAX_FILES", 3)
    folder = tmp_path / "data"
    folder.mkdir()
    for n in range(3):
        (folder / f"agency-{n}.yaml").write_text(GOOD.format(id=f"agency-{n}"), encoding="utf-8")
    result = load_folders([folder])
    assert len(result.catalog) == 3 and result.problems == []
