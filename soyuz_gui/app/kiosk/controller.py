"""The kiosk controller: the only code that reacts to kiosk mode.

It works on an ordinary :class:`MainWindow` from the outside: an application-wide event filter blocks shortcuts,
quit keys, context menus and tool tips and notices every touch, click and key; window flags, a touch bar and a style
sheet give the large touch layout; overlays show the idle countdown, the attract banner and the operator's PIN pad.
All timing goes through an injectable clock and the Qt-free :class:`Session`, so tests drive it with ``tick()``.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCursor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QScreen,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QScroller,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QTreeView,
    QWidget,
)
from shiboken6 import Shiboken

from soyuz_gui.app.kiosk.attract_banner import AttractBanner
from soyuz_gui.app.kiosk.clock import Clock, MonotonicClock
from soyuz_gui.app.kiosk.config import Corner, KioskConfig, Step, verify_pin
from soyuz_gui.app.kiosk.countdown import CountdownOverlay
from soyuz_gui.app.kiosk.filter_row import fit_filter_row  # the filter's hint shown whole
from soyuz_gui.app.kiosk.fit import PageFitter, TreeFitter
from soyuz_gui.app.kiosk.heartbeat import Heartbeat
from soyuz_gui.app.kiosk.home_languages import HomeLanguageBar, takes_waking_touch  # home-screen languages
from soyuz_gui.app.kiosk.layout import Density, KioskLayout, body_point_size, screen_density
from soyuz_gui.app.kiosk.memory import trim_heap
from soyuz_gui.app.kiosk.pin_pad import PinPadOverlay, tries_left_text
from soyuz_gui.app.kiosk.session import Happened, Phase, Session, Tour
from soyuz_gui.app.kiosk.style import touch_style_sheet
from soyuz_gui.app.kiosk.touch import MIN_TOUCH_PX, restore_timeline, size_timeline, size_widgets
from soyuz_gui.app.kiosk.touch_bar import TouchBar
from soyuz_gui.app.kiosk.usage import UsageCounter, usage_path

log = logging.getLogger("soyuz_gui.kiosk")

FALLBACK_HOME = "soyuz-ms-07"
MAX_PLAYBACK_ITEMS = 60
TAP_SLOP = 16  # px a finger may move between press and release and still count as a tap
OPERATOR_EXIT_STATUS = 10  # the service unit lists it in RestartPreventExitStatus= so an operator exit stays one
ZOOM_LIMITS = (-2, 6)  # steps of 2 points below and above the kiosk's base size
BLOCKED_SCHEMES = ("http", "https", "file", "mailto", "ftp")
KIOSK_HIDDEN = "kiosk_hidden"  # dynamic property on actions a visitor must not use (files, other windows)
HIDDEN_CONTROL_WORDS = ("export", "save", "open data", "opendata", "full screen", "fullscreen", "copy")
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_PRESS_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress)
_SWALLOWED = (QEvent.Type.Shortcut, QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.WhatsThis,
              QEvent.Type.QueryWhatsThis, QEvent.Type.WhatsThisClicked)
_FREE_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
              Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
              Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space,
              Qt.Key.Key_Delete}


def is_blocked_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Keys a visitor's keyboard must not use: Escape, function keys, system keys and every Ctrl/Alt/Meta chord.

    Plain typing, arrows, Tab, Enter and Backspace stay usable (the tree filter, the PIN pad).
    """
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    if modifiers & chord:
        return True
    if key in _FREE_KEYS:
        return False
    if key == Qt.Key.Key_Escape or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return True
    # Modifier keys themselves, media/system keys (Menu, Super, Sleep, Power, Close, Quit...) live above 0x01000000.
    return key >= Qt.Key.Key_Escape


def corner_rect(corner: Corner, width: int, height: int, size: int) -> QRect:
    """The square of the window where the operator's exit taps count."""
    left = 0 if corner in (Corner.TOP_LEFT, Corner.BOTTOM_LEFT) else width - size
    top = 0 if corner in (Corner.TOP_LEFT, Corner.TOP_RIGHT) else height - size
    return QRect(left, top, size, size)


class _UrlSink(QObject):
    """Receives links that would open a browser or a file manager: a visitor must never leave the app."""

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        log.info("blocked opening an external link: %s", url.toString())


