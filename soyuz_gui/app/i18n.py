"""Interface language: which one to use, and the translators that put it on screen.

English is the source language (no catalogue needed). Russian and Japanese come from
``resources/translations/soyuz_gui_<lang>.qm`` (built from the ``.ts`` sources by ``tools/update_translations.sh``)
plus Qt's own ``qtbase_<lang>.qm`` for standard dialogs and context menus. The language also sets the default
``QLocale``, which writes dates and numbers on the pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from soyuz_gui.paths import resource

LANGUAGES = ("en", "ru", "ja")
DEFAULT_LANGUAGE = "en"
_QT_LANGUAGES = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "ja": QLocale.Language.Japanese}
_FALLBACK_TERRITORY = {"en": QLocale.Country.UnitedStates, "ru": QLocale.Country.Russia,
                       "ja": QLocale.Country.Japan}
_SWITCHER_NAME = "languageSwitcher"


def normalise_language(code: str) -> str | None:
    """``ru``, ``ru_RU``, ``ru-RU.UTF-8`` -> ``ru``; None for a language the app is not translated into."""
    base = code.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's preferred interface languages the app speaks; English otherwise."""
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        language = normalise_language(name)
        if language:
            return language
    return DEFAULT_LANGUAGE


def choose_language(requested: str | None) -> str:
    """``--lang`` when given (already checked by the command line), else the system's language."""
    if requested:
        return normalise_language(requested) or DEFAULT_LANGUAGE
    return system_language()


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks this language (keeps its territory's conventions), else a typical one."""
    system = QLocale.system()
    if system.language() == _QT_LANGUAGES[language]:
        return system
    return QLocale(_QT_LANGUAGES[language], _FALLBACK_TERRITORY[language])


def catalogue_path(language: str) -> Path:
    """The app's compiled catalogue for a language."""
    return resource("translations", f"soyuz_gui_{language}.qm")


def qt_catalogue_path(language: str) -> Path:
    """Qt's own catalogue (``qtbase_<lang>.qm``): standard buttons, dialogs and context menus."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the interface language: default locale plus translators, before any widget is built.

    Returns the translators installed (owned by ``app``); :func:`remove_translations` undoes it.
    """
    QLocale.setDefault(locale_for(language))
    translators: list[QTranslator] = []
    if language == DEFAULT_LANGUAGE:
        return translators
    for path in (catalogue_path(language), qt_catalogue_path(language)):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            translator.deleteLater()
    return translators


def remove_translations(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class LanguageSwitcher(QObject):
    """Changes the interface language while the app runs: swaps the translators and the default locale.

    One per application (:func:`language_switcher`). Qt sends every widget a ``LanguageChange`` event when the
    translators change; :attr:`language_changed` is emitted afterwards, once the new catalogues are in place, so
    whoever rebuilds text (the main window, the kiosk) can rely on ``tr()`` and ``QLocale()`` speaking it.
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, language: str) -> None:
        super().__init__(app)
        self.setObjectName(_SWITCHER_NAME)
        self._app = app
        self._language = normalise_language(language) or DEFAULT_LANGUAGE
        self._translators = install_translations(app, self._language)

    @property
    def language(self) -> str:
        return self._language

    def switch(self, language: str) -> bool:
        """Make ``language`` the interface language; False (and nothing changes) when it already is, or unknown."""
        wanted = normalise_language(language)
        if wanted is None or wanted == self._language:
            return False
        remove_translations(self._app, self._translators)
        for translator in self._translators:
            translator.deleteLater()
        self._language = wanted
        self._translators = install_translations(self._app, wanted)
        self.language_changed.emit(wanted)
        return True


def language_switcher(app: QCoreApplication | None = None, language: str | None = None) -> LanguageSwitcher:
    """The application's switcher; the first call installs ``language`` (else the default locale's)."""
    app = app or QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    existing = app.findChild(LanguageSwitcher, _SWITCHER_NAME)
    if isinstance(existing, LanguageSwitcher):
        if language is not None:
            existing.switch(language)
        return existing
    return LanguageSwitcher(app, language or language_of(QLocale()))


def language_of(locale: QLocale) -> str:
    """The app's language code for a locale (English for one the app is not translated into)."""
    for code, qt_language in _QT_LANGUAGES.items():
        if locale.language() == qt_language:
            return code
    return DEFAULT_LANGUAGE


# Each language named in itself: a menu or button a reader of that language recognises whatever is on screen.
NATIVE_NAMES = {"en": "English", "ru": "Русский", "ja": "日本語"}
