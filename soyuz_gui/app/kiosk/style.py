"""The kiosk's touch layout as a style sheet on the main window: bigger rows, tabs, scroll bars and fields."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from soyuz_gui.app.kiosk.overlay import MIN_TOUCH
from soyuz_gui.app.kiosk.touch import MIN_TOUCH_PX


def touch_style_sheet(scale: float, palette: QPalette, touch: int = MIN_TOUCH_PX) -> str:
    """Sizes grow with the configured font scale but never fall below ``touch`` (9 mm, see touch.py)."""
    row = max(touch + 4, round(30 * scale))
    bar = max(touch, round(18 * scale))
    field = max(touch, MIN_TOUCH - 16)
    # Tabs: roomy at normal sizes; at large text the words themselves are wide enough to touch, so the padding
    # shrinks and all four tabs stay on screen (no scroll arrows).
    tab_pad = max(8, round(30 / max(1.0, scale) ** 1.5))
    tab_min = max(touch * 2, round(170 / max(1.0, scale)))
    window = palette.window().color()
    dark = window.lightness() < 128
    button = palette.button().color().name()
    text = palette.buttonText().color().name()
    rule = palette.mid().color().name()
    accent = palette.highlight().color().name()
    base = palette.base().color().name()
    raised = (window.lighter(130) if dark else window.darker(104)).name()
    return f"""
QToolBar#kioskTouchBar, QToolBar#kioskLanguageRow {{
    spacing: 14px; padding: 10px 8px; border: none; border-bottom: 1px solid {rule};
}}
QToolBar#kioskTouchBar QPushButton, QToolBar#kioskLanguageRow QPushButton {{
    min-height: {MIN_TOUCH}px; padding: 0px 26px; margin: 0px 5px; border-radius: 16px;
    background: {button}; color: {text}; border: 2px solid {rule};
}}
QToolBar#kioskTouchBar[compact="true"] QPushButton {{ padding: 0px 10px; margin: 0px 2px; }}
QToolBar#kioskTouchBar QPushButton:pressed, QToolBar#kioskLanguageRow QPushButton:pressed {{
    background: {accent}; color: white; border-color: {accent};
}}
QToolBar#kioskTouchBar QPushButton:checked, QToolBar#kioskLanguageRow QPushButton:checked {{
    border: 4px solid {accent}; color: {accent};
}}
QToolBar#kioskTouchBar QPushButton:disabled {{ color: {rule}; }}
QTabBar::tab {{
    min-height: {max(touch, MIN_TOUCH - 12)}px; min-width: {tab_min}px; padding: 4px {tab_pad}px;
    margin: 6px 6px 0px 0px;
    background: {raised}; color: {text}; border: 1px solid {rule}; border-bottom: none;
    border-top-left-radius: 12px; border-top-right-radius: 12px;
}}
QTabBar::tab:selected {{ background: {base}; border-bottom: 4px solid {accent}; font-weight: 600; }}
QTreeView::item {{ min-height: {row}px; }}
QTreeView {{ outline: none; }}
QHeaderView::section {{ min-height: {row}px; padding: 0px 10px; }}
QLineEdit {{ min-height: {field}px; padding: 0px 12px; border-radius: 10px; border: 2px solid {rule}; }}
QLineEdit:focus {{ border-color: {accent}; }}
QToolButton {{ min-height: {field}px; min-width: {field}px; padding: 0px 10px; }}
QTabBar QToolButton {{ min-width: {touch}px; }}
QComboBox {{ min-height: {field}px; padding: 0px 12px; }}
QComboBox::drop-down {{ width: {touch}px; }}
QComboBox QAbstractItemView::item {{ min-height: {touch}px; }}
QAbstractSpinBox {{ min-height: {field}px; padding: 0px 12px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: {touch}px; }}
QCalendarWidget QToolButton {{ min-height: {touch}px; min-width: {touch}px; }}
QCalendarWidget QAbstractItemView {{ min-height: {7 * touch}px; min-width: {7 * touch}px; }}
QPushButton {{ min-height: {field}px; padding: 0px 16px; }}
QCheckBox, QRadioButton {{ min-height: {touch}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 32px; height: 32px; }}
QScrollBar:vertical {{ width: {bar}px; }}
QScrollBar:horizontal {{ height: {bar}px; }}
QSplitter::handle {{ background: {rule}; margin: 4px; border-radius: 3px; }}
"""
