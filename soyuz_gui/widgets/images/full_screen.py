"""The window that holds the image canvas while it is shown full screen.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

# the translations were made in the context of this class's former private name
translate = QCoreApplication.translate


class FullScreenHost(QWidget):
    """A top-level window that holds the canvas while it is shown full screen.

    Keys the canvas does not use arrive here: Escape or F11 leave, Page Down or Space and Page Up step through the
    mission's images.
    """

    closed = Signal()
    leave_requested = Signal()
    step_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("imageFullScreen")
        self.setAccessibleName(translate("_FullScreenHost", "Full-screen image"))
        self.setWindowTitle(translate("_FullScreenHost", "Image"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.leave_requested.emit()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.step_requested.emit(1)
        elif key == Qt.Key.Key_PageUp:
            self.step_requested.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

