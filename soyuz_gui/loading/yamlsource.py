"""Read one YAML file safely and remember where every value stands.

libyaml (through PyYAML's C parser) only tokenises the file; this module builds the Python values itself from the
parser's events. That keeps every limit ahead of the work it protects:

* nesting depth is counted before descending, so ``[[[[...`` never reaches a recursive composer (PyYAML's Cython
  composer recurses once per level and overflows the C stack long before Python's recursion limit notices);
* anchors and aliases are refused where they appear, so a "billion laughs" never expands;
* only plain data is built: text, whole numbers, finite numbers, true/false, null, lists and mappings. Any other
  tag (``!!python/...``, ``!!binary``, ``!!set``, local ``!tags``), merge keys ``<<`` and duplicate keys are refused;
* numbers with absurdly many digits are refused before Python parses them.

Before libyaml sees the text, the file is checked for size, UTF-8 and characters YAML does not allow, so each of
those gets a one-line message with its line and column. Times stay strings (there is no timestamp resolver) so the
domain parser sees exactly what was written, with its precision.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AnyStr, NoReturn

import yaml

from soyuz_gui.loading.problems import DataError, DataProblem, format_path, quote

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 24
MAX_NODES = 20_000  # the largest bundled file has ~200 values; this bounds the worst case at ~0.1 s
MAX_NUMBER_CHARS = 40  # far above any real figure; keeps Python from parsing a 4,000-digit "number"

Path_ = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = (_CORE + name for name in ("str", "int", "float", "bool", "null"))
MAP, SEQ = _CORE + "map", _CORE + "seq"
_NON_SPECIFIC = "!"  # ``! value``: the author asks for plain text

# Implicit typing of plain scalars as PyYAML's safe loader does it (YAML 1.1: ``yes`` is true, ``~`` is null),
# minus timestamps, which stay text for the time parser.
_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _CORE + "timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# The same patterns check a value that carries an explicit core tag (``!!int 12``).
_TAG_PATTERNS: dict[str, re.Pattern[str]] = {
    tag: regexp for resolvers in _RESOLVERS.values() for tag, regexp in resolvers if tag in (INT, FLOAT, BOOL, NULL)
}
_TRUE = frozenset({"yes", "true", "on"})

# Characters YAML does not allow in a stream (C0/C1 controls except tab and line breaks, and non-characters).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Characters a double-quoted escape (``"\0"``) can smuggle into a value; no field has a use for them.
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class SourceFile:
    """A parsed file: its Python value and the line/column of each value by field path."""

    path: str
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    folder: str | None = None  # the data folder the file was found in

    def where(self, path: Path_) -> tuple[int, int]:
        """Line and column (1-based) of the value at a path, or of its nearest parent that exists."""
        probe = tuple(path)
        while probe:
            if probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, path: Path_, message: str, **kwargs: Any) -> DataProblem:
        line, column = self.where(path)
        return DataProblem(self.path, line, column, format_path(path), message, **kwargs)


def read_yaml(path: Path, display: str) -> SourceFile:
    """Parse a file or raise :class:`DataError` naming the spot."""
    return parse_yaml(_read_text(path, display), display)


def parse_yaml(text: str, display: str) -> SourceFile:
    """Parse YAML text with every check of a data file (other YAML the app reads, such as a config, can use it too).

    Raises :class:`DataError` for text YAML forbids, an empty document, syntax errors and every refused construct.
    """
    text = text.removeprefix("\ufeff")  # a byte order mark is harmless; some Windows editors add it
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        line, column = _position(text, bad.start(), "\n")
        raise _fail(display, f"{_char_name(bad.group())} is not allowed in a data file", line, column)
    if not text.strip():
        raise _fail(display, "file is empty")
    cut = _deep_flow_cut(text)
    loader = yaml.CBaseLoader(text if cut is None else text[:cut])
    try:
        builder = _Builder(display, loader)
        data = builder.document()
    except yaml.MarkedYAMLError as exc:
        if cut is not None:  # the cut text ended early; the nesting is what is wrong with the file
            line, column = _position(text, cut, "\n")
            raise _fail(display, f"nesting is too deep (limit {MAX_DEPTH} levels)", line, column) from None
        raise _syntax_error(exc, display) from None
    except yaml.YAMLError as exc:  # reader errors carry no mark; the character check above catches those first
        raise _fail(display, f"YAML error: {' '.join(str(exc).split())}") from None
    finally:
        loader.dispose()
    return SourceFile(display, data, builder.marks)


_FLOW_MARKS = re.compile(r"""[\[\]{}"'#\n]""")
_SCALAR_STARTS = frozenset(" \t\n[{,:-")


