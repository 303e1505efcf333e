"""The kiosk controller on a real main window, driven by qtbot and a manual clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from soyuz_gui.app.kiosk.clock import ManualClock
from soyuz_gui.app.kiosk.config import Corner, KioskConfig, hash_pin
from soyuz_gui.app.kiosk.controller import KioskController, corner_rect, is_blocked_key
from soyuz_gui.app.kiosk.session import Phase
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.settings import Settings
from tests.app.kiosk.conftest import Kiosk

PIN = "2468"
PIN_HASH = hash_pin(PIN, iterations=10_000)


@pytest.fixture
def make_kiosk(make_kiosk):
    """The shared kiosk (tests/app/kiosk/conftest.py), in English, with the operator's PIN set unless given."""
    def make(**values) -> Kiosk:
        values.setdefault("pin_hash", PIN_HASH)
        return make_kiosk(None, **values)

    return make


# --- window and shortcuts ---------------------------------------------------------------------------------------


def test_window_has_no_menus_status_bar_or_frame_and_large_named_controls(make_kiosk):
    kiosk = make_kiosk()
    window = kiosk.window
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    bar = kiosk.controller.touch_bar
    assert bar is not None
    assert bar.isVisible()
    for button in (bar.back_button, bar.home_button, bar.zoom_in_button, bar.zoom_out_button):
        assert button.accessibleName()
        assert button.height() >= 72
        assert button.width() >= 72


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
])
def test_quit_and_other_shortcuts_do_nothing(make_kiosk, qtbot, key, modifiers):
    kiosk = make_kiosk()
    window = kiosk.window
    triggered: list[str] = []
    for action in window.actions():
        action.triggered.connect(lambda _checked=False, a=action: triggered.append(a.text()))
    qtbot.keyClick(window.tree.view, key, modifiers)
    qtbot.keyClick(window.details, key, modifiers)
    QApplication.processEvents()
    assert triggered == []
    assert window.isVisible()
    assert not kiosk.exits


def test_plain_typing_still_reaches_the_filter_box(make_kiosk, qtbot):
    kiosk = make_kiosk()
    box = kiosk.window.findChild(QLineEdit, "treeFilter")
    box.setFocus()
    qtbot.keyClicks(box, "ms-1")
    assert box.text() == "ms-1"


def test_close_requests_are_ignored(make_kiosk):
    kiosk = make_kiosk()
    assert kiosk.window.close() is False
    assert kiosk.window.isVisible()


def test_context_menus_tooltips_and_external_links_are_blocked(make_kiosk):
    kiosk = make_kiosk()
    viewport = kiosk.window.details.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(40, 40), viewport.mapToGlobal(QPoint(40, 40)))
    assert QApplication.sendEvent(viewport, event)  # consumed by the kiosk (the text view would exec a menu)
    assert QApplication.activePopupWidget() is None
    # the handler swallows the link instead of starting a browser
    assert QDesktopServices.openUrl(QUrl("https://example.org/"))


def test_dialogs_are_closed_at_once(make_kiosk):
    kiosk = make_kiosk()
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().close())
    safety.start(5000)
    assert QFileDialog.getExistingDirectory(kiosk.window, "Open Data Folder") == ""
    assert safety.isActive()  # closed by the kiosk, not by the safety timer
    safety.stop()


def test_full_screen_is_restored_when_lost(qtbot, bundled):
    window = MainWindow(bundled, Settings())
    qtbot.addWidget(window)
    controller = KioskController(window, KioskConfig(), clock=ManualClock(), animate=False, on_exit=lambda: None)
    try:
        controller.install(full_screen=True, start_timer=False)
        qtbot.waitUntil(window.isFullScreen)
        window.showNormal()
        qtbot.waitUntil(window.isFullScreen)
    finally:
        controller.uninstall()


@pytest.mark.parametrize(("key", "modifiers", "blocked"), [
    (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, False),
    (Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier, False),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, False),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, False),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier, False),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, True),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier, True),
    (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier, True),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier, True),
    (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, True),
])
def test_blocked_keys(key, modifiers, blocked):
    assert is_blocked_key(key, modifiers) is blocked


