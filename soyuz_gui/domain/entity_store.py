"""The entities by id and kind, some of them decoded only when asked (the base of :class:`Catalog`, which adds the
derived values).

``deferred`` holds the entities of some kinds that ``entities`` then leaves out (a start-up snapshot passes its
missions, references, translations, people and expeditions so): a look-up of one id asks for that one, a count for
their ids, anything wider for them all. With the missions deferred, ``mission_index`` says what questions about many
missions need of each, so that the first screen decodes only the missions it shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol, TypeVar

from soyuz_gui.domain.entities import (
    KIND_OF,
    Agency,
    Entity,
    Expedition,
    Kind,
    Mission,
    Person,
    Programme,
    Reference,
    Site,
    Station,
    Translation,
)
from soyuz_gui.domain.mission_index import (
    MissionIds,
    MissionIndex,
    MissionSummary,
    index_of,
    launch_order,
    positions_of,
    seat_bucket,
    seats_in,
)

_E = TypeVar("_E")


class Deferred(Protocol):
    """Entities of one kind that a store takes in only when asked."""

    def one(self, entity_id: str) -> Entity | None: ...

    def count(self) -> int: ...

    def ids(self) -> Iterable[str]: ...

    def all(self) -> Iterable[Entity]: ...


class EntityStore:
    def __init__(self, entities: Iterable[Entity], deferred: Mapping[Kind, Deferred] | None = None,
                 mission_index: MissionIndex | None = None) -> None:
        self._deferred = dict(deferred or {})
        self._by_id: dict[str, Entity] = {}
        for entity in entities:
            self._by_id[entity.id] = entity
        # Kinds given whole as well as deferred: only they need their ids compared to count them.
        self._given_kinds = {KIND_OF[type(e)] for e in self._by_id.values()}
        # Without deferred missions the index is made from the missions at its first use.
        self._index = mission_index if Kind.MISSION in self._deferred else None
        self._ordered: list[Mission] | None = None
        self._summary_of: dict[str, MissionSummary] | None = None
        self._seat_buckets: dict[int, dict[str, list[int]]] = {}
        self._texts: dict[tuple[str, str], dict[str, str]] = {}
        self._index_texts(self._by_id.values())

    @property
    def _missions(self) -> list[Mission]:
        """Every mission in launch order (decoding those not decoded yet)."""
        if self._ordered is None:
            by_id = self._complete(Kind.MISSION)
            missions = [e for e in by_id.values() if isinstance(e, Mission)]
            index = self._index
            found = (by_id.get(s.id) for s in index.missions) if index is not None else ()
            ordered = [m for m in found if isinstance(m, Mission)]
            if len(ordered) != len(missions):  # no index, or not the one of these missions: sort them here
                ordered, self._index, self._summary_of = launch_order(missions), None, None
                self._seat_buckets = {}
            self._ordered = ordered
        return self._ordered

    def mission_index(self) -> MissionIndex:
        if self._index is None:
            self._index = index_of(self._missions)
        return self._index

    def seat_positions(self, person_id: str) -> list[int]:
        """A person's prime and backup seats as positions in the index's missions (decoding only their bucket)."""
        return self._seats_in(seat_bucket(self.mission_index(), person_id)).get(person_id, [])

    def seated_people(self) -> list[str]:
        """Everyone with a prime or backup seat (decoding every bucket, once)."""
        return [person for at in range(len(self.mission_index().seats)) for person in self._seats_in(at)]

    def _seats_in(self, bucket: int) -> dict[str, list[int]]:
        if bucket not in self._seat_buckets:
            self._seat_buckets[bucket] = seats_in(self.mission_index(), bucket)
        return self._seat_buckets[bucket]

    def _index_texts(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            if isinstance(entity, Translation):
                self._texts[(entity.entity, entity.language)] = dict(entity.texts)

    def _complete(self, kind: Kind | None = None) -> dict[str, Entity]:
        """Every entity by id with the deferred ones of ``kind`` (or of every kind) taken in."""
        for pending in [kind] if kind is not None else list(self._deferred):
            load = self._deferred.pop(pending, None)
            if load is not None:
                added = [e for e in load.all() if e.id not in self._by_id]
                self._by_id.update((e.id, e) for e in added)
                self._index_texts(added)
        return self._by_id

    def _find(self, entity_id: object, kind: Kind | None = None) -> Entity | None:
        if not isinstance(entity_id, str):
            return None
        entity = self._by_id.get(entity_id)
        if entity is None and self._deferred:
            if kind is not None and kind not in self._deferred:
                return None
            # Of any kind: the first part that has it, in the parts' order (as taking them all in would give).
            for deferred in [self._deferred[kind]] if kind is not None else list(self._deferred.values()):
                entity = deferred.one(entity_id)
                if entity is not None:
                    self._by_id[entity.id] = entity
                    self._index_texts([entity])
                    break
        return entity

    # --- plain look-ups -------------------------------------------------------------------------------------

    def __contains__(self, entity_id: object) -> bool:
        return self._find(entity_id) is not None

    def __len__(self) -> int:
        return len(self._complete())

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._complete().values())

    def get(self, entity_id: str) -> Entity | None:
        return self._find(entity_id)

    def kind_of(self, entity_id: str) -> Kind | None:
        entity = self._find(entity_id)
        return None if entity is None else KIND_OF[type(entity)]

    def ids(self) -> list[str]:
        return sorted(self._complete())

    def _typed(self, entity_id: str | None, cls: type[_E]) -> _E | None:
        """The entity with this id when it is of the expected kind; None otherwise."""
        entity = self._find(entity_id, KIND_OF.get(cls)) if entity_id is not None else None
        return entity if isinstance(entity, cls) else None

    def mission(self, entity_id: str | None) -> Mission | None:
        return self._typed(entity_id, Mission)

    def person(self, entity_id: str | None) -> Person | None:
        return self._typed(entity_id, Person)

    def agency(self, entity_id: str | None) -> Agency | None:
        return self._typed(entity_id, Agency)

    def site(self, entity_id: str | None) -> Site | None:
        return self._typed(entity_id, Site)

    def station(self, entity_id: str | None) -> Station | None:
        return self._typed(entity_id, Station)

    def expedition(self, entity_id: str | None) -> Expedition | None:
        return self._typed(entity_id, Expedition)

    def programme(self, entity_id: str | None) -> Programme | None:
        return self._typed(entity_id, Programme)

    def reference(self, entity_id: str | None) -> Reference | None:
        return self._typed(entity_id, Reference)

    def count(self, kind: Kind) -> int:
        """How many entities of this kind there are, without taking in deferred ones."""
        deferred = self._deferred.get(kind)
        if deferred is not None and kind not in self._given_kinds:
            return deferred.count()  # those looked up so far came from it
        ids = {e.id for e in self._by_id.values() if KIND_OF[type(e)] == kind}
        return len(ids.union(deferred.ids()) if deferred is not None else ids)

    def of_kind(self, kind: Kind) -> list[Entity]:
        entities = self._complete(kind)
        return sorted((e for e in entities.values() if KIND_OF[type(e)] == kind), key=lambda e: e.id)

    def missions(self, programme: str | None = None) -> list[Mission]:
        """Missions in launch order (those without a launch time last, by name)."""
        if programme is None:
            return list(self._missions)
        found = (self.mission(s.id) for s in self.summaries(programme))
        return [m for m in found if m is not None]

    def mission_ids(self, programme: str | None = None) -> list[str]:
        """The ids of :meth:`missions`, in the same order, without decoding any mission."""
        return list(self.ids_in_order(None if programme is None else [programme]))

    def ids_in_order(self, programmes: Iterable[str] | None = None) -> MissionIds:
        """The ids of every mission (or of these programmes') in launch order, each read from the index only when
        asked for: counting them, or taking the first few, costs the same however many there are."""
        index = self.mission_index()
        positions = range(len(index.missions)) if programmes is None else positions_of(index, programmes)
        return MissionIds(index.missions, positions)

    def indexed_programmes(self) -> list[str]:
        """The programmes the missions name (whether or not the data has them)."""
        return list(self.mission_index().by_programme)

    def flies_crew_vehicles(self, programme: str) -> bool:
        """Whether any of the programme's missions flew a crew vehicle (the index answers; no mission decoded)."""
        index = self.mission_index()
        return any(index.missions[at].vehicle_role == "crew" for at in index.by_programme.get(programme, []))

    def summary(self, mission_id: str) -> MissionSummary | None:
        """What the index holds of one mission."""
        if self._summary_of is None:
            self._summary_of = {s.id: s for s in self.mission_index().missions}
        return self._summary_of.get(mission_id)

    def summaries(self, programme: str | None = None) -> list[MissionSummary]:
        """What the index holds of each mission (of one programme), in launch order."""
        index = self.mission_index()
        if programme is None:
            return list(index.missions)
        return [index.missions[at] for at in index.by_programme.get(programme, [])]

    def programmes(self) -> list[Programme]:
        return [p for p in self.of_kind(Kind.PROGRAMME) if isinstance(p, Programme)]

    def people(self) -> list[Person]:
        return sorted((p for p in self.of_kind(Kind.PERSON) if isinstance(p, Person)), key=lambda p: p.name)

    def expeditions(self) -> list[Expedition]:
        found = [e for e in self.of_kind(Kind.EXPEDITION) if isinstance(e, Expedition)]
        return sorted(found, key=lambda e: (e.number is None, e.number or 0, e.name))

    def stations(self) -> list[Station]:
        """Stations in launch order."""
        found = [e for e in self.of_kind(Kind.STATION) if isinstance(e, Station)]
        return sorted(found, key=lambda st: st.launched.value.timestamp() if st.launched else float("inf"))

    def translations(self) -> list[Translation]:
        return sorted((e for e in self._complete(Kind.TRANSLATION).values() if isinstance(e, Translation)),
                      key=lambda t: t.id)
