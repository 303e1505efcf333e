"""The start-up snapshot is exactly as safe as the YAML: every change to the data is noticed, and a snapshot
that is truncated, corrupt, of another version or format, or not the user's own is ignored and rebuilt — never
trusted, never a crash."""

from __future__ import annotations

import os
import shutil

import pytest

from soyuz_gui.loading import load_folders, snapshot
from soyuz_gui.loading.snapshot import _cache_file, load_folders_cached

from ..conftest import DATA

MISSIONS = ("soyuz-ms-07.yaml", "soyuz-ms-08.yaml", "soyuz-ms-06.yaml")
LEFT_OUT = ("people", "references", "expeditions")  # the missions' links to them are problems, kept like the rest


def _small_copy(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n in LEFT_OUT or (folder.endswith("missions") and n not in MISSIONS)]


@pytest.fixture
def folder(tmp_path):
    """A small copy of the bundled data (three missions, their programmes, stations and sites): quick to parse."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=_small_copy)
    return target


def _served_from_snapshot(folder) -> bool:
    return load_folders_cached([folder]).sources == {}


def _agrees_with_yaml(folder) -> None:
    cached = load_folders_cached([folder])
    plain = load_folders([folder])
    assert sorted(cached.catalog.ids()) == sorted(plain.catalog.ids())
    for entity_id in plain.catalog.ids():
        assert cached.catalog.get(entity_id) == plain.catalog.get(entity_id), entity_id
    assert [str(p) for p in cached.problems] == [str(p) for p in plain.problems]


def _warm(folder) -> None:
    load_folders_cached([folder])
    assert _served_from_snapshot(folder)


def _rebuilt(folder) -> None:
    """The next load parsed YAML, agrees with it, and left a snapshot that serves the one after."""
    assert not _served_from_snapshot(folder)
    _agrees_with_yaml(folder)
    assert _served_from_snapshot(folder)


# --- the data changed ---------------------------------------------------------------------------------------


def test_a_changed_file_is_noticed_even_with_its_size_and_times_put_back(folder):
    _warm(folder)
    mission = folder / "missions" / "soyuz-ms-07.yaml"
    before = mission.stat()
    mission.write_text(mission.read_text().replace("ISS resupply", "ISS resupplX"))
    os.utime(mission, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime: the ctime moved
    assert mission.stat().st_size == before.st_size
    result = load_folders_cached([folder])
    assert result.sources, "served a stale snapshot"
    assert result.catalog.mission("soyuz-ms-07").mission_type == "ISS resupplX"


def test_an_added_file_is_noticed(folder):
    _warm(folder)
    shutil.copy(DATA / "missions" / "soyuz-ms-09.yaml", folder / "missions" / "soyuz-ms-09.yaml")
    result = load_folders_cached([folder])
    assert result.catalog.mission("soyuz-ms-09") is not None


def test_a_removed_file_is_noticed(folder):
    _warm(folder)
    (folder / "missions" / "soyuz-ms-08.yaml").unlink()
    assert load_folders_cached([folder]).catalog.mission("soyuz-ms-08") is None


def test_a_file_replaced_by_another_with_the_same_size_and_times_is_noticed(folder):
    _warm(folder)
    mission = folder / "missions" / "soyuz-ms-07.yaml"
    replacement = folder / "replacement.tmp"
    replacement.write_text(mission.read_text().replace("ISS resupply", "ISS resupplX"))
    before = mission.stat()
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, mission)
    assert load_folders_cached([folder]).catalog.mission("soyuz-ms-07").mission_type == "ISS resupplX"


def test_a_change_too_quick_for_the_time_stamps_is_caught_by_the_content_hash(folder, monkeypatch):
    """Git's racy files: on a file system with coarse time stamps an edit can leave every stamp as it was."""
    monkeypatch.setattr(snapshot, "_stamp", lambda st: str(st.st_size))  # time stamps that never move
    load_folders_cached([folder])  # the copy is seconds old: every file is racy and hashed
    mission = folder / "missions" / "soyuz-ms-07.yaml"
    mission.write_text(mission.read_text().replace("ISS resupply", "ISS resupplX"))
    result = load_folders_cached([folder])
    assert result.sources, "served a stale snapshot"
    assert result.catalog.mission("soyuz-ms-07").mission_type == "ISS resupplX"


