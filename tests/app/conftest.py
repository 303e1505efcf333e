"""Shared by the app tests: the application's language switcher, in English before and after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from soyuz_gui.app.i18n import LanguageSwitcher, language_switcher


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """The one switcher of the application, set to English; English and the previous default locale come back
    afterwards, so a test that switches leaves no translator behind for the next."""
    previous = QLocale()
    switcher = language_switcher(qapp)
    switcher.switch("en")
    yield switcher
    switcher.switch("en")
    QLocale.setDefault(previous)
