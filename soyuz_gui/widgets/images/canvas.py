"""The state of the image viewer's canvas: what is shown, how it is placed, and the SVG renderings kept for the
current view. :class:`~soyuz_gui.widgets.images.view.ImageView` adds painting and input on top.

SVG drawings are re-rendered for the visible region at the current scale; while the scale changes, the last
rendering is stretched for a moment and replaced once the zoom settles. A drawing whose rendering took over
:data:`ASYNC_RENDER_MS` is re-rendered on the canvas's own thread pool. A result for an image that is no longer
shown is dropped.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QCursor,
    QImage,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from soyuz_gui.widgets.images.backdrop import Backdrop
from soyuz_gui.widgets.images.decode import (
    Decoded,
    WorkerSignals,
    svg_renderer,
)
from soyuz_gui.widgets.images.geometry import MIN_SCALE, ZOOM_STEP, Placement, Pyramid, ZoomMode
from soyuz_gui.widgets.images.svg import SvgTile, TileTask, render_svg_region, same_linear

translate = QCoreApplication.translate  # lupdate reads translate("ImageView", ...) as the viewer's context


SHARP_FROM = 3.0  # raster images switch to sharp pixels at this enlargement when sharp pixels are on
OVERVIEW_SIDE = 150
SVG_SETTLE_MS = 90
ASYNC_RENDER_MS = 40.0  # an SVG whose rendering took longer is re-rendered on a worker thread
BACKGROUND_PIXELS = 4_000_000  # raster images larger than this are decoded on a worker thread
TILE_MARGIN = 0.15  # share of the view rendered beyond each edge, so short pans need no new rendering


class ImageCanvas(QWidget):
    """The state of a zoomable, pannable, rotatable view of one image or SVG drawing (no painting, no input)."""

    view_changed = Signal()  # scale, position, rotation or flips changed
    zoom_changed = Signal(float)  # the scale, after it changed
    content_changed = Signal()  # a new image, drawing or message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageView")
        self.setAccessibleName(translate("ImageView", "Image"))
        self.setAccessibleDescription(
            translate("ImageView", "Wheel or Ctrl+plus/minus to zoom, drag or arrow keys to pan, Ctrl+0 to fit"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._placement = Placement()
        self._mode = ZoomMode.FIT
        self._backdrop = Backdrop.THEME
        self._sharp_pixels = True
        self._show_overview = True
        self._image: QImage | None = None
        self._pyramid: Pyramid | None = None
        self._renderer: QSvgRenderer | None = None
        self._tile: SvgTile | None = None
        self._thumbnail: QImage | None = None
        self._message: tuple[str, str] | None = None
        self._drag_from: QPointF | None = None
        self._drag_in_overview = False
        self._touch_last: tuple[QPointF, float, int] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SVG_SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self._checker: tuple[bool, QBrush] | None = None
        self._decoded: Decoded | None = None
        self._generation = 0  # identifies the newest request, so a late background result is dropped
        self._loading = False
        self._pool = QThreadPool(self)  # its destructor waits for a running decode
        self._pool.setMaxThreadCount(1)
        self._decode_signals = WorkerSignals(self)
        self._decode_signals.tile_rendered.connect(self._on_tile_rendered)
        self._svg_data: bytes | None = None
        self._svg_render_ms = 0.0  # how long the last rendering took on the GUI thread
        self._tile_busy = False
        self._tasks: list[QRunnable] = []
        self._keyboard_focus = False
        self._update_cursor()

    # --- content ------------------------------------------------------------------------------------------

    def set_image(self, image: QImage, levels: list[QImage] | None = None) -> None:
        """Show a raster image (kept as given; :func:`decode_image` converts to a fast format)."""
        self._show_image(image, levels, None)

    def _show_image(self, image: QImage, levels: list[QImage] | None, decoded: Decoded | None) -> None:
        self._reset_content()
        self._decoded = decoded
        self._image = image
        self._pyramid = Pyramid(image, levels)
        self._start(image.width(), image.height())

    def set_svg(self, data: bytes, renderer: QSvgRenderer | None = None) -> None:
        """Show SVG text that :func:`check_svg` has accepted (``renderer``: the same text already parsed)."""
        self._show_svg(data, renderer, None)

    def _show_svg(self, data: bytes, renderer: QSvgRenderer | None, decoded: Decoded | None) -> None:
        if renderer is None:
            renderer = svg_renderer(data, self)
        else:
            renderer.setParent(self)
        if not renderer.isValid():
            renderer.deleteLater()
            self.set_message(translate("ImageView", "Cannot show this drawing"),
                             translate("ImageView", "The SVG drawing could not be read."))
            return
        if hasattr(renderer, "setAnimationEnabled"):
            renderer.setAnimationEnabled(False)
        self._reset_content()
        self._decoded = decoded
        self._renderer = renderer
        self._svg_data = data
        size = renderer.defaultSize()
        if size.isEmpty():
            box = renderer.viewBoxF()
            size = QSize(max(1, round(box.width())), max(1, round(box.height())))
        self._start(size.width(), size.height())

    def set_decoded(self, decoded: Decoded) -> None:
        """Show what :func:`decode_image` returned; :meth:`decoded` gives it back."""
        if decoded.svg is not None:
            renderer, decoded.renderer = decoded.renderer, None  # a renderer belongs to one view
            self._show_svg(decoded.svg, renderer, decoded)
        elif decoded.image is not None:
            levels, decoded.levels = decoded.levels, []
            self._show_image(decoded.image, levels, decoded)

    def set_message(self, title: str, detail: str = "") -> None:
        """Show an explanation instead of an image."""
        self._reset_content()
        self._message = (title, detail)
        text = translate("ImageView", "{title}. {detail}", "accessible description of a message in the viewer").format(
            title=title, detail=detail) if detail else title
        self.setAccessibleDescription(text.strip())
        self._update_cursor()
        self.update()
        self.content_changed.emit()

    def clear(self) -> None:
        self._reset_content()
        self._update_cursor()
        self.update()
        self.content_changed.emit()

    def _reset_content(self) -> None:
        if self._renderer is not None:
            self._renderer.deleteLater()
        self._image = self._pyramid = self._renderer = self._tile = self._thumbnail = None
        self._message = None
        self._decoded = None
        self._loading = False
        self._svg_data = None
        self._svg_render_ms = 0.0
        self._tile_busy = False
        self._generation += 1
        self._settle.stop()

    def _start(self, width: int, height: int) -> None:
        self._placement = Placement(float(max(width, 1)), float(max(height, 1)))
        self._sync_view_size()
        self._mode = ZoomMode.FIT
        self._apply_mode()
        self.setAccessibleDescription(translate(
            "ImageView", "{width} × {height} image. Wheel or Ctrl+plus/minus to zoom, drag or "
                         "arrow keys to pan, Ctrl+0 to fit").format(width=width, height=height))
        self._update_cursor()
        self.content_changed.emit()
        self._changed()

    # --- state --------------------------------------------------------------------------------------------

    def has_content(self) -> bool:
        return self._image is not None or self._renderer is not None

    def is_svg(self) -> bool:
        return self._renderer is not None

    def is_loading(self) -> bool:
        """True while a large image is being decoded in the background."""
        return self._loading

    def decoded(self) -> Decoded | None:
        """What :func:`decode_image` made of the image shown (None for a message or a bare ``set_image``)."""
        return self._decoded

    def message(self) -> tuple[str, str] | None:
        return self._message

    def image_size(self) -> QSize:
        if not self.has_content():
            return QSize()
        return QSize(round(self._placement.width), round(self._placement.height))

    def scale(self) -> float:
        return self._placement.scale

    def zoom_mode(self) -> ZoomMode:
        return self._mode

    def rotation(self) -> int:
        return self._placement.rotation

    def flips(self) -> tuple[bool, bool]:
        """Whether the image shows mirrored left-right and upside-down, as seen on screen."""
        p = self._placement
        if p.rotation in (90, 270):
            return p.flip_y, p.flip_x
        return p.flip_x, p.flip_y

    def placement(self) -> Placement:
        return self._placement

    def backdrop(self) -> Backdrop:
        return self._backdrop

    def sharp_pixels(self) -> bool:
        return self._sharp_pixels

    def image_point_at(self, view_point: QPointF) -> QPointF:
        """The image coordinates under a view point."""
        return self._placement.transform().inverted()[0].map(view_point)

    def view_point_for(self, image_point: QPointF) -> QPointF:
        return self._placement.transform().map(image_point)

    def scale_limits(self) -> tuple[float, float]:
        return self._placement.scale_limits()

    def svg_tile_transform(self) -> QTransform | None:
        """The transform the current SVG rendering was made for (tests use it to prove re-rendering)."""
        return None if self._tile is None else QTransform(self._tile.transform)

    def svg_is_sharp(self) -> bool:
        """True when the SVG on screen was rendered at exactly the current scale, rotation and flips."""
        return self._tile is not None and same_linear(self._tile.transform, self._placement.transform())


    def fit(self) -> None:
        self._set_mode(ZoomMode.FIT)

    def fill(self) -> None:
        self._set_mode(ZoomMode.FILL)

    def actual_size(self, anchor: QPointF | None = None) -> None:
        if anchor is not None and self.has_content():
            self._placement.zoom_to(1.0, anchor)
            self._mode = ZoomMode.ACTUAL
            self._changed()
        else:
            self._set_mode(ZoomMode.ACTUAL)

    def zoom_in(self, anchor: QPointF | None = None) -> None:
        self.zoom_by(ZOOM_STEP, anchor)

    def zoom_out(self, anchor: QPointF | None = None) -> None:
        self.zoom_by(1 / ZOOM_STEP, anchor)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Multiply the scale, keeping the image point under ``anchor`` (view coordinates) in place."""
        self.set_scale(self._placement.scale * factor, anchor)

    def set_scale(self, scale: float, anchor: QPointF | None = None) -> None:
        if not self.has_content():
            return
        self._placement.zoom_to(scale, anchor)
        self._mode = ZoomMode.ACTUAL if math.isclose(self._placement.scale, 1.0) else ZoomMode.FREE
        self._changed()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the image by view pixels."""
        if not self.has_content():
            return
        self._placement.pan_by(dx, dy)
        if self._mode == ZoomMode.FIT:
            self._mode = ZoomMode.FREE
        self._changed()

    def centre_on(self, image_point: QPointF) -> None:
        if not self.has_content():
            return
        self._placement.centre = self._placement.display_transform().map(image_point)
        self._placement.clamp()
        self._changed()

    def rotate_by(self, degrees: int) -> None:
        """Turn by a multiple of 90 degrees (positive: clockwise)."""
        if not self.has_content():
            return
        self._placement.turn(rotation=self._placement.rotation + degrees)
        self._apply_mode()
        self._changed()

    def flip_horizontally(self) -> None:
        """Mirror left-right as seen on screen."""
        p = self._placement
        if p.rotation in (90, 270):
            p.turn(flip_y=not p.flip_y)
        else:
            p.turn(flip_x=not p.flip_x)
        self._changed()

    def flip_vertically(self) -> None:
        p = self._placement
        if p.rotation in (90, 270):
            p.turn(flip_x=not p.flip_x)
        else:
            p.turn(flip_y=not p.flip_y)
        self._changed()

    def reset_orientation(self) -> None:
        self._placement.turn(rotation=0, flip_x=False, flip_y=False)
        self._apply_mode()
        self._changed()

    def set_backdrop(self, backdrop: Backdrop) -> None:
        self._backdrop = Backdrop(backdrop)
        self.update()

    def set_sharp_pixels(self, sharp: bool) -> None:
        self._sharp_pixels = sharp
        self.update()

    def set_overview_enabled(self, enabled: bool) -> None:
        self._show_overview = enabled
        self.update()


    def _set_mode(self, mode: ZoomMode) -> None:
        if not self.has_content():
            return
        self._mode = mode
        self._apply_mode()
        self._changed()

    def _apply_mode(self) -> None:
        p = self._placement
        size = p.display_size
        if self._mode == ZoomMode.FIT:
            p.scale = max(MIN_SCALE, p.fit_scale())
            p.centre = QPointF(size.width() / 2, size.height() / 2)
        elif self._mode == ZoomMode.FILL:
            p.scale = p.fill_scale()
            p.centre = QPointF(size.width() / 2, size.height() / 2)
        elif self._mode == ZoomMode.ACTUAL:
            p.scale = 1.0
        p.clamp()

    def _sync_view_size(self) -> None:
        self._placement.view_width = float(max(self.width(), 1))
        self._placement.view_height = float(max(self.height(), 1))

    def _changed(self) -> None:
        if self._renderer is not None and not self._tile_covers_view():
            self._settle.start()
        self.update()
        self.view_changed.emit()
        self.zoom_changed.emit(self._placement.scale)

    def _tile_covers_view(self) -> bool:
        tile = self._tile
        if tile is None or not same_linear(tile.transform, self._placement.transform()):
            return False
        shift = self._placement.transform().map(QPointF(0, 0)) - tile.transform.map(QPointF(0, 0))
        needed = self._visible_image_rect_in_view()
        return QRectF(tile.rect).translated(shift).adjusted(-1, -1, 1, 1).contains(needed)

    def _visible_image_rect_in_view(self) -> QRectF:
        bounds = self._placement.transform().mapRect(QRectF(0, 0, self._placement.width, self._placement.height))
        return bounds.intersected(QRectF(self.rect()))

    def _on_settle_timeout(self) -> None:
        if self._tile_busy or self._tile_covers_view():
            return  # a rendering is under way (its arrival checks again), or the one there is right
        if self._svg_data is not None and self._svg_render_ms > ASYNC_RENDER_MS:
            self._render_tile_in_background()
        else:
            self._render_tile()
            self.update()

    def _tile_request(self) -> tuple[QTransform, QRectF, QRect] | None:
        """The transform, the drawing's bounds in the view and the view rectangle a new rendering should cover."""
        transform = self._placement.transform()
        bounds = transform.mapRect(QRectF(0, 0, self._placement.width, self._placement.height))
        margin_x, margin_y = self.width() * TILE_MARGIN, self.height() * TILE_MARGIN
        wanted = QRectF(self.rect()).adjusted(-margin_x, -margin_y, margin_x, margin_y).intersected(bounds)
        rect = wanted.toAlignedRect()
        return None if rect.isEmpty() else (transform, bounds, rect)

    def _render_tile(self) -> None:
        """Render the visible part of the SVG (plus a margin for panning) at the current transform, right now."""
        renderer = self._renderer
        request = self._tile_request()
        if renderer is None or request is None:
            self._tile = None
            return
        transform, bounds, rect = request
        start = time.perf_counter()
        image = render_svg_region(renderer, QSizeF(self._placement.width, self._placement.height), transform, rect,
                                  self.devicePixelRatioF())
        self._svg_render_ms = (time.perf_counter() - start) * 1000
        self._set_tile(SvgTile(image, rect, transform), bounds)

    def _render_tile_in_background(self) -> None:
        request = self._tile_request()
        if request is None or self._svg_data is None:
            return
        transform, _bounds, rect = request
        self._tile_busy = True
        size = QSizeF(self._placement.width, self._placement.height)
        self._run(TileTask(self._generation, self._svg_data, size, transform, rect, self.devicePixelRatioF(),
                            self._decode_signals))

    def _run(self, task: QRunnable) -> None:
        """Start a worker task; the view keeps it (and so its Python half) alive until the pool is done with it."""
        task.setAutoDelete(False)
        self._tasks = [t for t in self._tasks if t is not task and not getattr(t, "done", False)]
        self._tasks.append(task)
        self._pool.start(task)

    def _on_tile_rendered(self, generation: int, tile: object) -> None:
        if generation != self._generation or not isinstance(tile, SvgTile):
            return  # another image is shown now
        self._tile_busy = False
        bounds = tile.transform.mapRect(QRectF(0, 0, self._placement.width, self._placement.height))
        self._set_tile(tile, bounds)
        self.update()
        if not self._tile_covers_view():  # the view moved on while it was drawn
            self._settle.start()

    def wait_for_rendering(self, timeout_ms: int = 30_000) -> bool:
        """Block until a background rendering has finished (for tests and benchmarks)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def _set_tile(self, tile: SvgTile, bounds: QRectF) -> None:
        self._tile = tile
        transform, rect, image = tile.transform, tile.rect, tile.image
        upright = transform.m12() == 0 and transform.m21() == 0 and transform.m11() > 0 and transform.m22() > 0
        if self._thumbnail is None and upright and QRectF(rect).contains(bounds.adjusted(1, 1, -1, -1)):
            # the whole drawing is in this rendering: the overview thumbnail comes for free
            whole = image.copy(QRectF(bounds.translated(-rect.x(), -rect.y())).toAlignedRect())
            self._thumbnail = whole.scaled(OVERVIEW_SIDE * 2, OVERVIEW_SIDE * 2, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)

    def _update_cursor(self) -> None:
        if not self.has_content():
            self.unsetCursor()
        elif self._drag_from is not None:
            self.setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))
        else:
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))

    # --- painting -----------------------------------------------------------------------------------------