class KioskController(QObject):
    """Owns kiosk behaviour for one main window. ``install()`` starts it, ``uninstall()`` undoes it (tests)."""

    attract_step_shown = Signal(str, str)  # mission id, step ("home" for the home screen)
    countdown_started = Signal()
    countdown_cancelled = Signal()
    session_reset = Signal()
    exit_gesture_detected = Signal()
    pin_rejected = Signal()
    exit_granted = Signal()
    input_blocked = Signal(str)
    language_requested = Signal(str)  # a visitor tapped a language button (launch.py switches and rebuilds)

    def __init__(self, window: QMainWindow, config: KioskConfig | None = None, *, clock: Clock | None = None,
                 home_fallback: str | None = None, tick_ms: int = 250, animate: bool = True,
                 on_exit: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("kioskController")
        self._window = window
        self.config = config or KioskConfig()
        self.clock: Clock = clock or MonotonicClock()
        self._animate = animate
        self._on_exit = on_exit or (lambda: QApplication.exit(OPERATOR_EXIT_STATUS))
        self._on_stop: Callable[[], None] = on_exit or (lambda: QApplication.exit(0))
        self._installed = False
        self._exiting = False
        self._full_screen = False
        self._cursor_hidden = False
        self._last_pointer = 0.0
        self._swallow_release = False
        self._taps: deque[float] = deque(maxlen=32)
        self._last_press_key: tuple[int, float, float] | None = None
        self._pin_failures = 0
        self._locked_until = 0.0
        self._no_pin_warned = False
        self._app_font: QFont | None = None
        self._url_sink = _UrlSink(self)
        self._clock_text = ""
        self._fitted_width = -1
        self._playback: tuple[QWidget, list[str]] | None = None
        self._tap_tooltip = False
        self._press_position: QPointF | None = None
        self._last_release_key: tuple[int, float, float] | None = None
        self._playback_index = 0
        self._playback_step = 1.0
        self._playback_next = 0.0
        self._app_state = (True, False)
        self._screens_followed = False
        self.touch = MIN_TOUCH_PX
        self._timeline_lane: int | None = None
        self._watched_screen: QScreen | None = None

        self.home = self._resolve_home(home_fallback)
        self.playlist = self._resolve_playlist()
        self.session = Session(self.config.dwell_seconds, self.config.idle_seconds, self.config.countdown_seconds)
        self.tour = Tour(self.playlist, self.config.steps)

        self._timer = QTimer(self)
        self._timer.setObjectName("kioskTick")
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

        self.touch_bar: TouchBar | None = None
        self.countdown: CountdownOverlay | None = None
        self.pin_pad: PinPadOverlay | None = None
        self.banner: AttractBanner | None = None
        self.home_languages: HomeLanguageBar | None = None  # home-screen languages (home_languages.py)
        self.page_fitter: PageFitter | None = None
        self.heartbeat: Heartbeat | None = None
        self._heartbeat_error: str | None = None
        self.tree_fitter: TreeFitter | None = None
        self.layout: KioskLayout | None = None
        self.usage: UsageCounter | None = None

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

    # --- the screen ---------------------------------------------------------------------------------------

    def _follow_screens(self) -> None:
        """Refit when the window moves to another screen, the screen changes size, or screens come and go."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        if not self._screens_followed:
            self._screens_followed = True
            app.primaryScreenChanged.connect(self._on_screens_changed)
            app.screenAdded.connect(self._on_screens_changed)
            app.screenRemoved.connect(self._on_screens_changed)
            handle = self._window.windowHandle()
            if handle is not None:
                handle.screenChanged.connect(self._on_screens_changed)
        self._watch_screen(self._target_screen())

    def _watch_screen(self, screen: QScreen | None) -> None:
        if screen is self._watched_screen:
            return
        if self._watched_screen is not None and Shiboken.isValid(self._watched_screen):
            self._watched_screen.geometryChanged.disconnect(self._on_screen_geometry_changed)
        self._watched_screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_screen_geometry_changed)

    def _target_screen(self) -> QScreen | None:
        screen = self._window.screen()
        if screen is None or not Shiboken.isValid(screen) or screen.geometry().isEmpty():
            screen = QGuiApplication.primaryScreen()
        return screen

    def fit_to_screen(self) -> QRect | None:
        """Cover the whole screen the window is on.

        ``showFullScreen()`` only asks the window manager; with none (a bare X server, as exhibit PCs run) the
        window keeps its last normal size in the top-left corner. So the kiosk sets the screen's geometry itself;
        under a window manager that has already done it this changes nothing.
        """
        if not self._installed or not self._full_screen or self._exiting:
            return None
        screen = self._target_screen()
        if screen is None:
            return None
        area = screen.geometry()
        if self._window.geometry() != area:
            log.info("fitting the window to the screen %s: %dx%d at %d,%d", screen.name(), area.width(),
                     area.height(), area.x(), area.y())
            self._window.setGeometry(area)
        return area

    def _on_screens_changed(self, *_args: object) -> None:
        if self._installed:
            self._watch_screen(self._target_screen())
            QTimer.singleShot(0, self.fit_to_screen)

    def _on_screen_geometry_changed(self, _geometry: QRect) -> None:
        if self._installed:
            QTimer.singleShot(0, self.fit_to_screen)

    def _apply_font(self, app: QApplication) -> None:
        self._app_font = QFont(app.font())
        font = QFont(app.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        screen = self._target_screen()
        logical_dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        font.setPointSizeF(body_point_size(self._density(), base, self.config.font_scale, logical_dpi))
        app.setFont(font)

    def _density(self) -> Density:
        """The screen's pixels per millimetre (layout.py): text and touch sizes are set in millimetres."""
        return screen_density(self._target_screen(), self.config.screen_dpi)

    def _apply_chrome(self) -> None:
        window = self._window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        window.menuBar().hide()
        window.statusBar().hide()
        for dock in window.findChildren(QDockWidget):
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            dock.hide()
        self.touch = self._density().touch_px
        self._timeline_lane = size_timeline(self.touch)
        window.setStyleSheet(touch_style_sheet(self.config.font_scale, window.palette(), self.touch))
        size_widgets(window, self.touch)
        self.touch_bar = TouchBar(window, self.config.exit_corner_size)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.touch_bar)
        self.touch_bar.back_requested.connect(self._on_back_requested)
        self.touch_bar.home_requested.connect(self._on_home_requested)
        self.touch_bar.zoom_in_requested.connect(self._on_zoom_in_requested)
        self.touch_bar.zoom_out_requested.connect(self._on_zoom_out_requested)
        self.touch_bar.language_requested.connect(self.language_requested)
        self._update_clock()
        splitter = self._splitter()
        if splitter is not None:
            splitter.setHandleWidth(14)
        self._fit_splitter()
        tabs = self._tabs()
        if tabs is not None:
            tabs.setUsesScrollButtons(True)
            tabs.tabBar().setExpanding(False)
            tabs.currentChanged.connect(self._on_tab_changed)

    def _install_fitters(self) -> None:
        """Whole mission names in the tree and whole words on the pages at every text size (see fit.py)."""
        desktop = QFontMetrics(self._app_font).height() if self._app_font is not None else 16
        details = self._details()
        if details is not None and self.page_fitter is None:
            self.page_fitter = PageFitter(details, desktop)
        tree = self._window.findChild(QTreeView, "missionTree")
        if tree is not None and self.tree_fitter is None:
            self.tree_fitter = TreeFitter(tree, self._splitter(), self._window.width)
            self.tree_fitter.fit()
            fit_filter_row(self._window)  # the filter's hint shown whole (filter_row.py)

    def _fit_tree_columns(self) -> None:
        """Re-measure rows and the fixed-width columns in the larger font, so dates are not cut off."""
        for view in self._window.findChildren(QTreeView):
            view.doItemsLayout()
            if view.objectName() == "missionTree":
                continue  # the TreeFitter sizes the mission tree
            header = view.header()
            for column in range(1, header.count()):
                if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                    view.resizeColumnToContents(column)

    def _hide_file_controls(self) -> None:
        """Controls that save files or open other windows make no sense for a visitor: hide them."""
        for widget in self._window.findChildren(QWidget):
            name = widget.objectName().lower()
            if isinstance(widget, QAbstractButton):
                name += " " + widget.text().replace("&", "").lower()
            if any(word in name for word in HIDDEN_CONTROL_WORDS):
                widget.hide()
        for action in self._window.findChildren(QAction):
            text = action.text().replace("&", "").lower()
            # The marker is set where the action is made: it holds in every language, unlike the label's words.
            if action.property(KIOSK_HIDDEN) or any(word in text for word in HIDDEN_CONTROL_WORDS):
                action.setVisible(False)
                action.setEnabled(False)

    def _is_stray_window(self, widget: QWidget) -> bool:
        """A top-level window other than the kiosk's own (a full-screen image viewer, a detached panel...)."""
        if not widget.isWindow() or widget is self._window or isinstance(widget, QDialog):
            return False
        kind = widget.windowType()
        return kind in (Qt.WindowType.Window, Qt.WindowType.Tool)

    def _splitter(self) -> QSplitter | None:
        splitter = getattr(self._window, "splitter", None)
        return splitter if isinstance(splitter, QSplitter) else self._window.findChild(QSplitter, "mainSplitter")

    def _fit_splitter(self) -> None:
        """Give the tree what its names need (TreeFitter), else about a third of the screen."""
        splitter = self._splitter()
        width = self._window.width()
        if splitter is None or width == self._fitted_width or splitter.count() != 2 \
                or splitter.orientation() == Qt.Orientation.Vertical:  # portrait: KioskLayout sizes it
            return
        self._fitted_width = width
        if self.tree_fitter is not None:
            self.tree_fitter.fit()
            return
        tree = min(680, max(440, int(width * 0.32)))
        splitter.setSizes([tree, max(200, width - tree)])

    def _build_overlays(self) -> None:
        self.banner = AttractBanner(self._window, self.touch_bar.spacer if self.touch_bar is not None else None)
        # home-screen languages (home_languages.py): shown with the banner, switched like the header's buttons
        self.home_languages = HomeLanguageBar(self._window, self.banner, self.config.exit_corner_size)
        self.home_languages.language_requested.connect(self._on_home_language)
        self.countdown = CountdownOverlay(self._window)
        self.countdown.keep_exploring_clicked.connect(self._on_keep_exploring_clicked)
        self.pin_pad = PinPadOverlay(self._window)
        self.pin_pad.pin_entered.connect(self._on_pin_entered)
        self.pin_pad.cancelled.connect(self._on_pin_cancelled)

    def _enable_kinetic_scrolling(self) -> None:
        """Flick to scroll every scrolling view (a press without movement still clicks)."""
        for area in self._window.findChildren(QAbstractScrollArea):
            viewport = area.viewport()
            if not QScroller.hasScroller(viewport):
                QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def _resolve_home(self, fallback: str | None) -> str | None:
        catalog = getattr(self._window, "catalog", None)
        candidates = [self.config.home_mission, fallback, FALLBACK_HOME]
        for candidate in candidates:
            if candidate and catalog is not None and candidate in catalog:
                return candidate
        missions = catalog.missions() if catalog is not None else []
        return missions[0].id if missions else None

    def _resolve_playlist(self) -> list[str]:
        catalog = getattr(self._window, "catalog", None)
        if catalog is None:
            return []
        if self.config.playlist:
            return [m for m in self.config.playlist if m in catalog]
        missions = catalog.missions()
        crewed = [m.id for m in missions if m.vehicle_role == "crew" and m.crew]
        return crewed or [m.id for m in missions]

    # --- input ----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ToolTip and self._tap_tooltip:
            return False  # the one a tap asked for (see _show_tap_tooltip)
        if kind in _SWALLOWED:
            if kind == QEvent.Type.Shortcut:
                self.input_blocked.emit("shortcut")
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            # No file dialogs or message boxes for visitors: whatever opened it gets "cancelled".
            log.info("blocked a dialog: %s", watched.windowTitle() or type(watched).__name__)
            self.input_blocked.emit("dialog")
            QTimer.singleShot(0, watched.reject)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and self._is_stray_window(watched):
            log.info("blocked a separate window: %s", watched.objectName() or type(watched).__name__)
            self.input_blocked.emit("window")
            QTimer.singleShot(0, watched.close)
            return False
        if watched is self._window:
            if kind == QEvent.Type.Close and not self._exiting:
                event.ignore()
                log.info("blocked a request to close the window")
                self.input_blocked.emit("close")
                return True
            if kind == QEvent.Type.WindowStateChange and self._full_screen and not self._exiting:
                QTimer.singleShot(0, self._reassert_full_screen)
            elif kind in (QEvent.Type.Resize, QEvent.Type.Move):
                self._fit_splitter()
                if self._full_screen and not self._exiting:
                    QTimer.singleShot(0, self.fit_to_screen)  # a window manager or a stray resize moved it
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            if kind == QEvent.Type.KeyPress:
                self.note_input()
            if is_blocked_key(event.key(), event.modifiers()):
                if kind == QEvent.Type.KeyPress:
                    self.input_blocked.emit(f"key {event.keyCombination().toCombined():#x}")
                return True
            return False
        if kind in _PRESS_EVENTS and isinstance(event, QMouseEvent):
            return self._on_press(event, watched)
        if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
            self._swallow_release = False
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and isinstance(watched, QWidget):
            self._on_release(watched, event)
            return False
        if kind == QEvent.Type.MouseMove:
            self._last_pointer = self.clock.now()
            self._show_cursor()
            if isinstance(event, QMouseEvent) and event.buttons() != Qt.MouseButton.NoButton:
                self.note_input()  # a drag or a flick; a mere hover does not count as a visitor
            return False
        if kind == QEvent.Type.Wheel or kind in _TOUCH_EVENTS:
            self._last_pointer = self.clock.now()
            self.note_input()
        return False

    def _on_press(self, event: QMouseEvent, watched: QObject) -> bool:
        position = event.globalPosition()
        key = (int(event.timestamp()), position.x(), position.y())
        repeated = event.timestamp() != 0 and key == self._last_press_key
        self._last_press_key = key
        if repeated:  # the same press, delivered again to a parent widget
            return self._swallow_release
        self._last_pointer = self.clock.now()
        self._show_cursor()
        self._press_position = QPointF(position)
        QToolTip.hideText()
        local = self._window.mapFromGlobal(position.toPoint())
        self._count_corner_tap(local.x(), local.y())
        waking = self.session.phase in (Phase.ATTRACT, Phase.COUNTDOWN)
        if waking and takes_waking_touch(watched):
            return False  # home-screen languages: their click wakes the kiosk (_on_home_language)
        self.note_input()
        if waking:
            # The touch that wakes the kiosk only wakes it: it must not also follow a link by accident.
            self._swallow_release = True
            return True
        return False

    def _on_release(self, widget: QWidget, event: QMouseEvent) -> None:
        """A tap (press and release without a drag) shows what a mouse user would see on hover: the tool tip."""
        position = event.globalPosition()
        key = (int(event.timestamp()), position.x(), position.y())
        if event.timestamp() != 0 and key == self._last_release_key:
            return  # the same release, delivered again to a parent
        self._last_release_key = key
        press = self._press_position
        if press is None or abs(press.x() - position.x()) + abs(press.y() - position.y()) > TAP_SLOP:
            return
        local = event.position().toPoint()
        QTimer.singleShot(0, lambda: self._show_tap_tooltip(widget, local))

    def _show_tap_tooltip(self, widget: QWidget, local: QPoint) -> None:
        if not self._installed or not Shiboken.isValid(widget) or not widget.isVisible():
            return
        self._tap_tooltip = True
        try:
            QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, local, widget.mapToGlobal(local)))
        finally:
            self._tap_tooltip = False

    def note_input(self) -> None:
        """A visitor touched, clicked, typed or scrolled."""
        self._handle(self.session.touched(self.clock.now()))

    def _count_corner_tap(self, x: int, y: int) -> None:
        now = self.clock.now()
        area = corner_rect(self.config.corner, self._window.width(), self._window.height(),
                           self.config.exit_corner_size)
        if not area.contains(x, y):
            self._taps.clear()
            return
        self._taps.append(now)
        while self._taps and now - self._taps[0] > self.config.exit_tap_seconds:
            self._taps.popleft()
        if len(self._taps) >= self.config.exit_taps:
            self._taps.clear()
            self._on_exit_gesture()

    def _on_exit_gesture(self) -> None:
        self.exit_gesture_detected.emit()
        if not self.config.pin_hash:
            log.warning("operator exit gesture seen, but no pin_hash is configured: exit disabled")
            return
        locked = self.lockout_remaining()
        if locked > 0:
            log.warning("operator exit gesture: PIN entry locked for %.0f more seconds; the pad says so", locked)
        else:
            log.info("operator exit gesture: PIN pad shown")
        if self.countdown is not None:
            self.countdown.hide()
        if self.pin_pad is not None:
            self.pin_pad.open(locked)

    # --- time -----------------------------------------------------------------------------------------------

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
        current = getattr(window, "current_entity", lambda: None)()
        return {
            "phase": self.session.phase.name.lower(),
            "showing": current if isinstance(current, str) else None,
            "window": {"width": window.width(), "height": window.height(),
                       "fills_screen": window.geometry() == area if self._full_screen else None},
            "pin_locked_seconds": round(self.lockout_remaining()),
        }

    def _handle(self, happenings: list[Happened]) -> None:
        for happened in happenings:
            if happened == Happened.ATTRACT_STOPPED:
                self._count_session()
                self._stop_playback()
                if self.banner is not None:
                    self.banner.hide()
            elif happened == Happened.ATTRACT_STEP_DUE:
                self.show_next_attract_step()
            elif happened == Happened.COUNTDOWN_STARTED:
                if self.pin_pad is not None:
                    self.pin_pad.close_pad()
                if self.countdown is not None:
                    now = self.clock.now()
                    self.countdown.set_remaining(self.session.countdown_remaining(now), self.session.countdown,
                                                 self.session.countdown_seconds_shown(now))
                    self.countdown.show_over()
                self.countdown_started.emit()
            elif happened == Happened.COUNTDOWN_CANCELLED:
                if self.countdown is not None:
                    self.countdown.hide()
                self.countdown_cancelled.emit()
            elif happened == Happened.RESET_DUE:
                self.reset_to_home()
                self.tour.restart()
                if self.banner is not None:
                    self.banner.show_over()
                gc.collect()
                trim_heap()
                self.session_reset.emit()

    def _update_clock(self) -> None:
        text = time.strftime("%H:%M")
        if text != self._clock_text and self.touch_bar is not None:
            self._clock_text = text
            self.touch_bar.set_time_text(text)

    # --- what the screen shows ------------------------------------------------------------------------------

    def reset_to_home(self) -> None:
        """Close everything a visitor opened and show the home mission from the top."""
        self._stop_playback()
        self._close_stray_windows()
        if self.countdown is not None:
            self.countdown.hide()
        if self.pin_pad is not None:
            self.pin_pad.close_pad()
        self._pin_failures = 0
        filter_box = self._window.findChild(QLineEdit, "treeFilter")
        if filter_box is not None and filter_box.text():
            filter_box.clear()
        tree = self._window.findChild(QTreeView, "missionTree")
        if tree is not None:
            tree.collapseAll()
            tree.expandToDepth(0)
        self.reset_zoom()
        self._show_overview_tab()
        if self.home is not None:
            self._show_mission(self.home)
            self._scroll_details_to(0.0, animate=False)
            self.attract_step_shown.emit(self.home, "home")

    def show_next_attract_step(self) -> bool:
        """Show the next step of the tour that can be shown here (missing tabs or images are skipped)."""
        for _ in range(len(self.tour)):
            item = self.tour.next()
            if item is None:
                break
            mission, step = item
            try:
                shown = self._show_step(mission, step)
            except Exception:  # a broken pane must not stop the exhibit
                log.exception("attract step %s of %s failed", step.value, mission)
                shown = False
            if shown:
                self.attract_step_shown.emit(mission, step.value)
                return True
        return False

    def _show_step(self, mission: str, step: Step) -> bool:
        self._stop_playback()
        if step == Step.OVERVIEW:
            self._show_mission(mission)
            self._show_overview_tab()
            self._scroll_details_to(0.0)
            return True
        if step == Step.CREW:
            self._show_mission(mission)
            self._show_overview_tab()
            # The heading as the page writes it, in the interface language (English text is not on a Russian page).
            y = self._heading_y(QCoreApplication.translate("DetailPages", "Crew"))
            if y is None:
                return False
            self._scroll_details_to(y)
            return True
        if step in (Step.TIMELINE, Step.PATCH):
            # Panes may be built lazily when their tab is first shown: show the tab, then look for the pane.
            tab = self.find_tab("timeline" if step == Step.TIMELINE else "image")
            if tab is None:
                return False
            self._show_mission(mission)
            self._set_current_tab(tab)
            pane = _with_method(tab, "show_mission")
            if pane is None:
                return False
            if pane.show_mission(mission) is False:  # type: ignore[attr-defined]
                return False
            if step == Step.TIMELINE:
                self._start_playback(pane)
            else:  # the image pane opens on the mission's patch (or its generated emblem) first
                _call_first(pane, ("show_patch", "show_mission_patch"))
            return True
        return False

    # --- timeline playback ----------------------------------------------------------------------------------

    def _start_playback(self, pane: QWidget) -> None:
        """Play the mission's timeline during the dwell: the pane's own ``play()`` if it has one, else walk the
        highlight along the items in time order (through the view's ``timeline``, ``set_current`` and
        ``current_key``)."""
        if _call_first(pane, ("play", "start_playback", "play_from_start")):
            return
        view = getattr(pane, "view", None)
        timeline = getattr(view, "timeline", None)
        if view is None or timeline is None or not callable(getattr(view, "set_current", None)):
            return
        keys: list[str] = []
        item = timeline.neighbour(None, 1)
        while item is not None and item.key not in keys and len(keys) < MAX_PLAYBACK_ITEMS:
            keys.append(item.key)
            item = timeline.neighbour(item.key, 1)
        if len(keys) < 2:
            return
        self._playback = (view, keys)
        self._playback_index = 0
        self._playback_step = max(1.0, self.config.dwell_seconds / (len(keys) + 1))
        self._playback_next = self.clock.now()
        self._advance_playback(self.clock.now())

    def _advance_playback(self, now: float) -> None:
        if self._playback is None or now < self._playback_next:
            return
        view, keys = self._playback
        if self._playback_index >= len(keys) or self.session.phase != Phase.ATTRACT:
            self._playback = None
            return
        try:
            view.set_current(keys[self._playback_index], emit=False)  # type: ignore[attr-defined]
        except Exception:  # the timeline may have been rebuilt under us
            log.exception("timeline playback stopped")
            self._playback = None
            return
        self._playback_index += 1
        self._playback_next = now + self._playback_step

    def _stop_playback(self) -> None:
        self._playback = None

    def _show_mission(self, mission: str) -> None:
        current = getattr(self._window, "current_entity", lambda: None)()
        if current != mission:
            self._window.show_entity(mission)  # type: ignore[attr-defined]

    def _tabs(self) -> QTabWidget | None:
        tabs = getattr(self._window, "tabs", None)
        return tabs if isinstance(tabs, QTabWidget) else self._window.findChild(QTabWidget, "contentTabs")

    def find_tab(self, key: str) -> QWidget | None:
        """A tab whose text, object name or class name mentions ``key`` (e.g. "timeline", "image"); or None."""
        tabs = self._tabs()
        if tabs is None:
            return None
        for index in range(tabs.count()):
            widget = tabs.widget(index)
            if widget is None:
                continue
            text = tabs.tabText(index).replace("&", "").strip().lower()
            names = (widget.objectName().lower(), type(widget).__name__.lower())
            if text.startswith(key) or any(key in name for name in names):
                return widget
        return None

    def _details(self) -> QTextEdit | None:
        details = getattr(self._window, "details", None)
        return details if isinstance(details, QTextEdit) else self._window.findChild(QTextEdit, "detailPane")

    def _show_overview_tab(self) -> None:
        details = self._details()
        tabs = self._tabs()
        if tabs is not None and details is not None and tabs.indexOf(details) >= 0:
            tabs.setCurrentWidget(details)
        elif tabs is not None and tabs.count():
            tabs.setCurrentIndex(0)

    def _set_current_tab(self, widget: QWidget) -> None:
        tabs = self._tabs()
        if tabs is not None and tabs.indexOf(widget) >= 0:
            tabs.setCurrentWidget(widget)

    def _heading_y(self, heading: str) -> float | None:
        """Document y of the first heading (h1-h6) that reads exactly ``heading`` in the detail pane."""
        details = self._details()
        if details is None:
            return None
        document = details.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
                # cursorRect is in viewport coordinates and, unlike blockBoundingRect, right inside table cells.
                cursor = QTextCursor(block)
                return float(details.cursorRect(cursor).top() + details.verticalScrollBar().value())
            block = block.next()
        return None

    def _scroll_details_to(self, y: float, animate: bool | None = None) -> None:
        details = self._details()
        if details is None:
            return
        bar = details.verticalScrollBar()
        target = max(0, min(int(y) - 12, bar.maximum()))
        viewport = details.viewport()
        if QScroller.hasScroller(viewport):
            QScroller.scroller(viewport).stop()
        if (self._animate if animate is None else animate) and details.isVisible():
            QScroller.scroller(viewport).scrollTo(QPointF(details.horizontalScrollBar().value(), target), 1200)
        else:
            bar.setValue(target)

    def _close_stray_windows(self) -> None:
        for _ in range(8):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif widget.isVisible() and self._is_stray_window(widget):
                widget.close()

    # --- usage counts (opt-in, usage.py) ---------------------------------------------------------------------

    def _install_usage(self) -> None:
        if not self.config.usage_counts or self.usage is not None:
            return
        self.usage = UsageCounter(usage_path())
        shown = getattr(self._window, "entity_shown", None)
        if shown is not None:
            shown.connect(self._count_mission)

    def _count_session(self) -> None:
        """A visitor's first touch after the attract loop (or a reset) starts a session."""
        if self.usage is not None:
            self.usage.session()
            from soyuz_gui.app.i18n import normalise_language

            # the interface language; a locale the app is not translated into shows English
            self.usage.language(normalise_language(QLocale().name()) or "en")

    def _count_mission(self, entity_id: str) -> None:
        """Missions a visitor opens (not the ones the attract loop shows)."""
        catalog = getattr(self._window, "catalog", None)
        if self.usage is None or self.session.phase != Phase.ACTIVE or catalog is None:
            return
        if any(m.id == entity_id for m in catalog.missions()):
            self.usage.mission(entity_id)

    # --- zoom -----------------------------------------------------------------------------------------------

    def zoom(self, step: int) -> bool:
        """Make the text of the current tab larger (+1) or smaller (-1); False at the limit."""
        tabs = self._tabs()
        widget = tabs.currentWidget() if tabs is not None else None
        if widget is None:
            return False
        pane = _with_method(widget, "zoom_in")
        if pane is not None and not isinstance(pane, QTextEdit):
            _call_first(pane, ("zoom_in",) if step > 0 else ("zoom_out",))
            return True
        editor = widget if isinstance(widget, QTextEdit) else widget.findChild(QTextEdit)
        if editor is None:
            return False
        current = int(editor.property("kioskZoom") or 0)
        wanted = min(ZOOM_LIMITS[1], max(ZOOM_LIMITS[0], current + step))
        if wanted == current:
            return False
        editor.zoomIn(2 * (wanted - current))
        editor.setProperty("kioskZoom", wanted)
        refresh = getattr(editor, "refresh", None)
        if callable(refresh) and editor is self._details():
            refresh()  # lay the page out afresh for the new size (tables the PageFitter shrank grow back)
        return True

    def zoom_level(self) -> int:
        details = self._details()
        return int(details.property("kioskZoom") or 0) if details is not None else 0

    def reset_zoom(self) -> None:
        for editor in self._window.findChildren(QTextEdit):
            steps = int(editor.property("kioskZoom") or 0)
            if steps:
                editor.zoomOut(2 * steps)
                editor.setProperty("kioskZoom", 0)
        tabs = self._tabs()
        for index in range(tabs.count() if tabs is not None else 0):
            pane = _with_method(tabs.widget(index), "zoom_reset") if tabs is not None else None
            if pane is not None:
                _call_first(pane, ("zoom_reset",))

    # --- cursor and window ----------------------------------------------------------------------------------

    def _hide_cursor(self) -> None:
        # not once uninstalled: a tick whose idle reset switched the language (a new kiosk) would leak the override
        if not self._cursor_hidden and self._installed:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    @property
    def cursor_hidden(self) -> bool:
        return self._cursor_hidden

    def _reassert_full_screen(self) -> None:
        if self._installed and self._full_screen and not self._exiting and not self._window.isFullScreen():
            log.info("window left full screen; restoring it")
            self._window.showFullScreen()
        self.fit_to_screen()

    # --- operator exit --------------------------------------------------------------------------------------

    def _on_pin_entered(self, pin: str) -> None:
        if verify_pin(pin, self.config.pin_hash):
            log.warning("operator exit: correct PIN entered; leaving kiosk mode")
            self.exit_kiosk()
            return
        self._pin_failures += 1
        self.pin_rejected.emit()
        left = self.config.pin_attempts - self._pin_failures
        log.warning("operator exit: wrong PIN (%d of %d attempts)", self._pin_failures, self.config.pin_attempts)
        if left <= 0:
            self._pin_failures = 0
            self._locked_until = self.clock.now() + self.config.pin_lockout_seconds
            log.warning("operator exit: PIN entry locked for %.0f seconds", self.config.pin_lockout_seconds)
            if self.pin_pad is not None:
                self.pin_pad.show_locked(self.config.pin_lockout_seconds)
        elif self.pin_pad is not None:
            self.pin_pad.show_error(tries_left_text(left))

    def lockout_remaining(self) -> float:
        """Seconds until PIN entry works again (0 when it is not locked)."""
        return max(0.0, self._locked_until - self.clock.now())

    def _on_pin_cancelled(self) -> None:
        log.info("operator exit cancelled")

    def exit_kiosk(self) -> None:
        """Leave kiosk mode after the right PIN: quit with :data:`OPERATOR_EXIT_STATUS`."""
        self._exiting = True
        if self.heartbeat is not None:
            self.heartbeat.stopped("operator exit (PIN)")
        self.exit_granted.emit()
        self.uninstall()
        self._on_exit()

    def shutdown(self, reason: str) -> None:
        """Stop for the service manager (SIGTERM) or Ctrl+C in a terminal: exit status 0."""
        log.info("kiosk stopping: %s", reason)
        self._exiting = True
        if self.heartbeat is not None:
            self.heartbeat.stopped(reason)
        self.uninstall()
        self._on_stop()

    # --- touch bar ------------------------------------------------------------------------------------------

    def _on_back_requested(self) -> None:
        go_back = getattr(self._window, "go_back", None)
        if callable(go_back):
            go_back()

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


def _with_method(widget: QWidget | None, method: str) -> QWidget | None:
    """The widget itself or its first descendant that has ``method`` (panes may sit inside a container)."""
    if widget is None:
        return None
    if callable(getattr(widget, method, None)):
        return widget
    for child in widget.findChildren(QWidget):
        if callable(getattr(child, method, None)):
            return child
    return None


def _call_first(target: QObject | None, names: tuple[str, ...]) -> bool:
    for name in names:
        method = getattr(target, name, None)
        if callable(method):
            method()
            return True
    return False
