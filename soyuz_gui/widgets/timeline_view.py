"""The mission timeline: a natively painted, zoomable, multi-lane view, and the pane with its toolbar.

``TimelineView`` draws a :class:`~soyuz_gui.domain.timeline.Timeline` in one ``paintEvent``. Where things go is
decided by the Qt-free :mod:`soyuz_gui.domain.timescale` (scale, ticks, clusters) and the view only draws what
those helpers return for the visible window, so 100,000 events cost what the few hundred on screen cost.

``TimelinePane`` adds the controls (zoom, fit, mission/programme, UTC/local/MET, export) and is what the main
window embeds.
"""

from __future__ import annotations

import bisect
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSaveFile,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QComboBox,
    QFileDialog,
    QGestureEvent,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPinchGesture,
    QScrollBar,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.entities import GENERATIONS
from soyuz_gui.domain.timeline import (
    Band,
    Grouping,
    ItemKind,
    Lane,
    LaneKind,
    Timeline,
    TimelineItem,
    event_word,
    generation_order,
    mission_timeline,
    precision_name,
    programme_timeline,
    short_duration,
)
from soyuz_gui.domain.timescale import (
    DAY,
    Axis,
    Cluster,
    TimeMode,
    TimeScale,
    ZoomLimits,
    axis,
    cluster_points,
    format_instant,
    hit_cluster,
    lane_at,
    to_zone,
    visible_clusters,
    visible_range_indices,
)
from soyuz_gui.domain.timeutil import Instant, Precision
from soyuz_gui.models.formats import Formats

AXIS_HEIGHT = 46  # two label rows: context (major) above, ticks (minor) below
BAND_HEIGHT = 20  # expedition names
LANE_HEIGHT = 30
GUTTER = 176  # lane titles
MARKER = 6.0  # half size of a point's shape
SPRITE_HALF = MARKER + 4  # half the side of a marker's bitmap (room for the outline)
CLUSTER_GAP = 2 * MARKER + 2  # points closer than this merge into a counted cluster: shapes never overlap
ZOOM_STEP = 1.6
SPRITES_PER_FRAME = 24  # new cluster bitmaps one frame may make; the rest are drawn directly that frame

_UNCERTAINTY = {Precision.DAY: DAY, Precision.MONTH: 30 * DAY, Precision.YEAR: 365 * DAY}

