"""The painted timeline and its pane: signals, clicks, keys, wheel, pinch, selection linking and export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QImage, QNativeGestureEvent, QPalette, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from soyuz_gui import APP_NAME
from soyuz_gui.domain.axis_label import AxisForm, AxisLabel
from soyuz_gui.domain.label import Label
from soyuz_gui.domain.timeline import Grouping, ItemKind, Lane, LaneKind, Timeline, TimelineItem
from soyuz_gui.domain.timescale import DAY, TimeMode
from soyuz_gui.models.app_name import app_title
from soyuz_gui.widgets.timeline.geometry import GUTTER, MARKER
from soyuz_gui.widgets.timeline.pane import TimelinePane
from soyuz_gui.widgets.timeline.view import TimelineView


@pytest.fixture
def pane(qtbot, catalog) -> TimelinePane:
    widget = TimelinePane(catalog)
    qtbot.addWidget(widget)
    widget.resize(1280, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_mission("soyuz-ms-07")
    return widget


def _centre(view: TimelineView, key: str) -> QPoint:
    return view.item_rect(key).center().toPoint()


def _key_of(view: TimelineView, kind: str) -> str:
    assert view.timeline is not None
    return next(i.key for i in view.timeline.items() if i.kind == kind)


def _wheel(view: TimelineView, x: float, dy: int, modifiers=Qt.KeyboardModifier.NoModifier, dx: int = 0) -> None:
    pos = QPointF(x, 200)
    event = QWheelEvent(pos, QPointF(view.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(dx, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)


def test_mission_view_paints(pane: TimelinePane) -> None:
    view = pane.view
    assert view.timeline is not None
    assert view.timeline.title == "Soyuz MS-07"
    image = pane.grab().toImage()
    assert not image.isNull()
    assert image.width() >= 1200
    # something other than the background was drawn inside the lanes
    base = view.palette().color(QPalette.ColorRole.Base).rgb()
    colours = {image.pixel(x, 200) for x in range(GUTTER + 20, image.width() - 40, 7)}
    assert len(colours - {base}) > 2


def test_click_selects_and_double_click_activates(qtbot, pane: TimelinePane) -> None:
    view = pane.view
    docked = _key_of(view, ItemKind.DOCKED)
    with qtbot.waitSignal(pane.entity_selected, timeout=1000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_centre(view, docked))
    assert blocker.args == ["soyuz-ms-07"]
    assert view.current_key == docked
    crew = next(i for i in view.timeline.items() if i.entity_id == "scott-d-tingle")  # type: ignore[union-attr]
    with qtbot.waitSignal(pane.entity_selected, timeout=1000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_centre(view, crew.key))
    assert blocker.args == ["scott-d-tingle"]
    with qtbot.waitSignal(pane.entity_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=_centre(view, crew.key))
    assert blocker.args == ["scott-d-tingle"]


def test_click_on_empty_space_does_nothing(qtbot, pane: TimelinePane) -> None:
    with qtbot.assertNotEmitted(pane.entity_selected):
        qtbot.mouseClick(pane.view, Qt.MouseButton.LeftButton, pos=QPoint(GUTTER + 5, pane.view.height() - 5))
        qtbot.mouseClick(pane.view, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_select_entity_highlights_without_emitting(qtbot, pane: TimelinePane) -> None:
    with qtbot.assertNotEmitted(pane.entity_selected), qtbot.assertNotEmitted(pane.entity_activated):
        pane.select_entity("norishige-kanai")
    item = pane.view.current_item()
    assert item is not None
    assert item.entity_id == "norishige-kanai"


def test_selection_echo_does_not_relayout(qtbot, pane: TimelinePane) -> None:
    """The window answers a timeline click by calling show_mission: a neighbour ship only highlights."""
    pane.entity_selected.connect(pane.show_mission)
    vehicle = next(i for i in pane.view.timeline.items() if i.entity_id == "progress-ms-08")  # type: ignore[union-attr]
    qtbot.mouseClick(pane.view, Qt.MouseButton.LeftButton, pos=_centre(pane.view, vehicle.key))
    assert pane.view.timeline.title == "Soyuz MS-07"  # type: ignore[union-attr]
    pane.show_mission("progress-ms-08")  # a real navigation switches
    assert pane.view.timeline.title == "Progress MS-08"  # type: ignore[union-attr]


def test_keyboard_walks_zooms_and_activates(qtbot, pane: TimelinePane) -> None:
    view = pane.view
    view.setFocus()
    items = view.timeline.items()  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_key == items[0].key
    with qtbot.waitSignal(pane.entity_selected, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_key == items[1].key
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_key == items[0].key
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_key == items[-1].key
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.current_item().lane == items[-1].lane - 1  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    spp = view.scale.spp
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale.spp < spp
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale.spp > spp
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.scale.spp == pytest.approx(spp)
    with qtbot.waitSignal(pane.entity_activated, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_tab_reaches_the_view_and_screen_readers_reach_the_items(qtbot, pane: TimelinePane) -> None:
    pane.view_box.setFocus()
    for _ in range(6):
        if pane.view.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert pane.view.hasFocus()
    view = pane.view
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    assert iface.role() == QAccessible.Role.List
    assert iface.childCount() == len(view.timeline.items())  # type: ignore[union-attr]
    focused = iface.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == view.current_item().accessible_name()  # type: ignore[union-attr]
    assert focused.state().focused
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert "Docking, Soyuz MS-07 at Rassvet nadir, 19 Dec 2017 08:39 UTC" in names
    docking = names.index("Docking, Soyuz MS-07 at Rassvet nadir, 19 Dec 2017 08:39 UTC")
    child = iface.child(docking)
    assert iface.indexOfChild(child) == docking
    assert child.role() == QAccessible.Role.ListItem
    centre = child.rect().center()
    under = iface.childAt(centre.x(), centre.y())  # the docking, or the launch it clusters with at this zoom
    assert under is not None
    assert under.text(QAccessible.Text.Name).split(",")[0] in ("Docking", "Launch")
    crew = next(i for i in view.timeline.items() if i.entity_id == "scott-d-tingle")  # type: ignore[union-attr]
    point = view.mapToGlobal(view.item_rect(crew.key).center().toPoint())
    assert iface.childAt(point.x(), point.y()).text(QAccessible.Text.Name) == crew.accessible_name()
    assert child.parent() is not None


def test_wheel_zooms_around_the_cursor_and_shift_wheel_pans(pane: TimelinePane) -> None:
    view = pane.view
    x = GUTTER + 300.0
    anchor = view.scale.t_for(300)
    spp = view.scale.spp
    _wheel(view, x, 120)
    assert view.scale.spp < spp
    assert view.scale.t_for(300) == pytest.approx(anchor, abs=view.scale.spp)
    _wheel(view, x, -240)
    assert view.scale.spp > spp * 0.9
    start = view.scale.start
    _wheel(view, x, -120, Qt.KeyboardModifier.ShiftModifier)
    assert view.scale.start > start
    start = view.scale.start
    _wheel(view, x, 0, dx=120)  # a sideways swipe pans
    assert view.scale.start != start


def test_zoom_limits_hold(pane: TimelinePane) -> None:
    view = pane.view
    for _ in range(200):
        view.zoom_in()
    assert view.scale.spp >= 0.05
    assert view.scale.span > 1
    for _ in range(200):
        view.zoom_out()
    lo, hi = view.timeline.extent  # type: ignore[union-attr]
    assert view.scale.span <= 3.01 * max(hi - lo, DAY)
    assert view.scale.end > lo
    assert view.scale.start < hi


def test_drag_pans(qtbot, pane: TimelinePane) -> None:
    view = pane.view
    start = view.scale.start
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(GUTTER + 400, 300))
    qtbot.mouseMove(view, QPoint(GUTTER + 300, 300))
    qtbot.mouseMove(view, QPoint(GUTTER + 200, 300))
    with qtbot.assertNotEmitted(pane.entity_selected):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(GUTTER + 200, 300))
    assert view.scale.start == pytest.approx(start + 200 * view.scale.spp)


def test_pinch_zooms(pane: TimelinePane) -> None:
    view = pane.view
    spp = view.scale.spp
    pos = QPointF(GUTTER + 200, 200)
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                pos, pos, QPointF(view.mapToGlobal(pos.toPoint())), 0.5, QPointF(), 1)
    QApplication.sendEvent(view, event)
    assert view.scale.spp == pytest.approx(spp / 1.5)


def test_buttons_zoom_and_fit(qtbot, pane: TimelinePane) -> None:
    spp = pane.view.scale.spp
    qtbot.mouseClick(pane.zoom_in_button, Qt.MouseButton.LeftButton)
    assert pane.view.scale.spp < spp
    qtbot.mouseClick(pane.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.zoom_out_button, Qt.MouseButton.LeftButton)
    assert pane.view.scale.spp > spp
    qtbot.mouseClick(pane.fit_button, Qt.MouseButton.LeftButton)
    assert pane.view.scale.spp == pytest.approx(spp)


def test_hit_test_and_tooltip_text(pane: TimelinePane) -> None:
    view = pane.view
    docked = _key_of(view, ItemKind.DOCKED)
    hit = view.hit_test(QPointF(view.item_rect(docked).center()))
    assert hit is not None
    assert hit.item is not None
    assert hit.item.key == docked
    assert "docked at Rassvet nadir" in view.describe(hit)
    assert view.hit_test(QPointF(10, 200)) is None  # the gutter
    assert view.hit_test(QPointF(GUTTER + 50, 10)) is None  # the axis


def test_close_points_cluster_and_a_click_splits_them(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    lane = Lane("Events", LaneKind.EVENTS)
    base = 1.5e9
    lane.points = [TimelineItem(f"p{n}", 0, base + n * 60, base + n * 60, "docking", Label.text("Docking"),
                                f"Event {n}", f"e{n}") for n in range(5)]
    lane.points.append(TimelineItem("far", 0, base + 30 * DAY, base + 30 * DAY, "launch", Label.text("Launch"),
                                    "Far", "far"))
    view.set_timeline(Timeline("test", [lane]).finish())
    y = view.item_rect("p0").center().y()
    hit = view.hit_test(QPointF(view.item_rect("p2").center().x(), y))
    assert hit is not None
    assert hit.cluster is not None
    assert len(hit.members) == 5
    assert "5 items" in view.describe(hit)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(view.item_rect("p2").center().x()), int(y)))
    hit = view.hit_test(QPointF(view.item_rect("p2").center().x(), y))
    assert hit is not None
    assert hit.item is not None
    assert hit.item.key == "p2"


def test_switching_views_and_time_modes(qtbot, pane: TimelinePane) -> None:
    pane.time_box.setCurrentIndex(2)
    assert pane.view.time_mode == TimeMode.MET
    pane.show_programme(Grouping.PORT)
    assert pane.view.timeline.title == "Programme by station and port"  # type: ignore[union-attr]
    assert pane.view.time_mode == TimeMode.UTC  # no launch to count from
    pane.time_box.setCurrentIndex(1)
    assert pane.view.time_mode == TimeMode.LOCAL
    pane.view_box.setCurrentIndex(TimelinePane.BY_SERIES)
    assert pane.view.timeline.title == "Programme by spacecraft"  # type: ignore[union-attr]
    assert not pane.grab().isNull()
    pane.view_box.setCurrentIndex(TimelinePane.MISSION)
    assert pane.view.timeline.title == "Soyuz MS-07"  # type: ignore[union-attr]


def test_follow_entity(pane: TimelinePane) -> None:
    pane.follow_entity("soyuz-ms-13")
    assert pane.view.timeline.title == "Soyuz MS-13"  # type: ignore[union-attr]
    pane.follow_entity("luca-parmitano")
    assert pane.view.current_item().entity_id == "luca-parmitano"  # type: ignore[union-attr]
    pane.show_programme()
    pane.follow_entity("soyuz-ms-07")
    assert pane.view.timeline.title == "Programme by spacecraft"  # type: ignore[union-attr]
    assert pane.view.current_item().entity_id == "soyuz-ms-07"  # type: ignore[union-attr]


def test_set_catalog_keeps_the_mission(pane: TimelinePane, catalog) -> None:
    pane.set_catalog(catalog)
    assert pane.view.timeline.title == "Soyuz MS-07"  # type: ignore[union-attr]


@pytest.mark.parametrize("full", [False, True])
def test_export_png_and_svg(pane: TimelinePane, tmp_path: Path, full: bool) -> None:
    png = tmp_path / "timeline.png"
    svg = tmp_path / "timeline.svg"
    assert pane.export(png, full_range=full)
    assert pane.export(svg, full_range=full)
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 1200
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    assert "Soyuz MS-07" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.png", "timeline.svg"]  # no temp files left


@pytest.mark.parametrize("code", ["ru", "ja"])
def test_an_exported_svg_describes_itself_in_the_interface_language(qtbot, catalog, language, tmp_path: Path,
                                                                   code: str) -> None:
    language(code)
    widget = TimelinePane(catalog)
    qtbot.addWidget(widget)
    widget.resize(1280, 500)
    widget.show_mission("soyuz-ms-07")
    svg = tmp_path / "timeline.svg"
    assert widget.export(svg)
    description = ET.parse(svg).getroot().find("{http://www.w3.org/2000/svg}desc")
    assert description is not None and description.text
    assert app_title() in description.text and APP_NAME not in description.text


def test_export_to_an_unwritable_place_fails_cleanly(pane: TimelinePane, tmp_path: Path) -> None:
    assert not pane.export(tmp_path / "missing" / "folder" / "timeline.png")


def test_dark_palette_paints(qtbot, catalog) -> None:
    from soyuz_gui.app.theme import palette_for

    widget = TimelinePane(catalog)
    qtbot.addWidget(widget)
    widget.setPalette(palette_for(True))
    widget.resize(1000, 400)
    widget.show_mission("soyuz-ms-13")
    image = widget.grab().toImage()
    # Mostly dark: bars may cover any one pixel, but the background dominates.
    samples = [image.pixelColor(x, y).lightness() for x in range(GUTTER, 1000, 37) for y in range(60, 400, 23)]
    assert sum(1 for v in samples if v < 128) > len(samples) / 2


def test_empty_view_paints_a_message(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.set_timeline(None)
    assert not view.grab().isNull()
    view.fit()
    view.zoom_in()
    assert view.hit_test(QPointF(300, 200)) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.floats(min_value=0, max_value=40 * DAY), min_size=1, max_size=40),
       zoom=st.floats(min_value=0.2, max_value=50))
def test_every_visible_point_hit_tests_to_itself_or_its_cluster(qtbot, offsets: list[float], zoom: float) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    base = 1.5e9
    lane = Lane("Events", LaneKind.EVENTS)
    lane.points = [TimelineItem(f"p{n}", 0, base + t, base + t, "docking", Label.text("Docking"), f"Event {n}", f"e{n}")
                   for n, t in enumerate(offsets)]
    view.set_timeline(Timeline("test", [lane]).finish())
    view.zoom(zoom)
    for item in view.timeline.items():  # type: ignore[union-attr]
        centre = view.item_rect(item.key).center()
        if not GUTTER <= centre.x() <= GUTTER + view.scale.width:
            continue
        hit = view.hit_test(centre)
        assert hit is not None
        members = {m.key for m in hit.members} if hit.cluster is not None else {hit.item.key}  # type: ignore[union-attr]
        # the probe lands on this point, on its cluster, or on a neighbour at the very same pixel
        assert item.key in members or view.item_rect(next(iter(members))).center().x() == pytest.approx(
            centre.x(), abs=MARKER + 2)


def test_a_fitted_view_stays_fitted_when_resized(pane: TimelinePane) -> None:
    view = pane.view
    lo, hi = view.timeline.focus  # type: ignore[union-attr]
    pane.resize(900, 500)
    assert view.scale.start < lo
    assert lo - view.scale.start < 0.1 * (hi - lo)
    assert view.scale.end > hi
    view.zoom_in()  # after the user zooms, a resize keeps the zoom
    spp = view.scale.spp
    pane.resize(1280, 500)
    assert view.scale.spp == pytest.approx(spp)


# --- interface language ------------------------------------------------------------------------------------------


def _all_timelines(catalog) -> list[Timeline]:
    from soyuz_gui.domain.mission_timeline import mission_timeline
    from soyuz_gui.domain.programme_timeline import programme_timeline

    return [mission_timeline(catalog, m.id, now=1.8e9) for m in catalog.missions()] + [
        programme_timeline(catalog, grouping, now=1.8e9) for grouping in Grouping]


def _axis(form: AxisForm, year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0) -> AxisLabel:
    return AxisLabel.of(form, datetime(year, month, day, hour, minute, tzinfo=UTC))


def test_english_text_is_the_domains_word_for_word(qtbot, catalog, language) -> None:
    """In English the view recomposes nothing differently: labels, lanes, bands, tooltips and axis as the domain."""
    language("en")
    view = TimelineView()
    qtbot.addWidget(view)
    for timeline in _all_timelines(catalog):
        view.set_timeline(timeline)
        assert view.timeline_title() == timeline.title
        assert [view.lane_title(lane) for lane in timeline.lanes] == [
            lane.title if lane.row == 1 else f"{lane.title}, row {lane.row}" for lane in timeline.lanes]
        assert [view.band_labels(b) for b in timeline.bands] == [(b.label, b.short.english) for b in timeline.bands]
        for mode in (TimeMode.UTC, TimeMode.MET):
            view.set_time_mode(mode)
            for item in timeline.items():
                assert view.item_label(item) == item.label.english
                assert view.item_name(item) == item.accessible_name(view.time_mode, timeline.origin)
    for label, text in ((_axis(AxisForm.MONTH_YEAR, 2017, 12), "December 2017"),
                        (_axis(AxisForm.WEEKDAY_DAY, 2017, 12, 19), "Tue 19 Dec 2017"),
                        (_axis(AxisForm.DAY_CLOCK, 2017, 12, 19, 8, 39), "19 Dec 2017 08:39"),
                        (_axis(AxisForm.MONTH, 2017, 12), "Dec"), (_axis(AxisForm.DECADE, 2010), "2010s")):
        assert view.axis_label(label) == text


def test_russian_lanes_labels_durations_and_times(qtbot, catalog, language) -> None:
    language("ru")
    pane = TimelinePane(catalog)
    qtbot.addWidget(pane)
    pane.show_mission("soyuz-ms-07")
    view = pane.view
    timeline = view.timeline
    assert timeline is not None
    assert [view.lane_title(lane) for lane in timeline.lanes[:3]] == ["Этапы полёта", "События", "Anton Shkaplerov"]
    labels = {view.item_label(item) for item in timeline.items()}
    assert {"Пристыкован: Rassvet nadir", "Soyuz MS-07 · 168 дней", "Запуск", "Стыковка", "Посадка",
            "К станции", "Возвращение"} <= labels
    launch = next(i for i in timeline.items() if i.kind == "launch")
    assert view.item_name(launch) == "Launch, Soyuz MS-07, 17 дек. 2017 г. 07:21 UTC"  # the title is domain text
    crew = next(i for i in timeline.items() if i.kind == ItemKind.IN_SPACE)
    assert view.item_time(crew) == "с 17 дек. 2017 г. 07:21 UTC по 3 июн. 2018 г. 12:39 UTC"
    assert view.short_duration(5 * 3600 + 18 * 60) == "5 ч 18 мин"
    assert view.short_duration(21 * DAY) == "21 день"
    assert view.axis_label(_axis(AxisForm.MONTH_YEAR, 2017, 12)) == "декабрь 2017 г."
    assert view.axis_label(_axis(AxisForm.MONTH_YEAR, 2018, 5)) == "май 2018 г."  # the month's own name, not "мая"
    assert view.axis_label(_axis(AxisForm.WEEKDAY_DAY, 2017, 12, 19)) == "вт, 19 дек. 2017 г."
    assert view.axis_label(_axis(AxisForm.DECADE, 2010)) == "2010-е"
    pane.show_programme(Grouping.PORT)
    assert view.timeline_title() == "Программа по станциям и узлам"
    assert view.accessibleName().endswith(": Программа по станциям и узлам")


def test_japanese_labels_and_axis(qtbot, catalog, language) -> None:
    language("ja")
    view = TimelineView()
    qtbot.addWidget(view)
    from soyuz_gui.domain.mission_timeline import mission_timeline

    view.set_timeline(mission_timeline(catalog, "soyuz-ms-07", now=1.8e9))
    timeline = view.timeline
    assert timeline is not None
    assert view.lane_title(timeline.lanes[0]) == "飛行段階"
    labels = {view.item_label(item) for item in timeline.items()}
    assert {"ドッキング中: Rassvet nadir", "Soyuz MS-07 · 168日", "打ち上げ"} <= labels
    assert view.axis_label(_axis(AxisForm.MONTH_YEAR, 2017, 12)) == "2017年12月"
    assert view.axis_label(_axis(AxisForm.MONTH, 2017, 12)) == "12月"
    bands = [view.band_labels(b)[1] for b in timeline.bands]
    assert "第54次" in bands


@pytest.mark.parametrize(("lang", "second_row"), [("en", "Soyuz MS, row 2"), ("ru", "Soyuz MS, ряд 2"),
                                                  ("ja", "Soyuz MS（2段目）")])
def test_programme_lanes_name_the_series_and_the_row(qtbot, catalog, language, lang, second_row) -> None:
    """Issue 21: no "Soyuz MS (2)"; a further row of a series says in words which row it is, in every language."""
    from soyuz_gui.domain.programme_timeline import programme_timeline

    language(lang)
    view = TimelineView()
    qtbot.addWidget(view)
    timeline = programme_timeline(catalog, Grouping.SERIES, now=1.8e9)
    view.set_timeline(timeline)
    titles = [view.lane_title(lane) for lane in timeline.lanes]
    assert not any(title.endswith(("(2)", "(3)")) for title in titles)
    assert "Soyuz MS" in titles and second_row in titles
    assert titles.index(second_row) == titles.index("Soyuz MS") + 1
