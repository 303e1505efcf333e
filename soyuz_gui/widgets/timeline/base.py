"""The timeline view's base layer: the state and public API of the painted, zoomable, multi-lane widget.

Everything the later layers (labels, painting, export, input; see :mod:`.view`) share: the timeline, scale, scroll,
current and selected item, the caches, zoom and pan, and the geometry wrappers over :mod:`.geometry`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QWidget

from soyuz_gui.domain.axis_label import AxisLabel
from soyuz_gui.domain.timeline import Grouping, Timeline, TimelineItem
from soyuz_gui.domain.timescale import Cluster, TimeMode, TimeScale, ZoomLimits
from soyuz_gui.widgets.timeline import geometry
from soyuz_gui.widgets.timeline.accessible import ItemAccessible
from soyuz_gui.widgets.timeline.geometry import (
    AXIS_HEIGHT,
    BAND_HEIGHT,
    GUTTER,
    LANES_TOP,
    SPRITES_PER_FRAME,
    ZOOM_STEP,
    ClusterCache,
    Hit,
    content_height,
    hit_at,
    item_box,
    lane_y,
    visible_lanes,
)

if TYPE_CHECKING:
    from soyuz_gui.widgets.timeline.view import TimelineView


class TimelineBase(QWidget):
    """The view's state (timeline, scale, scroll, current item, caches) and its public API."""

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
        self._clusters = ClusterCache()
        self._paths: dict[str, QPainterPath] = {}
        self._measure_cache: dict[str, float] = {}
        self._styles: dict[tuple[str, str], tuple[QBrush, QPen, QColor]] = {}
        self._chosen_pen = QPen()
        self._sprites: dict[tuple[object, ...], QPixmap] = {}
        self._counts: dict[int, tuple[str, float]] = {}
        self._accessibles: dict[str, ItemAccessible] = {}
        self._labels: dict[str, tuple[str, str, str]] = {}  # item key -> (label, shorter, shortest), in the UI language
        self._lane_titles: dict[str, str] = {}  # a lane title -> as the gutter shows it (elided), in the UI language
        self._axis_labels: dict[AxisLabel, str] = {}  # the domain's axis label -> the label in the UI language
        self._pills: dict[tuple[int, int, float], tuple[QPixmap, int, QPixmap | None, int]] = {}
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

    def hit_test(self, pos: QPointF) -> Hit | None:
        """The item or cluster under a widget position (None over empty space, the axis or the gutter)."""
        if self._timeline is None:
            return None
        return hit_at(self._timeline, self._scale, self._clusters, pos.x(), pos.y(), self._scroll.value())

    def item_rect(self, key: str) -> QRectF:
        """Where an item is drawn, in widget coordinates (for tests and accessibility)."""
        item = self._timeline.item(key) if self._timeline else None
        if item is None:
            return QRectF()
        box = item_box(item, self._scale, self._scroll.value())
        return QRectF(box.x, box.y, box.width, box.height)

    @property
    def lane_height(self) -> int:
        """The height of one lane (the kiosk raises it to its touch size)."""
        return geometry.LANE_HEIGHT

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + 160, AXIS_HEIGHT + BAND_HEIGHT + 2 * geometry.LANE_HEIGHT)

    # --- geometry -----------------------------------------------------------------------------------------

    def _data_width(self) -> float:
        bar = self._scroll.width() if self._scroll.isVisible() else 0
        return float(max(self.width() - GUTTER - bar, 40))

    def _lanes_top(self) -> float:
        return LANES_TOP

    def _lane_y(self, lane: int) -> float:
        return lane_y(lane, self._scroll.value())

    def _content_height(self) -> int:
        return content_height(len(self._timeline.lanes) if self._timeline else 0)

    def _visible_lanes(self, top: float, bottom: float, offset: float) -> range:
        return visible_lanes(top, bottom, offset, len(self._timeline.lanes) if self._timeline else 0)

    def _visible_clusters(self, lane: int, scale: TimeScale, x_lo: float, x_hi: float) -> tuple[list[Cluster], float]:
        """The clusters of a lane that reach into view x [x_lo, x_hi], built for this frame, and the shift."""
        if self._timeline is None:
            return [], 0.0
        return self._clusters.visible(self._timeline, lane, scale, x_lo, x_hi)

    def _measure(self, text: str) -> float:
        width = self._measure_cache.get(text)
        if width is None:
            width = QFontMetricsF(self._small_font).horizontalAdvance(text)
            if len(self._measure_cache) > 4000:
                self._measure_cache.clear()
            self._measure_cache[text] = width
        return width

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
        top = item.lane * geometry.LANE_HEIGHT
        visible = self.height() - self._lanes_top()
        if top < self._scroll.value():
            self._scroll.setValue(top)
        elif top + geometry.LANE_HEIGHT > self._scroll.value() + visible:
            self._scroll.setValue(int(top + geometry.LANE_HEIGHT - visible))

    def _update_scrollbar(self) -> None:
        visible = self.height() - self._lanes_top()
        overflow = int(self._content_height() - self._lanes_top() - visible)
        self._scroll.setRange(0, max(overflow, 0))
        self._scroll.setPageStep(int(max(visible, 1)))
        self._scroll.setSingleStep(geometry.LANE_HEIGHT)
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

    def accessible_item(self, key: str) -> ItemAccessible:
        """The accessibility interface of one item (kept, so assistive technology sees a stable object)."""
        found = self._accessibles.get(key)
        if found is None:
            found = self._accessibles.setdefault(key, ItemAccessible(cast("TimelineView", self), key))
        return found

    def timeline_title(self) -> str:
        """The timeline's title: a mission's name, or the programme view's name in the interface language."""
        timeline = self._timeline
        if timeline is None:
            return ""
        if timeline.grouping == Grouping.SERIES:
            return self.tr("Programme by spacecraft")
        if timeline.grouping == Grouping.PORT:
            return self.tr("Programme by station and port")
        return timeline.title

    def _update_accessible(self) -> None:
        """Move the accessibility focus to the current item, so a screen reader speaks its name."""
        timeline = self._timeline
        title = self.tr("Timeline: {title}").format(title=self.timeline_title()) if timeline else self.tr("Timeline")
        if self.accessibleName() != title:
            self.setAccessibleName(title)
        item = self.current_item()
        if item is not None and self.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.accessible_item(item.key), QAccessible.Event.Focus))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._sprites.clear()  # they carry the old colours
            self._measure_cache.clear()
            self._lane_titles.clear()
            self._counts.clear()
            self._pills.clear()
        if event.type() == QEvent.Type.LanguageChange:
            self._labels.clear()
            self._lane_titles.clear()
            self._axis_labels.clear()
            self.update()
        super().changeEvent(event)

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.update()
