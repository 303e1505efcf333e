"""The fuzzer on the real data: real bundled files, mutated the way hands break them, in a folder of real files.

A slice of the bundled data (a few Soyuz MS missions and every file they name, two levels deep) is copied, one to
three of its files get random mutations (a line deleted, a key given twice, two fields' values swapped, a value of
another type, an invisible character, the file cut short), and ``data validate`` runs on it. Whatever the
mutation: nothing raises, every problem names a file and a line, the exit code is 1 exactly when an error is
reported, and every file the mutations did not touch still gives its entity. Derandomized and bounded, so CI sees
the same examples every run; ``test_loader_properties.py`` fuzzes single files with hostile YAML.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soyuz_gui import cli, paths
from soyuz_gui.loading import DataProblem, load_folders
from soyuz_gui.loading.problems import INTERNAL_ERROR

REPO = Path(__file__).resolve().parents[2]
BUNDLED = paths.data_dir()
SEED_MISSIONS = ("soyuz-ms-06", "soyuz-ms-07", "soyuz-ms-08", "soyuz-ms-22", "soyuz-4")
PRINTED = re.compile(r"^(?P<file>data/[^\n:]+\.yaml):(?P<line>[1-9]\d*):[1-9]\d*: [^\n]+: [^\n]+$")
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
INVISIBLE = ["\u200b", "\u202e", "\u00ad", "\ufeff", "\u2060", "\u200d", "\u061c"]
OTHER_TYPES = ["12", "3.5", "true", "null", '""', "[a, b]", "{a: b}", "-1", "'2017-02-30'", "x" * 3]


def bundled_files() -> dict[str, Path]:
    return {path.stem: path for path in BUNDLED.rglob("*.yaml")}


def real_slice() -> list[Path]:
    """The seed missions and every file their text names, and the files those name (references, people ...)."""
    by_id = bundled_files()
    chosen = {by_id[name] for name in SEED_MISSIONS}
    for _ in range(2):
        named = {by_id[word] for path in chosen for word in WORD.findall(path.read_text(encoding="utf-8"))
                 if word in by_id}
        chosen |= named
    return sorted(chosen)


SLICE = real_slice()
TEXTS = {path.relative_to(BUNDLED).as_posix(): path.read_text(encoding="utf-8") for path in SLICE}
NAMES = sorted(TEXTS)
KEY_VALUE = re.compile(r"^(?P<head>\s*(?:- )?[a-z_]+: )(?P<value>[^\s{\[|>].*)$")


def _mutate(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "retype", "invisible", "truncate"]))
    at = draw(st.integers(0, len(lines) - 1))
    if kind == "delete":
        del lines[at]
    elif kind == "duplicate":  # a key given twice (or a list entry twice, when the line is one)
        lines.insert(at, lines[at])
    elif kind in ("swap", "retype"):
        fields = [i for i, line in enumerate(lines) if KEY_VALUE.match(line)]
        if not fields:
            return text[: len(text) // 2]
        first = draw(st.sampled_from(fields))
        a = KEY_VALUE.match(lines[first])
        assert a is not None
        if kind == "swap":
            b = KEY_VALUE.match(lines[second := draw(st.sampled_from(fields))])
            assert b is not None
            lines[first], lines[second] = a["head"] + b["value"], b["head"] + a["value"]
        else:
            lines[first] = a["head"] + draw(st.sampled_from(OTHER_TYPES))
    elif kind == "invisible":
        column = draw(st.integers(0, len(lines[at])))
        lines[at] = lines[at][:column] + draw(st.sampled_from(INVISIBLE)) + lines[at][column:]
    else:
        return text[: draw(st.integers(0, len(text)))]
    return "\n".join(lines)


@st.composite
def mutated_files(draw: st.DrawFn) -> dict[str, str]:
    """Up to three real files of the slice, each with one to three mutations: name below data/ -> new text."""
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    changed = {}
    for name in names:
        text = TEXTS[name]
        for _ in range(draw(st.integers(1, 3))):
            text = _mutate(draw, text)
        if text != TEXTS[name]:
            changed[name] = text
    return changed


@pytest.fixture(scope="module")
def slice_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundle root whose data/ is a copy of the slice, made once; each example swaps its mutants in and out."""
    root = tmp_path_factory.mktemp("real-slice")
    for name, text in TEXTS.items():
        target = root / "data" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@contextmanager
