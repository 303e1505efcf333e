"""Problems found in data files, each pointing at a file, line, column and field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Line breaks and other control characters (from a file name or a quoted value) would split the one-line format.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class Severity(StrEnum):
    ERROR = "error"      # the file (or the fact) was not loaded, or a reference dangles
    WARNING = "warning"  # loaded, but something disagrees (e.g. a stated figure and the computed one)


@dataclass(frozen=True, slots=True)
class DataProblem:
    file: str
    line: int
    column: int
    field: str
    message: str
    severity: Severity = Severity.ERROR
    skipped: bool = False  # True when the whole file was left out because of it

    def __str__(self) -> str:
        field = self.field or "(file)"
        prefix = "" if self.severity == Severity.ERROR else "warning: "
        return one_line(f"{self.file}:{self.line}:{self.column}: {field}: {prefix}{self.message}")


class DataError(Exception):
    """Raised for a problem that stops a file from loading; ``problems`` holds it and any others found with it
    (a file that breaks the schema in four places reports all four at once)."""

    def __init__(self, problem: DataProblem, more: tuple[DataProblem, ...] = ()) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.problems: tuple[DataProblem, ...] = (problem, *more)


def format_path(path: tuple[str | int, ...]) -> str:
    """``("crew", 2, "person")`` -> ``crew[2].person``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def one_line(text: str) -> str:
    """Text with control characters escaped (``\\n``, ``\\x00``), so one problem is always one line."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def quote(value: object, limit: int = 60) -> str:
    """A value shown inside a message: shortened, so a 100,000-character key cannot flood the output.

    The mark is ASCII ``...`` so the message still prints on a terminal that cannot show more than ASCII."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


INTERNAL_ERROR = "internal error"


def internal_error(doing: str, exc: Exception) -> str:
    """The message for a bug caught by a safety net: it names the exception, and tests and the fuzzer look for it."""
    return f"{INTERNAL_ERROR} while {doing} ({type(exc).__name__}: {quote(exc, 120)}); please report it"
