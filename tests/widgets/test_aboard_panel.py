from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QUrl

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
    with qtbot.waitSignal(panel.entity_requested) as blocker:
        panel.result.anchorClicked.emit(QUrl("soyuz:norishige-kanai"))
    assert blocker.args == ["norishige-kanai"]


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
