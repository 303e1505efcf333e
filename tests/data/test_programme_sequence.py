"""Every crewed Soyuz from Soyuz 1 (1967) to the latest Soyuz MS is in the data, with no gap in any series, in
launch order, each with its spacecraft generation."""

from __future__ import annotations

import pytest

from soyuz_gui.domain import Catalog
from soyuz_gui.domain.entities import GENERATIONS, OutcomeKind
from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.tree_kinds import GroupBy

SERIES = [
    *(f"soyuz-{n}" for n in range(1, 41)), "soyuz-18a",
    *(f"soyuz-t-{n}" for n in range(1, 16)), "soyuz-t-10-1",
    *(f"soyuz-tm-{n}" for n in range(1, 35)),
    *(f"soyuz-tma-{n}" for n in range(1, 23)),
    *(f"soyuz-tma-{n:02d}m" for n in range(1, 21)),
    *(f"soyuz-ms-{n:02d}" for n in range(1, 29)),
]


def test_every_soyuz_of_the_crewed_series_is_in_the_data(catalog: Catalog) -> None:
    missing = [mission_id for mission_id in SERIES if catalog.mission(mission_id) is None]
    assert missing == []


def test_each_has_its_generation_and_the_series_run_in_launch_order(catalog: Catalog) -> None:
    soyuz = [m for m in catalog.missions() if m.programme == "soyuz"]
    assert all(m.generation in GENERATIONS[:9] for m in soyuz), [m.id for m in soyuz if not m.generation]
    order = [m.id for m in soyuz]
    for prefix, count, fmt in (("soyuz-tm-", 34, "{}"), ("soyuz-tma-", 22, "{}"), ("soyuz-ms-", 28, "{:02d}")):
        ids = [f"{prefix}{fmt.format(n)}" for n in range(2, count + 1)]
        positions = [order.index(i) for i in ids]
        assert positions == sorted(positions), prefix


@pytest.mark.parametrize(("mission_id", "kind"), [
    ("soyuz-1", OutcomeKind.CREW_LOST), ("soyuz-11", OutcomeKind.CREW_LOST),
    ("soyuz-18a", OutcomeKind.LAUNCH_ABORT), ("soyuz-t-10-1", OutcomeKind.LAUNCH_ABORT),
    ("soyuz-ms-10", OutcomeKind.LAUNCH_ABORT), ("soyuz-10", OutcomeKind.DOCKING_FAILED),
    ("soyuz-15", OutcomeKind.DOCKING_FAILED), ("soyuz-23", OutcomeKind.DOCKING_FAILED),
    ("soyuz-25", OutcomeKind.DOCKING_FAILED), ("soyuz-33", OutcomeKind.DOCKING_FAILED),
    ("soyuz-2", OutcomeKind.UNCREWED), ("soyuz-20", OutcomeKind.UNCREWED), ("soyuz-34", OutcomeKind.UNCREWED),
    ("soyuz-t-1", OutcomeKind.UNCREWED), ("soyuz-tm-1", OutcomeKind.UNCREWED), ("soyuz-ms-14", OutcomeKind.UNCREWED),
    ("soyuz-ms-23", OutcomeKind.UNCREWED), ("soyuz-32", OutcomeKind.LANDED_EMPTY),
    ("soyuz-ms-22", OutcomeKind.LANDED_EMPTY), ("soyuz-5", OutcomeKind.BALLISTIC_REENTRY),
    ("soyuz-tma-1", OutcomeKind.BALLISTIC_REENTRY), ("soyuz-tma-10", OutcomeKind.BALLISTIC_REENTRY),
    ("soyuz-tma-11", OutcomeKind.BALLISTIC_REENTRY), ("soyuz-t-14", OutcomeKind.EARLY_RETURN),
])
def test_the_outcomes_the_sources_report(catalog: Catalog, mission_id: str, kind: OutcomeKind) -> None:
    mission = catalog.mission(mission_id)
    assert mission is not None and mission.has_outcome(kind)


def test_launch_aborts_are_not_spaceflights_and_ordinals_skip_them(catalog: Catalog) -> None:
    # Titov and Strekalov escaped the Soyuz T-10-1 pad fire: that was no spaceflight, so it has no ordinal.
    assert catalog.flight_ordinal("vladimir-titov", "soyuz-t-10-1") is None
    assert catalog.flight_ordinal("vladimir-titov", "soyuz-t-8") == 1
    assert catalog.flight_ordinal("vladimir-titov", "soyuz-tm-4") == 2
    assert catalog.soyuz_flight_number(catalog.mission("soyuz-ms-07")) == 136  # type: ignore[arg-type]


def test_the_tree_by_generation_lists_the_whole_series(qapp, catalog: Catalog) -> None:
    model = MissionTreeModel(catalog)
    model.set_group_by(GroupBy.GENERATION)
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups[:9] == [f"Soyuz {g}" for g in GENERATIONS[:9]]
    total = sum(model.rowCount(model.index(row, 0)) for row in range(9))
    assert total == len([m for m in catalog.missions() if m.programme == "soyuz"])
