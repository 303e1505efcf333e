"""Painting the timeline view: lanes, bars, markers and counted clusters, the gutter, the axis and the bands.

One layer of :class:`~soyuz_gui.widgets.timeline.view.TimelineView`: it draws what the Qt-free helpers
(:mod:`.geometry`, :mod:`soyuz_gui.domain.timescale`) place for the visible window, so 100,000 events cost what the
few hundred on screen cost. Bitmaps (sprites) are drawn once and blitted; SVG exports draw paths (``vector``).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF

from soyuz_gui.domain.timeaxis import Axis
from soyuz_gui.domain.timeline import LaneKind
from soyuz_gui.domain.timescale import DAY, Cluster, TimeMode, TimeScale, visible_range_indices
from soyuz_gui.domain.timeutil import Precision
from soyuz_gui.widgets.timeline import geometry, style
from soyuz_gui.widgets.timeline.geometry import (
    AXIS_HEIGHT,
    BAND_HEIGHT,
    CLUSTER_GAP,
    GUTTER,
    MARKER,
    SPRITE_HALF,
    SPRITES_PER_FRAME,
    fitting_label,
)
from soyuz_gui.widgets.timeline.labels import TimelineLabels
from soyuz_gui.widgets.timeline.style import Colours

_LONGEST_PILL = 2048  # px: wider pills (rare, and clipped by the view) are drawn piece by piece
_UNCERTAINTY = {Precision.DAY: DAY, Precision.MONTH: 30 * DAY, Precision.YEAR: 365 * DAY}


def _elider(metrics: QFontMetricsF) -> Callable[[str, float], str]:
    return lambda text, width: metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class TimelinePainting(TimelineLabels):
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
        for index in visible_range_indices(row.range_starts, row.range_ends_max, t_lo, t_hi):
            item = row.ranges[index]
            if item.end < t_lo:
                continue
            x0 = GUTTER + max(scale.x_for(item.start), -4.0)
            x1 = GUTTER + min(scale.x_for(item.end), scale.width + 4)
            rect = QRectF(x0, y + 5, max(x1 - x0, 2.0), geometry.LANE_HEIGHT - 10)
            style_key = (item.kind, item.category)
            found = styles.get(style_key)
            if found is None:
                found = styles.setdefault(style_key, style.range_style(item, colours))
            brush, pen, ink = found
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
                sprite = sprites.get(("marker", item.kind, chosen, ratio))
                if sprite is None:  # the partial only when the bitmap is missing: a frame blits a thousand
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
                       colours: Colours, vector: bool, ratio: float) -> None:
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
                         colours: Colours, ratio: float, whole: bool = False) -> None:
        """A long pill from two cached round ends, a plain middle and a cached count: no antialiased path per frame.

        Long pills are many at wide zooms and each has its own length, so a bitmap per pill would rarely be reused.
        """
        height = int(2 * MARKER + 2)
        cap = height // 2 + 1
        top = round(mid - MARKER - 1)
        left, right = round(x0), round(x1)
        sprites = self._sprites  # looked up first: a partial per cap and pill costs more than the blit
        if right - left <= _LONGEST_PILL and not whole:
            # Two blits from one long pill drawn once: its left part up to this pill's right cap, then that cap.
            long = sprites.get(("long pill", ratio))
            if long is None:
                draw_long = partial(self._draw_long_pill, height=height, cap=cap, colours=colours, ratio=ratio)
                long = self._sprite(("long pill", ratio), _LONGEST_PILL, height + 1, ratio, draw_long)
            body = right - left - cap
            painter.drawPixmap(QRectF(left, top, body, height + 1), long,
                               QRectF(0, 0, body * ratio, (height + 1) * ratio))
            painter.drawPixmap(QRectF(right - cap, top, cap, height + 1), long,
                               QRectF((_LONGEST_PILL - cap) * ratio, 0, cap * ratio, (height + 1) * ratio))
            self._paint_pill_count(painter, text, left, right, top, height, colours, ratio)
            return
        for side in ("left", "right"):
            sprite = sprites.get(("cap", side, ratio))
            if sprite is None:
                draw = partial(self._draw_cap, side=side, height=height, cap=cap, colours=colours)
                sprite = self._sprite(("cap", side, ratio), cap, height + 1, ratio, draw)
            painter.drawPixmap(QPointF(left if side == "left" else right - cap, top), sprite)
        painter.fillRect(QRectF(left + cap, top, right - left - 2 * cap, height), colours["base"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(colours["text"])  # the same 1 px pen as QPen(colour, 1), without making one per pill
        painter.drawLine(left + cap, top, right - cap - 1, top)
        painter.drawLine(left + cap, top + height, right - cap - 1, top + height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_pill_count(painter, text, left, right, top, height, colours, ratio)

    def _paint_pill_count(self, painter: QPainter, text: str, left: int, right: int, top: int, height: int,
                          colours: Colours, ratio: float) -> None:
        if text:
            width = int(self._measure(text)) + 4
            sprite = self._sprites.get(("count", text, ratio))
            if sprite is None:
                draw_text = partial(self._draw_label, text=text, width=width, height=height, colours=colours)
                sprite = self._sprite(("count", text, ratio), width, height + 1, ratio, draw_text)
            painter.drawPixmap(QPointF(round((left + right - width) / 2), top), sprite)

    def _draw_long_pill(self, painter: QPainter, height: int, cap: int, colours: Colours, ratio: float) -> None:
        """The longest wide pill, drawn as :meth:`_paint_wide_pill` draws one: shorter ones are cut from it."""
        self._paint_wide_pill(painter, 0, _LONGEST_PILL + 0.0, MARKER + 1, "", colours, ratio, whole=True)

    def _draw_cap(self, painter: QPainter, side: str, height: int, cap: int, colours: Colours) -> None:
        """One round end of a long pill; the stadium is drawn wider than the bitmap, which keeps only its end."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colours["text"], 1))
        painter.setBrush(colours["base"])
        x = 0.5 if side == "left" else cap - 4 * cap - 0.5
        painter.drawRoundedRect(QRectF(x, 0.5, 4 * cap, height), height / 2, height / 2)

    def _draw_label(self, painter: QPainter, text: str, width: int, height: int,
                    colours: Colours) -> None:
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

    def _draw_pill(self, painter: QPainter, rect: QRectF, text: str, colours: Colours) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colours["text"], 1))
        painter.setBrush(colours["base"])
        painter.drawRoundedRect(rect, MARKER + 1, MARKER + 1)
        if text:
            painter.setFont(self._small_font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