def test_corner_rects():
    assert corner_rect(Corner.TOP_LEFT, 1920, 1080, 100).getRect() == (0, 0, 100, 100)
    assert corner_rect(Corner.BOTTOM_RIGHT, 1920, 1080, 100).getRect() == (1820, 980, 100, 100)


# --- attract loop ---------------------------------------------------------------------------------------------


def test_starts_at_home_with_the_attract_loop(make_kiosk):
    kiosk = make_kiosk(home_mission="soyuz-ms-10")
    assert kiosk.window.current_entity() == "soyuz-ms-10"
    assert kiosk.controller.session.phase == Phase.ATTRACT
    assert kiosk.controller.banner is not None
    assert kiosk.controller.banner.isVisible()


def remove_tabs(kiosk: Kiosk, *keys: str) -> None:
    """Take the window's own timeline / image tabs out, so a test decides which panes exist."""
    for key in keys:
        while (tab := kiosk.controller.find_tab(key)) is not None:
            kiosk.window.tabs.removeTab(kiosk.window.tabs.indexOf(tab))


def test_attract_loop_order_skips_tabs_that_do_not_exist(make_kiosk):
    kiosk = make_kiosk(playlist=["soyuz-ms-07", "soyuz-ms-08"], dwell_seconds=10)
    remove_tabs(kiosk, "timeline", "image")
    kiosk.steps.clear()
    kiosk.advance(50)
    assert kiosk.steps == [("soyuz-ms-07", "overview"), ("soyuz-ms-07", "crew"),
                           ("soyuz-ms-08", "overview"), ("soyuz-ms-08", "crew"),
                           ("soyuz-ms-07", "overview")]
    assert kiosk.window.current_entity() == "soyuz-ms-07"


class FakeTimeline:
    """Three items in time order, walked as the real domain Timeline is (``neighbour``)."""

    keys = ("first", "second", "third")

    def neighbour(self, key, step):
        index = self.keys.index(key) + step if key is not None else 0
        return type("Item", (), {"key": self.keys[index]})() if 0 <= index < len(self.keys) else None


class FakeView:
    """The pane's view as the kiosk drives it (host.py): zoom, and the timeline's highlight."""

    def __init__(self, calls: list[str]) -> None:
        self.calls = calls
        self.timeline = FakeTimeline()

    def set_current(self, key, emit=True):
        self.calls.append(f"current:{key}")

    def zoom_in(self):
        self.calls.append("zoom in")

    def zoom_out(self):
        self.calls.append("zoom out")


