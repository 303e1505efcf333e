"""The kiosk's touch sizing reaches Who Was Aboard's calendar popup (beside the typed date field, issue 21)."""

from PySide6.QtWidgets import QTableView

from soyuz_gui.app.kiosk.touch import size_widgets
from soyuz_gui.widgets.aboard_panel import AboardPanel


def test_the_calendar_popup_gets_finger_sized_cells(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    touch = 60
    size_widgets(panel, touch)
    calendar = panel.calendar
    assert calendar.minimumWidth() >= 7 * touch and calendar.minimumHeight() >= 8 * touch
    table = calendar.findChild(QTableView)
    assert table is not None
    assert table.horizontalHeader().minimumSectionSize() >= touch
    assert table.verticalHeader().defaultSectionSize() >= touch
