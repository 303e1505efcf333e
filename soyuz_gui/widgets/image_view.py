"""The zoom-and-pan canvas of the image viewer.

It shows one raster image or SVG drawing, or a sentence that explains why an image cannot be shown.

* Geometry lives in :class:`Placement` (pure maths on floats plus ``QTransform``): scale, rotation, flips and the
  point of the displayed image at the centre of the view, with zoom limits and clamping. ``paintEvent`` only draws
  what the helpers computed.
* Raster images are drawn from a mip-map pyramid built on demand (each level half the one before, smoothly
  scaled), so shrinking is smooth and a frame costs about the pixels on screen, not the pixels in the file. Far
  enlarged they switch to sharp pixels (``set_sharp_pixels``).
* SVG drawings are re-rendered with ``QSvgRenderer`` for the visible region at the current scale; while the scale
  changes, the last rendering is stretched for a moment and replaced once the zoom settles, so they are sharp at
  any zoom without re-rendering on every frame.
* Decoding (:func:`decode_image`) goes through the Qt-free checks of :mod:`soyuz_gui.loading.images` and a
  ``QImageReader`` with an allocation limit, and raises :class:`ImageProblem` with a readable message.
* Slow work leaves the GUI thread: images over :data:`BACKGROUND_PIXELS` are decoded (with their half-size levels)
  on the view's own thread pool, and a drawing whose rendering took over :data:`ASYNC_RENDER_MS` is re-rendered
  there with a ``QSvgRenderer`` of its own. A result for an image that is no longer shown is dropped.
"""

from __future__ import annotations

import contextlib
import math
import time
from dataclasses import dataclass, field
from enum import Enum, StrEnum

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
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
    QColor,
    QCursor,
    QFocusEvent,
    QFont,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTouchEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from soyuz_gui.loading.images import (
    DECODE_LIMIT_MB,
    FORMAT_NAMES,
    ImageFormat,
    ImageProblem,
    check_dimensions,
    inspect_image,
    sniff,
    svg_text,
)
from soyuz_gui.models.formats import QT_TRANSLATE_NOOP

MIN_SCALE = 0.01
MAX_SCALE = 64.0
ZOOM_STEP = 1.25
SHARP_FROM = 3.0  # raster images switch to sharp pixels at this enlargement when sharp pixels are on
OVERVIEW_SIDE = 150
SVG_SETTLE_MS = 90
ASYNC_RENDER_MS = 40.0  # an SVG whose rendering took longer is re-rendered on a worker thread
BACKGROUND_PIXELS = 4_000_000  # raster images larger than this are decoded on a worker thread
FIT_MARGIN = 10.0
TILE_MARGIN = 0.15  # share of the view rendered beyond each edge, so short pans need no new rendering


class ZoomMode(Enum):
    FIT = "fit"  # whole image visible, follows the view's size
    FILL = "fill"  # view covered, follows the view's size
    ACTUAL = "actual"  # one image pixel per device-independent pixel
    FREE = "free"  # whatever the user zoomed to


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


def _tr(text: str, disambiguation: str | None = None) -> str:
    """Translate a message of the ``ImageView`` context (for module functions; the messages are literal at the
    call sites or marked with ``QT_TRANSLATE_NOOP``)."""
    return QCoreApplication.translate("ImageView", text, disambiguation)


FORMAT_LABELS = {
    ImageFormat.PNG: QT_TRANSLATE_NOOP("ImageView", "PNG image"),
    ImageFormat.JPEG: QT_TRANSLATE_NOOP("ImageView", "JPEG image"),
    ImageFormat.GIF: QT_TRANSLATE_NOOP("ImageView", "GIF image"),
    ImageFormat.WEBP: QT_TRANSLATE_NOOP("ImageView", "WebP image"),
    ImageFormat.BMP: QT_TRANSLATE_NOOP("ImageView", "BMP image"),
    ImageFormat.SVG: QT_TRANSLATE_NOOP("ImageView", "SVG drawing"),
}
"""What each format is called, as :data:`~soyuz_gui.loading.images.FORMAT_NAMES` (Qt-free) writes it in English."""


def format_label(fmt: ImageFormat) -> str:
    """A format's name in the interface language ("PNG image")."""
    return _tr(FORMAT_LABELS[fmt]) if fmt in FORMAT_LABELS else FORMAT_NAMES[fmt]


