"""What the timeline shows, built from a :class:`Catalog`: lanes of ranges and points, and background bands.

Qt-free. The widget never walks the catalog itself; it draws a :class:`Timeline`. Every item carries the id of the
entity it stands for (a mission or a person) and a sentence a screen reader can speak.

Two views:

* mission view (:func:`mission_timeline`): the flight's phases, its events, a lane per crew member (time in space)
  and a lane per other vehicle docked at the same station while the ship was there; expeditions as bands;
* programme view (:func:`programme_timeline`): every mission as a range, in lanes by spacecraft series (packed so
  ranges never overlap) or by docking port.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from enum import StrEnum

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import GENERATIONS, Docking, EventKind, Expedition, ExpeditionCategory, Mission
from soyuz_gui.domain.label import Label, LabelKind, event_word
from soyuz_gui.domain.timescale import DAY, TimeMode, format_instant, running_max
from soyuz_gui.domain.timeutil import Instant, Precision


class ItemKind(StrEnum):
    """What an item is; the widget picks a shape and fill per kind so colour is never the only cue."""

    FREE_FLIGHT = "free-flight"  # launch to docking, undocking to landing, or a flight that never docked
    DOCKED = "docked"
    RELOCATION = "relocation-flight"
    IN_SPACE = "in-space"  # a crew member's flight
    MISSION = "mission"  # a whole mission (programme view)
    VEHICLE = "vehicle"  # another ship docked at the station
    STATION = "station"  # a station's life in orbit (programme view, by station)
    # points take the event kind's value: launch, docking, undocking, relocation, landing, spacewalk, abort, ...


class LaneKind(StrEnum):
    PHASES = "phases"
    EVENTS = "events"
    CREW = "crew"
    VEHICLE = "vehicle"
    SERIES = "series"
    PORT = "port"
    STATION = "station"


class Grouping(StrEnum):
    """How the programme view groups missions into lanes."""

    SERIES = "series"
    PORT = "port"


_PRECISION_NAME = {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day",
                   Precision.MINUTE: "minute", Precision.SECOND: "second"}


def precision_name(precision: Precision) -> str:
    return _PRECISION_NAME[precision]


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """A range (``end > start``) or a point (``end == start``) on one lane."""

    key: str  # unique within its timeline
    lane: int
    start: float
    end: float
    kind: str  # an ItemKind or EventKind value
    label: Label  # what is drawn on or beside the item
    title: str  # the item's name in sentences: "Docking, Soyuz MS-07 at Rassvet nadir"
    entity_id: str | None  # mission or person id the item stands for
    precision: Precision = Precision.MINUTE
    open_end: bool = False  # the end is not known yet (still in flight); drawn to the edge of the data
    short: Label = Label.text("")  # a shorter label for when ``label`` does not fit ("MS-07")
    category: str = ""  # what colours it beyond its kind: a mission's spacecraft generation

    @property
    def is_point(self) -> bool:
        return self.end == self.start

    def when(self, mode: TimeMode = TimeMode.UTC, origin: float | None = None) -> str:
        """The item's time(s) as text in the chosen mode."""
        name = precision_name(self.precision)
        first = format_instant(self.start, mode, origin=origin, precision=name)
        if self.is_point:
            return first
        if self.open_end:
            return f"{first} to now"
        return f"{first} to {format_instant(self.end, mode, origin=origin, precision=name)}"

    def accessible_name(self, mode: TimeMode = TimeMode.UTC, origin: float | None = None) -> str:
        """What a screen reader says: ``Docking, Soyuz MS-07 at Rassvet nadir, 19 Dec 2017 08:39 UTC``."""
        return f"{self.title}, {self.when(mode, origin)}"


@dataclass(frozen=True, slots=True)
class Band:
    """A background period spanning all lanes (an expedition)."""

    start: float
    end: float
    label: str
    entity_id: str | None
    open_end: bool = False
    short: Label = Label.text("")  # "Exp. 54" when the name does not fit


