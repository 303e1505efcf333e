"""Touch targets of at least 9 mm (a fingertip) on whatever screen the kiosk runs on.

9 mm is about 44 px on a 96 dpi screen; on a screen with more pixels per millimetre the minimum grows with it. The
style sheet (``style.py``) sizes rows, tabs, fields and scroll bars; what a style sheet cannot reach is sized here
from the outside: the tree's expand arrows (the indentation is their hit area), the calendar that pops up beside
Who Was Aboard's typed date field, and the lanes of the timeline.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHeaderView,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

TOUCH_MM = 9.0
MIN_TOUCH_PX = 44  # 9 mm at 96 dpi, rounded up
_PLAUSIBLE_DPI = (60.0, 700.0)  # outside this a screen reports nonsense (0, 1, or a TV's EDID guess)


def touch_size(screen: QScreen | None) -> int:
    """The smallest side of a touch target in device-independent pixels for ``screen`` (never below 44)."""
    if screen is None:
        return MIN_TOUCH_PX
    dpi = screen.physicalDotsPerInch()
    ratio = screen.devicePixelRatio() or 1.0
    if not _PLAUSIBLE_DPI[0] <= dpi <= _PLAUSIBLE_DPI[1]:
        return MIN_TOUCH_PX
    return max(MIN_TOUCH_PX, math.ceil(TOUCH_MM / 25.4 * dpi / ratio))


def size_tree(view: QTreeView, touch: int) -> None:
    """Expand arrows as wide as a finger: the indentation is the arrow's hit area."""
    if view.indentation() < touch:
        view.setIndentation(touch)


def size_calendar(calendar: QCalendarWidget, touch: int) -> None:
    """A calendar's day cells and month buttons at least ``touch`` pixels square."""
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    for table in calendar.findChildren(QTableView):
        for header in (table.horizontalHeader(), table.verticalHeader()):
            header.setMinimumSectionSize(touch)
            header.setDefaultSectionSize(touch)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumSize(touch * 7 + 4, touch * 7 + 4)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    for button in calendar.findChildren(QToolButton):
        button.setMinimumSize(touch, touch)
    calendar.setMinimumSize(touch * 7 + 8, touch * 8 + 8)


def size_timeline(touch: int) -> int | None:
    """Timeline lanes at least ``touch`` high; returns the previous height so it can be put back (tests).

    The timeline reads its lane height from a module constant each time it lays out or paints, so the kiosk sets
    that constant. A ``lane_height`` property on the view would be the cleaner hook.
    """
    try:
        from soyuz_gui.widgets import timeline_view
    except ImportError:
        return None
    previous = int(timeline_view.LANE_HEIGHT)
    if previous < touch:
        timeline_view.LANE_HEIGHT = touch
    return previous


def restore_timeline(previous: int | None) -> None:
    if previous is None:
        return
    from soyuz_gui.widgets import timeline_view

    timeline_view.LANE_HEIGHT = previous


def size_widgets(root: QWidget, touch: int) -> None:
    """Apply the touch sizes to the widgets under ``root`` that exist now (call again when panes appear)."""
    for view in root.findChildren(QTreeView):
        size_tree(view, touch)
    for calendar in root.findChildren(QCalendarWidget):  # Who Was Aboard's popup beside its typed date field
        size_calendar(calendar, touch)
