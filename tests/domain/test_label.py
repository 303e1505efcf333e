"""Structured labels: each kind's English wording (what tests, exports and screen readers outside Qt see)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from soyuz_gui.domain.axis_label import AxisForm, AxisLabel
from soyuz_gui.domain.label import Label, LabelKind, event_word
from soyuz_gui.domain.timescale import DAY

ENGLISH = [
    (Label.text("Soyuz MS-07"), "Soyuz MS-07"),
    (Label(LabelKind.DOCKED_AT, place="Rassvet nadir"), "Docked at Rassvet nadir"),
    (Label(LabelKind.RELOCATION), "Relocation"),
    (Label(LabelKind.TO_THE_STATION), "To the station"),
    (Label(LabelKind.RETURN), "Return"),
    (Label(LabelKind.FLIGHT), "Flight"),
    (Label(LabelKind.SHIP_AT, name="Progress MS-08", place="Zvezda aft"), "Progress MS-08 at Zvezda aft"),
    (Label(LabelKind.NAME_AND_DURATION, name="Soyuz MS-07", seconds=168 * DAY), "Soyuz MS-07 · 168 days"),
    (Label(LabelKind.STILL_IN_SPACE, name="Soyuz MS-28"), "Soyuz MS-28 · still in space"),
    (Label(LabelKind.EVENT, name="crew-change"), "Crew change"),
    (Label(LabelKind.NAME_AND_YEARS, name="Mir", first=1986, last=2001), "Mir · 1986–2001"),
    (Label(LabelKind.NAME_AND_YEARS, name="ISS", first=1998), "ISS · 1998–"),
    (Label(LabelKind.EXPEDITION, first=54), "Exp. 54"),
]


@pytest.mark.parametrize(("label", "text"), ENGLISH)
def test_each_kind_reads_in_english(label: Label, text: str) -> None:
    assert label.english == text


def test_every_kind_has_an_english_case() -> None:
    assert {label.kind for label, _ in ENGLISH} == set(LabelKind)


def test_a_name_with_more_shortens_to_the_name() -> None:
    assert Label(LabelKind.NAME_AND_DURATION, name="Soyuz MS-07", seconds=DAY * 3).names_a_thing
    assert Label(LabelKind.STILL_IN_SPACE, name="Soyuz MS-28").names_a_thing
    assert not Label(LabelKind.SHIP_AT, name="Progress MS-08", place="Zvezda aft").names_a_thing


def test_an_event_kind_the_catalog_does_not_know_is_spelt_out() -> None:
    assert event_word("docking") == "Docking"
    assert event_word("fuel-transfer") == "Fuel transfer"


MOMENT = datetime(2017, 12, 19, 8, 39, tzinfo=UTC)
AXIS_ENGLISH = [
    (AxisForm.MONTH, "Dec"), (AxisForm.SHORT_MONTH_YEAR, "Dec 2017"), (AxisForm.MONTH_YEAR, "December 2017"),
    (AxisForm.DAY_MONTH, "19 Dec"), (AxisForm.DAY_MONTH_YEAR, "19 Dec 2017"), (AxisForm.WEEKDAY_DAY, "Tue 19 Dec 2017"),
    (AxisForm.DAY_MONTH_CLOCK, "19 Dec 08:39"), (AxisForm.DAY_CLOCK, "19 Dec 2017 08:39"),
]


@pytest.mark.parametrize(("form", "text"), AXIS_ENGLISH)
def test_each_axis_form_reads_in_english(form: AxisForm, text: str) -> None:
    label = AxisLabel.of(form, MOMENT)
    assert label.english == text
    assert label.moment == MOMENT


def test_axis_decades_and_plain_labels() -> None:
    assert AxisLabel.of(AxisForm.DECADE, datetime(2010, 1, 1, tzinfo=UTC)).english == "2010s"
    assert AxisLabel.plain("T+12d") == AxisLabel(AxisForm.PLAIN, "T+12d")
    with pytest.raises(ValueError, match="needs its text"):
        AxisLabel.of(AxisForm.PLAIN, MOMENT)


def test_shorter_context_labels() -> None:
    def shorter(form: AxisForm, moment: datetime = MOMENT) -> list[str]:
        return [label.english for label in AxisLabel.of(form, moment).shorter_forms()]

    assert shorter(AxisForm.MONTH_YEAR) == ["Dec 2017", "Dec"]
    assert shorter(AxisForm.MONTH_YEAR, datetime(2018, 5, 1, tzinfo=UTC)) == []  # "May 2018" is short already
    assert shorter(AxisForm.WEEKDAY_DAY) == ["19 Dec 2017", "19 Dec"]
    assert shorter(AxisForm.DAY_CLOCK) == ["19 Dec 08:39", "08:39"]
    assert shorter(AxisForm.DECADE) == []
    assert AxisLabel.plain("2018").shorter_forms() == []


def test_labels_that_read_alike_are_equal_whatever_their_year() -> None:
    """The view caches written labels by value: "Dec" of 2017 and of 2018 are one label."""
    assert AxisLabel.of(AxisForm.MONTH, MOMENT) == AxisLabel.of(AxisForm.MONTH, MOMENT.replace(year=2018))
    assert AxisLabel.of(AxisForm.MONTH, MOMENT) != AxisLabel.of(AxisForm.MONTH, MOMENT.replace(month=11))
