"""Assistive-technology view of a part a widget paints itself (a page's link, a timeline bar): a leaf with no
QObject of its own, shown in ``host``'s window and reported as a child of ``parent_widget``.

Subclasses say what the part is: ``isValid``, ``text``, ``rect``, ``role`` and ``state``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QWidget


class PaintedPartAccessible(QAccessibleInterface):
    def __init__(self, host: QWidget, parent_widget: QWidget) -> None:
        super().__init__()
        self._host = host
        self._parent_widget = parent_widget

    def object(self) -> None:  # type: ignore[override]  # painted, so no QObject stands behind it
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._host.window().windowHandle()

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> None:  # type: ignore[override]
        return None

    def childAt(self, _x: int, _y: int) -> None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._parent_widget)

    def child(self, _index: int) -> None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: Any) -> int:
        return -1

    def setText(self, _kind: Any, _text: str) -> None:
        return None
