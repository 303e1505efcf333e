"""HTML pages for the detail pane: one builder per entity kind, laid out for reading.

Pure functions of the catalog (no widgets), so they are easy to test. Internal links use the ``soyuz:`` scheme with
an entity id; the pane turns them into navigation. Values the data does not have show as "unknown".

Interface text goes through ``QCoreApplication.translate`` (context ``DetailPages``; countries, ordinals and
formats have their own contexts) so ``pyside6-lupdate`` extracts it; data text (names, notes, titles) is shown as
the data has it. Dates, numbers and durations are written by a :class:`Formats` for one ``QLocale``.
"""

from __future__ import annotations

from collections.abc import Sequence

from soyuz_gui.domain import (
    Agency,
    Catalog,
    Entity,
    Expedition,
    Mission,
    Person,
    Programme,
    Reference,
    Site,
    Station,
    display_name,
)
from soyuz_gui.domain.entities import Event, ExpeditionCategory
from soyuz_gui.domain.generations import generation_label
from soyuz_gui.loading.problems import DataProblem
from soyuz_gui.models.formats import Formats, outcome_label
from soyuz_gui.models.mission_types import mission_type_label
from soyuz_gui.widgets.html_escape import escape
from soyuz_gui.widgets.page_kit import (
    _IMAGE_KINDS,
    COUNTRIES,
    DetailPages,
    Page,
    Palette,
    _t,
    country_name,
    ordinal_number,
    ordinal_word,
    translate,
)
from soyuz_gui.widgets.station_page import station_page

__all__ = ["COUNTRIES", "Formats", "Palette", "country_name", "ordinal_number", "ordinal_word", "page_for"]


