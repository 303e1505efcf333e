"""The kiosk controller: the only code that reacts to kiosk mode.

It works on an ordinary main window from the outside, through the typed interface in host.py: an application-wide
event filter blocks shortcuts, quit keys, context menus and tool tips and notices every touch, click and key; window
flags, a touch bar and a style sheet give the large touch layout; overlays show the idle countdown, the attract banner
and the operator's PIN pad. All timing goes through an injectable clock and the Qt-free :class:`Session`, so tests
drive it with ``tick()``.

This module assembles the controller and holds its life cycle (install, tick, uninstall); each other job has its own
module: attract.py (the attract loop), idle_reset.py (countdown and reset), input_filter.py (blocked keys, taps),
zoom.py (touch zoom), admin_exit.py (the operator's exit), chrome.py (the window's kiosk look), screen_fit.py
(full screen), page_navigation.py (tabs and the overview page); controller_state.py declares what they share.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QLocale, QRect, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow

from soyuz_gui.app.kiosk.admin_exit import OPERATOR_EXIT_STATUS, AdminExit, corner_rect
from soyuz_gui.app.kiosk.attract import AttractLoop
from soyuz_gui.app.kiosk.chrome import KioskChrome
from soyuz_gui.app.kiosk.clock import Clock, MonotonicClock
from soyuz_gui.app.kiosk.config import KioskConfig
from soyuz_gui.app.kiosk.host import KioskHost
from soyuz_gui.app.kiosk.idle_reset import IdleReset
from soyuz_gui.app.kiosk.input_filter import InputFiltering, UrlSink, is_blocked_key
from soyuz_gui.app.kiosk.layout import KioskLayout
from soyuz_gui.app.kiosk.page_navigation import PageNavigation
from soyuz_gui.app.kiosk.screen_fit import ScreenFitting
from soyuz_gui.app.kiosk.session import Phase, Session, Tour
from soyuz_gui.app.kiosk.touch import MIN_TOUCH_PX, restore_timeline, size_widgets
from soyuz_gui.app.kiosk.usage import UsageCounter, usage_path
from soyuz_gui.app.kiosk.zoom import TouchZoom

# Importable from here as before the split (tests, launch.py, languages.py, benchmarks).
__all__ = ["OPERATOR_EXIT_STATUS", "KioskController", "corner_rect", "is_blocked_key"]

log = logging.getLogger("soyuz_gui.kiosk")

BLOCKED_SCHEMES = ("http", "https", "file", "mailto", "ftp")


class KioskController(AttractLoop, IdleReset, InputFiltering, TouchZoom, AdminExit, KioskChrome, ScreenFitting,
                      PageNavigation):
    """Owns kiosk behaviour for one main window. ``install()`` starts it, ``uninstall()`` undoes it (tests)."""

    def __init__(self, window: KioskHost, config: KioskConfig | None = None, *, clock: Clock | None = None,
                 home_fallback: str | None = None, tick_ms: int = 250, animate: bool = True,
                 on_exit: Callable[[], None] | None = None) -> None:
        if not isinstance(window, QMainWindow):
            raise TypeError(f"the kiosk drives a QMainWindow, not {type(window).__name__}")
        super().__init__(window)
        self.setObjectName("kioskController")
        self._window = window
        self._host = window
        self.config = config or KioskConfig()
        self.clock = clock or MonotonicClock()
        self._animate = animate
        self._on_exit = on_exit or (lambda: QApplication.exit(OPERATOR_EXIT_STATUS))
        self._on_stop = on_exit or (lambda: QApplication.exit(0))
        self._installed = False
        self._exiting = False
        self._full_screen = False
        self._cursor_hidden = False
        self._last_pointer = 0.0
        self._swallow_release = False
        self._taps = deque(maxlen=32)
        self._last_press_key = None
        self._pin_failures = 0
        self._locked_until = 0.0
        self._no_pin_warned = False
        self._app_font = None
        self._url_sink = UrlSink(self)
        self._clock_text = ""
        self._fitted_width = -1
        self._playback = None
        self._tap_tooltip = False
        self._press_position = None
        self._last_release_key = None
        self._playback_index = 0
        self._playback_step = 1.0
        self._playback_next = 0.0
        self._app_state = (True, False)
        self._screens_followed = False
        self.touch = MIN_TOUCH_PX
        self._timeline_lane = None
        self._watched_screen = None

        self.home = self._resolve_home(home_fallback)
        self.playlist = self._resolve_playlist()
        self.session = Session(self.config.dwell_seconds, self.config.idle_seconds, self.config.countdown_seconds)
        self.tour = Tour(self.playlist, self.config.steps)

        self._timer = QTimer(self)
        self._timer.setObjectName("kioskTick")
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

        self.touch_bar = None
        self.countdown = None
        self.pin_pad = None
        self.banner = None
        self.home_languages = None  # home-screen languages (home_languages.py)
        self.page_fitter = None
        self.heartbeat = None
        self._heartbeat_error: str | None = None
        self.tree_fitter = None
        self.layout = None
        self.usage = None
        self._visit_continues = False  # see continue_visit()

    @property
    def animate(self) -> bool:
        """Whether scrolling is animated (off for screenshots and tests)."""
        return self._animate

    # --- set-up -------------------------------------------------------------------------------------------

    def install(self, full_screen: bool = True, start_timer: bool = True) -> None:
        """Turn the window into a kiosk and start at the home screen with the attract loop running."""
        if self._installed:
            return
        self._installed = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app_state = (app.quitOnLastWindowClosed(),
                           app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs))
        app.setQuitOnLastWindowClosed(False)
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)  # so the filter can see them
        self._apply_font(app)
        self._apply_chrome()
        self._build_overlays()
        self._enable_kinetic_scrolling()
        self._fit_tree_columns()
        self._install_fitters()
        self._install_usage()
        self.layout = KioskLayout(self._window, self.touch_bar, self._splitter(),
                                  self.tree_fitter.fit if self.tree_fitter is not None else None)
        self._hide_file_controls()
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self._url_sink, "open_url")  # type: ignore[arg-type]
        app.installEventFilter(self)
        self._last_pointer = self.clock.now()
        self._handle(self.session.start(self.clock.now()))
        self._full_screen = full_screen
        if full_screen:
            self._window.showFullScreen()
            self._follow_screens()
            self.fit_to_screen()
        else:
            self._window.show()
        if start_timer:
            self._timer.start()
        log.info("kiosk started: home %s, %d missions in the attract loop, dwell %gs, idle %gs, countdown %gs",
                 self.home, len(self.playlist), self.config.dwell_seconds, self.config.idle_seconds,
                 self.config.countdown_seconds)
        if not self.config.pin_hash:
            log.warning("no pin_hash in the kiosk config: the operator exit is disabled (stop the service instead)")

    def uninstall(self) -> None:
        """Remove the event filter, timers, cursor override and URL handlers (the window keeps its layout)."""
        if not self._installed:
            return
        self._installed = False
        self._timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            if self._app_font is not None:
                app.setFont(self._app_font)
            app.setQuitOnLastWindowClosed(self._app_state[0])
            app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self._app_state[1])
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        restore_timeline(self._timeline_lane)
        self._timeline_lane = None
        self._show_cursor()

    # --- time ---------------------------------------------------------------------------------------------

    def tick(self) -> None:
        """Advance the kiosk to the clock's current time (the timer calls this; tests call it directly)."""
        now = self.clock.now()
        self._handle(self.session.tick(now))
        if self.session.phase == Phase.COUNTDOWN and self.countdown is not None:
            self.countdown.set_remaining(self.session.countdown_remaining(now), self.session.countdown,
                                         self.session.countdown_seconds_shown(now))
        self._advance_playback(now)
        if not self._cursor_hidden and now - self._last_pointer >= self.config.cursor_hide_seconds:
            self._hide_cursor()
        pad = self.pin_pad
        if pad is not None and pad.isVisible() and pad.locked:
            locked = self.lockout_remaining()
            if locked > 0:
                pad.show_locked(locked)
            else:
                pad.unlock()
        if pad is not None and pad.isVisible() and now - self.session.last_input >= \
                self.config.pin_pad_timeout_seconds:
            log.info("PIN pad closed after %.0f idle seconds", self.config.pin_pad_timeout_seconds)
            pad.close_pad()
        self._update_clock()
        self._beat()

    def _beat(self) -> None:
        beat = self.heartbeat
        if beat is None:
            return
        beat.beat(self.status())
        if beat.last_error != self._heartbeat_error:
            self._heartbeat_error = beat.last_error
            if beat.last_error:
                log.error("heartbeat: cannot write %s", beat.last_error)
            else:
                log.info("heartbeat: writing %s again", beat.path)

    def status(self) -> dict[str, object]:
        """What the kiosk is doing, for the heartbeat file."""
        window = self._window
        screen = self._target_screen()
        area = screen.geometry() if screen is not None else QRect()
        return {
            "phase": self.session.phase.name.lower(),
            "showing": self._host.current_entity(),
            "window": {"width": window.width(), "height": window.height(),
                       "fills_screen": window.geometry() == area if self._full_screen else None},
            "pin_locked_seconds": round(self.lockout_remaining()),
        }

    def _update_clock(self) -> None:
        text = time.strftime("%H:%M")
        if text != self._clock_text and self.touch_bar is not None:
            self._clock_text = text
            self.touch_bar.set_time_text(text)

    def note_input(self) -> None:
        """A visitor touched, clicked, typed or scrolled."""
        self._handle(self.session.touched(self.clock.now()))

    # --- usage counts (opt-in, usage.py) -----------------------------------------------------------------

    def _install_usage(self) -> None:
        if not self.config.usage_counts or self.usage is not None:
            return
        self.usage = UsageCounter(usage_path())
        self._host.entity_shown.connect(self._count_mission)

    def continue_visit(self) -> None:
        """The visitor carries on in this controller: their language switch rebuilt the window and the kiosk with it.

        The kiosk is active at once, and the counts show the language chosen, not a new session: a visitor who
        tries all three languages is still one visitor.
        """
        self._visit_continues = True
        try:
            self.note_input()
        finally:
            self._visit_continues = False

    def _count_session(self) -> None:
        """A visitor's first touch after the attract loop (or a reset) starts a session."""
        if self.usage is not None:
            if not self._visit_continues:
                self.usage.session()
            from soyuz_gui.app.i18n import normalise_language

            # the interface language; a locale the app is not translated into shows English
            self.usage.language(normalise_language(QLocale().name()) or "en")

    def _count_mission(self, entity_id: str) -> None:
        """Missions a visitor opens (not the ones the attract loop shows)."""
        if self.usage is None or self.session.phase != Phase.ACTIVE:
            return
        if any(m.id == entity_id for m in self._host.catalog.missions()):
            self.usage.mission(entity_id)

    # --- touch bar ----------------------------------------------------------------------------------------

    def _on_back_requested(self) -> None:
        self._host.go_back()

    def _on_home_requested(self) -> None:
        self.reset_to_home()

    def _on_zoom_in_requested(self) -> None:
        self.zoom(1)

    def _on_zoom_out_requested(self) -> None:
        self.zoom(-1)

    def _on_tab_changed(self, _index: int) -> None:
        # Panes may build their views lazily: give new ones kinetic scrolling and hide their file controls too.
        if self._installed:
            self._enable_kinetic_scrolling()
            self._hide_file_controls()
            size_widgets(self._window, self.touch)

    def _on_home_language(self, code: str) -> None:
        # home-screen languages: the header's switch (languages.py) rebuilds the window and its kiosk starts the
        # session there; with the same language (no rebuild) the session starts here.
        self.language_requested.emit(code)
        if self._installed:
            self.note_input()

    def _on_keep_exploring_clicked(self) -> None:
        self.note_input()
