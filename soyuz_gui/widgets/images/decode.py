"""Decoding image bytes for the viewer: the Qt-free checks of :mod:`soyuz_gui.loading.images`, then a
``QImageReader`` with an allocation limit; :class:`ImageProblem` carries a readable message.

Large images are decoded with their half-size levels on a worker thread (:class:`DecodeTask`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QImageReader,
)
from PySide6.QtSvg import QSvgRenderer

from soyuz_gui.loading.images import (
    DECODE_LIMIT_MB,
    FORMAT_NAMES,
    ImageFormat,
    ImageProblem,
    check_dimensions,
    inspect_image,
    svg_text,
)
from soyuz_gui.models.formats import QT_TRANSLATE_NOOP


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


def decode_image(data: bytes, name: str = "", fit_in: QSize | None = None) -> Decoded:
    """Check and decode image bytes; raises :class:`ImageProblem` with a message for the viewer to show.

    The one way bytes become pixels or a drawing in the app (viewer, thumbnails, fact sheet): the same checks and
    limits for all. ``fit_in`` asks for pixels already scaled down to fit (thumbnails; cheaper for large JPEGs).
    """
    sniffed = inspect_image(data, name)  # format, structure, pixel limits, SVG rules: shared with `data validate`
    if sniffed.format == ImageFormat.SVG:
        text = svg_text(data)
        renderer = svg_renderer(text)
        if not renderer.isValid():
            raise ImageProblem(QCoreApplication.translate(
                "ImageView", "The SVG drawing could not be read (QtSvg found it invalid)."))
        return Decoded(ImageFormat.SVG, svg=text, note=sniffed.note, size=renderer.defaultSize(), renderer=renderer)
    image = _read_raster(data, sniffed.format, fit_in)
    return Decoded(sniffed.format, image=image, note=sniffed.note, size=image.size())


def svg_renderer(text: bytes, parent: QObject | None = None) -> QSvgRenderer:
    """A renderer for SVG text that :func:`decode_image` accepted (check ``isValid()`` for any other text).

    Each thread needs its own (a ``QSvgRenderer`` is not shared between threads), so this is called again where
    a drawing is rendered off the GUI thread.
    """
    return QSvgRenderer(QByteArray(text), parent)


def _read_raster(data: bytes, fmt: ImageFormat, fit_in: QSize | None) -> QImage:
    """Pixels of checked raster bytes, within the allocation and pixel limits."""
    QImageReader.setAllocationLimit(DECODE_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt.value.encode("ascii"))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        check_dimensions(size.width(), size.height(), DECODE_LIMIT_MB)
        if fit_in is not None:
            reader.setScaledSize(size.scaled(fit_in, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        what = format_label(fmt)
        error = reader.errorString() or QCoreApplication.translate("ImageView", "unknown error")
        raise ImageProblem(QCoreApplication.translate(
            "ImageView", "The {format} could not be decoded: {error}. The file may be corrupt.").format(
                format=what, error=error))
    image.convertTo(QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel()
                    else QImage.Format.Format_RGB32)
    return image


# --- geometry --------------------------------------------------------------------------------------------------

def half_size_levels(image: QImage, smallest: int = 512) -> list[QImage]:
    """Smoothly scaled halves of ``image`` down to about ``smallest`` pixels on the longer side."""
    levels: list[QImage] = []
    last = image
    while max(last.width(), last.height()) > smallest and min(last.width(), last.height()) >= 128:
        last = last.scaled(max(1, last.width() // 2), max(1, last.height() // 2),
                           Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        levels.append(last)
    return levels



class WorkerSignals(QObject):
    finished = Signal(int, object)  # generation, Decoded or ImageProblem
    tile_rendered = Signal(int, object)  # generation, SvgTile


class DecodeTask(QRunnable):
    """Decode a large raster image and its half-size levels off the GUI thread."""

    def __init__(self, generation: int, data: bytes, name: str, signals: WorkerSignals) -> None:
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
        except Exception as exc:
            result = ImageProblem(QCoreApplication.translate(
                "ImageView", "The image could not be decoded: {error}").format(error=exc))
        with contextlib.suppress(RuntimeError):  # the view is gone: nobody is waiting
            self._signals.finished.emit(self._generation, result)
        self.done = True
