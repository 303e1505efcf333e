"""The mission view of the timeline: a flight's phases, its events, its crew and the ships docked alongside."""

from __future__ import annotations

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Docking, EventKind
from soyuz_gui.domain.label import Label, LabelKind, event_word
from soyuz_gui.domain.timeline import ItemKind, Lane, LaneKind, Timeline, TimelineItem
from soyuz_gui.domain.timeline_shared import (
    close_open_ends,
    expedition_bands,
    mission_end,
    seconds_of,
    short_name,
)
from soyuz_gui.domain.timeutil import Instant


def _port_name(catalog: Catalog, docking: Docking) -> str:
    if docking.vehicle is not None:
        other = catalog.mission(docking.vehicle)
        return other.name if other else docking.vehicle
    station = catalog.station(docking.station)
    port = station.port(docking.port) if station else None
    return port.name if port else (docking.port or docking.station or "")


def mission_timeline(catalog: Catalog, mission_id: str, now: float | None = None) -> Timeline:
    """Phases, events, crew and neighbours of one mission; ranges still open run to ``now``."""
    mission = catalog.mission(mission_id)
    if mission is None:
        return Timeline(f"Unknown mission {mission_id}", []).finish()
    name = mission.name
    lanes: list[Lane] = []
    phases = Lane("Flight phases", LaneKind.PHASES, mission.id)
    events = Lane("Events", LaneKind.EVENTS, mission.id)
    lanes += [phases, events]

    # Phases: the free flights and docked periods between launch, dockings, undockings and landing.
    marks: list[tuple[Instant, str, Docking | None]] = []
    if mission.launch.time is not None:
        marks.append((mission.launch.time, "launch", None))
    for docking in sorted((d for d in mission.dockings if d.docked is not None),
                          key=lambda d: seconds_of(d.docked) if d.docked else 0.0):
        assert docking.docked is not None
        marks.append((docking.docked, "docked", docking))
        if docking.undocked is not None:
            marks.append((docking.undocked, "undocked", docking))
    end, open_end = mission_end(mission)
    if mission.landing.time is not None:
        marks.append((mission.landing.time, "landing", None))
    counter = 0
    for (a, kind_a, dock_a), (b, kind_b, _dock_b) in zip(marks, marks[1:], strict=False):
        if seconds_of(b) <= seconds_of(a):
            continue
        counter += 1
        precision = min(a.precision, b.precision)
        short = Label.text("")
        if kind_a == "docked" and dock_a is not None:
            port = _port_name(catalog, dock_a)
            kind, label, title = ItemKind.DOCKED, Label(LabelKind.DOCKED_AT, place=port), f"{name} docked at {port}"
            short = Label.text(port.split(" ")[0])  # the module: "Rassvet"
        elif kind_a == "undocked" and kind_b == "docked":
            kind, label, title = ItemKind.RELOCATION, Label(LabelKind.RELOCATION), f"{name} relocating between ports"
        elif kind_a == "launch" and kind_b == "docked":
            kind, label, title = ItemKind.FREE_FLIGHT, Label(LabelKind.TO_THE_STATION), f"{name} flying to the station"
        elif kind_b == "landing" and kind_a == "undocked":
            kind, label, title = ItemKind.FREE_FLIGHT, Label(LabelKind.RETURN), f"{name} returning to Earth"
        else:
            kind, label, title = ItemKind.FREE_FLIGHT, Label(LabelKind.FLIGHT), f"{name} in flight"
        phases.ranges.append(TimelineItem(f"phase:{counter}", 0, seconds_of(a), seconds_of(b), kind, label, title,
                                          mission.id, precision, short=short))
    if open_end and marks and marks[-1][1] == "docked" and marks[-1][2] is not None:
        last = marks[-1]
        port = _port_name(catalog, last[2]) if last[2] else ""
        phases.ranges.append(TimelineItem("phase:open", 0, seconds_of(last[0]), seconds_of(last[0]), ItemKind.DOCKED,
                                          Label(LabelKind.DOCKED_AT, place=port), f"{name} docked at {port}",
                                          mission.id, last[0].precision, open_end=True))

    # Events: the derived milestones plus the stored ones. Titles say what happened to which ship where.
    for index, event in enumerate(catalog.events(mission)):
        word = event_word(event.kind.value)
        if event.kind == EventKind.DOCKING:
            where = event.title.split(" at ", 1)[-1]
            title = f"{word}, {name} at {where}"
        elif event.kind == EventKind.UNDOCKING:
            where = event.title.split(" from ", 1)[-1]
            title = f"{word}, {name} from {where}"
        elif event.kind in (EventKind.LAUNCH, EventKind.LANDING):
            title = f"{word}, {name}"
        else:
            title = f"{word}, {name}: {event.title}"
        # Milestones read as one word; anything else by its own title (a coolant leak, a spacewalk's purpose).
        milestone = event.kind in (EventKind.LAUNCH, EventKind.DOCKING, EventKind.UNDOCKING, EventKind.LANDING)
        label = Label(LabelKind.EVENT, name=event.kind.value) if milestone else Label.text(event.title)
        when = seconds_of(event.time)
        events.points.append(TimelineItem(f"event:{index}", 1, when, when, event.kind.value,
                                          label, title, mission.id, event.time.precision,
                                          short=Label(LabelKind.EVENT, name=event.kind.value)))

    # Crew: each person's whole flight that includes this mission (they may have come up or gone down on
    # another ship).
    for seat in mission.crew:
        person = catalog.person(seat.person)
        person_name = person.name if person else seat.person
        for flight in catalog.flights(seat.person):
            if mission.id not in (flight.launch_mission, flight.landing_mission):
                continue
            if flight.launch is None:
                continue
            lane = Lane(person_name, LaneKind.CREW, seat.person)
            stop = flight.landing
            start_t = seconds_of(flight.launch)
            stop_t = seconds_of(stop) if stop is not None else start_t
            label = (Label(LabelKind.NAME_AND_DURATION, name=flight.name, seconds=stop_t - start_t) if stop else
                     Label(LabelKind.STILL_IN_SPACE, name=flight.name))
            title = f"{person_name} in space on {flight.name}"
            precision = flight.launch.precision if stop is None else min(flight.launch.precision, stop.precision)
            lane_index = len(lanes)
            lane.ranges.append(TimelineItem(f"crew:{seat.person}", lane_index, start_t, stop_t, ItemKind.IN_SPACE,
                                            label, title, seat.person, precision, open_end=stop is None))
            lanes.append(lane)
            break

    # Other ships at the same station while this one was docked.
    docked = [(seconds_of(d.docked), seconds_of(d.undocked) if d.undocked else None, d.station)
              for d in mission.dockings if d.docked is not None]
    if docked:
        window_start = min(a for a, _, _ in docked)
        window_end = max((b for _, b, _ in docked if b is not None), default=None)
        stations = {s for _, _, s in docked}
        for other in catalog.missions():
            if other.id == mission.id:
                continue
            spans: list[TimelineItem] = []
            for n, dock in enumerate(other.dockings):
                if dock.station not in stations or dock.docked is None:
                    continue
                t_in = seconds_of(dock.docked)
                t_out = seconds_of(dock.undocked) if dock.undocked is not None else None
                if (window_end is not None and t_in >= window_end) or (t_out is not None and t_out <= window_start):
                    continue
                port = _port_name(catalog, dock)
                precision = dock.docked.precision if dock.undocked is None else min(dock.docked.precision,
                                                                                     dock.undocked.precision)
                spans.append(TimelineItem(f"vehicle:{other.id}:{n}", len(lanes), t_in,
                                          t_out if t_out is not None else t_in,
                                          ItemKind.VEHICLE, Label(LabelKind.SHIP_AT, name=other.name, place=port),
                                          f"{other.name} docked at {port}", other.id, precision,
                                          open_end=t_out is None, short=Label.text(short_name(other))))
            if spans:
                lane = Lane(other.name, LaneKind.VEHICLE, other.id)
                lane.ranges.extend(spans)
                lanes.append(lane)

    timeline = Timeline(name, lanes, origin=seconds_of(mission.launch.time) if mission.launch.time else None)
    timeline.bands = expedition_bands(catalog, {d.station for d in mission.dockings if d.station} or
                                       ({mission.station} if mission.station else set()))
    timeline.finish()
    close_open_ends(timeline, now)
    start = mission.launch.time or (min((d.docked for d in mission.dockings if d.docked), default=None))
    if start is not None:
        stop_t = seconds_of(end) if end is not None else timeline.extent[1]
        timeline.focus = (seconds_of(start), max(stop_t, seconds_of(start)))
    else:
        timeline.focus = timeline.extent
    return timeline
