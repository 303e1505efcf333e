"""Dates and durations that wrap only at their spaces, in every script.

Japanese text may break between any two characters, so a narrow card wrote "2017年12月17" on one line and "日" on
the next. A word joiner (U+2060: no width, no break either side) between characters where one is a wide East Asian
character keeps "2017年12月17日" and "18分" whole; Latin and Cyrillic text is returned unchanged.
"""

from __future__ import annotations

import unicodedata

WORD_JOINER = "\u2060"


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def keep_whole(text: str) -> str:
    """``text`` with its runs between spaces made unbreakable where East Asian line breaking would split them."""
    out: list[str] = []
    previous = ""
    for char in text:
        if previous and not previous.isspace() and not char.isspace() and (_wide(char) or _wide(previous)):
            out.append(WORD_JOINER)
        out.append(char)
        previous = char
    return "".join(out)
