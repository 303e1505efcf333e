"""Light and dark palettes on the Fusion style, following the system colour scheme unless overridden."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_LIGHT = {
    QPalette.ColorRole.Window: "#f3f5f9",
    QPalette.ColorRole.WindowText: "#1d2330",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fb",
    QPalette.ColorRole.Text: "#1d2330",
    QPalette.ColorRole.Button: "#e9edf3",
    QPalette.ColorRole.ButtonText: "#1d2330",
    QPalette.ColorRole.Highlight: "#2a64c5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f5fbf",
    QPalette.ColorRole.LinkVisited: "#5a3fa8",
    QPalette.ColorRole.PlaceholderText: "#5f6878",
    QPalette.ColorRole.ToolTipBase: "#fffef2",
    QPalette.ColorRole.ToolTipText: "#1d2330",
    QPalette.ColorRole.Mid: "#c3cad6",
    QPalette.ColorRole.Dark: "#9aa3b2",
    QPalette.ColorRole.Light: "#ffffff",
}
_DARK = {
    QPalette.ColorRole.Window: "#1e2128",
    QPalette.ColorRole.WindowText: "#e4e7ee",
    QPalette.ColorRole.Base: "#16181d",
    QPalette.ColorRole.AlternateBase: "#1c1f25",
    QPalette.ColorRole.Text: "#e4e7ee",
    QPalette.ColorRole.Button: "#2a2e37",
    QPalette.ColorRole.ButtonText: "#e4e7ee",
    QPalette.ColorRole.Highlight: "#3d7be0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb0ff",
    QPalette.ColorRole.LinkVisited: "#b89cff",
    QPalette.ColorRole.PlaceholderText: "#9aa2b1",
    QPalette.ColorRole.ToolTipBase: "#2a2e37",
    QPalette.ColorRole.ToolTipText: "#e4e7ee",
    QPalette.ColorRole.Mid: "#3a3f4a",
    QPalette.ColorRole.Dark: "#0e1013",
    QPalette.ColorRole.Light: "#3b404c",
}


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b7280" if dark else "#9aa1ad")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, mode: ThemeMode) -> bool:
    """Apply a theme; returns True when the result is dark."""
    app.setStyle("Fusion")
    dark = system_is_dark(app) if mode == ThemeMode.SYSTEM else mode == ThemeMode.DARK
    app.setPalette(palette_for(dark))
    return dark


def default_font() -> QFont:
    font = QApplication.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    return font
