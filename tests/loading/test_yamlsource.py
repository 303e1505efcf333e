"""Reading one YAML file safely: every hostile or odd input ends as a value or as one clean, one-line problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from soyuz_gui.loading import DataError, DataProblem, load_file, load_folders
from soyuz_gui.loading import loader as loader_module
from soyuz_gui.loading.problems import one_line, quote
from soyuz_gui.loading.yamlsource import MAX_DEPTH, parse_yaml, read_yaml

AGENCY = "schema_version: 1\nkind: agency\nid: test-agency\nname: Testkosmos\n"


def read(tmp_path: Path, content: str | bytes) -> object:
    """The parsed value of a file, or the text of the problem it raised."""
    path = tmp_path / "test-agency.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    try:
        return read_yaml(path, "t.yaml").data
    except DataError as exc:
        return str(exc.problem)


@pytest.mark.parametrize(("text", "expected"), [
    ("a: [" + "[" * 100_000, "t.yaml:1:28: a" + "[0]" * 24 + f": nesting is too deep (limit {MAX_DEPTH} levels)"),
    ("a: " + "{a: " * 30 + "1" + "}" * 30, "t.yaml:1:97: a" + ".a" * 23 + ": nesting is too deep (limit 24 levels)"),
    ("a:\n" + "- " * 200_000 + "x\n", "t.yaml:2:49: a" + "[0]" * 24 + ": nesting is too deep (limit 24 levels)"),
    ("a: [" + "1, " * 30_000 + "1]\n", "t.yaml:1:59996: a[19997]: file has more than 20,000 values"),
    ("a: &x [1]\nb: *x\n", "t.yaml:1:4: a: anchors and aliases (&name, *name) are not allowed in data files"),
    ("a: !!binary aGk=\n", "t.yaml:1:4: a: YAML tag '!!binary' is not allowed in data files (only plain data)"),
    ("a: !!set {x}\n", "t.yaml:1:4: a: YAML tag '!!set' is not allowed in data files (only plain data)"),
    ("a: !!omap [x: 1]\n", "t.yaml:1:4: a: YAML tag '!!omap' is not allowed in data files (only plain data)"),
    ("a: !!python/name:os.system\n",
     "t.yaml:1:4: a: YAML tag '!!python/name:os.system' is not allowed in data files (only plain data)"),
    ("a: !!map [1]\n", "t.yaml:1:4: a: YAML tag '!!map' is not allowed in data files (only plain data)"),
    ("a: !!int twelve\n", "t.yaml:1:4: a: 'twelve' is not a valid int"),
    ("a: 1\n<<: {b: 2}\n", "t.yaml:2:1: (file): merge keys ('<<') are not allowed in data files; write the fields out"),
    ("a: 1\n---\na: 2\n", "t.yaml:2:1: (file): a data file holds one YAML document; a second one starts here"),
    ("a: 1\na: 2\n", "t.yaml:2:1: a: duplicate key 'a' (first at line 1)"),
    ("? [a]\n: 1\n", "t.yaml:1:3: (file): mapping keys must be plain names, not lists or mappings"),
    ("a: " + "9" * 5000 + "\n", "t.yaml:1:4: a: number is too long (5,000 characters)"),
    ("a: .nan\n", "t.yaml:1:4: a: '.nan' is not a finite number"),
    ("a: -.inf\n", "t.yaml:1:4: a: '-.inf' is not a finite number"),
    ("a: 1e400\n", {"a": "1e400"}),  # YAML 1.1 floats need a dot: this is text, and the schema judges it
    ("a: 1.0e+400\n", "t.yaml:1:4: a: '1.0e+400' is not a finite number"),
    ("a: 0b_\n", "t.yaml:1:4: a: '0b_' is not a valid number"),
    ("a: -0x_\n", "t.yaml:1:4: a: '-0x_' is not a valid number"),
    ("a: !!float 1\n", "t.yaml:1:4: a: '1' is not a valid float"),
    ("a: b\x00c\n", "t.yaml:1:5: (file): a NUL character (U+0000) is not allowed in a data file"),
    ('a: "b\\0c"\n', "t.yaml:1:4: a: text holds a NUL character (U+0000)"),
    ("a: b\x1bc\n", "t.yaml:1:5: (file): control character U+001B is not allowed in a data file"),
    (b"a: caf\xe9\n", "t.yaml:1:7: (file): not UTF-8 text (byte 0xe9)"),
    (b"\xff\xfea\x00", "t.yaml:1:1: (file): not UTF-8 text (byte 0xff)"),
    ("a:\n\t- b\n", "t.yaml:2:1: (file): YAML syntax error: while scanning for the next token found character that "
                    "cannot start any token"),
    ("  \n# only a comment\n", "t.yaml:1:1: (file): file is empty"),
    ("", "t.yaml:1:1: (file): file is empty"),
    ('a: "\\ud800"\n', "t.yaml:1:7: (file): YAML syntax error: while parsing a quoted scalar found invalid Unicode "
                       "character escape code"),
    ("%YAML 2.0\n---\na: 1\n", "t.yaml:1:1: (file): YAML syntax error: found incompatible YAML document"),
])
def test_hostile_input_gives_one_clean_problem(tmp_path: Path, text: str | bytes, expected: object) -> None:
    assert read(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\ufeffa: 1\r\nb: [x, y]\r\n", {"a": 1, "b": ["x", "y"]}),  # byte order mark and Windows line ends
    ("a: 1\rb: 2\r", {"a": 1, "b": 2}),  # old Mac line ends
    ("a: 'x\ty'\nb: \"\\t\"\n", {"a": "x\ty", "b": "\t"}),  # tabs inside text are text
    ("1: x\nyes: y\n~: z\n", {"1": "x", "yes": "y", "~": "z"}),  # keys are names, as written
    ("a: 0x1F\nb: 017\nc: 1_000\nd: 1:30\ne: -0b101\n", {"a": 31, "b": 15, "c": 1000, "d": 90, "e": -5}),
    ("a: 1:30.5\nb: -1.5\nc: .5\nd: 1.0e+3\n", {"a": 90.5, "b": -1.5, "c": 0.5, "d": 1000.0}),
    ("a: yes\nb: Off\nc: ~\nd: null\ne: ''\n", {"a": True, "b": False, "c": None, "d": None, "e": ""}),
    ("a: !!str 12\nb: !!int '12'\nc: ! 12\nd: !!float '1.5'\n", {"a": "12", "b": 12, "c": "12", "d": 1.5}),
    ("a: 2017-12-17T07:21Z\nb: 2017-12-17\n", {"a": "2017-12-17T07:21Z", "b": "2017-12-17"}),  # times stay text
    ("a: <<\nb: =\n", {"a": "<<", "b": "="}),  # as values these are just text
    ("a: \u202eevil\nb: 🚀\n", {"a": "\u202eevil", "b": "🚀"}),
])
def test_odd_but_valid_input_reads_as_plain_values(tmp_path: Path, text: str, expected: object) -> None:
    assert read(tmp_path, text) == expected


def test_a_file_one_byte_over_the_limit_is_refused_without_being_parsed(tmp_path: Path) -> None:
    big = AGENCY + "#" * (1_000_001 - len(AGENCY)) + "\n"
    assert read(tmp_path, big) == "t.yaml:1:1: (file): file is larger than 1,000,000 bytes, the limit for a data file"


def test_marks_point_at_keys_and_list_items(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  b: [1, 2]\nc:\n  - d: 3\n", encoding="utf-8")
    source = read_yaml(path, "x.yaml")
    assert source.where(("a", "b")) == (2, 3)
    assert source.where(("a", "b", 1)) == (2, 10)
    assert source.where(("c", 0, "d")) == (4, 5)
    assert source.where(("c", 0, "missing")) == (4, 5)


def test_long_values_in_messages_are_shortened(tmp_path: Path) -> None:
    path = tmp_path / "test-agency.yaml"
    path.write_text(AGENCY + "x" * 500 + ": 1\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_file(path, "t.yaml")
    assert caught.value.problem.message.startswith("unknown field '" + "x" * 57 + "...'")
    assert len(str(caught.value.problem)) < 1200


def test_one_line_escapes_line_breaks_controls_and_lone_surrogates() -> None:
    assert one_line("a\nb\rc\x00d\u2028e\udcff") == "a\\nb\\rc\\x00d\\u2028e\\udcff"
    problem = DataProblem("odd\nname.yaml", 1, 2, "f", "bad\nthing")
    assert str(problem) == "odd\\nname.yaml:1:2: f: bad\\nthing"
    assert quote("abc", 5) == "abc"
    assert quote("abcdefgh", 5) == "ab..."


def test_a_loader_bug_in_one_file_is_reported_and_the_others_still_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good-one.yaml").write_text(AGENCY.replace("test-agency", "good-one"), encoding="utf-8")
    (tmp_path / "bad-one.yaml").write_text(AGENCY.replace("test-agency", "bad-one"), encoding="utf-8")
    real = loader_module.to_entity

    def flaky(document: object, source: object) -> object:
        if "bad-one" in str(getattr(source, "path", "")):
            raise RuntimeError("boom")
        return real(document, source)  # type: ignore[arg-type]

    monkeypatch.setattr(loader_module, "to_entity", flaky)
    result = load_folders([tmp_path], check=False)
    assert "good-one" in result.catalog
    assert [str(p) for p in result.problems] == [
        f"{tmp_path.name}/bad-one.yaml:1:1: (file): internal error while reading this file (RuntimeError: boom); "
        "please report it"]


def test_links_leading_out_of_the_data_folder_are_ignored(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(AGENCY.replace("test-agency", "outside"), encoding="utf-8")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "outside.yaml").symlink_to(outside)
    (folder / "inside.yaml").write_text(AGENCY.replace("test-agency", "inside"), encoding="utf-8")
    (folder / "alias.yaml").symlink_to(folder / "inside.yaml")
    assert [p.name for p in loader_module.discover(folder)] == ["alias.yaml", "inside.yaml"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs permissions that root does not have")
def test_an_unreadable_folder_or_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    secret = tmp_path / "secret.yaml"
    secret.write_text(AGENCY.replace("test-agency", "secret"), encoding="utf-8")
    locked.chmod(0)
    secret.chmod(0)
    try:
        result = load_folders([tmp_path], check=False)
    finally:
        locked.chmod(0o700)
        secret.chmod(0o600)
    messages = sorted(p.message for p in result.problems)
    assert messages == ["cannot list folder: Permission denied", "cannot read file: Permission denied"]


def test_parse_yaml_gives_other_yaml_the_same_checks_without_a_file() -> None:
    assert parse_yaml("idle_seconds: 90\nmissions: [soyuz-ms-07]\n", "kiosk.yaml").data == {
        "idle_seconds": 90, "missions": ["soyuz-ms-07"]}
    with pytest.raises(DataError) as caught:
        parse_yaml("a: " + "[" * 100_000, "kiosk.yaml")
    assert str(caught.value.problem).startswith("kiosk.yaml:1:28: a[0]")
