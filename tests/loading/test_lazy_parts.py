"""A lazy part decodes only the entities looked up and keeps only its head, and takes the YAML's entities (the
``rebuild``) whenever the part cannot be read, does not match what was recorded of it, or an entry does not decode
into the entity it is filed under — never a crash."""

from __future__ import annotations

import msgspec
import pytest

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Kind, Reference
from soyuz_gui.loading.lazy_parts import LazyPart, encode_entries, encode_part, head_crc, intact, memory_reader

APOLLO = Reference(id="apollo", title="Apollo")
SOYUZ = Reference(id="soyuz", title="Soyuz")
FROM_YAML = Catalog([Reference(id="apollo", title="Apollo (YAML)"), Reference(id="soyuz", title="Soyuz (YAML)")])


def _part(data: bytes | bytearray | None, crc: int | None = None,
          reads: list[tuple[int, int]] | None = None) -> tuple[LazyPart, list[str]]:
    """A part over ``data`` (None: unreadable), recorded with ``crc`` (default: its own head's) and its length."""
    rebuilt: list[str] = []

    def rebuild() -> Catalog:
        rebuilt.append("yaml")
        return FROM_YAML

    def read(offset: int, length: int) -> bytes | None:
        if reads is not None:
            reads.append((offset, length))
        return None if data is None else memory_reader(bytes(data))(offset, length)

    recorded = head_crc(bytes(data or b"")) if crc is None else crc
    return LazyPart(Kind.REFERENCE, read, recorded, len(data or b""), rebuild), rebuilt


def _with_entry(entity_id: str, raw: bytes) -> bytes:
    return encode_entries({"apollo": msgspec.msgpack.encode(APOLLO), entity_id: raw})


def test_a_look_up_decodes_that_entity_only():
    part, rebuilt = _part(_with_entry("soyuz", msgspec.msgpack.encode({"title": 1})))  # no reference
    assert part.one("apollo") == APOLLO
    assert part.one("nobody") is None
    assert rebuilt == []  # the broken entry beside it was never decoded


def test_a_whole_part_gives_every_entity():
    part, rebuilt = _part(encode_part([APOLLO, SOYUZ]))
    assert part.all() == [APOLLO, SOYUZ]
    assert rebuilt == []


@pytest.mark.parametrize("raw", [b"\xc1", msgspec.msgpack.encode({"id": "soyuz"}), msgspec.msgpack.encode(APOLLO)],
                         ids=["not msgpack", "not a reference", "filed under another id"])
def test_an_entry_that_does_not_decode_into_its_entity_gives_the_yaml(raw):
    part, rebuilt = _part(_with_entry("soyuz", raw))
    found = part.one("soyuz")
    assert found is not None and found.title == "Soyuz (YAML)"
    assert part.one("apollo").title == "Apollo (YAML)"  # from then on, the YAML for every look-up
    assert rebuilt == ["yaml"]
    again, _ = _part(_with_entry("soyuz", raw))
    assert [e.title for e in again.all()] == ["Apollo (YAML)", "Soyuz (YAML)"]


@pytest.mark.parametrize("data", [None, b"", b"\x00", b"\x93\x01\x02\x03"], ids=["unreadable", "empty", "zero",
                                                                                  "an array"])
def test_a_part_that_cannot_be_read_or_is_no_part_gives_the_yaml(data):
    part, rebuilt = _part(data)
    found = part.one("soyuz")
    assert found is not None and found.title == "Soyuz (YAML)"
    assert rebuilt == ["yaml"]


def test_after_the_first_use_a_look_up_reads_only_its_own_entry():
    reads: list[tuple[int, int]] = []
    part, rebuilt = _part(encode_part([APOLLO, SOYUZ]), reads=reads)
    assert part.one("apollo") == APOLLO
    reads.clear()
    assert part.one("soyuz") == SOYUZ
    assert [length for _offset, length in reads] == [len(msgspec.msgpack.encode(SOYUZ))]
    assert rebuilt == []


def test_every_byte_of_a_part_is_covered_by_what_is_recorded():
    data = encode_part([APOLLO, SOYUZ])
    assert intact(data, head_crc(data))
    for at in range(len(data)):
        damaged = bytearray(data)
        damaged[at] ^= 0x01
        assert not intact(bytes(damaged), head_crc(data)), at
    assert not intact(data + b"\x00", head_crc(data))  # nothing may trail the entries


@pytest.mark.parametrize("at", [0, 6, -1], ids=["length", "head", "last entry"])
def test_damage_anywhere_in_the_part_is_noticed_at_its_first_use(at):
    data = bytearray(encode_part([APOLLO, SOYUZ]))
    crc = head_crc(bytes(data))
    data[at] ^= 0x20
    part, rebuilt = _part(data, crc)
    found = part.one("apollo")  # the damage is in the other entry (or the head): still noticed
    assert found is not None and found.title == "Apollo (YAML)"
    assert rebuilt == ["yaml"]


def test_an_entry_changed_after_the_first_use_is_not_taken():
    data = bytearray(encode_part([APOLLO, SOYUZ]))
    part, rebuilt = _part(data)
    assert part.one("apollo") == APOLLO
    at = bytes(data).rindex(b"Soyuz")
    data[at:at + 5] = b"Suyoz"  # the file was replaced meanwhile: same length, other text
    found = part.one("soyuz")
    assert found is not None and found.title == "Soyuz (YAML)"
    assert rebuilt == ["yaml"]


def test_a_part_recorded_with_another_crc_gives_the_yaml():
    data = encode_part([APOLLO, SOYUZ])
    part, rebuilt = _part(data, head_crc(data) ^ 1)
    assert [e.title for e in part.all()] == ["Apollo (YAML)", "Soyuz (YAML)"]
    assert rebuilt == ["yaml"]
