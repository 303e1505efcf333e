"""Test set-up shared by every test.

Qt must be told to render off screen before any QApplication exists: without a display it would otherwise abort
the whole pytest process. QSettings go to a temporary folder so tests never read or write the user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point QSettings and the app's state folders at a fresh temporary folder for every test."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(folder / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "share"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the Qt-free tests still run where PySide6 is missing
        return
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))


@pytest.fixture(autouse=True)
def _empty_clipboard_after_test():
    """Tests that copy leave a QMimeData on the clipboard; Qt for Python 6.11 crashes at exit if one is left."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        from soyuz_gui.app.main import release_clipboard

        release_clipboard()


@pytest.fixture
def language(qapp):
    """Install a language for one test, then put English and the previous default locale back."""
    from PySide6.QtCore import QLocale

    from soyuz_gui.app.i18n import install_translations, remove_translations

    previous = QLocale()
    installed = []

    def install(code: str) -> None:
        installed.extend(install_translations(qapp, code))

    yield install
    remove_translations(qapp, installed)
    QLocale.setDefault(previous)


@pytest.fixture(scope="session")
def bundled():
    """The bundled data set, loaded once per test session (read-only)."""
    from soyuz_gui.loading import load_folders

    return load_folders([DATA])


@pytest.fixture(scope="session")
def catalog(bundled):
    return bundled.catalog
