"""A catalog whose people (or any kind) are deferred: a count or a look-up of one id decodes nothing more than that
id, and every answer is the one the catalog with everything in it gives."""

from __future__ import annotations

from collections.abc import Iterable

from soyuz_gui.domain import Catalog, Entity, Kind, Mission, Person
from soyuz_gui.domain.entities import Reference

PEOPLE = [Person(id="gagarin", name="Yuri Gagarin"), Person(id="tereshkova", name="Valentina Tereshkova")]
REFERENCES = [Reference(id="nasa", title="NASA")]
MISSION = Mission(id="vostok-1", name="Vostok 1", programme="vostok")


class _Counting:
    """A deferred kind that records what was asked of it."""

    def __init__(self, entities: list[Entity]) -> None:
        self._entities = {e.id: e for e in entities}
        self.asked: list[str] = []

    def one(self, entity_id: str) -> Entity | None:
        self.asked.append(f"one {entity_id}")
        return self._entities.get(entity_id)

    def count(self) -> int:
        self.asked.append("count")
        return len(self._entities)

    def ids(self) -> Iterable[str]:
        self.asked.append("ids")
        return list(self._entities)

    def all(self) -> Iterable[Entity]:
        self.asked.append("all")
        return list(self._entities.values())


def _catalogs() -> tuple[Catalog, Catalog, _Counting, _Counting]:
    people, references = _Counting(PEOPLE), _Counting(REFERENCES)
    lazy = Catalog([MISSION], deferred={Kind.PERSON: people, Kind.REFERENCE: references})
    return lazy, Catalog([MISSION, *PEOPLE, *REFERENCES]), people, references


def test_counting_a_deferred_kind_decodes_none_of_it():
    lazy, whole, people, references = _catalogs()
    assert lazy.count(Kind.PERSON) == whole.count(Kind.PERSON) == 2
    assert lazy.count(Kind.MISSION) == whole.count(Kind.MISSION) == 1
    assert people.asked == ["count"] and references.asked == []
    assert lazy.person("gagarin") == PEOPLE[0]
    assert lazy.count(Kind.PERSON) == 2  # one taken in already is not counted twice


def test_a_look_up_of_any_kind_asks_each_part_for_that_id_only():
    lazy, whole, people, references = _catalogs()
    assert lazy.get("tereshkova") == whole.get("tereshkova") == PEOPLE[1]
    assert "tereshkova" in lazy and lazy.kind_of("nasa") == whole.kind_of("nasa") == Kind.REFERENCE
    assert lazy.get("nobody") is None and "nobody" not in lazy
    assert "all" not in people.asked + references.asked
    assert lazy.people() == whole.people() and lazy.ids() == whole.ids()  # anything wider takes them all in


def test_a_kind_given_whole_as_well_as_deferred_is_counted_once_per_id():
    people = _Counting([PEOPLE[0]])
    both = Catalog([MISSION, *PEOPLE], deferred={Kind.PERSON: people})
    assert both.count(Kind.PERSON) == 2
