"""The narrative texts of an entity (notes, event titles and descriptions, outcome notes, descriptions), each under
the path a translation file keys it by: ``notes[2]``, ``events[0].title``, ``outcomes[0].note``, ``description``."""

from __future__ import annotations

from soyuz_gui.domain.entities import Entity, Expedition, Mission, Person, Programme, Station


def translatable_texts(entity: Entity) -> list[tuple[str, str]]:
    """(path, English text) for every text of the entity a visitor reads as prose."""
    found: list[tuple[str, str]] = []
    if isinstance(entity, Programme) and entity.description:
        found.append(("description", entity.description))
    if isinstance(entity, Mission | Person | Station | Expedition):
        found.extend((f"notes[{i}]", note.text) for i, note in enumerate(entity.notes))
    if isinstance(entity, Mission):
        for i, event in enumerate(entity.events):
            found.append((f"events[{i}].title", event.title))
            if event.description:
                found.append((f"events[{i}].description", event.description))
        found.extend((f"outcomes[{i}].note", o.note) for i, o in enumerate(entity.outcomes) if o.note)
    return found
