"""A child widget that covers its host (the main window) and follows its size: the base of the kiosk overlays."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QWidget

MIN_TOUCH = 72  # px: the smallest hit target on a kiosk (about 19 mm on a 96 dpi 1080p screen)
CARD_STYLE = """
QFrame#kioskCard {{ background: {card}; border-radius: 28px; }}
QLabel {{ color: {text}; background: transparent; }}
QPushButton {{
    min-height: {touch}px; min-width: {touch}px; border-radius: 18px; padding: 8px 28px;
    background: {button}; color: {text}; border: 2px solid {rule};
}}
QPushButton:pressed {{ background: {accent}; color: white; }}
QPushButton[primary="true"] {{ background: {accent}; color: white; border: none; font-weight: 600; }}
QPushButton[primary="true"]:pressed {{ background: {accent_dark}; }}
QPushButton:disabled, QPushButton[primary="true"]:disabled {{
    background: {button}; color: {rule}; border: 2px solid {rule};
}}
"""


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


def card_style_sheet(widget: QWidget) -> str:
    palette = widget.palette()
    window = palette.window().color()
    dark = window.lightness() < 128
    card = window.lighter(125) if dark else window.lighter(103)
    accent = QColor("#2a64c5") if not dark else QColor("#3d7be0")
    return CARD_STYLE.format(card=card.name(), text=palette.windowText().color().name(),
                             button=palette.button().color().name(), rule=palette.mid().color().name(),
                             accent=accent.name(), accent_dark=accent.darker(125).name(), touch=MIN_TOUCH)


class Overlay(QWidget):
    """Covers the host, dims what is below and swallows clicks on the dimmed part."""

    def __init__(self, host: QWidget, dim: int = 170) -> None:
        super().__init__(host)
        self._host = host
        self._dim = dim
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setAutoFillBackground(False)
        self.hide()
        host.installEventFilter(self)
        self.setGeometry(host.rect())

    def make_card(self) -> QFrame:
        card = QFrame(self)
        card.setObjectName("kioskCard")
        card.setStyleSheet(card_style_sheet(self._host))
        return card

    def show_over(self) -> None:
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(8, 10, 16, self._dim))
        painter.end()
