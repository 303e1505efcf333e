"""Filter for the mission tree.

Every typed word must match the row itself or one of its ancestors, so "ms-07 kanai" finds Kanai under Soyuz
MS-07 and "ms-07" alone keeps the whole mission. Rows above a match stay visible (recursive filtering). Words are
matched as the global search matches them (``domain.search``): case, accents, hyphens, leading zeros and a typo do
not matter ("shkaplerv", "kanay", "ms07", "ms-7"). The search module is imported when something is typed, not at
start-up.
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
        self._text = ""
        self._groups: list[tuple[str, ...]] = []
        self._words: dict[str, list[str]] = {}  # a row's text → its normalised words (texts repeat a lot)

    def set_query(self, text: str) -> None:
        from soyuz_gui.domain.search import word_groups

        self.beginFilterChange()
        self._text = text.strip()
        self._groups = word_groups(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query_text(self) -> str:
        return self._text

    def matches(self, text: str) -> bool:
        """Whether a text matches every typed word."""
        from soyuz_gui.domain.search import matches_words, words

        found = self._words.get(text)
        if found is None:
            found = self._words[text] = words(text)
        return matches_words(self._groups, found)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._groups:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        texts = []
        while index.isValid():
            texts.append(str(model.data(index, Role.SEARCH_TEXT) or ""))
            index = index.parent()
        return self.matches(" ".join(texts))
