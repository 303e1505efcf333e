from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_filter import TreeFilterModel
from soyuz_gui.models.tree_kinds import NodeKind


def _children(model, parent):
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def test_tree_model_passes_qt_model_tester(qtmodeltester, catalog):
    qtmodeltester.check(MissionTreeModel(catalog))


def test_filter_model_passes_qt_model_tester(qtmodeltester, catalog):
    proxy = TreeFilterModel()
    proxy.setSourceModel(MissionTreeModel(catalog))
    proxy.set_query("kanai")
    qtmodeltester.check(proxy)


def test_programme_mission_and_groups(catalog):
    model = MissionTreeModel(catalog)
    index = model.index_for_entity("soyuz-ms-07")
    assert index.data() == "Soyuz MS-07"
    assert index.data(Role.KIND) == NodeKind.MISSION
    assert index.parent().data(Role.ENTITY_ID) == "soyuz"
    groups = {child.data(): child for child in _children(model, index)}
    assert list(groups) == ["Crew", "Backup crew", "Dockings", "Events", "References"]
    crew = [(c.data(), model.index(c.row(), 1, c.parent()).data()) for c in _children(model, groups["Crew"])]
    assert crew == [("Anton Shkaplerov", "Commander"), ("Scott D. Tingle", "Flight Engineer 1"),
                    ("Norishige Kanai", "Flight Engineer 2")]
    backup = [c.data() for c in _children(model, groups["Backup crew"])]
    assert backup == ["Sergey Prokopyev", "Alexander Gerst", "Jeanette Epps"]
    events = [c.data() for c in _children(model, groups["Events"])]
    assert events[0] == "Launch of Soyuz MS-07"
    assert events[-1] == "Landing of Soyuz MS-07"
    assert len(_children(model, groups["References"])) >= 6


def test_filter_keeps_matching_rows_and_their_ancestors(catalog):
    model = MissionTreeModel(catalog)
    proxy = TreeFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("Norishige")
    top = _children(proxy, proxy.index(-1, -1).parent())
    assert [i.data() for i in top] == ["Soyuz programme"]
    missions = [i.data() for i in _children(proxy, top[0])]
    assert "Soyuz MS-07" in missions
    assert "Soyuz MS-01" not in missions
    proxy.set_query("")
    assert proxy.rowCount() == model.rowCount()


def test_filter_matches_every_word_in_any_order(catalog):
    proxy = TreeFilterModel()
    proxy.setSourceModel(MissionTreeModel(catalog))
    proxy.set_query("ms-07 docking")
    assert proxy.rowCount() == 1
    proxy.set_query("no-such-thing-anywhere")
    assert proxy.rowCount() == 0


def test_grouping_by_year_and_by_expedition(qtmodeltester, catalog):
    from soyuz_gui.models.tree_kinds import GroupBy

    model = MissionTreeModel(catalog)
    model.set_group_by(GroupBy.YEAR)
    qtmodeltester.check(model)
    years = [i.data() for i in _children(model, model.index(-1, -1).parent())]
    assert years == sorted(years) and years[0] == "1967" and {"2016", "2017"} <= set(years)
    assert model.index_for_entity("soyuz-ms-07").parent().data() == "2017"
    model.set_group_by(GroupBy.EXPEDITION)
    qtmodeltester.check(model)
    exp54 = model.index_for_entity("iss-expedition-54")
    assert exp54.data() == "Expedition 54"
    ships = [i.data() for i in _children(model, exp54)]
    assert "Soyuz MS-07" in ships
