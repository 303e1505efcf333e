from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAccessible

from soyuz_gui.widgets.aboard_panel import AboardPanel, parse_moment


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
    panel.show_mission_moment("soyuz-ms-07")
    kanai = next(link for link in panel.result.links() if link.target == "norishige-kanai")
    with qtbot.waitSignal(panel.entity_requested) as blocker:
        qtbot.mouseClick(kanai, Qt.MouseButton.LeftButton)
    assert blocker.args == ["norishige-kanai"]
    ship = next(link for link in panel.result.links() if link.target == "soyuz-ms-07")
    with qtbot.waitSignal(panel.entity_requested) as blocker:
        ship.setFocus()
        qtbot.keyClick(ship, Qt.Key.Key_Space)
    assert blocker.args == ["soyuz-ms-07"]


def test_the_result_is_a_list_of_people_with_links_for_assistive_technology(qtbot, catalog):
    """What a screen reader gets (the interfaces Qt's AT-SPI bridge serves): a list, one item per person whose
    name says it all, and links inside each item to the person, the ship and the expeditions."""
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_mission_moment("soyuz-ms-07")
    listing = QAccessible.queryAccessibleInterface(panel.result.list)
    assert listing.role() == QAccessible.Role.List
    assert listing.text(QAccessible.Text.Name).startswith("6 people aboard")
    items = [listing.child(i) for i in range(listing.childCount())]
    assert [item.role() for item in items] == [QAccessible.Role.ListItem] * 6
    names = [item.text(QAccessible.Text.Name) for item in items]
    kanai_name = next(n for n in names if n.startswith("Norishige Kanai, Flight Engineer"))
    assert kanai_name.endswith(", arrived on Soyuz MS-07, Expedition 54, Expedition 55")
    kanai = items[names.index(kanai_name)]
    links = []
    stack = [kanai]
    while stack:
        node = stack.pop()
        for i in range(node.childCount()):
            child = node.child(i)
            if child.role() == QAccessible.Role.Link:
                links.append(child.text(QAccessible.Text.Name))
            stack.append(child)
    assert sorted(links) == ["Expedition 54", "Expedition 55", "Norishige Kanai", "Soyuz MS-07"]


@pytest.mark.parametrize("typed", ["2018-01-01 00:00", "2018-01-01", "2018-01-01T00:00Z", "01 Jan 2018 00:00",
                                   "1 Jan 2018 00:00 UTC"])
def test_typed_dates_mean_what_people_meant(qtbot, catalog, typed):
    """ISO and the locale's own formats are understood; the crew shown is the crew of that exact moment."""
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    assert panel.set_text(typed)
    assert panel.moment() == datetime(2018, 1, 1, 0, 0, tzinfo=UTC)
    assert panel.result.toPlainText().startswith("6 people aboard on 1 January 2018, 00:00 UTC")
    assert not panel.when_error.isVisibleTo(panel)


@pytest.mark.parametrize("typed", ["yesterday", "2018-02-30", "01 Jan", "32 Jan 2018 00:00", "2018-01-01 25:00"])
def test_anything_else_is_refused_visibly_and_changes_nothing(qtbot, catalog, typed):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    before = panel.moment()
    shown = panel.result.toPlainText()
    assert not panel.set_text(typed)
    assert panel.moment() == before and panel.result.toPlainText() == shown  # no silent other date
    assert panel.when_error.isVisibleTo(panel)
    assert "is not a date" in panel.when_error.text()
    assert panel.when.accessibleDescription() == panel.when_error.text()  # a screen reader hears it too
    assert panel.set_text("2018-01-01 00:00") and not panel.when_error.isVisibleTo(panel)


def test_typing_and_pressing_enter_applies_the_date(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.show()
    panel.when.clear()
    qtbot.keyClicks(panel.when, "2018-01-01 00:00")
    qtbot.keyClick(panel.when, Qt.Key.Key_Return)
    assert panel.moment() == datetime(2018, 1, 1, tzinfo=UTC)
    assert panel.when.text() == "1 Jan 2018  00:00 UTC"


def test_the_calendar_keeps_the_time_of_day(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.set_moment(datetime(2017, 12, 20, 12, 0, tzinfo=UTC))
    panel.calendar.clicked.emit(QDate(2018, 1, 1))
    assert panel.moment() == datetime(2018, 1, 1, 12, 0, tzinfo=UTC)


def test_every_control_is_named(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    for widget in (panel.station_box, panel.when, panel.pick_button, panel.result):
        assert widget.accessibleName()


@pytest.mark.parametrize(("language", "typed"), [
    (QLocale.Language.English, "1/1/18 12:00 AM"), (QLocale.Language.English, "Monday, January 1, 2018"),
    (QLocale.Language.Russian, "01.01.2018 00:00"), (QLocale.Language.Russian, "01.01.2018"),
    (QLocale.Language.Japanese, "2018/01/01 0:00"), (QLocale.Language.Japanese, "2018年1月1日"),
])
def test_the_locales_own_formats_are_understood(qapp, language, typed):
    locale = QLocale(language)
    assert parse_moment(typed, locale, "d MMM yyyy  HH:mm 'UTC'") == datetime(2018, 1, 1, tzinfo=UTC)


def test_the_station_box_is_labelled_for_screen_readers(qtbot, catalog):
    """Over AT-SPI Qt names a combo box after its current item; the label pointing at it says what it is for."""
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.show()
    combo = QAccessible.queryAccessibleInterface(panel.station_box)
    labels = [other.text(QAccessible.Text.Name)
              for other, _ in combo.relations(QAccessible.RelationFlag.Label)]
    assert labels == ["Who was aboard"]


def test_the_calendar_button_opens_the_calendar_on_the_shown_date(qtbot, catalog):
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_moment(datetime(2018, 1, 1, 6, 30, tzinfo=UTC))
    qtbot.mouseClick(panel.pick_button, Qt.MouseButton.LeftButton)
    assert panel.calendar.isVisible() and panel.calendar.selectedDate() == QDate(2018, 1, 1)
    panel.calendar.activated.emit(QDate(2018, 3, 8))
    assert not panel.calendar.isVisible()
    assert panel.moment() == datetime(2018, 3, 8, 6, 30, tzinfo=UTC)
