from pathlib import Path

from PySide6.QtCore import Qt

from soyuz_gui.app.main import load_data
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.screenshot import save_png
from soyuz_gui.app.settings import Settings
from soyuz_gui.app.theme import ThemeMode


def make_window(qtbot, extra=()):
    window = MainWindow(load_data(list(extra)), Settings(), loader=load_data, extra_folders=list(extra))
    qtbot.addWidget(window)
    return window


def test_opens_on_soyuz_ms07_by_default(qtbot):
    window = make_window(qtbot)
    assert window.show_start_entity() == "soyuz-ms-07"
    assert window.tree.current_entity() == "soyuz-ms-07"
    assert "Soyuz MS-07" in window.details.toPlainText()
    assert window.windowTitle().startswith("Soyuz MS-07")


def test_requested_mission_wins_and_unknown_falls_back(qtbot):
    window = make_window(qtbot)
    assert window.show_start_entity("soyuz-ms-08") == "soyuz-ms-08"
    other = make_window(qtbot)
    assert other.show_start_entity("soyuz-ms-99") in other.catalog


def test_links_navigate_and_history_goes_back_and_forward(qtbot):
    window = make_window(qtbot)
    window.show_start_entity("soyuz-ms-07")
    window.details.entity_requested.emit("anton-shkaplerov")
    assert window.current_entity() == "anton-shkaplerov"
    assert "Commander of Expedition 55" in window.details.toPlainText()
    window.go_back()
    assert window.current_entity() == "soyuz-ms-07"
    window.go_forward()
    assert window.current_entity() == "anton-shkaplerov"


def test_next_and_previous_mission_follow_launch_order(qtbot):
    window = make_window(qtbot)
    window.show_entity("soyuz-ms-07")
    window.next_action.trigger()
    assert window.current_entity() == "soyuz-ms-08" or window.catalog.mission(window.current_entity())
    window.previous_action.trigger()
    assert window.current_entity() == "soyuz-ms-07"


def test_layout_and_last_entity_survive_a_restart(qtbot):
    window = make_window(qtbot)
    window.resize(760, 520)
    window.splitter.setSizes([250, 450])
    window.show_entity("iss-expedition-54")
    window.close()
    again = make_window(qtbot)
    assert again.size().width() == 760
    assert again.show_start_entity() == "iss-expedition-54"


def test_theme_switch_changes_palette_and_is_remembered(qtbot, qapp):
    window = make_window(qtbot)
    window.set_theme(ThemeMode.DARK)
    assert qapp.palette().base().color().lightness() < 80
    assert Settings().theme() == ThemeMode.DARK
    window.set_theme(ThemeMode.LIGHT)
    assert qapp.palette().base().color().lightness() > 200


def test_bad_data_folder_is_listed_and_the_rest_still_shows(qtbot, tmp_path):
    (tmp_path / "broken.yaml").write_text("schema_version: 1\nkind: mission\nid: broken\nname: [unclosed\n")
    window = make_window(qtbot, [tmp_path])
    assert window.show_start_entity() == "soyuz-ms-07"
    assert window.problems_button.isVisibleTo(window)
    table = window.problems.table
    files = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert any(f.endswith("broken.yaml") for f in files)


def test_filter_shortcut_focuses_the_filter_box(qtbot):
    window = make_window(qtbot)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.filter_action.trigger()
    qtbot.waitUntil(window.tree.filter_box.hasFocus)
    qtbot.keyClicks(window.tree.filter_box, "gerst")
    qtbot.keyClick(window.tree.filter_box, Qt.Key.Key_Return)
    assert window.current_entity() == "alexander-gerst"


def test_screenshot_is_written_atomically(qtbot, tmp_path: Path):
    window = make_window(qtbot)
    window.resize(800, 600)
    window.show_start_entity()
    target = tmp_path / "shot.png"
    assert save_png(window, target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [p for p in tmp_path.iterdir() if p.name != "shot.png"]


def test_ctrl_k_search_opens_the_chosen_entity(qtbot):
    window = make_window(qtbot)
    window.show_start_entity()
    window.search_action.trigger()
    assert window.search_popup.isVisible()
    qtbot.keyClicks(window.search_popup.query, "expedition 55")
    qtbot.keyClick(window.search_popup.query, Qt.Key.Key_Return)
    assert window.current_entity() == "iss-expedition-55"


def test_tree_grouping_is_remembered(qtbot):
    from soyuz_gui.models.tree_kinds import GroupBy

    window = make_window(qtbot)
    window.tree.set_group_by(GroupBy.YEAR)
    again = make_window(qtbot)
    assert again.tree.model.group_by == GroupBy.YEAR


def test_pages_recolour_when_the_theme_changes(qtbot):
    window = make_window(qtbot)
    window.show_start_entity()
    window.set_theme(ThemeMode.LIGHT)
    qtbot.waitUntil(lambda: "#5f6878" in window.details.toHtml())  # light muted text
    window.set_theme(ThemeMode.DARK)
    qtbot.waitUntil(lambda: "#9aa2b1" in window.details.toHtml())  # dark muted text


def test_aboard_tab_is_built_when_first_opened_and_follows_the_mission(qtbot):
    window = make_window(qtbot)
    window.show_start_entity("soyuz-ms-07")
    assert window._aboard is None
    window.tabs.setCurrentIndex(1)
    assert window.aboard.result.toPlainText().startswith("6 people aboard")
    window.show_entity("soyuz-ms-08")
    assert "Soyuz MS-08" in window.aboard.result.toPlainText()


def test_timeline_and_images_tabs_follow_navigation_both_ways(qtbot):
    window = make_window(qtbot)
    window.show()
    window.show_start_entity("soyuz-ms-07")
    assert window._timeline is None
    window.show_tab("timeline")
    assert window.timeline.isVisible()
    window.timeline.entity_selected.emit("anton-shkaplerov")  # a click on a crew lane
    assert window.current_entity() == "anton-shkaplerov"
    assert window.tree.current_entity() == "anton-shkaplerov"
    window.timeline.entity_activated.emit("soyuz-ms-08")  # Enter on an item opens its page
    assert window.current_entity() == "soyuz-ms-08"
    assert window.tabs.currentWidget() is window.details
    window.show_tab("images")
    assert window.images.mission_id == "soyuz-ms-08"
