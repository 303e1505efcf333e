"""Start kiosk mode for ``soyuz-gui --kiosk``: logging, config, language, screen blanking, the controller.

Nothing here may stop the kiosk from starting: a broken config is logged and replaced by safe defaults.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import (
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from soyuz_gui.app.i18n import language_switcher, normalise_language
from soyuz_gui.app.kiosk.config import (
    ConfigLoad,
    KioskConfig,
    check_references,
    default_config_path,
    load_config,
)
from soyuz_gui.app.kiosk.controller import KioskController
from soyuz_gui.app.kiosk.heartbeat import Heartbeat, data_version
from soyuz_gui.app.kiosk.languages import KioskLanguages
from soyuz_gui.app.kiosk.logs import setup_logging
from soyuz_gui.app.kiosk.screensaver import inhibit_screen_blanking
from soyuz_gui.app.screenshot import save_png

if TYPE_CHECKING:
    from soyuz_gui.app.main_window import MainWindow

log = logging.getLogger("soyuz_gui.kiosk")
_keep: list[object] = []  # D-Bus interfaces must live as long as the app


def read_config(path: Path | None, mission_ids: list[str]) -> KioskConfig:
    """Load and check the config, log every problem, and return what to use. Never raises."""
    return read_config_counted(path, mission_ids)[0]


def read_config_counted(path: Path | None, mission_ids: list[str]) -> tuple[KioskConfig, int]:
    """:func:`read_config`, also returning how many problems were logged (for the heartbeat)."""
    explicit = path is not None
    if path is None:
        candidate = default_config_path()
        path = candidate if candidate.exists() else None
    try:
        result = load_config(path)
    except Exception:  # a bug in validation must not keep the exhibit dark
        log.exception("kiosk config %s could not be read; using safe defaults", path)
        result = ConfigLoad(KioskConfig(), source=str(path))
    if path is None:
        log.info("no kiosk config (%s not found); using the defaults", default_config_path())
    elif explicit and not path.exists():
        log.error("kiosk config %s does not exist; using the defaults", path)
    for problem in result.problems:
        log.error("%s", problem)
    if path is not None:
        (log.error if result.problems else log.info)("%s", result.summary())
    config, missing = check_references(result, mission_ids)
    for problem in missing:
        log.error("%s", problem)
    return config, len(result.problems) + len(missing)


def check_language(language: str | None) -> None:
    """Log when the configured language is not the one on screen (not translated, or not installed in time)."""
    if language is None:
        return
    from soyuz_gui.app.i18n import LANGUAGES, normalise_language

    code = normalise_language(language)
    if code is None:
        log.error("kiosk language %r: the app is translated into %s only; using %s", language,
                  ", ".join(LANGUAGES), QLocale().name())
    elif QLocale().language() != QLocale(code).language():
        log.warning("kiosk language %r is not on screen (%s): run() must install it before building the window "
                    "(soyuz_gui.app.kiosk.config.kiosk_language)", language, QLocale().name())


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
             QtMsgType.QtFatalMsg: logging.CRITICAL}.get(kind, logging.WARNING)
    logging.getLogger("soyuz_gui.qt").log(level, "%s", message)


def log_uncaught(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
    """``sys.excepthook`` for the kiosk: an error in a slot goes to the log file; the exhibit keeps running."""
    log.critical("uncaught %s: %s", kind.__name__, value, exc_info=(kind, value, traceback))


def inhibit_via_dbus() -> None:
    """Ask the desktop's screen saver service not to blank (works on many Wayland and X11 desktops)."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:
        return
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return
    interface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                               "org.freedesktop.ScreenSaver", bus)
    if not interface.isValid():
        return
    reply = interface.call("Inhibit", "soyuz-gui", "kiosk exhibit")
    if reply.errorMessage():
        log.info("screen blanking: D-Bus ScreenSaver.Inhibit failed: %s", reply.errorMessage())
        return
    _keep.append(interface)  # the inhibition lasts while the connection does
    log.info("screen blanking: inhibited through org.freedesktop.ScreenSaver")


def make_heartbeat(window: MainWindow, config: KioskConfig, config_problems: int,
                   data_folders: list[Path]) -> Heartbeat:
    """The status file writer, with what is known at start-up: data version and size, problem counts."""
    from soyuz_gui import __version__

    catalog = window.catalog
    problems = window.load_result.problems
    try:
        version = data_version(data_folders)
    except Exception:  # the heartbeat must never stop the kiosk
        log.exception("could not fingerprint the data")
        version = ""
    return Heartbeat(interval=config.heartbeat_seconds, app_version=__version__, data_version=version,
                     entities=len(catalog), missions=len(catalog.missions()), data_problems=len(problems),
                     config_problems=config_problems)


