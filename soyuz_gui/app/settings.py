"""Typed access to the user's settings (window layout, theme, last place)."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QByteArray, QSettings

from soyuz_gui import APP_NAME, ORG_NAME
from soyuz_gui.app.i18n import LANGUAGES
from soyuz_gui.app.theme import ThemeMode
from soyuz_gui.atomic_write import set_aside

log = logging.getLogger(__name__)


class Settings:
    """A thin wrapper over QSettings; every read tolerates missing or corrupt values by using the default.

    A settings file that cannot be parsed is moved aside (kept, never deleted) and the app starts on defaults
    with a logged warning. QSettings itself writes through a temporary file and a rename, so a crash or a full
    disk while saving leaves the previous file intact.
    """

    def __init__(self, path: str | None = None) -> None:
        """The user's settings, or a given file (``--screenshot`` renders with a throw-away one)."""
        self._path = path
        self._qs = self._open()
        if self._qs.status() != QSettings.Status.NoError:
            self._set_aside_broken_file()

    def _open(self) -> QSettings:
        if self._path is None:
            return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
        return QSettings(self._path, QSettings.Format.IniFormat)

    def _set_aside_broken_file(self) -> None:
        broken = self._qs.fileName()
        try:
            backup = set_aside(broken, f".unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
            log.warning("settings file %s could not be read (%s); kept it as %s and started on defaults",
                        broken, self._qs.status().name, backup)
        except OSError as exc:
            log.warning("settings file %s could not be read (%s) nor moved aside (%s); using defaults",
                        broken, self._qs.status().name, exc)
        self._qs = self._open()
        self._qs.clear()

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def status_ok(self) -> bool:
        return self._qs.status() == QSettings.Status.NoError

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_layout(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/splitter", splitter)

    def theme(self) -> ThemeMode:
        value = self._qs.value("view/theme", ThemeMode.SYSTEM.value)
        try:
            return ThemeMode(str(value))
        except ValueError:
            return ThemeMode.SYSTEM

    def set_theme(self, mode: ThemeMode) -> None:
        self._qs.setValue("view/theme", mode.value)

    def language(self) -> str | None:
        """The interface language chosen in View → Language (None: not chosen, follow the system)."""
        value = self._qs.value("view/language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        # Written at once: a language is chosen rarely, and the next start must find it even after a crash.
        self._qs.setValue("view/language", language)
        self._qs.sync()

    def tree_grouping(self) -> str:
        value = self._qs.value("view/grouping", "programme")
        return value if isinstance(value, str) else "programme"

    def set_tree_grouping(self, value: str) -> None:
        self._qs.setValue("view/grouping", value)

    def last_entity(self) -> str | None:
        value = self._qs.value("navigation/last")
        return value if isinstance(value, str) and value else None

    def set_last_entity(self, entity_id: str) -> None:
        self._qs.setValue("navigation/last", entity_id)

    def extra_data_folders(self) -> list[str]:
        value = self._qs.value("data/folders", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def set_extra_data_folders(self, folders: list[str]) -> None:
        self._qs.setValue("data/folders", folders)

    def sync(self) -> None:
        self._qs.sync()

    def clear(self) -> None:
        self._qs.clear()
        self._qs.sync()
