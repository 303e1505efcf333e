"""The start-up snapshot's lazy parts: the missions, the references, the translations, the people, the
expeditions, the stations, the launch sites and the agencies, which the first screen does not need whole (the tree
shows a screenful of missions and a page names a handful of people, places and references; an English window shows
no translation).

A part is laid out so that a look-up reads and keeps only what it needs: a 4-byte length, then a head (the ids,
sorted, with where each entity's encoding ends and its CRC-32, and the CRC-32 of all the encodings together), then
the encodings one after another. The snapshot records the CRC-32 of the length and the head. The first use of a
part reads the head and checks it and the part's length, and keeps only the head in memory; each look-up then reads
its one entry, checks its CRC-32 and decodes it. Checking every entry at the first use would cost start-up time in
proportion to the data (issue 19), so the whole part is checked by :meth:`LazyPart.verify` instead, which the app
runs right after the first paint: damage anywhere in a part is noticed then, and no entry is ever used unchecked.
Where a part's bytes come from is the snapshot's business (:mod:`soyuz_gui.loading.snapshot`); a part, or an entry,
that cannot be read, does not match or does not decode is replaced by the entities of a fresh load of the YAML,
never trusted in part.
"""

from __future__ import annotations

import operator
import struct
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import islice

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import (
    Agency,
    Entity,
    Expedition,
    Kind,
    Mission,
    Person,
    Reference,
    Site,
    Station,
    Translation,
)

# In the file's order.
LAZY_KINDS = (Kind.MISSION, Kind.REFERENCE, Kind.TRANSLATION, Kind.PERSON, Kind.EXPEDITION, Kind.STATION, Kind.SITE,
              Kind.AGENCY)
# The order a look-up of an id of any kind asks the parts in (ids are unique across kinds): the kinds pages link
# to most first, so that a page naming people and expeditions does not open the translations.
LOOKUP_ORDER = (Kind.MISSION, Kind.PERSON, Kind.STATION, Kind.SITE, Kind.AGENCY, Kind.EXPEDITION, Kind.REFERENCE,
                Kind.TRANSLATION)
LAZY_TYPES: dict[Kind, type[Entity]] = {Kind.MISSION: Mission, Kind.REFERENCE: Reference, Kind.TRANSLATION: Translation,
                                        Kind.PERSON: Person, Kind.EXPEDITION: Expedition, Kind.STATION: Station,
                                        Kind.SITE: Site, Kind.AGENCY: Agency}
_DECODE_ERRORS = (msgspec.DecodeError, ValueError, TypeError, RecursionError)
_PREFIX = 4  # the head's length, little-endian
_CHUNK = 1 << 20  # what verify() reads at a time
# sorted ids; each entry's end offset and CRC-32, packed "<I" each; the CRC-32 of all the entries
_Head = tuple[list[str], bytes, bytes, int]

Reader = Callable[[int, int], "bytes | None"]  # (offset, length) in the part -> exactly those bytes, or None


def encode_entries(entries: dict[str, bytes]) -> bytes:
    """A part of these encodings by id (:func:`encode_part` for entities)."""
    ids = sorted(entries)
    ends: list[int] = []
    end = 0
    for entity_id in ids:
        end += len(entries[entity_id])
        ends.append(end)
    body = b"".join(entries[i] for i in ids)
    head = msgspec.msgpack.encode((ids, struct.pack(f"<{len(ids)}I", *ends),
                                   struct.pack(f"<{len(ids)}I", *(zlib.crc32(entries[i]) for i in ids)),
                                   zlib.crc32(body)))
    return len(head).to_bytes(_PREFIX, "little") + head + body


def encode_part(entities: Iterable[Entity]) -> bytes:
    return encode_entries({e.id: msgspec.msgpack.encode(e) for e in entities})


def head_crc(part: bytes) -> int:
    """What the snapshot records of a part: the CRC-32 of its length and head."""
    return zlib.crc32(part[:_PREFIX + int.from_bytes(part[:_PREFIX], "little")])


def memory_reader(part: bytes) -> Reader:
    """A reader of a part held in memory."""
    def read(offset: int, length: int) -> bytes | None:
        return part[offset:offset + length] if offset >= 0 and offset + length <= len(part) else None

    return read


