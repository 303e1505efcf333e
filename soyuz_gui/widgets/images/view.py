"""The zoom-and-pan canvas of the image viewer: painting and input over :class:`ImageCanvas`.

Raster images are drawn from a mip-map pyramid (:mod:`.geometry`), so shrinking is smooth; far enlarged they
switch to sharp pixels. ``paintEvent`` only draws what the helpers computed. Wheel, keys, drag, touch and
touchpad gestures zoom and pan.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFocusEvent,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTouchEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from soyuz_gui.loading.images import ImageFormat, ImageProblem, check_dimensions, sniff
from soyuz_gui.widgets.images.backdrop import Backdrop, checker_brush
from soyuz_gui.widgets.images.canvas import (
    BACKGROUND_PIXELS,
    OVERVIEW_SIDE,
    SHARP_FROM,
    ImageCanvas,
)
from soyuz_gui.widgets.images.decode import Decoded, DecodeTask, decode_image
from soyuz_gui.widgets.images.geometry import ZOOM_STEP, ZoomMode
from soyuz_gui.widgets.images.svg import same_linear

translate = QCoreApplication.translate  # lupdate reads translate("ImageView", ...) as the viewer's context


class ImageView(ImageCanvas):
    """Zoomable, pannable, rotatable view of one image or SVG drawing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decode_signals.finished.connect(self._on_decode_finished)

    # --- decoding -----------------------------------------------------------------------------------------

    def set_data(self, data: bytes, name: str = "", background: bool = False) -> Decoded | None:
        """Check, decode and show image bytes; on failure show why and return None.

        With ``background``, a raster image of more than :data:`BACKGROUND_PIXELS` pixels is decoded on a worker
        thread: the view says "Opening…" at once, returns None, and emits ``content_changed`` when the image (or
        the reason it cannot be shown) is there.
        """
        try:
            if background:
                sniffed = sniff(data, name)
                width, height = sniffed.width or 0, sniffed.height or 0
                if sniffed.format != ImageFormat.SVG and width * height > BACKGROUND_PIXELS:
                    check_dimensions(width, height)
                    self._start_background(data, name, width, height)
                    return None
            decoded = decode_image(data, name)
        except ImageProblem as problem:
            self.set_message(translate("ImageView", "Cannot show this image"), problem.message)
            return None
        self.set_decoded(decoded)
        return decoded

    def _start_background(self, data: bytes, name: str, width: int, height: int) -> None:
        self._reset_content()
        self._loading = True
        detail = translate("ImageView", "{name}, {width} × {height} pixels").format(
            name=name, width=width, height=height)
        self._message = (translate("ImageView", "Opening image…"), detail if name else "")
        self.setAccessibleDescription(translate("ImageView", "Opening image"))
        self._run(DecodeTask(self._generation, data, name, self._decode_signals))
        self._update_cursor()
        self.update()
        self.content_changed.emit()

    def _on_decode_finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # another image was asked for meanwhile
        if isinstance(result, Decoded):
            self.set_decoded(result)
        elif isinstance(result, ImageProblem):
            self.set_message(translate("ImageView", "Cannot show this image"), result.message)

    def wait_for_decoding(self, timeout_ms: int = 30_000) -> bool:
        """Block until a background decode has finished (for tests and benchmarks)."""
        return bool(self._pool.waitForDone(timeout_ms))


    # --- overview, export and colours -----------------------------------------------------------------

    def overview_visible(self) -> bool:
        if not self.has_content() or not self._show_overview:
            return False
        size = self._placement.display_size
        p = self._placement
        too_big = size.width() * p.scale > p.view_width + 1 or size.height() * p.scale > p.view_height + 1
        return too_big and min(p.view_width, p.view_height) >= 2.5 * OVERVIEW_SIDE / 1.5

    def overview_rect(self) -> QRectF:
        """Where the overview thumbnail sits in the view."""
        size = self._placement.display_size
        side = OVERVIEW_SIDE / max(size.width(), size.height())
        width, height = size.width() * side, size.height() * side
        margin = 12
        return QRectF(self.width() - width - margin, self.height() - height - margin, width, height)

    # --- actions ------------------------------------------------------------------------------------------

    def rendered(self, max_side: int = 2048) -> QImage:
        """The whole image, unrotated: the decoded pixels, or the drawing rendered up to ``max_side`` pixels."""
        if self._image is not None:
            return QImage(self._image)
        if self._renderer is not None:
            size = QSizeF(self._placement.width, self._placement.height)
            factor = max_side / max(size.width(), size.height())
            out = QImage(max(1, round(size.width() * factor)), max(1, round(size.height() * factor)),
                         QImage.Format.Format_ARGB32_Premultiplied)
            out.fill(Qt.GlobalColor.transparent)
            painter = QPainter(out)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
            self._renderer.render(painter, QRectF(0, 0, out.width(), out.height()))
            painter.end()
            return out
        return QImage()

    # --- internals ----------------------------------------------------------------------------------------

    def _overview_thumbnail(self) -> QImage | None:
        if self._thumbnail is None:
            if self._pyramid is not None:
                self._thumbnail = self._pyramid.smallest_at_least(OVERVIEW_SIDE)
            elif self._renderer is not None:
                self._thumbnail = self.rendered(OVERVIEW_SIDE * 2)
        return self._thumbnail

    def _background_colour(self) -> QColor:
        window = self.palette().color(QPalette.ColorRole.Window)
        return window.darker(150) if window.lightness() < 128 else window.darker(108)

    def _backdrop_brush(self) -> QBrush:
        dark_theme = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        backdrop = self._backdrop
        if backdrop == Backdrop.THEME:
            return QBrush(self._background_colour())
        if backdrop == Backdrop.LIGHT:
            return QBrush(QColor("#ffffff"))
        if backdrop == Backdrop.DARK:
            return QBrush(QColor("#1b1d22"))
        if self._checker is None or self._checker[0] != dark_theme:
            self._checker = (dark_theme, checker_brush(dark_theme))
        return self._checker[1]


    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._background_colour())
        if self._message is not None:
            self._paint_message(painter)
        elif self.has_content():
            self._paint_backdrop(painter)
            if self._pyramid is not None:
                self._paint_raster(painter)
            else:
                self._paint_svg(painter)
            if self.overview_visible():
                self._paint_overview(painter)
        if self._keyboard_focus and self.hasFocus():
            self._paint_focus(painter)
        painter.end()

    def _paint_focus(self, painter: QPainter) -> None:
        """A frame in the highlight colour while the view has keyboard focus (reached with Tab)."""
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_backdrop(self, painter: QPainter) -> None:
        if self._backdrop == Backdrop.THEME:
            return  # the background already is the backdrop
        # turns are multiples of 90 degrees, so the image's outline on screen is an axis-aligned rectangle
        area = self._visible_image_rect_in_view()
        painter.fillRect(area, self._backdrop_brush())

    def _paint_raster(self, painter: QPainter) -> None:
        pyramid = self._pyramid
        assert pyramid is not None
        scale = self._placement.scale
        level = pyramid.level_for(scale)
        image = pyramid.levels[level]
        factor = self._placement.width / image.width()
        transform = QTransform.fromScale(factor, self._placement.height / image.height()) * self._placement.transform()
        visible = transform.inverted()[0].mapRect(QRectF(self.rect())).adjusted(-2, -2, 2, 2)
        source = visible.intersected(QRectF(image.rect())).toAlignedRect()
        if source.isEmpty():
            return
        sharp = self._sharp_pixels and scale >= SHARP_FROM
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not sharp)
        painter.setTransform(transform)
        painter.drawImage(QRectF(source), image, QRectF(source))
        painter.restore()

    def _paint_svg(self, painter: QPainter) -> None:
        if self._tile is None:
            self._render_tile()
        tile = self._tile
        if tile is None:
            return
        painter.save()
        current = self._placement.transform()
        if same_linear(tile.transform, current):
            shift = current.map(QPointF(0, 0)) - tile.transform.map(QPointF(0, 0))
            painter.drawImage(QPointF(tile.rect.topLeft()) + shift, tile.image)
        else:  # the zoom is moving: stretch the last rendering until the new one is ready
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.setTransform(tile.transform.inverted()[0] * current)
            painter.drawImage(QRectF(tile.rect), tile.image)
        painter.restore()

    def _paint_overview(self, painter: QPainter) -> None:
        thumbnail = self._overview_thumbnail()
        if thumbnail is None:
            return
        box = self.overview_rect()
        p = self._placement
        size = p.display_size
        side = box.width() / size.width()
        to_box = p.display_transform() * QTransform.fromScale(side, side) * QTransform.fromTranslate(box.x(), box.y())
        visible = p.transform().inverted()[0].map(QPolygonF(QRectF(self.rect())))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QColor(self.palette().color(QPalette.ColorRole.Window))
        frame.setAlpha(220)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(frame)
        painter.drawRoundedRect(box.adjusted(-5, -5, 5, 5), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._backdrop_brush())
        painter.drawRect(box)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setTransform(QTransform.fromScale(p.width / thumbnail.width(), p.height / thumbnail.height())
                             * to_box)
        painter.drawImage(QPointF(0, 0), thumbnail)
        painter.resetTransform()
        painter.setClipRect(box.adjusted(-1, -1, 1, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawPolygon(to_box.map(visible))
        painter.restore()

    def _paint_message(self, painter: QPainter) -> None:
        assert self._message is not None
        title, detail = self._message
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(32, 24, -32, -24)
        painter.save()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        title_rect = painter.boundingRect(area, flags, title)
        painter.setFont(self.font())
        detail_rect = painter.boundingRect(area, flags, detail)
        top = area.center().y() - (title_rect.height() + 10 + detail_rect.height()) / 2
        painter.setFont(font)
        painter.drawText(QRectF(area.x(), top, area.width(), title_rect.height()), flags, title)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(area.x(), top + title_rect.height() + 10, area.width(), detail_rect.height()),
                         flags, detail)
        painter.restore()

    # --- Qt event overrides -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_view_size()
        if self.has_content():
            self._apply_mode()
            self._changed()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._keyboard_focus = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                                  Qt.FocusReason.ShortcutFocusReason)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._keyboard_focus = False
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._checker = None
            self.update()
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.has_content():
            event.ignore()
            return
        pixels = event.pixelDelta()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not pixels.isNull() and not control:  # a touchpad's two-finger scroll pans
            self.pan_by(pixels.x(), pixels.y())
        else:
            steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.has_content():
            self._drag_in_overview = self.overview_visible() and self.overview_rect().contains(event.position())
            if self._drag_in_overview:
                self._centre_on_overview_point(event.position())
            self._drag_from = event.position()
            self._update_cursor()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            if self._drag_in_overview:
                self._centre_on_overview_point(event.position())
            else:
                delta = event.position() - self._drag_from
                self.pan_by(delta.x(), delta.y())
            self._drag_from = event.position()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            self._drag_from = None
            self._drag_in_overview = False
            self._update_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.has_content():
            if self._mode == ZoomMode.FIT:
                self.actual_size(event.position())
            else:
                self.fit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.has_content() or not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        step = (0.5 if shift else 0.1) * min(self.width(), self.height())
        if event.matches(QKeySequence.StandardKey.ZoomIn) or key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in(self.pointer_anchor())
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out(self.pointer_anchor())
        elif key == Qt.Key.Key_0 and control:
            self.fit()
        elif key == Qt.Key.Key_1 and control:
            self.actual_size()
        elif key == Qt.Key.Key_2 and control:
            self.fill()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and not control:
            dx = step if key == Qt.Key.Key_Left else -step if key == Qt.Key.Key_Right else 0.0
            dy = step if key == Qt.Key.Key_Up else -step if key == Qt.Key.Key_Down else 0.0
            self.pan_by(dx, dy)
        elif key == Qt.Key.Key_R and not control:
            self.rotate_by(-90 if shift else 90)
        elif key == Qt.Key.Key_H and not control and not shift:
            self.flip_horizontally()
        elif key == Qt.Key.Key_V and not control and not shift:
            self.flip_vertically()
        else:
            return False
        event.accept()
        return True

    def pointer_anchor(self) -> QPointF | None:
        """The mouse position when it is over the view (keys then zoom around it, like the wheel), else None."""
        if not self.underMouse():
            return None
        position = QPointF(self.mapFromGlobal(QCursor.pos()))
        return position if QRectF(self.rect()).contains(position) else None

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            return self._native_gesture(event)
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel) and isinstance(event, QTouchEvent):
            self._touch(event)
            return True
        return super().event(event)

    def _native_gesture(self, event: QNativeGestureEvent) -> bool:
        """Touchpad gestures: pinch zooms around the fingers, two-finger pan moves, smart zoom toggles fit."""
        gesture = event.gestureType()
        if gesture == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())
        elif gesture == Qt.NativeGestureType.SmartZoomNativeGesture:
            if self._mode == ZoomMode.FIT:
                self.actual_size(event.position())
            else:
                self.fit()
        elif gesture == Qt.NativeGestureType.PanNativeGesture:
            delta = event.delta()
            self.pan_by(delta.x(), delta.y())
        event.accept()
        return True

    def _touch(self, event: QTouchEvent) -> None:
        """Touch screens: one finger drags, two fingers pan and pinch-zoom around their middle."""
        points = [p for p in event.points() if p.state() != p.State.Released]
        event.accept()
        if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel) or not points or not self.has_content():
            self._touch_last = None
            return
        centre = QPointF(sum(p.position().x() for p in points) / len(points),
                         sum(p.position().y() for p in points) / len(points))
        spread = 0.0
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            spread = math.hypot(a.x() - b.x(), a.y() - b.y())
        last = self._touch_last
        self._touch_last = (centre, spread, len(points))
        if last is None or event.type() == QEvent.Type.TouchBegin or last[2] != len(points):
            return  # a finger came or went: start measuring again from here
        last_centre, last_spread, _count = last
        self.pan_by(centre.x() - last_centre.x(), centre.y() - last_centre.y())
        if spread > 0 and last_spread > 0:
            self.zoom_by(spread / last_spread, centre)

    def _centre_on_overview_point(self, view_point: QPointF) -> None:
        box = self.overview_rect()
        p = self._placement
        side = box.width() / p.display_size.width()
        display = QPointF((view_point.x() - box.x()) / side, (view_point.y() - box.y()) / side)
        p.centre = display
        p.clamp()
        if self._mode in (ZoomMode.FIT, ZoomMode.FILL):
            self._mode = ZoomMode.FREE
        self._changed()
