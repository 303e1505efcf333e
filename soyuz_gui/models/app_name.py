"""The app's name as people read it, in the interface language (title bars, the kiosk's header, the About box, and
what the app writes into the files it makes: the generated emblem's credit, an exported timeline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def app_title() -> str:
    """``soyuz_gui.APP_NAME`` stays the English name that settings paths and log lines use."""
    return QCoreApplication.translate("App", "Soyuz Mission Browser")
