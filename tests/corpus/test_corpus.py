"""The broken-file corpus: every case gives exactly the lines and the exit code that ``expected.yaml`` documents.

Each case is staged in a temporary ``broken/`` folder (so a case never meets the others) and checked with the
same entry point a curator uses, ``soyuz-gui data validate FOLDER``, run in-process for speed;
``tests/test_cli_validate.py`` runs the whole corpus once more in a real subprocess.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from soyuz_gui import cli
from soyuz_gui.paths import data_dir

CORPUS = Path(__file__).resolve().parent
BROKEN = CORPUS / "broken"
GOOD = CORPUS / "good"


@dataclass(frozen=True)
class Case:
    about: str
    files: tuple[str, ...]
    lines: tuple[str, ...] = ()
    exit: int = 1
    pad_to: int = 0  # bytes: the staged copy is padded with a comment to this size (for the size limit)


def _cases(section: str) -> list[Case]:
    table = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
    cases = []
    for entry in table[section]:
        files = tuple(entry["files"]) if "files" in entry else (entry["file"],)
        cases.append(Case(entry["about"], files, tuple(entry.get("lines", ())), entry.get("exit", 1),
                          entry.get("pad_to", 0)))
    return cases


BROKEN_CASES = _cases("cases")
GOOD_CASES = _cases("good")


def stage(case: Case, source: Path, folder: Path) -> Path:
    """Copy a case's files into ``folder`` (``x.yaml.in`` becomes ``x.yaml``, padded when the case says so)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in case.files:
        target = folder / name.removesuffix(".in")
        shutil.copyfile(source / name, target)
        if case.pad_to:
            with target.open("ab") as stream:
                stream.write(b"#" * (case.pad_to - target.stat().st_size - 1) + b"\n")
    return folder


def validate(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[str]]:
    code = cli.main(["data", "validate", "--quiet", *map(str, paths)])
    return code, bundled_as_data(capsys.readouterr().out.splitlines())


def bundled_as_data(lines: list[str]) -> list[str]:
    """Lines with the bundled data folder's absolute path (how a message names a file it points to) shown as
    ``data``, so expected.yaml does not depend on where the checkout lies."""
    bundled = str(data_dir())
    return [line.replace(f"({bundled}/", "(data/") for line in lines]


def test_the_corpus_has_at_least_40_cases() -> None:
    assert len(BROKEN_CASES) >= 40


def test_every_corpus_file_belongs_to_exactly_one_case() -> None:
    listed = [name for case in BROKEN_CASES for name in case.files]
    assert sorted(listed) == sorted(p.name for p in BROKEN.iterdir())
    assert sorted(name for case in GOOD_CASES for name in case.files) == sorted(p.name for p in GOOD.iterdir())


@pytest.mark.parametrize("case", BROKEN_CASES, ids=lambda case: case.files[0].split(".")[0].removeprefix("broken-"))
def test_case_gives_the_documented_lines_and_exit_code(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stage(case, BROKEN, tmp_path / "broken")
    monkeypatch.chdir(tmp_path)  # paths print relative to the current directory, as a shell can open them
    code, lines = validate(capsys, folder)
    assert [line for line in lines if line.startswith("broken/")] == list(case.lines)
    assert code == case.exit


def test_odd_but_valid_files_load_without_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "good"
    for case in GOOD_CASES:
        stage(case, GOOD, folder)
    bundled_code, _ = validate(capsys)
    code, lines = validate(capsys, folder)
    assert [line for line in lines if line.startswith("good/")] == []
    assert code == bundled_code


def test_paths_print_relative_to_the_current_directory_or_absolute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``file:line:col`` opens from the shell the command ran in, wherever the data folder lies."""
    case = next(case for case in BROKEN_CASES if "broken-duplicate-key.yaml" in case.files)
    folder = stage(case, BROKEN, tmp_path / "work" / "broken")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    _, lines = validate(capsys, folder)
    assert f"{folder}/broken-duplicate-key.yaml:7:1: name: duplicate key 'name' (first at line 4)" in lines
    monkeypatch.chdir(tmp_path)
    _, lines = validate(capsys, Path("work/broken"))
    assert "work/broken/broken-duplicate-key.yaml:7:1: name: duplicate key 'name' (first at line 4)" in lines


def test_every_schema_error_of_a_file_is_reported_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four mistakes in one file: four lines, in file order, not four rounds of fix and re-run."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "broken-four.yaml").write_text(
        "schema_version: 1\nkind: mission\nid: broken-four\nname: Four\nprogramme: soyuz\n"
        "launch_vehicel: Soyuz-FG\ncrew:\n  - person: 12\n    positon: Commander\n"
        "events:\n  - time: '2017-12-17'\n    kind: lunch\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, lines = validate(capsys, folder)
    assert code == 1
    assert [line for line in lines if line.startswith("broken/")] == [
        "broken/broken-four.yaml:6:1: launch_vehicel: unknown field 'launch_vehicel' (did you mean 'launch_vehicle'?)",
        "broken/broken-four.yaml:8:5: crew[0].person: expected text, got a whole number",
        "broken/broken-four.yaml:9:5: crew[0].positon: unknown field 'positon' (did you mean 'position'?)",
        "broken/broken-four.yaml:11:5: events[0]: missing required field 'title'",
        "broken/broken-four.yaml:12:5: events[0].kind: 'lunch' is not allowed (did you mean 'launch'?)",
    ]


PROBLEM_LINE = re.compile(r"^broken/[^:\n]+:\d+:\d+: [^\n:]+: [^\n]+$")


def test_each_documented_line_is_file_line_column_field_message() -> None:
    lines = [line for case in BROKEN_CASES for line in case.lines]
    assert [line for line in lines if not PROBLEM_LINE.match(line)] == []