class FakePane(QWidget):
    """Stands in for the TimelinePane / ImagePane (the KioskTimelinePane / KioskImagesPane protocols of host.py)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.calls: list[str] = []
        self.view = FakeView(self.calls)
        self.patches = 0

    def show_mission(self, mission_id: str) -> None:
        self.calls.append(f"show:{mission_id}")

    def show_patch(self) -> None:
        self.patches += 1


def test_attract_loop_tours_overview_crew_timeline_and_patch(make_kiosk):
    kiosk = make_kiosk(playlist=["soyuz-ms-07", "soyuz-ms-08"], dwell_seconds=10)
    remove_tabs(kiosk, "timeline", "image")
    timeline, images = FakePane("timelinePane"), FakePane("imagePane")
    kiosk.window.tabs.addTab(timeline, "Timeline")
    kiosk.window.tabs.addTab(images, "Images")
    kiosk.steps.clear()
    kiosk.advance(90)
    tour = [(mission, step) for mission in ("soyuz-ms-07", "soyuz-ms-08")
            for step in ("overview", "crew", "timeline", "patch")]
    assert kiosk.steps == [*tour, tour[0]]
    assert timeline.calls[:2] == ["show:soyuz-ms-07", "current:first"]  # the timeline plays from its first item
    assert images.calls == ["show:soyuz-ms-07", "show:soyuz-ms-08"]
    assert images.patches == 2
    assert kiosk.window.tabs.currentWidget() is kiosk.window.details  # back to the overview


def test_a_pane_that_cannot_show_a_mission_is_skipped(make_kiosk):
    kiosk = make_kiosk(playlist=["soyuz-ms-07"], attract_steps=["overview", "patch"], dwell_seconds=10)
    remove_tabs(kiosk, "image")
    images = FakePane("imagePane")
    images.show_mission = lambda mission_id: False  # type: ignore[method-assign]
    kiosk.window.tabs.addTab(images, "Images")
    kiosk.steps.clear()
    kiosk.advance(20)
    assert kiosk.steps == [("soyuz-ms-07", "overview"), ("soyuz-ms-07", "overview")]


def test_separate_windows_are_closed(make_kiosk, qtbot):
    make_kiosk()
    stray = QWidget(None, Qt.WindowType.Window)
    qtbot.addWidget(stray)
    stray.show()
    qtbot.waitUntil(lambda: not stray.isVisible())


def test_configured_steps_and_default_playlist(make_kiosk, catalog):
    kiosk = make_kiosk(attract_steps=["crew"], dwell_seconds=5)
    crewed = [m.id for m in catalog.missions() if m.vehicle_role == "crew" and m.crew]
    assert kiosk.controller.playlist == crewed
    kiosk.steps.clear()
    kiosk.advance(10)
    assert kiosk.steps == [(crewed[0], "crew"), (crewed[1], "crew")]


def test_crew_step_scrolls_to_the_crew_heading(make_kiosk):
    kiosk = make_kiosk(playlist=["soyuz-ms-07"], attract_steps=["overview", "crew"], dwell_seconds=5)
    kiosk.advance(10)
    bar = kiosk.window.details.verticalScrollBar()
    assert bar.value() > 0
    top = kiosk.window.details.cursorForPosition(QPoint(20, 30)).block().text()
    assert top.strip() == "Crew" or "Crew" in kiosk.window.details.cursorForPosition(QPoint(20, 60)).block().text()


def test_touch_stops_the_tour_and_the_waking_touch_is_swallowed(make_kiosk):
    kiosk = make_kiosk(dwell_seconds=10)
    window = kiosk.window
    before = window.current_entity()
    pressed: list[int] = []
    window.tree.view.pressed.connect(lambda _index: pressed.append(1))
    row = window.tree.view.visualRect(window.tree.view.currentIndex())  # the row on screen now
    point = window.tree.view.viewport().mapTo(window, row.center())
    kiosk.tap(point.x(), point.y())
    assert kiosk.controller.session.phase == Phase.ACTIVE
    assert not kiosk.controller.banner.isVisible()
    assert pressed == []
    assert window.current_entity() == before
    kiosk.steps.clear()
    kiosk.advance(30)
    assert kiosk.steps == []  # no tour while someone is here
    kiosk.tap(point.x(), point.y())
    assert pressed == [1]  # the next touch works normally


# --- idle countdown and reset ---------------------------------------------------------------------------------


def wake_and_wander(kiosk: Kiosk) -> None:
    kiosk.controller.note_input()
    kiosk.window.show_entity("soyuz-ms-20")
    kiosk.window.findChild(QLineEdit, "treeFilter").setText("ms-2")
    kiosk.controller.zoom(2)


def test_idle_countdown_then_reset_to_home(make_kiosk):
    kiosk = make_kiosk(home_mission="soyuz-ms-07", idle_seconds=60, countdown_seconds=10)
    controller = kiosk.controller
    wake_and_wander(kiosk)
    assert controller.zoom_level() == 2
    started: list[int] = []
    resets: list[int] = []
    controller.countdown_started.connect(lambda: started.append(1))
    controller.session_reset.connect(lambda: resets.append(1))
    kiosk.advance(59)
    assert not controller.countdown.isVisible()
    assert started == []
    kiosk.advance(1)
    assert controller.countdown.isVisible()
    assert started == [1]
    assert "10 seconds" in controller.countdown.message.text()
    assert controller.countdown.button.accessibleName() == "Keep exploring"
    kiosk.advance(4)
    assert "6 seconds" in controller.countdown.message.text()
    assert kiosk.window.current_entity() == "soyuz-ms-20"
    kiosk.advance(6)
    assert resets == [1]
    assert not controller.countdown.isVisible()
    assert kiosk.window.current_entity() == "soyuz-ms-07"
    assert kiosk.window.findChild(QLineEdit, "treeFilter").text() == ""
    assert controller.zoom_level() == 0
    assert controller.session.phase == Phase.ATTRACT
    assert controller.banner.isVisible()
    assert kiosk.steps[-1] == ("soyuz-ms-07", "home")


@pytest.mark.parametrize("how", ["tap", "key", "button"])
def test_any_input_cancels_the_countdown(make_kiosk, qtbot, how):
    kiosk = make_kiosk(idle_seconds=30, countdown_seconds=10)
    controller = kiosk.controller
    wake_and_wander(kiosk)
    kiosk.advance(33)
    assert controller.countdown.isVisible()
    cancelled: list[int] = []
    controller.countdown_cancelled.connect(lambda: cancelled.append(1))
    if how == "tap":
        kiosk.tap(300, 300)
    elif how == "key":
        qtbot.keyClick(kiosk.window.details, Qt.Key.Key_Down)
    else:
        controller.countdown.button.click()
    assert cancelled == [1]
    assert not controller.countdown.isVisible()
    kiosk.advance(15)
    assert kiosk.window.current_entity() == "soyuz-ms-20"  # no reset
    kiosk.advance(20)
    assert controller.countdown.isVisible()  # the idle time started again from the input


def test_hover_alone_does_not_keep_the_session(make_kiosk):
    kiosk = make_kiosk(idle_seconds=30, countdown_seconds=10)
    wake_and_wander(kiosk)
    kiosk.advance(29)
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(50, 50), QPointF(50, 50), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(kiosk.window.details.viewport(), move)
    kiosk.advance(1)
    assert kiosk.controller.countdown.isVisible()


def test_cursor_hides_when_idle_and_returns_on_movement(make_kiosk):
    kiosk = make_kiosk(cursor_hide_seconds=3)
    kiosk.advance(3)
    assert kiosk.controller.cursor_hidden
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(50, 50), QPointF(50, 50), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(kiosk.window.details.viewport(), move)
    assert not kiosk.controller.cursor_hidden
    assert QApplication.overrideCursor() is None


def test_zoom_buttons_and_limits(make_kiosk):
    kiosk = make_kiosk()
    bar = kiosk.controller.touch_bar
    size = kiosk.window.details.font().pointSizeF()
    bar.zoom_in_button.click()
    assert kiosk.controller.zoom_level() == 1
    assert kiosk.window.details.font().pointSizeF() > size
    for _ in range(20):
        bar.zoom_in_button.click()
    assert kiosk.controller.zoom_level() == 6
    for _ in range(20):
        bar.zoom_out_button.click()
    assert kiosk.controller.zoom_level() == -2
    kiosk.controller.reset_zoom()
    assert kiosk.window.details.font().pointSizeF() == pytest.approx(size)


def test_home_and_back_buttons(make_kiosk):
    kiosk = make_kiosk(home_mission="soyuz-ms-07")
    kiosk.controller.note_input()
    kiosk.window.show_entity("soyuz-ms-11")
    kiosk.window.show_entity("soyuz-ms-12")
    kiosk.controller.touch_bar.back_button.click()
    assert kiosk.window.current_entity() == "soyuz-ms-11"
    kiosk.controller.touch_bar.home_button.click()
    assert kiosk.window.current_entity() == "soyuz-ms-07"
    assert kiosk.controller.session.phase == Phase.ACTIVE  # home is not a reset: no tour starts


# --- operator exit --------------------------------------------------------------------------------------------


def enter(kiosk: Kiosk, pin: str) -> None:
    pad = kiosk.controller.pin_pad
    for digit in pin:
        pad.buttons[digit].click()
    pad.buttons["ok"].click()


def test_corner_taps_then_right_pin_exits(make_kiosk):
    kiosk = make_kiosk()
    granted: list[int] = []
    kiosk.controller.exit_granted.connect(lambda: granted.append(1))
    kiosk.tap_corner()
    pad = kiosk.controller.pin_pad
    assert pad.isVisible()
    for key, button in pad.buttons.items():
        assert button.accessibleName(), key
    assert pad.cancel_button.accessibleName()
    enter(kiosk, PIN)
    assert granted == [1]
    assert kiosk.exits == [1]
    assert kiosk.window.close()  # closing is allowed once the operator is in


def test_wrong_pin_is_rejected_and_locks_after_too_many(make_kiosk):
    kiosk = make_kiosk(pin_attempts=3, pin_lockout_seconds=60)
    rejected: list[int] = []
    kiosk.controller.pin_rejected.connect(lambda: rejected.append(1))
    kiosk.tap_corner()
    pad = kiosk.controller.pin_pad
    enter(kiosk, "1111")
    assert rejected == [1]
    assert pad.isVisible()
    assert pad.status.text() == "Wrong PIN. 2 tries left."
    enter(kiosk, "2222")
    assert pad.status.text() == "Wrong PIN. 1 try left."
    enter(kiosk, "3333")
    # Locked: the pad stays, says so with the time left, and its keys do nothing.
    assert pad.isVisible() and pad.locked
    assert pad.status.text() == "Too many wrong PINs. Try again in 60 seconds."
    assert not any(button.isEnabled() for button in pad.buttons.values())
    enter(kiosk, PIN)
    assert kiosk.exits == []
    kiosk.advance(10)
    assert pad.status.text() == "Too many wrong PINs. Try again in 50 seconds."
    pad.close_pad()
    kiosk.advance(20)
    kiosk.tap_corner()  # the gesture during the lockout shows the pad, locked, with the time left
    assert pad.isVisible() and pad.locked
    assert pad.status.text() == "Too many wrong PINs. Try again in 29 seconds."  # 28.5 s: five taps took 1.5 s
    kiosk.advance(28)
    assert pad.isVisible() and pad.status.text() == "Too many wrong PINs. Try again in 1 second."
    kiosk.advance(1)
    assert not pad.locked and pad.status.text() == "Enter the PIN to leave kiosk mode."
    enter(kiosk, PIN)
    assert kiosk.exits == [1]


def test_long_lockouts_count_in_minutes():
    from soyuz_gui.app.kiosk.pin_pad import locked_text

    assert locked_text(90) == "Too many wrong PINs. Try again in 90 seconds."
    assert locked_text(91) == "Too many wrong PINs. Try again in 2 minutes."
    assert locked_text(60 * 60) == "Too many wrong PINs. Try again in 60 minutes."
    assert locked_text(0.2) == "Too many wrong PINs. Try again in 1 second."


def test_slow_or_scattered_taps_do_not_open_the_pad(make_kiosk):
    kiosk = make_kiosk(exit_taps=5, exit_tap_seconds=4)
    kiosk.tap_corner(times=5, gap=1.5)
    assert not kiosk.controller.pin_pad.isVisible()
    kiosk.clock.advance(10)
    kiosk.tap_corner(times=3)
    kiosk.tap(400, 400)
    kiosk.tap_corner(times=2)
    assert not kiosk.controller.pin_pad.isVisible()
    kiosk.tap_corner(times=3)
    assert kiosk.controller.pin_pad.isVisible()


def test_other_corner_configured(make_kiosk):
    kiosk = make_kiosk(exit_corner="bottom-left")
    kiosk.tap_corner()
    assert not kiosk.controller.pin_pad.isVisible()
    for _ in range(5):
        kiosk.tap(10, kiosk.window.height() - 10)
    assert kiosk.controller.pin_pad.isVisible()


def test_without_a_pin_hash_there_is_no_way_out(make_kiosk):
    kiosk = make_kiosk(pin_hash=None)
    seen: list[int] = []
    kiosk.controller.exit_gesture_detected.connect(lambda: seen.append(1))
    kiosk.tap_corner()
    assert seen == [1]
    assert not kiosk.controller.pin_pad.isVisible()


def test_pin_pad_cancel_keyboard_and_timeout(make_kiosk, qtbot):
    kiosk = make_kiosk(pin_pad_timeout_seconds=10)
    pad = kiosk.controller.pin_pad
    kiosk.tap_corner()
    pad.cancel_button.click()
    assert not pad.isVisible()
    kiosk.tap_corner()
    qtbot.keyClicks(pad, "24")
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.digits == "2"
    kiosk.advance(11)
    assert not pad.isVisible()
    assert pad.digits == ""
    kiosk.tap_corner()
    qtbot.keyClicks(pad, PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert kiosk.exits == [1]


def test_default_exit_statuses(make_kiosk, monkeypatch):
    """Operator exit: status 10 (the unit's RestartPreventExitStatus); service stop: status 0."""
    from soyuz_gui.app.kiosk import controller as module

    codes: list[int] = []
    monkeypatch.setattr(module.QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    kiosk = make_kiosk()
    controller = KioskController(kiosk.window, KioskConfig(pin_hash=PIN_HASH), clock=kiosk.clock, animate=False)
    controller.install(full_screen=False, start_timer=False)
    controller._on_exit_gesture()
    enter(Kiosk(kiosk.window, controller, kiosk.clock), PIN)
    assert codes == [module.OPERATOR_EXIT_STATUS]
    controller.shutdown("test")
    assert codes == [module.OPERATOR_EXIT_STATUS, 0]


def test_attract_loop_with_the_windows_own_panes(make_kiosk):
    """The real Timeline and Images tabs (built lazily on first show) take part in the tour."""
    kiosk = make_kiosk(playlist=["soyuz-ms-07", "soyuz-ms-08"], dwell_seconds=10)
    if kiosk.controller.find_tab("timeline") is None or kiosk.controller.find_tab("image") is None:
        pytest.skip("this main window has no Timeline or Images tab yet")
    kiosk.steps.clear()
    kiosk.advance(40)
    assert kiosk.steps == [("soyuz-ms-07", step) for step in ("overview", "crew", "timeline", "patch")]
    images = kiosk.controller.find_tab("image")
    pane = next(w for w in [images, *images.findChildren(QWidget)] if hasattr(w, "mission_id"))
    assert pane.mission_id == "soyuz-ms-07"
    assert kiosk.window.tabs.currentWidget() is images
    kiosk.advance(10)
    assert kiosk.steps[-1] == ("soyuz-ms-08", "overview")


def test_timeline_step_plays_the_mission_in_time_order(make_kiosk):
    kiosk = make_kiosk(playlist=["soyuz-ms-07"], attract_steps=["timeline", "overview"], dwell_seconds=12)
    tab = kiosk.controller.find_tab("timeline")
    if tab is None:
        pytest.skip("this main window has no Timeline tab yet")
    kiosk.advance(12)
    assert kiosk.steps[-1] == ("soyuz-ms-07", "timeline")
    view = next(w for w in [tab, *tab.findChildren(QWidget)] if hasattr(w, "current_key"))
    seen = [view.current_key]
    for _ in range(10):
        kiosk.advance(1)
        seen.append(view.current_key)
    keys = [k for k in dict.fromkeys(seen) if k]
    assert len(keys) >= 3  # the highlight moved along the timeline
    times = [view.timeline.item(k).start for k in keys]
    assert times == sorted(times)
    kiosk.tap(300, 300)  # a visitor stops the playback where it is
    current = view.current_key
    kiosk.advance(3)
    assert view.current_key == current


def test_a_tap_shows_what_hover_would(make_kiosk, qtbot):
    """No hover-only information: tool tips are blocked, but a tap on something that has one shows it."""
    from PySide6.QtWidgets import QToolTip

    kiosk = make_kiosk()
    label = kiosk.controller.touch_bar.clock
    label.setToolTip("Local time at the exhibit")
    centre = label.mapTo(kiosk.window, label.rect().center())
    kiosk.tap(centre.x(), centre.y())  # wakes the kiosk only
    assert not QToolTip.isVisible()
    kiosk.tap(centre.x(), centre.y())
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Local time at the exhibit"
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    hover = QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)))
    assert QApplication.sendEvent(label, hover)  # a hover tool tip is swallowed
    assert not QToolTip.isVisible()
