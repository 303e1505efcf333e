"""The programme view of the timeline: every mission as a range, by spacecraft generation or by station and port."""

from __future__ import annotations

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Docking, Mission
from soyuz_gui.domain.generations import generation_label, generation_order
from soyuz_gui.domain.label import Label, LabelKind
from soyuz_gui.domain.timeline import Grouping, ItemKind, Lane, LaneKind, Timeline, TimelineItem
from soyuz_gui.domain.timeline_shared import (
    close_open_ends,
    expedition_bands,
    mission_end,
    seconds_of,
    short_name,
)
from soyuz_gui.domain.timeutil import Precision


def _pack(ranges: list[tuple[float, float]]) -> list[int]:
    """First-fit rows for ranges sorted by start, so no two ranges of a row overlap."""
    ends: list[float] = []
    rows: list[int] = []
    for start, end in ranges:
        for row, last in enumerate(ends):
            if start > last:
                ends[row] = end
                rows.append(row)
                break
        else:
            ends.append(end)
            rows.append(len(ends) - 1)
    return rows


def programme_timeline(catalog: Catalog, grouping: Grouping = Grouping.SERIES, now: float | None = None) -> Timeline:
    """Every mission as a range: in lanes by spacecraft generation (packed so ranges never overlap), or per
    station (its life in orbit) and per port (the ships docked there)."""
    missions = [m for m in catalog.missions() if m.launch.time is not None or m.dockings]
    lanes = _station_lanes(catalog, missions) if grouping == Grouping.PORT else _generation_lanes(missions)
    title = "Programme by station and port" if grouping == Grouping.PORT else "Programme by spacecraft"
    stations = {d.station for m in missions for d in m.dockings if d.station}
    timeline = Timeline(title, lanes, expedition_bands(catalog, stations, principal_only=True), grouping=grouping)
    timeline.finish()
    close_open_ends(timeline, now)
    timeline.focus = timeline.extent
    return timeline


def _station_lanes(catalog: Catalog, missions: list[Mission]) -> list[Lane]:
    """Per station, in launch order: a lane with its life in orbit, then one lane per port in order of first use."""
    lanes: list[Lane] = []
    by_port: dict[tuple[str, str], list[tuple[Mission, int, Docking]]] = {}
    for mission in missions:
        for n, dock in enumerate(mission.dockings):
            if dock.docked is not None and dock.station is not None and dock.port is not None:
                by_port.setdefault((dock.station, dock.port), []).append((mission, n, dock))
    for station in catalog.stations():
        ports = sorted(((port, entries) for (sid, port), entries in by_port.items() if sid == station.id),
                       key=lambda pair: min(seconds_of(d.docked) for _, _, d in pair[1] if d.docked))
        if station.launched is None and not ports:
            continue
        if station.launched is not None:
            lane = Lane(station.name, LaneKind.STATION, station.id)
            end = station.reentered
            a = seconds_of(station.launched)
            b = seconds_of(end) if end is not None else a
            life = Label(LabelKind.NAME_AND_YEARS, name=station.name, first=station.launched.value.year,
                         last=end.value.year if end else None)
            lane.ranges.append(TimelineItem(f"station:{station.id}", len(lanes), a, b, ItemKind.STATION,
                                            life, f"{station.name} in orbit", station.id,
                                            min(station.launched.precision, end.precision) if end else
                                            station.launched.precision, open_end=end is None,
                                            short=Label.text(station.name)))
            lanes.append(lane)
        for port_id, entries in ports:
            port = station.port(port_id)
            port_name = port.name if port else port_id
            lane = Lane(port_name, LaneKind.PORT, station.id)  # under its station's lane, so the port name is enough
            index = len(lanes)
            for mission, n, dock in entries:
                assert dock.docked is not None
                a = seconds_of(dock.docked)
                b = seconds_of(dock.undocked) if dock.undocked else a
                precision = dock.docked.precision if dock.undocked is None else min(dock.docked.precision,
                                                                                     dock.undocked.precision)
                lane.ranges.append(TimelineItem(f"dock:{mission.id}:{n}", index, a, b, ItemKind.VEHICLE,
                                                Label.text(mission.name), f"{mission.name} docked at {port_name}",
                                                mission.id, precision, open_end=dock.undocked is None,
                                                short=Label.text(short_name(mission)),
                                                category=generation_label(mission) if mission.vehicle_role == "crew"
                                                else ""))
            lanes.append(lane)
    return lanes


def _generation_lanes(missions: list[Mission]) -> list[Lane]:
    lanes: list[Lane] = []
    by_series: dict[str, list[Mission]] = {}
    for mission in missions:
        by_series.setdefault(generation_label(mission), []).append(mission)
    for series in sorted(by_series, key=generation_order):
        spans: list[tuple[Mission, float, float, bool, Precision]] = []
        for mission in by_series[series]:
            start = mission.launch.time or min(d.docked for d in mission.dockings if d.docked)
            end, open_end = mission_end(mission)
            precision = start.precision if end is None else min(start.precision, end.precision)
            a = seconds_of(start)
            spans.append((mission, a, seconds_of(end) if end else a, open_end, precision))
        spans.sort(key=lambda s: s[1])
        rows = _pack([(a, b if not open_end else float("inf")) for _, a, b, open_end, _ in spans])
        first = len(lanes)
        for row in range(max(rows, default=-1) + 1):
            lanes.append(Lane(series, LaneKind.SERIES, None, row=row + 1))
        for (mission, a, b, open_end, precision), row in zip(spans, rows, strict=True):
            label = (Label.text(mission.name) if open_end else
                     Label(LabelKind.NAME_AND_DURATION, name=mission.name, seconds=b - a))
            lanes[first + row].ranges.append(TimelineItem(
                f"mission:{mission.id}", first + row, a, b, ItemKind.MISSION, label,
                f"{mission.name}, {mission.vehicle_role} flight", mission.id, precision, open_end=open_end,
                short=Label.text(short_name(mission)), category=series))
    return lanes
