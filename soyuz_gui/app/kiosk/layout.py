"""The kiosk's layout for the screen it is on: text and touch sizes from the screen's density, portrait or landscape.

Sizes come from millimetres, not pixels, so that a 4K panel does not draw desktop-sized text:

* **Touch targets** are at least 9 mm (``touch.py``).
* **Body text** is read from :data:`VIEWING_DISTANCE_MM` (1.5 m, a standing visitor). The rule: the font's em
  height is at least 1/240 of the viewing distance, 6.25 mm at 1.5 m (its x-height, about 0.55 em in DejaVu Sans,
  is then 3.4 mm, about 8 arc minutes). That is 24 px on a 96 dpi screen and 34 px on a 32-inch 4K one (138 dpi).
  ``font_scale`` still sets a floor relative to the desktop font, so an operator can ask for larger text.

The screen's density is its physical dpi as the screen reports it, or ``screen_dpi`` from the kiosk config (for a
panel whose EDID lies, and to preview another screen: ``--screen-dpi``). A value outside 60-700 dpi counts as 96.

:class:`KioskLayout` follows the window's shape: in portrait the tree goes above the page (a vertical splitter, the
page gets the full width for its tables and tabs); in both shapes the top bar is fitted so that no button or label
is squeezed below its size (the "Text size" caption goes first, then the title wraps onto two lines, and only then
do the language buttons take a row of their own).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QScreen
from PySide6.QtWidgets import QAbstractButton, QLabel, QSplitter, QToolBar, QWidget
from shiboken6 import Shiboken

from soyuz_gui.app.kiosk.touch import MIN_TOUCH_PX, TOUCH_MM
from soyuz_gui.app.kiosk.touch_bar import TouchBar

VIEWING_DISTANCE_MM = 1500.0
EM_PER_DISTANCE = 1 / 240  # body text em height >= viewing distance / 240
DEFAULT_DPI = 96.0
PLAUSIBLE_DPI = (60.0, 700.0)
PORTRAIT_TREE_SHARE = 0.32  # in portrait the tree takes this share of the height, the page the rest
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Density:
    """How many device-independent pixels make a millimetre on the kiosk's screen."""

    px_per_mm: float

    @property
    def touch_px(self) -> int:
        """The smallest side of a touch target (9 mm, never below the 44 px of a 96 dpi screen)."""
        return max(MIN_TOUCH_PX, math.ceil(TOUCH_MM * self.px_per_mm))

    @property
    def body_px(self) -> int:
        """Pixel size (em) of body text readable from the viewing distance."""
        return math.ceil(VIEWING_DISTANCE_MM * EM_PER_DISTANCE * self.px_per_mm)


def screen_density(screen: QScreen | None, dpi_override: float | None = None) -> Density:
    """The density of ``screen``: ``dpi_override`` (physical dpi) when given, else what the screen reports."""
    ratio = (screen.devicePixelRatio() if screen is not None else 1.0) or 1.0
    dpi = dpi_override if dpi_override else (screen.physicalDotsPerInch() if screen is not None else DEFAULT_DPI)
    if not PLAUSIBLE_DPI[0] <= dpi <= PLAUSIBLE_DPI[1]:
        dpi = DEFAULT_DPI
    return Density(dpi / ratio / MM_PER_INCH)


def body_point_size(density: Density, desktop_point_size: float, font_scale: float, logical_dpi: float) -> float:
    """The application font's point size: the distance rule, or ``font_scale`` x the desktop size if larger."""
    desktop = max(10.0, desktop_point_size) * font_scale
    rule = density.body_px * 72.0 / max(1.0, logical_dpi)
    return max(desktop, rule)


_LINE_BREAKS = re.compile(r"(?<=\s)(?=\S)|(?<=・)")  # where a title may wrap


def two_line_width(label: QLabel) -> int:
    """The width that breaks the label's text into two lines of about equal length, at a space or, in Japanese,
    after a middle dot ("ソユーズ・ミッション・ / ブラウザー")."""
    text = label.text()
    metrics = label.fontMetrics()
    widths = []
    for cut in (m.start() for m in _LINE_BREAKS.finditer(text)):
        if not 0 < cut < len(text):
            continue
        first = metrics.horizontalAdvance(text[:cut].rstrip())
        rest = metrics.horizontalAdvance(text[cut:].lstrip())
        # Kana may break anywhere: after a dot the first line must be the longer, or Qt fills it past the cut.
        if first < rest and not text[cut - 1].isspace():
            continue
        widths.append(max(first, rest))
    return min(widths) if widths else metrics.horizontalAdvance(text)


def is_portrait(width: int, height: int) -> bool:
    return height > width


