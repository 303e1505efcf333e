"""Painting the timeline view: lanes, bars, markers and counted clusters, the gutter, the axis and the bands.

One layer of :class:`~soyuz_gui.widgets.timeline.view.TimelineView`: it draws what the Qt-free helpers
(:mod:`.geometry`, :mod:`soyuz_gui.domain.timescale`) place for the visible window, so 100,000 events cost what the
few hundred on screen cost. Bitmaps (sprites, :mod:`.pills`) are drawn once and blitted; SVG exports draw paths
(``vector``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF

from soyuz_gui.domain.timeaxis import Axis
from soyuz_gui.domain.timeline import LaneKind
from soyuz_gui.domain.timescale import DAY, TimeMode, TimeScale, visible_range_indices
from soyuz_gui.domain.timeutil import Precision
from soyuz_gui.widgets.timeline import geometry, style
from soyuz_gui.widgets.timeline.geometry import (
    AXIS_HEIGHT,
    BAND_HEIGHT,
    GUTTER,
    MARKER,
    SPRITE_HALF,
    SPRITES_PER_FRAME,
    fitting_label,
)
from soyuz_gui.widgets.timeline.pills import TimelinePills
from soyuz_gui.widgets.timeline.style import Colours

_UNCERTAINTY = {Precision.DAY: DAY, Precision.MONTH: 30 * DAY, Precision.YEAR: 365 * DAY}


def _elider(metrics: QFontMetricsF) -> Callable[[str, float], str]:
    return lambda text, width: metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class TimelinePainting(TimelinePills):
    """The view's ``paintEvent`` and everything it draws."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()), self._scale, float(self._scroll.value()), vector=False,
                        clip=QRectF(event.rect()))
        finally:
            painter.end()


    def _paint(self, painter: QPainter, area: QRectF, scale: TimeScale, offset: float, vector: bool,
               clip: QRectF | None = None) -> None:
        """Draw everything in ``area``; ``offset`` is the vertical scroll, ``vector`` avoids bitmaps (SVG)."""
        colours = style.colours(self.palette())
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
                                colours: Colours) -> None:
        for lane in rows:
            y = self._lanes_top() + lane * geometry.LANE_HEIGHT - offset
            if lane % 2:
                painter.fillRect(QRectF(GUTTER, y, scale.width, geometry.LANE_HEIGHT), colours["alt"])

    def _visible_bands(self, scale: TimeScale) -> list[tuple[int, float, float]]:
        if self._timeline is None:
            return []
        out = []
        for n, band in enumerate(self._timeline.bands):
            x0, x1 = scale.x_for(band.start), scale.x_for(band.end)
            if x1 >= 0 and x0 <= scale.width and x1 > x0:
                out.append((n, x0, x1))
        return out

    def _paint_bands(self, painter: QPainter, scale: TimeScale, bottom: float, colours: Colours) -> None:
        top = AXIS_HEIGHT
        for n, x0, x1 in self._visible_bands(scale):
            fill = colours["band_b"] if n % 2 else colours["band_a"]
            painter.fillRect(QRectF(GUTTER + x0, top, x1 - x0, bottom - top), fill)
            painter.setPen(QPen(colours["grid"], 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(GUTTER + x0, top), QPointF(GUTTER + x0, bottom))

    def _paint_band_labels(self, painter: QPainter, scale: TimeScale, colours: Colours) -> None:
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
            text = fitting_label(self.band_labels(band), stop - left, self._measure, _elider(metrics))
            if text:
                painter.drawText(QRectF(GUTTER + left, AXIS_HEIGHT, stop - left, BAND_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
                taken = left + metrics.horizontalAdvance(text)
        painter.restore()

    def _paint_gutter(self, painter: QPainter, rows: range, offset: float, bottom: float,
                      colours: Colours) -> None:
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
            y = self._lanes_top() + lane * geometry.LANE_HEIGHT - offset
            selected = row.entity_id is not None and row.entity_id == self._selected_entity
            painter.setFont(self._bold_font if selected else self.font())
            painter.setPen(colours["text"])
            title = self.lane_title(row)
            text = self._lane_titles.get(title)
            if text is None:
                if len(self._lane_titles) > 4000:
                    self._lane_titles.clear()
                text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, GUTTER - 16)
                self._lane_titles[title] = text
            painter.drawText(QRectF(10, y, GUTTER - 16, geometry.LANE_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()
        painter.setFont(self._small_font)
        painter.setPen(colours["muted"])
        painter.drawText(QRectF(10, AXIS_HEIGHT, GUTTER - 16, BAND_HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.tr("Expeditions") if self._timeline.bands else "")

    def _paint_axis(self, painter: QPainter, ticks: Axis, right: float, colours: Colours) -> None:
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


    def _paint_lane(self, painter: QPainter, lane: int, scale: TimeScale, offset: float,
                    colours: Colours, vector: bool) -> None:
        assert self._timeline is not None
        row = self._timeline.lanes[lane]
        y = self._lanes_top() + lane * geometry.LANE_HEIGHT - offset
        mid = y + geometry.LANE_HEIGHT / 2
        t_lo, t_hi = scale.t_for(-MARKER * 2), scale.t_for(scale.width + MARKER * 2)
        metrics, bold_metrics = self._metrics, self._bold_metrics
        # Bars are axis-aligned: without antialiasing they fill twice as fast and look the same.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        styles = self._styles
        focused = self.hasFocus()
        hovered = self._hover.item.key if self._hover is not None and self._hover.item is not None else None
        baseline = mid + metrics.capHeight() / 2
        elide, elide_bold = _elider(metrics), _elider(bold_metrics)  # once a lane, not once a bar
        start, spp, right = scale.start, scale.spp, scale.width + 4  # x_for inlined: 300 bars a frame
        top, bar_height, selected, ranges = y + 5, geometry.LANE_HEIGHT - 10, self._selected_entity, row.ranges
        for index in visible_range_indices(row.range_starts, row.range_ends_max, t_lo, t_hi):
            item = ranges[index]
            if item.end < t_lo:
                continue
            x0 = GUTTER + max((item.start - start) / spp, -4.0)
            x1 = GUTTER + min((item.end - start) / spp, right)
            rect = QRectF(x0, top, max(x1 - x0, 2.0), bar_height)
            style_key = (item.kind, item.category)
            found = styles.get(style_key)
            if found is None:
                found = styles.setdefault(style_key, style.range_style(item, colours))
            brush, pen, ink = found
            chosen = item.entity_id is not None and item.entity_id == selected
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
                forms = self._item_labels(item)
                if chosen:
                    painter.setFont(self._small_bold)
                    text = fitting_label(forms, room, bold_metrics.horizontalAdvance, elide_bold)
                else:
                    text = fitting_label(forms, room, self._measure, elide)
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

    def _paint_open_end(self, painter: QPainter, rect: QRectF, colours: Colours) -> None:
        """A chevron at the right end: the range is still open (the ship is still up there)."""
        x, yc = rect.right() - 7, rect.center().y()
        painter.setPen(QPen(colours["text"], 1.5))
        painter.drawPolyline(QPolygonF([QPointF(x - 3, yc - 5), QPointF(x + 2, yc), QPointF(x - 3, yc + 5)]))

    def _paint_points(self, painter: QPainter, lane: int, scale: TimeScale, mid: float,
                      colours: Colours, metrics: QFontMetricsF, vector: bool) -> None:
        """Single points as shapes, clusters as counted pills; bitmaps on screen, paths in SVG."""
        assert self._timeline is not None
        row = self._timeline.lanes[lane]
        clusters, shift = self._visible_clusters(lane, scale, -MARKER * 2, scale.width + MARKER * 2)
        label_room = row.kind == LaneKind.EVENTS and len(clusters) < 400  # name events where there is room
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        # The hot loop: thousands of clusters per frame at a wide zoom, so lookups are bound to locals and a
        # cluster whose pill is already drawn as a bitmap costs one dict lookup and one blit.
        pills, sprites = self._pills, self._sprites
        draw_pixmap = painter.drawPixmap
        current = self.current_item()
        focus_index = -1  # the current point, when it is in this lane: its cluster gets the focus ring
        if current is not None and current.lane == lane and current.is_point and self.hasFocus():
            focus_index = next((i for i in range(bisect.bisect_left(row.point_times, current.start), len(row.points))
                                if row.points[i].key == current.key), -1)
        pill_top = mid - MARKER - 2
        reach = MARKER - 1
        label_y, muted, current_key = mid + metrics.ascent() / 2 - 1, colours["muted"], self._current
        labels_of, measure, marker_of = self._item_labels, self._measure, sprites.get
        for n, cluster in enumerate(clusters):
            if cluster.last != cluster.first:
                count = cluster.last - cluster.first + 1
                x0 = GUTTER + cluster.x0 - shift - reach
                x1 = GUTTER + cluster.x1 - shift + reach
                pill = round(x1 - x0)
                cached = pills.get((pill, count, ratio)) if not vector else None
                if cached is not None:
                    body, grew, counted, into = cached
                    left = round(x0) - 1 - grew
                    draw_pixmap(QPointF(left, pill_top), body)
                    if counted is not None:
                        draw_pixmap(QPointF(left + into, pill_top), counted)
                else:
                    self._paint_cluster(painter, cluster, shift, mid, colours, vector, ratio)
                if cluster.first <= focus_index <= cluster.last:
                    painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(QRectF(x0 - 4, mid - MARKER - 4, x1 - x0 + 8, 2 * MARKER + 8))
                continue
            item = row.points[cluster.first]
            x = GUTTER + cluster.x0 - shift
            chosen = item.key == current_key
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
                sprite = marker_of(("marker", item.kind, chosen, ratio))
                if sprite is None:  # the partial only when the bitmap is missing: a frame blits a thousand
                    draw = partial(self._draw_marker, kind=item.kind, chosen=chosen, x=half, y=half, colours=colours)
                    sprite = self._sprite(("marker", item.kind, chosen, ratio), 2 * half, 2 * half, ratio, draw)
                draw_pixmap(QPointF(x - half, mid - half), sprite)
            if chosen and self.hasFocus():
                painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x - MARKER - 3, mid - MARKER - 3, 2 * MARKER + 6, 2 * MARKER + 6))
            if label_room:
                room = (clusters[n + 1].x0 - cluster.x0 - 2 * MARKER - 6) if n + 1 < len(clusters) else 200.0
                label = labels_of(item)[0]
                if measure(label) <= room:
                    painter.setPen(muted)
                    painter.drawText(QPointF(x + MARKER + 4, label_y), label)

    def _draw_marker(self, painter: QPainter, kind: str, chosen: bool, x: float, y: float,
                     colours: Colours) -> None:
        path = self._paths.get(kind)
        if path is None:
            path = self._paths.setdefault(kind, style.marker_path(kind, MARKER))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(x, y)
        painter.setPen(QPen(colours["text"], 2.2 if chosen else 1.2))
        painter.setBrush(colours["base"] if kind in style.HOLLOW else colours["accent"])
        painter.drawPath(path)
        painter.restore()
