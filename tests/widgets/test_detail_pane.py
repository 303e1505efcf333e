from PySide6.QtCore import QUrl

from soyuz_gui.widgets.detail_pane import DetailPane


def test_shows_an_entity_and_emits_internal_links(qtbot, catalog):
    pane = DetailPane(catalog)
    qtbot.addWidget(pane)
    pane.show_entity("soyuz-ms-07")
    assert "Soyuz MS-07" in pane.toPlainText()
    assert pane.entity_id == "soyuz-ms-07"
    with qtbot.waitSignal(pane.entity_requested) as blocker:
        pane.anchorClicked.emit(QUrl("soyuz:anton-shkaplerov"))
    assert blocker.args == ["anton-shkaplerov"]


def test_links_in_the_page_point_at_entities(qtbot, catalog):
    pane = DetailPane(catalog)
    qtbot.addWidget(pane)
    pane.show_entity("soyuz-ms-07")
    html = pane.toHtml()
    for target in ["anton-shkaplerov", "iss-expedition-55", "soyuz-ms-13", "baikonur-site-1-5"]:
        assert f"soyuz:{target}" in html


def test_refresh_keeps_the_entity(qtbot, catalog):
    pane = DetailPane(catalog)
    qtbot.addWidget(pane)
    pane.show_entity("iss")
    pane.refresh()
    assert "Rassvet nadir" in pane.toPlainText()