@dataclass(slots=True)
class Lane:
    """One row: its ranges and points, each sorted by time, plus look-up arrays for fast culling."""

    title: str
    kind: LaneKind
    entity_id: str | None = None
    ranges: list[TimelineItem] = field(default_factory=list)
    points: list[TimelineItem] = field(default_factory=list)
    range_starts: list[float] = field(default_factory=list)
    range_ends_max: list[float] = field(default_factory=list)
    point_times: list[float] = field(default_factory=list)
    row: int = 1  # a series packed into several rows: which row this is (the title names the series, not the row)

    def finish(self) -> None:
        """Sort the items and build the arrays :func:`bisect` needs."""
        self.ranges.sort(key=lambda i: (i.start, i.end))
        self.points.sort(key=lambda i: i.start)
        self.range_starts = [i.start for i in self.ranges]
        self.range_ends_max = running_max([i.end for i in self.ranges])
        self.point_times = [i.start for i in self.points]


@dataclass(slots=True)
class Timeline:
    """Lanes and bands for one view, plus the range to fit and the MET origin (launch), when there is one."""

    title: str
    lanes: list[Lane]
    bands: list[Band] = field(default_factory=list)
    focus: tuple[float, float] = (0.0, DAY)
    extent: tuple[float, float] = (0.0, DAY)
    origin: float | None = None  # launch time; mission elapsed time counts from here
    grouping: Grouping | None = None  # how a programme view groups its lanes; None for one mission
    _order: tuple[TimelineItem, ...] = ()
    _by_key: dict[str, TimelineItem] = field(default_factory=dict)
    _index: dict[str, int] = field(default_factory=dict)

    def finish(self) -> Timeline:
        """Index the items; call once after building."""
        for lane in self.lanes:
            lane.finish()
        self._order = tuple(sorted((i for lane in self.lanes for i in (*lane.ranges, *lane.points)),
                                   key=lambda i: (i.start, i.lane, i.end)))
        self._by_key = {i.key: i for i in self._order}
        self._index = {i.key: n for n, i in enumerate(self._order)}
        # The extent is where the items are; bands only frame them (unless there is nothing else).
        starts = [i.start for i in self._order] or [b.start for b in self.bands]
        ends = [i.end for i in self._order] or [b.end for b in self.bands]
        if starts:
            self.extent = (min(starts), max(ends + starts))
        return self

    def items(self) -> tuple[TimelineItem, ...]:
        """Every item in time order (the order ←/→ walk)."""
        return self._order  # a tuple: shared, never copied (a screen reader may walk 100,000 of them)

    def item(self, key: str) -> TimelineItem | None:
        return self._by_key.get(key)

    def index_of(self, key: str) -> int:
        return self._index.get(key, -1)

    def items_for(self, entity_id: str) -> list[TimelineItem]:
        return [i for i in self._order if i.entity_id == entity_id]

    def neighbour(self, key: str | None, step: int) -> TimelineItem | None:
        """The previous (step -1) or next (+1) item in time order; the first or last when nothing is current."""
        if not self._order:
            return None
        if key is None or key not in self._by_key:
            return self._order[0] if step > 0 else self._order[-1]
        index = self.index_of(key) + step
        return self._order[min(max(index, 0), len(self._order) - 1)]

    def nearest_in_lane(self, lane: int, t: float) -> TimelineItem | None:
        """The item of a lane closest in time to t (for ↑/↓)."""
        if not 0 <= lane < len(self.lanes):
            return None
        candidates = [*self.lanes[lane].ranges, *self.lanes[lane].points]
        if not candidates:
            return None
        return min(candidates, key=lambda i: 0.0 if i.start <= t <= i.end else min(abs(i.start - t),
                                                                                     abs(i.end - t)))

    def ranges_at(self, lane: int, t: float, slack: float = 0.0) -> list[TimelineItem]:
        """Ranges of a lane that contain t (within ``slack`` seconds), last drawn first."""
        if not 0 <= lane < len(self.lanes):
            return []
        row = self.lanes[lane]
        hi = bisect.bisect_right(row.range_starts, t + slack)
        lo = bisect.bisect_left(row.range_ends_max, t - slack)
        return [i for i in reversed(row.ranges[lo:hi]) if i.start - slack <= t <= i.end + slack]


# --- builders --------------------------------------------------------------------------------------------------


def _t(instant: Instant) -> float:
    return instant.value.timestamp()


