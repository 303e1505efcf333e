"""A lazy part decodes only the entities looked up and keeps only its head, and takes the YAML's entities (the
``rebuild``) whenever the part cannot be read, does not match what was recorded of it, or an entry does not decode
into the entity it is filed under — never a crash."""

from __future__ import annotations

import msgspec
import pytest

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Kind, Reference
from soyuz_gui.loading.lazy_parts import (
    LazyPart,
    encode_entries,
    encode_part,
    head_crc,
    id_hash,
    intact,
    memory_reader,
)

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


@pytest.mark.parametrize("at", [0, 6], ids=["length", "head"])
def test_damage_to_the_head_is_noticed_at_the_first_use(at):
    data = bytearray(encode_part([APOLLO, SOYUZ]))
    crc = head_crc(bytes(data))
    data[at] ^= 0x20
    part, rebuilt = _part(data, crc)
    found = part.one("apollo")
    assert found is not None and found.title == "Apollo (YAML)"
    assert rebuilt == ["yaml"]


def test_a_damaged_entry_is_never_used_and_the_full_check_notices_damage_anywhere():
    data = bytearray(encode_part([APOLLO, SOYUZ]))
    crc = head_crc(bytes(data))
    data[bytes(data).rindex(b"Soyuz")] ^= 0x20  # in Soyuz's entry
    part, rebuilt = _part(data, crc)
    assert part.one("apollo") == APOLLO  # its own entry is whole: the first use reads no other entry
    assert rebuilt == []
    assert part.verify() is False  # the check run after the first paint reads every entry
    assert rebuilt == ["yaml"]
    found = part.one("soyuz")
    assert found is not None and found.title == "Soyuz (YAML)"


def test_a_damaged_entry_looked_up_gives_the_yaml():
    data = bytearray(encode_part([APOLLO, SOYUZ]))
    crc = head_crc(bytes(data))
    data[bytes(data).rindex(b"Soyuz")] ^= 0x20
    part, rebuilt = _part(data, crc)
    found = part.one("soyuz")
    assert found is not None and found.title == "Soyuz (YAML)"
    assert rebuilt == ["yaml"]


def test_the_full_check_of_a_whole_part_reads_it_in_slices_and_passes():
    data = encode_part([APOLLO, SOYUZ])
    reads: list[tuple[int, int]] = []
    part, rebuilt = _part(data, reads=reads)
    assert part.verify() is True
    assert rebuilt == []
    assert part.one("soyuz") == SOYUZ


def test_the_first_use_reads_no_entry_so_its_cost_does_not_grow_with_the_part():
    many = [Reference(id=f"ref-{n:05d}", title=f"Reference {n}") for n in range(2000)]
    reads: list[tuple[int, int]] = []
    part, _rebuilt = _part(encode_part(many), reads=reads)
    assert part.one("ref-00007") == many[7]
    head_end = max(offset + length for offset, length in reads[:-1])
    assert sum(length for _offset, length in reads) < head_end + 200  # the head and one entry, not 2,000


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


def test_the_first_use_reads_neither_the_other_entries_nor_the_ids():
    many = [Reference(id=f"ref-{n:05d}", title=f"Reference {n}") for n in range(2000)]
    data = encode_part(many)
    reads: list[tuple[int, int]] = []
    part, _rebuilt = _part(data, reads=reads)
    assert part.one("ref-01234") == many[1234] and part.count() == 2000
    assert sum(length for _offset, length in reads) < len(data) // 3


def test_ids_that_share_a_hash_are_both_found():
    first, second = Reference(id="ref-29685295", title="One"), Reference(id="ref-32060020", title="Two")
    assert id_hash(first.id) == id_hash(second.id)
    part, rebuilt = _part(encode_part([APOLLO, first, second]))
    assert part.one(second.id) == second and part.one(first.id) == first
    assert part.one("ref-nobody") is None
    assert part.verify() is True and rebuilt == []


def test_ids_count_and_all_come_from_the_part():
    part, rebuilt = _part(encode_part([SOYUZ, APOLLO]))
    assert part.ids() == ["apollo", "soyuz"] and part.count() == 2
    assert part.all() == [APOLLO, SOYUZ]
    assert rebuilt == []


def _with_head(data: bytes, change) -> bytes:
    """``data`` with its head's columns changed by ``change`` (a function of the head's bytes after its three
    numbers), every CRC-32 left as it was: what a writer that got the order wrong would produce."""
    size = int.from_bytes(data[:4], "little")
    head = bytearray(data[4:4 + size])
    head[12:] = change(bytes(head[12:]))
    return data[:4] + bytes(head) + data[4 + size:]


def test_hashes_out_of_order_or_pointing_elsewhere_are_noticed_by_the_full_check():
    data = encode_part([APOLLO, SOYUZ, Reference(id="vostok", title="Vostok")])

    def swap_hashes(columns: bytes) -> bytes:
        return columns[4:8] + columns[0:4] + columns[8:]

    def swap_positions(columns: bytes) -> bytes:
        return columns[:12] + columns[16:20] + columns[12:16] + columns[20:]

    for change in (swap_hashes, swap_positions):
        changed = _with_head(data, change)
        assert not intact(changed, head_crc(changed))
        part, rebuilt = _part(changed)  # recorded as it is: the head's own CRC-32 cannot tell
        assert part.verify() is False and rebuilt == ["yaml"]


def test_an_empty_part_is_whole_and_holds_nothing():
    data = encode_part([])
    assert intact(data, head_crc(data))
    part, rebuilt = _part(data)
    assert part.one("apollo") is None and part.count() == 0 and part.ids() == [] and part.all() == []
    assert part.verify() is True and rebuilt == []
