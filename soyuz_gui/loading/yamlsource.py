"""Read one YAML file safely and remember where every value stands.

Uses libyaml through ``yaml.CSafeLoader`` (never a loader that constructs objects). On top of that it refuses what
the safe loader alone lets through: huge files, bytes that are not UTF-8, anchors and aliases (a "billion laughs"
expands through them), deep nesting and duplicate keys. Times stay strings so the domain parser sees exactly what was
written, with its precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from soyuz_gui.loading.problems import DataError, DataProblem, format_path

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 24
MAX_NODES = 100_000

Path_ = tuple[str | int, ...]


class _Loader(yaml.CSafeLoader):
    """The C safe loader without the timestamp resolver, so ``2017-12-17T07:21Z`` stays a string."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


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

    def fail(message: str, line: int = 1, column: int = 1) -> DataError:
        return DataError(DataProblem(display, line, column, "", message, skipped=True))

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise fail(f"file is {size:,} bytes; data files are limited to {MAX_FILE_BYTES:,} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise fail(f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"file is larger than {MAX_FILE_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line, column) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise fail("file is empty")

    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise fail("file is empty")
        marks: dict[Path_, tuple[int, int]] = {}
        _check_tree(node, (), marks, display, depth=0, seen=set())
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise fail(f"YAML syntax error: {reason}", line, column) from None
    except yaml.YAMLError as exc:
        raise fail(f"YAML error: {exc}") from None
    except RecursionError:
        raise fail(f"nesting is too deep (limit {MAX_DEPTH} levels)") from None
    finally:
        loader.dispose()
    return SourceFile(display, data, marks)


def _check_tree(
    node: yaml.Node, path: Path_, marks: dict[Path_, tuple[int, int]], display: str, depth: int, seen: set[int]
) -> None:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if id(node) in seen:
        raise DataError(DataProblem(display, line, column, _fmt(path),
                                    "anchors and aliases are not allowed in data files", skipped=True))
    seen.add(id(node))
    if len(seen) > MAX_NODES:
        raise DataError(DataProblem(display, line, column, _fmt(path),
                                    f"file has more than {MAX_NODES:,} values", skipped=True))
    if depth > MAX_DEPTH:
        raise DataError(DataProblem(display, line, column, _fmt(path),
                                    f"nesting is too deep (limit {MAX_DEPTH} levels)", skipped=True))
    tag = node.tag or ""
    if tag.startswith("tag:yaml.org,2002:python") or tag.startswith("!"):
        raise DataError(DataProblem(display, line, column, _fmt(path),
                                    f"YAML tag '{tag}' is not allowed in data files", skipped=True))
    marks[path] = (line, column)
    if isinstance(node, yaml.MappingNode):
        keys: dict[object, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise DataError(DataProblem(display, key_line, key_node.start_mark.column + 1, _fmt(path),
                                            "mapping keys must be plain names", skipped=True))
            key = key_node.value
            if key in keys:
                raise DataError(DataProblem(
                    display, key_line, key_node.start_mark.column + 1, _fmt((*path, key)),
                    f"duplicate key '{key}' (first at line {keys[key]})", skipped=True))
            keys[key] = key_line
            marks[(*path, key)] = (key_line, key_node.start_mark.column + 1)
            _check_tree(value_node, (*path, key), marks, display, depth + 1, seen)
            # Point messages about a field at its key, where a curator looks for it.
            marks[(*path, key)] = (key_line, key_node.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _check_tree(item, (*path, index), marks, display, depth + 1, seen)


def _fmt(path: Path_) -> str:
    return format_path(path)
