"""Filter for the mission tree.

Every typed word must match the row itself or one of its ancestors, so "ms-07 kanai" finds Kanai under Soyuz
MS-07 and "ms-07" alone keeps the whole mission. Rows above a match stay visible (recursive filtering).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from soyuz_gui.models.roles import Role


class TreeFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        texts = []
        while index.isValid():
            texts.append(str(model.data(index, Role.SEARCH_TEXT) or ""))
            index = index.parent()
        haystack = " ".join(texts).casefold()
        return all(word in haystack for word in self._words)
