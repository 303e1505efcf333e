"""The detail pane: a readable page for the selected mission, person, expedition or other entity.

For the keyboard the page is one stop in the Tab order (Tab and Shift+Tab leave it; MS-07 has 85 links, each was a
stop). Inside it, → and ← go from link to link and Enter opens the one highlighted. Screen readers get the links as
objects with the role Link (see page_links.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QDesktopServices, QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from soyuz_gui.domain import Catalog
from soyuz_gui.loading.problems import DataProblem
from soyuz_gui.widgets.detail_pages import Formats, Palette, page_for
from soyuz_gui.widgets.page_links import LinkAccessible, PageLink, install_link_accessibility, link_rect, page_links

SCHEME = "soyuz"


class DetailPane(QTextBrowser):
    """Shows one entity; links to other entities are emitted as ``entity_requested`` (the window navigates)."""

    entity_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._entity_id: str | None = None
        self._problems: Sequence[DataProblem] | None = None
        self._links: list[PageLink] | None = None  # found on first use after each new page
        self._link_accessibles: dict[int, LinkAccessible] = {}
        install_link_accessibility()
        self.setObjectName("detailPane")
        self.setTabChangesFocus(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("Facts, crew, dockings, events and sources of the selected item. "
                                              "Right and Left arrows go from link to link, Enter opens it"))
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().documentLayout().documentSizeChanged.connect(self._drop_stale_sideways_range)

    @property
    def entity_id(self) -> str | None:
        return self._entity_id

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        if self._entity_id:
            self.show_entity(self._entity_id)

    def set_problems(self, problems: Sequence[DataProblem]) -> None:
        """The load's data problems: a page whose file has some shows them in a warning box."""
        self._problems = list(problems)
        self.refresh()

    def problems(self) -> Sequence[DataProblem]:
        if self._problems is not None:
            return self._problems
        # Until the window hands them over with set_problems, take them from its load result when it has one.
        result = getattr(self.window(), "load_result", None)
        return getattr(result, "problems", ()) if result is not None else ()

    def show_entity(self, entity_id: str) -> None:
        self._entity_id = entity_id
        self._set_page(self._page(entity_id))
        self.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Re-render (after a theme change) keeping the scroll position."""
        if self._entity_id:
            position = self.verticalScrollBar().value()
            self._set_page(self._page(self._entity_id))
            self.verticalScrollBar().setValue(position)

    def _drop_stale_sideways_range(self) -> None:
        # The page reflows to the pane's width, yet QTextEdit can keep the range of a layout made while the vertical
        # scroll bar came or went: a few pixels of sideways scrolling (and a scroll bar) for a page that fits.
        if self.document().size().width() <= self.viewport().width():
            self.horizontalScrollBar().setRange(0, 0)

    def _set_page(self, html: str) -> None:
        self.setHtml(html)
        self._links = None
        self._link_accessibles.clear()
        if QAccessible.isActive():  # the links group changed its children
            viewport = QAccessible.queryAccessibleInterface(self.viewport())
            if viewport is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(viewport, QAccessible.Event.ObjectReorder))

    # --- links, for the keyboard and for assistive technology ---------------------------------------------

    def links(self) -> list[PageLink]:
        if self._links is None:
            self._links = page_links(self.document())
        return self._links

    def focused_link(self) -> int | None:
        """The link the keyboard has highlighted (→/←), if any."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        for index, link in enumerate(self.links()):
            if link.start <= cursor.selectionStart() < link.end:
                return index
        return None

    def link_rect(self, index: int) -> QRect:
        return link_rect(self, self.links()[index])

    def accessible_link(self, index: int) -> LinkAccessible:
        found = self._link_accessibles.get(index)
        if found is None:
            found = self._link_accessibles[index] = LinkAccessible(self, index, self.links()[index])
        return found

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        # QTextBrowser walks the links here, which made every link a Tab stop; Tab leaves, the arrows walk.
        return super(QTextBrowser, self).focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.walk_links(event.key() == Qt.Key.Key_Right)
            event.accept()
            return
        super().keyPressEvent(event)

    def walk_links(self, forward: bool) -> None:
        """Highlight the next (or previous) link, wrapping around at the ends of the page."""
        links = self.links()
        if not links:
            return
        current = self.focused_link()
        if current is None:
            index = 0 if forward else len(links) - 1
        else:
            index = (current + (1 if forward else -1)) % len(links)
        cursor = self.textCursor()
        cursor.setPosition(links[index].start)
        cursor.setPosition(links[index].end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)  # selected like a focused link: Enter opens it
        self.ensureCursorVisible()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.accessible_link(index), QAccessible.Event.Focus))

    def _page(self, entity_id: str) -> str:
        return page_for(self._catalog, entity_id, self._palette(), Formats.current(), self.problems())

    def _palette(self) -> Palette:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        card = base.lighter(135) if dark else base.darker(106)
        rule = base.lighter(170) if dark else base.darker(118)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        link = pal.color(QPalette.ColorRole.Link)
        return Palette(text=text.name(), muted=muted.name(), accent=link.name(), card=card.name(),
                       rule=rule.name(), warn="#d8a02c" if dark else "#8a5a00")

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            self.entity_requested.emit(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
