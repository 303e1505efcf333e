"""``soyuz-gui data validate`` on the broken-file corpus, in a real subprocess: exit codes, one line per problem,
never a traceback. (tests/corpus/test_corpus.py checks every case on its own, in-process.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus.test_corpus import (
    BROKEN,
    BROKEN_CASES,
    GOOD,
    GOOD_CASES,
    PROBLEM_LINE,
    bundled_as_data,
    stage,
)

REPO = Path(__file__).resolve().parent.parent


def validate(*paths: Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run the command from ``cwd``: problem paths print relative to it (or absolute when outside it)."""
    return subprocess.run([sys.executable, "-m", "soyuz_gui", "data", "validate", *map(str, paths)],
                          cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONWARNINGS": "error", "PYTHONPATH": str(REPO)})


def lines_about(result: subprocess.CompletedProcess[str], prefix: str) -> list[str]:
    return [line for line in bundled_as_data(result.stdout.splitlines()) if line.startswith(prefix)]


@pytest.fixture(scope="module")
def whole_corpus(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """Every broken case in one folder, validated by one subprocess."""
    folder = tmp_path_factory.mktemp("corpus") / "broken"
    for case in BROKEN_CASES:
        stage(case, BROKEN, folder)
    return validate(folder, cwd=folder.parent)


def test_the_whole_corpus_exits_1_without_a_traceback(whole_corpus: subprocess.CompletedProcess[str]) -> None:
    assert whole_corpus.returncode == 1
    assert "Traceback" not in whole_corpus.stdout + whole_corpus.stderr
    assert whole_corpus.stderr.count("\n") == 2  # only the summary lines: problems, then translations


def test_the_whole_corpus_prints_exactly_the_documented_lines(
    whole_corpus: subprocess.CompletedProcess[str],
) -> None:
    expected = sorted(line for case in BROKEN_CASES for line in case.lines)
    assert sorted(lines_about(whole_corpus, "broken/")) == expected


def test_every_printed_line_is_one_problem(whole_corpus: subprocess.CompletedProcess[str]) -> None:
    for line in lines_about(whole_corpus, "broken/"):
        assert PROBLEM_LINE.match(line), line


SAMPLES = ["broken-syntax-unclosed-quote.yaml", "broken-alias-bomb.yaml", "broken-nul-byte.yaml",
           "broken-oversize.yaml.in", "broken-ref-programme-typo.yaml"]


@pytest.mark.parametrize("name", SAMPLES)
def test_a_single_broken_file_exits_1_with_its_line(name: str, tmp_path: Path) -> None:
    case = next(case for case in BROKEN_CASES if name in case.files)
    folder = stage(case, BROKEN, tmp_path / "broken")
    result = validate(folder / name.removesuffix(".in"), cwd=tmp_path)
    assert result.returncode == case.exit
    assert lines_about(result, "broken/") == list(case.lines)
    assert "Traceback" not in result.stdout + result.stderr


def test_good_files_add_no_line_and_do_not_change_the_exit_code(tmp_path: Path) -> None:
    folder = tmp_path / "good"
    for case in GOOD_CASES:
        stage(case, GOOD, folder)
    bundled, with_good = validate(), validate(folder, cwd=tmp_path)
    assert lines_about(with_good, "good/") == []
    assert with_good.returncode == bundled.returncode


def test_a_missing_path_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = validate(tmp_path / "nowhere")
    assert result.returncode == 1
    assert f"{tmp_path / 'nowhere'}:1:1: (file): no such data folder or file" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr


def test_an_odd_file_name_stays_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    shutil.copyfile(BROKEN / "broken-nul-byte.yaml", folder / "line\nbreak.yaml")
    result = validate(folder, cwd=tmp_path)
    assert result.returncode == 1
    assert "odd/line\\nbreak.yaml:4:11: (file): a NUL character (U+0000) is not allowed in a data file" in (
        result.stdout.splitlines())


def test_strict_makes_warnings_fail(tmp_path: Path) -> None:
    case = next(case for case in BROKEN_CASES if "broken-generation-unknown.yaml" in case.files)
    folder = stage(case, BROKEN, tmp_path / "broken")
    assert validate(folder).returncode == 0  # a warning alone passes
    strict = subprocess.run([sys.executable, "-m", "soyuz_gui", "data", "validate", "--strict", str(folder)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert strict.returncode == 1


def test_the_bundled_data_passes_strict() -> None:
    result = subprocess.run([sys.executable, "-m", "soyuz_gui", "data", "validate", "--strict", "--quiet"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout
