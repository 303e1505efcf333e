"""Dates and durations never break inside (issue 17: a Japanese card wrote "2017年12月17" / "日")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument, QTextOption

from soyuz_gui.models.formats import Formats
from soyuz_gui.widgets.detail_pages import page_for
from soyuz_gui.widgets.keep_whole import WORD_JOINER, keep_whole

VALUE = re.compile(r"[0-9年月日時間分秒 :UTC]+")  # a card's or a fact's date or duration, nothing else
WHOLE = ["2017年12月17日", "2018年6月3日", "168日", "5時間", "18分", "07:21", "12:39"]


def lines_of(document: QTextDocument) -> list[str]:
    """Every laid-out line of the dates and durations standing on their own (the cards, the Facts), as drawn
    (word joiners have no width and are left out). Running Japanese prose may wrap anywhere, as Japanese
    typesetting does."""
    document.documentLayout().documentSize()  # lays the document out
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if not VALUE.fullmatch(block.text().replace(WORD_JOINER, "")):
            block = block.next()
            continue
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()].replace(WORD_JOINER, ""))
        block = block.next()
    return lines


def laid_out(html: str, width: int) -> list[str]:
    document = QTextDocument()
    # Whole words only, as the kiosk lays out its pages (fit.py): a joined date that cannot fit stands out
    # rather than breaking anywhere, so only real break opportunities show here.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.setTextWidth(width)
    return lines_of(document)


def split_words(lines: list[str]) -> set[str]:
    """Words of ``WHOLE`` that start on one line and end on the next."""
    split = set()
    for first, second in zip(lines, lines[1:], strict=False):
        joined = first.rstrip() + second.lstrip()
        split.update(w for w in WHOLE if w in joined and w not in first and w not in second)
    return split


def test_joiners_go_only_between_wide_characters_and_their_neighbours():
    joined = WORD_JOINER.join(["2017", "年", "12", "月", "17", "日"])
    assert keep_whole("2017年12月17日 07:21 UTC") == joined + " 07:21 UTC"
    for text in ("17 December 2017, 07:21 UTC", "17 декабря 2017 г., 07:21 UTC", "168 days 5 hours"):
        assert keep_whole(text) == text


@pytest.mark.parametrize("width", range(560, 1600, 40))  # a portrait kiosk's page up to a 4K one's
def test_japanese_cards_never_split_a_date_or_a_duration(language, catalog, width):
    language("ja")
    html = page_for(catalog, "soyuz-ms-07", formats=Formats.current())
    assert split_words(laid_out(html, width)) == set()


def test_without_the_joiners_the_same_cards_split_dates(language, catalog):
    """The check above can fail: the page as it was (no joiners) splits a date or a duration at some width."""
    language("ja")
    html = page_for(catalog, "soyuz-ms-07", formats=Formats.current()).replace(WORD_JOINER, "")
    split: set[str] = set()
    for width in range(560, 1600, 40):
        split |= split_words(laid_out(html, width))
    assert split
