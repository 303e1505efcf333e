"""Language buttons on the kiosk's home screen: English / Русский / 日本語 in a bar at the bottom, shown while the
attract loop runs (with the "Touch the screen to explore" banner), large enough to find and hit from a step away.

A tap on one is the visitor's first touch: unlike any other touch during the attract loop it acts, not only wakes
(see :func:`takes_waking_touch`); the controller passes the language on to the same switch as the header's buttons
(:mod:`soyuz_gui.app.kiosk.languages`) and the visitor's session starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton, QSizePolicy, QToolBar, QWidget

from soyuz_gui.app.i18n import LANGUAGES, NATIVE_NAMES, language_of
from soyuz_gui.app.kiosk.attract_banner import AttractBanner
from soyuz_gui.app.kiosk.overlay import MIN_TOUCH
from soyuz_gui.app.kiosk.touch_bar import fix_in_place, language_button

TAKES_WAKING_TOUCH = "kioskTakesWakingTouch"  # dynamic property: a touch here acts even while the kiosk sleeps
CHOSEN_MARK = "✓ "  # the chosen language is marked by more than colour
BUTTON_HEIGHT = round(MIN_TOUCH * 1.25)  # bigger than the header's: this is the first thing a visitor looks for
STYLE = """
QToolBar#kioskHomeLanguages {{ spacing: 18px; padding: 12px 8px; border: none; border-top: 1px solid {rule}; }}
QToolBar#kioskHomeLanguages QPushButton {{
    min-height: {height}px; padding: 0px 36px; margin: 0px 6px; border-radius: 22px;
    background: {button}; color: {text}; border: 3px solid {rule};
}}
QToolBar#kioskHomeLanguages QPushButton:checked {{ background: {accent}; color: white; border-color: {accent}; }}
QToolBar#kioskHomeLanguages QPushButton:pressed {{ background: {accent}; color: white; border-color: {text}; }}
"""


def tr(text: str) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


def takes_waking_touch(widget: QObject | None) -> bool:
    """Whether a touch on ``widget`` during the attract loop should do what it says instead of only waking."""
    return isinstance(widget, QWidget) and bool(widget.property(TAKES_WAKING_TOUCH))


class HomeLanguageBar(QToolBar):
    """The bar follows the attract banner: shown with it, hidden when a visitor's touch hides it.

    Its free left part is offered to the banner as a place (``banner_space``), so on a wide screen the banner and
    the buttons share one strip instead of taking two.
    """

    language_requested = Signal(str)

    def __init__(self, window: QMainWindow, banner: AttractBanner, corner_size: int = 110) -> None:
        super().__init__(tr("Choose your language"), window)
        fix_in_place(self, "kioskHomeLanguages", tr("Choose your language"))
        palette = window.palette()
        self.setStyleSheet(STYLE.format(rule=palette.mid().color().name(), button=palette.button().color().name(),
                                        text=palette.buttonText().color().name(),
                                        accent=palette.highlight().color().name(), height=BUTTON_HEIGHT))
        self.banner_space = self._space(corner_size + 12, QSizePolicy.Policy.Expanding)
        self.buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            self.buttons[code] = self._button(code)
        self._space(corner_size + 12, QSizePolicy.Policy.Fixed)  # keeps the buttons off the operator's exit corner
        self.mark(language_of(QLocale()))
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self._banner = banner
        banner.add_anchor(self.banner_space)
        banner.installEventFilter(self)
        self.setVisible(not banner.isHidden())

    def _space(self, width: int, policy: QSizePolicy.Policy) -> QWidget:
        space = QWidget(self)
        space.setObjectName("kioskTouchBarSpace")  # a gap, not content: the screen checks skip it
        space.setMinimumWidth(width)
        space.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        self.addWidget(space)
        return space

    def _button(self, code: str) -> QPushButton:
        button = language_button(self, code, NATIVE_NAMES[code], 1.4, MIN_TOUCH * 2, BUTTON_HEIGHT)
        button.setObjectName(f"kioskHomeLanguage-{code}")
        button.setProperty(TAKES_WAKING_TOUCH, True)
        button.clicked.connect(lambda _checked=False, c=code: self._on_clicked(c))
        self.addWidget(button)
        return button

    def mark(self, chosen: str) -> None:
        """Check and tick the button of the language on screen; the others are plain names."""
        for code, button in self.buttons.items():
            button.setChecked(code == chosen)
            button.setText((CHOSEN_MARK if code == chosen else "") + NATIVE_NAMES[code])

    def _on_clicked(self, code: str) -> None:
        # Chosen: hidden before the switch, since a rebuilt window takes its bars' visibility from this one.
        self.hide()
        self.language_requested.emit(code)
        # Whatever happened (a new window in that language, or the same language again), the mark tells the truth.
        self.mark(language_of(QLocale()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ...ToParent: sent on show() and hide() even while the window itself is not shown yet (a rebuilt window)
        if watched is self._banner and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.setVisible(not self._banner.isHidden())
        return False
