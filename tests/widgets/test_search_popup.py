from PySide6.QtCore import Qt

from soyuz_gui.widgets.search_popup import SearchPopup


def test_typing_ranks_results_and_enter_opens_the_first(qtbot, catalog):
    popup = SearchPopup(catalog)
    qtbot.addWidget(popup)
    popup.open_search()
    qtbot.keyClicks(popup.query, "tingle")
    assert popup.results.count() >= 1
    assert "Scott D. Tingle" in popup.results.item(0).text()
    with qtbot.waitSignal(popup.entity_chosen) as blocker:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert blocker.args == ["scott-d-tingle"]
    assert not popup.isVisible()


def test_arrow_keys_move_through_results(qtbot, catalog):
    popup = SearchPopup(catalog)
    qtbot.addWidget(popup)
    popup.open_search()
    qtbot.keyClicks(popup.query, "soyuz ms")
    assert popup.results.currentRow() == 0
    qtbot.keyClick(popup.query, Qt.Key.Key_Down)
    qtbot.keyClick(popup.query, Qt.Key.Key_Down)
    assert popup.results.currentRow() == 2
    qtbot.keyClick(popup.query, Qt.Key.Key_Up)
    assert popup.results.currentRow() == 1