def bundle_with(root: Path, changed: dict[str, str]) -> Iterator[Path]:
    """``root`` with the mutants in place of the real files, put back afterwards."""
    try:
        for name, text in changed.items():
            (root / "data" / name).write_text(text, encoding="utf-8")
        yield root
    finally:
        for name in changed:
            (root / "data" / name).write_text(TEXTS[name], encoding="utf-8")


def assert_names_file_and_line(problems: list[DataProblem]) -> None:
    for problem in problems:
        assert problem.file.startswith("data/") and problem.file.endswith(".yaml"), str(problem)
        assert problem.line >= 1, str(problem)
        assert not problem.message.startswith(INTERNAL_ERROR), str(problem)


def validate_in_process(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """``soyuz-gui data validate`` with ``root`` as the bundle, printing paths as data/..."""
    previous_root, previous_cwd = os.environ.get("SOYUZ_GUI_ROOT"), Path.cwd()
    os.environ["SOYUZ_GUI_ROOT"] = str(root)
    os.chdir(root)
    paths.bundle_root.cache_clear()
    try:
        capsys.readouterr()
        code = cli.main(["data", "validate", "--quiet"])
        return code, capsys.readouterr().out.splitlines()
    finally:
        os.chdir(previous_cwd)
        if previous_root is None:
            del os.environ["SOYUZ_GUI_ROOT"]
        else:
            os.environ["SOYUZ_GUI_ROOT"] = previous_root
        paths.bundle_root.cache_clear()


def test_the_slice_is_real_data_of_every_kind() -> None:
    kinds = {name.split("/")[0] for name in NAMES}
    assert {"missions", "people", "expeditions", "stations", "sites", "agencies", "references"} <= kinds
    assert 40 <= len(NAMES) <= 600  # big enough to hold cross-file rules, small enough to load 80 times


@settings(max_examples=40, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(changed=mutated_files())
def test_mutated_real_files_give_clean_problems_and_keep_the_untouched_entities(
    changed: dict[str, str], slice_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with bundle_with(slice_root, changed) as root:
        result = load_folders([root / "data"])
        assert_names_file_and_line(result.problems)
        untouched = {Path(name).stem for name in NAMES if name not in changed}
        assert sorted(untouched - set(result.catalog.ids())) == []
        code, printed = validate_in_process(root, capsys)
    assert [line for line in printed if not PRINTED.match(line)] == []
    assert code == (1 if result.errors else 0)
    assert len(printed) == len(result.problems)


def test_the_command_on_a_mutated_real_folder_reports_and_exits_1_without_a_traceback(slice_root: Path) -> None:
    """Once in a real subprocess: every mutation kind at once, in real files of four kinds."""
    mission, person, station = "missions/soyuz-ms-07.yaml", "people/anton-shkaplerov.yaml", "stations/iss.yaml"
    expedition = "expeditions/iss-expedition-54.yaml"
    changed = {
        mission: TEXTS[mission].replace("launch_mass_kg: 7290\n", "launch_mass_kg: 7290\nlaunch_mass_kg: [1]\n")
                               .replace("callsign: Astraeus", "callsign: Soyuz MS\u200b")
                               .replace("programme: soyuz\n", ""),
        person: TEXTS[person].rsplit(",", 1)[0],  # cut inside the last list: an unclosed [
        station: TEXTS[station].replace("launched:", "reentered:", 1),
        expedition: TEXTS[expedition].replace('start: "2017-12-14T05:14Z"\nend: "2018-02-27T23:08Z"',
                                              'start: "2018-02-27T23:08Z"\nend: "2017-12-14T05:14Z"'),
    }
    assert all(changed[name] != TEXTS[name] for name in changed)
    with bundle_with(slice_root, changed) as root:
        run = subprocess.run([sys.executable, "-m", "soyuz_gui", "data", "validate", "--quiet"], cwd=root,
                             env={**os.environ, "SOYUZ_GUI_ROOT": str(root), "PYTHONPATH": str(REPO)},
                             capture_output=True, text=True, timeout=120)
    assert "Traceback" not in run.stderr
    assert run.returncode == 1
    printed = run.stdout.splitlines()
    assert [line for line in printed if not PRINTED.match(line)] == []
    assert {PRINTED.match(line)["file"] for line in printed} >= {f"data/{name}" for name in changed}
