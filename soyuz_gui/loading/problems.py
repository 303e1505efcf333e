"""Problems found in data files, each pointing at a file, line, column and field."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
        return f"{self.file}:{self.line}:{self.column}: {field}: {prefix}{self.message}"


class DataError(Exception):
    """Raised for one problem that stops a file from loading."""

    def __init__(self, problem: DataProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def format_path(path: tuple[str | int, ...]) -> str:
    """``("crew", 2, "person")`` -> ``crew[2].person``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
