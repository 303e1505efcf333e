"""The tree widget at start-up makes mission rows for its first screen only and fetches the rest after the first
paint (issue 19); whatever needs every mission right away (the filter, a look-up, a grouping, the keyboard) has
them all."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import Qt

from soyuz_gui.domain import Catalog, Mission
from soyuz_gui.domain.entities import Programme
from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_filter import TreeFilterModel
from soyuz_gui.models.tree_kinds import GroupBy
from soyuz_gui.widgets.mission_tree import BATCH, MissionTree


@pytest.fixture(scope="module")
def big(bundled) -> Catalog:
    """The bundled data with every mission there eight times (renamed copies): about 1,800 missions."""
    entities = list(bundled.catalog)
    missions = [e for e in entities if isinstance(e, Mission)]
    copies = [msgspec.structs.replace(m, id=f"{m.id}-x{n}", name=f"{m.name} x{n}") for n in range(1, 8)
              for m in missions]
    return Catalog([*entities, *copies])


def _mission_ids(model) -> list[str]:
    """Every mission row the model has handed out, in tree order (without building anything)."""
    return [node.entity_id for group in model._root.children for node in group.children]


def _eager_ids(catalog: Catalog, group_by: GroupBy = GroupBy.PROGRAMME) -> list[str]:
    model = MissionTreeModel(catalog)
    model.set_group_by(group_by)
    return _mission_ids(model)


def test_start_up_makes_rows_for_the_first_screen_and_the_rest_arrive_after_the_first_paint(qtbot, big):
    tree = MissionTree(big)
    qtbot.addWidget(tree)
    tree.resize(400, 700)
    groups = tree.model.rowCount()
    assert len(_mission_ids(tree.model)) <= 2 * BATCH * groups < len(big.missions()) / 2
    tree.show()
    qtbot.waitExposed(tree)
    first = tree.model.index(0, 0)
    assert tree.view.isExpanded(first) and tree.view.visualRect(tree.model.index(0, 0, first)).isValid()
    qtbot.waitUntil(lambda: not tree.model.fetching(), timeout=5000)
    assert _mission_ids(tree.model) == _eager_ids(big)
    assert all(tree.view.isExpanded(tree.model.index(row, 0)) for row in range(groups))


def test_right_after_start_up_the_filter_and_look_ups_see_every_mission(qtbot, big):
    tree = MissionTree(big)
    qtbot.addWidget(tree)
    assert tree.model.fetching()  # nothing has run the idle fetches
    late = big.missions()[-1]
    assert tree.select_entity(late.id)
    assert tree.current_entity() == late.id
    tree.filter_box.setText("soyuz ms-07 x7")
    shown, pending = [], [tree.proxy.index(r, 0) for r in range(tree.proxy.rowCount())]
    while pending:
        index = pending.pop(0)
        shown.append(index.data(Role.ENTITY_ID))
        pending.extend(tree.proxy.index(r, 0, index) for r in range(tree.proxy.rowCount(index)))
    assert "soyuz-ms-07-x7" in shown
    assert not tree.no_matches.isVisible()


def test_a_grouping_chosen_right_after_start_up_lists_every_mission(qtbot, big):
    tree = MissionTree(big)
    qtbot.addWidget(tree)
    tree.set_group_by(GroupBy.YEAR)
    assert tree.model.index_for_entity("soyuz-ms-07-x7").parent().data() == "2017"
    tree.model.fetch_all()
    assert _mission_ids(tree.model) == _eager_ids(big, GroupBy.YEAR)
    tree.filter_box.setText("ms-07")
    tree.set_group_by(GroupBy.DECADE)  # while filtering: the filter sees every mission of the new grouping
    eager = MissionTreeModel(big)
    eager.set_group_by(GroupBy.DECADE)
    reference = TreeFilterModel()
    reference.setSourceModel(eager)
    reference.set_query("ms-07")
    assert _filtered_missions(tree.proxy) == _filtered_missions(reference)
    assert {"soyuz-ms-07", "soyuz-ms-07-x7"} <= _filtered_missions(tree.proxy)


def _filtered_missions(proxy) -> set[str]:
    groups = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    return {proxy.index(r, 0, g).data(Role.ENTITY_ID) for g in groups for r in range(proxy.rowCount(g))}


def test_end_goes_to_the_last_mission_even_before_the_rest_arrived(qtbot, big):
    tree = MissionTree(big)
    qtbot.addWidget(tree)
    tree.resize(400, 700)
    tree.show()
    tree.view.setCurrentIndex(tree.model.index(0, 0))
    tree.view.setFocus()
    qtbot.keyClick(tree.view, Qt.Key.Key_End)
    last_group = tree.model.index(tree.model.rowCount() - 1, 0)
    last = tree.model.index(tree.model.rowCount(last_group) - 1, 0, last_group)
    assert tree.view.currentIndex() == last
    assert last.data(Role.ENTITY_ID) == _eager_ids(big)[-1]


@pytest.fixture(scope="module")
def many_programmes(bundled) -> Catalog:
    """The bundled data copied six times, programmes included (renamed): six times the groups of the tree."""
    entities = list(bundled.catalog)
    copies = []
    for n in range(1, 6):
        for entity in entities:
            if isinstance(entity, Mission):
                copies.append(msgspec.structs.replace(entity, id=f"{entity.id}-x{n}",
                                                      programme=f"{entity.programme}-x{n}"))
            elif isinstance(entity, Programme):
                copies.append(msgspec.structs.replace(entity, id=f"{entity.id}-x{n}", name=f"{entity.name} x{n}"))
    return Catalog([*entities, *copies])


def test_only_the_groups_of_the_first_screen_open_before_it_paints_and_the_rest_right_after(qtbot, many_programmes):
    tree = MissionTree(many_programmes)
    qtbot.addWidget(tree)
    tree.resize(400, 700)
    groups = tree.model.rowCount()
    opened = [row for row in range(groups) if tree.view.isExpanded(tree.model.index(row, 0))]
    assert opened == list(range(len(opened))) and 0 < len(opened) < groups
    before_last = sum(1 + tree.model.rows_to_come(tree.model.index(row, 0)) for row in opened[:-1])
    enough = tree.first_screen_rows()
    assert before_last < enough <= before_last + 1 + tree.model.rows_to_come(tree.model.index(opened[-1], 0))
    screen = tree.screen().availableGeometry().height()
    assert enough * tree.view.sizeHintForRow(0) >= screen  # the screen's worth of rows, even at full height
    tree.view.doItemsLayout()
    assert len(_mission_ids(tree.model)) <= BATCH * len(opened)  # rows for the open groups alone
    tree.show()
    qtbot.waitExposed(tree)
    qtbot.waitUntil(lambda: not tree.model.fetching(), timeout=5000)
    assert all(tree.view.isExpanded(tree.model.index(row, 0)) for row in range(groups))
    assert _mission_ids(tree.model) == _eager_ids(many_programmes)
