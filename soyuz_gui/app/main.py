"""Start the GUI: one QApplication, data loading, the main window, and the off-screen screenshot mode."""

from __future__ import annotations

import argparse
import linecache
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import soyuz_gui.app.fast_imports  # noqa: F401  - first of ours: PySide6 then checks none of our modules' sources
from soyuz_gui import APP_NAME, ORG_NAME, __version__
from soyuz_gui.app.first_paint import after_first_paint, install_if_requested
from soyuz_gui.app.i18n import choose_language, language_switcher
from soyuz_gui.app.language_switch import WindowRebuilder
from soyuz_gui.app.main_window import MainWindow
from soyuz_gui.app.screenshot import save_png
from soyuz_gui.app.settings import Settings
from soyuz_gui.app.theme import ThemeMode, apply_theme
from soyuz_gui.loading import LoadResult
from soyuz_gui.loading.snapshot import load_folders_cached, load_quickly
from soyuz_gui.paths import data_dir, resource


def load_data(extra: list[Path]) -> LoadResult:
    """The bundled data plus extra folders, from the start-up cache when no file changed."""
    return load_folders_cached([data_dir(), *extra])


def application() -> QApplication:
    """The single QApplication (created on first use)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setDesktopFileName("soyuz-gui")
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.aboutToQuit.connect(release_clipboard)
    icon = resource("icons", "soyuz-gui.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def release_clipboard() -> None:
    """Drop clipboard data this process still owns before Qt shuts down.

    Qt for Python 6.11 crashes at exit when the clipboard still holds a QMimeData the app created (the image pane
    copies SVG that way); on X11 what a process owns leaves with it anyway, so nothing the user relies on is lost.
    """
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard() or QGuiApplication.platformName() in ("offscreen", "minimal"):
        clipboard.clear()


def print_problems(result: LoadResult) -> None:
    if result.problems:
        sys.stderr.write("".join(f"{problem}\n" for problem in result.problems))


def create_window(args: argparse.Namespace, settings: Settings) -> MainWindow:
    result, still_fresh = load_quickly([data_dir(), *args.data])
    # One line per problem on stderr, written in the first idle turn after the window painted (a thousand
    # lines to a pipe cost more than the rest of a warm start-up); before any user input is handled.
    QTimer.singleShot(0, lambda: print_problems(result))
    window = MainWindow(result, settings, loader=load_data, extra_folders=list(args.data))
    # The snapshot was trusted on the data folders' stamps; every file is checked once the window shows, and a
    # file changed in place since the snapshot brings the new data into the window at once.
    after_first_paint(window, lambda: reload_if_stale(window, still_fresh))
    return window


def reload_if_stale(window: MainWindow, still_fresh: Callable[[], bool]) -> None:
    if not still_fresh():
        window.reload_data()


def run(args: argparse.Namespace) -> int:
    # PySide6 reads the source of every module imported after it (to see whether it uses PySide6) through
    # linecache, which keeps all those lines: some 4 MB of strings at start-up that nothing needs (a traceback
    # reads its lines anew). Freed here, before the data and the window are built in that memory instead.
    linecache.clearcache()
    app = application()
    # A screenshot must not depend on, or change, the user's saved layout and last mission.
    scratch = None
    if args.screenshot is not None:
        import tempfile  # only the screenshot mode needs it: kept off the start-up path

        scratch = tempfile.TemporaryDirectory()
    settings = Settings(f"{scratch.name}/settings.ini" if scratch else None)
    if args.reset_settings:
        settings.clear()
    # Before any widget exists (widgets translate their text when they are built), the interface language:
    # --lang first; then a kiosk's configured language, else the one chosen in View → Language; else the system's.
    language = getattr(args, "lang", None)
    if language is None and getattr(args, "kiosk", False):
        from soyuz_gui.app.kiosk.config import kiosk_language  # kiosk only: keeps YAML off the usual start-up

        language = kiosk_language(args)
    elif language is None:
        language = settings.language()
    switcher = language_switcher(app, choose_language(language))
    theme = ThemeMode(args.theme) if args.theme else settings.theme()
    apply_theme(app, theme)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, ThemeMode.SYSTEM) if settings.theme() == ThemeMode.SYSTEM else None)
    window = create_window(args, settings)
    install_if_requested(window)  # the start-up benchmark's probe, when its variable is set
    if getattr(args, "kiosk", False):
        from soyuz_gui.app.kiosk.launch import run_kiosk  # the only place that reacts to --kiosk

        return run_kiosk(app, window, args)
    if args.screenshot is not None:
        return _screenshot(app, window, args)
    window.show_start_entity(args.mission)
    if args.tab:
        window.show_tab(args.tab)
    window.show()
    WindowRebuilder(window, switcher)  # View → Language rebuilds the window in the new language
    return app.exec()


def _screenshot(app: QApplication, window: MainWindow, args: argparse.Namespace) -> int:
    width, height = args.size
    window.resize(width, height)
    window.show_start_entity(args.mission)
    if args.tab:
        window.show_tab(args.tab)
    window.show()
    # Two turns of the event loop: layouts settle, then the first paint happens.
    QTimer.singleShot(50, app.quit)
    app.exec()
    ok = save_png(window, args.screenshot)
    if not ok:
        print(f"soyuz-gui: could not write {args.screenshot}", file=sys.stderr)
        return 1
    print(f"saved {args.screenshot} ({width}x{height})", file=sys.stderr)
    return 0
