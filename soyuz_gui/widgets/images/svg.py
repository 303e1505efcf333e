"""Rendering SVG drawings: a region of a drawing at a given transform, on the GUI thread or on a worker thread
with a renderer of its own (``QSvgRenderer`` is not shared between threads).
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QRect,
    QRectF,
    QRunnable,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

from soyuz_gui.widgets.images.decode import (
    WorkerSignals,
    svg_renderer,
)


@dataclass
class SvgTile:
    """A rendering of part of the SVG, in view pixels, valid for the transform it was made with."""

    image: QImage
    rect: QRect  # where it sits in the view at ``transform``
    transform: QTransform  # image -> view when it was rendered


def same_linear(a: QTransform, b: QTransform) -> bool:
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)
               for x, y in ((a.m11(), b.m11()), (a.m12(), b.m12()), (a.m21(), b.m21()), (a.m22(), b.m22())))



def render_svg_region(renderer: QSvgRenderer, size: QSizeF, transform: QTransform, rect: QRect,
                      ratio: float) -> QImage:
    """The part ``rect`` (view pixels) of a drawing of ``size`` drawn through ``transform`` (image -> view)."""
    image = QImage(max(1, math.ceil(rect.width() * ratio)), max(1, math.ceil(rect.height() * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
                           | QPainter.RenderHint.TextAntialiasing)
    painter.setTransform(transform * QTransform.fromTranslate(-rect.x(), -rect.y()))
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


class TileTask(QRunnable):
    """Render an SVG tile off the GUI thread, with a renderer of its own (QSvgRenderer is not shared)."""

    def __init__(self, generation: int, data: bytes, size: QSizeF, transform: QTransform, rect: QRect,
                 ratio: float, signals: WorkerSignals) -> None:
        super().__init__()
        self._generation, self._data, self._size = generation, data, QSizeF(size)
        self._transform, self._rect, self._ratio = QTransform(transform), QRect(rect), ratio
        self._signals = signals
        self.done = False

    def run(self) -> None:
        renderer = svg_renderer(self._data)
        image = render_svg_region(renderer, self._size, self._transform, self._rect, self._ratio)
        with contextlib.suppress(RuntimeError):  # the view is gone: nobody is waiting
            self._signals.tile_rendered.emit(self._generation, SvgTile(image, self._rect, self._transform))
        self.done = True


# --- the canvas ------------------------------------------------------------------------------------------------
