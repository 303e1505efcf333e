"""The "Touch the screen to explore" pill shown while the attract loop runs; clicks pass through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from soyuz_gui.app.kiosk.overlay import scaled_font


def tr(text: str) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


class AttractBanner(QWidget):
    """A floating pill, transparent for mouse and touch.

    It sits over ``anchor`` (the free middle of the touch bar) or another free space offered with
    :meth:`add_anchor` (the home screen's language bar), the first where it fits, so it hides no content;
    otherwise (large text leaves no room) it sits in a strip it reserves at the bottom of the host's central
    widget while it is shown, so it never covers text either.
    """

    def __init__(self, host: QWidget, anchor: QWidget | None = None) -> None:
        super().__init__(host)
        self._host = host
        self._anchors: list[QWidget] = []
        self._reserved: tuple[QWidget, QMargins] | None = None
        if anchor is not None:
            self.add_anchor(anchor)
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

    def add_anchor(self, anchor: QWidget) -> None:
        """Another free space the banner may sit over, tried after the ones given before."""
        self._anchors.append(anchor)
        anchor.installEventFilter(self)
        if self.isVisible():
            self._place()

    def show_over(self) -> None:
        self.show()
        self._place()
        self.raise_()

    @property
    def reserves_space(self) -> bool:
        """Whether the banner sits in a strip of its own at the bottom (no room in the touch bar)."""
        return self._reserved is not None

    def _place(self) -> None:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._text) + metrics.height() * 3
        height = metrics.height() * 2 + 8
        for anchor in self._anchors:
            if not anchor.isVisible():
                continue
            fitted = min(height, anchor.height() - 8)
            if anchor.width() >= width + 24 and fitted >= metrics.height() + 16:
                self._release()
                centre = anchor.mapTo(self._host, anchor.rect().center())
                self.setGeometry(centre.x() - width // 2, centre.y() - fitted // 2, width, fitted)
                return
        central = self._central()
        # the strip is the bottom of the central widget: a bar below it (the home screen's languages) stays clear
        area = central.geometry() if central is not None else self._host.rect()
        gap = 12
        if self.isVisible():
            self._reserve(height + 2 * gap)
        width = min(width, area.width() - 2 * gap)
        self.setGeometry(area.x() + (area.width() - width) // 2, area.y() + area.height() - height - gap, width,
                         height)

    def _central(self) -> QWidget | None:
        # the host is the main window in the kiosk; a bare widget host (tests) has no central widget
        return self._host.centralWidget() if isinstance(self._host, QMainWindow) else None

    def _reserve(self, strip: int) -> None:
        central = self._central()
        if central is None:
            return
        if self._reserved is None or self._reserved[0] is not central:
            self._release()
            self._reserved = (central, central.contentsMargins())
        base = self._reserved[1]
        wanted = QMargins(base.left(), base.top(), base.right(), base.bottom() + strip)
        if central.contentsMargins() != wanted:
            central.setContentsMargins(wanted)

    def _release(self) -> None:
        if self._reserved is not None:
            central, margins = self._reserved
            self._reserved = None
            central.setContentsMargins(margins)

    def hideEvent(self, event: QHideEvent) -> None:
        self._release()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._host or watched in self._anchors) \
                and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.fillPath(path, QColor(20, 60, 140, 225))
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
