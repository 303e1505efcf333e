"""What a load returns. Kept apart from the loader so that a cached start-up never imports YAML or the schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.loading.problems import DataProblem, Severity


@dataclass
class LoadResult:
    catalog: Catalog
    problems: list[DataProblem] = field(default_factory=list)
    files_read: int = 0
    sources: dict[str, Any] = field(default_factory=dict, repr=False)  # id -> SourceFile, for line look-ups

    @property
    def errors(self) -> list[DataProblem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def skipped_files(self) -> list[str]:
        return sorted({p.file for p in self.problems if p.skipped})
