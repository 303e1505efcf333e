"""The page of a space station: its life in orbit, expeditions, visiting ships and who held each port when."""

from __future__ import annotations

from soyuz_gui.domain import Catalog, Span, Station
from soyuz_gui.domain.entities import ExpeditionCategory
from soyuz_gui.domain.generations import generation_label
from soyuz_gui.models.formats import Formats, outcome_label
from soyuz_gui.widgets.html_escape import escape
from soyuz_gui.widgets.page_kit import Page, Palette, translate


def station_page(catalog: Catalog, station: Station, palette: Palette | None = None,
                 formats: Formats | None = None) -> str:
    pg = Page(catalog, palette or Palette(), formats)
    c = catalog
    subtitle = escape(translate("DetailPages", "Space station"))
    if station.native_name:
        subtitle = f"{escape(station.native_name)} · {subtitle}"
    out = [pg.title(station.name, subtitle)]
    visits = c.visits(station.id)
    crewed = {m.id for m, _ in visits if m.vehicle_role == "crew"}
    expeditions = c.expeditions_of(station.id)
    life = (Span(station.reentered.value - station.launched.value,
                 min(station.launched.precision, station.reentered.precision))
            if station.launched and station.reentered else None)
    in_orbit = escape(translate("DetailPages", "still in orbit"))
    out.append(pg.cards([
        (translate("DetailPages", "Launched"), pg.when(station.launched)),
        (translate("DetailPages", "Re-entered"), pg.when(station.reentered) if station.reentered or
         not station.launched else in_orbit),
        (translate("DetailPages", "Time in orbit"), pg.span(life) if station.reentered else in_orbit),
        (translate("DetailPages", "Crewed ships in the data"), pg.number(len(crewed))),
    ]))
    out.extend(pg.note_html(note, station.id, i) for i, note in enumerate(station.notes))
    if expeditions:
        out.append(pg.heading(translate("DetailPages", "Expeditions")))
        principal = translate("DetailPages", "resident crew")
        visiting = translate("DetailPages", "visiting crew")
        rows = [[pg.link(e.id), escape(principal if e.category == ExpeditionCategory.PRINCIPAL else visiting),
                 pg.when(e.start), pg.when(e.end), pg.commanders(e)]
                for e in expeditions]
        out.append(pg.table([translate("DetailPages", "Expedition"), translate("DetailPages", "Kind"),
                             translate("DetailPages", "Start"), translate("DetailPages", "End"),
                             translate("DetailPages", "Commander")], rows))
    if visits:
        out.append(pg.heading(translate("DetailPages", "Visiting ships")))
        rows = []
        for mission, docking in visits:
            if docking.docked is None:
                continue
            port = station.port(docking.port)
            badges = ", ".join(outcome_label(o.kind) for o in mission.outcomes)
            crew = pg.number(c.crew_size(mission)) if mission.vehicle_role == "crew" else pg.muted(
                escape(translate("DetailPages", "cargo", "an uncrewed cargo ship in a crew column")))
            rows.append([pg.link(mission.id) + (f"<br>{pg.muted(escape(badges))}" if badges else ""),
                         escape(generation_label(mission)), escape(port.name if port else docking.port or ""),
                         pg.when(docking.docked), pg.when(docking.undocked), crew])
        out.append(pg.table([translate("DetailPages", "Ship"), translate("DetailPages", "Spacecraft"),
                             translate("DetailPages", "Port"), translate("DetailPages", "Docked"),
                             translate("DetailPages", "Undocked"), translate("DetailPages", "Crew")], rows))
    out.append(pg.heading(translate("DetailPages", "Docking ports")))
    by_port = {port.id: [(m, d) for m, d in visits if d.port == port.id] for port in station.ports}
    whole_life = escape(translate("DetailPages", "whole life", "a port that existed as long as the station"))
    summary = [[escape(port.name), pg.value(port.module),
                pg.when(port.available_from) if port.available_from else whole_life,
                pg.when(port.available_until) if port.available_until else whole_life,
                pg.number(len(by_port[port.id]))]
               for port in station.ports]
    out.append(pg.table([translate("DetailPages", "Port"), translate("DetailPages", "Module"),
                         translate("DetailPages", "From"), translate("DetailPages", "Until"),
                         translate("DetailPages", "Visits in the data")], summary))
    # Port occupancy: who held each port, from when to when, and for how long (derived).
    for port in station.ports:
        held_by = by_port[port.id]
        if not held_by:
            continue
        out.append(pg.heading(port.name))
        rows = []
        for mission, docking in held_by:
            held = (Span(docking.undocked.value - docking.docked.value,
                         min(docking.docked.precision, docking.undocked.precision))
                    if docking.docked and docking.undocked else None)
            rows.append([pg.link(mission.id), pg.when(docking.docked), pg.when(docking.undocked), pg.span(held)])
        out.append(pg.table([translate("DetailPages", "Vehicle"), translate("DetailPages", "Docked"),
                             translate("DetailPages", "Undocked"), translate("DetailPages", "Time at the port")],
                            rows))
    out.append(pg.references(station.references))
    return "".join(out)
