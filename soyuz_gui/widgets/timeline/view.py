"""The timeline view: a natively painted, zoomable, multi-lane widget that draws a domain ``Timeline``.

Built in layers, one job each, every layer a subclass of the one before (so mypy and ``super()`` see one
chain): :mod:`.base` (state and public API) → :mod:`.labels` (text in the interface language) →
:mod:`.pills` (cached bitmaps, cluster pills) → :mod:`.painting` → :mod:`.export` (PNG/SVG) → :mod:`.input`
(navigation, zoom, pan) → :class:`TimelineView`.
:mod:`.geometry` (pure Python) decides where things go; :mod:`.accessible` shows the painted items to screen
readers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from soyuz_gui.widgets.timeline.accessible import install_accessibility
from soyuz_gui.widgets.timeline.input import TimelineInput


class TimelineView(TimelineInput):
    """Paints a timeline; selects, hovers, zooms, pans and walks it with the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        install_accessibility(TimelineView)
        super().__init__(parent)
