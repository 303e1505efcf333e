"""View → Language: the three interface languages, each written in its own language, the current one checked.

Choosing one switches at once (:class:`~soyuz_gui.app.i18n.LanguageSwitcher`; the window is rebuilt by
:class:`~soyuz_gui.app.language_switch.WindowRebuilder`) and is saved for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from soyuz_gui.app.i18n import LANGUAGES, NATIVE_NAMES, language_switcher
from soyuz_gui.app.settings import Settings


def add_language_menu(view_menu: QMenu, settings: Settings) -> QMenu:
    """Add the Language submenu to ``view_menu``; its actions carry the language code as data."""
    menu = view_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = language_switcher().language
    for code in LANGUAGES:
        action = QAction(NATIVE_NAMES[code], menu, checkable=True)
        action.setObjectName(f"language-{code}")
        action.setData(code)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(c, settings))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(code: str, settings: Settings) -> None:
    """Save the choice first: the window that made it is replaced while the switch runs."""
    settings.set_language(code)
    language_switcher().switch(code)
