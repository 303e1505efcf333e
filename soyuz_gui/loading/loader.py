"""Load data folders into a :class:`~soyuz_gui.domain.Catalog`, collecting every problem instead of stopping.

One bad file never hides the good ones: a file that cannot be read or does not fit the schema is skipped and
reported; cross-reference problems are reported and the entity is kept (the app shows a dangling id as unknown).
"""

from __future__ import annotations

import errno
import functools
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Entity
from soyuz_gui.loading import schema
from soyuz_gui.loading.checks import check_catalog
from soyuz_gui.loading.convert import to_entity
from soyuz_gui.loading.messages import explain, schema_errors
from soyuz_gui.loading.problems import DataError, DataProblem, Severity, internal_error, quote
from soyuz_gui.loading.result import LoadResult
from soyuz_gui.loading.timeline import timeline_problem
from soyuz_gui.loading.yamlsource import SourceFile, read_yaml

# A folder with more data files than this is most likely the wrong folder (a home or a whole disk); reading it
# would take minutes. 20x the bundled data is some 83,000 files.
MAX_FILES = 200_000
log = logging.getLogger(__name__)


def discover(folder: Path, problems: list[DataProblem] | None = None) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` below a folder that really lies inside it (at most one over :data:`MAX_FILES`).

    Walks with ``os.scandir`` because its entries already know their type: only symbolic links need resolving,
    which was most of the cost of listing ~500 files at start-up. Links to folders are not followed (so a loop
    cannot trap the walk); a link that loops, leads out of the folder or is broken, a sub-folder that cannot be
    listed, a folder named like a data file and a name that is not valid UTF-8 are reported in ``problems`` and
    the rest is still read.
    """
    notes: list[DataProblem] = problems if problems is not None else []
    try:
        root = folder.resolve()
    except (OSError, RuntimeError) as exc:
        notes.append(DataProblem(str(folder), 1, 1, "", f"cannot open the data folder: {_why(exc)}", skipped=True))
        return []
    found: list[Path] = []
    pending = [str(folder)]
    while pending and len(found) <= MAX_FILES:  # one over the limit tells "too many" from "exactly the limit"
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    _visit(entry, root, found, pending, notes)
        except OSError as exc:
            notes.append(DataProblem(_printable(current), 1, 1, "", f"cannot list folder: {_why(exc)}",
                                     skipped=True))
    return sorted(found)[:MAX_FILES + 1]


def _visit(entry: os.DirEntry[str], root: Path, found: list[Path], pending: list[str],
           notes: list[DataProblem]) -> None:
    is_data_name = entry.name.endswith((".yaml", ".yml"))
    try:
        if entry.is_dir(follow_symlinks=False):
            if is_data_name:
                notes.append(DataProblem(_printable(entry.path), 1, 1, "", "a folder named like a data file; "
                                         "its contents are read as a folder", severity=Severity.WARNING))
            pending.append(entry.path)
            return
        if not is_data_name:
            return
        if not _valid_name(entry.name):
            notes.append(DataProblem(_printable(entry.path), 1, 1, "", "the file name is not valid UTF-8; "
                                     "rename the file (its id must match its name)", skipped=True))
            return
        if not entry.is_symlink():
            if entry.is_file():
                found.append(Path(entry.path))
            return
        target = Path(entry.path).resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: Python 3.11 reports a link loop this way
        notes.append(DataProblem(_printable(entry.path), 1, 1, "", f"cannot follow this link: {_why(exc)}",
                                 skipped=True))
        return
    if not target.is_relative_to(root):
        notes.append(DataProblem(_printable(entry.path), 1, 1, "", "a link that leads out of the data folder; "
                                 "not read", skipped=True))
    elif target.is_file():
        found.append(Path(entry.path))


def _valid_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.scandir hands undecodable bytes over as lone surrogates
        return False
    return True


def _printable(path: str) -> str:
    """A path that can always be printed: undecodable bytes shown as \\xNN escapes."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _why(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
        return "it is a loop of links"
    if isinstance(exc, FileNotFoundError):
        return "it points to nothing (a broken link)"
    return str(getattr(exc, "strerror", None) or exc)


@functools.lru_cache(maxsize=64)
def _resolved(folder: Path) -> str:
    """A data folder's absolute path, worked out once per folder rather than once per file."""
    try:
        return str(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links: discover() reports it; keep a usable name
        return str(folder.absolute())


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
    # ``type() is int``: true == 1 and 1.0 == 1 in Python, but neither is a schema version.
    if type(version) is not int or version != schema.SCHEMA_VERSION:
        shown = f"'{quote(version)}'" if isinstance(version, str) else quote(repr(version))
        raise DataError(source.problem(
            ("schema_version",),
            f"unsupported schema_version {shown} (this version of the app reads {schema.SCHEMA_VERSION})",
            skipped=True))
    try:
        document: schema.Document = msgspec.convert(data, schema.Document, str_keys=True)
        return document
    except msgspec.ValidationError as exc:
        found = [explain(text, data) for text in schema_errors(data)] or [explain(str(exc), data)]
        problems = sorted({source.problem(path, message, skipped=True) for path, message in found},
                          key=lambda p: (p.line, p.column, p.field, p.message))
        raise DataError(problems[0], tuple(problems[1:])) from None


def load_file(path: Path, display: str, folder: Path | None = None) -> tuple[Entity, SourceFile]:
    """Read, check and convert one file; raises :class:`DataError`."""
    source = read_yaml(path, display)
    source.folder = _resolved(folder or path.parent)
    document = parse_document(source)
    entity = to_entity(document, source)
    out_of_order = timeline_problem(entity)
    if out_of_order is not None:
        raise DataError(source.problem(*out_of_order, skipped=True))
    expected = path.stem
    if entity.id != expected:
        raise DataError(source.problem(("id",), f"id '{entity.id}' does not match the file name '{path.name}' "
                                                f"(name the file {entity.id}.yaml)", skipped=True))
    return entity, source


def shell_path(path: Path, _folder: Path | None = None) -> str:
    """A file's name as a shell in the current directory can open it: relative to the current directory when the
    file lies below it, else absolute (so ``file:line:column`` in ``data validate`` output is clickable)."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(absolute)


def load_folders(folders: Sequence[Path] | Iterable[Path], check: bool = True,
                 display: Callable[[Path, Path], str] = display_path) -> LoadResult:
    """Load every data file of the folders (or single files) in order.

    An entity in a later folder replaces the one with the same id from an earlier folder, so a ``--data`` folder
    can correct or extend the bundled set; a repeated id inside one folder is an error. ``display`` names a file
    in problems: by default relative to its data folder's parent; :func:`shell_path` for command-line output.
    """
    collector = _Collector(display)
    for folder in folders:
        collector.add(Path(folder))
    catalog = Catalog(collector.entities.values())
    problems = collector.problems
    if check:
        problems.extend(check_catalog(catalog, collector.sources))
    return LoadResult(catalog, problems, collector.files, collector.sources)


class _Collector:
    """Entities, their sources and the problems met so far, folder after folder."""

    def __init__(self, display: Callable[[Path, Path], str] = display_path) -> None:
        self.display = display
        self.problems: list[DataProblem] = []
        self.entities: dict[str, Entity] = {}
        self.sources: dict[str, SourceFile] = {}
        self.files = 0

    def add(self, folder: Path) -> None:
        found = self._targets(folder)
        if found is None:
            return
        targets, base = found
        seen_here: dict[str, str] = {}  # id -> file, to catch one id used twice inside this folder
        for path in targets:
            self._add_file(path, base, seen_here)

    def _targets(self, folder: Path) -> tuple[list[Path], Path] | None:
        """The files to read and the folder their names are shown relative to; None when there is nothing."""
        if folder.is_file():  # a single file checked on top of the folders before it
            return [folder], folder.parent
        if not folder.is_dir():
            self.problems.append(DataProblem(str(folder), 1, 1, "", "no such data folder or file", skipped=True))
            return None
        targets = discover(folder, self.problems)
        if len(targets) > MAX_FILES:
            targets = targets[:MAX_FILES]
            self.problems.append(DataProblem(
                str(folder), 1, 1, "", f"more than {MAX_FILES:,} data files: only the first {MAX_FILES:,} (by name) "
                f"were read, the rest skipped; is this the right data folder?", skipped=True))
        return targets, folder

    def _add_file(self, path: Path, base: Path, seen_here: dict[str, str]) -> None:
        self.files += 1
        display = self.display(path, base)
        try:
            entity, source = _load_guarded(path, display, base)
        except DataError as exc:
            self.problems.extend(exc.problems)
            return
        if entity.id in seen_here:
            self.problems.append(source.problem(("id",), f"duplicate id '{entity.id}' (already in "
                                                f"{seen_here[entity.id]})", skipped=True))
            return
        seen_here[entity.id] = display
        self.entities[entity.id] = entity
        self.sources[entity.id] = source


def _load_guarded(path: Path, display: str, base: Path) -> tuple[Entity, SourceFile]:
    """:func:`load_file`, with any unexpected exception turned into a problem for that one file.

    A bug in the loader must not hide every other file (or stop the app from starting). The fuzzer and the tests
    count such a problem as a crash, so it is a safety net, not a way to hide bugs.
    """
    try:
        return load_file(path, display, base)
    except DataError:
        raise
    except Exception as exc:
        log.debug("internal error while loading %s", display, exc_info=True)
        message = internal_error("reading this file", exc)
        raise DataError(DataProblem(display, 1, 1, "", message, skipped=True)) from None
