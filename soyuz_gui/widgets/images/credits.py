"""The credits beside the image: title, caption, kind, credit, licence, source, file details, a note, the copy
and save buttons and a status line. Part of the image pane (its texts are in the ``ImagePane`` context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from soyuz_gui.widgets.images.decode import Decoded, format_label
from soyuz_gui.widgets.images.items import KIND_LABELS, ImageItem, kind_label
from soyuz_gui.widgets.kiosk_marker import hide_in_kiosk

translate = QCoreApplication.translate  # lupdate reads translate("ImagePane", ...) as the pane's context


class ImageCredits(QScrollArea):
    """What is known about the image shown, with its copy and save buttons (they trigger the pane's actions)."""

    def __init__(self, copy_action: QAction, save_action: QAction, size_text: Callable[[int], str],
                 parent: QWidget | None = None) -> None:
        """``size_text`` words a file size ("1.5 MB"; the pane's, where lupdate finds its plural forms)."""
        super().__init__(parent)
        self._size_text = size_text
        self.setObjectName("imageCredits")
        self.setAccessibleName(translate("ImagePane", "Image credits"))
        self.setWidgetResizable(True)
        self.setMinimumWidth(220)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title_label = _text_label(body, "imageTitle", translate("ImagePane", "Image title"))
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title_label.setFont(bold)
        self.caption_label = _text_label(body, "imageCaption", translate("ImagePane", "Caption"))
        layout.addWidget(self.title_label)
        layout.addWidget(self.caption_label)
        self.details_box = QWidget(body)
        self.details_box.setObjectName("imageDetails")
        details = QVBoxLayout(self.details_box)
        details.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.kind_label = _text_label(body, "imageKind", translate("ImagePane", "Kind"))
        self.credit_label = _text_label(body, "imageCredit", translate("ImagePane", "Credit"))
        self.licence_label = _text_label(body, "imageLicence", translate("ImagePane", "Licence"))
        self.source_label = _text_label(body, "imageSource", translate("ImagePane", "Source address"))
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.setOpenExternalLinks(False)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.source_label.linkActivated.connect(self._on_source_link_activated)
        self.file_label = _text_label(body, "imageFile", translate("ImagePane", "File"))
        for name, label in ((translate("ImagePane", "Kind:"), self.kind_label),
                            (translate("ImagePane", "Credit:"), self.credit_label),
                            (translate("ImagePane", "Licence:"), self.licence_label),
                            (translate("ImagePane", "Source:"), self.source_label),
                            (translate("ImagePane", "File:"), self.file_label)):
            form.addRow(name, label)
        details.addLayout(form)
        self.note_label = _text_label(body, "imageNote", translate("ImagePane", "Note"))
        details.addWidget(self.note_label)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(translate("ImagePane", "Copy"), body)
        self.copy_button.setAccessibleName(translate("ImagePane", "Copy image"))
        self.copy_button.clicked.connect(copy_action.trigger)
        self.save_button = QPushButton(translate("ImagePane", "Save As…"), body)
        self.save_button.setAccessibleName(translate("ImagePane", "Save image as"))
        self.save_button.clicked.connect(save_action.trigger)
        hide_in_kiosk(self.copy_button, self.save_button)  # files and the clipboard
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        details.addLayout(buttons)
        layout.addWidget(self.details_box)
        self.status_label = _text_label(body, "imageStatus", translate("ImagePane", "Status"))
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setWidget(body)

    def show_item(self, item: ImageItem | None, decoded: Decoded | None, data: bytes | None) -> None:
        """The entry's words, and the file's details as far as they are known (``decoded``: what the view shows,
        ``data``: the file's bytes); None clears everything."""
        self.details_box.setVisible(item is not None)
        if item is None:
            for label in (self.title_label, self.caption_label, self.kind_label, self.credit_label,
                          self.licence_label, self.source_label, self.file_label, self.note_label):
                label.clear()
            return
        image = item.image
        self.title_label.setText(image.title)
        self.caption_label.setText(image.caption or "")
        self.caption_label.setVisible(bool(image.caption))
        self.kind_label.setText(kind_label(image.kind) if image.kind in KIND_LABELS else image.kind.value)
        self.credit_label.setText(image.credit or translate("ImagePane", "unknown"))
        self.licence_label.setText(image.licence or translate("ImagePane", "unknown"))
        if image.source and image.source.startswith(("http://", "https://")):
            url = QUrl(image.source)
            self.source_label.setText(f'<a href="{url.toString(QUrl.ComponentFormattingOption.FullyEncoded)}">'
                                      f"{_html(image.source)}</a>")
        elif item.generated:
            self.source_label.setText(_html(translate("ImagePane",
                                                      "none: drawn by this app from the mission's data file")))
        else:
            self.source_label.setText(_html(image.source) if image.source else _html(translate("ImagePane",
                                                                                                "unknown")))
        self.show_file_details(item, decoded, data)
        self.status_label.clear()

    def show_file_details(self, item: ImageItem, decoded: Decoded | None, data: bytes | None) -> None:
        """The lines that depend on the decoded file (they change when a background decode finishes)."""
        self.file_label.setText(file_text(item, decoded, data, self._size_text))
        note = decoded.note if decoded is not None else None
        self.note_label.setText(note or "")
        self.note_label.setVisible(bool(note))

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _on_source_link_activated(self, link: str) -> None:
        url = QUrl(link)
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)


def file_text(item: ImageItem, decoded: Decoded | None, data: bytes | None, size_text: Callable[[int], str]) -> str:
    """The File line: name, format, size in pixels and in bytes; or what the drawing or the missing file is."""
    if item.generated:
        size = decoded.size if decoded is not None else QSize()
        return translate("ImagePane", "SVG drawing generated from the data, {width} × {height}; sharp at any zoom"
                         ).format(width=size.width(), height=size.height())
    if item.path is None:
        return translate("ImagePane", "not bundled") if item.problem is None else (item.image.file or "")
    text = item.image.file or item.path.name
    if decoded is not None:
        text = translate("ImagePane", "{file} — {format}, {width} × {height}").format(
            file=text, format=format_label(decoded.format), width=decoded.size.width(),
            height=decoded.size.height())
    if data is not None:
        text = translate("ImagePane", "{details}, {size}", "file details, then the file's size").format(
            details=text, size=size_text(len(data)))
    return text


def _text_label(parent: QWidget, name: str, accessible: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
