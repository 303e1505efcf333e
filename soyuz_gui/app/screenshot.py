"""Saving what a widget shows as a PNG, for ``--screenshot`` in the desktop and the kiosk modes alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget

from soyuz_gui.atomic_write import write_atomically


def save_png(widget: QWidget, path: Path) -> bool:
    """Grab a widget and write it atomically (a crash mid-write never leaves a half PNG)."""
    image = widget.grab().toImage()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; only str works
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, buffer.data().data())
    except OSError:
        return False
    return True
