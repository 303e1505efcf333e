"""An opt-in, local count of how the exhibit is used: sessions, missions opened and languages chosen, per day.

Only counts and dates (no times, no input, nothing about a person) in ``kiosk-usage.json`` beside the kiosk log.
The file is replaced atomically (temporary file, fsync, rename), so a crash mid-write leaves the previous counts; a
file that cannot be read is set aside as ``kiosk-usage.json.corrupt`` with a warning and counting starts afresh.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soyuz_gui.app.kiosk.logs import state_dir
from soyuz_gui.atomic_write import set_aside, write_atomically

USAGE_FILE_NAME = "kiosk-usage.json"
FORMAT = 1
KINDS = ("sessions", "missions", "languages")
log = logging.getLogger("soyuz_gui.kiosk")


def usage_path(directory: Path | None = None) -> Path:
    return (directory or state_dir()) / USAGE_FILE_NAME


Days = dict[str, dict[str, Any]]


def _valid(data: object) -> Days:
    """The per-day counts of a parsed file; raises ValueError when it is not one of ours."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("days"), dict):
        raise ValueError("not a kiosk usage file")
    days: Days = {}
    for day, counts in data["days"].items():
        dt.date.fromisoformat(day)
        if not isinstance(counts, dict):
            raise ValueError(f"{day}: not an object")
        sessions = counts.get("sessions", 0)
        if not isinstance(sessions, int) or sessions < 0:
            raise ValueError(f"{day}: bad session count")
        entry: dict[str, Any] = {"sessions": sessions}
        for kind in ("missions", "languages"):
            table = counts.get(kind, {})
            if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, int) and v >= 0
                                                      for k, v in table.items()):
                raise ValueError(f"{day}: bad {kind} counts")
            entry[kind] = dict(table)
        days[day] = entry
    return days


def read_usage(path: Path) -> Days:
    """The counts in ``path`` (empty when there is none); a corrupt file is set aside with a warning."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        log.warning("usage counts: cannot read %s (%s); counting afresh", path, error)
        return {}
    try:
        return _valid(json.loads(text))
    except (ValueError, TypeError) as error:
        try:
            aside = set_aside(path, ".corrupt")
            log.warning("usage counts: %s is not readable (%s); set aside as %s", path, error, aside.name)
        except OSError:
            log.warning("usage counts: %s is not readable (%s) and could not be set aside", path, error)
        return {}


def write_usage(path: Path, days: Days) -> None:
    """Replace ``path`` atomically: a reader or a crash never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"format": FORMAT, "days": days}, ensure_ascii=False, indent=1, sort_keys=True)
    write_atomically(path, text + "\n")


class UsageCounter:
    """Counts for today, written through at each count (a few writes per visitor)."""

    def __init__(self, path: Path, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.path = path
        self._today = today
        self.days = read_usage(path)

    def _day(self) -> dict[str, Any]:
        return self.days.setdefault(self._today().isoformat(), {"sessions": 0, "missions": {}, "languages": {}})

    def _save(self) -> None:
        try:
            write_usage(self.path, self.days)
        except OSError as error:  # counting must never disturb the exhibit
            log.warning("usage counts: cannot write %s (%s)", self.path, error)

    def session(self) -> None:
        self._day()["sessions"] += 1
        self._save()

    def mission(self, mission_id: str) -> None:
        self._count("missions", mission_id)

    def language(self, code: str) -> None:
        self._count("languages", code)

    def _count(self, kind: str, key: str) -> None:
        table = self._day()[kind]
        table[key] = table.get(key, 0) + 1
        self._save()


def report(days: Days, top: int = 10) -> str:
    """Per day and in total; the most opened missions."""
    if not days:
        return "No usage counted yet (usage_counts: true in the kiosk config turns counting on)."
    lines = ["day         sessions  missions opened  languages"]
    totals: dict[str, Counter[str]] = {"missions": Counter(), "languages": Counter()}
    sessions = 0
    for day in sorted(days):
        counts = days[day]
        sessions += counts["sessions"]
        for kind in ("missions", "languages"):
            totals[kind].update(counts[kind])
        languages = ", ".join(f"{code} {n}" for code, n in sorted(counts["languages"].items())) or "-"
        lines.append(f"{day}  {counts['sessions']:8d}  {sum(counts['missions'].values()):15d}  {languages}")
    languages = ", ".join(f"{code} {n}" for code, n in sorted(totals["languages"].items())) or "-"
    lines.append(f"{'total':10s}  {sessions:8d}  {sum(totals['missions'].values()):15d}  {languages}")
    if totals["missions"]:
        lines.append("")
        lines.append("most opened missions:")
        for mission, n in sorted(totals["missions"].items(), key=lambda item: (-item[1], item[0]))[:top]:
            lines.append(f"  {n:6d}  {mission}")
    return "\n".join(lines)
