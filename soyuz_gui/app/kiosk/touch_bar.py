"""The kiosk's top bar: large Back, Home and text-size buttons in place of menus and shortcuts.

Both ends hold plain labels (title and clock), so the operator's hidden exit corner never lies on a button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar, QWidget

from soyuz_gui.app.i18n import LANGUAGES, NATIVE_NAMES, language_of
from soyuz_gui.app.kiosk.overlay import MIN_TOUCH, scaled_font
from soyuz_gui.models.app_name import app_title

# Short enough for a header, each in its own script.
BUTTON_LABELS = {"en": "EN", "ru": "РУС", "ja": "日本語"}


def tr(text: str) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


def fix_in_place(bar: QToolBar, object_name: str, accessible_name: str) -> None:
    """A visitor can neither drag, float nor hide a kiosk bar (no context menu to do it from)."""
    bar.setObjectName(object_name)
    bar.setAccessibleName(accessible_name)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    bar.toggleViewAction().setVisible(False)


def language_button(bar: QToolBar, code: str, text: str, font_scale: float, width: int, height: int) -> QPushButton:
    """A checkable button that asks for one language, named in that language for screen readers, never taking the
    keyboard focus (a kiosk is touched), added to ``bar``; the caller connects it and checks the current one."""
    button = QPushButton(text, bar)
    button.setObjectName(f"kioskLanguage-{code}")
    button.setAccessibleName(NATIVE_NAMES[code])
    button.setAccessibleDescription(tr("Show everything in this language"))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setFont(scaled_font(bar, font_scale, bold=True))
    button.setMinimumSize(width, height)
    button.setCheckable(True)
    return button


class TouchBar(QToolBar):
    back_requested = Signal()
    home_requested = Signal()
    zoom_in_requested = Signal()
    zoom_out_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, corner_size: int = 110) -> None:
        super().__init__(tr("Kiosk controls"), parent)
        fix_in_place(self, "kioskTouchBar", tr("Kiosk controls"))

        self.title = QLabel(app_title(), self)
        self.title.setObjectName("kioskTitle")
        self.title.setAccessibleName(app_title())
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.title.setMinimumWidth(corner_size + 12)
        self.title.setContentsMargins(20, 0, 28, 0)
        self.addWidget(self.title)

        self.back_button = self._button("‹  " + tr("Back"), tr("Back"), tr("Go back to the previous page"),
                                        "kioskBack", self.back_requested)
        self.home_button = self._button("⌂  " + tr("Home"), tr("Home"), tr("Return to the start page"),
                                        "kioskHome", self.home_requested)
        self.spacer = QWidget(self)
        self.spacer.setObjectName("kioskTouchBarSpace")
        self.spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.spacer)
        self.text_label = QLabel(tr("Text size"), self)
        self.text_label.setObjectName("kioskTextSizeLabel")
        self.text_label.setContentsMargins(0, 0, 12, 0)
        self.addWidget(self.text_label)
        self.zoom_out_button = self._button("A−", tr("Smaller text"), tr("Make the text smaller"),
                                            "kioskZoomOut", self.zoom_out_requested)
        self.zoom_in_button = self._button("A+", tr("Larger text"), tr("Make the text larger"),
                                           "kioskZoomIn", self.zoom_in_requested)
        self._language_actions: list[QAction] = []
        self.language_buttons = self._language_buttons()
        self.language_row: QToolBar | None = None  # made when a narrow screen first needs it
        self.clock = QLabel(self)
        self.clock.setObjectName("kioskClock")
        self.clock.setAccessibleName(tr("Time of day"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setFont(scaled_font(self, 1.2))
        self.clock.setMinimumWidth(corner_size + 12)
        self._clock_action = self.addWidget(self.clock)

    def _button(self, text: str, name: str, description: str, object_name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setFont(scaled_font(self, 1.15, bold=True))
        button.setMinimumSize(MIN_TOUCH + 48, MIN_TOUCH)
        button.clicked.connect(signal)
        self.addWidget(button)
        return button

    def _language_buttons(self) -> dict[str, QPushButton]:
        """EN / РУС / 日本語, each written in its own language so a visitor finds theirs whatever is on screen."""
        current = language_of(QLocale())
        buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            button = language_button(self, code, BUTTON_LABELS[code], 1.15, MIN_TOUCH + 24, MIN_TOUCH)
            button.setChecked(code == current)
            button.clicked.connect(lambda _checked=False, c=code: self._on_language_clicked(c))
            self._language_actions.append(self.addWidget(button))
            buttons[code] = button
        return buttons

    @property
    def languages_on_own_row(self) -> bool:
        return self.language_row is not None and self._language_actions[0] in self.language_row.actions()

    def put_languages_on_own_row(self, own_row: bool) -> None:
        """On a narrow (portrait) screen the language buttons get a centred row of their own under the bar, so
        none is pushed off the screen; on a wide one they sit in the bar again, before the clock."""
        if own_row == self.languages_on_own_row:
            return
        row = self._language_row()
        for action in self._language_actions:
            (self if own_row else row).removeAction(action)
            if own_row:
                row.insertAction(self._row_end, action)
            else:
                self.insertAction(self._clock_action, action)
            action.setVisible(True)
        row.setVisible(own_row)

    def _language_row(self) -> QToolBar:
        if self.language_row is not None:
            return self.language_row
        row = QToolBar(tr("Languages"), self.parentWidget())
        fix_in_place(row, "kioskLanguageRow", tr("Languages"))
        row.addWidget(self._row_space(row))  # centred: the row's ends stay clear of the operator's exit corner
        self._row_end = row.addWidget(self._row_space(row))
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, row)
        self.language_row = row
        return row

    @staticmethod
    def _row_space(row: QToolBar) -> QWidget:
        space = QWidget(row)
        space.setObjectName("kioskTouchBarSpace")
        space.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return space

    def _on_language_clicked(self, code: str) -> None:
        for other, button in self.language_buttons.items():
            button.setChecked(other == code)
        self.language_requested.emit(code)

    def set_time_text(self, text: str) -> None:
        if text != self.clock.text():
            self.clock.setText(text)
