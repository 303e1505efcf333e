"""The detail pane: a readable page for the selected mission, person, expedition or other entity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from soyuz_gui.domain import Catalog
from soyuz_gui.loading.problems import DataProblem
from soyuz_gui.widgets.detail_pages import Formats, Palette, page_for

SCHEME = "soyuz"


class DetailPane(QTextBrowser):
    """Shows one entity; links to other entities are emitted as ``entity_requested`` (the window navigates)."""

    entity_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._entity_id: str | None = None
        self._problems: Sequence[DataProblem] | None = None
        self.setObjectName("detailPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("Facts, crew, dockings, events and sources of the selected item"))
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._on_anchor_clicked)

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
        self.setHtml(self._page(entity_id))
        self.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Re-render (after a theme change) keeping the scroll position."""
        if self._entity_id:
            position = self.verticalScrollBar().value()
            self.setHtml(self._page(self._entity_id))
            self.verticalScrollBar().setValue(position)

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
