"""Global search (Ctrl+K): type, move with the arrow keys, Enter opens the hit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.search import search
from soyuz_gui.models.formats import QT_TRANSLATE_NOOP

_KIND_LABELS = {
    "mission": QT_TRANSLATE_NOOP("SearchPopup", "Mission"),
    "person": QT_TRANSLATE_NOOP("SearchPopup", "Person"),
    "expedition": QT_TRANSLATE_NOOP("SearchPopup", "Expedition"),
    "event": QT_TRANSLATE_NOOP("SearchPopup", "Event"),
    "agency": QT_TRANSLATE_NOOP("SearchPopup", "Agency"),
    "site": QT_TRANSLATE_NOOP("SearchPopup", "Site"),
    "station": QT_TRANSLATE_NOOP("SearchPopup", "Station"),
    "programme": QT_TRANSLATE_NOOP("SearchPopup", "Programme"),
    "reference": QT_TRANSLATE_NOOP("SearchPopup", "Source"),
}


class SearchPopup(QDialog):
    entity_chosen = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("searchPopup")
        self.setAccessibleName(self.tr("Search everything"))
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search missions, people, expeditions, events…"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.hint = QLabel(self.tr("↑ ↓ to choose · Enter to open · Esc to close"), self)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.resize(560, 420)
        self.query.textChanged.connect(self._on_query_changed)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._on_item_activated)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._on_query_changed(self.query.text())

    def open_search(self) -> None:
        self.query.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()

    def _on_query_changed(self, text: str) -> None:
        self.results.clear()
        for hit in search(self._catalog, text):
            kind = self.tr(_KIND_LABELS[hit.kind]) if hit.kind in _KIND_LABELS else hit.kind
            label = f"{hit.title}    —  {kind}"
            if hit.subtitle:
                label += f" · {hit.subtitle}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.entity_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}: {hit.title}")
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys and Enter in the text box steer the result list."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                        Qt.Key.Key_PageUp: -8}[Qt.Key(key)]
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._on_item_activated(item)
                return True
        return super().eventFilter(watched, event)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        entity_id = item.data(Qt.ItemDataRole.UserRole)
        if entity_id:
            self.hide()
            self.entity_chosen.emit(entity_id)