def backdrop_label(backdrop: Backdrop) -> str:
    """A backdrop's name in the interface language ("Match theme", "Checkerboard", ...)."""
    return _tr(BACKDROP_LABELS[backdrop])


# --- decoding --------------------------------------------------------------------------------------------------


@dataclass
class Decoded:
    """A decoded image: either pixels or checked SVG text, plus what is worth telling about it."""

    format: ImageFormat
    image: QImage | None = None
    svg: bytes | None = None
    note: str | None = None
    size: QSize = field(default_factory=QSize)
    renderer: QSvgRenderer | None = None  # the parsed drawing, handed over to the first view that shows it
    levels: list[QImage] = field(default_factory=list)  # half-size copies of ``image``, when made in advance


def decode_image(data: bytes, name: str = "") -> Decoded:
    """Check and decode image bytes; raises :class:`ImageProblem` with a message for the viewer to show."""
    sniffed = inspect_image(data, name)  # format, structure, pixel limits, SVG rules: shared with `data validate`
    if sniffed.format == ImageFormat.SVG:
        text = svg_text(data)
        renderer = QSvgRenderer(QByteArray(text))
        if not renderer.isValid():
            raise ImageProblem(QCoreApplication.translate(
                "ImageView", "The SVG drawing could not be read (QtSvg found it invalid)."))
        return Decoded(ImageFormat.SVG, svg=text, note=sniffed.note, size=renderer.defaultSize(), renderer=renderer)
    QImageReader.setAllocationLimit(DECODE_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, sniffed.format.value.encode("ascii"))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        check_dimensions(size.width(), size.height())
    image = reader.read()
    buffer.close()
    if image.isNull():
        what = format_label(sniffed.format)
        error = reader.errorString() or QCoreApplication.translate("ImageView", "unknown error")
        raise ImageProblem(QCoreApplication.translate(
            "ImageView", "The {format} could not be decoded: {error}. The file may be corrupt.").format(
                format=what, error=error))
    image.convertTo(QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel()
                    else QImage.Format.Format_RGB32)
    return Decoded(sniffed.format, image=image, note=sniffed.note, size=image.size())


# --- geometry --------------------------------------------------------------------------------------------------


