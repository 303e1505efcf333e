"""A printable fact sheet of one entity: PDF export, printing and plain-text copy.

The sheet is the same page the Overview shows, rendered in the light palette (paper is white), with optional
pictures (the mission emblem, the timeline) placed above it by whoever supplies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from soyuz_gui import APP_NAME
from soyuz_gui.atomic_write import write_atomically
from soyuz_gui.domain import Catalog
from soyuz_gui.models.app_name import app_title
from soyuz_gui.widgets.detail_pages import Formats, Palette, page_for

PAPER = Palette()  # the default palette is the light one


def build_document(catalog: Catalog, entity_id: str, pictures: Sequence[tuple[str, QImage]] = ()) -> QTextDocument:
    """The sheet as a text document; ``pictures`` are (caption, image) pairs shown before the text."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    figures = []
    for index, (caption, image) in enumerate(pictures):
        if image.isNull():
            continue
        name = f"figure-{index}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = min(image.width(), 640)
        figures.append(f'<p align="center"><img src="{name}" width="{width}"><br>'
                       f'<span style="color:{PAPER.muted}; font-size:small">{caption}</span></p>')
    label = QCoreApplication.translate("FactSheet", "{app} fact sheet", "footer of a printed page")
    label = label.format(app=app_title())  # the product's name in the sheet's language too
    footer = f'<p style="color:{PAPER.muted}; font-size:small">{escape(label)}</p>'
    document.setHtml("".join(figures) + page_for(catalog, entity_id, PAPER, Formats.current()) + footer)
    return document


def write_pdf(document: QTextDocument, path: Path, title: str) -> int:
    """Write an A4 PDF atomically; returns the number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    layout = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(layout.width(), layout.height()))
    pages = document.pageCount()
    document.print_(writer)
    del writer  # finishes the PDF in the buffer
    data: QByteArray = buffer.data()
    write_atomically(path, data.data())  # raises AtomicWriteError (an OSError) naming the path
    return pages


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    document.print_(printer)


def plain_text(catalog: Catalog, entity_id: str) -> str:
    """The sheet as plain text, for the clipboard."""
    document = QTextDocument()
    document.setHtml(page_for(catalog, entity_id, PAPER, Formats.current()))
    lines = [line.rstrip() for line in document.toPlainText().splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
