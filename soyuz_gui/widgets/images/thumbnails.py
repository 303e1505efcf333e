"""The strip's thumbnails: a small rendering of each image, or a placeholder that says why there is none.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImageReader,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from soyuz_gui.loading.images import (
    ImageFormat,
    ImageProblem,
    check_dimensions,
    inspect_image,
    read_image_file,
    svg_text,
)
from soyuz_gui.widgets.images.items import (
    ImageItem,
    kind_label,
)

translate = QCoreApplication.translate  # lupdate reads translate("ImagePane", ...) as the pane's context


THUMB = QSize(96, 72)


def thumbnail(item: ImageItem, palette: QPalette, font: QFont) -> QPixmap:
    try:
        if item.svg is not None:
            return _svg_thumbnail(item.svg, palette, font)
        if item.problem is not None:
            return placeholder("!", palette, font, problem=True)
        if item.path is None:
            return placeholder(translate("ImagePane", "{kind}\nno file", "thumbnail of an image without a file").format(
            kind=kind_label(item.image.kind)), palette, font)
        data = read_image_file(item.path)
        sniffed = inspect_image(data, item.path.name)
        if sniffed.format == ImageFormat.SVG:
            return _svg_thumbnail(svg_text(data), palette, font)
        return _raster_thumbnail(data, sniffed.format, palette, font)
    except ImageProblem:
        return placeholder("!", palette, font, problem=True)


def _svg_thumbnail(data: bytes, palette: QPalette, font: QFont) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return placeholder("!", palette, font, problem=True)
    size = renderer.defaultSize().scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x, y = (THUMB.width() - size.width()) / 2, (THUMB.height() - size.height()) / 2
    renderer.render(painter, _rect(x, y, size.width(), size.height()))
    painter.end()
    return pixmap


def _raster_thumbnail(data: bytes, fmt: ImageFormat, palette: QPalette, font: QFont) -> QPixmap:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt.value.encode("ascii"))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        check_dimensions(size.width(), size.height())
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return placeholder("!", palette, font, problem=True)
    image = image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawImage((THUMB.width() - image.width()) // 2, (THUMB.height() - image.height()) // 2, image)
    painter.end()
    return pixmap


def placeholder(text: str, palette: QPalette, font: QFont, problem: bool = False) -> QPixmap:
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = palette.color(QPalette.ColorRole.Base)
    painter.setBrush(base)
    pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRoundedRect(_rect(1.5, 1.5, THUMB.width() - 3, THUMB.height() - 3), 6, 6)
    font = QFont(font)
    if problem:
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 2)
        painter.setPen(QColor("#d8a02c") if base.lightness() < 128 else QColor("#a05a00"))
    else:
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.setFont(font)
    painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return pixmap

# --- export -------------------------------------------------------------------------------------------



def _rect(x: float, y: float, width: float, height: float) -> QRectF:
    return QRectF(x, y, width, height)

