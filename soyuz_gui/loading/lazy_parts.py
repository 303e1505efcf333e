"""The start-up snapshot's lazy parts: the missions, the references, the translations, the people, the
expeditions, the stations, the launch sites and the agencies, which the first screen does not need whole (the tree
shows a screenful of missions and a page names a handful of people, places and references; an English window shows
no translation).

A part is laid out so that a look-up reads and keeps only what it needs: a 4-byte length, then a head, then the
encodings one after another (in id order) and last the ids themselves. The head is three numbers (how many entities,
the CRC-32 of everything after the head and the CRC-32 of the ids, which start where the last encoding ends) and
four columns of 4-byte
numbers: each id's CRC-32 as a hash, sorted, with the position of its entity; where each encoding ends and its
CRC-32. The snapshot records the CRC-32 of the length and the head. The first use of a part reads the head, checks
it and the part's length, and keeps it as it is: nothing in it is decoded one entity at a time, so opening a part
costs a read and a CRC-32 however many entities it holds (issue 19). A look-up bisects the hashes, reads its one
entry, checks its CRC-32 and decodes it; the id inside must be the one asked for. The ids are read only when all of
them are asked for. The whole part is checked by :meth:`LazyPart.verify` instead, which the app runs right after
the first paint (every byte, and the hashes against the ids): damage anywhere in a part is noticed then, and no
entry is ever used unchecked.
Where a part's bytes come from is the snapshot's business (:mod:`soyuz_gui.loading.snapshot`); a part, or an entry,
that cannot be read, does not match or does not decode is replaced by the entities of a fresh load of the YAML,
never trusted in part.
"""

from __future__ import annotations

import operator
import struct
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Final

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
_FIXED = 12  # the head's three numbers
# The columns are read in place as a sequence of numbers (memoryview.cast), so they are in the machine's own order:
# a snapshot is a cache of this machine's, never shipped.
_U32: Final = "I"
assert array(_U32).itemsize == 4

Reader = Callable[[int, int], "bytes | None"]  # (offset, length) in the part -> exactly those bytes, or None


def id_hash(entity_id: str) -> int:
    """Where an id is filed in a part's head (the same in every process, unlike hash())."""
    return zlib.crc32(entity_id.encode())


def encode_entries(entries: dict[str, bytes]) -> bytes:
    """A part of these encodings by id (:func:`encode_part` for entities)."""
    ids = sorted(entries)
    ends: list[int] = []
    end = 0
    for entity_id in ids:
        end += len(entries[entity_id])
        ends.append(end)
    by_hash = sorted(range(len(ids)), key=lambda at: (id_hash(ids[at]), ids[at]))
    listed = msgspec.msgpack.encode(ids)
    body = b"".join(entries[i] for i in ids) + listed
    head = b"".join([
        struct.pack("<3I", len(ids), zlib.crc32(body), zlib.crc32(listed)),
        array(_U32, (id_hash(ids[at]) for at in by_hash)).tobytes(), array(_U32, by_hash).tobytes(),
        array(_U32, ends).tobytes(), array(_U32, (zlib.crc32(entries[i]) for i in ids)).tobytes()])
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

    def _decode(self, data: bytes | None, crc: int) -> Entity | None:
        if data is None or zlib.crc32(data) != crc:
            return None  # the file changed under us: not to be trusted
        try:
            entity: Entity = msgspec.msgpack.decode(data, type=LAZY_TYPES[self._kind])
        except _DECODE_ERRORS:
            return None
        return entity

    def _entry(self, head: _Index, at: int) -> Entity | None:
        if at >= len(head.ends):  # a position the head's CRC-32 vouches for, but no entry has: not ours
            return None
        start, end = head.end(at - 1), head.end(at)
        return self._decode(self._read(head.start + start, end - start) if start <= end else None, head.crcs[at])

    def one(self, entity_id: str) -> Entity | None:
        head = self._opened()
        if head is not None:
            wanted = id_hash(entity_id)
            hashes = head.hashes
            at = bisect_left(hashes, wanted)
            while at < len(hashes) and hashes[at] == wanted:  # more than one only when two ids share a hash
                entity = self._entry(head, head.positions[at])
                if entity is None or id_hash(entity.id) != wanted:
                    break  # damaged, or filed under an id it does not have: not to be trusted
                if entity.id == entity_id:
                    return entity
                at += 1
            else:
                return None
            self._use_yaml()
        assert self._from_yaml is not None
        return self._from_yaml.get(entity_id)

    def count(self) -> int:
        """How many entities the part holds, none of them decoded."""
        head = self._opened()
        if head is not None:
            return len(head.hashes)
        assert self._from_yaml is not None
        return len(self._from_yaml)

    def ids(self) -> list[str]:
        """The ids of the part's entities, none of them decoded."""
        head = self._opened()
        if head is not None:
            ids = _listed_ids(self._read, head)
            if ids is not None:
                return ids
            self._use_yaml()
        assert self._from_yaml is not None
        return list(self._from_yaml)

    def all(self) -> list[Entity]:
        head = self._opened()
        if head is not None:
            entries = self._read(head.start, head.end(len(head.ends) - 1))
            decoded = [self._decode(None if entries is None else entries[head.end(i - 1):head.end(i)], head.crcs[i])
                       for i in range(len(head.ends))]
            ids = _listed_ids(self._read, head)
            if ids is not None and [None if e is None else e.id for e in decoded] == ids:
                return [e for e in decoded if e is not None]
            self._use_yaml()
        assert self._from_yaml is not None
        return list(self._from_yaml.values())

    def verify(self) -> bool:
        """Check the whole part (every entry, not only those looked up, and the head's hashes against the ids);
        False when it had to be replaced by the YAML's entities. Costs one read of the part, one CRC-32 over it
        and one per id: run it off the start-up path."""
        head = self._opened()
        if head is None:
            return self._from_yaml is None
        crc, at, size = 0, 0, head.size - head.start
        while at < size:  # in slices, so that a big part is never held whole
            chunk = self._read(head.start + at, min(_CHUNK, size - at))
            if chunk is None:
                break
            crc, at = zlib.crc32(chunk, crc), at + len(chunk)
        if at == size and crc == head.body_crc and _consistent(head, _listed_ids(self._read, head)):
            return True
        self._use_yaml()
        return False


