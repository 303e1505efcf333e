"""The strip's thumbnails: a small rendering of each image, or a placeholder that says why there is none.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from soyuz_gui.loading.images import (
    ImageProblem,
    read_image_file,
)
from soyuz_gui.widgets.images.decode import Decoded, decode_image
from soyuz_gui.widgets.images.items import (
    ImageItem,
    kind_label,
)

translate = QCoreApplication.translate  # lupdate reads translate("ImagePane", ...) as the pane's context


THUMB = QSize(96, 72)


def thumbnail(item: ImageItem, palette: QPalette, font: QFont) -> QPixmap:
    """The strip's picture of ``item``; decoded by :func:`decode_image` under the viewer's checks and limits."""
    try:
        if item.svg is not None:
            return _thumbnail_of(decode_image(item.svg, "emblem.svg", fit_in=THUMB))
        if item.problem is not None:
            return placeholder("!", palette, font, problem=True)
        if item.path is None:
            return placeholder(translate("ImagePane", "{kind}\nno file", "thumbnail of an image without a file").format(
            kind=kind_label(item.image.kind)), palette, font)
        return _thumbnail_of(decode_image(read_image_file(item.path), item.path.name, fit_in=THUMB))
    except ImageProblem:
        return placeholder("!", palette, font, problem=True)


def _thumbnail_of(decoded: Decoded) -> QPixmap:
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if decoded.renderer is not None:
        size = decoded.renderer.defaultSize().scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = (THUMB.width() - size.width()) / 2, (THUMB.height() - size.height()) / 2
        decoded.renderer.render(painter, _rect(x, y, size.width(), size.height()))
    elif decoded.image is not None:
        image = decoded.image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
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


def _rect(x: float, y: float, width: float, height: float) -> QRectF:
    return QRectF(x, y, width, height)

