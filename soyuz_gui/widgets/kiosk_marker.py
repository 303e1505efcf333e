"""The marker on controls a museum kiosk must not offer (files, the clipboard, other windows).

Set where the control is made, so it holds in every interface language; the kiosk (app/kiosk/chrome.py) hides and
disables every action and widget that carries it, instead of guessing from labels that are translated.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

KIOSK_HIDDEN = "kiosk_hidden"  # dynamic property name


def hide_in_kiosk(*controls: QObject) -> None:
    """Mark actions or widgets as not for a kiosk's visitors."""
    for control in controls:
        control.setProperty(KIOSK_HIDDEN, True)
