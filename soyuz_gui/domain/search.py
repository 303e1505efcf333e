"""Global search over missions, people, expeditions, events and the rest, ranked for a search box."""

from __future__ import annotations

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Expedition, Mission, Person, Reference

# Lower ranks first: what people look for most comes before sources and sites.
_KIND_ORDER = {"mission": 0, "person": 1, "expedition": 2, "event": 3}


class SearchHit(msgspec.Struct, frozen=True):
    title: str
    subtitle: str
    kind: str          # mission, person, expedition, event, agency, site, station, programme, reference
    entity_id: str     # what opening the hit shows (an event opens its mission)
    rank: tuple[int, int, str]


def _match_rank(needle: str, *texts: str | None) -> int | None:
    """0 exact, 1 prefix, 2 word prefix, 3 substring; None when no text matches."""
    best: int | None = None
    for text in texts:
        if not text:
            continue
        hay = text.casefold()
        if hay == needle:
            rank = 0
        elif hay.startswith(needle):
            rank = 1
        elif any(word.startswith(needle) for word in hay.replace("-", " ").split()):
            rank = 2
        elif needle in hay:
            rank = 3
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


def search(catalog: Catalog, text: str, limit: int = 40) -> list[SearchHit]:
    """Hits for every word of the query (all words must match), best first."""
    words = text.casefold().split()
    if not words:
        return []
    hits: list[SearchHit] = []

    def consider(title: str, subtitle: str, kind: str, entity_id: str, *texts: str | None) -> None:
        ranks = [_match_rank(word, title, *texts) for word in words]
        if any(r is None for r in ranks):
            return
        score = sum(r for r in ranks if r is not None)
        hits.append(SearchHit(title, subtitle, kind, entity_id, (score, _KIND_ORDER.get(kind, 9), title)))

    for entity in catalog:
        if isinstance(entity, Mission):
            launch = entity.launch.time
            consider(entity.name, launch.human() if launch else "launch date unknown", "mission", entity.id,
                     entity.id, entity.cospar_id, entity.callsign)
            for event in entity.events:
                consider(event.title, f"{entity.name} · {event.time.human()}", "event", entity.id,
                         event.kind.value, entity.name)
        elif isinstance(entity, Person):
            agency = catalog.agency(entity.agency)
            consider(entity.name, entity.native_name or (agency.name if agency else ""), "person", entity.id,
                     entity.native_name, entity.id)
        elif isinstance(entity, Expedition):
            consider(entity.name, "ISS expedition", "expedition", entity.id, entity.id)
        elif isinstance(entity, Reference):
            consider(entity.title, entity.publisher or "reference", "reference", entity.id)
        else:
            kind = catalog.kind_of(entity.id)
            consider(entity.name, kind.value if kind else "", kind.value if kind else "", entity.id, entity.id)
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]
