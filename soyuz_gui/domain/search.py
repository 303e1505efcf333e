"""Global search over missions, people, expeditions, events and the rest, ranked for a search box.

Forgiving the way people type: case, accents, hyphens and leading zeros do not matter ("ms7", "ms-07" and
"Soyuz MS 7" all find Soyuz MS-07), Cyrillic is read as Latin too ("Шкаплеров" and "shkaplerov"), and a slip of a
letter or two in a longer word still finds it ("shkaplerv", "kanay"). Every query word must match; exact words rank
before prefixes, prefixes before near misses. The normalised words of each entity are worked out once per catalog.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable, Iterator, Sequence

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Expedition, Mission, Person, Reference, Translation

# Lower ranks first: what people look for most comes before sources and sites.
_KIND_ORDER = {"mission": 0, "person": 1, "expedition": 2, "station": 3, "event": 4}

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
# A word is a run of letters or a run of digits: "MS-07" and "ms07" both give ["ms", "7"].
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


class SearchHit(msgspec.Struct, frozen=True):
    title: str
    subtitle: str
    kind: str          # mission, person, expedition, event, agency, site, station, programme, reference
    entity_id: str     # what opening the hit shows (an event opens its mission)
    rank: tuple[int, int, str]


def word_groups(text: str | None) -> list[tuple[str, ...]]:
    """Each word of a text in its normalised forms: folded case, no accents, numbers without leading zeros, and
    Cyrillic also read as Latin (``("шкаплеров", "shkaplerov")``)."""
    if not text:
        return []
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
    groups: list[tuple[str, ...]] = []
    for token in _TOKEN.findall(plain):
        if token.isdigit():
            groups.append((token.lstrip("0") or "0",))
            continue
        latin = "".join(_CYRILLIC.get(ch, ch) for ch in token)
        groups.append((token, latin) if latin != token else (token,))
    return groups


def words(text: str | None) -> list[str]:
    """Every normalised form of every word of a text."""
    return [form for group in word_groups(text) for form in group]


def _near(a: str, b: str) -> bool:
    """A typo away: one edit for words of 4–7 letters, two from 8 (never for numbers)."""
    if a.isdigit() or b.isdigit() or len(a) < 4:
        return False
    allowed = 2 if len(a) >= 8 else 1
    if abs(len(a) - len(b)) > allowed:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > allowed:
            return False
        previous = current
    return previous[-1] <= allowed


def _word_rank(query: str, text_words: list[str], near: dict[str, bool]) -> int | None:
    """0 a whole word, 1 a word's beginning, 3 a near miss; None when nothing matches.

    ``near`` remembers the typo test per word for one query word (names repeat a lot: "Soyuz", "Expedition").
    """
    best: int | None = None
    for word in text_words:
        if word == query:
            return 0
        if word.startswith(query) and not query.isdigit():
            best = 1
        elif best is None:
            close = near.get(word)
            if close is None:
                close = near[word] = _near(query, word)
            if close:
                best = 3
    return best


class _Entry(msgspec.Struct, frozen=True):
    title: str
    subtitle: str
    kind: str
    entity_id: str
    words: list[str]  # of the name people read
    extra: list[str] = []  # ids, COSPAR, call sign, native name...: they match too, a step lower
    length: int = 0  # how many words the name has: of two equal matches the one with fewer words left over wins


def _entry(title: str, subtitle: str, kind: str, entity_id: str, *extra: str | None) -> _Entry:
    return _Entry(title, subtitle, kind, entity_id, words(title), words(" ".join(filter(None, extra))),
                  len(word_groups(title)))


def _entries(catalog: Catalog) -> Iterator[_Entry]:
    for entity in catalog:
        if isinstance(entity, Mission):
            launch = entity.launch.time
            yield _entry(entity.name, launch.human() if launch else "launch date unknown", "mission", entity.id,
                         entity.id, entity.cospar_id, entity.callsign, entity.generation)
            for event in entity.events:
                yield _entry(event.title, f"{entity.name} · {event.time.human()}", "event", entity.id,
                             event.kind.value, entity.name)
        elif isinstance(entity, Person):
            agency = catalog.agency(entity.agency)
            yield _entry(entity.name, entity.native_name or (agency.name if agency else ""), "person", entity.id,
                         entity.native_name)
        elif isinstance(entity, Expedition):
            station = catalog.station(entity.station)
            yield _entry(entity.name, station.name if station else entity.station, "expedition", entity.id,
                         entity.id)
        elif isinstance(entity, Reference):
            yield _entry(entity.title, entity.publisher or "reference", "reference", entity.id)
        elif isinstance(entity, Translation):
            continue  # found through the entity it translates
        else:
            kind = catalog.kind_of(entity.id)
            yield _entry(entity.name, kind.value if kind else "", kind.value if kind else "", entity.id, entity.id,
                         getattr(entity, "native_name", None))


_INDEX: weakref.WeakKeyDictionary[Catalog, list[_Entry]] = weakref.WeakKeyDictionary()


def _index(catalog: Catalog) -> list[_Entry]:
    found = _INDEX.get(catalog)
    if found is None:
        found = _INDEX[catalog] = list(_entries(catalog))
    return found


def search(catalog: Catalog, text: str, limit: int = 40) -> list[SearchHit]:
    """Hits for every word of the query (all words must match), best first, each place once."""
    groups = word_groups(text)  # a Cyrillic query word matches in Cyrillic or in its Latin reading
    if not groups:
        return []
    best: dict[tuple[str, str, str], SearchHit] = {}
    near: list[dict[str, bool]] = [{} for _ in range(sum(len(g) for g in groups))]
    for entry in _index(catalog):
        score = 0
        slot = 0
        for group in groups:
            ranks: list[int] = []
            for form in group:
                found = _word_rank(form, entry.words, near[slot])
                if found is None and entry.extra:
                    other = _word_rank(form, entry.extra, near[slot])
                    found = None if other is None else other + 1
                slot += 1
                if found is not None:
                    ranks.append(found)
            if not ranks:
                break
            score += min(ranks)
        else:
            # How well it matched; then the name with fewest words left over ("Soyuz 1" before "Soyuz TM-1");
            # then what people look for most (sources last).
            kind_order = 99 if entry.kind == "reference" else _KIND_ORDER.get(entry.kind, 9)
            rank = (score * 10_000 + kind_order // 99 * 5_000 + max(entry.length - len(groups), 0) * 100
                    + kind_order, kind_order, entry.title)
            key = (entry.kind, entry.entity_id, entry.title)
            if key not in best or rank < best[key].rank:
                best[key] = SearchHit(entry.title, entry.subtitle, entry.kind, entry.entity_id, rank)
    hits = sorted(best.values(), key=lambda h: h.rank)
    return hits[:limit]


def matches_words(groups: list[tuple[str, ...]], text_words: list[str]) -> bool:
    """Whether every query word (``word_groups`` of the query) matches some word of a text (``words`` of it) the
    way ``search`` matches: whole word, beginning, or a typo away. For filters that keep or hide rows."""
    return word_matcher(groups)(text_words)


def word_matcher(groups: list[tuple[str, ...]]) -> Callable[[Sequence[str]], bool]:
    """:func:`matches_words` for one query and many texts: whether a word matches a query word is worked out once
    per distinct word (a tree's rows repeat the same names and words thousands of times)."""
    known: list[dict[str, bool]] = [{} for _ in groups]

    def matches(text_words: Sequence[str]) -> bool:
        for group, seen in zip(groups, known, strict=True):
            for word in text_words:
                hit = seen.get(word)
                if hit is None:
                    hit = seen[word] = any(_word_rank(form, [word], {}) is not None for form in group)
                if hit:
                    break
            else:
                return False
        return True

    return matches
