from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soyuz_gui.domain.timeutil import (
    Precision,
    TimeFormatError,
    duration_human,
    duration_iso,
    parse_human_duration,
    parse_instant,
)


@pytest.mark.parametrize(
    ("text", "precision", "iso"),
    [
        ("2017", Precision.YEAR, "2017"),
        ("2017-12", Precision.MONTH, "2017-12"),
        ("2017-12-17", Precision.DAY, "2017-12-17"),
        ("2017-12-17T07:21Z", Precision.MINUTE, "2017-12-17T07:21Z"),
        ("2017-12-17T07:21:01Z", Precision.SECOND, "2017-12-17T07:21:01Z"),
        ("2017-12-17T07:21:01.127Z", Precision.SECOND, "2017-12-17T07:21:01.127Z"),
        ("2017-12-17T10:21+03:00", Precision.MINUTE, "2017-12-17T07:21Z"),
    ],
)
def test_parse_instant_keeps_precision(text, precision, iso):
    instant = parse_instant(text)
    assert instant.precision == precision
    assert instant.iso() == iso


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2017-12-17T07:21", "no time zone"),
        ("2018-02-30", "not a real date"),
        ("2017-13-01", "not a real date"),
        ("17 December 2017", "not an ISO 8601 time"),
        ("2017-12-17T25:00Z", "not a real date"),
    ],
)
def test_parse_instant_refuses_ambiguous_or_impossible(text, fragment):
    with pytest.raises(TimeFormatError, match=fragment):
        parse_instant(text)


def test_human_text_shows_only_given_precision():
    assert parse_instant("2017-12-17T07:21Z").human() == "17 December 2017, 07:21 UTC"
    assert parse_instant("2017-12-17").human() == "17 December 2017"
    assert parse_instant("2018-02").human() == "February 2018"


def test_durations_read_like_the_article():
    launch = parse_instant("2017-12-17T07:21Z")
    landing = parse_instant("2018-06-03T12:39Z")
    delta = landing.value - launch.value
    assert duration_human(delta, Precision.MINUTE) == "168 days 5 hours 18 minutes"
    assert duration_iso(delta, Precision.MINUTE) == "P168DT5H18M"
    docked = parse_instant("2018-06-03T09:16Z").value - parse_instant("2017-12-19T08:39Z").value
    assert duration_human(docked, Precision.MINUTE) == "166 days 0 hours 37 minutes"


def test_parse_human_duration_reads_source_spellings():
    assert parse_human_duration("168 days 5 hours 18 minutes") == timedelta(days=168, hours=5, minutes=18)
    assert parse_human_duration("166 days 0 hour 37 minutes") == timedelta(days=166, minutes=37)
    assert parse_human_duration("199d 16h 42m 46s") == timedelta(days=199, hours=16, minutes=42, seconds=46)
    with pytest.raises(ValueError, match="no duration"):
        parse_human_duration("about half a year")


@given(st.integers(min_value=0, max_value=10_000 * 86400))
def test_human_duration_round_trips(seconds):
    delta = timedelta(seconds=seconds)
    assert parse_human_duration(duration_human(delta)) == delta


@given(st.datetimes(min_value=datetime(1957, 1, 1), max_value=datetime(2100, 1, 1)))
def test_iso_round_trips_at_second_precision(moment):
    moment = moment.replace(tzinfo=UTC, microsecond=0)
    text = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert parse_instant(text).value == moment
    assert parse_instant(text).iso() == text
