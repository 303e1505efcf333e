"""The start-up snapshot's lazy parts: the references and the translations, which the first screen does not need
whole (a mission page cites a handful of references; an English window shows no translation).

Each part is a msgpack map from id to that entity's own encoding, so a look-up decodes the map of ids and the one
entity asked for, not the thousands beside it. Where a part's bytes come from, and how they are checked, is the
snapshot's business (:mod:`soyuz_gui.loading.snapshot`); a part that cannot be read or decoded here is replaced
by the entities of a fresh load of the YAML, never trusted in part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Entity, Kind, Reference, Translation

LAZY_KINDS = (Kind.REFERENCE, Kind.TRANSLATION)  # the parts, in the file's order
_TYPES: dict[Kind, type[Entity]] = {Kind.REFERENCE: Reference, Kind.TRANSLATION: Translation}
_DECODE_ERRORS = (msgspec.DecodeError, ValueError, TypeError, RecursionError)


def encode_part(entities: Iterable[Entity]) -> bytes:
    return msgspec.msgpack.encode({e.id: msgspec.Raw(msgspec.msgpack.encode(e)) for e in entities})


class LazyPart:
    """The entities of one kind, decoded on demand (the catalog's ``deferred``).

    ``read`` gives the part's checked bytes (None when they cannot be had); ``rebuild`` loads the YAML (and
    rewrites the snapshot) when they cannot, or when they do not decode into the entities they claim to be."""

    def __init__(self, kind: Kind, read: Callable[[], bytes | None], rebuild: Callable[[], Catalog]) -> None:
        self._kind = kind
        self._read = read
        self._rebuild = rebuild
        self._index: dict[str, msgspec.Raw] | None = None
        self._from_yaml: dict[str, Entity] | None = None

    def _opened(self) -> dict[str, msgspec.Raw] | None:
        """The map of ids, or None once the part proved unusable (then ``_from_yaml`` holds the entities)."""
        if self._index is None and self._from_yaml is None:
            data = self._read()
            try:
                self._index = None if data is None else msgspec.msgpack.decode(data, type=dict[str, msgspec.Raw])
            except _DECODE_ERRORS:
                self._index = None
            if self._index is None:
                self._use_yaml()
        return self._index

    def _use_yaml(self) -> None:
        self._index = None
        self._from_yaml = {e.id: e for e in self._rebuild().of_kind(self._kind)}

    def _decode(self, entity_id: str, raw: msgspec.Raw) -> Entity | None:
        try:
            entity: Entity = msgspec.msgpack.decode(raw, type=_TYPES[self._kind])
        except _DECODE_ERRORS:
            return None
        return entity if entity.id == entity_id else None  # filed under another id: not to be trusted

    def one(self, entity_id: str) -> Entity | None:
        index = self._opened()
        if index is not None:
            raw = index.get(entity_id)
            if raw is None:
                return None
            entity = self._decode(entity_id, raw)
            if entity is not None:
                return entity
            self._use_yaml()
        assert self._from_yaml is not None
        return self._from_yaml.get(entity_id)

    def all(self) -> list[Entity]:
        index = self._opened()
        if index is not None:
            decoded = [self._decode(entity_id, raw) for entity_id, raw in index.items()]
            if all(e is not None for e in decoded):
                return [e for e in decoded if e is not None]
            self._use_yaml()
        assert self._from_yaml is not None
        return list(self._from_yaml.values())
