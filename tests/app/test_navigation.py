"""Where the main window opens and which mission Ctrl+[ / Ctrl+] go to (Qt-free decisions)."""

from __future__ import annotations

from soyuz_gui.app.navigation import DEFAULT_MISSION, mission_after, start_candidates
from soyuz_gui.domain import Catalog


def test_start_candidates_keep_only_ids_in_the_data(catalog) -> None:
    first = catalog.missions()[0].id
    assert start_candidates(catalog, "soyuz-ms-08", "anton-shkaplerov") == [
        "soyuz-ms-08", "anton-shkaplerov", DEFAULT_MISSION, first]
    assert start_candidates(catalog, "no-such-id", None) == [DEFAULT_MISSION, first]
    assert start_candidates(Catalog([]), "soyuz-ms-08", None) == []


def test_mission_after_steps_and_wraps(catalog) -> None:
    missions = [m.id for m in catalog.missions()]
    index = missions.index("soyuz-ms-07")
    assert mission_after(catalog, "soyuz-ms-07", 1) == missions[index + 1]
    assert mission_after(catalog, "soyuz-ms-07", -1) == missions[index - 1]
    assert mission_after(catalog, missions[-1], 1) == missions[0]
    assert mission_after(catalog, "anton-shkaplerov", 1) == missions[0]  # not a mission: start at an end
    assert mission_after(catalog, None, -1) == missions[-1]
    assert mission_after(Catalog([]), None, 1) is None
