"""A batched tree model (issue 19) hands a group's missions out through fetchMore() and writes a mission row's
texts only when data() asks, yet answers every question as the model that builds every row at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_kinds import GroupBy

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
         Role.ENTITY_ID, Role.KIND, Role.SEARCH_TEXT, Role.SORT_KEY)


def _missions_built(model: MissionTreeModel) -> int:
    return sum(len(group.children) for group in model._root.children)


def _rows(model: MissionTreeModel) -> list[tuple]:
    """Every group and mission row: both columns, every role."""
    found = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for parent, row in [(group.parent(), g), *((group, m) for m in range(model.rowCount(group)))]:
            found.append(tuple(model.index(row, column, parent).data(role) for column in (0, 1) for role in ROLES))
    return found


def test_a_batched_model_makes_no_mission_row_until_a_view_fetches_one(catalog):
    model = MissionTreeModel(catalog, batch_size=10)
    assert _missions_built(model) == 0
    soyuz = model.index_for_entity("soyuz")
    assert model.hasChildren(soyuz) and model.canFetchMore(soyuz) and model.rowCount(soyuz) == 0
    model.fetchMore(soyuz)
    assert model.rowCount(soyuz) == 10 == _missions_built(model)
    assert all(node.plain is not None for node in model._root.children[soyuz.row()].children)  # no text written yet
    assert model.fetching()
    model.fetch_all()
    assert not model.fetching() and not model.canFetchMore(soyuz)
    assert _missions_built(model) == len(catalog.missions())


def test_batched_rows_read_as_the_rows_built_at_once_in_every_grouping(catalog):
    for group_by in GroupBy:
        eager, batched = MissionTreeModel(catalog), MissionTreeModel(catalog, batch_size=7)
        eager.set_group_by(group_by)
        batched.set_group_by(group_by)
        batched.fetch_some(25)  # part of the first group or two, then all of it
        batched.fetch_all()
        assert _rows(batched) == _rows(eager), group_by


def test_a_look_up_before_any_fetch_finds_the_row_an_eager_build_has(catalog):
    for group_by, entities in ((GroupBy.PROGRAMME, ("soyuz-ms-07", "soyuz", "norishige-kanai")),
                               (GroupBy.EXPEDITION, ("soyuz-ms-07", "iss-expedition-54", "soyuz-tma-1")),
                               (GroupBy.YEAR, ("soyuz-ms-07",))):
        eager, batched = MissionTreeModel(catalog), MissionTreeModel(catalog, batch_size=5)
        eager.set_group_by(group_by)
        batched.set_group_by(group_by)
        for entity in entities:
            want, got = eager.index_for_entity(entity), batched.index_for_entity(entity)
            assert got.isValid(), (group_by, entity)
            assert (got.row(), got.parent().row(), got.parent().parent().row()) == \
                (want.row(), want.parent().row(), want.parent().parent().row()), (group_by, entity)


def test_the_batched_model_passes_the_model_tester_before_and_after_fetches(qtmodeltester, catalog):
    # One model per state: the tester stays attached and re-walks the model (fetching) inside our own inserts.
    for group_by, fetched in ((GroupBy.PROGRAMME, 0), (GroupBy.PROGRAMME, 40), (GroupBy.EXPEDITION, 0),
                              (GroupBy.EXPEDITION, None)):
        model = MissionTreeModel(catalog, batch_size=16)
        model.set_group_by(group_by)
        if fetched is None:
            model.fetch_all()
        else:
            model.fetch_some(fetched)
        qtmodeltester.check(model)  # fetches a batch of every group it walks
