import pytest
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


def test_a_mission_whose_file_has_an_error_says_so_on_its_page(qtbot, tmp_path):
    """In the window: an extra data folder's MS-07 names an agency that does not exist; its page carries a box."""
    from soyuz_gui.app.main import load_data
    from soyuz_gui.app.main_window import MainWindow
    from soyuz_gui.app.settings import Settings
    from soyuz_gui.paths import data_dir

    folder = tmp_path / "extra" / "missions"
    folder.mkdir(parents=True)
    text = (data_dir() / "missions" / "soyuz-ms-07.yaml").read_text(encoding="utf-8")
    (folder / "soyuz-ms-07.yaml").write_text(text.replace("agency: roscosmos", "agency: roskosmos", 1),
                                             encoding="utf-8")
    window = MainWindow(load_data([tmp_path / "extra"]), Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_entity("soyuz-ms-07")
    page = window.details.toPlainText()
    assert "The data file of this page has problems" in page
    assert "unknown agency id 'roskosmos'" in page
    window.show_entity("soyuz-ms-06")
    assert "The data file of this page" not in window.details.toPlainText()
    pane = DetailPane(window.catalog)  # the explicit way, for a window that hands the problems over
    qtbot.addWidget(pane)
    pane.set_problems(window.load_result.problems)
    pane.show_entity("soyuz-ms-07")
    assert "unknown agency id 'roskosmos'" in pane.toPlainText()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_pages_never_scroll_sideways(qtbot, catalog, language, lang):
    """Pages reflow to the pane's width: a row of cards one pixel too wide gave every page a horizontal scroll bar."""
    if lang != "en":
        language(lang)
    pane = DetailPane(catalog)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    for width in range(600, 1400, 47):  # narrower, a person's tables need their room and may scroll
        pane.resize(width, 600)
        for entity_id in ("soyuz-ms-07", "anton-shkaplerov", "iss"):
            pane.show_entity(entity_id)
            qtbot.wait(10)  # the scroll range follows the layout on the next turn of the event loop
            assert pane.horizontalScrollBar().maximum() == 0, (entity_id, width)
