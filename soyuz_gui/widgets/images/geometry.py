"""Where the image sits in the view (:class:`Placement`: pure maths on floats plus ``QTransform``) and the
mip-map pyramid raster images are drawn from, so a frame costs about the pixels on screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import (
    QPointF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QImage,
    QTransform,
)

MIN_SCALE = 0.01
MAX_SCALE = 64.0
ZOOM_STEP = 1.25
FIT_MARGIN = 10.0


class ZoomMode(Enum):
    FIT = "fit"  # whole image visible, follows the view's size
    FILL = "fill"  # view covered, follows the view's size
    ACTUAL = "actual"  # one image pixel per device-independent pixel
    FREE = "free"  # whatever the user zoomed to



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


class Pyramid:
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