def mission_page(catalog: Catalog, mission: Mission, palette: Palette | None = None,
                 formats: Formats | None = None) -> str:
    pg = Page(catalog, palette or Palette(), formats)
    c = catalog
    programme = c.programme(mission.programme)
    before, after = c.programme_neighbours(mission)
    nav = []
    if before:
        nav.append(f"← {pg.link(before.id)}")
    if after:
        nav.append(f"{pg.link(after.id)} →")
    subtitle = " · ".join(filter(None, [
        escape(mission_type_label(mission.mission_type)) if mission.mission_type else None,
        pg.link(programme.id) if programme else escape(mission.programme),
        "  ".join(nav) or None,
    ]))
    out = [pg.title(mission.name, subtitle)]
    number = c.crewed_soyuz_number(mission)
    if number is not None:
        out.append(pg.muted(escape(translate("DetailPages", "The {ordinal} crewed Soyuz flight in the data").format(
            ordinal=ordinal_number(number)))))
    for outcome in mission.outcomes:
        # A flight that did not go to plan says so first: a symbol and words, never colour alone.
        note = f" {pg.prose(mission.id, f'outcomes[{mission.outcomes.index(outcome)}].note', outcome.note)}" \
            if outcome.note else ""
        cites = " ".join(pg.cite(r) for r in outcome.references)
        out.append(f'<p style="margin:8px 0px; padding:6px 10px; color:{pg.p.warn}; background:{pg.p.card}">'
                   f"⚠ <b>{escape(outcome_label(outcome.kind))}.</b>{note} {cites}</p>")
    duration = c.mission_duration(mission)
    docked = c.time_docked(mission)
    crewed = mission.vehicle_role == "crew"
    out.append(pg.cards([
        (translate("DetailPages", "Launch"), pg.when(mission.launch.time)),
        (translate("DetailPages", "Landing"), pg.when(mission.landing.time)),
        (translate("DetailPages", "Mission duration"), pg.span(duration)),
        (translate("DetailPages", "Crew"), pg.number(c.crew_size(mission)) if crewed
         else escape(translate("DetailPages", "uncrewed cargo ship"))),
    ]))

    # Left column: story, crew, dockings, events. Right column: the infobox.
    left: list[str] = []
    if mission.notes:
        left.append(pg.heading(translate("DetailPages", "About the flight")))
        left.extend(pg.note_html(n, mission.id, i) for i, n in enumerate(mission.notes))
    flight_number = c.soyuz_flight_number(mission)
    if flight_number is not None:
        # Derived from the missions; the source that printed the same figure is cited when there is one.
        first_ref = mission.references[0] if mission.references else None
        stated = mission.stated_value("soyuz_flight_number")
        cite = pg.cite(first_ref) if first_ref and stated and int(stated) == flight_number else ""
        sentence = translate("DetailPages", "It was the {ordinal} flight of a Soyuz spacecraft, counting the uncrewed "
                                            "Soyuz 2, 20 and 34 as the encyclopedias do.", "{ordinal} is e.g. 136th")
        left.append(f"<p>{escape(sentence.format(ordinal=ordinal_number(flight_number)))} {cite}</p>")
    below: list[str] = []
    position, crew_member = translate("DetailPages", "Position"), translate("DetailPages", "Crew member")
    agency = translate("DetailPages", "Agency")
    if mission.crew:
        below.append(pg.heading(translate("DetailPages", "Crew")))
        rows = []
        for seat in mission.crew:
            person = c.person(seat.person)
            ordinal = c.flight_ordinal(seat.person, mission.id)
            legs = []
            if not seat.launched:
                legs.append(translate("DetailPages", "landed only", "a crew member who only came back on this ship"))
            if not seat.landed:
                legs.append(translate("DetailPages", "launched only", "a crew member who only went up on this ship"))
            extra = [escape(person.native_name)] if person and person.native_name else []
            if person and person.nationality:
                extra.append(escape(country_name(person.nationality) or ""))
            if not mission.is_spaceflight:
                flight = pg.muted(escape(translate("DetailPages", "launch abort: not counted as a spaceflight")))
            elif ordinal:
                spaceflight = translate("DetailPages", "{ordinal} spaceflight", "{ordinal} is e.g. Third")
                flight = escape(spaceflight.format(ordinal=ordinal_word(ordinal)))
            else:
                flight = pg.unknown()
            rows.append([
                pg.position(seat.position),
                pg.link(seat.person) + (f"<br>{pg.muted(' · '.join(extra))}" if extra else ""),
                pg.link(seat.agency) if seat.agency else pg.unknown(),
                "<br>".join(pg.link(e) for e in seat.expeditions) or pg.unknown(),
                flight + (f"<br>{pg.muted(escape(', '.join(legs)))}" if legs else ""),
            ])
        below.append(pg.table([position, crew_member, agency, translate("DetailPages", "Expeditions"),
                               translate("DetailPages", "Flight")], rows))
    if mission.backup_crew:
        below.append(pg.heading(translate("DetailPages", "Backup crew")))
        rows = []
        for seat in mission.backup_crew:
            person = c.person(seat.person)
            country = escape(country_name(person.nationality) or "") if person and person.nationality else ""
            rows.append([pg.position(seat.position),
                         pg.link(seat.person) + (f"<br>{pg.muted(country)}" if country else ""),
                         pg.link(seat.agency) if seat.agency else pg.unknown()])
        below.append(pg.table([position, crew_member, agency], rows))
    if mission.dockings:
        below.append(pg.heading(translate("DetailPages", "Dockings")))
        rows = []
        for docking in mission.dockings:
            station = c.station(docking.station)
            port = station.port(docking.port) if station else None
            target = docking.station or docking.vehicle or ""
            rows.append([pg.link(target), escape(port.name if port else docking.port or "—"),
                         pg.when(docking.docked), pg.when(docking.undocked)])
        below.append(pg.table([translate("DetailPages", "Station"), translate("DetailPages", "Port"),
                               translate("DetailPages", "Docked"), translate("DetailPages", "Undocked")], rows))
        time_docked = escape(translate("DetailPages", "Time docked:"))
        below.append(f"<p>{time_docked} <b>{pg.span(docked)}</b></p>")
    events = c.events(mission)
    if events:
        below.append(pg.heading(translate("DetailPages", "Events")))
        stored = {id(e): i for i, e in enumerate(mission.events)}  # derived milestones have no translation key

        def event_text(e: Event, field: str, english: str) -> str:
            index = stored.get(id(e))
            return pg.prose(mission.id, f"events[{index}].{field}", english) if index is not None else escape(english)

        rows = [[pg.when(e.time), f"<b>{event_text(e, 'title', e.title)}</b>"
                 + (f"<br>{event_text(e, 'description', e.description)}" if e.description else "")
                 + " ".join(pg.cite(r) for r in e.references)] for e in events]
        below.append(pg.table([translate("DetailPages", "When"), translate("DetailPages", "What")], rows))
    if mission.images:
        below.append(pg.heading(translate("DetailPages", "Images")))
        rows = []
        for image in mission.images:
            title = (f'<a href="{escape(image.source)}">{escape(image.title)}</a>' if image.source
                     else escape(image.title))
            kind = _IMAGE_KINDS.get(image.kind)
            rows.append([escape(_t(kind) if kind else image.kind.value.replace("-", " ")), title
                         + (f"<br>{escape(image.caption)}" if image.caption else ""),
                         pg.value(image.credit), pg.value(image.licence),
                         escape(translate("DetailPages", "bundled", "an image file that ships with the app"))
                         if image.file else pg.muted(escape(translate("DetailPages", "no file in the data")))])
        below.append(pg.table([translate("DetailPages", "Kind"), translate("DetailPages", "Title and caption"),
                               translate("DetailPages", "Credit"), translate("DetailPages", "Licence"),
                               translate("DetailPages", "File")], rows))
    if mission.alternatives:
        below.append(pg.heading(translate("DetailPages", "Where sources differ")))
        rows = [[escape(a.field), escape(a.value), pg.cite(a.reference) + (f" {escape(a.note)}" if a.note else "")]
                for a in mission.alternatives]
        below.append(pg.table([translate("DetailPages", "Field"), translate("DetailPages", "Other value"),
                               translate("DetailPages", "Source")], rows))

    station = c.station(mission.station)
    first = mission.dockings[0] if mission.dockings else None
    port = station.port(first.port) if station and first else None
    mass = (translate("DetailPages", "{mass} kg").format(mass=pg.f.number(mission.launch_mass_kg))
            if mission.launch_mass_kg else None)
    info = [
        (translate("DetailPages", "Mission type"),
         pg.value(mission_type_label(mission.mission_type) if mission.mission_type else None)),
        (translate("DetailPages", "COSPAR ID"), pg.value(mission.cospar_id)),
        (translate("DetailPages", "SATCAT no."), pg.value(mission.satcat)),
        (translate("DetailPages", "Mission duration"), pg.span(duration)),
        (translate("DetailPages", "Spacecraft"), pg.value(mission.spacecraft)),
        (translate("DetailPages", "Spacecraft generation"), pg.value(generation_label(mission))
         if mission.generation else pg.unknown()),
        (translate("DetailPages", "Spacecraft type"), pg.value(mission.spacecraft_type)),
        (translate("DetailPages", "Serial"), pg.value(mission.serial)),
        (translate("DetailPages", "Callsign"), pg.value(mission.callsign)),
        (translate("DetailPages", "Manufacturer"), pg.value(mission.manufacturer)),
        (translate("DetailPages", "Launch mass"), pg.value(mass)),
        (translate("DetailPages", "Crew size"), pg.number(c.crew_size(mission)) if crewed
         else escape(translate("DetailPages", "uncrewed"))),
        (translate("DetailPages", "Launch date"), pg.when(mission.launch.time)),
        (translate("DetailPages", "Launch vehicle"), pg.value(mission.launch_vehicle)),
        (translate("DetailPages", "Launch site"), pg.link(mission.launch.site) if mission.launch.site
         else pg.unknown()),
        (translate("DetailPages", "Landing date"), pg.when(mission.landing.time)),
        (translate("DetailPages", "Landing site"), pg.link(mission.landing.site) if mission.landing.site
         else pg.unknown()),
        (translate("DetailPages", "Reference system"), pg.value(mission.orbit_reference)),
        (translate("DetailPages", "Regime"), pg.value(mission.orbit_regime)),
        (translate("DetailPages", "Station"), pg.link(mission.station) if mission.station else
         pg.muted(escape(translate("DetailPages", "none: a free flight", "a mission that visited no station")))),
        (translate("DetailPages", "Docking port"),
         escape(port.name) if port else (escape(first.port) if first and first.port else pg.unknown())),
        (translate("DetailPages", "Docking date"), pg.when(first.docked if first else None)),
        (translate("DetailPages", "Undocking date"), pg.when(first.undocked if first else None)),
        (translate("DetailPages", "Time docked"), pg.span(docked)),
    ]
    right = pg.heading(translate("DetailPages", "Facts")) + pg.facts(info)
    out.append(
        f'<table cellspacing="0" cellpadding="0" width="100%"><tr>'
        f'<td valign="top" style="padding-right:22px">{"".join(left)}</td>'
        f'<td valign="top" width="320">{right}</td></tr></table>'
    )
    out.extend(below)
    out.append(pg.references(mission.references))
    return "".join(out)


