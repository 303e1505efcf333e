"""The timeline's items for assistive technology: the view is a list, each painted item a list item.

Items are painted, not widgets, so Qt cannot see them; these interfaces answer for them (name, place, state), and
the view moves the accessibility focus to its current item so a screen reader speaks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QPoint, QPointF, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from soyuz_gui.domain.timeline import TimelineItem
from soyuz_gui.widgets.painted_accessible import PaintedPartAccessible

if TYPE_CHECKING:
    from soyuz_gui.widgets.timeline.view import TimelineView


class ItemAccessible(PaintedPartAccessible):
    """One timeline item as assistive technology sees it: a list item with a name, a place and a state."""

    def __init__(self, view: TimelineView, key: str) -> None:
        super().__init__(view, view)
        self._view = view
        self._key = key

    @property
    def key(self) -> str:
        return self._key

    def _item(self) -> TimelineItem | None:
        timeline = self._view.timeline
        return timeline.item(self._key) if timeline is not None else None

    def isValid(self) -> bool:
        return self._item() is not None


    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self._view.item_name(item)
        if kind == QAccessible.Text.Description:
            return self._view.item_label(item)
        return ""

    def rect(self) -> QRect:
        local = self._view.item_rect(self._key).toAlignedRect()
        return QRect(self._view.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        item = self._item()
        current = self._view.current_key == self._key
        state.focused = current and self._view.hasFocus()
        state.selected = item is not None and item.entity_id is not None and \
            item.entity_id == self._view.selected_entity
        return state


class ViewAccessible(QAccessibleWidget):
    """The view as a list whose children are the timeline's items, in time order (the order ←/→ walk)."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view, QAccessible.Role.List, "")
        self._view = view

    def childCount(self) -> int:
        timeline = self._view.timeline
        return len(timeline.items()) if timeline is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        timeline = self._view.timeline
        if timeline is None:
            return None
        items = timeline.items()
        return self._view.accessible_item(items[index].key) if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        timeline = self._view.timeline
        if timeline is None or not isinstance(child, ItemAccessible):
            return -1
        return timeline.index_of(child.key)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        key = self._view.current_key
        return self._view.accessible_item(key) if key and self._view.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        hit = self._view.hit_test(QPointF(self._view.mapFromGlobal(QPoint(x, y))))
        if hit is None:
            return None
        item = hit.item or (hit.members[0] if hit.members else None)  # a cluster answers with its first member
        return self._view.accessible_item(item.key) if item is not None else None


_VIEW_CLASSES: list[type[QObject]] = []  # the view class, registered by the view itself (no import cycle)


def _accessible_for(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if _VIEW_CLASSES and isinstance(obj, _VIEW_CLASSES[0]):
        return ViewAccessible(cast("TimelineView", obj))
    return None


def install_accessibility(view_class: type[QObject]) -> None:
    """Let screen readers reach the painted items: Qt asks this factory for the view's interface."""
    if not _VIEW_CLASSES:
        _VIEW_CLASSES.append(view_class)
        QAccessible.installFactory(_accessible_for)
