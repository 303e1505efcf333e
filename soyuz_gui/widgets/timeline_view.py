"""The old home of the timeline, kept for the kiosk, which sets ``timeline_view.LANE_HEIGHT``.

Everything moved to :mod:`soyuz_gui.widgets.timeline`. Reading or setting ``LANE_HEIGHT`` here reads or sets
``soyuz_gui.widgets.timeline.geometry.LANE_HEIGHT``, the one the view uses (``TimelineView.lane_height``). Once
``app/kiosk/touch.py`` sets the geometry's constant itself, this module can go.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from soyuz_gui.widgets.timeline import geometry
from soyuz_gui.widgets.timeline.geometry import GUTTER, MARKER
from soyuz_gui.widgets.timeline.pane import TimelinePane
from soyuz_gui.widgets.timeline.view import TimelineView

if TYPE_CHECKING:  # what mypy sees; at run time the property below answers
    LANE_HEIGHT: int = geometry.LANE_HEIGHT

__all__ = ["GUTTER", "MARKER", "TimelinePane", "TimelineView"]  # and LANE_HEIGHT, forwarded below


class _ForwardLaneHeight(types.ModuleType):
    """Forwards ``LANE_HEIGHT`` to the geometry module, so a write here reaches the view."""

    @property
    def LANE_HEIGHT(self) -> int:  # noqa: N802  # the constant's old name
        return geometry.LANE_HEIGHT

    @LANE_HEIGHT.setter
    def LANE_HEIGHT(self, value: int) -> None:  # noqa: N802
        geometry.LANE_HEIGHT = value

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


sys.modules[__name__].__class__ = _ForwardLaneHeight
