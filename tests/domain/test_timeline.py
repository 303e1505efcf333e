"""Timelines built from the bundled catalog: lanes, items, bands and what a screen reader hears."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from soyuz_gui.domain.label import Label, LabelKind, short_duration
from soyuz_gui.domain.mission_timeline import mission_timeline
from soyuz_gui.domain.programme_timeline import programme_timeline
from soyuz_gui.domain.timeline import (
    Grouping,
    ItemKind,
    Lane,
    LaneKind,
    Timeline,
    TimelineItem,
)
from soyuz_gui.domain.timescale import DAY, TimeMode

NOW = datetime(2027, 1, 1, tzinfo=UTC).timestamp()  # later than anything in the data


def _t(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def test_mission_view_of_soyuz_ms_07(catalog) -> None:
    timeline = mission_timeline(catalog, "soyuz-ms-07", NOW)
    kinds = [lane.kind for lane in timeline.lanes]
    assert kinds[:2] == [LaneKind.PHASES, LaneKind.EVENTS]
    phases = timeline.lanes[0].ranges
    assert [p.kind for p in phases] == [ItemKind.FREE_FLIGHT, ItemKind.DOCKED, ItemKind.FREE_FLIGHT]
    assert phases[1].start == _t("2017-12-19T08:39Z")
    assert phases[1].end == _t("2018-06-03T09:16Z")
    assert all(p.entity_id == "soyuz-ms-07" for p in phases)

    events = {p.kind: p for p in timeline.lanes[1].points}
    assert set(events) >= {"launch", "docking", "undocking", "landing"}
    assert events["docking"].accessible_name() == "Docking, Soyuz MS-07 at Rassvet nadir, 19 Dec 2017 08:39 UTC"

    crew = [lane for lane in timeline.lanes if lane.kind == LaneKind.CREW]
    assert [lane.entity_id for lane in crew] == ["anton-shkaplerov", "scott-d-tingle", "norishige-kanai"]
    assert crew[0].ranges[0].entity_id == "anton-shkaplerov"
    assert "168 days" in crew[0].ranges[0].label.english

    vehicles = {lane.entity_id for lane in timeline.lanes if lane.kind == LaneKind.VEHICLE}
    assert {"progress-ms-08", "soyuz-ms-08", "soyuz-ms-06", "dragon-crs-14"} <= vehicles
    assert "soyuz-ms-07" not in vehicles

    assert timeline.origin == _t("2017-12-17T07:21Z")
    assert timeline.focus == (_t("2017-12-17T07:21Z"), _t("2018-06-03T12:39Z"))


def test_every_item_is_on_its_lane_and_keys_are_unique(catalog) -> None:
    for mission in catalog.missions():
        timeline = mission_timeline(catalog, mission.id, NOW)
        keys = [i.key for i in timeline.items()]
        assert len(keys) == len(set(keys))
        for index, lane in enumerate(timeline.lanes):
            for item in (*lane.ranges, *lane.points):
                assert item.lane == index
                assert item.end >= item.start
                assert item.title
                assert item.label.english
        lo, hi = timeline.extent
        assert all(lo <= i.start and i.end <= hi for i in timeline.items())


def test_relocations_make_phases(catalog) -> None:
    timeline = mission_timeline(catalog, "soyuz-ms-13", NOW)
    kinds = [p.kind for p in timeline.lanes[0].ranges]
    assert kinds == [ItemKind.FREE_FLIGHT, ItemKind.DOCKED, ItemKind.RELOCATION, ItemKind.DOCKED,
                     ItemKind.FREE_FLIGHT]
    assert "relocation" in [p.kind for p in timeline.lanes[1].points]
    # a crew member who came up on another ship: the lane spans the whole flight
    koch = next(lane for lane in timeline.lanes if lane.entity_id == "christina-koch")
    assert "Soyuz MS-12 / Soyuz MS-13" in koch.ranges[0].label.english


def test_aborted_flight_has_one_phase(catalog) -> None:
    timeline = mission_timeline(catalog, "soyuz-ms-10", NOW)
    assert [p.kind for p in timeline.lanes[0].ranges] == [ItemKind.FREE_FLIGHT]
    assert "19 min" in timeline.lanes[2].ranges[0].label.english


def test_open_ranges_run_to_now(catalog) -> None:
    timeline = mission_timeline(catalog, "soyuz-ms-28", NOW)
    open_items = [i for i in timeline.items() if i.open_end]
    assert open_items
    assert all(i.end == NOW for i in open_items)
    assert "to now" in open_items[0].accessible_name()


def test_unknown_mission_gives_an_empty_timeline(catalog) -> None:
    timeline = mission_timeline(catalog, "no-such-mission")
    assert timeline.lanes == []
    assert timeline.items() == ()
    assert timeline.neighbour(None, 1) is None


def test_programme_by_series_never_overlaps_in_a_lane(catalog) -> None:
    timeline = programme_timeline(catalog, Grouping.SERIES, NOW)
    mission_ids = {i.entity_id for i in timeline.items()}
    assert {m.id for m in catalog.missions() if m.launch.time} <= mission_ids
    for lane in timeline.lanes:
        for a, b in zip(lane.ranges, lane.ranges[1:], strict=False):
            assert b.start > a.end, (a.label.english, b.label.english)
    assert any(lane.title.startswith("Soyuz MS") for lane in timeline.lanes)
    ms_rows = [lane.row for lane in timeline.lanes if lane.title == "Soyuz MS"]  # the title names the series only
    assert ms_rows == list(range(1, len(ms_rows) + 1)) and len(ms_rows) > 1
    assert any(b.label == "Expedition 56" for b in timeline.bands)
    assert next(i for i in timeline.items() if i.entity_id == "soyuz-ms-07").short.english == "MS-07"


def test_programme_by_port(catalog) -> None:
    timeline = programme_timeline(catalog, Grouping.PORT, NOW)
    titles = [lane.title for lane in timeline.lanes]
    assert "Rassvet nadir" in titles
    assert "Poisk zenith" in titles
    ms13 = [i for i in timeline.items() if i.entity_id == "soyuz-ms-13"]
    assert len(ms13) == 2  # docked at two ports


def test_keyboard_order_and_lookups(catalog) -> None:
    timeline = mission_timeline(catalog, "soyuz-ms-07", NOW)
    items = timeline.items()
    assert [i.start for i in items] == sorted(i.start for i in items)
    first = timeline.neighbour(None, 1)
    assert first is items[0]
    assert timeline.neighbour(items[0].key, -1) is items[0]  # stays at the start
    assert timeline.neighbour(items[0].key, 1) is items[1]
    assert timeline.neighbour(None, -1) is items[-1]
    assert timeline.index_of("missing") == -1
    assert timeline.items_for("norishige-kanai")[0].kind == ItemKind.IN_SPACE
    docked = timeline.ranges_at(0, _t("2018-03-01T00:00Z"))
    assert [i.kind for i in docked] == [ItemKind.DOCKED]
    assert timeline.ranges_at(99, 0.0) == []
    near = timeline.nearest_in_lane(1, _t("2017-12-19T09:00Z"))
    assert near is not None
    assert near.kind == "docking"
    assert timeline.nearest_in_lane(-1, 0.0) is None


def test_accessible_names_in_every_mode() -> None:
    item = TimelineItem("k", 0, _t("2017-12-19T08:39Z"), _t("2017-12-19T08:39Z"), "docking",
                        Label(LabelKind.EVENT, name="docking"), "Docking, Soyuz MS-07 at Rassvet nadir", "soyuz-ms-07")
    assert item.accessible_name(TimeMode.MET, origin=_t("2017-12-17T07:21Z")).endswith("T+2d 01:18")
    ranged = TimelineItem("r", 0, 0.0, 2 * DAY, "docked", Label.text("x"), "Something", None)
    assert " to " in ranged.when()


def test_short_duration() -> None:
    assert short_duration(168 * DAY) == "168 days"
    assert short_duration(5 * 3600 + 18 * 60) == "5 h 18 min"
    assert short_duration(3 * 3600) == "3 h"
    assert short_duration(19 * 60) == "19 min"


def test_empty_timeline_defaults() -> None:
    timeline = Timeline("empty", []).finish()
    assert timeline.extent == (0.0, DAY)
    assert timeline.item("x") is None


@pytest.mark.parametrize("grouping", list(Grouping))
def test_programme_items_name_their_mission(catalog, grouping: Grouping) -> None:
    timeline = programme_timeline(catalog, grouping, NOW)
    for item in timeline.items():
        if item.kind == ItemKind.STATION:  # a station's life in orbit, on the station's own lane
            station = catalog.station(item.entity_id)
            assert station is not None and station.name in item.title
            continue
        mission = catalog.mission(item.entity_id)
        assert mission is not None
        assert mission.name in item.title


def test_an_expedition_with_an_unknown_end_is_not_still_under_way(catalog) -> None:
    """Expeditions the data gives no end for stop where the next one starts; they do not run on to today."""
    timeline = mission_timeline(catalog, "soyuz-ms-07", NOW)
    during = {b.label for b in timeline.bands if b.start <= _t("2018-01-01T00:00Z") <= b.end}
    assert "Expedition 54" in during
    assert not any(label in during for label in ("Expedition 18", "Expedition 23", "Expedition 26", "Expedition 29"))
    unknown = [e for e in catalog.expeditions() if e.station == "iss" and e.start is not None and e.end is None]
    assert unknown  # the data has such expeditions (ISS 8–19 dates are partly unknown)


def test_time_order_is_start_then_lane_then_end_and_the_extent_covers_every_item(catalog) -> None:
    """finish() sorts by start alone after ordering each lane by end: the full (start, lane, end) order results."""
    def item(key: str, lane: int, start: float, end: float) -> TimelineItem:
        return TimelineItem(key, lane, start, end, "docked", Label.text(key), key, None)

    first = Lane("A", LaneKind.EVENTS, ranges=[item("a-long", 0, 10.0, 50.0), item("a-bad", 0, 10.0, 5.0)],
                 points=[item("a-point", 0, 10.0, 10.0), item("a-late", 0, 70.0, 70.0)])
    second = Lane("B", LaneKind.EVENTS, ranges=[item("b-range", 1, 10.0, 12.0)], points=[item("b-early", 1, 2.0, 2.0)])
    timeline = Timeline("ties", [first, second]).finish()
    assert [i.key for i in timeline.items()] == ["b-early", "a-bad", "a-point", "a-long", "b-range", "a-late"]
    assert timeline.extent == (2.0, 70.0)
    assert timeline.item("a-bad") is timeline.items()[1] and timeline.index_of("a-late") == 5
    for built in (programme_timeline(catalog, Grouping.PORT, NOW), mission_timeline(catalog, "soyuz-ms-07", NOW)):
        items = built.items()
        assert list(items) == sorted(items, key=lambda i: (i.start, i.lane, i.end))
        assert built.extent == (min(i.start for i in items), max(max(i.end, i.start) for i in items))
