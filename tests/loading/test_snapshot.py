import os
import shutil
import time

import pytest

from soyuz_gui.loading import load_folders
from soyuz_gui.loading.snapshot import _cache_file, load_folders_cached

from ..conftest import DATA


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def test_second_load_comes_from_the_cache_and_is_identical(folder):
    first = load_folders_cached([folder])
    assert _cache_file([folder]).exists()
    second = load_folders_cached([folder])
    assert second.sources == {}  # served from the snapshot, no YAML was parsed
    assert sorted(first.catalog.ids()) == sorted(second.catalog.ids())
    for entity_id in first.catalog.ids():
        assert first.catalog.get(entity_id) == second.catalog.get(entity_id), entity_id
    assert [str(p) for p in first.problems] == [str(p) for p in second.problems]


def test_editing_a_file_invalidates_the_cache(folder):
    load_folders_cached([folder])
    mission = folder / "missions" / "soyuz-ms-07.yaml"
    mission.write_text(mission.read_text().replace("mission_type: ISS resupply", "mission_type: Edited"))
    later = time.time() + 5
    os.utime(mission, (later, later))
    assert load_folders_cached([folder]).catalog.mission("soyuz-ms-07").mission_type == "Edited"


def test_a_corrupt_cache_is_ignored_and_rewritten(folder):
    load_folders_cached([folder])
    cache = _cache_file([folder])
    cache.write_bytes(b"\x93not msgpack at all")
    result = load_folders_cached([folder])
    assert result.catalog.mission("soyuz-ms-07") is not None
    assert cache.read_bytes()[:1] != b"\x93"


def test_cache_can_be_switched_off(folder, monkeypatch):
    monkeypatch.setenv("SOYUZ_GUI_NO_CACHE", "1")
    load_folders_cached([folder])
    assert not _cache_file([folder]).exists()


def test_cached_and_uncached_agree_on_the_bundled_data():
    cached = load_folders_cached([DATA])
    plain = load_folders([DATA])
    assert sorted(cached.catalog.ids()) == sorted(plain.catalog.ids())


def test_fingerprint_works_without_source_files(folder, monkeypatch):
    """A frozen bundle may ship only bytecode: the cache must still work there."""
    from soyuz_gui.loading import snapshot

    monkeypatch.setattr(snapshot, "_CODE_DIRS", (folder / "no-such-dir",))
    first = snapshot.fingerprint([folder])
    assert first == snapshot.fingerprint([folder])
    assert load_folders_cached([folder]).catalog.mission("soyuz-ms-07") is not None
