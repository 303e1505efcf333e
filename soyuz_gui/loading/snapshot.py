"""A start-up cache of the loaded catalog.

Parsing a few hundred YAML files costs far more than the rest of start-up, and the files rarely change between
runs. After a full load the entities and problems are written to one msgpack file in the user's cache folder,
keyed by a fingerprint of every data file (path, size, modification time) and of the loading code itself. The next
start decodes that file instead of parsing YAML; any change to a data file, or a cache that does not decode
cleanly into the typed structures, falls back to a normal load.

Decoding is typed (msgspec into the domain dataclasses), so a tampered cache file can at worst be rejected; it
can never construct arbitrary objects.

The snapshot is exactly as trustworthy as the YAML it stands for:

* every data file is identified by path, size, modification *and* change time (``st_ctime`` moves on any write
  and cannot be set back by ``touch``), inode and device, so a changed, added, removed or replaced file always
  gives another fingerprint;
* a file changed within the last seconds could change again within the file system's timestamp granularity
  without a new time stamp (git's "racy" files): the snapshot keeps a content hash of each such file (taken
  before the load) and checks it on reading; once the files are old enough the snapshot is rewritten without;
* the file opens with ``O_NOFOLLOW`` and must be a regular file owned by the current user, no larger than
  :data:`MAX_CACHE_BYTES`, start with the format's magic and carry a CRC-32 of its payload that matches: a
  truncated, corrupt, foreign-owned or other-format snapshot is ignored (and rewritten), never trusted;
* the fingerprint includes the app version and the loading code, so another version's snapshot never matches.

What the first screen does not need whole — the missions, the references, the translations of the narrative texts,
the people, the expeditions, the stations, the sites and the agencies, nearly all the bytes — sits after the rest in
parts of its own (:mod:`soyuz_gui.loading.lazy_parts`), which :func:`load_quickly` leaves unread: the catalog asks
for a part on first use, and then decodes only the entities it looks up; the main section carries the programmes and
the mission index (:mod:`soyuz_gui.domain.mission_index`), which answers the questions about many missions that the
first screen asks. The main section records each part's length and the CRC-32 of its head, which holds every entry's
own CRC-32 and that of all entries: the first use of a part checks its head and length, every look-up its one entry,
read anew (only the head stays in memory), and the check run after the first paint every byte of every part. A part
or entry that is missing, cut short or does not match is never decoded, and the catalog then takes those entities
from the YAML (and the snapshot is rewritten) instead. :func:`load_folders_cached` checks every part at once.

Start-up need not stat every data file before the window paints (that grows with the data): :func:`load_quickly`
checks only the stamps of the data *folders* (a file added, removed or renamed — as editors save — changes its
folder's stamp) and hands back a check of every file for the caller to run right after the first paint; when a
file was changed in place, that check fails and the caller reloads (:func:`load_folders_cached` then rebuilds).
"""

from __future__ import annotations

import gc
import os
import stat as stat_module
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import msgspec

from soyuz_gui import __version__
from soyuz_gui.atomic_write import write_atomically

try:  # what hashlib.blake2b is, without loading OpenSSL's _hashlib at start-up (a few ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python implementation
    from hashlib import blake2b
from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import (
    Entity,
    Kind,
    Programme,
)
from soyuz_gui.domain.mission_index import MissionIndex
from soyuz_gui.loading.lazy_parts import (
    LAZY_KINDS,
    LAZY_TYPES,
    LOOKUP_ORDER,
    LazyPart,
    encode_part,
    head_crc,
    intact,
    memory_reader,
)
from soyuz_gui.loading.problems import DataProblem
from soyuz_gui.loading.result import LoadResult

MAX_CACHE_BYTES = 256 * 1024 * 1024
MAGIC = b"SOYUZSNAP\x09"  # the format; a snapshot of another format is ignored
RACY_SECONDS = 3.0  # no snapshot while a data file changed this recently (timestamps are coarser than writes)
_CODE_DIRS = (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "domain")


class _Snapshot(msgspec.Struct):
    fingerprint: str
    quick: str  # the fingerprint of the folders' own stamps (see load_quickly)
    folders: list[str]  # every folder the quick fingerprint covers
    written_ns: int
    racy: dict[str, str]  # path -> content hash of files changed too recently for their time stamps to tell
    files_read: int
    lazy_lengths: list[int]  # the bytes of each lazy part after this section, in LAZY_KINDS order
    lazy_crcs: list[int]  # and the CRC-32s of their heads (lazy_parts): a part that does not match is never decoded
    programmes: list[Programme]
    mission_index: MissionIndex
    problems: list[DataProblem]




