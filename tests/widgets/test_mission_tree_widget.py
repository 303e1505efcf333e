from PySide6.QtCore import Qt

from soyuz_gui.models.roles import Role
from soyuz_gui.widgets.mission_tree import MissionTree


def test_selecting_a_row_emits_its_entity(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    index = tree.model.index_for_entity("soyuz-ms-07")
    with qtbot.waitSignal(tree.entity_selected) as blocker:
        tree.view.setCurrentIndex(index)
    assert blocker.args == ["soyuz-ms-07"]


def test_select_entity_does_not_emit(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    with qtbot.assertNotEmitted(tree.entity_selected):
        assert tree.select_entity("soyuz-ms-07")
    assert tree.current_entity() == "soyuz-ms-07"
    assert not tree.select_entity("no-such-mission")


def test_typing_filters_and_enter_jumps_to_first_match(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.show()
    qtbot.keyClicks(tree.filter_box, "kanai")
    assert tree.proxy.rowCount() == 1
    with qtbot.waitSignal(tree.entity_selected) as blocker:
        qtbot.keyClick(tree.filter_box, Qt.Key.Key_Return)
    assert blocker.args == ["norishige-kanai"]


def test_escape_clears_the_filter(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.show()
    tree.filter_box.setFocus()
    qtbot.keyClicks(tree.filter_box, "tingle")
    qtbot.keyClick(tree.filter_box, Qt.Key.Key_Escape)
    assert tree.filter_box.text() == ""
    assert tree.view.model() is tree.model  # the filter proxy is out of the chain again


def test_keyboard_moves_through_missions(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.show()
    tree.select_entity("soyuz-ms-07")
    tree.view.setFocus()
    with qtbot.waitSignal(tree.entity_selected) as blocker:
        qtbot.keyClick(tree.view, Qt.Key.Key_Down)
    assert blocker.args[0] != "soyuz-ms-07"
    assert tree.view.currentIndex().data(Role.ENTITY_ID) == blocker.args[0]
