"""Property tests: whatever a valid data file is mutated into, only the documented data error leaves the loader.

The documented outcomes are: the file loads, or ``load_file`` raises :class:`DataError` whose problem prints as one
``file:line:column: field: message`` line; ``load_folders`` never raises and reports every problem that way. The
safety net's "internal error" problems count as failures here. ``tools/fuzz_loader.py`` runs the same idea for
longer and with more mutation kinds.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soyuz_gui.loading import DataError, DataProblem, load_file, load_folders
from soyuz_gui.loading.problems import INTERNAL_ERROR

REPO = Path(__file__).resolve().parents[2]
SEEDS = [REPO / "data" / "missions" / "soyuz-ms-07.yaml", REPO / "data" / "people" / "anton-shkaplerov.yaml",
         REPO / "data" / "stations" / "iss.yaml", REPO / "data" / "references" / "wikipedia-soyuz-ms-07.yaml",
         REPO / "data" / "expeditions" / "iss-expedition-54.yaml"]
SEED_TEXTS = [(path.name, path.read_text(encoding="utf-8")) for path in SEEDS]
PROBLEM_LINE = re.compile(r"^[^\n]+:\d+:\d+: [^\n]+: [^\n]+$")
PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments a mutation inserts: YAML punctuation, hostile constructs, odd bytes and edge-case scalars.
FRAGMENTS = st.sampled_from([
    "[", "]", "{", "}", ":", ": ", "- ", "? ", "&a ", "*a", "!!python/object:os.system ", "!!binary ", "!!set ",
    "!foo ", "<<: ", "---\n", "...\n", "\t", "\r\n", "\x00", "\x1b", "\ufeff", "\u2028", "\x85", "'", '"', "#",
    "|\n", ">-\n", "~", "yes", ".nan", ".inf", "0x_", "0b_", "1:30", "9" * 60, "2017-02-30", "2017-12-17T07:21",
    "9999-12-31T23:59-01:00", "[" * 50, "- " * 50, "é", "🚀", "\\", "%YAML 1.1\n",
])


def assert_clean(problems: list[DataProblem]) -> None:
    for problem in problems:
        text = str(problem)
        assert PROBLEM_LINE.match(text), text
        assert not problem.message.startswith(INTERNAL_ERROR), text


def load_mutant(name: str, content: bytes) -> None:
    """Load one mutant; fail the test on anything but a clean load or a clean DataError."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        try:
            load_file(path, f"mutant/{name}")
        except DataError as exc:
            assert_clean([exc.problem])
        result = load_folders([Path(tmp)])
        assert_clean(result.problems)


@st.composite
def mutated_seed(draw: st.DrawFn) -> tuple[str, bytes]:
    name, text = draw(st.sampled_from(SEED_TEXTS))
    data = bytearray(text.encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "bytes"]))
        if action == "insert":
            data[at:at] = draw(FRAGMENTS).encode("utf-8", "surrogatepass")
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif action == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
    return name, bytes(data)


@PROFILE
@given(mutated_seed())
def test_mutated_valid_files_fail_only_with_data_errors(mutant: tuple[str, bytes]) -> None:
    load_mutant(*mutant)


@PROFILE
@given(st.binary(max_size=400))
def test_arbitrary_bytes_fail_only_with_data_errors(content: bytes) -> None:
    load_mutant("noise.yaml", content)


def plain_values() -> st.SearchStrategy[object]:
    """Any value YAML can hold as plain data, including the awkward ones (NaN, huge numbers, odd text)."""
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(), st.integers(min_value=10**30), st.floats(allow_nan=True),
        st.text(max_size=30), st.sampled_from(["2017-02-30", "2017-12-17T07:21", "0001-01-01T00:00+01:00", "", "~"]),
    )
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=20)


@st.composite
def restructured_seed(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed whose fields are replaced, removed or added with arbitrary values, written back as YAML."""
    name, text = draw(st.sampled_from(SEED_TEXTS))
    data = yaml.safe_load(text)
    for key in draw(st.lists(st.sampled_from([*data, "extra", "kind", "schema_version"]), max_size=3)):
        if draw(st.booleans()):
            data[key] = draw(plain_values())
        else:
            data.pop(key, None)
    return name, yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False).encode("utf-8")


@PROFILE
@given(restructured_seed())
def test_restructured_files_fail_only_with_data_errors(mutant: tuple[str, bytes]) -> None:
    load_mutant(*mutant)


def test_the_seeds_themselves_load() -> None:
    for name, text in SEED_TEXTS:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            load_file(path, name)
