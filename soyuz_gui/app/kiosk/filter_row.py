"""The tree's filter row in the kiosk: the filter box's hint ("Filter missions, people, events…") is a visitor's only
instruction for it, so it is shown whole. Where the box beside the grouping list is too narrow for the hint, the
grouping (its label and list) moves to a row of its own under the box; where there is room again, it moves back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QStyle, QStyleOptionFrame, QWidget
from shiboken6 import Shiboken

LINE_EDIT_MARGIN = 2  # px QLineEdit keeps free on each side of its text, inside the contents rectangle


def hint_width(box: QLineEdit) -> int:
    """Pixels the box needs to show its placeholder whole: the text, the frame and padding, Qt's own margin."""
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    contents = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
    chrome = box.width() - contents.width()
    return box.fontMetrics().horizontalAdvance(box.placeholderText()) + chrome + 2 * LINE_EDIT_MARGIN + 2


def fit_filter_row(window: QWidget) -> FilterRowFitter | None:
    """Keep the filter's hint whole in ``window``'s tree pane (found by the object names the tree gives them)."""
    box = window.findChild(QLineEdit, "treeFilter")
    label = window.findChild(QWidget, "treeGroupingLabel")
    grouping = window.findChild(QWidget, "treeGrouping")
    pane = box.parentWidget() if box is not None else None
    if box is None or label is None or grouping is None or pane is None:
        return None
    return FilterRowFitter(pane, box, [label, grouping])


class FilterRowFitter(QObject):
    """Watches the tree pane's width; ``stacked`` says whether the grouping has a row of its own now."""

    def __init__(self, pane: QWidget, box: QLineEdit, grouping: list[QWidget]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._box = box
        self._grouping = grouping
        outer = pane.layout()
        self._outer = outer if isinstance(outer, QBoxLayout) else None
        self._top = self._layout_holding(box)
        self._row = QHBoxLayout()
        self._row.setSpacing(6)
        self.stacked = False
        pane.installEventFilter(self)
        self.fit()

    def _layout_holding(self, widget: QWidget) -> QBoxLayout | None:
        outer = self._outer
        for index in range(outer.count() if outer is not None else 0):
            item = outer.itemAt(index) if outer is not None else None
            inner = item.layout() if item is not None else None
            if isinstance(inner, QBoxLayout) and inner.indexOf(widget) >= 0:
                return inner
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        if self._outer is None or self._top is None or not Shiboken.isValid(self._box):
            return
        needed = hint_width(self._box)
        beside = sum(w.sizeHint().width() for w in self._grouping) + self._top.spacing() * len(self._grouping)
        margins = self._pane.contentsMargins()
        room = self._pane.width() - margins.left() - margins.right()
        if not self.stacked and needed + beside > room:
            self._move(stack=True)
        elif self.stacked and needed + beside <= room:
            self._move(stack=False)

    def _move(self, stack: bool) -> None:
        assert self._outer is not None and self._top is not None
        source, target = (self._top, self._row) if stack else (self._row, self._top)
        for widget in self._grouping:
            source.removeWidget(widget)
            target.addWidget(widget)
        if stack:
            self._row.addStretch(1)
            self._outer.insertLayout(self._outer.indexOf(self._top) + 1, self._row)
        else:
            while self._row.count():
                self._row.takeAt(0)  # the stretch: the widgets went back above
            self._outer.removeItem(self._row)
            self._row.setParent(None)  # free to be inserted again
        self.stacked = stack
