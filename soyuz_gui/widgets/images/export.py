"""Copy and save-as: the pixels or bytes to hand over for the image the canvas shows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QPainter,
)

from soyuz_gui.loading.images import (
    ImageFormat,
    svg_text,
)
from soyuz_gui.widgets.images.view import ImageView

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

# --- full screen --------------------------------------------------------------------------------------
