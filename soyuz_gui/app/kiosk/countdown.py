"""The "still exploring?" overlay: a countdown ring, the seconds left and a big "Keep exploring" button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from soyuz_gui.app.kiosk.overlay import MIN_TOUCH, Overlay, scaled_font


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there (``n``: plural).
    return QCoreApplication.translate("", text, disambiguation or None, n)


def returning_text(seconds: int) -> str:
    return (tr("Returning to the start in %n second.", "", seconds) if seconds == 1 else
            tr("Returning to the start in %n seconds.", "", seconds))


def ring_geometry(width: int, height: int, thickness: float) -> QRectF:
    """The square the ring is drawn in: centred, inset by half the pen so the stroke is not clipped."""
    side = min(width, height) - thickness
    return QRectF((width - side) / 2, (height - side) / 2, side, side)


class CountdownRing(QWidget):
    """A ring that empties as the countdown runs, with the whole seconds left in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._seconds = 0
        self.setObjectName("kioskCountdownRing")
        self.setAccessibleName(tr("Seconds left"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        side = max(180, self.fontMetrics().height() * 7)
        return QSize(side, side)

    def set_progress(self, fraction: float, seconds: int) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if abs(fraction - self._fraction) < 0.002 and seconds == self._seconds:
            return
        self._fraction = fraction
        self._seconds = seconds
        self.setAccessibleDescription(tr("%n second", "", seconds) if seconds == 1 else tr("%n seconds", "", seconds))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        thickness = max(10.0, self.width() / 14)
        rect = ring_geometry(self.width(), self.height(), thickness)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(self.palette().mid().color())
        pen = QPen(track, thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        pen.setColor(QColor("#3d7be0"))
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        painter.setPen(self.palette().windowText().color())
        painter.setFont(scaled_font(self, 3.2, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self._seconds))
        painter.end()


class CountdownOverlay(Overlay):
    """Shown after the idle time; a touch anywhere or the button keeps the visitor's place."""

    keep_exploring_clicked = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("kioskCountdown")
        self.setAccessibleName(tr("Are you still exploring?"))
        card = self.make_card()
        self.title = QLabel(tr("Are you still exploring?"), card)
        self.title.setObjectName("kioskCountdownTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(scaled_font(self, 2.2, bold=True))
        self.message = QLabel(card)
        self.message.setObjectName("kioskCountdownMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setFont(scaled_font(self, 1.3))
        self.message.setMinimumWidth(600)  # long translations wrap at words, not one word per line
        self.ring = CountdownRing(card)
        self.button = QPushButton(tr("Keep exploring"), card)
        self.button.setObjectName("kioskKeepExploring")
        self.button.setAccessibleName(tr("Keep exploring"))
        self.button.setAccessibleDescription(tr("Stay on this page instead of returning to the start"))
        self.button.setProperty("primary", True)
        self.button.setFont(scaled_font(self, 1.6, bold=True))
        self.button.setMinimumSize(max(360, MIN_TOUCH * 5), max(MIN_TOUCH + 24, self.button.sizeHint().height()))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.keep_exploring_clicked)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(64, 48, 64, 56)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.card = card
        self.set_remaining(0.0, 1.0)

    def set_remaining(self, remaining: float, total: float, seconds: int | None = None) -> None:
        whole = seconds if seconds is not None else int(remaining + 0.999)
        text = returning_text(whole)
        if text != self.message.text():
            self.message.setText(text)
        self.ring.set_progress(remaining / total if total > 0 else 0.0, whole)