# The English words of the axis labels soyuz_gui.domain.timescale writes (strftime in the C locale).
_MONTHS = {name: n for n, name in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                             "September", "October", "November", "December"), start=1)}
_SHORT_MONTHS = {name[:3]: n for name, n in _MONTHS.items()}
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MON = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_AXIS_FORMS = {  # name -> the shape of an axis label (see timescale.major_label, minor_label, _shorter_forms)
    "day_clock": re.compile(rf"(?P<day>\d{{1,2}}) {_MON} (?P<year>\d{{4}}) (?P<clock>\d\d:\d\d)"),
    "weekday_day": re.compile(rf"{_WEEKDAY} (?P<day>\d{{1,2}}) {_MON} (?P<year>\d{{4}})"),
    "day_month_clock": re.compile(rf"(?P<day>\d{{1,2}}) {_MON} (?P<clock>\d\d:\d\d)"),
    "day_month_year": re.compile(rf"(?P<day>\d{{1,2}}) {_MON} (?P<year>\d{{4}})"),
    "day_month": re.compile(rf"(?P<day>\d{{1,2}}) {_MON}"),
    "mon_year": re.compile(rf"{_MON} (?P<year>\d{{4}})"),
    "month_year": re.compile(r"(?P<month>[A-Z][a-z]+) (?P<year>\d{4})"),
    "mon": re.compile(_MON),
    "decade": re.compile(r"(?P<decade>\d{4})s"),
}


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under the pointer: one item, or a cluster of points of a lane."""

    lane: int
    item: TimelineItem | None = None
    cluster: Cluster | None = None
    members: tuple[TimelineItem, ...] = ()



# One colour per spacecraft generation (Okabe–Ito and Tol hues, readable by most colour-blind people); the lane
# title and the bar's label name the generation too, so colour is never the only cue.
_GENERATION_HUES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#117733",
                    "#332288", "#999933", "#44AA99", "#AA4499", "#6699CC")


def generation_colour(category: str, dark: bool) -> QColor:
    """The fill for a mission of one generation, a little lighter on a dark background."""
    names = [f"Soyuz {g}" for g in GENERATIONS[:9]] + list(GENERATIONS[9:])
    # Anything outside the known generations (cargo ships) is grey: no colour that could be taken for a generation.
    colour = QColor(_GENERATION_HUES[names.index(category)]) if category in names else QColor("#8a8f98")
    return colour.lighter(125) if dark else colour

def _fitting_label(candidates: tuple[str, ...], width: float, measure: Callable[[str], float],
                   metrics: QFontMetricsF) -> str:
    """The first candidate that fits whole; a long first one may be elided, never cut to a stub like "So…"."""
    for text in candidates:
        if text and measure(text) <= width:
            return text
    if width >= 90 and candidates and candidates[0]:
        return metrics.elidedText(candidates[0], Qt.TextElideMode.ElideRight, width)
    return ""


def _marker_path(kind: str, r: float) -> QPainterPath:
    """A shape per event kind, so kinds differ by outline, not only by colour."""
    path = QPainterPath()
    if kind == "launch":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.15), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
    elif kind == "landing":
        path.addPolygon(QPolygonF([QPointF(0, r * 1.15), QPointF(r, -r * 0.8), QPointF(-r, -r * 0.8)]))
    elif kind in ("docking", "undocking"):
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.1), QPointF(r * 1.1, 0), QPointF(0, r * 1.1),
                                   QPointF(-r * 1.1, 0)]))
    elif kind == "relocation":
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))
    elif kind == "spacewalk":
        star = QPolygonF()
        for n in range(10):
            radius = r * 1.2 if n % 2 == 0 else r * 0.5
            angle = math.pi / 5 * n - math.pi / 2
            star.append(QPointF(radius * math.cos(angle), radius * math.sin(angle)))
        path.addPolygon(star)
    elif kind == "abort":
        w = r * 0.35
        for sign in (1, -1):
            cross = QPolygonF([QPointF(-r, -r * sign + w * sign), QPointF(-r + w, -r * sign),
                               QPointF(r, r * sign - w * sign), QPointF(r - w, r * sign)])
            path.addPolygon(cross)
    else:
        path.addEllipse(QPointF(0, 0), r * 0.8, r * 0.8)
    path.closeSubpath()
    return path


_HOLLOW = {"undocking", "crew-change", "other", "landing"}


class TimelineView(QWidget):
    """Paints a timeline; selects, hovers, zooms, pans and walks it with the keyboard."""

    entity_selected = Signal(str)
    entity_activated = Signal(str)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr("Use left and right arrows to move between items, plus and minus to zoom"))

        self._timeline: Timeline | None = None
        self._fitted = False
        self._scale = TimeScale(0.0, 1.0, 1.0)
        self._limits = ZoomLimits()
        self._mode = TimeMode.UTC
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.setObjectName("timelineScroll")
        self._scroll.valueChanged.connect(self._on_scroll_value_changed)
        self._current: str | None = None
        self._selected_entity: str | None = None
        self._hover: Hit | None = None
        self._press: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._press_scroll = 0
        self._dragged = False
        self._clusters: dict[int, list[Cluster]] = {}
        self._clusters_spp = 0.0
        self._paths: dict[str, QPainterPath] = {}
        self._measure_cache: dict[str, float] = {}
        self._styles: dict[str, tuple[QBrush, QPen, QColor]] = {}
        self._chosen_pen = QPen()
        self._sprites: dict[tuple[object, ...], QPixmap] = {}
        self._counts: dict[int, tuple[str, float]] = {}
        self._accessibles: dict[str, _ItemAccessible] = {}
        self._labels: dict[str, tuple[str, str]] = {}  # item key -> (label, shorter label), in the UI language
        self._axis_labels: dict[str, str] = {}  # the domain's axis label -> the label in the UI language
        _install_accessibility()
        self._pills: dict[tuple[int, int, float], tuple[QPixmap, int]] = {}
        self._sprite_budget = SPRITES_PER_FRAME
        self._small_font = QFont(self.font())
        self._small_font.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        self._bold_font = QFont(self.font())
        self._bold_font.setBold(True)
        self._small_bold = QFont(self._small_font)  # a selected bar's label: stands out, still fits like the rest
        self._small_bold.setBold(True)
        self._metrics = QFontMetricsF(self._small_font)
        self._bold_metrics = QFontMetricsF(self._small_bold)

    # --- public -------------------------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def scale(self) -> TimeScale:
        return self._scale

    @property
    def time_mode(self) -> TimeMode:
        return self._mode

    @property
    def current_key(self) -> str | None:
        return self._current

    @property
    def selected_entity(self) -> str | None:
        return self._selected_entity

    def current_item(self) -> TimelineItem | None:
        return self._timeline.item(self._current) if self._timeline and self._current else None

    def set_timeline(self, timeline: Timeline | None, keep_view: bool = False) -> None:
        """Show a timeline; fits its focus range unless ``keep_view``."""
        self._timeline = timeline
        self._clusters.clear()
        self._labels.clear()
        # Item interfaces are kept (Qt's accessibility cache may still point at them); they look their item up by
        # key, so after a switch they answer for the new timeline or report themselves invalid.
        if self._current and (timeline is None or timeline.item(self._current) is None):
            self._current = None
        self._hover = None
        if timeline is not None:
            lo, hi = timeline.extent
            self._limits = ZoomLimits.for_extent(lo, hi, self._data_width())
        self._update_scrollbar()
        if not keep_view:
            self.fit()
        else:
            self._set_scale(self._scale)
        if self._mode == TimeMode.MET and (timeline is None or timeline.origin is None):
            self._mode = TimeMode.UTC
        self._select_entity_items()
        self.update()

    def set_time_mode(self, mode: TimeMode) -> None:
        if mode == TimeMode.MET and (self._timeline is None or self._timeline.origin is None):
            mode = TimeMode.UTC
        self._mode = mode
        self._update_accessible()
        self.update()
        self.view_changed.emit()

    def select_entity(self, entity_id: str | None) -> None:
        """Highlight the items of an entity without emitting anything (the other panes already know)."""
        self._selected_entity = entity_id
        self._select_entity_items()
        self.update()

    def fit(self) -> None:
        """Show the focus range (a mission's launch to landing, or the whole programme)."""
        if self._timeline is None:
            return
        lo, hi = self._timeline.focus
        self._set_scale(TimeScale.fit(lo, hi, self._data_width()))
        self._fitted = True  # until the user zooms or pans, a resize fits again

    def fit_range(self, lo: float, hi: float) -> None:
        self._set_scale(TimeScale.fit(lo, hi, self._data_width(), margin=0.1))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (> 1 zooms in) around a data-area x (the centre by default)."""
        anchor = self._scale.width / 2 if anchor_x is None else anchor_x
        if self._timeline is not None:  # the data width may have changed since (a scroll bar came or went)
            lo, hi = self._timeline.extent
            self._limits = ZoomLimits.for_extent(lo, hi, self._data_width())
        self._set_scale(self._scale.zoomed(factor, anchor, self._limits))

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def pan(self, dx: float) -> None:
        self._set_scale(self._scale.panned(dx))

    def set_current(self, key: str | None, emit: bool = True, reveal: bool = True) -> None:
        """Make an item current (keyboard focus and selection); emits ``entity_selected`` for its entity."""
        item = self._timeline.item(key) if self._timeline and key else None
        self._current = item.key if item else None
        if item is not None:
            if reveal:
                self._reveal(item)
            self._selected_entity = item.entity_id
            if emit and item.entity_id:
                self.entity_selected.emit(item.entity_id)
        self._update_accessible()
        self.update()

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
        out = QSaveFile(target)
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
            return False
        if target.lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator  # only exports need QtSvg

            width, height, scale, offset = self._export_geometry(full_range)
            generator = QSvgGenerator()
            generator.setOutputDevice(out)
            generator.setSize(QSize(int(width), int(height)))
            generator.setViewBox(QRect(0, 0, int(width), int(height)))
            generator.setTitle(self.timeline_title() if self._timeline else self.tr("Timeline"))
            generator.setDescription(self.tr("Soyuz Mission Browser timeline"))
            painter = QPainter(generator)
            try:
                painter.fillRect(QRectF(0, 0, width, height), self.palette().color(QPalette.ColorRole.Base))
                self._paint(painter, QRectF(0, 0, width, height), scale, offset, vector=True)
            finally:
                painter.end()
        else:
            if not self.render_image(full_range, 2.0).save(out, "PNG"):  # type: ignore[call-overload]
                out.cancelWriting()
                return False
        return out.commit()

    def hit_test(self, pos: QPointF) -> Hit | None:
        """The item or cluster under a widget position (None over empty space, the axis or the gutter)."""
        if self._timeline is None or pos.x() < GUTTER or pos.x() > GUTTER + self._scale.width:
            return None
        lane = lane_at(pos.y() + self._scroll.value(), self._lanes_top(), LANE_HEIGHT, len(self._timeline.lanes))
        if lane is None or pos.y() < self._lanes_top():
            return None
        x = pos.x() - GUTTER
        row = self._timeline.lanes[lane]
        if row.points:
            clusters, shift = self._lane_clusters(lane, self._scale)
            cluster = hit_cluster(clusters, x + shift, MARKER + 2)
            if cluster is not None:
                members = tuple(row.points[cluster.first:cluster.last + 1])
                if cluster.count == 1:
                    return Hit(lane, item=members[0])
                return Hit(lane, cluster=cluster, members=members)
        t = self._scale.t_for(x)
        ranges = self._timeline.ranges_at(lane, t, slack=2 * self._scale.spp)
        if ranges:
            return Hit(lane, item=ranges[0])
        return None

    def item_rect(self, key: str) -> QRectF:
        """Where an item is drawn, in widget coordinates (for tests and accessibility)."""
        item = self._timeline.item(key) if self._timeline else None
        if item is None:
            return QRectF()
        top = self._lane_y(item.lane)
        x0 = GUTTER + self._scale.x_for(item.start)
        if item.is_point:
            return QRectF(x0 - MARKER, top + LANE_HEIGHT / 2 - MARKER, 2 * MARKER, 2 * MARKER)
        x1 = GUTTER + self._scale.x_for(item.end)
        return QRectF(x0, top + 5, max(x1 - x0, 2.0), LANE_HEIGHT - 10)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(GUTTER + 160, AXIS_HEIGHT + BAND_HEIGHT + 2 * LANE_HEIGHT)

    # --- geometry -----------------------------------------------------------------------------------------

    def _data_width(self) -> float:
        bar = self._scroll.width() if self._scroll.isVisible() else 0
        return float(max(self.width() - GUTTER - bar, 40))

    def _lanes_top(self) -> float:
        return float(AXIS_HEIGHT + BAND_HEIGHT)

    def _lane_y(self, lane: int) -> float:
        return self._lanes_top() + lane * LANE_HEIGHT - self._scroll.value()

    def _content_height(self) -> int:
        lanes = len(self._timeline.lanes) if self._timeline else 0
        return int(self._lanes_top() + lanes * LANE_HEIGHT + 8)

    def _visible_lanes(self, top: float, bottom: float, offset: float) -> range:
        if self._timeline is None:
            return range(0)
        first = max(int((top + offset - self._lanes_top()) // LANE_HEIGHT), 0)
        last = min(int((bottom + offset - self._lanes_top()) // LANE_HEIGHT) + 1, len(self._timeline.lanes))
        return range(first, max(first, last))

    def _lane_clusters(self, lane: int, scale: TimeScale) -> tuple[list[Cluster], float]:
        """Clusters of a lane's points at a zoom, and the shift from their x to the view's x.

        Clusters are made on a scale anchored at the epoch, so they depend on the zoom only: they are cached per
        zoom and a pan reuses them (x in view = cluster x - shift).
        """
        if self._timeline is None:
            return [], 0.0
        shift = scale.start / scale.spp
        if self._clusters_spp != scale.spp:
            self._clusters.clear()
            self._clusters_spp = scale.spp
        found = self._clusters.get(lane)
        if found is None:
            anchored = TimeScale(0.0, scale.spp, scale.width)
            found = cluster_points(self._timeline.lanes[lane].point_times, anchored, CLUSTER_GAP)
            self._clusters[lane] = found
        return found, shift

    def _measure(self, text: str) -> float:
        width = self._measure_cache.get(text)
        if width is None:
            width = QFontMetricsF(self._small_font).horizontalAdvance(text)
            if len(self._measure_cache) > 4000:
                self._measure_cache.clear()
            self._measure_cache[text] = width
        return width

    def _axis(self, scale: TimeScale) -> Axis:
        origin = self._timeline.origin if self._timeline else None
        zone = UTC if self._mode == TimeMode.UTC else None
        return axis(scale, self._mode, zone, origin, self._measure_axis_label)

    def _measure_axis_label(self, text: str) -> float:
        """The width of a label as drawn: the layout of the axis is decided for the translated text."""
        return self._measure(self.axis_label(text))

    def axis_label(self, text: str) -> str:
        """An axis label of the domain ("December 2017", "Tue 19 Dec 2017", "Dec") in the interface language."""
        found = self._axis_labels.get(text)
        if found is None:
            if len(self._axis_labels) > 4000:
                self._axis_labels.clear()
            found = self._axis_labels.setdefault(text, self._translate_axis_label(text))
        return found

    def _translate_axis_label(self, text: str) -> str:
        formats = Formats.current()
        locale = formats.locale
        if locale.language() == QLocale.Language.English:
            return text
        found = next(((name, match) for name, form in _AXIS_FORMS.items()
                      if (match := form.fullmatch(text)) is not None), None)
        if found is None:
            return text  # numbers, clocks and elapsed time read the same in every language
        name, match = found
        parts = match.groupdict()
        if name == "decade":
            return self.tr("{decade}s", "a decade on the timeline axis, e.g. 2010s").format(decade=parts["decade"])
        if name == "month_year":
            month = _MONTHS.get(parts["month"])
            if month is None:
                return text
            return formats.instant(Instant(datetime(int(parts["year"]), month, 1, tzinfo=UTC), Precision.MONTH))
        month = _SHORT_MONTHS[parts["mon"]]
        if name == "mon":
            return locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        if name == "mon_year":
            return self._short_month(month, int(parts["year"]))
        year = int(parts.get("year") or 2000)  # a leap year, so "29 Feb" stays a date
        day = int(parts.get("day") or 1)
        hour, minute = (int(v) for v in (parts.get("clock") or "00:00").split(":"))
        when = QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.utc())
        if name == "day_clock":
            pattern = self.tr("d MMM yyyy HH:mm", "QDateTime format of a minute in timeline tooltips")
        elif name == "weekday_day":
            pattern = self.tr("ddd d MMM yyyy", "QDateTime format of a day with its weekday on the timeline axis")
        elif name == "day_month_clock":
            pattern = self.tr("d MMM HH:mm", "QDateTime format of a day and time on the timeline axis")
        elif name == "day_month_year":
            pattern = self.tr("d MMM yyyy", "QDateTime format of a day in timeline tooltips")
        else:
            pattern = self.tr("d MMM", "QDateTime format of a day without its year on the timeline axis")
        return locale.toString(when, pattern)

    def _short_month(self, month: int, year: int) -> str:
        """``Dec 2017``: the month's own (nominative) short name, which a ``MMM`` pattern without a day lacks."""
        name = Formats.current().locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        return self.tr("{month} {year}", "a short month name and a year, e.g. Dec 2017").format(month=name, year=year)

    def _set_scale(self, scale: TimeScale) -> None:
        self._fitted = False
        scale = TimeScale(scale.start, scale.spp, self._data_width())
        if self._timeline is not None:
            lo, hi = self._timeline.extent
            scale = scale.clamped(lo, hi, self._limits)
        self._scale = scale
        self.update()
        self.view_changed.emit()

    def _reveal(self, item: TimelineItem) -> None:
        """Pan (and scroll) so an item is in view, without changing the zoom when it already fits."""
        x0, x1 = self._scale.x_for(item.start), self._scale.x_for(item.end)
        if x1 < 0 or x0 > self._scale.width:
            self._set_scale(self._scale.centred_on(item.start if item.is_point else (item.start + item.end) / 2))
        top = item.lane * LANE_HEIGHT
        visible = self.height() - self._lanes_top()
        if top < self._scroll.value():
            self._scroll.setValue(top)
        elif top + LANE_HEIGHT > self._scroll.value() + visible:
            self._scroll.setValue(int(top + LANE_HEIGHT - visible))

    def _export_geometry(self, full_range: bool) -> tuple[float, float, TimeScale, float]:
        """Size, scale and vertical offset of an export: the visible window, or everything."""
        if not full_range or self._timeline is None:
            return float(self.width()), float(self.height()), self._scale, float(self._scroll.value())
        lo, hi = self._timeline.extent
        width = float(max(self.width(), 1600))
        scale = TimeScale.fit(lo, hi, width - GUTTER, margin=0.02)
        return width, float(self._content_height()), scale, 0.0

    def _update_scrollbar(self) -> None:
        visible = self.height() - self._lanes_top()
        overflow = int(self._content_height() - self._lanes_top() - visible)
        self._scroll.setRange(0, max(overflow, 0))
        self._scroll.setPageStep(int(max(visible, 1)))
        self._scroll.setSingleStep(LANE_HEIGHT)
        self._scroll.setVisible(overflow > 0)
        bar = self._scroll.sizeHint().width()
        self._scroll.setGeometry(self.width() - bar, int(self._lanes_top()), bar,
                                 int(max(self.height() - self._lanes_top(), 0)))

    def _select_entity_items(self) -> None:
        """Keep the current item on the selected entity where the timeline shows it."""
        if self._timeline is None or self._selected_entity is None:
            return
        current = self.current_item()
        if current is not None and current.entity_id == self._selected_entity:
            return
        items = self._timeline.items_for(self._selected_entity)
        if items:
            self._current = items[0].key
            self._update_accessible()

    def accessible_item(self, key: str) -> _ItemAccessible:
        """The accessibility interface of one item (kept, so assistive technology sees a stable object)."""
        found = self._accessibles.get(key)
        if found is None:
            found = self._accessibles.setdefault(key, _ItemAccessible(self, key))
        return found

    def _update_accessible(self) -> None:
        """Move the accessibility focus to the current item, so a screen reader speaks its name."""
        timeline = self._timeline
        title = self.tr("Timeline: {title}").format(title=self.timeline_title()) if timeline else self.tr("Timeline")
        if self.accessibleName() != title:
            self.setAccessibleName(title)
        item = self.current_item()
        if item is not None and self.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.accessible_item(item.key), QAccessible.Event.Focus))

    def describe(self, hit: Hit) -> str:
        """Tooltip text for a hit: the item's sentence, or the cluster's count and first few members."""
        if hit.item is not None:
            return self.item_name(hit.item)
        lines = [self.tr("{count} items — zoom in to separate them").format(count=len(hit.members))]
        lines += [self.item_name(m) for m in hit.members[:6]]
        if len(hit.members) > 6:
            lines.append("…")
        return "\n".join(lines)

    # --- text in the interface language ------------------------------------------------------------------
    #
    # The Qt-free domain (soyuz_gui.domain.timeline) writes its labels and lane titles in English. The view
    # recomposes the ones it can from the item's kind and the data's own names (ports, ships, flights), so a
    # translated interface reads "Пристыкован: Rassvet nadir · 168 дней"; anything it does not recognise is shown
    # as the domain wrote it. Titles (the sentences in tooltips) stay the domain's; their times are written here.

    def timeline_title(self) -> str:
        """The timeline's title: a mission's name, or the programme view's name in the interface language."""
        timeline = self._timeline
        if timeline is None:
            return ""
        if timeline.title == "Programme by spacecraft":
            return self.tr("Programme by spacecraft")
        if timeline.title == "Programme by station and port":
            return self.tr("Programme by station and port")
        return timeline.title

    def lane_title(self, lane: Lane) -> str:
        """A lane's title: "Flight phases" and "Events" translated; people, ships, series and ports as named."""
        if lane.kind == LaneKind.PHASES:
            return self.tr("Flight phases")
        if lane.kind == LaneKind.EVENTS:
            return self.tr("Events")
        return lane.title

    def band_labels(self, band: Band) -> tuple[str, str]:
        """An expedition band's name (data) and its short form ("Exp. 54") in the interface language."""
        short = band.short
        number = short.removeprefix("Exp. ")
        if number != short:
            short = self.tr("Exp. {number}", "short name of an expedition").format(number=number)
        return band.label, short

    def item_label(self, item: TimelineItem) -> str:
        """The text drawn on or beside an item."""
        return self._item_labels(item)[0]

    def item_name(self, item: TimelineItem) -> str:
        """What a tooltip shows and a screen reader says: the item's sentence and its time(s)."""
        return self.tr("{title}, {time}", "a timeline item and when it happened").format(
            title=item.title, time=self.item_time(item))

    def item_time(self, item: TimelineItem) -> str:
        """An item's time or time range in the chosen mode, no finer than its precision."""
        first = self._instant_text(item.start, item.precision)
        if item.is_point:
            return first
        if item.open_end:
            return self.tr("{start} to now").format(start=first)
        return self.tr("{start} to {end}").format(start=first, end=self._instant_text(item.end, item.precision))

    def short_duration(self, seconds: float) -> str:
        """``168 days``, ``5 h 18 min``, ``19 min``: a bar's length at a glance (the domain's, translated)."""
        if seconds >= 2 * DAY:
            return Formats.current().duration(timedelta(days=round(seconds / DAY)), Precision.DAY)
        if seconds >= 3600:
            hours, minutes = divmod(int(seconds // 60), 60)
            if minutes:
                return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
            return self.tr("{hours} h").format(hours=hours)
        return self.tr("{minutes} min").format(minutes=max(int(seconds // 60), 0))

    def _instant_text(self, t: float, precision: Precision) -> str:
        origin = self._timeline.origin if self._timeline else None
        if self._mode == TimeMode.MET and origin is not None:  # "T+12d 05:18" reads the same in every language
            return format_instant(t, self._mode, origin=origin, precision=precision_name(precision))
        seconds = math.floor(t)
        if self._mode == TimeMode.UTC:
            moment = QDateTime.fromSecsSinceEpoch(seconds, QTimeZone.utc())
            zone = "UTC"
        else:
            moment = QDateTime.fromSecsSinceEpoch(seconds)
            zone = to_zone(t, None).tzname() or ""
        if precision == Precision.YEAR:
            pattern = self.tr("yyyy", "QDateTime format of a year in timeline tooltips")
        elif precision == Precision.MONTH:
            return self._short_month(moment.date().month(), moment.date().year())
        elif precision == Precision.DAY:
            pattern = self.tr("d MMM yyyy", "QDateTime format of a day in timeline tooltips")
        elif precision == Precision.MINUTE:
            pattern = self.tr("d MMM yyyy HH:mm", "QDateTime format of a minute in timeline tooltips")
        else:
            pattern = self.tr("d MMM yyyy HH:mm:ss", "QDateTime format of a second in timeline tooltips")
        text = Formats.current().locale.toString(moment, pattern)
        return f"{text} {zone}".rstrip() if precision >= Precision.MINUTE else text

    def _item_labels(self, item: TimelineItem) -> tuple[str, str]:
        """(label, shorter label without the duration), made once per item and timeline."""
        found = self._labels.get(item.key)
        if found is None:
            found = self._labels.setdefault(item.key, self._compose_labels(item))
        return found

    def _compose_labels(self, item: TimelineItem) -> tuple[str, str]:
        label = item.label
        head, _, tail = label.partition(" · ")
        kind = item.kind
        text: str | None = None
        if kind == ItemKind.DOCKED and label.startswith("Docked at "):
            text = self.tr("Docked at {port}").format(port=label.removeprefix("Docked at "))
        elif kind == ItemKind.RELOCATION and label == "Relocation":
            text = self.tr("Relocation")
        elif kind == ItemKind.FREE_FLIGHT:
            text = {"To the station": self.tr("To the station"), "Return": self.tr("Return", "flight back to Earth"),
                    "Flight": self.tr("Flight")}.get(label)
        elif kind == ItemKind.VEHICLE and " at " in label:
            ship, _, port = label.partition(" at ")
            text = self.tr("{ship} at {port}").format(ship=ship, port=port)
        elif kind in (ItemKind.IN_SPACE, ItemKind.MISSION) and tail:
            if tail == "still in space":
                text = self.tr("{name} · still in space").format(name=head)
            elif tail == short_duration(item.end - item.start):
                text = self.tr("{name} · {duration}").format(name=head, duration=self.short_duration(
                    item.end - item.start))
        elif label == event_word(kind):
            text = self._event_word(kind)
        if text is None:
            return label, head
        return text, head if tail else text

    def _event_word(self, kind: str) -> str | None:
        if kind == "launch":
            return self.tr("Launch")
        if kind == "docking":
            return self.tr("Docking")
        if kind == "undocking":
            return self.tr("Undocking")
        if kind == "relocation":
            return self.tr("Relocation")
        if kind == "landing":
            return self.tr("Landing")
        if kind == "spacewalk":
            return self.tr("Spacewalk")
        if kind == "abort":
            return self.tr("Abort")
        if kind == "crew-change":
            return self.tr("Crew change")
        if kind == "other":
            return self.tr("Event")
        return None

    # --- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()), self._scale, float(self._scroll.value()), vector=False,
                        clip=QRectF(event.rect()))
        finally:
            painter.end()

    def _colours(self) -> dict[str, QColor]:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        accent = pal.color(QPalette.ColorRole.Highlight)
        link = pal.color(QPalette.ColorRole.Link)
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        band_a = QColor(text)
        band_a.setAlphaF(0.05 if dark else 0.035)
        band_b = QColor(text)
        band_b.setAlphaF(0.11 if dark else 0.075)
        grid = QColor(text)
        grid.setAlphaF(0.10)
        soft = QColor(accent)
        soft.setAlphaF(0.28 if dark else 0.18)
        crew = QColor(link)
        crew.setAlphaF(0.55 if dark else 0.45)
        vehicle = QColor(muted)
        vehicle.setAlphaF(0.45)
        return {"base": base, "text": text, "muted": muted, "accent": accent, "link": link, "band_a": band_a,
                "band_b": band_b, "grid": grid, "soft": soft, "crew": crew, "vehicle": vehicle,
                "on_accent": pal.color(QPalette.ColorRole.HighlightedText),
                "window": pal.color(QPalette.ColorRole.Window), "mid": pal.color(QPalette.ColorRole.Mid),
                "alt": pal.color(QPalette.ColorRole.AlternateBase)}

    def _paint(self, painter: QPainter, area: QRectF, scale: TimeScale, offset: float, vector: bool,
               clip: QRectF | None = None) -> None:
        """Draw everything in ``area``; ``offset`` is the vertical scroll, ``vector`` avoids bitmaps (SVG)."""
        colours = self._colours()
        self._sprite_budget = SPRITES_PER_FRAME
        self._metrics = QFontMetricsF(self._small_font)  # made once per frame, not once per lane
        self._bold_metrics = QFontMetricsF(self._small_bold)
        self._styles = {}
        self._chosen_pen = QPen(colours["text"], 2)
        painter.fillRect(area, colours["base"])
        painter.setFont(self._small_font)
        if self._timeline is None or not self._timeline.lanes:
            painter.setPen(colours["muted"])
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show on the timeline"))
            return
        right = GUTTER + scale.width
        lanes_top = self._lanes_top()
        data = QRectF(GUTTER, lanes_top, scale.width, area.height() - lanes_top)
        ticks = self._axis(scale)
        rows = self._visible_lanes(lanes_top, area.height(), offset)
        painter.save()
        painter.setClipRect(QRectF(GUTTER, AXIS_HEIGHT, scale.width, area.height() - AXIS_HEIGHT))
        self._paint_lane_backgrounds(painter, rows, scale, offset, colours)
        self._paint_bands(painter, scale, area.height(), colours)
        painter.setPen(QPen(colours["grid"], 1))
        for tick in ticks.minor:
            x = round(GUTTER + tick.x) + 0.5
            painter.drawLine(QPointF(x, lanes_top), QPointF(x, area.height()))
        painter.setClipRect(data)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for lane in rows:
            self._paint_lane(painter, lane, scale, offset, colours, vector)
        painter.restore()
        self._paint_gutter(painter, rows, offset, area.height(), colours)
        self._paint_axis(painter, ticks, right, colours)
        self._paint_band_labels(painter, scale, colours)

    def _paint_lane_backgrounds(self, painter: QPainter, rows: range, scale: TimeScale, offset: float,
                                colours: dict[str, QColor]) -> None:
        for lane in rows:
            y = self._lanes_top() + lane * LANE_HEIGHT - offset
            if lane % 2:
                painter.fillRect(QRectF(GUTTER, y, scale.width, LANE_HEIGHT), colours["alt"])

    def _visible_bands(self, scale: TimeScale) -> list[tuple[int, float, float]]:
        if self._timeline is None:
            return []
        out = []
        for n, band in enumerate(self._timeline.bands):
            x0, x1 = scale.x_for(band.start), scale.x_for(band.end)
            if x1 >= 0 and x0 <= scale.width and x1 > x0:
                out.append((n, x0, x1))
        return out

    def _paint_bands(self, painter: QPainter, scale: TimeScale, bottom: float, colours: dict[str, QColor]) -> None:
        top = AXIS_HEIGHT
        for n, x0, x1 in self._visible_bands(scale):
            fill = colours["band_b"] if n % 2 else colours["band_a"]
            painter.fillRect(QRectF(GUTTER + x0, top, x1 - x0, bottom - top), fill)
            painter.setPen(QPen(colours["grid"], 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(GUTTER + x0, top), QPointF(GUTTER + x0, bottom))

    def _paint_band_labels(self, painter: QPainter, scale: TimeScale, colours: dict[str, QColor]) -> None:
        painter.save()
        painter.setClipRect(QRectF(GUTTER, AXIS_HEIGHT, scale.width, BAND_HEIGHT))
        painter.setFont(self._small_font)
        painter.setPen(colours["muted"])
        metrics = QFontMetricsF(self._small_font)
        taken = -1.0  # right edge of the last label drawn: bands of two stations overlap, their labels must not
        for _n, x0, x1 in self._visible_bands(scale):
            band = self._timeline.bands[_n] if self._timeline else None
            if band is None:
                continue
            left, stop = max(x0, 0.0, taken + 6) + 4, min(x1, scale.width) - 4
            if stop - left < 24:
                continue
            text = _fitting_label(self.band_labels(band), stop - left, self._measure, metrics)
            if text:
                painter.drawText(QRectF(GUTTER + left, AXIS_HEIGHT, stop - left, BAND_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
                taken = left + metrics.horizontalAdvance(text)
        painter.restore()

    def _paint_gutter(self, painter: QPainter, rows: range, offset: float, bottom: float,
                      colours: dict[str, QColor]) -> None:
        painter.fillRect(QRectF(0, AXIS_HEIGHT, GUTTER, bottom - AXIS_HEIGHT), colours["window"])
        painter.setPen(QPen(colours["mid"], 1))
        painter.drawLine(QPointF(GUTTER - 0.5, AXIS_HEIGHT), QPointF(GUTTER - 0.5, bottom))
        if self._timeline is None:
            return
        painter.save()
        painter.setClipRect(QRectF(0, self._lanes_top(), GUTTER, bottom - self._lanes_top()))
        metrics = QFontMetricsF(self.font())
        for lane in rows:
            row = self._timeline.lanes[lane]
            y = self._lanes_top() + lane * LANE_HEIGHT - offset
            selected = row.entity_id is not None and row.entity_id == self._selected_entity
            painter.setFont(self._bold_font if selected else self.font())
            painter.setPen(colours["text"])
            text = metrics.elidedText(self.lane_title(row), Qt.TextElideMode.ElideRight, GUTTER - 16)
            painter.drawText(QRectF(10, y, GUTTER - 16, LANE_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()
        painter.setFont(self._small_font)
        painter.setPen(colours["muted"])
        painter.drawText(QRectF(10, AXIS_HEIGHT, GUTTER - 16, BAND_HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.tr("Expeditions") if self._timeline.bands else "")

    def _paint_axis(self, painter: QPainter, ticks: Axis, right: float, colours: dict[str, QColor]) -> None:
        painter.fillRect(QRectF(0, 0, right + 40, AXIS_HEIGHT), colours["window"])
        painter.setFont(self._small_font)
        painter.setPen(colours["muted"])
        zone = {TimeMode.UTC: self.tr("UTC"), TimeMode.LOCAL: self.tr("Local time"),
                TimeMode.MET: self.tr("Mission elapsed")}[self._mode]
        painter.drawText(QRectF(10, 4, GUTTER - 16, 18), Qt.AlignmentFlag.AlignLeft, zone)
        if self._timeline is not None:
            metrics = QFontMetricsF(self._small_font)
            painter.setPen(colours["text"])
            painter.drawText(QRectF(10, 24, GUTTER - 16, 18), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(self.timeline_title(), Qt.TextElideMode.ElideRight, GUTTER - 16))
        painter.save()
        painter.setClipRect(QRectF(GUTTER, 0, right - GUTTER, AXIS_HEIGHT))
        # Major labels keep the measured font (a bold face would outgrow the space the layout reserved).
        painter.setPen(colours["text"])
        for tick in ticks.major:
            painter.drawText(QPointF(GUTTER + tick.left, 16), self.axis_label(tick.label))
            if tick.x >= 0:  # only through the upper row: a minor label may sit centred on the same time
                painter.drawLine(QPointF(GUTTER + tick.x + 0.5, 3), QPointF(GUTTER + tick.x + 0.5, 22))
        painter.setPen(colours["muted"])
        for tick in ticks.minor:
            painter.drawText(QPointF(GUTTER + tick.left, 36), self.axis_label(tick.label))
            painter.drawLine(QPointF(GUTTER + tick.x + 0.5, AXIS_HEIGHT - 5), QPointF(GUTTER + tick.x + 0.5,
                                                                                      AXIS_HEIGHT))
        painter.restore()
        painter.setPen(QPen(colours["mid"], 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(right, AXIS_HEIGHT - 0.5))
        painter.drawLine(QPointF(0, self._lanes_top() - 0.5), QPointF(right, self._lanes_top() - 0.5))

    def _range_style(self, item: TimelineItem, colours: dict[str, QColor]) -> tuple[QBrush, QPen, QColor]:
        """Fill, outline and text colour per kind: fills differ in pattern too, not only in colour."""
        accent, text = colours["accent"], colours["text"]
        kind = item.kind
        if kind in (ItemKind.MISSION, ItemKind.VEHICLE) and item.category:
            fill = generation_colour(item.category, colours["base"].lightness() < 128)
            ink = QColor("#ffffff") if fill.lightness() < 150 else QColor("#000000")
            return QBrush(fill), QPen(fill.darker(140), 1), ink
        if kind == ItemKind.STATION:
            return QBrush(colours["band_b"]), QPen(colours["muted"], 1), text
        if kind == ItemKind.DOCKED or kind == ItemKind.MISSION:
            return QBrush(accent), QPen(accent.darker(130), 1), colours["on_accent"]
        if kind == ItemKind.RELOCATION:
            return QBrush(accent, Qt.BrushStyle.BDiagPattern), QPen(accent, 1.2), text
        if kind == ItemKind.IN_SPACE:
            return QBrush(colours["crew"]), QPen(colours["link"], 1), text
        if kind == ItemKind.VEHICLE:
            return QBrush(colours["vehicle"]), QPen(colours["muted"], 1), text
        return QBrush(colours["soft"]), QPen(accent, 1.2, Qt.PenStyle.DashLine), text  # free flight

    def _paint_lane(self, painter: QPainter, lane: int, scale: TimeScale, offset: float,
                    colours: dict[str, QColor], vector: bool) -> None:
        assert self._timeline is not None
        row = self._timeline.lanes[lane]
        y = self._lanes_top() + lane * LANE_HEIGHT - offset
        mid = y + LANE_HEIGHT / 2
        t_lo, t_hi = scale.t_for(-MARKER * 2), scale.t_for(scale.width + MARKER * 2)
        metrics, bold_metrics = self._metrics, self._bold_metrics
        # Bars are axis-aligned: without antialiasing they fill twice as fast and look the same.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        styles = self._styles
        focused = self.hasFocus()
        hovered = self._hover.item.key if self._hover is not None and self._hover.item is not None else None
        baseline = mid + metrics.capHeight() / 2
        for index in visible_range_indices(row.range_starts, row.range_ends_max, t_lo, t_hi):
            item = row.ranges[index]
            if item.end < t_lo:
                continue
            x0 = GUTTER + max(scale.x_for(item.start), -4.0)
            x1 = GUTTER + min(scale.x_for(item.end), scale.width + 4)
            rect = QRectF(x0, y + 5, max(x1 - x0, 2.0), LANE_HEIGHT - 10)
            style_key = f"{item.kind}|{item.category}"
            style = styles.get(style_key)
            if style is None:
                style = styles.setdefault(style_key, self._range_style(item, colours))
            brush, pen, ink = style
            chosen = item.entity_id is not None and item.entity_id == self._selected_entity
            if chosen:
                pen = self._chosen_pen
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRoundedRect(rect, 3, 3)
            if item.open_end:
                self._paint_open_end(painter, rect, colours)
            if x1 - x0 > 24:
                # Text goes inside the bar's visible part, so a bar entering from the left still shows its name.
                left = max(x0, GUTTER + 2) + 5
                room = min(x1, GUTTER + scale.width - 2) - (14 if item.open_end else 4) - left
                label, head = self._item_labels(item)
                if chosen:
                    painter.setFont(self._small_bold)
                    text = _fitting_label((label, head, item.short), room, bold_metrics.horizontalAdvance,
                                          bold_metrics)
                else:
                    text = _fitting_label((label, head, item.short), room, self._measure, metrics)
                if text:
                    painter.setPen(ink)
                    painter.drawText(QPointF(left, baseline), text)
                if chosen:
                    painter.setFont(self._small_font)
            if hovered == item.key and not chosen:
                painter.setPen(QPen(colours["text"], 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            if focused and item.key == self._current:
                painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        if row.points:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_points(painter, lane, scale, mid, colours, metrics, vector)

    def _paint_open_end(self, painter: QPainter, rect: QRectF, colours: dict[str, QColor]) -> None:
        """A chevron at the right end: the range is still open (the ship is still up there)."""
        x, yc = rect.right() - 7, rect.center().y()
        painter.setPen(QPen(colours["text"], 1.5))
        painter.drawPolyline(QPolygonF([QPointF(x - 3, yc - 5), QPointF(x + 2, yc), QPointF(x - 3, yc + 5)]))

    def _paint_points(self, painter: QPainter, lane: int, scale: TimeScale, mid: float,
                      colours: dict[str, QColor], metrics: QFontMetricsF, vector: bool) -> None:
        """Single points as shapes, clusters as counted pills; bitmaps on screen, paths in SVG."""
        assert self._timeline is not None
        row = self._timeline.lanes[lane]
        every, shift = self._lane_clusters(lane, scale)
        clusters = visible_clusters(every, shift - MARKER * 2, shift + scale.width + MARKER * 2)
        label_room = row.kind == LaneKind.EVENTS and len(clusters) < 400  # name events where there is room
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        # The hot loop: thousands of clusters per frame at a wide zoom, so lookups are bound to locals and a
        # cluster whose pill is already drawn as a bitmap costs one dict lookup and one blit.
        pills = self._pills
        draw_pixmap = painter.drawPixmap
        current = self.current_item()
        focus_index = -1  # the current point, when it is in this lane: its cluster gets the focus ring
        if current is not None and current.lane == lane and current.is_point and self.hasFocus():
            focus_index = next((i for i in range(bisect.bisect_left(row.point_times, current.start), len(row.points))
                                if row.points[i].key == current.key), -1)
        pill_top = mid - MARKER - 2
        reach = MARKER - 1
        for n, cluster in enumerate(clusters):
            if cluster.last != cluster.first:
                count = cluster.last - cluster.first + 1
                x0 = GUTTER + cluster.x0 - shift - reach
                x1 = GUTTER + cluster.x1 - shift + reach
                pill = round(x1 - x0)
                cached = pills.get((pill, count, ratio)) if not vector else None
                if cached is not None:
                    draw_pixmap(QPointF(round(x0) - 1 - cached[1], pill_top), cached[0])
                else:
                    self._paint_cluster(painter, cluster, shift, mid, colours, vector, ratio)
                if cluster.first <= focus_index <= cluster.last:
                    painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(QRectF(x0 - 4, mid - MARKER - 4, x1 - x0 + 8, 2 * MARKER + 8))
                continue
            item = row.points[cluster.first]
            x = GUTTER + cluster.x0 - shift
            chosen = item.key == self._current
            if item.precision <= Precision.DAY:
                # A date without a time of day: a whisker shows the day (month, year) it falls somewhere in.
                width = _UNCERTAINTY.get(item.precision, DAY) / scale.spp
                if width > 4:
                    painter.setPen(QPen(colours["muted"], 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                    painter.drawLine(QPointF(x, mid + MARKER + 3), QPointF(min(x + width, GUTTER + scale.width),
                                                                            mid + MARKER + 3))
            if vector:
                self._draw_marker(painter, item.kind, chosen, x, mid, colours)
            else:
                half = SPRITE_HALF
                draw = partial(self._draw_marker, kind=item.kind, chosen=chosen, x=half, y=half, colours=colours)
                sprite = self._sprite(("marker", item.kind, chosen, ratio), 2 * half, 2 * half, ratio, draw)
                painter.drawPixmap(QPointF(x - half, mid - half), sprite)
            if chosen and self.hasFocus():
                painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x - MARKER - 3, mid - MARKER - 3, 2 * MARKER + 6, 2 * MARKER + 6))
            if label_room:
                room = (clusters[n + 1].x0 - cluster.x0 - 2 * MARKER - 6) if n + 1 < len(clusters) else 200.0
                label = self._item_labels(item)[0]
                if self._measure(label) <= room:
                    painter.setPen(colours["muted"])
                    painter.drawText(QPointF(x + MARKER + 4, mid + metrics.ascent() / 2 - 1), label)

    def _draw_marker(self, painter: QPainter, kind: str, chosen: bool, x: float, y: float,
                     colours: dict[str, QColor]) -> None:
        path = self._paths.get(kind)
        if path is None:
            path = self._paths.setdefault(kind, _marker_path(kind, MARKER))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(x, y)
        painter.setPen(QPen(colours["text"], 2.2 if chosen else 1.2))
        painter.setBrush(colours["base"] if kind in _HOLLOW else colours["accent"])
        painter.drawPath(path)
        painter.restore()

    def _sprite(self, key: tuple[object, ...], width: float, height: float, ratio: float,
                draw: Callable[[QPainter], None]) -> QPixmap:
        """A small bitmap drawn once and blitted many times: far cheaper than antialiased paths per frame."""
        sprite = self._sprites.get(key)
        if sprite is None:
            if len(self._sprites) > 3000:
                self._sprites.clear()
            sprite = QPixmap(max(int(math.ceil(width * ratio)), 1), max(int(math.ceil(height * ratio)), 1))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            try:
                painter.setFont(self._small_font)
                draw(painter)
            finally:
                painter.end()
            self._sprites[key] = sprite
        return sprite

    def _paint_cluster(self, painter: QPainter, cluster: Cluster, shift: float, mid: float,
                       colours: dict[str, QColor], vector: bool, ratio: float) -> None:
        """A pill over the members' extent; the count is printed when it fits inside."""
        x0, x1 = GUTTER + cluster.x0 - shift - MARKER + 1, GUTTER + cluster.x1 - shift + MARKER - 1
        count, width = self._count_text(cluster.count)
        if x1 - x0 < width:
            grow = min((width - (x1 - x0)) / 2, CLUSTER_GAP / 2 - 1)
            x0, x1 = x0 - grow, x1 + grow
        shown = count if x1 - x0 >= width - 0.5 else ""
        if vector:
            self._draw_pill(painter, QRectF(x0, mid - MARKER - 1, x1 - x0, 2 * MARKER + 2), shown, colours)
            return
        if x1 - x0 > 60:
            self._paint_wide_pill(painter, x0, x1, mid, shown, colours, ratio)
            return
        pill = round(x1 - x0)
        if ("pill", pill, shown, ratio) not in self._sprites:
            if self._sprite_budget <= 0:
                # A fast zoom meets many new pill sizes: draw them directly rather than stall one frame making
                # bitmaps; later frames make a few more each until the sizes in use are all cached.
                self._draw_pill(painter, QRectF(x0, mid - MARKER - 1, x1 - x0, 2 * MARKER + 2), shown, colours)
                return
            self._sprite_budget -= 1
        draw = partial(self._draw_pill, rect=QRectF(1, 1, pill, 2 * MARKER + 2), text=shown, colours=colours)
        sprite = self._sprite(("pill", pill, shown, ratio), pill + 2, 2 * MARKER + 4, ratio, draw)
        painter.drawPixmap(QPointF(round(x0) - 1, mid - MARKER - 2), sprite)
        # Remember, per unwidened width and count, the bitmap and how far the pill grew to the left.
        plain = round((GUTTER + cluster.x1 - shift + MARKER - 1) - (GUTTER + cluster.x0 - shift - MARKER + 1))
        start = GUTTER + cluster.x0 - shift - MARKER + 1
        if len(self._pills) > 3000:
            self._pills.clear()
        self._pills[(plain, cluster.count, ratio)] = (sprite, round(start) - round(x0))

    def _paint_wide_pill(self, painter: QPainter, x0: float, x1: float, mid: float, text: str,
                         colours: dict[str, QColor], ratio: float) -> None:
        """A long pill from two cached round ends, a plain middle and a cached count: no antialiased path per frame.

        Long pills are many at wide zooms and each has its own length, so a bitmap per pill would rarely be reused.
        """
        height = int(2 * MARKER + 2)
        cap = height // 2 + 1
        top = round(mid - MARKER - 1)
        left, right = round(x0), round(x1)
        pen = QPen(colours["text"], 1)
        for side in ("left", "right"):
            draw = partial(self._draw_cap, side=side, height=height, cap=cap, colours=colours)
            sprite = self._sprite(("cap", side, ratio), cap, height + 1, ratio, draw)
            painter.drawPixmap(QPointF(left if side == "left" else right - cap, top), sprite)
        painter.fillRect(QRectF(left + cap, top, right - left - 2 * cap, height), colours["base"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.drawLine(left + cap, top, right - cap - 1, top)
        painter.drawLine(left + cap, top + height, right - cap - 1, top + height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if text:
            width = int(self._measure(text)) + 4
            draw_text = partial(self._draw_label, text=text, width=width, height=height, colours=colours)
            sprite = self._sprite(("count", text, ratio), width, height + 1, ratio, draw_text)
            painter.drawPixmap(QPointF(round((left + right - width) / 2), top), sprite)

    def _draw_cap(self, painter: QPainter, side: str, height: int, cap: int, colours: dict[str, QColor]) -> None:
        """One round end of a long pill; the stadium is drawn wider than the bitmap, which keeps only its end."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colours["text"], 1))
        painter.setBrush(colours["base"])
        x = 0.5 if side == "left" else cap - 4 * cap - 0.5
        painter.drawRoundedRect(QRectF(x, 0.5, 4 * cap, height), height / 2, height / 2)

    def _draw_label(self, painter: QPainter, text: str, width: int, height: int, colours: dict[str, QColor]) -> None:
        painter.setPen(colours["text"])
        painter.setFont(self._small_font)
        painter.drawText(QRectF(0, 0.5, width, height), Qt.AlignmentFlag.AlignCenter, text)

    def _count_text(self, count: int) -> tuple[str, float]:
        """The text of a cluster's count and the width a pill needs to print it (cached: thousands per frame)."""
        found = self._counts.get(count)
        if found is None:
            text = str(count) if count < 1000 else f"{count // 1000}k"
            found = self._counts.setdefault(count, (text, self._measure(text) + 6))
        return found

    def _draw_pill(self, painter: QPainter, rect: QRectF, text: str, colours: dict[str, QColor]) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colours["text"], 1))
        painter.setBrush(colours["base"])
        painter.drawRoundedRect(rect, MARKER + 1, MARKER + 1)
        if text:
            painter.setFont(self._small_font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._sprites.clear()  # they carry the old colours
            self._measure_cache.clear()
            self._counts.clear()
            self._pills.clear()
        if event.type() == QEvent.Type.LanguageChange:
            self._labels.clear()
            self._axis_labels.clear()
            self.update()
        super().changeEvent(event)

    # --- events -------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_scrollbar()
        self._scale = self._scale.resized(self._data_width())
        if self._timeline is not None:
            lo, hi = self._timeline.extent
            self._limits = ZoomLimits.for_extent(lo, hi, self._data_width())
            if self._fitted or event.oldSize().width() <= 0:
                self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        pixels = event.pixelDelta()
        modifiers = event.modifiers()
        x = event.position().x() - GUTTER
        if modifiers & Qt.KeyboardModifier.AltModifier:
            step = delta.x() or delta.y()  # some platforms turn Alt+wheel into a horizontal wheel
            self._scroll.setValue(self._scroll.value() - step // 4)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            step = delta.y() or delta.x()
            self.pan(step / 120 * 60)
        elif abs(pixels.x()) > abs(pixels.y()) or abs(delta.x()) > abs(delta.y()):
            self.pan(pixels.x() if pixels.x() else delta.x() / 2)  # sideways touchpad swipe pans
        elif delta.y():
            self.zoom(1.2 ** (delta.y() / 120), min(max(x, 0.0), self._scale.width))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_scale = self._scale
            self._press_scroll = self._scroll.value()
            self._dragged = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and self._press_scale is not None:
            delta = event.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 4:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_scale(self._press_scale.panned(delta.x()))
                self._scroll.setValue(int(self._press_scroll - delta.y()))
            return
        hit = self.hit_test(event.position())
        if hit != self._hover:
            self._hover = hit
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()  # the hovered bar gets an outline

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        dragged = self._dragged
        self._press, self._press_scale, self._dragged = None, None, False
        self.unsetCursor()
        if dragged:
            return
        hit = self.hit_test(event.position())
        if hit is None:
            return
        if hit.cluster is not None:
            # A click on a cluster zooms in far enough to split it.
            first, last = hit.members[0].start, hit.members[-1].start
            self.fit_range(first, max(last, first + 60))
            return
        if hit.item is not None:
            self.set_current(hit.item.key, reveal=False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.hit_test(event.position())
        if hit is not None and hit.item is not None and hit.item.entity_id:
            self.set_current(hit.item.key, emit=False, reveal=False)
            self.entity_activated.emit(hit.item.entity_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        timeline = self._timeline
        key = event.key()
        if timeline is None:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            found = timeline.neighbour(self._current, -1 if key == Qt.Key.Key_Left else 1)
            if found is not None:
                self.set_current(found.key)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.current_item()
            lane = (current.lane if current else 0) + (-1 if key == Qt.Key.Key_Up else 1)
            t = current.start if current else self._scale.t_for(self._scale.width / 2)
            while 0 <= lane < len(timeline.lanes):
                found = timeline.nearest_in_lane(lane, t)
                if found is not None:
                    self.set_current(found.key)
                    break
                lane += -1 if key == Qt.Key.Key_Up else 1
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            items = timeline.items()
            if items:
                self.set_current(items[0 if key == Qt.Key.Key_Home else -1].key)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP, self._anchor_for_keys())
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP, self._anchor_for_keys())
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.current_item()
            if item is not None and item.entity_id:
                self.entity_activated.emit(item.entity_id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _anchor_for_keys(self) -> float | None:
        """Keys zoom around the current item when it is in view, else around the centre."""
        item = self.current_item()
        if item is None:
            return None
        x = self._scale.x_for(item.start if item.is_point else (item.start + item.end) / 2)
        return x if 0 <= x <= self._scale.width else None

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self._current is None and self._timeline is not None:
            visible = [i for i in self._timeline.items() if self._scale.x_for(i.end) >= 0
                       and self._scale.x_for(i.start) <= self._scale.width]
            if visible:
                self._current = visible[0].key
        self._update_accessible()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_test(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(hit), self)
            return True
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom(1.0 + event.value(), event.position().x() - GUTTER)
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit()
                return True
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                factor = pinch.scaleFactor()
                if factor > 0:
                    centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom(factor, centre.x() - GUTTER)
                event.accept(pinch)
                return True
        return super().event(event)

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.update()


class _ItemAccessible(QAccessibleInterface):
    """One timeline item as assistive technology sees it: a list item with a name, a place and a state."""

    def __init__(self, view: TimelineView, key: str) -> None:
        super().__init__()
        self._view = view
        self._key = key

    @property
    def key(self) -> str:
        return self._key

    def _item(self) -> TimelineItem | None:
        timeline = self._view.timeline
        return timeline.item(self._key) if timeline is not None else None

    def isValid(self) -> bool:  # noqa: N802
        return self._item() is not None

    def object(self) -> None:  # type: ignore[override]  # items are painted, not QObjects
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._view.window().windowHandle()

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> None:  # type: ignore[override]  # noqa: N802
        return None

    def childAt(self, _x: int, _y: int) -> None:  # type: ignore[override]  # noqa: N802
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._view)

    def child(self, _index: int) -> None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, _child: Any) -> int:  # noqa: N802
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self._view.item_name(item)
        if kind == QAccessible.Text.Description:
            return self._view.item_label(item)
        return ""

    def setText(self, _kind: Any, _text: str) -> None:  # noqa: N802
        return None

    def rect(self) -> QRect:
        local = self._view.item_rect(self._key).toAlignedRect()
        return QRect(self._view.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        item = self._item()
        current = self._view.current_key == self._key
        state.focused = current and self._view.hasFocus()
        state.selected = item is not None and item.entity_id is not None and \
            item.entity_id == self._view.selected_entity
        return state


class _ViewAccessible(QAccessibleWidget):
    """The view as a list whose children are the timeline's items, in time order (the order ←/→ walk)."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view, QAccessible.Role.List, "")
        self._view = view

    def childCount(self) -> int:  # noqa: N802
        timeline = self._view.timeline
        return len(timeline.items()) if timeline is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        timeline = self._view.timeline
        if timeline is None:
            return None
        items = timeline.items()
        return self._view.accessible_item(items[index].key) if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        timeline = self._view.timeline
        if timeline is None or not isinstance(child, _ItemAccessible):
            return -1
        return timeline.index_of(child.key)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        key = self._view.current_key
        return self._view.accessible_item(key) if key and self._view.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        hit = self._view.hit_test(QPointF(self._view.mapFromGlobal(QPoint(x, y))))
        if hit is None:
            return None
        item = hit.item or (hit.members[0] if hit.members else None)  # a cluster answers with its first member
        return self._view.accessible_item(item.key) if item is not None else None


_ACCESSIBILITY_INSTALLED = False


def _accessible_for(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    return _ViewAccessible(obj) if isinstance(obj, TimelineView) else None


def _install_accessibility() -> None:
    """Let screen readers reach the painted items: Qt asks this factory for the view's interface."""
    global _ACCESSIBILITY_INSTALLED
    if not _ACCESSIBILITY_INSTALLED:
        QAccessible.installFactory(_accessible_for)
        _ACCESSIBILITY_INSTALLED = True


class TimelinePane(QWidget):
    """The timeline with its controls: zoom, fit, mission or programme, time zone, export."""

    entity_selected = Signal(str)
    entity_activated = Signal(str)

    MISSION, BY_SERIES, BY_PORT = range(3)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._catalog = catalog
        self._mission_id: str | None = None
        self._echo: str | None = None

        self.view = TimelineView(self)

        def button(text: str, tip: str, name: str) -> QToolButton:
            btn = QToolButton(self)
            btn.setText(text)
            btn.setToolTip(tip)
            btn.setAccessibleName(tip)
            btn.setObjectName(name)
            btn.setMinimumSize(36, 32)  # finger-sized on kiosk touch screens
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return btn

        self.zoom_out_button = button("−", self.tr("Zoom out (−)"), "timelineZoomOut")
        self.zoom_in_button = button("+", self.tr("Zoom in (+)"), "timelineZoomIn")
        self.fit_button = button(self.tr("Fit"), self.tr("Fit the mission or programme in view (0)"), "timelineFit")
        self.view_box = QComboBox(self)
        self.view_box.setObjectName("timelineViewBox")
        self.view_box.setAccessibleName(self.tr("Timeline view"))
        self.view_box.addItems([self.tr("Mission"), self.tr("Programme by spacecraft"),
                                self.tr("Programme by station and port")])
        self.time_box = QComboBox(self)
        self.time_box.setObjectName("timelineTimeBox")
        self.time_box.setAccessibleName(self.tr("Time shown as"))
        for mode, text in ((TimeMode.UTC, self.tr("UTC")), (TimeMode.LOCAL, self.tr("Local time")),
                           (TimeMode.MET, self.tr("Mission elapsed time"))):
            self.time_box.addItem(text, mode.value)
        self.export_button = button(self.tr("Export…"), self.tr("Export the timeline as PNG or SVG"), "timelineExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for text, full, suffix in ((self.tr("Visible range as PNG…"), False, "png"),
                                   (self.tr("Visible range as SVG…"), False, "svg"),
                                   (self.tr("Full range as PNG…"), True, "png"),
                                   (self.tr("Full range as SVG…"), True, "svg")):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, f=full, s=suffix: self._on_export_triggered(f, s))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.view_box)
        bar.addWidget(self.time_box)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # Which colour is which spacecraft generation: names beside the colours, so colour is never the only cue.
        self.legend = QLabel(self)
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Colours of the spacecraft generations"))
        layout.addWidget(self.legend)
        self.setFocusProxy(self.view)

        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.fit_button.clicked.connect(self.view.fit)
        self.view_box.currentIndexChanged.connect(self._on_view_box_changed)
        self.time_box.currentIndexChanged.connect(self._on_time_box_changed)
        self.view.entity_selected.connect(self._on_view_entity_selected)
        self.view.entity_activated.connect(self.entity_activated)
        self._sync_time_box()

    # --- public -------------------------------------------------------------------------------------------

    def show_mission(self, mission_id: str) -> None:
        """Show one mission's timeline (a selection the pane itself just emitted only highlights)."""
        if self._echo == mission_id and self.view.timeline is not None \
                and self.view.timeline.items_for(mission_id):
            self.view.select_entity(mission_id)
            return
        if self._catalog.mission(mission_id) is None:
            return
        self._mission_id = mission_id
        self._set_view_box(self.MISSION)
        self._rebuild(keep_view=False)
        self.view.select_entity(mission_id)

    def show_programme(self, grouping: Grouping = Grouping.SERIES) -> None:
        self._set_view_box(self.BY_PORT if grouping == Grouping.PORT else self.BY_SERIES)
        self._rebuild(keep_view=False)

    def select_entity(self, entity_id: str) -> None:
        """Highlight an entity's items without emitting (the rest of the window already shows it)."""
        self.view.select_entity(entity_id)

    def follow_entity(self, entity_id: str) -> None:
        """What the main window calls on navigation: missions open in the mission view, the rest highlight."""
        if self.view_box.currentIndex() == self.MISSION and self._catalog.mission(entity_id) is not None:
            self.show_mission(entity_id)
        else:
            self.select_entity(entity_id)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        if self._mission_id is not None and catalog.mission(self._mission_id) is None:
            self._mission_id = None
        self._rebuild(keep_view=True)

    def export(self, path: str | Path, full_range: bool = False) -> bool:
        return self.view.export(path, full_range)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown before anything was asked of it (a person was selected, say): show the whole programme."""
        super().showEvent(event)
        if self.view.timeline is None:
            self.show_programme()

    # --- internals ----------------------------------------------------------------------------------------

    def _set_view_box(self, index: int) -> None:
        self.view_box.blockSignals(True)
        self.view_box.setCurrentIndex(index)
        self.view_box.blockSignals(False)

    def _rebuild(self, keep_view: bool) -> None:
        now = time.time()
        index = self.view_box.currentIndex()
        if index == self.MISSION:
            if self._mission_id is None:
                missions = self._catalog.missions()
                self._mission_id = missions[0].id if missions else None
            timeline = mission_timeline(self._catalog, self._mission_id, now) if self._mission_id else None
        else:
            grouping = Grouping.PORT if index == self.BY_PORT else Grouping.SERIES
            timeline = programme_timeline(self._catalog, grouping, now)
        self.view.set_timeline(timeline, keep_view=keep_view)
        self._sync_time_box()
        self._update_legend()

    def _update_legend(self) -> None:
        timeline = self.view.timeline
        categories: list[str] = []
        for lane in timeline.lanes if timeline is not None else []:
            for item in lane.ranges:
                if item.category and item.category not in categories:
                    categories.append(item.category)
        if not categories:
            self.legend.hide()
            return
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        chips = [f'<span style="color:{generation_colour(c, dark).name()}">■</span>&nbsp;{escape(c)}'
                 for c in sorted(categories, key=generation_order)]
        self.legend.setText("&nbsp;&nbsp; ".join(chips))
        self.legend.show()

    def _sync_time_box(self) -> None:
        """Mission elapsed time only makes sense with a launch to count from."""
        timeline = self.view.timeline
        has_origin = timeline is not None and timeline.origin is not None
        model = self.time_box.model()
        item = getattr(model, "item", None)
        if item is not None:
            entry = item(2)
            if entry is not None:
                entry.setEnabled(has_origin)
        if not has_origin and self.time_box.currentIndex() == 2:
            self.time_box.setCurrentIndex(0)

    def _on_view_box_changed(self, _index: int) -> None:
        self._rebuild(keep_view=False)

    def _on_time_box_changed(self, _index: int) -> None:
        self.view.set_time_mode(TimeMode(self.time_box.currentData()))

    def _on_view_entity_selected(self, entity_id: str) -> None:
        self._echo = entity_id
        try:
            self.entity_selected.emit(entity_id)
        finally:
            self._echo = None

    def _on_export_triggered(self, full_range: bool, suffix: str) -> None:
        title = self.view.timeline.title if self.view.timeline else "timeline"
        default = f"{title.lower().replace(' ', '-')}-timeline.{suffix}"
        kind = self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Timeline"), default, kind)
        if path:
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            self.export(path, full_range)