def start_kiosk(app: QApplication, window: MainWindow, config_path: Path | None, *,
                home_fallback: str | None = None, screenshot: bool = False,
                data_folders: list[Path] | None = None, screen_dpi: float | None = None) -> KioskController:
    """Configure and install the controller on a created main window."""
    setup_logging()
    mission_ids = [m.id for m in window.catalog.missions()]
    config, config_problems = read_config_counted(config_path, mission_ids)
    if screen_dpi is not None:  # --screen-dpi wins over the config
        config = msgspec.structs.replace(config, screen_dpi=screen_dpi)
    if (config.log_max_bytes, config.log_backups) != (KioskConfig().log_max_bytes, KioskConfig().log_backups):
        setup_logging(max_bytes=config.log_max_bytes, backups=config.log_backups)
    if not screenshot:
        qInstallMessageHandler(_qt_message)
        sys.excepthook = log_uncaught
    check_language(config.language)
    if config.inhibit_screen_blanking and not screenshot:
        try:
            inhibit_screen_blanking()
            inhibit_via_dbus()
        except Exception:
            log.exception("screen blanking inhibition failed")
    try:
        controller = KioskController(window, config, home_fallback=home_fallback, animate=not screenshot)
        controller.install(full_screen=not screenshot, start_timer=not screenshot)
    except Exception:
        log.exception("kiosk set-up failed with the configured values; retrying with safe defaults")
        controller = KioskController(window, KioskConfig(), home_fallback=home_fallback, animate=not screenshot)
        controller.install(full_screen=not screenshot, start_timer=not screenshot)
    if not screenshot:
        from soyuz_gui.paths import data_dir

        controller.heartbeat = make_heartbeat(window, controller.config, config_problems,
                                              [data_dir(), *(data_folders or [])])
        if controller.heartbeat.beat(controller.status(), force=True):
            log.info("heartbeat: %s every %gs", controller.heartbeat.path, controller.heartbeat.interval)
        else:
            log.error("heartbeat: cannot write %s", controller.heartbeat.last_error)
    _install_signal_handlers(lambda: controller)
    return controller


def _install_signal_handlers(current: Callable[[], KioskController]) -> None:
    """SIGTERM (``systemctl stop``) and SIGINT end the app cleanly; the tick timer lets Python see them.

    ``current`` gives the controller installed at the time: a language switch replaces it with the window.
    """

    def stop(signum: int, _frame: FrameType | None) -> None:
        QTimer.singleShot(0, lambda: current().shutdown(signal.Signals(signum).name))

    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            signal.signal(signum, stop)
        except ValueError:  # not the main thread
            return


def enable_language_buttons(app: QApplication, controller: KioskController, window: MainWindow,
                            home_fallback: str | None = None) -> KioskLanguages:
    """The header's EN / РУС / 日本語 switch the screen; the idle reset returns to the language it started in."""
    switcher = language_switcher(app)
    default = normalise_language(controller.config.language or "") or switcher.language
    return KioskLanguages(controller, window, switcher, default, home_fallback=home_fallback)


def run_kiosk(app: QApplication, window: MainWindow, args: argparse.Namespace) -> int:
    """The ``--kiosk`` branch of :func:`soyuz_gui.app.main.run`."""
    controller = start_kiosk(app, window, getattr(args, "kiosk_config", None), home_fallback=args.mission,
                             screenshot=args.screenshot is not None,
                             data_folders=list(getattr(args, "data", None) or []),
                             screen_dpi=getattr(args, "screen_dpi", None))
    if args.screenshot is not None:
        width, height = args.size
        window.resize(width, height)
        QTimer.singleShot(80, lambda: app.exit(0))  # quit() would ask the kiosk window to close
        app.exec()
        ok = save_png(window, args.screenshot)
        controller.uninstall()
        print(f"saved {args.screenshot} ({width}x{height})" if ok else f"soyuz-gui: could not write "
              f"{args.screenshot}", file=sys.stderr)
        return 0 if ok else 1
    languages = enable_language_buttons(app, controller, window, args.mission)
    _install_signal_handlers(lambda: languages.controller)
    code = app.exec()
    log.info("kiosk stopped (exit code %d)", code)
    return code