class LazyPart:
    """The entities of one kind, decoded on demand (the catalog's ``deferred``).

    ``read`` gives bytes of the part (None when they cannot be had); ``crc`` and ``size`` are what the snapshot
    recorded of it (its head's CRC-32 and its length); ``rebuild`` loads the YAML (and rewrites the snapshot) when
    the part cannot be read or does not match, or an entry does not decode into the entity it is filed under."""

    def __init__(self, kind: Kind, read: Reader, crc: int, size: int, rebuild: Callable[[], Catalog]) -> None:
        self._kind = kind
        self._read = read
        self._crc = crc
        self._size = size
        self._rebuild = rebuild
        self._head: _Index | None = None
        self._from_yaml: dict[str, Entity] | None = None

    def _opened(self) -> _Index | None:
        """The head, or None once the part proved unusable (then ``_from_yaml`` holds the entities)."""
        if self._head is None and self._from_yaml is None:
            self._head = _check(self._read, self._crc, self._size)
            if self._head is None:
                self._use_yaml()
        return self._head

    def _use_yaml(self) -> None:
        self._head = None
        self._from_yaml = {e.id: e for e in self._rebuild().of_kind(self._kind)}

    def _decode(self, entity_id: str, data: bytes | None, crc: int) -> Entity | None:
        if data is None or zlib.crc32(data) != crc:
            return None  # the file changed under us: not to be trusted
        try:
            entity: Entity = msgspec.msgpack.decode(data, type=LAZY_TYPES[self._kind])
        except _DECODE_ERRORS:
            return None
        return entity if entity.id == entity_id else None  # filed under another id: not to be trusted

    def one(self, entity_id: str) -> Entity | None:
        head = self._opened()
        if head is not None:
            ids = head.ids
            at = bisect_left(ids, entity_id)
            if at == len(ids) or ids[at] != entity_id:
                return None
            start, end = head.end(at - 1), head.end(at)
            data = self._read(head.start + start, end - start) if start <= end else None
            entity = self._decode(entity_id, data, head.crc(at))
            if entity is not None:
                return entity
            self._use_yaml()
        assert self._from_yaml is not None
        return self._from_yaml.get(entity_id)

    def ids(self) -> list[str]:
        """The ids of the part's entities, none of them decoded."""
        head = self._opened()
        if head is not None:
            return list(head.ids)
        assert self._from_yaml is not None
        return list(self._from_yaml)

    def all(self) -> list[Entity]:
        head = self._opened()
        if head is not None:
            entries = self._read(head.start, head.end(len(head.ids) - 1))
            decoded = [self._decode(entity_id, None if entries is None else entries[head.end(i - 1):head.end(i)],
                                    head.crc(i)) for i, entity_id in enumerate(head.ids)]
            if all(e is not None for e in decoded):
                return [e for e in decoded if e is not None]
            self._use_yaml()
        assert self._from_yaml is not None
        return list(self._from_yaml.values())

    def verify(self) -> bool:
        """Check the whole part (every entry, not only those looked up); False when it had to be replaced by the
        YAML's entities. Costs one read of the part and one CRC-32 over it: run it off the start-up path."""
        head = self._opened()
        if head is None:
            return self._from_yaml is None
        crc, at, size = 0, 0, head.end(len(head.ids) - 1)
        while at < size:  # in slices, so that a big part is never held whole
            chunk = self._read(head.start + at, min(_CHUNK, size - at))
            if chunk is None:
                break
            crc, at = zlib.crc32(chunk, crc), at + len(chunk)
        if at == size and crc == head.body_crc:
            return True
        self._use_yaml()
        return False


def intact(part: bytes, crc: int) -> bool:
    """Whether a whole part matches ``crc`` (what the snapshot recorded of its head) and its entries theirs."""
    head = _check(memory_reader(part), crc, len(part))
    return head is not None and zlib.crc32(memoryview(part)[head.start:]) == head.body_crc


def _check(read: Reader, crc: int, size: int) -> _Index | None:
    """The part's head when it matches what was recorded and the entries fill the rest of the part exactly;
    None otherwise. The entries themselves are checked one by one as they are read, and all at once by
    :meth:`LazyPart.verify`."""
    prefix = read(0, _PREFIX)
    if prefix is None or len(prefix) != _PREFIX:
        return None
    stored = read(0, _PREFIX + int.from_bytes(prefix, "little"))
    if stored is None or stored[:_PREFIX] != prefix or zlib.crc32(stored) != crc:
        return None
    try:
        ids, ends, crcs, body_crc = msgspec.msgpack.decode(stored[_PREFIX:], type=_Head)
    except _DECODE_ERRORS:
        return None
    # Sorted, each once (found by bisection); compared without a Python call per id, as the head grows with the data.
    if len(ends) != 4 * len(ids) or len(crcs) != 4 * len(ids) or not all(map(operator.lt, ids, islice(ids, 1, None))):
        return None
    head = _Index(ids, ends, crcs, len(stored), body_crc)
    return head if head.start + head.end(len(ids) - 1) == size else None


class _Index:
    """A checked head: the sorted ids, where each entry ends and its CRC-32, where the entries start, and the
    CRC-32 of all the entries."""

    __slots__ = ("body_crc", "crcs", "ends", "ids", "start")

    def __init__(self, ids: list[str], ends: bytes, crcs: bytes, start: int, body_crc: int) -> None:
        self.ids, self.ends, self.crcs, self.start, self.body_crc = ids, ends, crcs, start, body_crc

    def end(self, index: int) -> int:
        """Where entry ``index`` ends in the entries (-1: where the first starts, 0)."""
        return 0 if index < 0 else int(struct.unpack_from("<I", self.ends, 4 * index)[0])

    def crc(self, index: int) -> int:
        return int(struct.unpack_from("<I", self.crcs, 4 * index)[0])
