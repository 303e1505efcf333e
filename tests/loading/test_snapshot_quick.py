"""load_quickly trusts the snapshot on the data folders' stamps before the first paint; its after-paint check
notices a file changed in place, and an added or removed file is noticed before the window is even built."""

from __future__ import annotations

import os

from soyuz_gui.loading.snapshot import load_folders_cached, load_quickly

from .test_snapshot_safety import folder  # noqa: F401  - the small data copy fixture


def test_unchanged_data_is_served_quickly_and_stays_fresh(folder):  # noqa: F811
    load_folders_cached([folder])
    result, still_fresh = load_quickly([folder])
    assert result.sources == {}  # from the snapshot
    assert still_fresh()


def test_a_file_changed_in_place_fails_the_after_paint_check(folder):  # noqa: F811
    load_folders_cached([folder])
    path = folder / "missions" / "soyuz-ms-07.yaml"
    with open(path, "r+", encoding="utf-8") as handle:  # in place: the folder's stamp does not move
        text = handle.read()
        handle.seek(0)
        handle.write(text.replace("ISS resupply", "ISS resupplX", 1))
    result, still_fresh = load_quickly([folder])
    # Either the content hash of a just-copied (racy) file caught it before the paint, or the after-paint check.
    assert result.sources != {} or not still_fresh()
    reloaded = load_folders_cached([folder]).catalog.mission("soyuz-ms-07")  # what the caller's reload shows
    assert reloaded is not None and reloaded.mission_type == "ISS resupplX"


def test_an_added_or_removed_file_is_noticed_before_the_paint(folder):  # noqa: F811
    load_folders_cached([folder])
    (folder / "missions" / "soyuz-ms-08.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    result, _still_fresh = load_quickly([folder])
    assert result.sources != {}
    os.remove(folder / "missions" / "soyuz-ms-08.yaml")
    result, _still_fresh = load_quickly([folder])
    assert result.sources != {}
