"""A lazy part decodes only the entities looked up, and takes the YAML's entities (the ``rebuild``) whenever the
part cannot be read or an entry does not decode into the entity it is filed under — never a crash."""

from __future__ import annotations

import msgspec
import pytest

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Kind, Reference
from soyuz_gui.loading.lazy_parts import LazyPart, encode_part

APOLLO = Reference(id="apollo", title="Apollo")
SOYUZ = Reference(id="soyuz", title="Soyuz")
FROM_YAML = Catalog([Reference(id="apollo", title="Apollo (YAML)"), Reference(id="soyuz", title="Soyuz (YAML)")])


def _part(data: bytes | None) -> tuple[LazyPart, list[str]]:
    rebuilt: list[str] = []

    def rebuild() -> Catalog:
        rebuilt.append("yaml")
        return FROM_YAML

    return LazyPart(Kind.REFERENCE, lambda: data, rebuild), rebuilt


def _with_entry(entity_id: str, raw: bytes) -> bytes:
    index = {"apollo": msgspec.Raw(msgspec.msgpack.encode(APOLLO)), entity_id: msgspec.Raw(raw)}
    return msgspec.msgpack.encode(index)


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
def test_a_part_that_cannot_be_read_or_is_no_map_of_ids_gives_the_yaml(data):
    part, rebuilt = _part(data)
    found = part.one("soyuz")
    assert found is not None and found.title == "Soyuz (YAML)"
    assert rebuilt == ["yaml"]
