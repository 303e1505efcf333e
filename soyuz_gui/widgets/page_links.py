"""The links of a rich-text page: found in its document, and exposed to assistive technology as links.

Qt's text-browser accessibility gives a screen reader the page's text but not its links. The page's viewport is
therefore reported as a group "Links on this page" whose children are one accessibility object per link, with the
role Link, the link's text as its name, its place on screen and whether it has the keyboard focus. The interfaces
are kept per page and rebuilt when the page changes (the approach of the timeline's painted items).
"""

from __future__ import annotations

from typing import Protocol

import msgspec
from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from soyuz_gui.widgets.painted_accessible import PaintedPartAccessible


class PageLink(msgspec.Struct, frozen=True):
    text: str
    href: str
    start: int  # document positions of the link's text
    end: int


def page_links(document: QTextDocument) -> list[PageLink]:
    """Every link of the document in reading order; a link split over several fragments counts once."""
    found: list[PageLink] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                start, end, href = fragment.position(), fragment.position() + fragment.length(), fmt.anchorHref()
                last = found[-1] if found else None
                if last is not None and last.href == href and last.end == start:
                    found[-1] = PageLink(last.text + fragment.text(), href, last.start, end)
                else:
                    found.append(PageLink(fragment.text(), href, start, end))
            iterator += 1
        block = block.next()
    # A line break inside a link is U+2028 in the document; names read better on one line.
    return [msgspec.structs.replace(link, text=" ".join(link.text.replace("\u2028", " ").split()))
            for link in found if link.text.strip()]


class LinkPage(Protocol):
    """What a page offers its accessibility objects (DetailPane implements it)."""

    def links(self) -> list[PageLink]: ...

    def focused_link(self) -> int | None: ...

    def link_rect(self, index: int) -> QRect: ...

    def accessible_link(self, index: int) -> LinkAccessible: ...


class LinkAccessible(PaintedPartAccessible):
    """One link of a page as assistive technology sees it: role Link, its text as name, its target as value."""

    def __init__(self, page: QTextBrowser, index: int, link: PageLink) -> None:
        super().__init__(page, page.viewport())
        self._page = page
        self.index = index
        self.link = link

    def _owner(self) -> LinkPage:
        return self._page  # type: ignore[return-value]  # only DetailPane builds these

    def isValid(self) -> bool:
        links = self._owner().links()
        return self.index < len(links) and links[self.index] == self.link


    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            number = self.link.text.strip("[]")
            if self.link.text.startswith("[") and number.isdigit():  # a citation mark says little when spoken
                return QCoreApplication.translate("PageLinks", "Source {number}").format(number=number)
            return self.link.text
        if kind == QAccessible.Text.Value:
            return self.link.href
        return ""

    def rect(self) -> QRect:
        local = self._owner().link_rect(self.index)
        viewport = self._page.viewport()
        return QRect(viewport.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Link

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.linked = True
        state.focused = self._page.hasFocus() and self._owner().focused_link() == self.index
        return state


class LinksAccessible(QAccessibleWidget):
    """The page's viewport as a group of the page's links, in reading order."""

    def __init__(self, viewport: QWidget, page: QTextBrowser) -> None:
        super().__init__(viewport, QAccessible.Role.Grouping,
                         QCoreApplication.translate("PageLinks", "Links on this page"))
        self._page = page

    def _owner(self) -> LinkPage:
        return self._page  # type: ignore[return-value]

    def childCount(self) -> int:
        return len(self._owner().links())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._owner().accessible_link(index) if 0 <= index < self.childCount() else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return child.index if isinstance(child, LinkAccessible) and child.isValid() else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        index = self._owner().focused_link()
        return self._owner().accessible_link(index) if index is not None and self._page.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for index in range(self.childCount()):
            child = self._owner().accessible_link(index)
            if child.rect().contains(x, y):
                return child
        return None


def link_rect(page: QTextBrowser, link: PageLink) -> QRect:
    """Where a link's text is drawn, in viewport coordinates (its first line when it wraps)."""
    start = QTextCursor(page.document())
    start.setPosition(link.start)
    end = QTextCursor(page.document())
    end.setPosition(link.end)
    first, last = page.cursorRect(start), page.cursorRect(end)
    if last.top() == first.top():
        return QRect(first.topLeft(), last.bottomRight())
    return QRect(first.left(), first.top(), max(page.viewport().width() - first.left(), 1), first.height())


_installed = False


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    page = obj.parent()
    if isinstance(page, QTextBrowser) and hasattr(page, "accessible_link") and obj is page.viewport():
        return LinksAccessible(obj, page)
    return None


def install_link_accessibility() -> None:
    """Install the factory once per process, before a page's viewport is first asked about."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
