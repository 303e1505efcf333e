"""Exporting the timeline view: the visible window or the full range, as PNG or SVG, written atomically.

One layer of :class:`~soyuz_gui.widgets.timeline.view.TimelineView`; it paints through the view's own ``_paint``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette

from soyuz_gui.atomic_write import write_atomically
from soyuz_gui.domain.timescale import TimeScale
from soyuz_gui.models.app_name import app_title
from soyuz_gui.widgets.timeline.geometry import GUTTER
from soyuz_gui.widgets.timeline.painting import TimelinePainting


class TimelineExport(TimelinePainting):
    """PNG and SVG exports of the view."""

    def render_image(self, full_range: bool = False, scale_factor: float = 1.0) -> QImage:
        """The view as an image: what is visible, or every lane over the full extent."""
        width, height, scale, offset = self._export_geometry(full_range)
        image = QImage(int(width * scale_factor), int(height * scale_factor), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale_factor)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        try:
            self._paint(painter, QRectF(0, 0, width, height), scale, offset, vector=False)
        finally:
            painter.end()
        return image

    def export(self, path: str | Path, full_range: bool = False) -> bool:
        """Write PNG or SVG (by suffix) atomically: a crash mid-write never leaves half a file."""
        target = str(path)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if target.lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator  # only exports need QtSvg

            width, height, scale, offset = self._export_geometry(full_range)
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(QSize(int(width), int(height)))
            generator.setViewBox(QRect(0, 0, int(width), int(height)))
            generator.setTitle(self.timeline_title() if self._timeline else self.tr("Timeline"))
            generator.setDescription(self.tr("{app} timeline", "an exported timeline's description").format(
                app=app_title()))
            painter = QPainter(generator)
            try:
                painter.fillRect(QRectF(0, 0, width, height), self.palette().color(QPalette.ColorRole.Base))
                self._paint(painter, QRectF(0, 0, width, height), scale, offset, vector=True)
            finally:
                painter.end()
        elif not self.render_image(full_range, 2.0).save(buffer, "PNG"):  # type: ignore[call-overload]
            return False
        try:
            write_atomically(target, buffer.data().data())
        except OSError:
            return False
        return True

    def _export_geometry(self, full_range: bool) -> tuple[float, float, TimeScale, float]:
        """Size, scale and vertical offset of an export: the visible window, or everything."""
        if not full_range or self._timeline is None:
            return float(self.width()), float(self.height()), self._scale, float(self._scroll.value())
        lo, hi = self._timeline.extent
        width = float(max(self.width(), 1600))
        scale = TimeScale.fit(lo, hi, width - GUTTER, margin=0.02)
        return width, float(self._content_height()), scale, 0.0