def person_page(catalog: Catalog, person: Person, palette: Palette | None = None,
                formats: Formats | None = None) -> str:
    pg = Page(catalog, palette or Palette(), formats)
    c = catalog
    subtitle = " · ".join(filter(None, [
        escape(person.native_name) if person.native_name else None,
        pg.link(person.agency) if person.agency else None,
        escape(country_name(person.nationality) or "") if person.nationality else None,
    ])) or pg.unknown()
    out = [pg.title(person.name, subtitle)]
    flights = c.flights(person.id)
    total = c.time_in_space(person.id)
    roles = c.roles(person.id)
    commanded = c.expeditions_commanded(person.id)
    out.append(pg.cards([
        (translate("DetailPages", "Spaceflights"), pg.number(sum(1 for f in flights if f.counted))),
        (translate("DetailPages", "Time in space"), pg.span(total)),
        (translate("DetailPages", "Backup assignments"), pg.number(sum(1 for r in roles if r.backup))),
        (translate("DetailPages", "Expeditions commanded"), pg.number(len(commanded))),
    ]))
    mission_label, position, agency = (translate("DetailPages", "Mission"), translate("DetailPages", "Position"),
                                       translate("DetailPages", "Agency"))
    left: list[str] = []
    if flights:
        left.append(pg.heading(translate("DetailPages", "Spaceflights")))
        rows = []
        number = 0
        for flight in flights:
            names = [m for m in (flight.launch_mission, flight.landing_mission) if m]
            label = (" / ".join(pg.link(m) for m in dict.fromkeys(names)) if names
                     else _other_flight_link(pg, person, flight.name, flight.launch))
            if not flight.counted:
                ordinal = pg.muted(escape(translate("DetailPages", "launch abort, not counted")))
            elif flight.launch is None:
                ordinal = pg.unknown()
            else:
                number += 1
                ordinal = escape(ordinal_word(number))
            rows.append([ordinal, label, pg.when(flight.launch), pg.when(flight.landing), pg.span(flight.span)])
        left.append(pg.table([translate("DetailPages", "Flight"), translate("DetailPages", "Vehicle"),
                              translate("DetailPages", "Launch"), translate("DetailPages", "Landing"),
                              translate("DetailPages", "Duration")], rows))
        left.append(pg.muted(escape(translate(
            "DetailPages", "Ordinals and durations are computed from the flights recorded in the data."))))
    prime = [r for r in roles if not r.backup]
    if prime:
        left.append(pg.heading(translate("DetailPages", "Crew positions")))
        rows = [[pg.link(r.mission.id), pg.position(r.assignment.position),
                 pg.link(r.assignment.agency) if r.assignment.agency else pg.unknown(),
                 ", ".join(pg.link(e) for e in r.assignment.expeditions) or pg.unknown()] for r in prime]
        left.append(pg.table([mission_label, position, agency, translate("DetailPages", "Expeditions")], rows))
    backup = [r for r in roles if r.backup]
    if backup:
        left.append(pg.heading(translate("DetailPages", "Backup crew positions")))
        rows = [[pg.link(r.mission.id), pg.position(r.assignment.position),
                 pg.link(r.assignment.agency) if r.assignment.agency else pg.unknown()] for r in backup]
        left.append(pg.table([mission_label, position, agency], rows))
    if commanded:
        left.append(pg.heading(translate("DetailPages", "Station command")))
        commander_of = translate("DetailPages", "Commander of {expedition}", "{expedition} is e.g. Expedition 55")
        left.append("<p>" + ", ".join(escape(commander_of).format(expedition=pg.link(e.id)) for e in commanded)
                    + "</p>")
    mentions = [m for m in c.mentions_of(person.id)]
    if person.notes or mentions:
        left.append(pg.heading(translate("DetailPages", "Notes")))
        left.extend(pg.note_html(n, person.id, i) for i, n in enumerate(person.notes))
        if mentions:
            mentioned = escape(translate("DetailPages", "Mentioned in:"))
            left.append(f"<p>{pg.muted(mentioned)} {', '.join(pg.link(m.id) for m in mentions)}</p>")
    info = [
        (translate("DetailPages", "Name"), escape(person.name)),
        (translate("DetailPages", "Native script"), pg.value(person.native_name)),
        (translate("DetailPages", "Nationality"), pg.value(country_name(person.nationality))),
        (agency, pg.link(person.agency) if person.agency else pg.unknown()),
        (translate("DetailPages", "Born"), pg.value(pg.f.date(person.birth_date) if person.birth_date else None)),
        (translate("DetailPages", "Selected"), pg.value(person.selection_year)),
        (translate("DetailPages", "Occupation"), pg.value(person.occupation)),
    ]
    no_flights = pg.muted(escape(translate("DetailPages", "No flights in the data.")))
    facts = translate("DetailPages", "Facts")
    out.append(
        f'<table cellspacing="0" cellpadding="0" width="100%"><tr>'
        f'<td valign="top" style="padding-right:22px">{"".join(left) or no_flights}</td>'
        f'<td valign="top" width="300">{pg.heading(facts)}{pg.facts(info)}</td></tr></table>'
    )
    refs = list(person.references) + [r for f in person.other_flights for r in f.references]
    out.append(pg.references(refs))
    return "".join(out)


