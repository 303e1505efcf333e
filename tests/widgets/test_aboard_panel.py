from datetime import UTC, datetime

from PySide6.QtCore import QUrl

from soyuz_gui.widgets.aboard_panel import AboardPanel


def test_ms07_arrival_brings_the_crew_back_to_six(qtbot, catalog):
    """The seed says the MS-07 crew restored the station's complement to six: the data agrees."""
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.show_mission_moment("soyuz-ms-07")
    text = panel.result.toPlainText()
    assert text.startswith("6 people aboard on 19 December 2017, 08:39 UTC")
    for name in ["Anton Shkaplerov", "Scott D. Tingle", "Norishige Kanai", "Alexander Misurkin", "Joe Acaba",
                 "Mark T. Vande Hei"]:
        assert name in text


def test_before_docking_only_three_were_aboard(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.set_moment(datetime(2017, 12, 18, 12, 0, tzinfo=UTC))
    assert panel.result.toPlainText().startswith("3 people aboard")


def test_names_link_to_people(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.entity_requested) as blocker:
        panel.result.anchorClicked.emit(QUrl("soyuz:norishige-kanai"))
    assert blocker.args == ["norishige-kanai"]
