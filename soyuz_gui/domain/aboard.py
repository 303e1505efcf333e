"""Who was aboard a station at one instant: the one answer the CLI (`data aboard`) and the GUI tab both show."""

from __future__ import annotations

from datetime import datetime

import msgspec

from soyuz_gui.domain.catalog import Catalog
from soyuz_gui.domain.entities import Station
from soyuz_gui.domain.timeutil import Instant


class AboardEntry(msgspec.Struct, frozen=True):
    person: str
    name: str
    vehicle: str  # the mission id of the ship the person came on
    vehicle_name: str
    arrived: Instant
    leaves_on: str  # the mission id of the ship that takes them home (the same ship, or another)
    expeditions: tuple[str, ...] = ()  # the person's expeditions on this station, from their seats
    position: str | None = None  # their seat on the ship they came on


class AboardAnswer(msgspec.Struct, frozen=True):
    station: str
    when: datetime
    entries: tuple[AboardEntry, ...] = ()
    refusal: str | None = None  # why there is no answer (no such station, a date outside its life)
    complete: bool = False  # the data holds every crewed ship that docked at this station at this instant


def aboard_at(catalog: Catalog, station_id: str, when: datetime) -> AboardAnswer:
    """The people aboard ``station_id`` at ``when`` (UTC), or a refusal that says why there is no answer."""
    station = catalog.station(station_id)
    if station is None:
        known = ", ".join(s.id for s in catalog.stations())
        return AboardAnswer(station_id, when, refusal=f"no station '{station_id}' in the data (known: {known})")
    refusal = outside_life(station, when)
    if refusal:
        return AboardAnswer(station_id, when, refusal=refusal)
    entries: list[AboardEntry] = []
    for stay in catalog.stays_at(station_id):
        if not (stay.start.value <= when and (stay.end is None or when < stay.end.value)):
            continue
        if any(e.person == stay.person for e in entries):
            continue
        person, ship = catalog.person(stay.person), catalog.mission(stay.arrived_on)
        if person is None or ship is None:
            continue
        seat = next((a for a in ship.crew if a.person == person.id), None)
        expeditions: list[str] = []
        for mission_id in dict.fromkeys((stay.arrived_on, stay.left_on)):
            mission = catalog.mission(mission_id)
            for assignment in mission.crew if mission else ():
                if assignment.person != person.id:
                    continue
                for expedition_id in assignment.expeditions:
                    expedition = catalog.expedition(expedition_id)
                    if expedition and expedition.station == station_id and expedition_id not in expeditions:
                        expeditions.append(expedition_id)
        entries.append(AboardEntry(person.id, person.name, ship.id, ship.name, stay.start, stay.left_on,
                                   tuple(expeditions), seat.position if seat else None))
    entries.sort(key=lambda e: (e.arrived.value, e.name))
    return AboardAnswer(station_id, when, tuple(entries), complete=records_complete(station, when))


def records_complete(station: Station, when: datetime) -> bool:
    """Whether the data claims (with sources) to hold every crewed visit to the station at ``when``."""
    start, end = station.complete_from, station.complete_until
    return start is not None and end is not None and start.value <= when < end.end_value


def outside_life(station: Station, when: datetime) -> str | None:
    """A sentence saying the station did not exist at ``when``, or None when it did."""
    if station.launched is not None and when < station.launched.value:
        return f"{station.name} was not launched until {station.launched.iso()}"
    if station.reentered is not None and when >= station.reentered.end_value:
        return f"{station.name} re-entered the atmosphere on {station.reentered.iso()}"
    return None
