"""Load data folders into a :class:`~soyuz_gui.domain.Catalog`, collecting every problem instead of stopping.

One bad file never hides the good ones: a file that cannot be read or does not fit the schema is skipped and
reported; cross-reference problems are reported and the entity is kept (the app shows a dangling id as unknown).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Entity
from soyuz_gui.loading import schema
from soyuz_gui.loading.checks import check_catalog
from soyuz_gui.loading.convert import to_entity
from soyuz_gui.loading.problems import DataError, DataProblem, Severity
from soyuz_gui.loading.yamlsource import Path_, SourceFile, read_yaml

MAX_FILES = 20_000
_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_PATH_PART = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")


@dataclass
class LoadResult:
    catalog: Catalog
    problems: list[DataProblem] = field(default_factory=list)
    files_read: int = 0
    sources: dict[str, SourceFile] = field(default_factory=dict, repr=False)

    @property
    def errors(self) -> list[DataProblem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def skipped_files(self) -> list[str]:
        return sorted({p.file for p in self.problems if p.skipped})


def discover(folder: Path) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` below a folder that really lies inside it (links out are ignored)."""
    root = folder.resolve()
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        if not path.resolve().is_relative_to(root):
            continue
        found.append(path)
        if len(found) >= MAX_FILES:
            break
    return found


def display_path(path: Path, folder: Path) -> str:
    """A short, stable name for messages: relative to the folder's parent (``data/missions/x.yaml``)."""
    try:
        return str(path.relative_to(folder.parent))
    except ValueError:
        return str(path)


def parse_document(source: SourceFile) -> schema.Document:
    """Check the schema version and the shape of one parsed file."""
    data = source.data
    if not isinstance(data, dict):
        raise DataError(source.problem((), "a data file must be a mapping of field names to values", skipped=True))
    version = data.get("schema_version")
    if version is None:
        raise DataError(source.problem((), "missing required field 'schema_version'", skipped=True))
    if version != schema.SCHEMA_VERSION or isinstance(version, bool):
        raise DataError(source.problem(
            ("schema_version",),
            f"unsupported schema_version {version!r} (this version of the app reads {schema.SCHEMA_VERSION})",
            skipped=True))
    try:
        return msgspec.convert(data, schema.Document, str_keys=True)
    except msgspec.ValidationError as exc:
        path, message = _explain(str(exc), data)
        raise DataError(source.problem(path, message, skipped=True)) from None


def _explain(text: str, data: dict[str, object]) -> tuple[Path_, str]:
    match = _AT.match(text)
    assert match is not None
    message, raw_path = match.group("message"), match.group("path") or ""
    path: list[str | int] = []
    for name, index in _PATH_PART.findall(raw_path):
        path.append(int(index) if index else name)
    unknown = re.match(r"Object contains unknown field `(.+)`", message)
    if unknown:
        name = unknown.group(1)
        allowed = _allowed_fields(data, tuple(path))
        message = f"unknown field '{name}'"
        close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        if close:
            message += f" (did you mean '{close[0]}'?)"
        elif allowed:
            message += f" (allowed: {', '.join(sorted(allowed))})"
        path.append(name)
    missing = re.match(r"Object missing required field `(.+)`", message)
    if missing:
        message = f"missing required field '{missing.group(1)}'"
    if path == ["kind"]:
        message = f"unknown kind {data.get('kind')!r} (one of: {', '.join(sorted(schema.KINDS))})"
    message = message.replace("`", "'")
    return tuple(path), message


def _allowed_fields(data: dict[str, object], path: Path_) -> list[str]:
    """Field names the struct at a path accepts, found by walking the schema types along the path."""
    struct: object = schema.KINDS.get(str(data.get("kind")))
    for part in path:
        if struct is None:
            return []
        if isinstance(part, int):
            continue
        hints = msgspec.structs.fields(struct)  # type: ignore[arg-type]
        hint = next((f.type for f in hints if f.name == part), None)
        struct = _struct_in(hint)
    if struct is None:
        return []
    names = [f.name for f in msgspec.structs.fields(struct)]  # type: ignore[arg-type]
    return names + (["kind"] if path == () else [])


def _struct_in(hint: object) -> object | None:
    """The msgspec Struct inside ``X | None`` or ``list[X]``."""
    if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
        return hint
    for arg in getattr(hint, "__args__", ()):
        found = _struct_in(arg)
        if found is not None:
            return found
    return None


def load_file(path: Path, display: str, folder: Path | None = None) -> tuple[Entity, SourceFile]:
    """Read, check and convert one file; raises :class:`DataError`."""
    source = read_yaml(path, display)
    source.folder = str((folder or path.parent).resolve())
    document = parse_document(source)
    entity = to_entity(document, source)
    expected = path.stem
    if entity.id != expected:
        raise DataError(source.problem(("id",), f"id '{entity.id}' does not match the file name '{path.name}' "
                                                f"(name the file {entity.id}.yaml)", skipped=True))
    return entity, source


def load_folders(folders: Sequence[Path] | Iterable[Path], check: bool = True) -> LoadResult:
    """Load every data file of the folders (or single files) in order.

    An entity in a later folder replaces the one with the same id from an earlier folder, so a ``--data`` folder
    can correct or extend the bundled set; a repeated id inside one folder is an error.
    """
    problems: list[DataProblem] = []
    entities: dict[str, Entity] = {}
    sources: dict[str, SourceFile] = {}
    files = 0
    for folder in folders:
        folder = Path(folder)
        if folder.is_file():  # a single file checked on top of the folders before it
            targets, base = [folder], folder.parent
        elif folder.is_dir():
            targets, base = discover(folder), folder
        else:
            problems.append(DataProblem(str(folder), 1, 1, "", "no such data folder or file", skipped=True))
            continue
        seen_here: dict[str, str] = {}
        for path in targets:
            files += 1
            display = display_path(path, base)
            try:
                entity, source = load_file(path, display, base)
            except DataError as exc:
                problems.append(exc.problem)
                continue
            if entity.id in seen_here:
                problems.append(source.problem(("id",), f"duplicate id '{entity.id}' (already in "
                                               f"{seen_here[entity.id]})", skipped=True))
                continue
            seen_here[entity.id] = display
            entities[entity.id] = entity
            sources[entity.id] = source
    catalog = Catalog(entities.values())
    if check:
        problems.extend(check_catalog(catalog, sources))
    return LoadResult(catalog, problems, files, sources)
