"""Cluster pills and the timeline's bitmaps: small pictures drawn once and blitted many times a frame.

One layer of :class:`~soyuz_gui.widgets.timeline.view.TimelineView`, under :mod:`.painting`: a cluster of points is a
pill with its count; at wide zooms thousands are drawn a frame, so each is a blit or two of a cached bitmap (a pill
of its width, its count, or a cut of one long pill), never an antialiased path, except in SVG exports (``vector``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap

from soyuz_gui.domain.timescale import Cluster
from soyuz_gui.widgets.timeline.geometry import CLUSTER_GAP, GUTTER, MARKER
from soyuz_gui.widgets.timeline.labels import TimelineLabels
from soyuz_gui.widgets.timeline.style import Colours

_COUNT_BOX = 40  # px: wider than any count ("999", "12k") a pill of up to 60 px prints
_LONGEST_PILL = 2048  # px: wider pills (rare, and clipped by the view) are drawn piece by piece


class TimelinePills(TimelineLabels):
    """Cached bitmaps (``_sprite``) and the cluster pills drawn from them."""

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
        # The pill and its count are two bitmaps: some 50 widths and a few counts, not every pair of them, so a zoom
        # soon stops meeting new ones. The count is laid out in a box of the pill's parity, so it sits where it
        # would sit drawn inside the pill.
        sprites, box = self._sprites, _COUNT_BOX + pill % 2
        body_key, count_key = ("pill", pill, ratio), ("pill count", shown, box, ratio)
        missing = (body_key not in sprites) + (bool(shown) and count_key not in sprites)
        if missing:
            if self._sprite_budget < missing:
                # A fast zoom meets many new pill sizes: draw them directly rather than stall one frame making
                # bitmaps; later frames make a few more each until the sizes in use are all cached.
                self._draw_pill(painter, QRectF(x0, mid - MARKER - 1, x1 - x0, 2 * MARKER + 2), shown, colours)
                return
            self._sprite_budget -= missing
        draw = partial(self._draw_pill, rect=QRectF(1, 1, pill, 2 * MARKER + 2), text="", colours=colours)
        sprite = self._sprite(body_key, pill + 2, 2 * MARKER + 4, ratio, draw)
        counted: QPixmap | None = None
        if shown:
            draw = partial(self._draw_count, box=box, text=shown, colours=colours)
            counted = self._sprite(count_key, box + 2, 2 * MARKER + 4, ratio, draw)
        into = (pill - box) // 2  # exact: the same parity
        painter.drawPixmap(QPointF(round(x0) - 1, mid - MARKER - 2), sprite)
        if counted is not None:
            painter.drawPixmap(QPointF(round(x0) - 1 + into, mid - MARKER - 2), counted)
        # Remember, per unwidened width and count, the bitmaps and how far the pill grew to the left.
        plain = round((GUTTER + cluster.x1 - shift + MARKER - 1) - (GUTTER + cluster.x0 - shift - MARKER + 1))
        start = GUTTER + cluster.x0 - shift - MARKER + 1
        if len(self._pills) > 3000:
            self._pills.clear()
        self._pills[(plain, cluster.count, ratio)] = (sprite, round(start) - round(x0), counted, into)

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

    def _draw_count(self, painter: QPainter, box: int, text: str, colours: Colours) -> None:
        """A pill's count alone, as :meth:`_draw_pill` prints it, centred in a box as wide as ``box``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colours["text"], 1))
        painter.setFont(self._small_font)
        painter.drawText(QRectF(1, 1, box, 2 * MARKER + 2), Qt.AlignmentFlag.AlignCenter, text)

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
