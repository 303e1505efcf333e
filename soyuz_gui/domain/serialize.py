"""Plain JSON-ready dictionaries of entities with their stored and derived values (``data show --json``)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import KIND_OF, Entity, Expedition, Mission, Origin, Person
from soyuz_gui.domain.records import Span
from soyuz_gui.domain.texts import translatable_texts
from soyuz_gui.domain.timeutil import Instant, duration_human, duration_iso


def _plain(value: Any) -> Any:
    if isinstance(value, Instant):
        return value.iso()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Origin):
        return {"file": value.path, "line": value.line}
    if isinstance(value, msgspec.Struct):
        return {name: _plain(getattr(value, name)) for name in value.__struct_fields__}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def span_json(span: Span | None) -> dict[str, str] | None:
    """A duration as ISO 8601 plus the words a person reads."""
    if span is None:
        return None
    return {"iso8601": duration_iso(span.delta, span.precision), "text": duration_human(span.delta, span.precision)}


def _localize(catalog: Catalog, entity: Entity, stored: dict[str, Any], language: str) -> list[str]:
    """Put the ``language`` text of each narrative field in place; returns the paths left in English."""
    english_left: list[str] = []
    for path, english in translatable_texts(entity):
        text, translated = catalog.text(entity.id, path, english, language)
        if not translated:
            english_left.append(path)
            continue
        head, _, leaf = path.partition(".")
        name, _, index = head.partition("[")
        if index:
            item = stored[name][int(index.rstrip("]"))]
            item[leaf or "text"] = text
        else:
            stored[name] = text
    return english_left


def entity_json(catalog: Catalog, entity: Entity, language: str = "en") -> dict[str, Any]:
    """Stored fields under their own names, derived values under ``derived``; narrative texts in ``language``
    where the data has them (``english_fallback`` lists the ones still in English)."""
    stored = _plain(entity)
    if language != "en":
        stored["language"] = language
        stored["english_fallback"] = _localize(catalog, entity, stored, language)
    if isinstance(entity, Mission):
        stored["stated"] = dict(entity.stated)
        # A backup seat never flew, and a ship still in flight has landed nobody: claim neither.
        for seat in stored["backup_crew"]:
            del seat["launched"], seat["landed"]
        if entity.landing.time is None:
            for seat in stored["crew"]:
                if seat["landed"]:
                    seat["landed"] = None
    result: dict[str, Any] = {"kind": KIND_OF[type(entity)].value, **stored}
    derived: dict[str, Any] = {}
    if isinstance(entity, Mission):
        before, after = catalog.programme_neighbours(entity)
        derived = {
            "mission_duration": span_json(catalog.mission_duration(entity)),
            "time_docked": span_json(catalog.time_docked(entity)),
            "crew_size": catalog.crew_size(entity),
            "crewed_soyuz_number": catalog.crewed_soyuz_number(entity),
            "soyuz_flight_number": catalog.soyuz_flight_number(entity),
            "spaceflight": entity.is_spaceflight,
            "flight_ordinals": {a.person: catalog.flight_ordinal(a.person, entity.id) for a in entity.crew},
            "events": [_plain(e) for e in catalog.events(entity)],
            "previous_mission": before.id if before else None,
            "next_mission": after.id if after else None,
        }
    elif isinstance(entity, Person):
        flights = catalog.flights(entity.id)
        derived = {
            "flights": [
                {
                    "name": f.name,
                    "launch": _plain(f.launch),
                    "landing": _plain(f.landing),
                    "launch_mission": f.launch_mission,
                    "landing_mission": f.landing_mission,
                    "duration": span_json(f.span),
                }
                for f in flights
            ],
            "flight_count": len(flights),
            "time_in_space": span_json(catalog.time_in_space(entity.id)),
            "backup_assignments": [r.mission.id for r in catalog.roles(entity.id) if r.backup],
            "expeditions_commanded": [e.id for e in catalog.expeditions_commanded(entity.id)],
        }
    elif isinstance(entity, Expedition):
        derived = {"members": catalog.expedition_members(entity)}
    if derived:
        result["derived"] = derived
    return result