def _deep_flow_cut(text: str) -> int | None:
    """Where to cut text whose flow collections (``[[[[...``) nest deeper than the limit; None when they do not.

    libyaml's scanner reads ahead through a run of openers before it yields any event, and depending on the build
    it either recurses without bound or stops at its own limit with a message of its own. Cutting the text just
    past the first opener beyond our limit lets the event reader stop at the limit with the usual message and
    field path, whatever libyaml build is installed. Only quote, comment and bracket characters are visited.
    """
    depth = 0
    quote = ""
    comment = False
    for match in _FLOW_MARKS.finditer(text):
        char, at = match.group(), match.start()
        if comment:
            comment = char != "\n"
            continue
        if quote:
            if char == quote and not (quote == '"' and _escaped(text, at)):
                quote = ""
            continue
        before = text[at - 1] if at else "\n"
        if char in "\"'" and before in _SCALAR_STARTS:
            quote = char
        elif char == "#" and before in " \t\n":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH + 1:
                return at + 1
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


def deep_flow_nesting(text: str) -> tuple[int, int] | None:
    """Line and column where flow collections nest deeper than the data-file limit, for other YAML readers."""
    cut = _deep_flow_cut(text)
    return None if cut is None else _position(text, cut, "\n")


def _escaped(text: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _fail(display: str, message: str, line: int = 1, column: int = 1, path: Path_ = ()) -> DataError:
    return DataError(DataProblem(display, line, column, format_path(path), message, skipped=True))


def _read_text(path: Path, display: str) -> str:
    """The file's text, refused when it cannot be read, is too big or is not UTF-8."""
    try:
        with path.open("rb") as stream:
            # Read one byte past the limit instead of trusting stat(): the file may grow in between.
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _fail(display, f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _fail(display, f"file is larger than {MAX_FILE_BYTES:,} bytes, the limit for a data file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start, b"\n")
        raise _fail(display, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line, column) from None
    return text


def _position(text: AnyStr, index: int, newline: AnyStr) -> tuple[int, int]:
    """1-based line and column of an index."""
    line = text.count(newline, 0, index) + 1
    column = index - (text.rfind(newline, 0, index) + 1) + 1
    return line, column


def _char_name(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if char == "\x00":
        return "a NUL character (U+0000)"
    return f"control character {code}" if ord(char) < 0xA0 else f"the non-character {code}"


def _syntax_error(exc: yaml.MarkedYAMLError, display: str) -> DataError:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
    return _fail(display, f"YAML syntax error: {' '.join(reason.split())}", line, column)


class _Builder:
    """Turns the parser's events for one document into plain values, checking each node as it arrives."""

    def __init__(self, display: str, loader: yaml.CBaseLoader) -> None:
        self.display = display
        self.loader = loader
        self.marks: dict[Path_, tuple[int, int]] = {}
        self.nodes = 0
        self.next: Callable[[], Any] = loader.get_event  # bound once: called for every event

    def fail(self, event: Any, path: Path_, message: str) -> NoReturn:
        line, column = _start(event)
        raise _fail(self.display, message, line, column, path)

    def document(self) -> Any:
        """The value of the file's one document."""
        self.next()  # stream start
        start = self.next()
        if isinstance(start, yaml.StreamEndEvent):
            raise _fail(self.display, "file is empty")
        value = self.value(self.next(), (), 0)
        self.next()  # document end
        extra = self.next()
        if not isinstance(extra, yaml.StreamEndEvent):
            self.fail(extra, (), "a data file holds one YAML document; a second one starts here")
        return value

    def value(self, event: Any, path: Path_, depth: int) -> Any:
        self.check_node(event, path, depth)
        self.marks[path] = _start(event)
        if isinstance(event, yaml.ScalarEvent):
            return self.scalar(event, path)
        if isinstance(event, yaml.SequenceStartEvent):
            return self.sequence(path, depth)
        return self.mapping(path, depth)

    def check_node(self, event: Any, path: Path_, depth: int) -> None:
        """Refuse aliases, anchors, too many values, deep nesting and tags that are not plain data."""
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            self.fail(event, path, "anchors and aliases (&name, *name) are not allowed in data files")
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.fail(event, path, f"file has more than {MAX_NODES:,} values")
        if depth > MAX_DEPTH:
            self.fail(event, path, f"nesting is too deep (limit {MAX_DEPTH} levels)")
        tag = event.tag
        if tag is None or tag == _NON_SPECIFIC:
            return
        allowed = {yaml.ScalarEvent: (STR, INT, FLOAT, BOOL, NULL), yaml.SequenceStartEvent: (SEQ,),
                   yaml.MappingStartEvent: (MAP,)}[type(event)]
        if tag not in allowed:
            shown = tag.replace(_CORE, "!!")
            self.fail(event, path, f"YAML tag '{quote(shown, 80)}' is not allowed in data files (only plain data)")

    def sequence(self, path: Path_, depth: int) -> list[Any]:
        items: list[Any] = []
        while not isinstance(event := self.next(), yaml.SequenceEndEvent):
            items.append(self.value(event, (*path, len(items)), depth + 1))
        return items

    def mapping(self, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        key_lines: dict[str, int] = {}
        while not isinstance(event := self.next(), yaml.MappingEndEvent):
            key = self.key(event, path, depth)
            line, column = _start(event)
            if key in key_lines:
                self.fail(event, (*path, key), f"duplicate key '{quote(key)}' (first at line {key_lines[key]})")
            key_lines[key] = line
            key_path = (*path, key)
            result[key] = self.value(self.next(), key_path, depth + 1)
            # Point messages about a field at its key, where a curator looks for it.
            self.marks[key_path] = (line, column)
        return result

    def key(self, event: Any, path: Path_, depth: int) -> str:
        """A mapping key is a name: taken as written (``1:`` is the name "1", not a number)."""
        self.check_node(event, path, depth + 1)
        if not isinstance(event, yaml.ScalarEvent):
            self.fail(event, path, "mapping keys must be plain names, not lists or mappings")
        if event.value == "<<" and event.implicit[0]:  # the only spelling YAML reads as a merge key
            self.fail(event, path, "merge keys ('<<') are not allowed in data files; write the fields out")
        return str(event.value)

    def scalar(self, event: yaml.ScalarEvent, path: Path_) -> Any:
        text: str = event.value
        tag = event.tag
        if tag is None:
            tag = _resolve(text) if event.implicit[0] else STR
        elif tag == _NON_SPECIFIC:
            tag = STR
        pattern = _TAG_PATTERNS.get(tag)
        if pattern is None:  # text, or a plain ``<<`` or ``=`` used as a value, which is text too
            bad = _CONTROL_IN_TEXT.search(text) if event.style == '"' else None
            if bad is not None:
                self.fail(event, path, f"text holds {_char_name(bad.group())}")
            return text
        if event.tag is not None and not pattern.match(text):
            self.fail(event, path, f"'{quote(text)}' is not a valid {tag.removeprefix(_CORE)}")
        return self.typed(event, path, tag, text)

    def typed(self, event: yaml.ScalarEvent, path: Path_, tag: str, text: str) -> Any:
        """Null, true/false or a number, from text that matched the tag's pattern."""
        if tag == NULL:
            return None
        if tag == BOOL:
            return text.lower() in _TRUE
        if len(text) > MAX_NUMBER_CHARS:
            self.fail(event, path, f"number is too long ({len(text):,} characters)")
        try:
            number = _yaml_int(text) if tag == INT else _yaml_float(text)
        except ValueError:  # YAML 1.1's patterns let through a few non-numbers, such as 0b_ or 0x_
            self.fail(event, path, f"'{text}' is not a valid number")
        if not math.isfinite(number):
            self.fail(event, path, f"'{text}' is not a finite number")
        return number


def _start(event: Any) -> tuple[int, int]:
    """1-based line and column where an event's node starts (libyaml counts from 0)."""
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


def _resolve(text: str) -> str:
    """The tag of a plain scalar: null, bool, int, float, merge, ... or text."""
    for tag, pattern in _RESOLVERS.get(text[:1], ()):
        if pattern.match(text):
            return tag
    return STR


def _sign_and_body(text: str) -> tuple[int, str]:
    body = text.replace("_", "")
    if body[:1] in "+-":
        return (-1 if body[0] == "-" else 1), body[1:]
    return 1, body


def _yaml_int(text: str) -> int:
    """A YAML 1.1 integer: decimal, ``0b``, ``0x``, leading-zero octal or base 60 (``1:30``)."""
    sign, body = _sign_and_body(text)
    if body.startswith("0b"):
        return sign * int(body[2:], 2)
    if body.startswith("0x"):
        return sign * int(body[2:], 16)
    if ":" in body:
        return sign * _base60(body.split(":"), int)  # type: ignore[return-value]
    if len(body) > 1 and body.startswith("0"):
        return sign * int(body, 8)
    return sign * int(body)


def _yaml_float(text: str) -> float:
    """A YAML 1.1 float, including ``.inf``, ``.nan`` and base 60 (``1:30.5``)."""
    sign, body = _sign_and_body(text)
    lowered = body.lower()
    if lowered == ".inf":
        return sign * math.inf
    if lowered == ".nan":
        return math.nan
    if ":" in body:
        return sign * float(_base60(body.split(":"), float))
    return sign * float(body)


def _base60(parts: list[str], number: type[int] | type[float]) -> int | float:
    value: int | float = 0
    for part in parts:
        value = value * 60 + number(part)
    return value