def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "soyuz-gui"


def fingerprint(folders: Sequence[Path]) -> str:
    """Changes whenever a data file is added, removed or modified, or the loading code changes."""
    return _fingerprint(folders)[0]


def _content_hash(path: str) -> str:
    with open(path, "rb") as handle:
        return blake2b(handle.read(), digest_size=20).hexdigest()


def _stamp(st: os.stat_result) -> str:
    return f"{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0{st.st_dev}"


def _code_digest(folders: Sequence[Path]) -> blake2b:
    """A digest started with the app version, the loading code and the folders asked for."""
    digest = blake2b(digest_size=20)
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
    return digest


def _quick_fingerprint(folders: Sequence[Path], listed: Sequence[str]) -> str:
    """The code, the folders asked for and the stamps of the ``listed`` folders (or single files), not of the
    files inside them. Any listed path that is gone gives another fingerprint."""
    digest = _code_digest(folders)
    for path in listed:
        try:
            stamp = _stamp(os.stat(path))
        except OSError:
            stamp = "gone"
        digest.update(f"{path}\0{stamp}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _fingerprint(folders: Sequence[Path]) -> tuple[str, list[str], list[str]]:
    """The fingerprint, the data files changed too recently for their time stamps to be trusted, and every folder
    (or single file) walked, for :func:`_quick_fingerprint`."""
    racy_after = time.time_ns() - int(RACY_SECONDS * 1e9)
    racy: list[str] = []
    walked: list[str] = []
    digest = _code_digest(folders)
    for folder in folders:
        if Path(folder).is_file():
            stat = Path(folder).stat()
            if max(stat.st_mtime_ns, stat.st_ctime_ns) > racy_after:
                racy.append(str(folder))
            digest.update(f"{_stamp(stat)}\n".encode())
            walked.append(str(folder))
            continue
        lines: list[str] = []
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            walked.append(root)
            for name in sorted(files):
                if name.endswith((".yaml", ".yml")):
                    path = f"{root}{os.sep}{name}"
                    try:
                        st = os.stat(path)  # through a link: a changed target is a changed file
                    except OSError:
                        try:
                            st = os.lstat(path)  # a broken or looping link still counts as a file
                        except OSError:
                            continue
                    if st.st_mtime_ns > racy_after or st.st_ctime_ns > racy_after:
                        racy.append(path)
                    lines.append(f"{path}\0{_stamp(st)}\n")
        digest.update("".join(lines).encode("utf-8", "surrogateescape"))  # names need not be valid UTF-8
    return digest.hexdigest(), racy, walked


def _absolute(folder: Path) -> str:
    """The folder's real path, or its absolute path when it cannot be resolved (a loop of links)."""
    try:
        return str(Path(folder).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(folder)


def _cache_file(folders: Sequence[Path]) -> Path:
    joined = "\0".join(_absolute(f) for f in folders).encode("utf-8", "surrogateescape")
    key = blake2b(joined, digest_size=8).hexdigest()
    return cache_dir() / f"catalog-{key}.msgpack"


def _open_trusted(path: Path) -> int | None:
    """A descriptor of the snapshot file when it is a regular file of ours, not a link; None for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    owner = getattr(os, "getuid", None)
    if not stat_module.S_ISREG(st.st_mode) or st.st_size > MAX_CACHE_BYTES \
            or (owner is not None and st.st_uid != owner()):
        os.close(fd)
        return None
    return fd


_HEAD = len(MAGIC) + 12


def _read_main(path: Path) -> tuple[memoryview, int] | None:
    """The main section's payload when the file is ours and that section whole and intact, with the file's size;
    None for anything else. The lazy section after it is not read."""
    fd = _open_trusted(path)
    if fd is None:
        return None
    try:
        size = os.fstat(fd).st_size
        with os.fdopen(fd, "rb", closefd=False) as handle:
            head = handle.read(_HEAD)
            if len(head) < _HEAD or not head.startswith(MAGIC):
                return None
            length = int.from_bytes(head[len(MAGIC):len(MAGIC) + 8], "little")
            if length > size - _HEAD:
                return None  # truncated
            data = handle.read(length)
    except OSError:
        return None
    finally:
        os.close(fd)
    crc = int.from_bytes(head[len(MAGIC) + 8:_HEAD], "little")
    if len(data) != length or zlib.crc32(data) != crc:
        return None  # truncated or damaged
    return memoryview(data), size  # a view: decoded without a second copy in memory


def _read_lazy_span(path: Path, snapshot: _Snapshot, part: int, offset: int, length: int) -> bytes | None:
    """``length`` bytes at ``offset`` in one lazy part of the snapshot file, as they are now; None when the file is
    not ours or the span is not inside the part ``snapshot`` recorded. Unchecked: the part checks what it reads."""
    if len(snapshot.lazy_lengths) != len(LAZY_KINDS) or len(snapshot.lazy_crcs) != len(LAZY_KINDS) \
            or offset < 0 or length < 0 or offset + length > snapshot.lazy_lengths[part]:
        return None
    fd = _open_trusted(path)
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb", closefd=False) as handle:
            head = handle.read(_HEAD)  # the file may have been rewritten since: find its own main section's end
            if len(head) < _HEAD or not head.startswith(MAGIC):
                return None
            handle.seek(_HEAD + int.from_bytes(head[len(MAGIC):len(MAGIC) + 8], "little")
                        + sum(snapshot.lazy_lengths[:part]) + offset)
            data = handle.read(length)
    except (OSError, ValueError, OverflowError):
        return None
    finally:
        os.close(fd)
    return data if len(data) == length else None


def _read_lazy_bytes(path: Path, snapshot: _Snapshot, part: int) -> bytes | None:
    """One whole lazy part of the snapshot file when it is exactly the one ``snapshot`` recorded; else None."""
    if len(snapshot.lazy_lengths) != len(LAZY_KINDS) or len(snapshot.lazy_crcs) != len(LAZY_KINDS):
        return None
    data = _read_lazy_span(path, snapshot, part, 0, snapshot.lazy_lengths[part])
    if data is None or not intact(data, snapshot.lazy_crcs[part]):
        return None  # cut short, damaged or another snapshot's
    return data


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Decoding tens of thousands of objects with the cycle collector on costs a pass over all of them every few
    thousand allocations, and re-enabling it costs one more: start-up then grows faster than the data. Nothing
    decoded here can form a cycle, so what exists afterwards is frozen (never scanned again; reference counting
    still frees it) instead."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _read(path: Path, expected: str) -> _Snapshot | None:
    """The snapshot when it is whole, ours and of these very files (by :func:`fingerprint`)."""
    return _read_if(path, lambda snapshot: snapshot.fingerprint == expected)


def _read_if(path: Path, matches: Callable[[_Snapshot], bool]) -> _Snapshot | None:
    """The main section, when ``matches`` it and the file has exactly the length it records."""
    found = _read_main(path)
    if found is None:
        return None
    payload, size = found
    try:
        with _gc_paused():
            snapshot = msgspec.msgpack.decode(payload, type=_Snapshot)
    except (msgspec.DecodeError, ValueError, TypeError, RecursionError):
        return None
    if size != _HEAD + len(payload) + sum(snapshot.lazy_lengths) or not matches(snapshot):
        return None
    try:
        if any(_content_hash(name) != digest for name, digest in snapshot.racy.items()):
            return None
    except OSError:
        return None
    return snapshot


def _write(path: Path, snapshot: _Snapshot, lazy: bytes) -> None:  # lazy: the parts, joined
    """Atomic: a crash or a full disk leaves the old cache (or none), never half a file."""
    payload = msgspec.msgpack.encode(snapshot)
    header = MAGIC + len(payload).to_bytes(8, "little") + zlib.crc32(payload).to_bytes(4, "little")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(path, header + payload + lazy, mode=0o600)  # the user's own cache: private
    except OSError:
        pass  # a cache that cannot be written only costs the next start-up some time


def load_folders_cached(folders: Sequence[Path]) -> LoadResult:
    """Like :func:`soyuz_gui.loading.load_folders`, served from the cache when nothing changed."""
    folders = [Path(f) for f in folders]
    if os.environ.get("SOYUZ_GUI_NO_CACHE"):
        from soyuz_gui.loading.loader import load_folders

        return load_folders(folders)
    key, racy_files, walked = _fingerprint(folders)
    path = _cache_file(folders)
    snapshot = _read(path, key)
    if snapshot is not None:  # every part checked at once, as before the split
        parts = [_read_lazy_bytes(path, snapshot, index) for index in range(len(LAZY_KINDS))]
        if all(part is not None for part in parts):
            _drop_old_hashes(path, snapshot, racy_files)
            rebuild = partial(_rebuild, folders, path)
            return _result(snapshot, {
                kind: LazyPart(kind, memory_reader(part), crc, len(part), rebuild)
                for kind, part, crc in zip(LAZY_KINDS, parts, snapshot.lazy_crcs, strict=True) if part is not None})
    return _load_and_write(folders, path, key, racy_files, walked)


def _rebuild(folders: list[Path], path: Path) -> Catalog:
    """A lazy part that could not be used: the YAML instead, never that part, and the snapshot written anew.
    Should the files have changed meanwhile, the check after the first paint reloads everything anyway."""
    key, racy_files, walked = _fingerprint(folders)
    return _load_and_write(folders, path, key, racy_files, walked).catalog


def load_quickly(folders: Sequence[Path]) -> tuple[LoadResult, Callable[[], bool]]:
    """:func:`load_folders_cached` for start-up: the snapshot is trusted on the stamps of the data folders alone
    (a file added, removed or renamed, or a changed loading code, is noticed at once), and the second value checks
    every data file and every byte of the snapshot's lazy parts: run it right after the first paint, and reload
    when it says False (a file was changed in place since the snapshot was written). Its cost grows with the data;
    the rest does not."""
    folders = [Path(f) for f in folders]
    path = _cache_file(folders)
    snapshot = None if os.environ.get("SOYUZ_GUI_NO_CACHE") else _read_if(
        path, lambda found: found.quick == _quick_fingerprint(folders, found.folders))
    if snapshot is None:
        return load_folders_cached(folders), _fresh
    written = snapshot  # the entities are the catalog's own objects: keeping it costs a few lists

    rebuild = partial(_rebuild, folders, path)
    # A look-up reads the part's head (kept) and the one entry it needs, not the whole part (issue 19: memory).
    deferred = {kind: LazyPart(kind, partial(_read_lazy_span, path, written, index), written.lazy_crcs[index],
                               written.lazy_lengths[index], rebuild)
                for index, kind in enumerate(LAZY_KINDS)}

    def still_fresh() -> bool:
        key, racy_files, _walked = _fingerprint(folders)
        if key != written.fingerprint:
            return False
        # Every entry of the lazy parts, not only those looked up so far: a damaged part is replaced by the YAML's
        # entities (and the snapshot rewritten) now rather than at some later look-up.
        for part in deferred.values():
            part.verify()
        _drop_old_hashes(path, written, racy_files)
        return True

    return _result(snapshot, deferred), still_fresh


def _fresh() -> bool:
    return True


def _result(snapshot: _Snapshot, parts: dict[Kind, LazyPart]) -> LoadResult:
    deferred = {kind: parts[kind] for kind in LOOKUP_ORDER}  # the catalog asks them in this order
    entities: list[Entity] = [
        *snapshot.programmes,
    ]
    with _gc_paused():
        catalog = Catalog(entities, deferred=deferred, mission_index=snapshot.mission_index)
    return LoadResult(catalog, list(snapshot.problems), snapshot.files_read)


def _drop_old_hashes(path: Path, snapshot: _Snapshot, racy_files: list[str]) -> None:
    if snapshot.racy and time.time_ns() - snapshot.written_ns > RACY_SECONDS * 1e9 and not racy_files:
        # Checked against their contents and old enough now: later changes will show in the time stamps.
        parts = [_read_lazy_bytes(path, snapshot, index) for index in range(len(LAZY_KINDS))]
        if all(part is not None for part in parts):
            _write(path, msgspec.structs.replace(snapshot, racy={}, written_ns=time.time_ns()),
                   b"".join(part for part in parts if part is not None))


def _load_and_write(folders: list[Path], path: Path, key: str, racy_files: list[str],
                    walked: list[str]) -> LoadResult:
    from soyuz_gui.loading.loader import load_folders

    written_ns = time.time_ns()
    try:
        racy = {name: _content_hash(name) for name in racy_files}  # before the load: a later change is caught
    except OSError:
        racy = None
    quick = _quick_fingerprint(folders, walked)  # before the load too, for the same reason
    result = load_folders(folders)
    if racy is None:
        return result
    by_type: dict[type, list[Entity]] = {}
    for entity in result.catalog:
        by_type.setdefault(type(entity), []).append(entity)
    parts = [encode_part(by_type.get(LAZY_TYPES[kind], [])) for kind in LAZY_KINDS]
    _write(path, _Snapshot(
        fingerprint=key, quick=quick, folders=walked, written_ns=written_ns, racy=racy,
        files_read=result.files_read, lazy_lengths=[len(p) for p in parts],
        lazy_crcs=[head_crc(p) for p in parts],
        programmes=by_type.get(Programme, []),  # type: ignore[arg-type]
        mission_index=result.catalog.mission_index(),
        problems=list(result.problems),
    ), b"".join(parts))
    return result
