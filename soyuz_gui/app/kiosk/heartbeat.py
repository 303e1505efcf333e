"""A heartbeat for the operator's monitoring: a small JSON status file the kiosk rewrites while it is healthy.

``$XDG_STATE_HOME/soyuz-gui/kiosk-status.json`` (normally ``~/.local/state/soyuz-gui/kiosk-status.json``), written
every ``heartbeat_seconds`` from the kiosk's own timer, so the file only stays fresh while the event loop runs: a
hung or dead kiosk leaves ``last_healthy`` behind. Monitoring checks its age (for example "older than three
intervals: alarm") and the counts. The file is replaced atomically (write a temporary file, then rename), so a
reader never sees half of it. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from soyuz_gui.app.kiosk.logs import state_dir
from soyuz_gui.atomic_write import write_atomically

STATUS_FILE_NAME = "kiosk-status.json"
FORMAT_VERSION = 1


def status_path(directory: Path | None = None) -> Path:
    return (directory if directory is not None else state_dir()) / STATUS_FILE_NAME


def rss_bytes() -> int | None:
    """Resident memory of this process (Linux ``/proc``; elsewhere the peak from ``resource``), or None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if os.uname().sysname == "Darwin" else peak * 1024)


def data_version(folders: Iterable[Path]) -> str:
    """A short digest of the data files' names and contents: it changes exactly when the data changes."""
    digest = hashlib.blake2b(digest_size=8)
    for folder in folders:
        root = Path(folder)
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.suffix not in (".yaml", ".yml") or not path.is_file():
                continue
            try:
                digest.update(str(path.relative_to(root) if root.is_dir() else path.name).encode(
                    "utf-8", "surrogateescape"))
                digest.update(b"\0")
                digest.update(path.read_bytes())
                digest.update(b"\0")
            except OSError:
                continue
    return digest.hexdigest()


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Heartbeat:
    """Writes the status file; ``beat()`` is cheap enough to call from the kiosk's timer (it rate-limits)."""

    interval: float = 30.0
    path: Path = field(default_factory=status_path)
    app_version: str = ""
    data_version: str = ""
    entities: int = 0
    missions: int = 0
    data_problems: int = 0
    config_problems: int = 0
    started: float = field(default_factory=time.time)
    wall: Any = time.time  # injectable for tests
    _next_due: float = 0.0
    _failed: bool = False
    last_error: str | None = None

    def status(self, state: Mapping[str, Any] | None = None) -> dict[str, Any]:
        now = self.wall()
        memory = rss_bytes()
        problems = self.data_problems + self.config_problems
        body: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "status": "ok",  # the event loop is running; "stopped" after a clean stop (see stopped())
            "last_healthy": _iso(now),
            "last_healthy_unix": round(now, 3),
            "interval_seconds": self.interval,
            "started": _iso(self.started),
            "uptime_seconds": round(now - self.started),
            "pid": os.getpid(),
            "app_version": self.app_version,
            "data_version": self.data_version,
            "data_entities": self.entities,
            "data_missions": self.missions,
            "problems": problems,
            "data_problems": self.data_problems,
            "config_problems": self.config_problems,
            "memory_rss_bytes": memory,
            "memory_rss_mb": round(memory / 1_048_576, 1) if memory is not None else None,
        }
        if state:
            body.update(state)
        return body

    def beat(self, state: Mapping[str, Any] | None = None, force: bool = False) -> bool:
        """Write the file if the interval has passed (or ``force``); True when written. Never raises."""
        now = self.wall()
        if not force and now < self._next_due:
            return False
        self._next_due = now + self.interval
        try:
            self.write(self.status(state))
        except OSError as exc:
            self.last_error = f"{self.path}: {exc.strerror or exc}"
            return False
        self.last_error = None
        return True

    def write(self, body: Mapping[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
        write_atomically(self.path, text, mode=0o644)  # monitoring may run as another user

    def stopped(self, reason: str) -> None:
        """Record a clean stop, so monitoring can tell "stopped by the operator" from "hung"."""
        with contextlib.suppress(OSError):
            self.write(self.status({"status": "stopped", "stopped_because": reason}))
