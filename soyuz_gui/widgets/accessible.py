"""Widgets that a screen reader sees as what they are: links, and lists of items.

Qt gives a flat push button the role "push button" and a plain container no role of its own, so a list of people
with links to them would be read as buttons in panels. One accessibility factory, installed once, gives these
widget classes the roles Link, List and ListItem (over AT-SPI on Linux, UIA and NSAccessibility elsewhere); the
interfaces are Qt's own ``QAccessibleWidget`` with another role, so Qt owns and frees them as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QPushButton, QSizePolicy, QWidget

_installed = False


class LinkButton(QPushButton):
    """A link to an entity: looks like a link, is one stop in the Tab order, Enter or Space or a click opens it,
    and assistive technology reports it with the role Link."""

    link_activated = Signal(str)

    def __init__(self, text: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.target = target
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; "
                           "padding: 1px 0px; text-align: left; background: transparent }"
                           "QPushButton:focus { outline: 1px dotted palette(link) }")
        self.clicked.connect(lambda: self.link_activated.emit(self.target))


class AccessibleList(QWidget):
    """A container that assistive technology reports as a list (its :class:`AccessibleListItem` children)."""


class AccessibleListItem(QWidget):
    """One item of an :class:`AccessibleList`; its accessible name is the whole item read as one sentence."""


_ROLES: dict[type, QAccessible.Role] = {
    LinkButton: QAccessible.Role.Link,
    AccessibleList: QAccessible.Role.List,
    AccessibleListItem: QAccessible.Role.ListItem,
}


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    role = _ROLES.get(type(obj))
    if role is None or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, role)


def install_accessibility() -> None:
    """Install the factory once per process (before the first of these widgets is asked about)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
