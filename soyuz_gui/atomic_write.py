"""Replacing a file atomically: readers, and whatever is left after a crash or a full disk, see either the old
file or the new one, never half of one. The one way the app writes a file (no Qt here: ``loading`` uses it).

The bytes go to a temporary file beside the target (same folder, so the rename cannot cross file systems), are
flushed and fsynced, then renamed over the target; on any failure the temporary is removed and the target is left
as it was. Qt code renders into a ``QBuffer`` first and hands the bytes over.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) \
    | getattr(os, "O_CLOEXEC", 0)
_ATTEMPTS = 16  # temporary names are random: a clash is a left-over of a killed writer, not a race to lose


class AtomicWriteError(OSError):
    """A file that could not be written; the message names it. Still an OSError (errno and strerror kept)."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path

    def __str__(self) -> str:
        return f"Cannot write {self.path}: {self.strerror}"


def write_atomically(path: str | os.PathLike[str], data: bytes | bytearray | memoryview | str,
                     mode: int | None = None) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8); returns the path written.

    The new file gets ``mode`` when given (exactly, whatever the umask); otherwise the permissions of the file it
    replaces, or those a plain ``open()`` would give a new file. Raises :class:`AtomicWriteError`.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    keep = mode if mode is not None else _existing_mode(target)
    temporary: Path | None = None
    try:
        handle, temporary = _create_temporary(target)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if keep is not None:
            os.chmod(temporary, keep)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise AtomicWriteError(target, error) from error
    finally:
        if temporary is not None:  # any failure, an interrupt too: no temporary left behind
            with contextlib.suppress(OSError):
                temporary.unlink()
    _sync_folder(target.parent)
    return target


def set_aside(path: str | os.PathLike[str], suffix: str) -> Path:
    """Rename an unreadable file to ``<name><suffix>`` beside it (kept for a person to look at, never deleted);
    returns the new path. Raises OSError when it cannot be moved."""
    source = Path(path)
    aside = source.with_name(source.name + suffix)
    os.replace(source, aside)
    return aside


def _existing_mode(target: Path) -> int | None:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return None  # a new file: the umask decides, as for any file the user's programs create


def _create_temporary(target: Path) -> tuple[int, Path]:
    for _ in range(_ATTEMPTS):
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(temporary, _FLAGS, 0o666), temporary  # the umask applies, as for open()
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort: the file is already complete either way."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
