"""The view words the domain's structured labels in the interface language, never by reading English text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from soyuz_gui.domain.axis_label import AxisForm, AxisLabel
from soyuz_gui.domain.label import Label, LabelKind
from soyuz_gui.domain.timeline import ItemKind, Lane, LaneKind, Timeline, TimelineItem
from soyuz_gui.domain.timescale import DAY
from soyuz_gui.widgets.timeline.view import TimelineView

LABELS = {  # label -> (en, ru, ja)
    Label.text("Soyuz MS-07"): ("Soyuz MS-07", "Soyuz MS-07", "Soyuz MS-07"),
    Label(LabelKind.DOCKED_AT, place="Rassvet nadir"): (
        "Docked at Rassvet nadir", "Пристыкован: Rassvet nadir", "ドッキング中: Rassvet nadir"),
    Label(LabelKind.RELOCATION): ("Relocation", "Перестыковка", "ポート移動"),
    Label(LabelKind.TO_THE_STATION): ("To the station", "К станции", "ステーションへ"),
    Label(LabelKind.RETURN): ("Return", "Возвращение", "帰還"),
    Label(LabelKind.FLIGHT): ("Flight", "Полёт", "飛行"),
    Label(LabelKind.SHIP_AT, name="Progress MS-08", place="Zvezda aft"): (
        "Progress MS-08 at Zvezda aft", "Progress MS-08: Zvezda aft", "Progress MS-08（Zvezda aft）"),
    Label(LabelKind.NAME_AND_DURATION, name="Soyuz MS-07", seconds=168 * DAY): (
        "Soyuz MS-07 · 168 days", "Soyuz MS-07 · 168 дней", "Soyuz MS-07 · 168日"),
    Label(LabelKind.NAME_AND_DURATION, name="Soyuz MS-10", seconds=19 * 60): (
        "Soyuz MS-10 · 19 min", "Soyuz MS-10 · 19 мин", "Soyuz MS-10 · 19分"),
    Label(LabelKind.STILL_IN_SPACE, name="Soyuz MS-28"): (
        "Soyuz MS-28 · still in space", "Soyuz MS-28 · ещё в космосе", "Soyuz MS-28 · 宇宙に滞在中"),
    Label(LabelKind.EVENT, name="spacewalk"): ("Spacewalk", "Выход в космос", "船外活動"),
    Label(LabelKind.EVENT, name="fuel-transfer"): ("Fuel transfer",) * 3,  # no word for it: spelt out
    Label(LabelKind.NAME_AND_YEARS, name="Mir", first=1986, last=2001): ("Mir · 1986–2001",) * 3,
    Label(LabelKind.EXPEDITION, first=54): ("Exp. 54", "Эксп. 54", "第54次"),
}

MOMENT = datetime(2017, 12, 19, 8, 39, tzinfo=UTC)
AXIS = {  # form -> (ru, ja); English is the domain's own text
    AxisForm.MONTH: ("дек.", "12月"),
    AxisForm.SHORT_MONTH_YEAR: ("дек. 2017 г.", "2017年12月"),
    AxisForm.MONTH_YEAR: ("декабрь 2017 г.", "2017年12月"),
    AxisForm.DAY_MONTH: ("19 дек.", "12月19日"),
    AxisForm.DAY_MONTH_YEAR: ("19 дек. 2017 г.", "2017年12月19日"),
    AxisForm.WEEKDAY_DAY: ("вт, 19 дек. 2017 г.", "2017年12月19日(火)"),
    AxisForm.DAY_MONTH_CLOCK: ("19 дек. 08:39", "12月19日 08:39"),
    AxisForm.DAY_CLOCK: ("19 дек. 2017 г. 08:39", "2017年12月19日 08:39"),
}


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    return widget


def test_every_label_kind_is_worded() -> None:
    assert {label.kind for label in LABELS} == set(LabelKind)
    assert set(AXIS) == set(AxisForm) - {AxisForm.PLAIN, AxisForm.DECADE}


@pytest.mark.parametrize(("lang", "column"), [("en", 0), ("ru", 1), ("ja", 2)])
def test_each_label_kind_in_each_language(view, language, lang: str, column: int) -> None:
    language(lang)
    assert {label: view.label_text(label) for label in LABELS} == {
        label: texts[column] for label, texts in LABELS.items()}


@pytest.mark.parametrize(("lang", "column"), [("ru", 0), ("ja", 1)])
def test_each_axis_form_in_each_language(view, language, lang: str, column: int) -> None:
    language(lang)
    for form, texts in AXIS.items():
        assert view.axis_label(AxisLabel.of(form, MOMENT)) == texts[column], form
    decade = AxisLabel.of(AxisForm.DECADE, datetime(2010, 1, 1, tzinfo=UTC))
    assert view.axis_label(decade) == ("2010-е", "2010年代")[column]
    assert view.axis_label(AxisLabel.plain("T+12d")) == "T+12d"


def test_axis_in_english_is_the_domains_text(view, language) -> None:
    language("en")
    for form in AXIS:
        label = AxisLabel.of(form, MOMENT)
        assert view.axis_label(label) == label.english


def test_the_datas_own_words_are_never_reworded(view, language) -> None:
    """A name that happens to read like one of the domain's phrases stays as the data spells it."""
    language("ru")
    ship = TimelineItem("v", 0, 0.0, 3 * DAY, ItemKind.VEHICLE, Label.text("Docked at the far end"), "t", "x",
                        short=Label.text("Far"))
    lane = Lane("Ships", LaneKind.VEHICLE, ranges=[ship])
    view.set_timeline(Timeline("test", [lane]).finish())
    assert view.item_label(ship) == "Docked at the far end"


@pytest.mark.parametrize(("lang", "forms"), [
    ("en", ("Soyuz MS-07 · 168 days", "Soyuz MS-07", "MS-07")),
    ("ru", ("Soyuz MS-07 · 168 дней", "Soyuz MS-07", "MS-07")),
])
def test_an_item_shortens_to_its_name_then_its_short_form(view, language, lang: str, forms: tuple[str, ...]) -> None:
    language(lang)
    item = TimelineItem("m", 0, 0.0, 168 * DAY, ItemKind.MISSION,
                        Label(LabelKind.NAME_AND_DURATION, name="Soyuz MS-07", seconds=168 * DAY), "t", "soyuz-ms-07",
                        short=Label.text("MS-07"))
    view.set_timeline(Timeline("test", [Lane("Soyuz MS", LaneKind.SERIES, ranges=[item])]).finish())
    assert view._item_labels(item) == forms


def test_an_events_short_form_is_its_word_in_the_language(view, language) -> None:
    language("ja")
    walk = TimelineItem("e", 0, 0.0, 0.0, "spacewalk", Label.text("Install a new antenna"), "t", "soyuz-ms-07",
                        short=Label(LabelKind.EVENT, name="spacewalk"))
    view.set_timeline(Timeline("test", [Lane("Events", LaneKind.EVENTS, points=[walk])]).finish())
    assert view._item_labels(walk) == ("Install a new antenna", "Install a new antenna", "船外活動")
