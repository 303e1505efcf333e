"""The operator's PIN pad: a full-screen numeric keypad that appears after the hidden exit gesture."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from soyuz_gui.app.kiosk.overlay import MIN_TOUCH, Overlay, scaled_font

MAX_DIGITS = 12


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there. With ``n`` the
    # message is a plural one (%n is the number; Russian has three forms, Japanese one).
    return QCoreApplication.translate("", text, disambiguation or None, n)


def tries_left_text(n: int) -> str:
    """"Wrong PIN. 1 try left." / "... 2 tries left." in the interface language, plural forms and all."""
    return tr("Wrong PIN. %n try left.", "", n) if n == 1 else tr("Wrong PIN. %n tries left.", "", n)


def locked_text(seconds: float) -> str:
    """The lockout message with the time left: seconds up to 90, whole minutes (rounded up) above."""
    whole = max(1, math.ceil(seconds - 1e-6))
    if whole <= 90:
        return (tr("Too many wrong PINs. Try again in %n second.", "", whole) if whole == 1 else
                tr("Too many wrong PINs. Try again in %n seconds.", "", whole))
    minutes = math.ceil(whole / 60)
    return (tr("Too many wrong PINs. Try again in %n minute.", "", minutes) if minutes == 1 else
            tr("Too many wrong PINs. Try again in %n minutes.", "", minutes))


class PinPadOverlay(Overlay):
    """Collects digits; emits ``pin_entered`` on OK. The controller checks the PIN and decides what happens."""

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host, dim=215)
        self.setObjectName("kioskPinPad")
        self.setAccessibleName(tr("Operator PIN"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._digits = ""
        self._locked = False
        card = self.make_card()
        self.title = QLabel(tr("Operator"), card)
        self.title.setObjectName("kioskPinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(scaled_font(self, 1.8, bold=True))
        self.display = QLabel(card)
        self.display.setObjectName("kioskPinDisplay")
        self.display.setAccessibleName(tr("PIN digits entered"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setFont(scaled_font(self, 2.4, bold=True))
        self.display.setMinimumHeight(MIN_TOUCH)
        self.status = QLabel(card)
        self.status.setObjectName("kioskPinStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setFont(scaled_font(self, 1.1))
        self.status.setMinimumHeight(self.status.fontMetrics().height() + 8)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
        labels = {"back": "⌫", "ok": tr("OK")}
        names = {"back": tr("Delete last digit"), "ok": tr("Confirm PIN")}
        for index, key in enumerate(keys):
            button = QPushButton(labels.get(key, key), card)
            button.setObjectName(f"kioskPinKey_{key}")
            button.setAccessibleName(names.get(key, tr("Digit {d}").replace("{d}", key)))
            button.setFont(scaled_font(self, 1.8, bold=True))
            button.setMinimumSize(MIN_TOUCH + 40, MIN_TOUCH + 16)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(False)
            if key == "ok":
                button.setProperty("primary", True)
            button.clicked.connect(lambda _checked=False, k=key: self._on_key_clicked(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        self.cancel_button = QPushButton(tr("Cancel"), card)
        self.cancel_button.setObjectName("kioskPinCancel")
        self.cancel_button.setAccessibleName(tr("Cancel and return to the exhibit"))
        self.cancel_button.setFont(scaled_font(self, 1.3))
        self.cancel_button.setMinimumHeight(MIN_TOUCH)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(56, 40, 56, 40)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.cancel_button)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        column.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)
        self.card = card
        self._refresh()

    @property
    def digits(self) -> str:
        return self._digits

    def open(self, locked_seconds: float = 0.0) -> None:
        """Show the pad; with ``locked_seconds`` it opens locked, saying how long is left."""
        self._digits = ""
        if locked_seconds > 0:
            self.show_locked(locked_seconds)
        else:
            self._locked = False
            self.status.setText(tr("Enter the PIN to leave kiosk mode."))
            self._refresh()
        self.show_over()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def locked(self) -> bool:
        return self._locked

    def show_locked(self, seconds_left: float) -> None:
        """Too many wrong PINs: the keys are disabled and the status says how long until they work again."""
        self._locked = True
        self._digits = ""
        text = locked_text(seconds_left)
        if text != self.status.text():
            self.status.setText(text)
        self._refresh()

    def unlock(self) -> None:
        """The lockout is over: the keys work again."""
        if self._locked:
            self._locked = False
            self.status.setText(tr("Enter the PIN to leave kiosk mode."))
            self._refresh()

    def close_pad(self) -> None:
        self._digits = ""
        self._refresh()
        self.hide()

    def show_error(self, text: str) -> None:
        self._digits = ""
        self.status.setText(text)
        self._refresh()

    def press(self, key: str) -> None:
        """A keypad key: a digit, ``back`` or ``ok``."""
        self._on_key_clicked(key)

    def _on_key_clicked(self, key: str) -> None:
        if self._locked:
            return
        if key == "back":
            self._digits = self._digits[:-1]
        elif key == "ok":
            if self._digits:
                digits, self._digits = self._digits, ""
                self._refresh()
                self.pin_entered.emit(digits)
            return
        elif key.isdigit() and len(self._digits) < MAX_DIGITS:
            self._digits += key
        self._refresh()

    def _on_cancel_clicked(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    def _refresh(self) -> None:
        self.display.setText(" ".join("●" for _ in self._digits) if self._digits else "–")
        for key, button in self.buttons.items():
            button.setEnabled(not self._locked and (key != "ok" or bool(self._digits)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._on_key_clicked(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._on_key_clicked("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_key_clicked("ok")
        event.accept()
