"""Reading a kiosk config file: forgiving YAML parsing whose every problem names file, line, column and key.

A kiosk must start even when the operator's file is broken, so loading never raises: every problem becomes a
:class:`ConfigProblem`, the bad key falls back to its default and the good keys are kept. The file is read with
``yaml.CSafeLoader``; anchors and aliases are refused (they can expand a tiny file into a huge value), as are files
over 64 KiB. No Qt here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import yaml

from soyuz_gui.app.kiosk.config_schema import FIELDS, Corner, KioskConfig, Step
from soyuz_gui.loading.yamlsource import MAX_DEPTH, deep_flow_nesting

MAX_CONFIG_BYTES = 64 * 1024


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a config file; ``str()`` reads like a compiler message."""

    file: str
    line: int
    column: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass(frozen=True)
class ConfigLoad:
    """The config to use, what was wrong with the file, and which keys fell back to their defaults.

    ``positions`` keeps where the values that name things in the data were written (``home_mission``,
    ``language``, and ``playlist[i]`` under the index *in the file*), and ``playlist_index`` the file index of
    each entry of ``config.playlist``, so that the checks against the data report real lines.
    """

    config: KioskConfig
    problems: tuple[ConfigProblem, ...] = ()
    defaulted: tuple[str, ...] = ()
    source: str = "(defaults)"
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    playlist_index: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if not self.problems:
            return f"kiosk config {self.source}: OK"
        if self.defaulted == FIELDS or (not self.defaulted and any(not p.key for p in self.problems)):
            return f"kiosk config {self.source}: {len(self.problems)} problem(s); using safe defaults for all keys"
        parts = []
        if self.defaulted:
            parts.append(f"using safe defaults for {', '.join(self.defaulted)}")
        entries = sum(1 for p in self.problems if p.key.startswith("playlist["))
        if entries:
            parts.append(f"{entries} playlist entr{'y' if entries == 1 else 'ies'} skipped")
        if not parts:
            parts.append("unknown keys ignored")
        return f"kiosk config {self.source}: {len(self.problems)} problem(s); {'; '.join(parts)}"


# --- loading ------------------------------------------------------------------------------------------------------