def _compact(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _other_flight_link(pg: Page, person: Person, name: str, launch: object) -> str:
    """A flight the person's file lists by name (``other_flights``) as a link: to the mission when the data has
    one of that name (STS-71 -> sts-71), else to the source that gives the flight, else plain text."""
    wanted = _compact(name)
    mission = next((m for m in pg.c.missions() if _compact(m.name) == wanted or _compact(m.id) == wanted), None)
    if mission is not None:
        return pg.link(mission.id, name)
    other = next((f for f in person.other_flights if f.name == name and f.launch == launch), None)
    if other is not None and other.references:
        return pg.link(other.references[0], name)
    return escape(name)


def expedition_page(catalog: Catalog, expedition: Expedition, palette: Palette | None = None,
                    formats: Formats | None = None) -> str:
    pg = Page(catalog, palette or Palette(), formats)
    c = catalog
    kind = (translate("DetailPages", "resident crew") if expedition.category == ExpeditionCategory.PRINCIPAL
            else translate("DetailPages", "visiting crew"))
    out = [pg.title(expedition.name, f"{pg.link(expedition.station)} · {escape(kind)}")]
    members = c.expedition_members(expedition)
    out.append(pg.cards([
        (translate("DetailPages", "Start"), pg.when(expedition.start)),
        (translate("DetailPages", "End"), pg.when(expedition.end)),
        (translate("DetailPages", "Commander") if len(expedition.commander_ids()) < 2
         else translate("DetailPages", "Commanders"), pg.commanders(expedition)),
        (translate("DetailPages", "Crew in the data"), pg.number(len(members))),
    ]))
    rows = []
    for person_id in members:
        arrived = [r.mission for r in c.roles(person_id)
                   if not r.backup and expedition.id in r.assignment.expeditions]
        role = (translate("DetailPages", "Commander") if person_id in expedition.commander_ids()
                else translate("DetailPages", "Crew member"))
        rows.append([pg.link(person_id), escape(role),
                     ", ".join(pg.link(m.id) for m in arrived)
                     or pg.muted(escape(translate("DetailPages", "flight not in the data")))])
    out.append(pg.heading(translate("DetailPages", "Crew")))
    out.append(pg.table([translate("DetailPages", "Name"), translate("DetailPages", "Role"),
                         translate("DetailPages", "Ship")], rows))
    out.append(pg.references(expedition.references))
    return "".join(out)


def simple_page(catalog: Catalog, entity: Entity, palette: Palette | None = None,
                formats: Formats | None = None) -> str:
    """Agencies, sites, stations, programmes and references."""
    pg = Page(catalog, palette or Palette(), formats)
    c = catalog
    country = translate("DetailPages", "Country")
    if isinstance(entity, Reference):
        out = [pg.title(entity.title, escape(translate("DetailPages", "Reference")))]
        out.append(pg.facts([
            (translate("DetailPages", "Author"), pg.value(entity.author)),
            (translate("DetailPages", "Publisher"), pg.value(entity.publisher)),
            (translate("DetailPages", "Published"), pg.when(entity.published) if entity.published else pg.unknown()),
            (translate("DetailPages", "Address"),
             f'<a href="{escape(entity.url)}">{escape(entity.url)}</a>' if entity.url else pg.unknown()),
            (translate("DetailPages", "Read on"), pg.value(entity.accessed.isoformat() if entity.accessed else None)),
            (translate("DetailPages", "Licence"), pg.value(entity.licence)),
        ]))
        if entity.note:
            out.append(f"<p>{escape(entity.note)}</p>")
        users = [e for e in c if not isinstance(e, Reference) and entity.id in e.references]
        if users:
            out.append(pg.heading(translate("DetailPages", "Cited by")))
            out.append("<p>" + ", ".join(pg.link(e.id) for e in sorted(users, key=display_name)) + "</p>")
        return "".join(out)
    if isinstance(entity, Agency):
        out = [pg.title(entity.name, escape(entity.full_name or ""))]
        out.append(pg.facts([(translate("DetailPages", "Full name"), pg.value(entity.full_name)),
                             (country, pg.value(country_name(entity.country)))]))
        people = [p for p in c.people() if p.agency == entity.id]
        if people:
            out.append(pg.heading(translate("DetailPages", "People")))
            out.append("<p>" + ", ".join(pg.link(p.id) for p in people) + "</p>")
    elif isinstance(entity, Site):
        role = (translate("DetailPages", "Launch site") if entity.role == "launch"
                else translate("DetailPages", "Landing site"))
        out = [pg.title(entity.name, escape(role))]
        out.append(pg.facts([(translate("DetailPages", "Region"), pg.value(entity.region)),
                             (country, pg.value(country_name(entity.country)))]))
        used = [m for m in c.missions() if entity.id in (m.launch.site, m.landing.site)]
        if used:
            out.append(pg.heading(translate("DetailPages", "Missions")))
            out.append("<p>" + ", ".join(pg.link(m.id) for m in used) + "</p>")
    elif isinstance(entity, Programme):
        missions = c.missions(entity.id)
        out = [pg.title(entity.name, escape(DetailPages().missions_in_data(len(missions))))]
        if entity.description:
            out.append(f"<p>{pg.prose(entity.id, 'description', entity.description)}</p>")
        cargo = pg.muted(escape(translate("DetailPages", "cargo", "an uncrewed cargo ship in a crew column")))
        rows = [[pg.link(m.id), pg.when(m.launch.time), pg.span(c.mission_duration(m)),
                 pg.number(c.crew_size(m)) if m.vehicle_role == "crew" else cargo] for m in missions]
        out.append(pg.table([translate("DetailPages", "Mission"), translate("DetailPages", "Launch"),
                             translate("DetailPages", "Duration"), translate("DetailPages", "Crew")], rows))
    else:
        out = [pg.title(display_name(entity), "")]
    out.append(pg.references(entity.references))
    return "".join(out)


def page_for(catalog: Catalog, entity_id: str, palette: Palette | None = None,
             formats: Formats | None = None, problems: Sequence[DataProblem] = ()) -> str:
    """The page of any entity; ``formats`` defaults to English (``Formats.current()`` follows the app locale).

    ``problems`` are the load's data problems: those in the entity's own file show as a warning box at the top.
    """
    entity = catalog.get(entity_id)
    if entity is not None and problems and entity.origin is not None:
        own = [p for p in problems if p.file == entity.origin.path]
        if own:
            page = _page(catalog, entity, palette, formats)
            box = Page(catalog, palette or Palette(), formats).problems_box(own)
            cut = page.find("</p>", page.find("</h1>")) + len("</p>")  # after the title and its subtitle
            return page[:cut] + box + page[cut:]
    return _page(catalog, entity, palette, formats) if entity is not None else _not_found(entity_id)


def _not_found(entity_id: str) -> str:
    heading = escape(translate("DetailPages", "Not found"))
    text = escape(translate("DetailPages", "Nothing with the id {id} is in the data.")).format(
        id=f"<code>{escape(entity_id)}</code>")
    return f"<h2>{heading}</h2><p>{text}</p>"


def _page(catalog: Catalog, entity: Entity, palette: Palette | None, formats: Formats | None) -> str:
    if isinstance(entity, Mission):
        return mission_page(catalog, entity, palette, formats)
    if isinstance(entity, Person):
        return person_page(catalog, entity, palette, formats)
    if isinstance(entity, Expedition):
        return expedition_page(catalog, entity, palette, formats)
    if isinstance(entity, Station):
        return station_page(catalog, entity, palette, formats)
    return simple_page(catalog, entity, palette, formats)
