"""Interface translations: complete catalogues, in step with the code, and Russian and Japanese pages on screen."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from soyuz_gui.app.i18n import (
    LANGUAGES,
    catalogue_path,
    choose_language,
    install_translations,
    language_switcher,
    normalise_language,
    qt_catalogue_path,
    remove_translations,
    system_language,
)
from soyuz_gui.cli import build_parser
from soyuz_gui.domain import Catalog
from soyuz_gui.widgets.detail_pages import Formats, ordinal_word, page_for
from soyuz_gui.widgets.keep_whole import WORD_JOINER

REPO = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str | None:
    """A PySide6 tool on PATH, else the one installed beside this Python (a virtual environment not on PATH)."""
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
CATALOGUES = REPO / "resources" / "translations"
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLURAL_FORMS = {"ru": 3, "ja": 1}

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from soyuz_gui.app.main_window import MainWindow

Message = tuple[str, str, str]  # context, source, disambiguation
Install = Callable[[str], None]


def messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def text_of(html: str) -> str:
    """The page's words as read (the word joiners that keep Japanese dates whole are invisible)."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(WORD_JOINER, "").split())


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language for one test, then put English and the previous default locale back."""
    previous = QLocale()
    installed: list[QTranslator] = []

    def install(code: str) -> None:
        installed.extend(install_translations(qapp, code))

    yield install
    remove_translations(qapp, installed)
    QLocale.setDefault(previous)


# --- the catalogues ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang: str) -> None:
    ts = CATALOGUES / f"soyuz_gui_{lang}.ts"
    root = ET.parse(ts).getroot()
    assert root.get("language", "").startswith(lang)
    found = messages(ts)
    assert len(found) > 200
    problems = []
    for (context, source, _), message in found.items():
        translation = message.find("translation")
        assert translation is not None
        if "%n" in source and message.get("numerus") != "yes":
            problems.append(f"{context}: {source!r} counts with %n but is not a plural message; write it "
                            f"self.tr(text, comment, n) in a class (lupdate 6.11 misses translate(..., n))")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[lang] or not all(f.strip() for f in forms):
                problems.append(f"{context}: {source!r} needs {PLURAL_FORMS[lang]} plural forms, has {forms}")
            elif not all("%n" in f or "%Ln" in f for f in forms):
                problems.append(f"{context}: {source!r} lost %n")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has an empty translation")
        else:
            placeholders = set(re.findall(r"\{\w+\}", source))
            if placeholders != set(re.findall(r"\{\w+\}", translation.text or "")):
                problems.append(f"{context}: {source!r} -> {translation.text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def _lupdate() -> str:
    tool = _tool("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    return tool


def test_catalogues_hold_every_string_of_the_package(tmp_path: Path) -> None:
    """Run lupdate over the package: a string the code translates but the catalogues lack fails here."""
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "soyuz_gui").rglob("*.py"))
    fresh = tmp_path / "fresh_ru.ts"
    subprocess.run([_lupdate(), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   cwd=REPO, check=True, capture_output=True, timeout=120)
    extracted = set(messages(fresh))
    assert len(extracted) > 200
    for lang in TRANSLATED:
        committed = set(messages(CATALOGUES / f"soyuz_gui_{lang}.ts"))
        missing = sorted(extracted - committed)
        assert not missing, (f"soyuz_gui_{lang}.ts lacks {len(missing)} strings; run tools/update_translations.sh "
                             f"and translate them: {missing[:10]}")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalogue_matches_its_source(tmp_path: Path, lang: str) -> None:
    """The committed .qm is what lrelease makes of the committed .ts (so a checkout needs no build step)."""
    tool = _tool("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / f"soyuz_gui_{lang}.qm"
    subprocess.run([tool, "-silent", str(CATALOGUES / f"soyuz_gui_{lang}.ts"), "-qm", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    assert catalogue_path(lang).read_bytes() == fresh.read_bytes(), "run tools/update_translations.sh"
    assert qt_catalogue_path(lang).exists()


# --- on screen ----------------------------------------------------------------------------------------------------

def test_english_is_the_source_and_needs_no_translator(language: Install, catalog: Catalog) -> None:
    language("en")
    text = text_of(page_for(catalog, "soyuz-ms-07", formats=Formats.current()))
    for phrase in ["Mission duration 168 days 5 hours 18 minutes", "17 December 2017, 07:21 UTC", "7,290 kg",
                   "Third spaceflight", "136th flight", "Flight Engineer 1 Scott D. Tingle"]:
        assert phrase in text


def test_russian_page_has_russian_labels_and_dates(language: Install, catalog: Catalog) -> None:
    language("ru")
    assert QLocale().language() == QLocale.Language.Russian
    html = page_for(catalog, "soyuz-ms-07", formats=Formats.current())
    assert "7\u00a0290 кг" in html  # Russian groups digits with a no-break space
    text = text_of(html)
    for phrase in ["Длительность полёта 168 дней 5 часов 18 минут", "Запуск 17 декабря 2017 г., 07:21 UTC",
                   "Посадка 3 июня 2018 г., 12:39 UTC", "Третий космический полёт",
                   "Бортинженер-1 Scott D. Tingle", "Командир Anton Shkaplerov", "США", "Экипаж",
                   "Это 136-й полёт корабля «Союз»", "166 дней 0 часов 37 минут"]:
        assert phrase in text, phrase
    # Names stay as the data has them; the mission's type is one of a known list and is translated (issue 17).
    assert "Soyuz MS-07" in text and "Снабжение МКС" in text and "ISS resupply" not in text
    assert "Mission duration" not in text


def test_japanese_page_has_japanese_labels_and_dates(language: Install, catalog: Catalog) -> None:
    language("ja")
    text = text_of(page_for(catalog, "soyuz-ms-07", formats=Formats.current()))
    for phrase in ["ミッション期間 168日 5時間 18分", "打ち上げ 2017年12月17日 07:21 UTC", "打ち上げ質量 7,290 kg",
                   "3回目の宇宙飛行", "フライトエンジニア1 Scott D. Tingle", "136回目の飛行", "日本"]:
        assert phrase in text, phrase
    assert "Mission duration" not in text


def test_translated_counts_use_the_plural_forms_of_the_language(language: Install) -> None:
    language("ru")
    formats = Formats.current()
    from datetime import timedelta

    assert formats.duration(timedelta(days=1, hours=2, minutes=5)) == "1 день 2 часа 5 минут"
    assert formats.duration(timedelta(days=21, hours=11, minutes=22)) == "21 день 11 часов 22 минуты"
    assert ordinal_word(4) == "Четвёртый"


def test_widgets_built_after_install_are_translated(language: Install, qtbot: QtBot, catalog: Catalog) -> None:
    language("ja")
    from soyuz_gui.widgets.aboard_panel import AboardPanel
    from soyuz_gui.widgets.mission_tree import MissionTree

    tree = MissionTree(catalog)
    qtbot.addWidget(tree)
    assert tree.group_box.itemText(tree.group_box.findData("year")) == "打ち上げ年別"
    assert tree.model.headerData(0, Qt.Orientation.Horizontal) == "名前"
    assert tree.filter_box.placeholderText().startswith("ミッション")
    panel = AboardPanel(catalog)
    qtbot.addWidget(panel)
    panel.show_mission_moment("soyuz-ms-07")
    assert panel.result.toPlainText().startswith("2017年12月19日 08:39 UTC時点の搭乗者: 6人")


def test_removing_the_translators_brings_english_back(qapp: QApplication, catalog: Catalog) -> None:
    previous = QLocale()
    translators = install_translations(qapp, "ru")
    try:
        assert len(translators) == 2  # the app's catalogue and Qt's own
        assert "Длительность полёта" in page_for(catalog, "soyuz-ms-07")
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(previous)
    assert "Mission duration" in page_for(catalog, "soyuz-ms-07")


def test_run_installs_the_language_before_building_the_window(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    """``soyuz-gui --lang ru``: the window is built with Russian text."""
    from soyuz_gui.app import main

    seen: dict[str, str] = {}

    def fake_screenshot(_app: QApplication, window: MainWindow, _args: argparse.Namespace) -> int:
        seen["grouping"] = window.tree.group_box.itemText(0)
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(main, "_screenshot", fake_screenshot)
    monkeypatch.setattr(tempfile, "TemporaryDirectory", lambda: type("Scratch", (), {"name": str(tmp_path)}))
    previous = QLocale()
    args = build_parser().parse_args(["--lang", "ru", "--screenshot", str(tmp_path / "shot.png")])
    try:
        assert main.run(args) == 0
    finally:
        language_switcher(qapp).switch("en")  # run() installs the language through the app's switcher
        QLocale.setDefault(previous)
    assert seen["grouping"] == "По программе"


# --- choosing the language ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "expected"), [("en", "en"), ("ru", "ru"), ("ja", "ja"), ("RU", "ru"),
                                                 ("ru_RU", "ru"), ("ja-JP", "ja"), ("ru_RU.UTF-8", "ru")])
def test_lang_option_accepts_languages_and_locale_names(given: str, expected: str) -> None:
    assert build_parser().parse_args(["--lang", given]).lang == expected


def test_lang_option_defaults_to_the_system_and_rejects_others(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args([]).lang is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "de"])
    assert "interface languages" in capsys.readouterr().err


def test_command_line_and_app_agree_on_the_languages() -> None:
    from soyuz_gui import cli

    assert cli.LANGUAGES == LANGUAGES  # cli.py keeps its own copy: it must not import Qt
    assert all(catalogue_path(lang).exists() for lang in TRANSLATED)


def test_system_language_falls_back_to_english() -> None:
    assert system_language(["de-DE", "ja-JP", "en-US"]) == "ja"
    assert system_language(["de-DE", "fr-FR"]) == "en"
    assert system_language([]) == "en"
    assert normalise_language("pt_BR") is None
    assert choose_language("ru") == "ru"
    assert choose_language(None) in LANGUAGES


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", {1: "Осталась 1 попытка", 2: "Осталось 2 попытки", 5: "Осталось 5 попыток", 21: "Осталась 21 попытка"}),
    ("ja", {1: "残り1回", 2: "残り2回", 5: "残り5回", 21: "残り21回"}),
])
def test_kiosk_pin_messages_use_the_plural_forms_of_the_language(language: Install, lang: str,
                                                                  expected: dict[int, str]) -> None:
    from soyuz_gui.app.kiosk.countdown import returning_text
    from soyuz_gui.app.kiosk.pin_pad import locked_text, tries_left_text

    language(lang)
    for n, words in expected.items():
        assert words in tries_left_text(n)
    seconds = {"ru": ("1 секунду", "3 секунды", "60 секунд"), "ja": ("1秒後", "3秒後", "60秒後")}[lang]
    assert [seconds[0] in locked_text(1), seconds[1] in locked_text(3), seconds[2] in locked_text(60)] == [True] * 3
    assert ("2 минуты" if lang == "ru" else "2分後") in locked_text(120)
    assert ("через 4 секунды" if lang == "ru" else "4秒後") in returning_text(4)


@pytest.mark.parametrize("lang", ["ru", "ja"])
def test_mission_texts_show_in_the_interface_language(language: Install, catalog: Catalog, lang: str) -> None:
    language(lang)
    translated = catalog.text("soyuz-11", "notes[0]", "", lang)
    assert translated[1]
    html = page_for(catalog, "soyuz-11", formats=Formats.current())
    assert translated[0] in text_of(html)
    english = next(m.notes[0].text for m in catalog.missions() if m.id == "soyuz-11")
    assert english not in text_of(html)


def test_an_untranslated_text_shows_in_english_marked_as_such(language: Install, catalog: Catalog) -> None:
    from soyuz_gui.domain import Note
    from soyuz_gui.widgets.page_kit import Page, Palette

    language("ru")
    page = Page(catalog, Palette(), Formats.current())
    html = page.note_html(Note("A sentence nobody translated."), "soyuz-11", 999)
    assert "A sentence nobody translated." in text_of(html) and "по-английски" in text_of(html)
