"""YAML data files -> domain entities: safe parsing, schema checks, cross-reference checks. No Qt."""

from soyuz_gui.loading.loader import LoadResult, load_file, load_folders
from soyuz_gui.loading.problems import DataError, DataProblem, Severity

__all__ = ["DataError", "DataProblem", "LoadResult", "Severity", "load_file", "load_folders"]
