"""Every rule of docs/data-format.md, broken once in a real bundled data file.

Each case in the ``real:`` section of ``expected.yaml`` names a bundled file (``mutates``), one exact piece of its
text (``replace``, found exactly once) and what it becomes (``with``). The test puts that mutant in place of the
real file in a copy of the bundled data and runs ``soyuz-gui data validate`` on the copy, in-process: the lines it
prints (beyond those the unchanged copy prints) and the exit code must be exactly the documented ones. Because the
mutation is applied to the file as it is today, a case stays a one-change mutation of real data as the data grows.

The rules table in docs/data-format.md ("Rules and their cases") lists every rule the document states; each rule
names either ``corpus`` (it then needs a case here) or the test that covers it (folder walking cannot be a
one-file mutation).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from soyuz_gui import cli, paths

CORPUS = Path(__file__).resolve().parent
REPO = CORPUS.parent.parent
DOC = REPO / "docs" / "data-format.md"
BUNDLED_DATA = paths.data_dir()  # taken before any test points SOYUZ_GUI_ROOT at a copy
RULE_ROW = re.compile(r"^\| `([a-z0-9-]+)` \| (.+?) \| (corpus|`[^`]+`) \|$")


@dataclass(frozen=True)
class RealCase:
    rule: str
    about: str
    mutates: str  # a path below data/
    replace: str
    with_: str
    lines: tuple[str, ...]
    exit: int = 1
    save_as: str | None = None  # write the mutant here instead (the real file stays), e.g. a second copy
    extra: dict[str, str | bytes] = field(default_factory=dict)  # more files below data/ (pictures)
    pad_to: int = 0  # bytes: the mutant is padded with a comment to this size (for the size limit)
    strict: bool = False
    elsewhere: tuple[str, ...] = ()  # lines about other files that must be among the output (cross-file rules)

    @property
    def target(self) -> str:
        return f"data/{self.save_as or self.mutates}"


def load_cases(path: Path = CORPUS / "expected.yaml") -> list[RealCase]:
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [RealCase(entry["rule"], entry["about"], entry["mutates"], entry["replace"], entry["with"],
                     tuple(entry.get("lines", ())), entry.get("exit", 1), entry.get("save_as"),
                     entry.get("extra", {}), entry.get("pad_to", 0), entry.get("strict", False),
                     tuple(entry.get("elsewhere", ())))
            for entry in table.get("real", [])]


REAL_CASES = load_cases()


def documented_rules() -> dict[str, str]:
    """Rule id -> ``corpus`` or the test that covers it, from the table in docs/data-format.md."""
    rules: dict[str, str] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = RULE_ROW.match(line)
        if match:
            assert match.group(1) not in rules, f"rule {match.group(1)} is listed twice"
            rules[match.group(1)] = match.group(3).strip("`")
    return rules


REPEAT = re.compile(r"<<(\d+)\*(.*?)>>", re.DOTALL)


def mutant_text(case: RealCase, data: Path) -> str:
    """The real file with the one change; ``<<N*TEXT>>`` in ``with`` stands for TEXT written N times."""
    original = (data / case.mutates).read_text(encoding="utf-8")
    assert original.count(case.replace) == 1, f"{case.mutates} must hold {case.replace!r} exactly once"
    return original.replace(case.replace, REPEAT.sub(lambda m: m.group(2) * int(m.group(1)), case.with_))


@pytest.fixture(scope="module")
def copy_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled data, made once; each case changes one file in it and puts it back."""
    root = tmp_path_factory.mktemp("real") / "root"
    shutil.copytree(BUNDLED_DATA, root / "data")
    return root


def run_validate(root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                 strict: bool = False) -> tuple[int, list[str]]:
    """``soyuz-gui data validate`` with ``root`` as the bundle (its data/ as the bundled data), run from ``root``
    so files print as ``data/missions/...``."""
    monkeypatch.setenv("SOYUZ_GUI_ROOT", str(root))
    monkeypatch.chdir(root)
    paths.bundle_root.cache_clear()
    try:
        capsys.readouterr()
        code = cli.main(["data", "validate", "--quiet", *(["--strict"] if strict else [])])
        return code, capsys.readouterr().out.splitlines()
    finally:
        monkeypatch.delenv("SOYUZ_GUI_ROOT")
        paths.bundle_root.cache_clear()


_BASELINE: dict[Path, list[str]] = {}


def stage_mutant(case: RealCase, data: Path) -> list[Path]:
    """Write the mutant (and its extra files) into the copy; returns the paths to restore or remove."""
    target = data / (case.save_as or case.mutates)
    touched = [target, *(data / name for name in case.extra)]
    text = mutant_text(case, data)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text.encode("utf-8", "surrogateescape"))  # "\udce1" in ``with`` is the byte 0xe1
    if case.pad_to:
        with target.open("ab") as stream:
            stream.write(b"#" * (case.pad_to - target.stat().st_size - 1) + b"\n")
    for name, content in case.extra.items():
        extra = data / name
        extra.parent.mkdir(parents=True, exist_ok=True)
        extra.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return touched


def restore(touched: list[Path], data: Path) -> None:
    for path in touched:
        original = BUNDLED_DATA / path.relative_to(data)
        if original.is_file():
            shutil.copyfile(original, path)
        else:
            path.unlink(missing_ok=True)


@pytest.mark.parametrize("case", REAL_CASES, ids=lambda case: case.rule)
def test_a_real_file_broken_once_gives_the_documented_lines_and_exit_code(
    case: RealCase, copy_root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_root / "data"
    if copy_root not in _BASELINE:
        _BASELINE[copy_root] = run_validate(copy_root, capsys, monkeypatch, strict=True)[1]
    touched = stage_mutant(case, data)
    try:
        code, lines = run_validate(copy_root, capsys, monkeypatch, strict=case.strict)
    finally:
        restore(touched, data)
    # Lines about the mutated file, exactly; a skipped file also makes others' references to it dangle, which
    # is the rest of the data still loading, not part of the case.
    assert [line for line in lines if line.startswith(f"{case.target}:")] == list(case.lines)
    new = [line for line in lines if line not in _BASELINE[copy_root]]
    assert [line for line in case.elsewhere if line not in new] == []
    assert code == case.exit


def test_every_mutation_changes_one_thing_in_a_real_file() -> None:
    for case in REAL_CASES:
        assert case.replace != case.with_, case.rule
        mutant_text(case, BUNDLED_DATA)  # the piece is there, exactly once


def test_every_documented_rule_has_a_case() -> None:
    rules = documented_rules()
    assert len(rules) >= 8
    covered = {case.rule for case in REAL_CASES}
    missing = sorted(rule for rule, where in rules.items() if where == "corpus" and rule not in covered)
    assert missing == [], f"documented rules without a real-data case in tests/corpus/expected.yaml: {missing}"
    assert sorted(covered - rules.keys()) == [], "cases whose rule is not in the table of docs/data-format.md"


def test_rules_covered_elsewhere_name_a_test_that_exists() -> None:
    for rule, where in documented_rules().items():
        if where == "corpus":
            continue
        file, _, name = where.partition("::")
        assert re.search(rf"^def {re.escape(name)}\(", (REPO / file).read_text(encoding="utf-8"), re.MULTILINE), \
            f"rule {rule}: no test {where}"
