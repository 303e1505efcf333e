"""Languages in the kiosk: a visitor's tap on EN / РУС / 日本語 re-builds the whole screen in that language, and the
idle reset brings back the operator's default language.

The main window is rebuilt (see :mod:`soyuz_gui.app.language_switch`); the kiosk moves with it: the old controller
is uninstalled and a new one, with the same configuration and heartbeat, is installed on the new window before the
visitor's page and tab are put back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.session import Phase
from soyuz_gui.app.language_switch import WindowRebuilder

if TYPE_CHECKING:
    from soyuz_gui.app.main_window import MainWindow

log = logging.getLogger("soyuz_gui.kiosk")


class KioskLanguages(QObject):
    """Keeps one controller on whichever window is current; ``controller`` is the one installed now."""

    def __init__(self, controller: KioskController, window: MainWindow, switcher: LanguageSwitcher,
                 default_language: str, *, full_screen: bool = True, start_timer: bool = True,
                 home_fallback: str | None = None) -> None:
        super().__init__(window)  # moved to each new window: gone (and disconnected) with the last one
        self.setObjectName("kioskLanguages")
        self.controller = controller
        self.default_language = default_language
        self._switcher = switcher
        self._full_screen = full_screen
        self._start_timer = start_timer
        self._home_fallback = home_fallback
        self._visitor_switch = False
        self.rebuilder = WindowRebuilder(window, switcher, before_show=self._move_kiosk)
        self._connect(controller)

    @property
    def window(self) -> MainWindow:
        return self.rebuilder.window

    def detach(self) -> None:
        """Stop switching (the kiosk is being taken down)."""
        self.rebuilder.detach()

    def _connect(self, controller: KioskController) -> None:
        controller.language_requested.connect(self.visitor_chose)
        controller.session_reset.connect(self.back_to_default)

    def visitor_chose(self, language: str) -> None:
        log.info("visitor chose the language %s", language)
        self._visitor_switch = True
        try:
            self._switcher.switch(language)
        finally:
            self._visitor_switch = False

    def back_to_default(self) -> None:
        """After the idle reset: the next visitor finds the exhibit in the operator's language."""
        if self._switcher.language != self.default_language:
            log.info("idle reset: back to the default language %s", self.default_language)
            self._switcher.switch(self.default_language)

    def _move_kiosk(self, _old: MainWindow, new: MainWindow) -> None:
        old = self.controller
        visiting = old.session.phase != Phase.ATTRACT  # a first tap on a home-screen language starts the visit
        heartbeat, old.heartbeat = old.heartbeat, None
        old.uninstall()
        controller = KioskController(new, old.config, clock=old.clock, home_fallback=self._home_fallback,
                                     animate=old.animate)
        controller.heartbeat = heartbeat
        controller.install(full_screen=self._full_screen, start_timer=self._start_timer)
        old.deleteLater()
        self.controller = controller
        self.setParent(new)
        self._connect(controller)
        if self._visitor_switch:
            # The tap was a visitor's: they stay where they were (the rebuilder puts the page back) and active.
            if visiting:
                controller.continue_visit()
            else:
                controller.note_input()