@dataclass
class Placement:
    """Where the image sits in the view.

    Display coordinates are those of the image after rotation and flips, unscaled, with the origin at the top
    left of the turned image; ``centre`` is the display point at the middle of the view.
    """

    width: float = 1.0  # image size (unrotated)
    height: float = 1.0
    view_width: float = 1.0
    view_height: float = 1.0
    scale: float = 1.0
    rotation: int = 0  # 0, 90, 180, 270 (clockwise)
    flip_x: bool = False  # in image space, applied before rotation
    flip_y: bool = False
    centre: QPointF = field(default_factory=QPointF)

    @property
    def display_size(self) -> QSizeF:
        turned = self.rotation in (90, 270)
        return QSizeF(self.height, self.width) if turned else QSizeF(self.width, self.height)

    def display_transform(self) -> QTransform:
        """Image coordinates -> display coordinates."""
        size = self.display_size
        transform = QTransform()
        transform.translate(size.width() / 2, size.height() / 2)
        transform.rotate(self.rotation)
        transform.scale(-1.0 if self.flip_x else 1.0, -1.0 if self.flip_y else 1.0)
        transform.translate(-self.width / 2, -self.height / 2)
        return transform

    def view_transform(self) -> QTransform:
        """Display coordinates -> view coordinates."""
        transform = QTransform()
        transform.translate(self.view_width / 2, self.view_height / 2)
        transform.scale(self.scale, self.scale)
        transform.translate(-self.centre.x(), -self.centre.y())
        return transform

    def transform(self) -> QTransform:
        """Image coordinates -> view coordinates."""
        return self.display_transform() * self.view_transform()

    def fit_scale(self) -> float:
        """The whole image in view, with a small margin when the view is large enough for one."""
        size = self.display_size
        margin = FIT_MARGIN if min(self.view_width, self.view_height) > 8 * FIT_MARGIN else 0.0
        return min((self.view_width - 2 * margin) / size.width(), (self.view_height - 2 * margin) / size.height())

    def fill_scale(self) -> float:
        size = self.display_size
        return max(self.view_width / size.width(), self.view_height / size.height())

    def scale_limits(self) -> tuple[float, float]:
        low = max(MIN_SCALE, min(self.fit_scale() / 2, 1.0))
        return low, max(MAX_SCALE, self.fill_scale())

    def display_point_at(self, view_point: QPointF) -> QPointF:
        return QPointF(self.centre.x() + (view_point.x() - self.view_width / 2) / self.scale,
                       self.centre.y() + (view_point.y() - self.view_height / 2) / self.scale)

    def clamp(self) -> None:
        """Centre a dimension that fits in the view; otherwise keep the view inside the image."""
        size = self.display_size
        x, y = self.centre.x(), self.centre.y()
        half_w, half_h = self.view_width / (2 * self.scale), self.view_height / (2 * self.scale)
        x = size.width() / 2 if size.width() <= 2 * half_w else min(max(x, half_w), size.width() - half_w)
        y = size.height() / 2 if size.height() <= 2 * half_h else min(max(y, half_h), size.height() - half_h)
        self.centre = QPointF(x, y)

    def zoom_to(self, scale: float, anchor: QPointF | None = None) -> None:
        """Set the scale keeping the display point under ``anchor`` (a view point; default the centre) fixed."""
        low, high = self.scale_limits()
        scale = min(max(scale, low), high)
        if anchor is None:
            anchor = QPointF(self.view_width / 2, self.view_height / 2)
        fixed = self.display_point_at(anchor)
        self.scale = scale
        self.centre = QPointF(fixed.x() - (anchor.x() - self.view_width / 2) / scale,
                              fixed.y() - (anchor.y() - self.view_height / 2) / scale)
        self.clamp()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the image by view pixels (positive: image moves right/down)."""
        self.centre = QPointF(self.centre.x() - dx / self.scale, self.centre.y() - dy / self.scale)
        self.clamp()

    def turn(self, rotation: int | None = None, flip_x: bool | None = None, flip_y: bool | None = None) -> None:
        """Change rotation or flips keeping the image point at the view centre where it is."""
        image_point = self.display_transform().inverted()[0].map(self.centre)
        if rotation is not None:
            self.rotation = rotation % 360
        if flip_x is not None:
            self.flip_x = flip_x
        if flip_y is not None:
            self.flip_y = flip_y
        self.centre = self.display_transform().map(image_point)
        self.clamp()


# --- pieces the canvas draws -----------------------------------------------------------------------------------


def half_size_levels(image: QImage, smallest: int = 512) -> list[QImage]:
    """Smoothly scaled halves of ``image`` down to about ``smallest`` pixels on the longer side."""
    levels: list[QImage] = []
    last = image
    while max(last.width(), last.height()) > smallest and min(last.width(), last.height()) >= 128:
        last = last.scaled(max(1, last.width() // 2), max(1, last.height() // 2),
                           Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        levels.append(last)
    return levels


class _Pyramid:
    """Half-size levels of a raster image, built when first needed (or handed over ready-made)."""

    def __init__(self, image: QImage, levels: list[QImage] | None = None) -> None:
        self.levels = [image, *(levels or [])]

    def level_for(self, scale: float) -> int:
        """The smallest level that still has at least one pixel per view pixel."""
        if scale >= 0.5:
            return 0
        wanted = int(math.floor(math.log2(1.0 / scale)))
        while len(self.levels) <= wanted:
            last = self.levels[-1]
            if last.width() < 64 or last.height() < 64:
                break
            self.levels.append(last.scaled(max(1, last.width() // 2), max(1, last.height() // 2),
                                           Qt.AspectRatioMode.IgnoreAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        return min(wanted, len(self.levels) - 1)

    def smallest_at_least(self, side: int) -> QImage:
        self.level_for(side / max(self.levels[0].width(), self.levels[0].height()))
        fitting = [lv for lv in self.levels if max(lv.width(), lv.height()) >= side]
        return fitting[-1] if fitting else self.levels[0]


@dataclass
class _SvgTile:
    """A rendering of part of the SVG, in view pixels, valid for the transform it was made with."""

    image: QImage
    rect: QRect  # where it sits in the view at ``transform``
    transform: QTransform  # image -> view when it was rendered


def _same_linear(a: QTransform, b: QTransform) -> bool:
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)
               for x, y in ((a.m11(), b.m11()), (a.m12(), b.m12()), (a.m21(), b.m21()), (a.m22(), b.m22())))


def checker_brush(dark: bool, cell: int = 10) -> QBrush:
    pixmap = QPixmap(cell * 2, cell * 2)
    one, two = (QColor("#5b5f66"), QColor("#44474d")) if dark else (QColor("#ffffff"), QColor("#d5d8dd"))
    pixmap.fill(one)
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, cell, cell, two)
    painter.fillRect(cell, cell, cell, cell, two)
    painter.end()
    return QBrush(pixmap)


class _DecodeSignals(QObject):
    finished = Signal(int, object)  # generation, Decoded or ImageProblem
    tile_rendered = Signal(int, object)  # generation, _SvgTile


class _DecodeTask(QRunnable):
    """Decode a large raster image and its half-size levels off the GUI thread."""

    def __init__(self, generation: int, data: bytes, name: str, signals: _DecodeSignals) -> None:
        super().__init__()
        self._generation, self._data, self._name, self._signals = generation, data, name, signals
        self.done = False

    def run(self) -> None:
        result: Decoded | ImageProblem
        try:
            result = decode_image(self._data, self._name)
            if result.image is not None:
                result.levels = half_size_levels(result.image)
        except ImageProblem as problem:
            result = problem
        except Exception as exc:  # noqa: BLE001 - a worker must always report back
            result = ImageProblem(QCoreApplication.translate(
                "ImageView", "The image could not be decoded: {error}").format(error=exc))
        with contextlib.suppress(RuntimeError):  # the view is gone: nobody is waiting
            self._signals.finished.emit(self._generation, result)
        self.done = True


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


class _TileTask(QRunnable):
    """Render an SVG tile off the GUI thread, with a renderer of its own (QSvgRenderer is not shared)."""

    def __init__(self, generation: int, data: bytes, size: QSizeF, transform: QTransform, rect: QRect,
                 ratio: float, signals: _DecodeSignals) -> None:
        super().__init__()
        self._generation, self._data, self._size = generation, data, QSizeF(size)
        self._transform, self._rect, self._ratio = QTransform(transform), QRect(rect), ratio
        self._signals = signals
        self.done = False

    def run(self) -> None:
        renderer = QSvgRenderer(QByteArray(self._data))
        image = render_svg_region(renderer, self._size, self._transform, self._rect, self._ratio)
        with contextlib.suppress(RuntimeError):  # the view is gone: nobody is waiting
            self._signals.tile_rendered.emit(self._generation, _SvgTile(image, self._rect, self._transform))
        self.done = True


# --- the canvas ------------------------------------------------------------------------------------------------


class ImageView(QWidget):
    """Zoomable, pannable, rotatable view of one image or SVG drawing."""

    view_changed = Signal()  # scale, position, rotation or flips changed
    zoom_changed = Signal(float)  # the scale, after it changed
    content_changed = Signal()  # a new image, drawing or message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageView")
        self.setAccessibleName(self.tr("Image"))
        self.setAccessibleDescription(
            self.tr("Wheel or Ctrl+plus/minus to zoom, drag or arrow keys to pan, Ctrl+0 to fit"))
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
        self._pyramid: _Pyramid | None = None
        self._renderer: QSvgRenderer | None = None
        self._tile: _SvgTile | None = None
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
        self._decode_signals = _DecodeSignals(self)
        self._decode_signals.finished.connect(self._on_decode_finished)
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
        self._pyramid = _Pyramid(image, levels)
        self._start(image.width(), image.height())

    def set_svg(self, data: bytes, renderer: QSvgRenderer | None = None) -> None:
        """Show SVG text that :func:`check_svg` has accepted (``renderer``: the same text already parsed)."""
        self._show_svg(data, renderer, None)

    def _show_svg(self, data: bytes, renderer: QSvgRenderer | None, decoded: Decoded | None) -> None:
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(data), self)
        else:
            renderer.setParent(self)
        if not renderer.isValid():
            renderer.deleteLater()
            self.set_message(self.tr("Cannot show this drawing"), self.tr("The SVG drawing could not be read."))
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
            self.set_message(self.tr("Cannot show this image"), problem.message)
            return None
        self.set_decoded(decoded)
        return decoded

    def _start_background(self, data: bytes, name: str, width: int, height: int) -> None:
        self._reset_content()
        self._loading = True
        detail = self.tr("{name}, {width} × {height} pixels").format(name=name, width=width, height=height)
        self._message = (self.tr("Opening image…"), detail if name else "")
        self.setAccessibleDescription(self.tr("Opening image"))
        self._run(_DecodeTask(self._generation, data, name, self._decode_signals))
        self._update_cursor()
        self.update()
        self.content_changed.emit()

    def _on_decode_finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # another image was asked for meanwhile
        if isinstance(result, Decoded):
            self.set_decoded(result)
        elif isinstance(result, ImageProblem):
            self.set_message(self.tr("Cannot show this image"), result.message)

    def wait_for_decoding(self, timeout_ms: int = 30_000) -> bool:
        """Block until a background decode has finished (for tests and benchmarks)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def set_message(self, title: str, detail: str = "") -> None:
        """Show an explanation instead of an image."""
        self._reset_content()
        self._message = (title, detail)
        text = self.tr("{title}. {detail}", "accessible description of a message in the viewer").format(
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
        self.setAccessibleDescription(self.tr("{width} × {height} image. Wheel or Ctrl+plus/minus to zoom, drag or "
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
        return self._tile is not None and _same_linear(self._tile.transform, self._placement.transform())

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
        if tile is None or not _same_linear(tile.transform, self._placement.transform()):
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
        self._set_tile(_SvgTile(image, rect, transform), bounds)

    def _render_tile_in_background(self) -> None:
        request = self._tile_request()
        if request is None or self._svg_data is None:
            return
        transform, _bounds, rect = request
        self._tile_busy = True
        size = QSizeF(self._placement.width, self._placement.height)
        self._run(_TileTask(self._generation, self._svg_data, size, transform, rect, self.devicePixelRatioF(),
                            self._decode_signals))

    def _run(self, task: QRunnable) -> None:
        """Start a worker task; the view keeps it (and so its Python half) alive until the pool is done with it."""
        task.setAutoDelete(False)
        self._tasks = [t for t in self._tasks if t is not task and not getattr(t, "done", False)]
        self._tasks.append(task)
        self._pool.start(task)

    def _on_tile_rendered(self, generation: int, tile: object) -> None:
        if generation != self._generation or not isinstance(tile, _SvgTile):
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

    def _set_tile(self, tile: _SvgTile, bounds: QRectF) -> None:
        self._tile = tile
        transform, rect, image = tile.transform, tile.rect, tile.image
        upright = transform.m12() == 0 and transform.m21() == 0 and transform.m11() > 0 and transform.m22() > 0
        if self._thumbnail is None and upright and QRectF(rect).contains(bounds.adjusted(1, 1, -1, -1)):
            # the whole drawing is in this rendering: the overview thumbnail comes for free
            whole = image.copy(QRectF(bounds.translated(-rect.x(), -rect.y())).toAlignedRect())
            self._thumbnail = whole.scaled(OVERVIEW_SIDE * 2, OVERVIEW_SIDE * 2, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)

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

    def _update_cursor(self) -> None:
        if not self.has_content():
            self.unsetCursor()
        elif self._drag_from is not None:
            self.setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))
        else:
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))

    # --- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
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
        if _same_linear(tile.transform, current):
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._sync_view_size()
        if self.has_content():
            self._apply_mode()
            self._changed()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._keyboard_focus = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                                  Qt.FocusReason.ShortcutFocusReason)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._keyboard_focus = False
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._checker = None
            self.update()
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.has_content():
            self._drag_in_overview = self.overview_visible() and self.overview_rect().contains(event.position())
            if self._drag_in_overview:
                self._centre_on_overview_point(event.position())
            self._drag_from = event.position()
            self._update_cursor()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            self._drag_from = None
            self._drag_in_overview = False
            self._update_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.has_content():
            if self._mode == ZoomMode.FIT:
                self.actual_size(event.position())
            else:
                self.fit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
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
