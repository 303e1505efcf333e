"""The tree's row icons stay visible on a selected row (the selected Soyuz MS-07 showed a tiny arrow, not its rocket:
Qt's selection tint made the blue rocket vanish into the blue selection)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from soyuz_gui.models.tree_kinds import NodeKind
from soyuz_gui.widgets.mission_tree import MissionTree
from soyuz_gui.widgets.tree_icons import tree_icons

SIDE = 32


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def on(background: QColor, icon: QIcon, mode: QIcon.Mode) -> QImage:
    image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, icon.pixmap(QSize(SIDE, SIDE), 1.0, mode))
    painter.end()
    return image


def outline_shown(composite: QImage, icon: QIcon, background: QColor) -> float:
    """The share of the icon's edge pixels that have, within two pixels, one standing out from the background
    (3:1, the contrast asked of graphics): 1.0 when the whole shape can be made out."""
    alpha = icon.pixmap(QSize(SIDE, SIDE), 1.0).toImage()

    def opaque(x: int, y: int) -> bool:
        return 0 <= x < SIDE and 0 <= y < SIDE and QColor.fromRgba(alpha.pixel(x, y)).alpha() > 128

    def stands_out(x: int, y: int) -> bool:
        return 0 <= x < SIDE and 0 <= y < SIDE and contrast(QColor(composite.pixel(x, y)), background) >= 3.0

    edge = [(x, y) for x in range(SIDE) for y in range(SIDE) if opaque(x, y)
            and not all(opaque(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))]
    shown = [(x, y) for x, y in edge
             if any(stands_out(x + dx, y + dy) for dx in range(-2, 3) for dy in range(-2, 3))]
    return len(shown) / len(edge)


@pytest.mark.parametrize("kind", sorted(tree_icons(), key=str))
def test_a_selected_rows_icon_stands_out_from_the_selection(qapp: QApplication, kind: NodeKind) -> None:
    icon = tree_icons()[kind]
    highlight = qapp.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert outline_shown(on(highlight, icon, QIcon.Mode.Selected), icon, highlight) >= 0.9


def test_the_selected_mission_keeps_its_colours_and_size(qtbot, catalog) -> None:
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    icon = tree.model.index_for_entity("soyuz-ms-07").data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    selected = icon.pixmap(QSize(SIDE, SIDE), 1.0, QIcon.Mode.Selected).toImage()
    normal = icon.pixmap(QSize(SIDE, SIDE), 1.0).toImage()
    assert selected.size() == normal.size() == QSize(SIDE, SIDE)
    highlight = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert outline_shown(on(highlight, icon, QIcon.Mode.Selected), icon, highlight) >= 0.9
    # inside the outline the rocket is drawn as on any other row, not tinted
    centre = (SIDE // 2, SIDE // 2 + 4)
    assert selected.pixelColor(*centre) == normal.pixelColor(*centre)
    assert normal.pixelColor(*centre).alpha() == 255
