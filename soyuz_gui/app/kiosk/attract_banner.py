"""The "Touch the screen to explore" pill shown while the attract loop runs; clicks pass through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

from soyuz_gui.app.kiosk.overlay import scaled_font


def tr(text: str) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


class AttractBanner(QWidget):
    """A floating pill, transparent for mouse and touch.

    It sits over ``anchor`` (the free middle of the touch bar) when it fits there, so it hides no content;
    otherwise it floats near the bottom edge of the host, centred.
    """

    def __init__(self, host: QWidget, anchor: QWidget | None = None) -> None:
        super().__init__(host)
        self._host = host
        self._anchor = anchor
        if anchor is not None:
            anchor.installEventFilter(self)
        self._text = tr("Touch the screen to explore")
        self.setObjectName("kioskAttractBanner")
        self.setAccessibleName(self._text)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFont(scaled_font(host, 1.6, bold=True))
        host.installEventFilter(self)
        self.hide()
        self._place()

    def text(self) -> str:
        return self._text

    def show_over(self) -> None:
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._text) + metrics.height() * 3
        height = metrics.height() * 2 + 8
        anchor = self._anchor
        if anchor is not None and anchor.isVisible():
            fitted = min(height, anchor.height() - 8)
            if anchor.width() >= width + 24 and fitted >= metrics.height() + 16:
                centre = anchor.mapTo(self._host, anchor.rect().center())
                self.setGeometry(centre.x() - width // 2, centre.y() - fitted // 2, width, fitted)
                return
        host = self._host.rect()
        self.setGeometry((host.width() - width) // 2, host.height() - height - 48, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in (self._host, self._anchor) and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.fillPath(path, QColor(20, 60, 140, 225))
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
