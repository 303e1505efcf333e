"""The strip of thumbnails under the image: one entry per image, in the pane's order. Part of the image pane (its
texts are in the ``ImagePane`` context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from soyuz_gui.widgets.images.items import ImageItem, kind_label
from soyuz_gui.widgets.images.thumbnails import THUMB, thumbnail

translate = QCoreApplication.translate  # lupdate reads translate("ImagePane", ...) as the pane's context


class ImageStrip(QListWidget):
    """A single row of thumbnails; the row is the image's index in the pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageStrip")
        self.setAccessibleName(translate("ImagePane", "Images of the mission"))
        self.setAccessibleDescription(translate(
            "ImagePane", "Choose an image to view; Page Up and Page Down step through them"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 44, THUMB.height() + 30))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMB.height() + 46)

    def clear_quietly(self) -> None:
        """Empty the strip without announcing a change of row."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)

    def fill(self, items: list[ImageItem], palette: QPalette, font: QFont) -> None:
        """One entry per item (thumbnails drawn in ``palette`` and ``font``), without announcing a change of row."""
        self.blockSignals(True)
        for index, item in enumerate(items):
            label = kind_label(item.image.kind)
            if item.generated:
                label = translate("ImagePane", "Emblem")
            entry = QListWidgetItem(QIcon(thumbnail(item, palette, font)), label)
            entry.setData(Qt.ItemDataRole.UserRole, index)
            entry.setToolTip(f"{item.image.title}\n{item.image.caption or ''}".strip())
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          translate("ImagePane", "{kind}: {title}", "a thumbnail's accessible name").format(
                              kind=label, title=item.image.title))
            entry.setSizeHint(self.gridSize())
            self.addItem(entry)
        self.blockSignals(False)

    def redraw(self, items: list[ImageItem], palette: QPalette, font: QFont) -> None:
        """Draw the thumbnails again (the palette changed)."""
        for row in range(self.count()):
            self.item(row).setIcon(QIcon(thumbnail(items[row], palette, font)))
