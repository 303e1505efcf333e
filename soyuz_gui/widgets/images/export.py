"""Copy and save-as: the pixels or bytes to hand over for the image the canvas shows, the clipboard, the file
dialog and the atomic write. The image pane's messages (``ImagePane`` context) are made here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from soyuz_gui.atomic_write import write_atomically
from soyuz_gui.loading.images import (
    ImageFormat,
    svg_text,
)
from soyuz_gui.widgets.images.view import ImageView

translate = QCoreApplication.translate  # lupdate reads translate("ImagePane", ...) as the pane's context

SAVE_FORMATS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".bmp": "bmp", ".webp": "webp"}


def is_svg_source(view: ImageView) -> bool:
    """Whether the image shown was an SVG drawing (it can then be saved as one)."""
    decoded = view.decoded()
    return decoded is not None and decoded.format == ImageFormat.SVG


def export_image(view: ImageView) -> QImage:
    """The image shown, as pixels: drawings rendered to at least 2048 pixels on the longer side."""
    if not view.has_content():
        return QImage()
    if view.is_svg():
        size = view.image_size()
        return view.rendered(max(2048, size.width(), size.height()))
    return view.rendered()


def bytes_for(view: ImageView, data: bytes | None, suffix: str) -> bytes | None:
    """The file to write for ``suffix``: the source bytes when the format is the same, else re-encoded."""
    decoded = view.decoded()
    if decoded is None or data is None:
        return None
    if suffix in (".svg", ".svgz"):
        return svg_text(data) if decoded.format == ImageFormat.SVG else None
    fmt = SAVE_FORMATS.get(suffix)
    if fmt is None:
        return None
    if fmt == decoded.format.value:
        return data
    image = export_image(view)
    if fmt == "jpeg" and image.hasAlphaChannel():  # JPEG has no transparency: flatten onto white
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("#ffffff"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode("ascii"))
    if not writer.write(image):
        return None
    return bytes(buffer.data().data())


def save_image(view: ImageView, data: bytes | None, target: Path) -> str | None:
    """Write the image shown to ``target`` atomically, the suffix deciding the format; None when it is written,
    else the reason for the status line.

    The same format as the source is written byte for byte; another raster format is re-encoded from the decoded
    pixels (a drawing is rendered first).
    """
    encoded = bytes_for(view, data, target.suffix.lower())
    if encoded is None:
        suffix = target.suffix or translate("ImagePane", "no extension")
        if is_svg_source(view):
            text = translate("ImagePane", "Cannot save as '{suffix}': choose .png, .jpg, .bmp, .webp or .svg.")
        else:
            text = translate("ImagePane", "Cannot save as '{suffix}': choose .png, .jpg, .bmp or .webp.")
        return text.format(suffix=suffix)
    try:
        write_atomically(target, encoded)
    except OSError as error:
        return translate("ImagePane", "Cannot write {path}: {error}").format(path=target, error=error.strerror)
    return None


def ask_save_path(parent: QWidget, view: ImageView, suggested: str) -> str:
    """The file the user chooses to save the image shown in ("" when they cancel)."""
    kinds = [translate("ImagePane", "PNG image (*.png)"), translate("ImagePane", "JPEG image (*.jpg *.jpeg)"),
             translate("ImagePane", "WebP image (*.webp)"), translate("ImagePane", "BMP image (*.bmp)")]
    if is_svg_source(view):
        kinds.insert(0, translate("ImagePane", "SVG drawing (*.svg)"))
    path, _chosen = QFileDialog.getSaveFileName(parent, translate("ImagePane", "Save Image As"), suggested,
                                                ";;".join(kinds))
    return path


def copy_to_clipboard(view: ImageView) -> QImage:
    """Put the image shown on the clipboard; the pixels copied (a null image when there is nothing to copy).

    A drawing goes along as SVG too, so drawing programs can paste the drawing itself.
    """
    image = export_image(view)
    if image.isNull():
        return image
    mime = QMimeData()
    mime.setImageData(image)
    decoded = view.decoded()
    if decoded is not None and decoded.svg is not None:
        mime.setData("image/svg+xml", QByteArray(decoded.svg))
    QGuiApplication.clipboard().setMimeData(mime)
    return image
