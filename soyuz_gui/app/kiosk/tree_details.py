"""The tree's Details column in the kiosk: a launch date and what went wrong, cut only between whole words.

A mission's details read "11 Oct 2018 · Launch failure". Where the column is too narrow for all of it, Qt's
elision left "11 Oct 2018 · …", a dangling mark that tells a visitor nothing. Here the date always stays, the
outcome labels follow as far as whole ones fit, and none is cut in the middle; the row's warning icon and its tool
tip (a tap shows it) still say what happened. The model's text is untouched, so screen readers get all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

SEPARATOR = " · "  # between the date and the outcomes (models/mission_tree.py)
OUTCOMES = ", "  # between outcome labels
MORE = " …"  # some whole labels did not fit


def whole_words_details(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as far as whole parts of it fit in ``width`` pixels: the date, then whole outcome labels."""
    if metrics.horizontalAdvance(text) <= width or SEPARATOR not in text:
        return text
    date, rest = text.split(SEPARATOR, 1)
    labels = rest.split(OUTCOMES)
    for count in range(len(labels) - 1, 0, -1):
        shown = date + SEPARATOR + OUTCOMES.join(labels[:count]) + MORE
        if metrics.horizontalAdvance(shown) <= width:
            return shown
    return date


class DetailsDelegate(QStyledItemDelegate):
    """Draws the Details column with :func:`whole_words_details`."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        margin = self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        width = option.rect.width() - 2 * margin
        if width > 0:  # 0 when Qt asks for the size hint: the whole text then
            option.text = whole_words_details(option.text, option.fontMetrics, width)