def intact(part: bytes, crc: int) -> bool:
    """Whether a whole part matches ``crc`` (what the snapshot recorded of its head) and its entries theirs."""
    read = memory_reader(part)
    head = _check(read, crc, len(part))
    return (head is not None and zlib.crc32(memoryview(part)[head.start:]) == head.body_crc
            and _consistent(head, _listed_ids(read, head)))


def _check(read: Reader, crc: int, size: int) -> _Index | None:
    """The part's head when it matches what was recorded and its columns and the part's length fit it; None
    otherwise. The entries are checked one by one as they are read, and all at once (with the hashes' order) by
    :meth:`LazyPart.verify`."""
    prefix = read(0, _PREFIX)
    if prefix is None or len(prefix) != _PREFIX:
        return None
    stored = read(0, _PREFIX + int.from_bytes(prefix, "little"))
    if stored is None or stored[:_PREFIX] != prefix or zlib.crc32(stored) != crc or len(stored) < _PREFIX + _FIXED:
        return None
    count, body_crc, ids_crc = struct.unpack_from("<3I", stored, _PREFIX)
    if len(stored) != _PREFIX + _FIXED + 16 * count:
        return None
    head = _Index(stored, count, body_crc, ids_crc, size)
    return head if head.start + head.end(count - 1) <= size else None


def _listed_ids(read: Reader, head: _Index) -> list[str] | None:
    """The part's ids, in id order, when they are whole."""
    start = head.start + head.end(len(head.ends) - 1)
    data = read(start, head.size - start) if head.size >= start else None
    if data is None or zlib.crc32(data) != head.ids_crc:
        return None
    try:
        ids = msgspec.msgpack.decode(data, type=list[str])
    except _DECODE_ERRORS:
        return None
    return ids if len(ids) == len(head.ends) else None


def _consistent(head: _Index, ids: list[str] | None) -> bool:
    """Whether the ids are sorted, each once, and the hashes are theirs, sorted, each pointing at its own id
    (a look-up bisects them and trusts what it finds)."""
    if ids is None or not all(map(operator.lt, ids, islice(ids, 1, None))):
        return False
    positions = head.positions
    return (sorted(positions) == list(range(len(ids)))
            and list(head.hashes) == [id_hash(ids[at]) for at in positions]
            and all(map(operator.le, head.hashes, islice(head.hashes, 1, None))))


class _Index:
    """A checked head, its columns read in place: the hashes (sorted) and the position of each one's entity; where
    each entry ends and its CRC-32; where the entries start; the CRC-32 of all that follows the head and of the ids;
    the part's length."""

    __slots__ = ("body_crc", "crcs", "ends", "hashes", "ids_crc", "positions", "size", "start")

    def __init__(self, stored: bytes, count: int, body_crc: int, ids_crc: int, size: int) -> None:
        columns = memoryview(stored)[_PREFIX + _FIXED:]
        self.hashes, self.positions, self.ends, self.crcs = (
            columns[4 * count * n:4 * count * (n + 1)].cast(_U32) for n in range(4))
        self.start, self.body_crc, self.ids_crc, self.size = len(stored), body_crc, ids_crc, size

    def end(self, index: int) -> int:
        """Where entry ``index`` ends in the entries (-1: where the first starts, 0)."""
        return 0 if index < 0 else int(self.ends[index])
