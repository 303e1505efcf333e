"""Custom item-data roles, declared once for every model, delegate and pane."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    ENTITY_ID = Qt.ItemDataRole.UserRole + 1   # id of the entity a row stands for (str or None)
    KIND = Qt.ItemDataRole.UserRole + 2        # NodeKind value (str)
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3  # extra words the filter matches (ids, native names, ...)
    SORT_KEY = Qt.ItemDataRole.UserRole + 4    # value to sort by (launch time as a timestamp, name, ...)
    PATH_SEARCH_TEXTS = Qt.ItemDataRole.UserRole + 5  # SEARCH_TEXT of the row and of each ancestor (list of str)
