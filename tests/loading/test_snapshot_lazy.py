"""The references and translations sit in a lazy section of the snapshot: a quick start-up does not decode them,
the first look-up that needs them does; a lazy section that is damaged, cut short or replaced gives the YAML's
entities (and a rewritten snapshot), never its own text and never a crash."""

from __future__ import annotations

import re
import shutil

import pytest

from soyuz_gui.domain.entities import Kind
from soyuz_gui.loading import load_folders, snapshot
from soyuz_gui.loading.snapshot import _cache_file, load_folders_cached, load_quickly

from ..conftest import DATA
from .test_snapshot_safety import folder as small_folder  # noqa: F401  - the small data copy fixture

MISSION = "soyuz-ms-07"


@pytest.fixture
def folder(small_folder):  # noqa: F811
    """The small copy plus the references its missions cite and their crews, so the lazy kinds are there."""
    cited, crew = set(), set()
    for mission in (small_folder / "missions").glob("*.yaml"):
        lines = mission.read_text(encoding="utf-8").splitlines()
        cited.update(re.findall(r"[a-z0-9][a-z0-9-]+", " ".join(line for line in lines if "references:" in line)))
        crew.update(re.findall(r"person: ([a-z0-9-]+)", "\n".join(lines)))
    for kind, names in (("references", cited), ("people", crew)):
        (small_folder / kind).mkdir(exist_ok=True)
        for name in names:
            source = DATA / kind / f"{name}.yaml"
            if source.exists():
                shutil.copy(source, small_folder / kind)
    return small_folder


def _reference_of(folder) -> str:
    mission = load_folders([folder]).catalog.mission(MISSION)
    assert mission is not None and mission.references
    return mission.references[0]


def _russian_note(catalog) -> tuple[str, bool]:
    return catalog.text(MISSION, "notes[0]", "english", "ru")


def _flip(folder, kind: Kind, offset: int) -> None:
    """Flip one bit inside the lazy part of ``kind`` (an offset into it; negative: from its end)."""
    cache = _cache_file([folder])
    written = snapshot._read(cache, snapshot.fingerprint([folder]))
    assert written is not None
    data = bytearray(cache.read_bytes())
    part = snapshot.LAZY_KINDS.index(kind)
    start = len(data) - sum(written.lazy_lengths) + sum(written.lazy_lengths[:part])
    at = start + (offset if offset >= 0 else written.lazy_lengths[part] + offset)
    data[at] ^= 0x20
    cache.write_bytes(bytes(data))


@pytest.fixture
def decoded(monkeypatch):
    """The kinds whose lazy part was read, in order."""
    seen: list[Kind] = []
    read = snapshot._read_lazy_span

    def counting(path, written, part, offset, length):
        if snapshot.LAZY_KINDS[part] not in seen:
            seen.append(snapshot.LAZY_KINDS[part])
        return read(path, written, part, offset, length)

    monkeypatch.setattr(snapshot, "_read_lazy_span", counting)
    return seen


def test_a_quick_start_decodes_neither_until_first_use(folder, decoded):
    load_folders_cached([folder])
    decoded.clear()
    result, _still_fresh = load_quickly([folder])
    assert result.sources == {}  # from the snapshot
    assert result.catalog.mission_ids()  # the mission index is in the main section
    assert decoded == []
    assert result.catalog.mission(MISSION) == load_folders([folder]).catalog.mission(MISSION)
    assert decoded == [Kind.MISSION]
    reference = _reference_of(folder)
    assert result.catalog.reference(reference) == load_folders([folder]).catalog.reference(reference)
    assert decoded == [Kind.MISSION, Kind.REFERENCE]
    text, translated = _russian_note(result.catalog)
    assert translated and text == _russian_note(load_folders([folder]).catalog)[0]
    assert decoded == [Kind.MISSION, Kind.REFERENCE, Kind.TRANSLATION]


def test_the_lazy_catalog_agrees_with_the_yaml(folder):
    load_folders_cached([folder])
    lazy = load_quickly([folder])[0].catalog
    plain = load_folders([folder]).catalog
    assert lazy.ids() == plain.ids()
    assert [lazy.get(i) for i in plain.ids()] == [plain.get(i) for i in plain.ids()]
    assert lazy.translations() == plain.translations()


@pytest.mark.parametrize(("kind", "where"), [(Kind.REFERENCE, 0), (Kind.REFERENCE, 5), (Kind.TRANSLATION, -1),
                                             (Kind.PERSON, 5), (Kind.EXPEDITION, -1)],
                         ids=["references start", "references", "translations end", "people", "expeditions end"])
def test_a_lazy_section_damaged_after_start_up_gives_the_yaml_and_a_new_snapshot(folder, kind, where):
    load_folders_cached([folder])
    catalog = load_quickly([folder])[0].catalog  # trusted on its main section; the lazy one is read later
    _flip(folder, kind, where)
    plain = load_folders([folder]).catalog
    reference = _reference_of(folder)
    assert catalog.reference(reference) == plain.reference(reference)
    assert _russian_note(catalog) == _russian_note(plain)
    crew = plain.mission(MISSION).crew[0].person
    assert catalog.person(crew) == plain.person(crew) is not None
    assert catalog.people() == plain.people() and catalog.expeditions() == plain.expeditions()
    assert load_folders_cached([folder]).sources == {}  # the snapshot was written anew, and is whole
    assert load_quickly([folder])[0].catalog.translations() == plain.translations()


