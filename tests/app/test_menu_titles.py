"""Menus name the app by its title in the interface language, not by the English product name (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from soyuz_gui import APP_NAME
from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from soyuz_gui.models.app_name import app_title


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        texts.append(action.statusTip())
        if action.menu() is not None:
            texts.extend(menu_texts(action.menu()))
    return texts


@pytest.mark.parametrize("code", ["ru", "ja"])
def test_no_menu_text_has_the_english_name(qtbot, bundled, switcher: LanguageSwitcher, code: str) -> None:
    switcher.switch(code)
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    assert app_title() != APP_NAME
    texts = [text for action in window.menuBar().actions() if isinstance(action.menu(), QMenu)
             for text in menu_texts(action.menu())]
    assert texts and not [text for text in texts if APP_NAME in text]
    assert app_title() in window.about_action.text().replace("&", "")
