"""The mission tree builds a mission's rows only when asked: start-up pays one row per mission, whatever the
size of the data, and the filter, look-ups and views still see every row."""

from __future__ import annotations

from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_filter import TreeFilterModel
from soyuz_gui.models.tree_kinds import GroupBy, NodeKind
from soyuz_gui.widgets.mission_tree import MissionTree


def _built(model: MissionTreeModel) -> int:
    """Rows that exist as nodes now (without building any)."""
    count, pending = 0, list(model._root.children)
    while pending:
        node = pending.pop()
        count += 1
        pending.extend(node.children)
    return count


def _first_screen_rows(catalog) -> int:
    """What the first screen needs: the grouping rows and one row per mission."""
    return len(catalog.programmes()) + len(catalog.missions()) + 1  # + "Other missions" at most


def test_the_tree_widget_at_start_up_builds_no_row_under_a_mission(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.resize(380, 800)
    tree.show()
    qtbot.waitExposed(tree)
    assert _built(tree.model) <= _first_screen_rows(catalog)
    assert tree.view.model() is tree.model  # no filter proxy mapping every row while nothing is typed
    assert tree.proxy.sourceModel() is None
    top = tree.model.index(0, 0)
    assert tree.view.isExpanded(top)  # programmes open, missions closed but showing that they have rows
    mission = tree.model.index(0, 0, top)
    assert tree.model.hasChildren(mission)
    assert _built(tree.model) <= _first_screen_rows(catalog)


def test_expanding_a_mission_builds_its_rows_only(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    index = tree.model.index_for_entity("soyuz-ms-07")  # hands out the rest of its group's mission rows
    before = _built(tree.model)
    tree.view.expand(index)
    assert [tree.model.index(r, 0, index).data() for r in range(tree.model.rowCount(index))] == \
        ["Crew", "Backup crew", "Dockings", "Events", "References"]
    assert before < _built(tree.model) < before + 80


def test_the_filter_finds_a_crew_member_under_a_mission_that_was_never_opened(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.filter_box.setText("ms-07 kanai")
    proxy = tree.proxy
    found = []
    pending = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    while pending:
        index = pending.pop()
        if index.data(Role.KIND) == NodeKind.PERSON:
            found.append((index.data(), index.parent().parent().data()))
        pending.extend(proxy.index(r, 0, index) for r in range(proxy.rowCount(index)))
    assert ("Norishige Kanai", "Soyuz MS-07") in found


def test_a_person_stands_for_their_first_seat_in_tree_order_whatever_was_built_first(catalog):
    eager = MissionTreeModel(catalog)
    eager._complete_index()
    lazy = MissionTreeModel(catalog)
    late = lazy.index_for_entity("soyuz-ms-20")
    lazy.rowCount(late)  # build a later mission first
    for person in ("anton-shkaplerov", "oleg-kononenko", "norishige-kanai"):
        expected = eager.index_for_entity(person)
        got = lazy.index_for_entity(person)
        assert got.isValid()
        assert (got.parent().parent().data(Role.ENTITY_ID), got.row()) == \
            (expected.parent().parent().data(Role.ENTITY_ID), expected.row()), person


def test_the_groupings_other_tests_do_not_cover_pass_the_model_tester_lazily(qtmodeltester, catalog):
    model = MissionTreeModel(catalog)
    for group_by in (GroupBy.GENERATION, GroupBy.STATION, GroupBy.DECADE):
        model.set_group_by(group_by)
        qtmodeltester.check(model)
    proxy = TreeFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