class KioskLayout(QObject):
    """Keeps the window's layout fitted to its shape: splitter orientation and a top bar that fits."""

    def __init__(self, window: QWidget, bar: QToolBar | None, splitter: QSplitter | None,
                 reoriented: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._reoriented = reoriented
        self._window = window
        self._bar = bar
        self._splitter = splitter
        self._pending = False
        self.portrait: bool | None = None
        title = bar.findChild(QLabel, "kioskTitle") if bar is not None else None
        self._button_min: dict[int, int] = {}
        self._title_min = title.minimumWidth() if title is not None else 0  # keeps the exit corner off buttons
        window.installEventFilter(self)
        if bar is not None:
            bar.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange, QEvent.Type.FontChange) \
                and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.apply)
        return False

    def apply(self) -> None:
        """Lay out for the window's current shape now."""
        self._pending = False
        if not Shiboken.isValid(self._window):
            return
        self._orient(is_portrait(self._window.width(), self._window.height()))
        self.fit_bar()

    def _orient(self, portrait: bool) -> None:
        splitter = self._splitter
        if splitter is None or not Shiboken.isValid(splitter) or splitter.count() != 2:
            self.portrait = portrait
            return
        wanted = Qt.Orientation.Vertical if portrait else Qt.Orientation.Horizontal
        changed = splitter.orientation() != wanted or self.portrait != portrait
        self.portrait = portrait
        if splitter.orientation() != wanted:
            splitter.setOrientation(wanted)
        if portrait and changed:
            height = max(400, self._window.height())
            tree = int(height * PORTRAIT_TREE_SHARE)
            splitter.setSizes([tree, height - tree])
        if changed and self._reoriented is not None:
            self._reoriented()

    def fit_bar(self) -> None:
        """No widget of the top bar squeezed or pushed off. As the room runs out, the cheapest step first: drop the
        "Text size" caption, wrap the title onto two lines, and only then give the language buttons a row of their
        own (a whole row of the screen; with the room it frees the caption and the one-line title come back where
        they fit); last, narrow the buttons' padding (the ``compact`` style, style.py)."""
        bar = self._bar
        if bar is None or not Shiboken.isValid(bar):
            return
        self._set_compact(bar, self._items(bar, languages=True), False)
        languages = self._languages_need(bar) if isinstance(bar, TouchBar) else 0
        in_bar = self._shrink(bar, languages)  # measured with the language buttons in the bar
        if isinstance(bar, TouchBar):
            if not in_bar:
                self._shrink(bar, 0)  # the bar without them: the caption and one-line title may fit again
            bar.put_languages_on_own_row(not in_bar)
        if not self._fits(bar, languages if in_bar else 0):
            self._set_compact(bar, self._items(bar, languages=True), True)

    def _shrink(self, bar: QToolBar, extra: int) -> bool:
        """Show the caption and the one-line title, then drop them in turn while the bar's widgets and ``extra``
        pixels do not fit the window; whether they fit in the end."""
        title = bar.findChild(QLabel, "kioskTitle")
        caption = next((a for a, w in self._items(bar) if w.objectName() == "kioskTextSizeLabel"), None)
        if caption is not None:
            caption.setVisible(True)  # a tool bar shows and hides its widgets through their actions
        if title is not None:
            title.setWordWrap(False)
            title.setMinimumWidth(self._title_min)
            title.setMaximumWidth(16777215)
        if not self._fits(bar, extra) and caption is not None:
            caption.setVisible(False)
        if not self._fits(bar, extra) and title is not None:
            title.setWordWrap(True)
            margins = title.contentsMargins()
            # fixed: a wrapping label in a tool bar otherwise picks its own, narrower width (three lines)
            title.setFixedWidth(max(self._title_min, two_line_width(title) + margins.left() + margins.right() + 2))
        return self._fits(bar, extra)

    def _fits(self, bar: QToolBar, extra: int) -> bool:
        return self._needed(bar, self._items(bar)) + extra <= self._window.width()

    @staticmethod
    def _items(bar: QToolBar, languages: bool = False) -> list[tuple[QAction, QWidget]]:
        """The bar's widgets; without the language buttons unless asked (those are measured on their own, in the
        bar or not)."""
        left_out = set(bar.language_buttons.values()) if isinstance(bar, TouchBar) and not languages else set()
        return [(a, w) for a, w in ((a, bar.widgetForAction(a)) for a in bar.actions())
                if w is not None and w not in left_out]

    def _set_compact(self, bar: QToolBar, items: list[tuple[QAction, QWidget]], compact: bool) -> None:
        if bool(bar.property("compact")) != compact:
            bar.setProperty("compact", compact)
            for _action, widget in items:
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        for _action, widget in items:
            if isinstance(widget, QAbstractButton):
                # never squeezed below the text: the tool bar would cut it ("Bac", "Hom")
                floor = self._button_min.setdefault(id(widget), widget.minimumWidth())
                widget.setMinimumWidth(max(floor, widget.sizeHint().width()))

    @staticmethod
    def _languages_need(bar: TouchBar) -> int:
        """Pixels the language buttons take in the bar (measured as :meth:`_needed` measures the others)."""
        layout = bar.layout()
        spacing = layout.spacing() if layout is not None else 0
        return sum(max(button.sizeHint().width(), button.minimumWidth()) + spacing
                   for button in bar.language_buttons.values())

    @staticmethod
    def _needed(bar: QToolBar, items: list[tuple[QAction, QWidget]]) -> int:
        """Pixels the bar's shown widgets need side by side (the tool bar's spacing and its handle included)."""
        layout = bar.layout()
        spacing = layout.spacing() if layout is not None else 0
        margins = layout.contentsMargins() if layout is not None else bar.contentsMargins()
        shown = [w for a, w in items if a.isVisible() and w.objectName() != "kioskTouchBarSpace"]
        total = margins.left() + margins.right() + spacing * len(shown) + 24  # 24: handle and rounding
        for widget in shown:
            hint = widget.sizeHint().width()
            if isinstance(widget, QLabel) and widget.wordWrap():
                hint = min(hint, widget.maximumWidth())
            total += max(hint, widget.minimumWidth())
        return total
