"""A start-up cache of the loaded catalog.

Parsing a few hundred YAML files costs far more than the rest of start-up, and the files rarely change between
runs. After a full load the entities and problems are written to one msgpack file in the user's cache folder,
keyed by a fingerprint of every data file (path, size, modification time) and of the loading code itself. The next
start decodes that file instead of parsing YAML; any change to a data file, or a cache that does not decode
cleanly into the typed structures, falls back to a normal load.

Decoding is typed (msgspec into the domain dataclasses), so a tampered cache file can at worst be rejected; it
can never construct arbitrary objects.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import msgspec

from soyuz_gui import __version__
from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import (
    Agency,
    Entity,
    Expedition,
    Mission,
    Person,
    Programme,
    Reference,
    Site,
    Station,
)
from soyuz_gui.loading.problems import DataProblem
from soyuz_gui.loading.result import LoadResult

MAX_CACHE_BYTES = 64 * 1024 * 1024
_CODE_DIRS = (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "domain")


class _Snapshot(msgspec.Struct):
    fingerprint: str
    files_read: int
    references: list[Reference]
    agencies: list[Agency]
    programmes: list[Programme]
    sites: list[Site]
    stations: list[Station]
    expeditions: list[Expedition]
    people: list[Person]
    missions: list[Mission]
    problems: list[DataProblem]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "soyuz-gui"


def fingerprint(folders: Sequence[Path]) -> str:
    """Changes whenever a data file is added, removed or modified, or the loading code changes."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(__version__.encode())
    # In a checkout the loading code can change under the cache; a frozen bundle or a wheel may ship no .py
    # files at all, and there the version above already names the code.
    for code_dir in _CODE_DIRS:
        try:
            entries = sorted(os.scandir(code_dir), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".py"):
                stat = entry.stat()
                digest.update(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for folder in folders:
        digest.update(f"folder\0{_absolute(folder)}\n".encode("utf-8", "surrogateescape"))
        if Path(folder).is_file():
            stat = Path(folder).stat()
            digest.update(f"{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
            continue
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".yaml", ".yml")):
                    path = os.path.join(root, name)
                    try:
                        stat = os.stat(path)  # through a link: a changed target is a changed file
                    except OSError:
                        try:
                            stat = os.lstat(path)  # a broken or looping link still counts as a file
                        except OSError:
                            continue
                    text = f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
                    digest.update(text.encode("utf-8", "surrogateescape"))  # names need not be valid UTF-8
    return digest.hexdigest()


def _absolute(folder: Path) -> str:
    """The folder's real path, or its absolute path when it cannot be resolved (a loop of links)."""
    try:
        return str(Path(folder).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(folder)


def _cache_file(folders: Sequence[Path]) -> Path:
    joined = "\0".join(_absolute(f) for f in folders).encode("utf-8", "surrogateescape")
    key = hashlib.blake2b(joined, digest_size=8).hexdigest()
    return cache_dir() / f"catalog-{key}.msgpack"


def _read(path: Path, expected: str) -> _Snapshot | None:
    try:
        if path.stat().st_size > MAX_CACHE_BYTES:
            return None
        snapshot = msgspec.msgpack.decode(path.read_bytes(), type=_Snapshot)
    except (OSError, msgspec.DecodeError, ValueError, TypeError):
        return None
    return snapshot if snapshot.fingerprint == expected else None


def _write(path: Path, snapshot: _Snapshot) -> None:
    """Atomic: a crash or a full disk leaves the old cache (or none), never half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".catalog-", delete=False) as handle:
            handle.write(msgspec.msgpack.encode(snapshot))
            temporary = handle.name
        os.replace(temporary, path)
    except OSError:
        pass  # a cache that cannot be written only costs the next start-up some time


def load_folders_cached(folders: Sequence[Path]) -> LoadResult:
    """Like :func:`soyuz_gui.loading.load_folders`, served from the cache when nothing changed."""
    folders = [Path(f) for f in folders]
    if os.environ.get("SOYUZ_GUI_NO_CACHE"):
        from soyuz_gui.loading.loader import load_folders

        return load_folders(folders)
    key = fingerprint(folders)
    path = _cache_file(folders)
    snapshot = _read(path, key)
    if snapshot is not None:
        entities: list[Entity] = [
            *snapshot.references, *snapshot.agencies, *snapshot.programmes, *snapshot.sites, *snapshot.stations,
            *snapshot.expeditions, *snapshot.people, *snapshot.missions,
        ]
        return LoadResult(Catalog(entities), list(snapshot.problems), snapshot.files_read)
    from soyuz_gui.loading.loader import load_folders

    result = load_folders(folders)
    by_type: dict[type, list[Entity]] = {}
    for entity in result.catalog:
        by_type.setdefault(type(entity), []).append(entity)
    _write(path, _Snapshot(
        fingerprint=key, files_read=result.files_read,
        references=by_type.get(Reference, []), agencies=by_type.get(Agency, []),  # type: ignore[arg-type]
        programmes=by_type.get(Programme, []), sites=by_type.get(Site, []),  # type: ignore[arg-type]
        stations=by_type.get(Station, []), expeditions=by_type.get(Expedition, []),  # type: ignore[arg-type]
        people=by_type.get(Person, []), missions=by_type.get(Mission, []),  # type: ignore[arg-type]
        problems=list(result.problems),
    ))
    return result
