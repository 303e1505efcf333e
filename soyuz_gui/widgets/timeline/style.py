"""How timeline items look: colours from the palette, a fill per kind and generation, a shape per event kind."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPalette, QPen, QPolygonF

from soyuz_gui.domain.entities import GENERATIONS
from soyuz_gui.domain.timeline import ItemKind, TimelineItem

# One colour per spacecraft generation (Okabe–Ito and Tol hues, readable by most colour-blind people); the lane
# title and the bar's label name the generation too, so colour is never the only cue.
_GENERATION_HUES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#117733",
                    "#332288", "#999933", "#44AA99", "#AA4499", "#6699CC")

HOLLOW = {"undocking", "crew-change", "other", "landing"}  # event kinds drawn as outlines

Colours = dict[str, QColor]
Style = tuple[QBrush, QPen, QColor]  # fill, outline, text colour


def generation_colour(category: str, dark: bool) -> QColor:
    """The fill for a mission of one generation, a little lighter on a dark background."""
    names = [f"Soyuz {g}" for g in GENERATIONS[:9]] + list(GENERATIONS[9:])
    # Anything outside the known generations (cargo ships) is grey: no colour that could be taken for a generation.
    colour = QColor(_GENERATION_HUES[names.index(category)]) if category in names else QColor("#8a8f98")
    return colour.lighter(125) if dark else colour


def colours(pal: QPalette) -> Colours:
    """The named colours a frame paints with, derived from the widget's palette (light and dark themes)."""
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


def range_style(item: TimelineItem, colours: Colours) -> Style:
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


def marker_path(kind: str, r: float) -> QPainterPath:
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
