"""What every part of the kiosk controller shares: its signals, its state, and the calls the parts make on each other.

The controller (controller.py) is one object assembled from parts that each do one job (attract.py, idle_reset.py,
input_filter.py, zoom.py, admin_exit.py, chrome.py, screen_fit.py, page_navigation.py). Each part derives from
:class:`KioskState`, so each can be read alone and mypy checks what it uses; ``KioskController.__init__`` sets the
values.
"""

from __future__ import annotations

from abc import abstractmethod
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRect, QTimer, Signal
from PySide6.QtGui import QFont, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

if TYPE_CHECKING:
    from soyuz_gui.app.kiosk.attract_banner import AttractBanner
    from soyuz_gui.app.kiosk.clock import Clock
    from soyuz_gui.app.kiosk.config import KioskConfig
    from soyuz_gui.app.kiosk.countdown import CountdownOverlay
    from soyuz_gui.app.kiosk.fit import PageFitter, TreeFitter
    from soyuz_gui.app.kiosk.heartbeat import Heartbeat
    from soyuz_gui.app.kiosk.home_languages import HomeLanguageBar
    from soyuz_gui.app.kiosk.host import KioskHost, KioskTimelineView
    from soyuz_gui.app.kiosk.layout import Density, KioskLayout
    from soyuz_gui.app.kiosk.pin_pad import PinPadOverlay
    from soyuz_gui.app.kiosk.session import Session, Tour
    from soyuz_gui.app.kiosk.touch_bar import TouchBar
    from soyuz_gui.app.kiosk.usage import UsageCounter
    from soyuz_gui.widgets.detail_pane import DetailPane


class KioskState(QObject):
    """The kiosk controller's signals and state (see controller.py for what each starts as)."""

    attract_step_shown = Signal(str, str)  # mission id, step ("home" for the home screen)
    countdown_started = Signal()
    countdown_cancelled = Signal()
    session_reset = Signal()
    exit_gesture_detected = Signal()
    pin_rejected = Signal()
    exit_granted = Signal()
    input_blocked = Signal(str)
    language_requested = Signal(str)  # a visitor tapped a language button (launch.py switches and rebuilds)

    # The window twice: as the Qt main window it is, and as the typed interface the kiosk drives (host.py).
    _window: QMainWindow
    _host: KioskHost
    config: KioskConfig
    clock: Clock
    _animate: bool
    _on_exit: Callable[[], None]
    _on_stop: Callable[[], None]
    _installed: bool
    _exiting: bool
    _full_screen: bool
    _cursor_hidden: bool
    _last_pointer: float
    _swallow_release: bool
    _taps: deque[float]
    _last_press_key: tuple[int, float, float] | None
    _pin_failures: int
    _locked_until: float
    _app_font: QFont | None
    _fitted_width: int
    _playback: tuple[KioskTimelineView, list[str]] | None
    _tap_tooltip: bool
    _press_position: QPointF | None
    _last_release_key: tuple[int, float, float] | None
    _playback_index: int
    _playback_step: float
    _playback_next: float
    _screens_followed: bool
    touch: int
    _timeline_lane: int | None
    _watched_screen: QScreen | None
    home: str | None
    playlist: list[str]
    session: Session
    tour: Tour
    _timer: QTimer
    touch_bar: TouchBar | None
    countdown: CountdownOverlay | None
    pin_pad: PinPadOverlay | None
    banner: AttractBanner | None
    home_languages: HomeLanguageBar | None
    page_fitter: PageFitter | None
    heartbeat: Heartbeat | None
    tree_fitter: TreeFitter | None
    layout: KioskLayout | None
    usage: UsageCounter | None

    if TYPE_CHECKING:
        # Calls one part makes on another (each is defined in the module named).
        @abstractmethod
        def note_input(self) -> None: ...  # controller.py

        @abstractmethod
        def uninstall(self) -> None: ...  # controller.py

        @abstractmethod
        def _count_session(self) -> None: ...  # controller.py

        @abstractmethod
        def reset_to_home(self) -> None: ...  # idle_reset.py

        @abstractmethod
        def show_next_attract_step(self) -> bool: ...  # attract.py

        @abstractmethod
        def _stop_playback(self) -> None: ...  # attract.py

        @abstractmethod
        def reset_zoom(self) -> None: ...  # zoom.py

        @abstractmethod
        def _count_corner_tap(self, x: int, y: int) -> None: ...  # admin_exit.py

        @abstractmethod
        def lockout_remaining(self) -> float: ...  # admin_exit.py

        @abstractmethod
        def fit_to_screen(self) -> QRect | None: ...  # screen_fit.py

        @abstractmethod
        def _target_screen(self) -> QScreen | None: ...  # screen_fit.py

        @abstractmethod
        def _density(self) -> Density: ...  # screen_fit.py

        @abstractmethod
        def _reassert_full_screen(self) -> None: ...  # screen_fit.py

        @abstractmethod
        def _splitter(self) -> QSplitter: ...  # chrome.py

        @abstractmethod
        def _fit_splitter(self) -> None: ...  # chrome.py

        @abstractmethod
        def _is_stray_window(self, widget: QWidget) -> bool: ...  # chrome.py

        @abstractmethod
        def _close_stray_windows(self) -> None: ...  # chrome.py

        @abstractmethod
        def _show_cursor(self) -> None: ...  # chrome.py

        @abstractmethod
        def _tabs(self) -> QTabWidget: ...  # page_navigation.py

        @abstractmethod
        def _details(self) -> DetailPane: ...  # page_navigation.py

        @abstractmethod
        def _show_mission(self, mission: str) -> None: ...  # page_navigation.py

        @abstractmethod
        def _show_overview_tab(self) -> None: ...  # page_navigation.py

        @abstractmethod
        def _scroll_details_to(self, y: float, animate: bool | None = None) -> None: ...  # page_navigation.py

        @abstractmethod
        def find_tab(self, key: str) -> QWidget | None: ...  # page_navigation.py

        @abstractmethod
        def _on_back_requested(self) -> None: ...  # controller.py

        @abstractmethod
        def _on_home_requested(self) -> None: ...  # controller.py

        @abstractmethod
        def _on_zoom_in_requested(self) -> None: ...  # controller.py

        @abstractmethod
        def _on_zoom_out_requested(self) -> None: ...  # controller.py

        @abstractmethod
        def _update_clock(self) -> None: ...  # controller.py

        @abstractmethod
        def _on_tab_changed(self, _index: int) -> None: ...  # controller.py

        @abstractmethod
        def _on_keep_exploring_clicked(self) -> None: ...  # controller.py

        @abstractmethod
        def _on_home_language(self, code: str) -> None: ...  # controller.py

        @abstractmethod
        def _on_pin_entered(self, pin: str) -> None: ...  # admin_exit.py

        @abstractmethod
        def _on_pin_cancelled(self) -> None: ...  # admin_exit.py

        @abstractmethod
        def _heading_y(self, heading: str) -> float | None: ...  # page_navigation.py

        @abstractmethod
        def _set_current_tab(self, widget: QWidget) -> None: ...  # page_navigation.py
