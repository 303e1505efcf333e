"""YAML data files -> domain entities: safe parsing, schema checks, cross-reference checks. No Qt.

Names are imported lazily so that a start-up served from the cache (``snapshot``) never imports YAML or the schema.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from soyuz_gui.loading.problems import DataError, DataProblem, Severity
from soyuz_gui.loading.result import LoadResult

if TYPE_CHECKING:
    from soyuz_gui.loading.loader import load_file, load_folders

__all__ = ["DataError", "DataProblem", "LoadResult", "Severity", "load_file", "load_folders"]


def __getattr__(name: str) -> Any:
    if name in ("load_file", "load_folders"):
        from soyuz_gui.loading import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