_PATH_RE = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_PART_RE = re.compile(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")


def _parse_error_path(message: str) -> tuple[str, tuple[str | int, ...]]:
    """Split msgspec's ``"Expected ... - at `$.playlist[2]`"`` into the message and a path."""
    match = _PATH_RE.search(message)
    if not match:
        return message, ()
    parts: list[str | int] = []
    for name, index in _PART_RE.findall(match.group("path")):
        parts.append(int(index) if index else name)
    return message[:match.start()], tuple(parts)


def _node_at(node: yaml.Node | None, path: Sequence[str | int]) -> yaml.Node | None:
    """The YAML node at a key path, or the deepest one that exists."""
    for part in path:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            child = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        else:
            child = None
        if child is None:
            return node
        node = child
    return node


def _key_node(root: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(root, yaml.MappingNode):
        for k, _ in root.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k
    return None


def _where(node: yaml.Node | None) -> tuple[int, int]:
    if node is None:
        return 1, 1
    return node.start_mark.line + 1, node.start_mark.column + 1


def _format_path(path: Sequence[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def parse_config(text: str, source: str = "<kiosk config>") -> ConfigLoad:
    """Validate YAML text; never raises. Bad keys fall back to their defaults, good keys are kept."""
    problems: list[ConfigProblem] = []

    positions: dict[str, tuple[int, int]] = {}
    playlist_index: tuple[int, ...] = ()

    def fail(message: str, line: int = 1, column: int = 1) -> ConfigLoad:
        problems.append(ConfigProblem(source, line, column, "", message))
        return ConfigLoad(KioskConfig(), tuple(problems), FIELDS, source)

    deep = deep_flow_nesting(text)
    if deep is not None:  # libyaml would recurse (or stop with its own message) on a run of '[' before we see it
        return fail(f"nesting is too deep (limit {MAX_DEPTH} levels)", *deep)
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line, column = _where_mark(event.start_mark)
                return fail("anchors and aliases are not allowed in a kiosk config", line, column)
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
        data = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = _where_mark(mark) if mark is not None else (1, 1)
        return fail(f"not valid YAML: {exc.problem or exc}", line, column)
    except yaml.YAMLError as exc:
        return fail(f"not valid YAML: {exc}")
    repeated = _repeated_top_keys(root)
    if repeated is None:
        duplicate = _first_duplicate_key(root)
        if duplicate is not None:
            line, column = _where(duplicate)
            return fail(f"key '{duplicate.value}' appears twice", line, column)
    if data is None:
        return ConfigLoad(KioskConfig(), (), (), source)
    if not isinstance(data, dict):
        return fail(f"the file must be a mapping of keys to values, not a {type(data).__name__}")

    good: dict[str, Any] = {}
    defaulted: list[str] = []
    for key, value in data.items():
        name = str(key)
        if repeated and name in repeated:
            line, column = _where(repeated[name])
            problems.append(ConfigProblem(source, line, column, name, "appears twice; neither value is used"))
            defaulted.append(name)
            continue
        if name not in FIELDS:
            close = difflib.get_close_matches(name, FIELDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(FIELDS)})"
            line, column = _where(_key_node(root, name))
            problems.append(ConfigProblem(source, line, column, name, f"unknown key{hint}"))
            continue
        if name in ("home_mission", "language"):
            positions[name] = _where(_node_at(root, (name,)))
        if name == "playlist" and isinstance(value, list):
            value, playlist_index = _check_playlist(value, root, source, problems, positions)
        try:
            msgspec.convert({name: value}, KioskConfig, str_keys=True)
        except msgspec.ValidationError as exc:
            message, path = _parse_error_path(str(exc))
            message = _friendly(name, message, value)
            line, column = _where(_node_at(root, path or (name,)))
            problems.append(ConfigProblem(source, line, column, _format_path(path) or name, message))
            defaulted.append(name)
            continue
        good[name] = value
    config = msgspec.convert(good, KioskConfig, str_keys=True)
    config, cross = _cross_checks(config, root, source)
    problems.extend(cross)
    defaulted.extend(p.key for p in cross if p.key not in defaulted)
    if "playlist" not in good:
        playlist_index = ()
    return ConfigLoad(config, tuple(problems), tuple(defaulted), source, positions, playlist_index)


_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_PLAYLIST = 500


def _check_playlist(entries: list[Any], root: yaml.Node | None, source: str, problems: list[ConfigProblem],
                    positions: dict[str, tuple[int, int]]) -> tuple[list[Any], tuple[int, ...]]:
    """Keep the well-formed playlist entries; each malformed one is dropped with its own message.

    One typo must not throw the whole tour away (the kiosk would then tour every mission).
    """
    kept: list[Any] = []
    index: list[int] = []
    for number, entry in enumerate(entries):
        where = _where(_node_at(root, ("playlist", number)))
        positions[f"playlist[{number}]"] = where
        key = f"playlist[{number}]"
        if not isinstance(entry, str):
            shown = "a list" if isinstance(entry, list) else "a mapping" if isinstance(entry, dict) else repr(entry)
            problems.append(ConfigProblem(source, *where, key, f"must be a mission id such as soyuz-ms-07, not "
                                                               f"{shown}; entry skipped"))
        elif not _ID_PATTERN.match(entry) or len(entry) > 80:
            suggestion = re.sub(r"[^a-z0-9]+", "-", entry.strip().lower()).strip("-")
            hint = f" (did you mean '{suggestion}'?)" if suggestion and _ID_PATTERN.match(suggestion) else ""
            problems.append(ConfigProblem(source, *where, key,
                                          f"'{entry}' is not a mission id such as soyuz-ms-07{hint}; entry skipped"))
        elif len(kept) >= MAX_PLAYLIST:
            problems.append(ConfigProblem(source, *where, key, f"the playlist holds at most {MAX_PLAYLIST} "
                                                               f"missions; this and later entries skipped"))
            break
        else:
            kept.append(entry)
            index.append(number)
    return kept, tuple(index)


_FRIENDLY_PATTERN = {
    "pin_hash": "is not a PIN hash; make one with 'python -m soyuz_gui.app.kiosk.config hash-pin'",
    "language": "must be a language code such as en, de, ru or pt_BR",
    "home_mission": "must be a mission id such as soyuz-ms-07",
    "playlist": "must be a mission id such as soyuz-ms-07",
}
_CHOICES = {"exit_corner": [c.value for c in Corner], "attract_steps": [s.value for s in Step]}


def _friendly(name: str, message: str, value: object) -> str:
    """msgspec's message, made readable for an operator where it quotes a regular expression or an enum."""
    if "matching regex" in message and name in _FRIENDLY_PATTERN:
        return _FRIENDLY_PATTERN[name]
    if message.startswith("Invalid enum value") and name in _CHOICES:
        return f"{message} (choose one of: {', '.join(_CHOICES[name])})"
    if isinstance(value, bool) and name == "language":
        return f"{message} (YAML reads no/yes/on/off as booleans: put the code in quotes)"
    return message


def _repeated_top_keys(root: yaml.Node | None) -> dict[str, yaml.ScalarNode] | None:
    """Top-level keys written twice (each with its second occurrence); None when a deeper mapping repeats a key."""
    repeated: dict[str, yaml.ScalarNode] = {}
    if isinstance(root, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    repeated.setdefault(key.value, key)
                seen.add(key.value)
            if _first_duplicate_key(value) is not None:
                return None
    return repeated


def _first_duplicate_key(node: yaml.Node | None) -> yaml.ScalarNode | None:
    """The second occurrence of a key repeated in any mapping of the document, or None."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    return key
                seen.add(key.value)
            found = _first_duplicate_key(value)
            if found is not None:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = _first_duplicate_key(item)
            if found is not None:
                return found
    return None


def _where_mark(mark: Any) -> tuple[int, int]:
    return int(mark.line) + 1, int(mark.column) + 1


def _cross_checks(config: KioskConfig, root: yaml.Node | None,
                  source: str) -> tuple[KioskConfig, list[ConfigProblem]]:
    problems: list[ConfigProblem] = []
    if config.countdown_seconds >= config.idle_seconds:
        line, column = _where(_node_at(root, ("countdown_seconds",)))
        problems.append(ConfigProblem(source, line, column, "countdown_seconds",
                                      f"must be shorter than idle_seconds ({config.idle_seconds:g})"))
        config = msgspec.structs.replace(config, countdown_seconds=KioskConfig().countdown_seconds)
    if len(set(config.attract_steps)) != len(config.attract_steps):
        line, column = _where(_node_at(root, ("attract_steps",)))
        problems.append(ConfigProblem(source, line, column, "attract_steps", "lists a step twice"))
        config = msgspec.structs.replace(config, attract_steps=list(dict.fromkeys(config.attract_steps)))
    return config, problems


def load_config(path: Path | None) -> ConfigLoad:
    """Read a config file; a missing path gives the defaults. Never raises."""
    if path is None:
        return ConfigLoad(KioskConfig())
    display = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            problem = ConfigProblem(display, 1, 1, "", f"file is {size:,} bytes; the limit is {MAX_CONFIG_BYTES:,}")
            return ConfigLoad(KioskConfig(), (problem,), FIELDS, display)
        raw = path.read_bytes()
    except OSError as exc:
        problem = ConfigProblem(display, 1, 1, "", f"cannot read file: {exc.strerror or exc}")
        return ConfigLoad(KioskConfig(), (problem,), FIELDS, display)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problem = ConfigProblem(display, line, 1, "", f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")
        return ConfigLoad(KioskConfig(), (problem,), FIELDS, display)
    return parse_config(text.removeprefix("\ufeff"), display)
