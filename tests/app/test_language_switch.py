"""Switching the interface language while the app runs (issue 17): View → Language, the rebuilt window, settings."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.app.language_switch import WindowRebuilder
from soyuz_gui.app.main import load_data
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from soyuz_gui.models.tree_kinds import GroupBy

# What each language must show: the File menu, the Timeline tab, the Crew heading on a mission page, and a data
# text of Soyuz MS-07 (its first note) in that language.
EXPECTED = {
    "en": {"menu": "File", "tab": "Timeline", "heading": "Crew"},
    "ru": {"menu": "Файл", "tab": "Хронология", "heading": "Экипаж"},
    "ja": {"menu": "ファイル(F)", "tab": "タイムライン", "heading": "クルー"},
}


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def headings(window: MainWindow) -> list[str]:
    document = window.details.document()
    block, found = document.begin(), []
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block.text().strip())
        block = block.next()
    return found


def first_note(window: MainWindow, language: str) -> str:
    text, _ = window.catalog.text("soyuz-ms-07", "notes[0]", window.catalog.mission("soyuz-ms-07").notes[0].text,
                                  language)
    return text


def test_switcher_swaps_translators_and_locale(switcher: LanguageSwitcher, qapp: QApplication) -> None:
    seen: list[str] = []
    switcher.language_changed.connect(seen.append)
    assert switcher.switch("ru")
    assert QLocale().language() == QLocale.Language.Russian
    assert qapp.translate("MainWindow", "&File") == "&Файл"
    assert not switcher.switch("ru")  # already: nothing to do
    assert not switcher.switch("xx")  # unknown
    assert switcher.switch("ja")
    assert QLocale().language() == QLocale.Language.Japanese
    assert switcher.switch("en")
    assert qapp.translate("MainWindow", "&File") == "&File"
    assert seen == ["ru", "ja", "en"]


def test_window_switches_en_ru_ja_en_and_keeps_the_users_place(qtbot, switcher: LanguageSwitcher) -> None:
    settings = Settings()
    window = MainWindow(load_data([]), settings, loader=load_data)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.show_entity("soyuz-ms-06")
    window.show_entity("soyuz-ms-07")
    window.tree.set_group_by(GroupBy.DECADE)
    window.tree.filter_box.setText("soyuz ms")
    rebuilder = WindowRebuilder(window, switcher)
    assert first_note(window, "ru") != first_note(window, "en")  # the data has the note in Russian

    for language in ("ru", "ja", "en"):
        old = rebuilder.window
        language_action = old.findChild(type(old.quit_action), f"language-{language}")
        assert language_action is not None
        language_action.trigger()
        window = rebuilder.window
        qtbot.addWidget(window)
        assert window is not old and window.isVisible()
        expected = EXPECTED[language]
        assert expected["menu"] in menu_titles(window)
        assert expected["tab"] in tab_titles(window)
        assert expected["heading"] in headings(window)
        assert first_note(window, language) in window.details.toPlainText()
        # The user lands where they were.
        assert window.current_entity() == "soyuz-ms-07"
        assert window.tree.current_entity() == "soyuz-ms-07"
        assert window.tree.model.group_by == GroupBy.DECADE
        assert window.tree.filter_box.text() == "soyuz ms"
        assert window.size().width() == 1000
        window.go_back()
        assert window.current_entity() == "soyuz-ms-06"
        window.go_forward()
        assert window.current_entity() == "soyuz-ms-07"
        checked = [a.data() for a in window.findChildren(type(window.quit_action)) if a.isChecked()
                   and str(a.objectName()).startswith("language-")]
        assert checked == [language]
        assert Settings().language() == language  # saved for the next start
    rebuilder.detach()


def test_tab_tree_expansion_and_page_scroll_survive_a_switch(qtbot, switcher: LanguageSwitcher) -> None:
    window = MainWindow(load_data([]), Settings(), loader=load_data)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    window.show_entity("soyuz-ms-07")
    view, model = window.tree.view, window.tree.view.model()
    view.collapseAll()
    view.expand(model.index(1, 0))  # only the second group open: not what a new window shows
    window.show_tab("aboard")
    rebuilder = WindowRebuilder(window, switcher)
    switcher.switch("ru")
    new = rebuilder.window
    qtbot.addWidget(new)
    assert new.tabs.currentWidget().objectName() == "aboardTab"
    rows = range(new.tree.view.model().rowCount())
    assert [row for row in rows if new.tree.view.isExpanded(new.tree.view.model().index(row, 0))] == [1]
    # A page scrolled half way is still about half way in the other language.
    new.show_tab("overview")
    bar = new.details.verticalScrollBar()
    if bar.maximum() > 0:
        bar.setValue(bar.maximum() // 2)
        switcher.switch("en")
        again = rebuilder.window
        qtbot.addWidget(again)
        again_bar = again.details.verticalScrollBar()
        qtbot.waitUntil(lambda: abs(again_bar.value() / max(1, again_bar.maximum()) - 0.5) < 0.1)
    rebuilder.detach()


def test_saved_language_is_used_at_the_next_start(qapp: QApplication) -> None:
    settings = Settings()
    assert settings.language() is None
    settings.set_language("ja")
    assert Settings().language() == "ja"
    settings.set_language("xx")
    assert Settings().language() is None
