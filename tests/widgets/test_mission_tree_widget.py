from PySide6.QtCore import Qt

from soyuz_gui.models.roles import Role
from soyuz_gui.widgets.mission_tree import FILTER_PAUSE_MS, MissionTree


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
    qtbot.waitUntil(lambda: tree.filtering() and tree.proxy.rowCount() == 1)  # once typing paused
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


def _shown_entities(tree):
    model = tree.view.model()
    found, pending = set(), [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop()
        found.add(index.data(Role.ENTITY_ID))
        pending.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found


def test_the_filter_forgives_typos_hyphens_and_zeros_like_the_global_search(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    for typed, expected in (("shkaplerv", "anton-shkaplerov"), ("kanay", "norishige-kanai"),
                            ("ms07", "soyuz-ms-07"), ("ms-7", "soyuz-ms-07"), ("Шкаплеров", "anton-shkaplerov")):
        tree.filter_box.setText(typed)
        assert expected in _shown_entities(tree), typed
        assert not tree.no_matches.isVisible()
    tree.filter_box.setText("ms-07 kanay")
    assert "soyuz-ms-07" in _shown_entities(tree)


def test_no_matches_is_said_instead_of_a_blank_tree(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.show()
    tree.filter_box.setText("xqzzyv")
    assert tree.view.model().rowCount() == 0
    assert tree.no_matches.isVisible()
    assert "xqzzyv" in tree.no_matches.text() and "No matches" in tree.no_matches.text()
    tree.filter_box.setText("")
    assert not tree.no_matches.isVisible()


def test_filtering_again_and_again_leaves_no_selection_models_behind(qtbot, catalog):
    """The kiosk filters on every visit: each switch of the view's model must not leave its old selection models."""
    from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject

    tree = MissionTree(catalog)
    qtbot.addWidget(tree)

    def selection_models() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len([o for o in tree.findChildren(QObject) if isinstance(o, QItemSelectionModel)])

    tree.filter_box.setText("ms-1")
    tree.filter_box.clear()
    before = selection_models()
    for word in ("ms-1", "expedition", "salyut") * 4:
        tree.filter_box.setText(word)
        tree.filter_box.clear()
    assert selection_models() == before


def test_typing_filters_once_when_it_pauses_and_enter_does_not_wait(qtbot, catalog, monkeypatch):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.show()
    queries: list[str] = []
    set_query = tree.proxy.set_query
    monkeypatch.setattr(tree.proxy, "set_query", lambda text: (queries.append(text), set_query(text)))
    qtbot.keyClicks(tree.filter_box, "kanai")
    assert queries == [] and not tree.filtering()  # no walk over every row per keystroke
    qtbot.waitUntil(lambda: queries == ["kanai"])
    assert tree.filtering() and tree.proxy.rowCount() == 1
    qtbot.keyClicks(tree.filter_box, " x")
    with qtbot.waitSignal(tree.entity_selected, timeout=1000, raising=False):
        qtbot.keyClick(tree.filter_box, Qt.Key.Key_Return)  # Enter filters at once, then jumps
    assert queries == ["kanai", "kanai x"]
    qtbot.keyClicks(tree.filter_box, "y")
    qtbot.keyClick(tree.filter_box, Qt.Key.Key_Escape)  # emptied before the pause: at once, and never the old text
    assert queries[-1] == "" and not tree.filtering()
    qtbot.wait(FILTER_PAUSE_MS * 2)
    assert queries[-1] == "" and not tree.filtering()


def test_text_set_by_the_program_filters_at_once(qtbot, catalog):
    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    tree.filter_box.setText("kanai")
    assert tree.filtering() and tree.proxy.rowCount() == 1