def _port_name(catalog: Catalog, docking: Docking) -> str:
    if docking.vehicle is not None:
        other = catalog.mission(docking.vehicle)
        return other.name if other else docking.vehicle
    station = catalog.station(docking.station)
    port = station.port(docking.port) if station else None
    return port.name if port else (docking.port or docking.station or "")


def generation_label(mission: Mission) -> str:
    """The lane and legend name of a mission's spacecraft generation: ``Soyuz TMA``, ``Space Shuttle``."""
    generation = mission.generation
    if generation is None:
        return mission.spacecraft or mission.programme
    if mission.programme == "soyuz" and generation in GENERATIONS[:9]:
        return f"Soyuz {generation}"
    return generation


def generation_order(label: str) -> tuple[int, str]:
    names = [f"Soyuz {g}" for g in GENERATIONS[:9]] + list(GENERATIONS[9:])
    return (names.index(label), label) if label in names else (len(names), label)


def _mission_end(mission: Mission) -> tuple[Instant | None, bool]:
    """When a mission's ship left the picture: landing, else last undocking; open when still docked."""
    if mission.landing.time is not None:
        return mission.landing.time, False
    undocked = [d.undocked for d in mission.dockings if d.undocked is not None]
    if len(undocked) == len(mission.dockings) and undocked:
        return max(undocked), False
    return None, True


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
                          key=lambda d: _t(d.docked) if d.docked else 0.0):
        assert docking.docked is not None
        marks.append((docking.docked, "docked", docking))
        if docking.undocked is not None:
            marks.append((docking.undocked, "undocked", docking))
    end, open_end = _mission_end(mission)
    if mission.landing.time is not None:
        marks.append((mission.landing.time, "landing", None))
    counter = 0
    for (a, kind_a, dock_a), (b, kind_b, _dock_b) in zip(marks, marks[1:], strict=False):
        if _t(b) <= _t(a):
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
        phases.ranges.append(TimelineItem(f"phase:{counter}", 0, _t(a), _t(b), kind, label, title, mission.id,
                                          precision, short=short))
    if open_end and marks and marks[-1][1] == "docked" and marks[-1][2] is not None:
        last = marks[-1]
        port = _port_name(catalog, last[2]) if last[2] else ""
        phases.ranges.append(TimelineItem("phase:open", 0, _t(last[0]), _t(last[0]), ItemKind.DOCKED,
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
        events.points.append(TimelineItem(f"event:{index}", 1, _t(event.time), _t(event.time), event.kind.value,
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
            start_t = _t(flight.launch)
            stop_t = _t(stop) if stop is not None else start_t
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
    docked = [(_t(d.docked), _t(d.undocked) if d.undocked else None, d.station)
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
                t_in = _t(dock.docked)
                t_out = _t(dock.undocked) if dock.undocked is not None else None
                if (window_end is not None and t_in >= window_end) or (t_out is not None and t_out <= window_start):
                    continue
                port = _port_name(catalog, dock)
                precision = dock.docked.precision if dock.undocked is None else min(dock.docked.precision,
                                                                                     dock.undocked.precision)
                spans.append(TimelineItem(f"vehicle:{other.id}:{n}", len(lanes), t_in,
                                          t_out if t_out is not None else t_in,
                                          ItemKind.VEHICLE, Label(LabelKind.SHIP_AT, name=other.name, place=port),
                                          f"{other.name} docked at {port}", other.id, precision,
                                          open_end=t_out is None, short=Label.text(_short_name(other))))
            if spans:
                lane = Lane(other.name, LaneKind.VEHICLE, other.id)
                lane.ranges.extend(spans)
                lanes.append(lane)

    timeline = Timeline(name, lanes, origin=_t(mission.launch.time) if mission.launch.time else None)
    timeline.bands = _expedition_bands(catalog, {d.station for d in mission.dockings if d.station} or
                                       ({mission.station} if mission.station else set()))
    timeline.finish()
    _close_open_ends(timeline, now)
    start = mission.launch.time or (min((d.docked for d in mission.dockings if d.docked), default=None))
    if start is not None:
        stop_t = _t(end) if end is not None else timeline.extent[1]
        timeline.focus = (_t(start), max(stop_t, _t(start)))
    else:
        timeline.focus = timeline.extent
    return timeline


def _expedition_bands(catalog: Catalog, stations: set[str], principal_only: bool = False) -> list[Band]:
    bands: list[Band] = []
    # An end the data does not know is not an expedition still under way: such a band stops where the next
    # expedition of the same station and kind starts; only the latest one runs on to now.
    starts: dict[tuple[str, str], list[float]] = {}
    for expedition in catalog.expeditions():
        if expedition.start is not None:
            starts.setdefault((expedition.station, str(expedition.category)), []).append(_t(expedition.start))
    for times in starts.values():
        times.sort()
    for expedition in catalog.expeditions():
        if expedition.station not in stations or expedition.start is None:
            continue
        if principal_only and expedition.category != ExpeditionCategory.PRINCIPAL:
            continue
        end = expedition.end
        if end is None:
            later = starts[(expedition.station, str(expedition.category))]
            following = later[bisect.bisect_right(later, _t(expedition.start)):]
            if following:
                bands.append(_band(expedition, _t(expedition.start), following[0], open_end=False))
                continue
        bands.append(_band(expedition, _t(expedition.start), _t(end) if end else _t(expedition.start),
                           open_end=end is None))
    return bands


def _band(expedition: Expedition, start: float, end: float, open_end: bool) -> Band:
    if expedition.station != "iss":
        short = Label.text(expedition.name.rsplit(" ", 1)[-1])  # "Salyut 6 EO-1" -> "EO-1"
    else:
        number = expedition.number
        short = Label(LabelKind.EXPEDITION, first=number) if number is not None else Label.text("")
    return Band(start, end, expedition.name, expedition.id, open_end=open_end, short=short)


def _close_open_ends(timeline: Timeline, now: float | None) -> None:
    """Draw still-open ranges and bands to ``now`` or the end of the data, whichever is later."""
    limit = max(timeline.extent[1], now if now is not None else timeline.extent[1])
    for lane in timeline.lanes:
        lane.ranges = [_replace_end(i, max(limit, i.start)) if i.open_end else i for i in lane.ranges]
    timeline.bands = [replace(b, end=max(limit, b.start)) if b.open_end else b for b in timeline.bands]
    timeline.finish()


def _replace_end(item: TimelineItem, end: float) -> TimelineItem:
    return replace(item, end=end)


def _short_name(mission: Mission) -> str:
    """``Soyuz MS-07`` -> ``MS-07``; ``Progress MS-08`` -> ``Prog. MS-08``, so a port lane stays unambiguous."""
    head, _, tail = mission.name.rpartition(" ")
    if not head or not any(ch.isdigit() for ch in tail):
        return mission.name
    if mission.programme == "soyuz" or not tail.startswith("MS-"):
        return tail
    return f"{head.split()[0][:4]}. {tail}"


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
    timeline = Timeline(title, lanes, _expedition_bands(catalog, stations, principal_only=True), grouping=grouping)
    timeline.finish()
    _close_open_ends(timeline, now)
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
                       key=lambda pair: min(_t(d.docked) for _, _, d in pair[1] if d.docked))
        if station.launched is None and not ports:
            continue
        if station.launched is not None:
            lane = Lane(station.name, LaneKind.STATION, station.id)
            end = station.reentered
            a = _t(station.launched)
            b = _t(end) if end is not None else a
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
                a = _t(dock.docked)
                b = _t(dock.undocked) if dock.undocked else a
                precision = dock.docked.precision if dock.undocked is None else min(dock.docked.precision,
                                                                                     dock.undocked.precision)
                lane.ranges.append(TimelineItem(f"dock:{mission.id}:{n}", index, a, b, ItemKind.VEHICLE,
                                                Label.text(mission.name), f"{mission.name} docked at {port_name}",
                                                mission.id, precision, open_end=dock.undocked is None,
                                                short=Label.text(_short_name(mission)),
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
            end, open_end = _mission_end(mission)
            precision = start.precision if end is None else min(start.precision, end.precision)
            spans.append((mission, _t(start), _t(end) if end else _t(start), open_end, precision))
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
                short=Label.text(_short_name(mission)), category=series))
    return lanes
