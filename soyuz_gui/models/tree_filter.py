"""Filter for the mission tree.

Every typed word must match the row itself or one of its ancestors, so "ms-07 kanai" finds Kanai under Soyuz
MS-07 and "ms-07" alone keeps the whole mission. Rows above a match stay visible (recursive filtering). Words are
matched as the global search matches them (``domain.search``): case, accents, hyphens, leading zeros and a typo do
not matter ("shkaplerv", "kanay", "ms07", "ms-7"). The search module is imported when something is typed, not at
start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
        self._matcher: Callable[[Sequence[str]], bool] = lambda _words: True

    def set_query(self, text: str) -> None:
        from soyuz_gui.domain.search import word_groups, word_matcher

        self.beginFilterChange()
        self._text = text.strip()
        self._groups = word_groups(text)
        self._matcher = word_matcher(self._groups)  # remembers, for this query, which words match
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query_text(self) -> str:
        return self._text

    def _words_of(self, text: str) -> list[str]:
        found = self._words.get(text)
        if found is None:
            from soyuz_gui.domain.search import words  # (an import statement per row would cost more than the rest)

            found = self._words[text] = words(text)
        return found

    def matches(self, text: str) -> bool:
        """Whether a text matches every typed word."""
        return self._matcher(self._words_of(text))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._groups:
            return True
        model = self.sourceModel()
        texts = model.data(model.index(source_row, 0, source_parent), Role.PATH_SEARCH_TEXTS) or []
        # The row's own words and its ancestors' (each row's text worked out once).
        return self._matcher([word for text in texts for word in self._words_of(str(text))])
