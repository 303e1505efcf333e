"""The tree's row icons: one small SVG per row kind, and how they look on a selected row.

Qt's styles tint a selected row's icon with 30 % of the selection colour. The tree's icons are mostly blue and the
selection is blue, so a selected mission's rocket all but vanished: only its pale window and orange flame were left,
which read as a tiny arrow. On a selected row the icon is therefore drawn in its own colours over a thin outline in
the selection's text colour, which stands out from the selection as the row's text does.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

from soyuz_gui.models.tree_kinds import NodeKind
from soyuz_gui.paths import resource

_ICON_FILES = {
    NodeKind.PROGRAMME: "programme", NodeKind.MISSION: "mission", NodeKind.GROUP: "group",
    NodeKind.GROUP_YEAR: "group", NodeKind.PERSON: "person", NodeKind.DOCKING: "docking",
    NodeKind.EVENT: "event", NodeKind.REFERENCE: "reference", NodeKind.EXPEDITION: "expedition",
    NodeKind.STATION: "station", NodeKind.OUTCOME: "outcome",
}
_OUTLINE_EMS = 1 / 16  # the outline's width as a share of the icon's side (one unit of the icons' 16-unit grid)


def outlined(image: QImage, colour: QColor) -> QImage:
    """``image`` over its own silhouette in ``colour``, grown by about a sixteenth of its side in every direction."""
    source = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    ratio = source.devicePixelRatio()
    source.setDevicePixelRatio(1.0)  # drawn in device pixels below
    silhouette = QImage(source)
    painter = QPainter(silhouette)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(silhouette.rect(), colour)
    painter.end()
    result = QImage(source.size(), QImage.Format.Format_ARGB32_Premultiplied)
    result.fill(Qt.GlobalColor.transparent)
    width = max(1, round(source.width() * _OUTLINE_EMS))
    painter = QPainter(result)
    for dx in (-width, 0, width):
        for dy in (-width, 0, width):
            if dx or dy:
                painter.drawImage(QPoint(dx, dy), silhouette)
    painter.drawImage(QPoint(0, 0), source)
    painter.end()
    result.setDevicePixelRatio(ratio)
    return result


class TreeIconEngine(QIconEngine):
    """An SVG icon that keeps its colours on a selected row (see the module's note); other modes are Qt's."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path
        self._icon = QIcon(path)

    def clone(self) -> QIconEngine:
        return TreeIconEngine(self._path)

    def key(self) -> str:
        return "soyuz-tree-icon"

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        # ``size`` is in device pixels: QIcon asks for the logical size times the screen's ratio
        if mode != QIcon.Mode.Selected:
            return self._icon.pixmap(size, 1.0, mode, state)
        plain = self._icon.pixmap(size, 1.0, QIcon.Mode.Normal, state)
        colour = QGuiApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return QPixmap.fromImage(outlined(plain.toImage(), colour))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixmap = self.pixmap(rect.size() * ratio, mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pixmap)


def tree_icons() -> dict[NodeKind, QIcon]:
    """One small SVG icon per row kind, so kinds differ by shape and not by colour alone."""
    icons: dict[NodeKind, QIcon] = {}
    for kind, name in _ICON_FILES.items():
        path = resource("icons", "tree", f"{name}.svg")
        if path.exists():
            icons[kind] = QIcon(TreeIconEngine(str(path)))
    return icons