def test_a_damaged_lazy_section_is_never_served_by_the_full_check(folder):
    load_folders_cached([folder])
    _flip(folder, Kind.EXPEDITION, -1)
    assert load_folders_cached([folder]).sources != {}  # both sections are checked there: rebuilt from YAML
    assert load_folders_cached([folder]).sources == {}


@pytest.mark.parametrize("cut", [1, 100])
def test_a_lazy_section_cut_short_is_noticed_before_start_up(folder, cut):
    load_folders_cached([folder])
    cache = _cache_file([folder])
    cache.write_bytes(cache.read_bytes()[:-cut])
    assert load_quickly([folder])[0].sources != {}  # the file's length no longer matches: rebuilt
    assert load_quickly([folder])[0].sources == {}


def test_a_lazy_section_of_another_snapshot_is_not_taken(folder):
    """The file was replaced after start-up by a snapshot of other data: its lazy section does not match."""
    load_folders_cached([folder])
    catalog = load_quickly([folder])[0].catalog
    cache = _cache_file([folder])
    other = bytearray(cache.read_bytes())
    written = snapshot._read(cache, snapshot.fingerprint([folder]))
    assert written is not None
    start = len(other) - sum(written.lazy_lengths)
    other[start:] = other[start:].replace(b"Soyuz", b"Suyoz")  # same length, other text
    assert bytes(other) != cache.read_bytes()
    cache.write_bytes(bytes(other))
    assert _russian_note(catalog) == _russian_note(load_folders([folder]).catalog)
    reference = _reference_of(folder)
    reference_entity = catalog.reference(reference)
    assert reference_entity is not None and "Suyoz" not in reference_entity.title


@pytest.mark.parametrize("kind", snapshot.LAZY_KINDS)
def test_damage_in_an_entry_nobody_looked_up_is_found_by_the_check_after_the_first_paint(folder, kind):
    load_folders_cached([folder])
    result, still_fresh = load_quickly([folder])
    _flip(folder, kind, -1)  # the last entry of the part: no start-up look-up reads it
    assert still_fresh()  # the data files did not change; the damaged part was replaced and the snapshot rewritten
    assert load_folders_cached([folder]).sources == {}
    plain = load_folders([folder]).catalog
    assert [e.id for e in result.catalog.of_kind(kind)] == [e.id for e in plain.of_kind(kind)]
    assert result.catalog.of_kind(kind) == plain.of_kind(kind)


def test_derived_values_from_a_quick_start_match_the_yaml_on_the_bundled_data():
    """The questions about many missions are answered from the mission index on a quick start: the same answers."""
    load_folders_cached([DATA])
    lazy = load_quickly([DATA])[0].catalog
    plain = load_folders([DATA]).catalog
    assert lazy.mission_ids() == plain.mission_ids()
    for programme in plain.programmes():
        assert lazy.mission_ids(programme.id) == plain.mission_ids(programme.id)
    for mission_id in plain.mission_ids():
        mission = lazy.mission(mission_id)
        assert mission is not None
        assert lazy.programme_neighbours(mission) == plain.programme_neighbours(mission)
        assert lazy.crewed_soyuz_numbers(mission) == plain.crewed_soyuz_numbers(mission)
        assert lazy.soyuz_flight_number(mission) == plain.soyuz_flight_number(mission)
    for person in plain.people():
        roles = plain.roles(person.id)
        assert lazy.roles(person.id) == roles
        assert lazy.flights(person.id) == plain.flights(person.id)
        for role in roles:
            assert lazy.flight_ordinal(person.id, role.mission.id) == plain.flight_ordinal(person.id, role.mission.id)
    assert lazy.missions() == plain.missions()


def test_a_mission_page_s_questions_decode_only_the_missions_they_name(monkeypatch):
    load_folders_cached([DATA])
    reads: list[int] = []
    read = snapshot._read_lazy_span

    def counting(path, written, part, offset, length):
        if snapshot.LAZY_KINDS[part] == Kind.MISSION and offset > 0:
            reads.append(offset)
        return read(path, written, part, offset, length)

    monkeypatch.setattr(snapshot, "_read_lazy_span", counting)
    catalog = load_quickly([DATA])[0].catalog
    mission = catalog.mission(MISSION)
    assert mission is not None
    catalog.programme_neighbours(mission)
    catalog.crewed_soyuz_numbers(mission)
    catalog.soyuz_flight_number(mission)
    for seat in mission.crew:
        catalog.flights(seat.person)
        catalog.flight_ordinal(seat.person, MISSION)
    assert 0 < len(set(reads)) < 30 < len(catalog.mission_ids())  # MS-07, its neighbours, its crew's other seats
