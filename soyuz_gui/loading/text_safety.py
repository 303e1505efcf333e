"""Characters that make a name lie about itself: bidirectional overrides, invisible characters, and words that
mix look-alike letters from two alphabets (a Cyrillic "А" inside "Anton"). No Qt.

Real names need some of these: ZWNJ and ZWJ join or keep apart letters in Persian, Indic and other scripts, so
they are allowed between two letters of a script other than Latin, Cyrillic or Greek.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Bidirectional formatting characters: they reorder what is displayed without changing what is stored.
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
# Characters that take no space and show nothing, so two different names look the same.
_INVISIBLE = {0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x2060, 0x2061, 0x2062, 0x2063,
              0x2064, 0x3164, 0xFEFF, 0xFFA0, *range(0xFE00, 0xFE10)}
_JOINERS = {0x200C, 0x200D}
_CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


@lru_cache(maxsize=8192)  # a name costs one look-up per letter; the data holds a few thousand distinct letters
def _script(ch: str) -> str | None:
    """The alphabet of a letter, as far as look-alikes go (None for anything that is not a letter)."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return next((s for s in _CONFUSABLE_SCRIPTS if name.startswith(s)), "OTHER")


def unsafe_text(text: str) -> str | None:
    """Why ``text`` must not be used as a name or title, or None when it is fine."""
    if text.isascii():  # no control, invisible or bidi character is ASCII, and ASCII letters are all Latin
        return None
    for index, ch in enumerate(text):
        code = ord(ch)
        if code in _BIDI:
            return (f"contains the invisible bidirectional control {_label(ch)}, which can make the text display "
                    "reversed or reordered")
        if code in _INVISIBLE or unicodedata.category(ch) == "Cf" and code not in _JOINERS:
            return f"contains the invisible character {_label(ch)}, so it would not match what people type"
        if code in _JOINERS and not _joiner_allowed(text, index):
            return (f"contains {_label(ch)} outside a script that needs it (allowed only between two letters of "
                    "one script other than Latin, Cyrillic or Greek)")
    # A word is a run of letters: "α-Centauri" mixes nothing, "Аnton" with a Cyrillic "А" does.
    for word in re.findall(r"[^\W\d_]+", text):
        scripts = {s for s in map(_script, word) if s in _CONFUSABLE_SCRIPTS}
        if len(scripts) > 1:
            names = " and ".join(sorted(s.capitalize() for s in scripts))
            return f"mixes {names} letters in the word '{word}' (look-alike letters from two alphabets)"
    return None


def _joiner_allowed(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    left, right = _script(before) if before else None, _script(after) if after else None
    return left == "OTHER" and right == "OTHER"


def _label(ch: str) -> str:
    return f"U+{ord(ch):04X} ({unicodedata.name(ch, 'unnamed')})"
