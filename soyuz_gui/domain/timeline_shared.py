"""What both timeline builders use: times in seconds, a mission's end, expedition bands, open ends, short names."""

from __future__ import annotations

import bisect
from dataclasses import replace

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Expedition, ExpeditionCategory, Mission
from soyuz_gui.domain.label import Label, LabelKind
from soyuz_gui.domain.timeline import Band, Timeline, TimelineItem
from soyuz_gui.domain.timeutil import Instant


def seconds_of(instant: Instant) -> float:
    return instant.value.timestamp()


def mission_end(mission: Mission) -> tuple[Instant | None, bool]:
    """When a mission's ship left the picture: landing, else last undocking; open when still docked."""
    if mission.landing.time is not None:
        return mission.landing.time, False
    undocked = [d.undocked for d in mission.dockings if d.undocked is not None]
    if len(undocked) == len(mission.dockings) and undocked:
        return max(undocked), False
    return None, True


def expedition_bands(catalog: Catalog, stations: set[str], principal_only: bool = False) -> list[Band]:
    bands: list[Band] = []
    # An end the data does not know is not an expedition still under way: such a band stops where the next
    # expedition of the same station and kind starts; only the latest one runs on to now.
    starts: dict[tuple[str, str], list[float]] = {}
    for expedition in catalog.expeditions():
        if expedition.start is not None:
            starts.setdefault((expedition.station, str(expedition.category)), []).append(seconds_of(expedition.start))
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
            following = later[bisect.bisect_right(later, seconds_of(expedition.start)):]
            if following:
                bands.append(_band(expedition, seconds_of(expedition.start), following[0], open_end=False))
                continue
        start = seconds_of(expedition.start)
        bands.append(_band(expedition, start, seconds_of(end) if end else start, open_end=end is None))
    return bands


def _band(expedition: Expedition, start: float, end: float, open_end: bool) -> Band:
    if expedition.station != "iss":
        short = Label.text(expedition.name.rsplit(" ", 1)[-1])  # "Salyut 6 EO-1" -> "EO-1"
    else:
        number = expedition.number
        short = Label(LabelKind.EXPEDITION, first=number) if number is not None else Label.text("")
    return Band(start, end, expedition.name, expedition.id, open_end=open_end, short=short)


def close_open_ends(timeline: Timeline, now: float | None) -> None:
    """Draw still-open ranges and bands to ``now`` or the end of the data, whichever is later."""
    limit = max(timeline.extent[1], now if now is not None else timeline.extent[1])
    for lane in timeline.lanes:
        lane.ranges = [_replace_end(i, max(limit, i.start)) if i.open_end else i for i in lane.ranges]
    timeline.bands = [replace(b, end=max(limit, b.start)) if b.open_end else b for b in timeline.bands]
    timeline.finish()


def _replace_end(item: TimelineItem, end: float) -> TimelineItem:
    return msgspec.structs.replace(item, end=end)


def short_name(mission: Mission) -> str:
    """``Soyuz MS-07`` -> ``MS-07``; ``Progress MS-08`` -> ``Prog. MS-08``, so a port lane stays unambiguous."""
    head, _, tail = mission.name.rpartition(" ")
    if not head or not any(ch.isdigit() for ch in tail):
        return mission.name
    if mission.programme == "soyuz" or not tail.startswith("MS-"):
        return tail
    return f"{head.split()[0][:4]}. {tail}"
