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
    return code, capsys.readouterr().out.splitlines()


def test_the_corpus_has_at_least_40_cases() -> None:
    assert len(BROKEN_CASES) >= 40


def test_every_corpus_file_belongs_to_exactly_one_case() -> None:
    listed = [name for case in BROKEN_CASES for name in case.files]
    assert sorted(listed) == sorted(p.name for p in BROKEN.iterdir())
    assert sorted(name for case in GOOD_CASES for name in case.files) == sorted(p.name for p in GOOD.iterdir())


@pytest.mark.parametrize("case", BROKEN_CASES, ids=lambda case: case.files[0].split(".")[0].removeprefix("broken-"))
def test_case_gives_the_documented_lines_and_exit_code(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = stage(case, BROKEN, tmp_path / "broken")
    code, lines = validate(capsys, folder)
    assert [line for line in lines if line.startswith("broken/")] == list(case.lines)
    assert code == case.exit


def test_odd_but_valid_files_load_without_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "good"
    for case in GOOD_CASES:
        stage(case, GOOD, folder)
    bundled_code, _ = validate(capsys)
    code, lines = validate(capsys, folder)
    assert [line for line in lines if line.startswith("good/")] == []
    assert code == bundled_code


PROBLEM_LINE = re.compile(r"^broken/[^:\n]+:\d+:\d+: [^\n:]+: [^\n]+$")


def test_each_documented_line_is_file_line_column_field_message() -> None:
    lines = [line for case in BROKEN_CASES for line in case.lines]
    assert [line for line in lines if not PROBLEM_LINE.match(line)] == []
