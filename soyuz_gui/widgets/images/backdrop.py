"""What the image is drawn on: the theme's colour, light, dark or a checkerboard.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPixmap,
)

from soyuz_gui.models.formats import QT_TRANSLATE_NOOP


class Backdrop(StrEnum):
    THEME = "theme"
    LIGHT = "light"
    DARK = "dark"
    CHECKER = "checker"


BACKDROP_LABELS = {Backdrop.THEME: QT_TRANSLATE_NOOP("ImageView", "Match theme"),
                   Backdrop.LIGHT: QT_TRANSLATE_NOOP("ImageView", "Light"),
                   Backdrop.DARK: QT_TRANSLATE_NOOP("ImageView", "Dark"),
                   Backdrop.CHECKER: QT_TRANSLATE_NOOP("ImageView", "Checkerboard")}
"""The backdrops' names in English (the source language); :func:`backdrop_label` gives them translated."""




def backdrop_label(backdrop: Backdrop) -> str:
    """A backdrop's name in the interface language ("Match theme", "Checkerboard", ...)."""
    return QCoreApplication.translate("ImageView", BACKDROP_LABELS[backdrop])


def checker_brush(dark: bool, cell: int = 10) -> QBrush:
    pixmap = QPixmap(cell * 2, cell * 2)
    one, two = (QColor("#5b5f66"), QColor("#44474d")) if dark else (QColor("#ffffff"), QColor("#d5d8dd"))
    pixmap.fill(one)
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, cell, cell, two)
    painter.fillRect(cell, cell, cell, cell, two)
    painter.end()
    return QBrush(pixmap)