def test_the_content_hashes_are_dropped_once_the_files_are_old_enough(folder, monkeypatch):
    load_folders_cached([folder])
    cache = _cache_file([folder])
    assert snapshot._read(cache, snapshot.fingerprint([folder])).racy  # the fresh copy is racy
    monkeypatch.setattr(snapshot, "RACY_SECONDS", 0.0)
    assert _served_from_snapshot(folder)
    assert snapshot._read(cache, snapshot.fingerprint([folder])).racy == {}
    assert _served_from_snapshot(folder)


# --- the snapshot itself is not to be trusted ---------------------------------------------------------------


@pytest.mark.parametrize("keep", [0, 5, 21, 0.5, 0.999])
def test_a_truncated_snapshot_is_ignored_and_rebuilt(folder, keep):
    _warm(folder)
    cache = _cache_file([folder])
    data = cache.read_bytes()
    cache.write_bytes(data[:int(len(data) * keep)] if isinstance(keep, float) else data[:keep])
    _rebuilt(folder)


@pytest.mark.parametrize("where", [0, 12, 20, 0.5, -1])
def test_a_corrupt_snapshot_is_ignored_and_rebuilt(folder, where):
    _warm(folder)
    cache = _cache_file([folder])
    data = bytearray(cache.read_bytes())
    at = int(len(data) * where) if isinstance(where, float) else where
    data[at] ^= 0x20  # one flipped bit, wherever it lands (header, length, checksum or payload)
    cache.write_bytes(bytes(data))
    _rebuilt(folder)


def test_garbage_an_empty_file_or_a_folder_in_its_place_never_crash(folder):
    _warm(folder)
    cache = _cache_file([folder])
    for content in (b"", b"\x00" * 4096, os.urandom(70_000), snapshot.MAGIC + os.urandom(64)):
        cache.write_bytes(content)
        _rebuilt(folder)
    cache.unlink()
    cache.mkdir()
    assert not _served_from_snapshot(folder)
    _agrees_with_yaml(folder)


def test_a_snapshot_of_another_version_is_ignored_and_rebuilt(folder, monkeypatch):
    _warm(folder)
    monkeypatch.setattr(snapshot, "__version__", "0.0.0-other")
    _rebuilt(folder)


def test_a_snapshot_of_another_format_is_ignored_and_rebuilt(folder):
    _warm(folder)
    cache = _cache_file([folder])
    cache.write_bytes(b"SOYUZSNAP\x01" + cache.read_bytes()[len(snapshot.MAGIC):])
    _rebuilt(folder)


def test_a_well_formed_snapshot_with_a_payload_of_another_shape_is_ignored(folder):
    """Right magic and checksum, but not the structure this version writes (an older or newer layout)."""
    import zlib

    import msgspec

    _warm(folder)
    payload = msgspec.msgpack.encode({"fingerprint": snapshot.fingerprint([folder]), "missions": [1, 2]})
    header = snapshot.MAGIC + len(payload).to_bytes(8, "little") + zlib.crc32(payload).to_bytes(4, "little")
    _cache_file([folder]).write_bytes(header + payload)
    _rebuilt(folder)


def test_a_snapshot_written_by_someone_else_is_ignored_and_rebuilt(folder, monkeypatch):
    _warm(folder)
    owner = _cache_file([folder]).stat().st_uid
    monkeypatch.setattr(os, "getuid", lambda: owner + 1)  # the file now belongs to another user
    assert not _served_from_snapshot(folder)
    _agrees_with_yaml(folder)


def test_a_snapshot_that_is_a_link_is_not_followed(folder, tmp_path):
    _warm(folder)
    cache = _cache_file([folder])
    elsewhere = tmp_path / "elsewhere.msgpack"
    shutil.move(cache, elsewhere)
    cache.symlink_to(elsewhere)
    _rebuilt(folder)
    assert not cache.is_symlink()


def test_translations_survive_the_snapshot(tmp_path, monkeypatch) -> None:
    from soyuz_gui.loading.snapshot import load_folders_cached
    from soyuz_gui.paths import data_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = load_folders_cached([data_dir()])
    second = load_folders_cached([data_dir()])  # decoded from the snapshot written by the first
    assert len(first.catalog.translations()) == len(second.catalog.translations()) > 0
    text, translated = second.catalog.text("soyuz-11", "notes[0]", "x", "ru")
    assert translated and text != "x"
