"""HTML pages for the detail pane: one builder per entity kind, laid out for reading.

Pure functions of the catalog (no widgets), so they are easy to test. Internal links use the ``soyuz:`` scheme with
an entity id; the pane turns them into navigation. Values the data does not have show as "unknown".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from soyuz_gui.domain import (
    Agency,
    Catalog,
    Entity,
    Expedition,
    Mission,
    Note,
    Person,
    Programme,
    Reference,
    Site,
    Span,
    Station,
    display_name,
)
from soyuz_gui.domain.timeutil import Instant, duration_human

COUNTRIES = {
    "RU": "Russia", "US": "United States", "JP": "Japan", "DE": "Germany", "IT": "Italy", "FR": "France",
    "GB": "United Kingdom", "CA": "Canada", "KZ": "Kazakhstan", "BY": "Belarus", "AE": "United Arab Emirates",
    "DK": "Denmark", "NL": "Netherlands", "BE": "Belgium", "ES": "Spain", "SE": "Sweden", "CN": "China",
    "IN": "India", "MY": "Malaysia", "KR": "South Korea", "ZA": "South Africa", "BR": "Brazil",
}
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")


@dataclass(frozen=True)
class Palette:
    """Colours the pages use, taken from the widget palette so light and dark themes both read well."""

    text: str = "#1d2330"
    muted: str = "#5b6474"
    accent: str = "#1f5fbf"
    card: str = "#eef2f8"
    rule: str = "#d5dbe5"
    warn: str = "#8a5a00"


def ordinal_word(n: int) -> str:
    """``3`` -> ``Third`` (as crew tables print it); past ten, ``11th``."""
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else ordinal_number(n)


def ordinal_number(n: int) -> str:
    """``136`` -> ``136th``."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def country_name(code: str | None) -> str | None:
    return None if code is None else COUNTRIES.get(code, code)


class _Page:
    """Helpers bound to one catalog and palette."""

    def __init__(self, catalog: Catalog, palette: Palette) -> None:
        self.c = catalog
        self.p = palette
        self._numbers: dict[str, int] = {}  # reference id -> citation number, in order of first citation

    # --- small pieces ---------------------------------------------------------------------------------------

    def unknown(self) -> str:
        return f'<span style="color:{self.p.muted}; font-style:italic">unknown</span>'

    def value(self, text: object | None) -> str:
        return self.unknown() if text is None or text == "" else escape(str(text))

    def link(self, entity_id: str | None, label: str | None = None) -> str:
        """A link to an entity when it is in the data; plain text (or unknown) when it is not."""
        if entity_id is None:
            return self.unknown()
        entity = self.c.get(entity_id)
        if entity is None:
            return f'{escape(label or entity_id)} <span style="color:{self.p.muted}">(not in the data)</span>'
        return f'<a href="soyuz:{escape(entity_id)}">{escape(label or display_name(entity))}</a>'

    def when(self, instant: Instant | None) -> str:
        return self.unknown() if instant is None else escape(instant.human())

    def span(self, span: Span | None) -> str:
        return self.unknown() if span is None else escape(duration_human(span.delta, span.precision))

    def muted(self, text: str) -> str:
        return f'<span style="color:{self.p.muted}">{text}</span>'

    def heading(self, text: str) -> str:
        return (f'<h3 style="margin-top:18px; margin-bottom:6px; color:{self.p.accent}; '
                f'font-size:large">{escape(text)}</h3>')

    def title(self, name: str, subtitle: str) -> str:
        return (f'<h1 style="margin-bottom:0px; font-size:xx-large">{escape(name)}</h1>'
                f'<p style="margin-top:2px; color:{self.p.muted}; font-size:medium">{subtitle}</p>')

    def facts(self, rows: Iterable[tuple[str, str]]) -> str:
        """A two-column fact table (label, value) like an infobox."""
        body = "".join(
            f'<tr><td style="color:{self.p.muted}; padding:3px 14px 3px 0px; white-space:nowrap">{escape(k)}</td>'
            f'<td style="padding:3px 0px">{v}</td></tr>'
            for k, v in rows
        )
        return f'<table cellspacing="0" cellpadding="0">{body}</table>'

    def table(self, headers: list[str], rows: list[list[str]]) -> str:
        head = "".join(
            f'<th align="left" style="padding:4px 14px 4px 0px; color:{self.p.muted}; '
            f'border-bottom:1px solid {self.p.rule}">{escape(h)}</th>' for h in headers
        )
        body = "".join(
            "<tr>" + "".join(f'<td style="padding:4px 14px 4px 0px" valign="top">{cell}</td>' for cell in row)
            + "</tr>" for row in rows
        )
        return f'<table cellspacing="0" cellpadding="0" width="100%"><tr>{head}</tr>{body}</table>'

    def cards(self, items: list[tuple[str, str]]) -> str:
        """Key figures as a row of cards."""
        cells = "".join(
            f'<td style="background:{self.p.card}; padding:8px 12px" width="{100 // max(1, len(items))}%">'
            f'<div style="color:{self.p.muted}; font-size:small">{escape(label)}</div>'
            f'<div style="font-size:large; font-weight:600">{value}</div></td>'
            for label, value in items
        )
        return f'<table cellspacing="6" cellpadding="0" width="100%"><tr>{cells}</tr></table>'

    def note_html(self, note: Note) -> str:
        """A note in prose; mentioned entities are linked after it, sources as superscript numbers."""
        text = escape(note.text)
        links = ", ".join(self.link(m) for m in note.mentions)
        refs = " ".join(self.cite(r) for r in note.references)
        more = f'<br>{self.muted("See: " + links)}' if links else ""
        return f'<p style="margin:6px 0px 10px 0px">{text} {refs}{more}</p>'

    def cite(self, ref_id: str) -> str:
        """A numbered citation that jumps to the reference."""
        return f'<a href="soyuz:{escape(ref_id)}"><sup>[{self._ref_number(ref_id)}]</sup></a>'

    def _ref_number(self, ref_id: str) -> int:
        if ref_id not in self._numbers:
            self._numbers[ref_id] = len(self._numbers) + 1
        return self._numbers[ref_id]

    def references(self, ref_ids: Iterable[str]) -> str:
        items = []
        for ref_id in ref_ids:
            self._ref_number(ref_id)
        numbers = self._numbers
        for ref_id in sorted(numbers, key=numbers.__getitem__):
            items.append(f"<p style='margin:3px 0px'>[{numbers[ref_id]}] {self.reference_line(ref_id)}</p>")
        return self.heading("References") + "".join(items) if items else ""

    def reference_line(self, ref_id: str) -> str:
        ref = self.c.reference(ref_id)
        if ref is None:
            return f"{escape(ref_id)} {self.muted('(reference not in the data)')}"
        parts = []
        if ref.author:
            parts.append(escape(ref.author))
        title = f"“{escape(ref.title)}”"
        parts.append(f'<a href="{escape(ref.url)}">{title}</a>' if ref.url else title)
        if ref.publisher:
            parts.append(escape(ref.publisher))
        if ref.published:
            parts.append(escape(ref.published.human()))
        if ref.accessed:
            parts.append(self.muted(f"read {ref.accessed.isoformat()}"))
        return ". ".join(parts) + f' {self.muted("·")} <a href="soyuz:{escape(ref.id)}">details</a>'


# --- pages ------------------------------------------------------------------------------------------------------

def mission_page(catalog: Catalog, mission: Mission, palette: Palette | None = None) -> str:
    pg = _Page(catalog, palette or Palette())
    c = catalog
    programme = c.programme(mission.programme)
    before, after = c.programme_neighbours(mission)
    nav = []
    if before:
        nav.append(f"← {pg.link(before.id)}")
    if after:
        nav.append(f"{pg.link(after.id)} →")
    subtitle = " · ".join(filter(None, [
        escape(mission.mission_type) if mission.mission_type else None,
        pg.link(programme.id) if programme else escape(mission.programme),
        "  ".join(nav) or None,
    ]))
    out = [pg.title(mission.name, subtitle)]
    duration = c.mission_duration(mission)
    docked = c.time_docked(mission)
    out.append(pg.cards([
        ("Launch", pg.when(mission.launch.time)),
        ("Landing", pg.when(mission.landing.time)),
        ("Mission duration", pg.span(duration)),
        ("Crew", str(c.crew_size(mission)) if mission.vehicle_role == "crew" else "uncrewed cargo ship"),
    ]))

    # Left column: story, crew, dockings, events. Right column: the infobox.
    left: list[str] = []
    if mission.notes:
        left.append(pg.heading("About the flight"))
        left.extend(pg.note_html(n) for n in mission.notes)
    flight_number = mission.stated_value("soyuz_flight_number")
    if flight_number:
        first_ref = mission.references[0] if mission.references else None
        cite = pg.cite(first_ref) if first_ref else ""
        left.append(f"<p>It was the {ordinal_number(int(flight_number))} flight of a Soyuz spacecraft, "
                    f"as its source counts them. {cite}</p>")
    below: list[str] = []
    if mission.crew:
        below.append(pg.heading("Crew"))
        rows = []
        for seat in mission.crew:
            person = c.person(seat.person)
            ordinal = c.flight_ordinal(seat.person, mission.id)
            legs = []
            if not seat.launched:
                legs.append("landed only")
            if not seat.landed:
                legs.append("launched only")
            extra = [escape(person.native_name)] if person and person.native_name else []
            if person and person.nationality:
                extra.append(escape(country_name(person.nationality) or ""))
            if mission.outcome == "launch-abort":
                flight = pg.muted("launch abort: not counted as a spaceflight")
            else:
                flight = f"{ordinal_word(ordinal)} spaceflight" if ordinal else pg.unknown()
            rows.append([
                pg.value(seat.position),
                pg.link(seat.person) + (f"<br>{pg.muted(' · '.join(extra))}" if extra else ""),
                pg.link(seat.agency) if seat.agency else pg.unknown(),
                "<br>".join(pg.link(e) for e in seat.expeditions) or pg.unknown(),
                flight + (f"<br>{pg.muted(', '.join(legs))}" if legs else ""),
            ])
        below.append(pg.table(["Position", "Crew member", "Agency", "Expeditions", "Flight"], rows))
    if mission.backup_crew:
        below.append(pg.heading("Backup crew"))
        rows = []
        for seat in mission.backup_crew:
            person = c.person(seat.person)
            country = escape(country_name(person.nationality) or "") if person and person.nationality else ""
            rows.append([pg.value(seat.position),
                         pg.link(seat.person) + (f"<br>{pg.muted(country)}" if country else ""),
                         pg.link(seat.agency) if seat.agency else pg.unknown()])
        below.append(pg.table(["Position", "Crew member", "Agency"], rows))
    if mission.dockings:
        below.append(pg.heading("Dockings"))
        rows = []
        for docking in mission.dockings:
            station = c.station(docking.station)
            port = station.port(docking.port) if station else None
            rows.append([pg.link(docking.station), escape(port.name if port else docking.port),
                         pg.when(docking.docked), pg.when(docking.undocked)])
        below.append(pg.table(["Station", "Port", "Docked", "Undocked"], rows))
        below.append(f"<p>Time docked: <b>{pg.span(docked)}</b></p>")
    events = c.events(mission)
    if events:
        below.append(pg.heading("Events"))
        rows = [[pg.when(e.time), f"<b>{escape(e.title)}</b>"
                 + (f"<br>{escape(e.description)}" if e.description else "")
                 + " ".join(pg.cite(r) for r in e.references)] for e in events]
        below.append(pg.table(["When", "What"], rows))
    if mission.images:
        below.append(pg.heading("Images"))
        rows = []
        for image in mission.images:
            title = (f'<a href="{escape(image.source)}">{escape(image.title)}</a>' if image.source
                     else escape(image.title))
            rows.append([escape(image.kind.value.replace("-", " ")), title
                         + (f"<br>{escape(image.caption)}" if image.caption else ""),
                         pg.value(image.credit), pg.value(image.licence),
                         "bundled" if image.file else pg.muted("no file in the data")])
        below.append(pg.table(["Kind", "Title and caption", "Credit", "Licence", "File"], rows))
    if mission.alternatives:
        below.append(pg.heading("Where sources differ"))
        rows = [[escape(a.field), escape(a.value), pg.cite(a.reference) + (f" {escape(a.note)}" if a.note else "")]
                for a in mission.alternatives]
        below.append(pg.table(["Field", "Other value", "Source"], rows))

    station = c.station(mission.station)
    first = mission.dockings[0] if mission.dockings else None
    port = station.port(first.port) if station and first else None
    info = [
        ("Mission type", pg.value(mission.mission_type)),
        ("COSPAR ID", pg.value(mission.cospar_id)),
        ("SATCAT no.", pg.value(mission.satcat)),
        ("Mission duration", pg.span(duration)),
        ("Spacecraft", pg.value(mission.spacecraft)),
        ("Spacecraft type", pg.value(mission.spacecraft_type)),
        ("Serial", pg.value(mission.serial)),
        ("Callsign", pg.value(mission.callsign)),
        ("Manufacturer", pg.value(mission.manufacturer)),
        ("Launch mass", pg.value(f"{mission.launch_mass_kg:,.0f} kg" if mission.launch_mass_kg else None)),
        ("Crew size", str(c.crew_size(mission)) if mission.vehicle_role == "crew" else "uncrewed"),
        ("Launch date", pg.when(mission.launch.time)),
        ("Launch vehicle", pg.value(mission.launch_vehicle)),
        ("Launch site", pg.link(mission.launch.site) if mission.launch.site else pg.unknown()),
        ("Landing date", pg.when(mission.landing.time)),
        ("Landing site", pg.link(mission.landing.site) if mission.landing.site else pg.unknown()),
        ("Reference system", pg.value(mission.orbit_reference)),
        ("Regime", pg.value(mission.orbit_regime)),
        ("Station", pg.link(mission.station) if mission.station else pg.unknown()),
        ("Docking port", escape(port.name) if port else (escape(first.port) if first else pg.unknown())),
        ("Docking date", pg.when(first.docked if first else None)),
        ("Undocking date", pg.when(first.undocked if first else None)),
        ("Time docked", pg.span(docked)),
    ]
    right = pg.heading("Facts") + pg.facts(info)
    out.append(
        f'<table cellspacing="0" cellpadding="0" width="100%"><tr>'
        f'<td valign="top" style="padding-right:22px">{"".join(left)}</td>'
        f'<td valign="top" width="320">{right}</td></tr></table>'
    )
    out.extend(below)
    out.append(pg.references(mission.references))
    return "".join(out)


def person_page(catalog: Catalog, person: Person, palette: Palette | None = None) -> str:
    pg = _Page(catalog, palette or Palette())
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
        ("Spaceflights", str(sum(1 for f in flights if f.counted))),
        ("Time in space", pg.span(total)),
        ("Backup assignments", str(sum(1 for r in roles if r.backup))),
        ("Expeditions commanded", str(len(commanded))),
    ]))
    left: list[str] = []
    if flights:
        left.append(pg.heading("Spaceflights"))
        rows = []
        number = 0
        for flight in flights:
            names = [m for m in (flight.launch_mission, flight.landing_mission) if m]
            label = " / ".join(pg.link(m) for m in dict.fromkeys(names)) if names else escape(flight.name)
            if not flight.counted:
                ordinal = pg.muted("launch abort, not counted")
            elif flight.launch is None:
                ordinal = pg.unknown()
            else:
                number += 1
                ordinal = ordinal_word(number)
            rows.append([ordinal, label, pg.when(flight.launch), pg.when(flight.landing), pg.span(flight.span)])
        left.append(pg.table(["Flight", "Vehicle", "Launch", "Landing", "Duration"], rows))
        left.append(pg.muted("Ordinals and durations are computed from the flights recorded in the data."))
    prime = [r for r in roles if not r.backup]
    if prime:
        left.append(pg.heading("Crew positions"))
        rows = [[pg.link(r.mission.id), pg.value(r.assignment.position),
                 pg.link(r.assignment.agency) if r.assignment.agency else pg.unknown(),
                 ", ".join(pg.link(e) for e in r.assignment.expeditions) or pg.unknown()] for r in prime]
        left.append(pg.table(["Mission", "Position", "Agency", "Expeditions"], rows))
    backup = [r for r in roles if r.backup]
    if backup:
        left.append(pg.heading("Backup crew positions"))
        rows = [[pg.link(r.mission.id), pg.value(r.assignment.position),
                 pg.link(r.assignment.agency) if r.assignment.agency else pg.unknown()] for r in backup]
        left.append(pg.table(["Mission", "Position", "Agency"], rows))
    if commanded:
        left.append(pg.heading("Station command"))
        left.append("<p>" + ", ".join(f"Commander of {pg.link(e.id)}" for e in commanded) + "</p>")
    mentions = [m for m in c.mentions_of(person.id)]
    if person.notes or mentions:
        left.append(pg.heading("Notes"))
        left.extend(pg.note_html(n) for n in person.notes)
        if mentions:
            left.append(f"<p>{pg.muted('Mentioned in: ')}{', '.join(pg.link(m.id) for m in mentions)}</p>")
    info = [
        ("Name", escape(person.name)),
        ("Native script", pg.value(person.native_name)),
        ("Nationality", pg.value(country_name(person.nationality))),
        ("Agency", pg.link(person.agency) if person.agency else pg.unknown()),
        ("Born", pg.value(person.birth_date.strftime("%-d %B %Y") if person.birth_date else None)),
        ("Selected", pg.value(person.selection_year)),
        ("Occupation", pg.value(person.occupation)),
    ]
    out.append(
        f'<table cellspacing="0" cellpadding="0" width="100%"><tr>'
        f'<td valign="top" style="padding-right:22px">{"".join(left) or pg.muted("No flights in the data.")}</td>'
        f'<td valign="top" width="300">{pg.heading("Facts")}{pg.facts(info)}</td></tr></table>'
    )
    refs = list(person.references) + [r for f in person.other_flights for r in f.references]
    out.append(pg.references(refs))
    return "".join(out)


def expedition_page(catalog: Catalog, expedition: Expedition, palette: Palette | None = None) -> str:
    pg = _Page(catalog, palette or Palette())
    c = catalog
    out = [pg.title(expedition.name, pg.link(expedition.station))]
    members = c.expedition_members(expedition)
    out.append(pg.cards([("Start", pg.when(expedition.start)), ("End", pg.when(expedition.end)),
                         ("Commander", pg.link(expedition.commander) if expedition.commander else pg.unknown()),
                         ("Crew in the data", str(len(members)))]))
    rows = []
    for person_id in members:
        arrived = [r.mission for r in c.roles(person_id)
                   if not r.backup and expedition.id in r.assignment.expeditions]
        rows.append([pg.link(person_id), "Commander" if person_id == expedition.commander else "Crew member",
                     ", ".join(pg.link(m.id) for m in arrived) or pg.muted("flight not in the data")])
    out.append(pg.heading("Crew"))
    out.append(pg.table(["Name", "Role", "Ship"], rows))
    out.append(pg.references(expedition.references))
    return "".join(out)


def simple_page(catalog: Catalog, entity: Entity, palette: Palette | None = None) -> str:
    """Agencies, sites, stations, programmes and references."""
    pg = _Page(catalog, palette or Palette())
    c = catalog
    if isinstance(entity, Reference):
        out = [pg.title(entity.title, "Reference")]
        out.append(pg.facts([
            ("Author", pg.value(entity.author)), ("Publisher", pg.value(entity.publisher)),
            ("Published", pg.when(entity.published) if entity.published else pg.unknown()),
            ("Address", f'<a href="{escape(entity.url)}">{escape(entity.url)}</a>' if entity.url else pg.unknown()),
            ("Read on", pg.value(entity.accessed.isoformat() if entity.accessed else None)),
            ("Licence", pg.value(entity.licence)),
        ]))
        if entity.note:
            out.append(f"<p>{escape(entity.note)}</p>")
        users = [e for e in c if not isinstance(e, Reference) and entity.id in e.references]
        if users:
            out.append(pg.heading("Cited by"))
            out.append("<p>" + ", ".join(pg.link(e.id) for e in sorted(users, key=display_name)) + "</p>")
        return "".join(out)
    if isinstance(entity, Agency):
        out = [pg.title(entity.name, escape(entity.full_name or ""))]
        out.append(pg.facts([("Full name", pg.value(entity.full_name)),
                             ("Country", pg.value(country_name(entity.country)))]))
        people = [p for p in c.people() if p.agency == entity.id]
        if people:
            out.append(pg.heading("People"))
            out.append("<p>" + ", ".join(pg.link(p.id) for p in people) + "</p>")
    elif isinstance(entity, Site):
        out = [pg.title(entity.name, "Launch site" if entity.role == "launch" else "Landing site")]
        out.append(pg.facts([("Region", pg.value(entity.region)), ("Country", pg.value(country_name(entity.country)))]))
        used = [m for m in c.missions() if entity.id in (m.launch.site, m.landing.site)]
        if used:
            out.append(pg.heading("Missions"))
            out.append("<p>" + ", ".join(pg.link(m.id) for m in used) + "</p>")
    elif isinstance(entity, Station):
        out = [pg.title(entity.name, "Space station")]
        rows = []
        for port in entity.ports:
            visits = [(m, d) for m in c.missions() for d in m.dockings
                      if d.station == entity.id and d.port == port.id]
            rows.append([escape(port.name), pg.value(port.module),
                         ", ".join(pg.link(m.id) for m, _ in visits) or pg.muted("none in the data")])
        out.append(pg.heading("Docking ports"))
        out.append(pg.table(["Port", "Module", "Visiting vehicles"], rows))
    elif isinstance(entity, Programme):
        missions = c.missions(entity.id)
        out = [pg.title(entity.name, f"{len(missions)} mission{'' if len(missions) == 1 else 's'} in the data")]
        if entity.description:
            out.append(f"<p>{escape(entity.description)}</p>")
        rows = [[pg.link(m.id), pg.when(m.launch.time), pg.span(c.mission_duration(m)),
                 str(c.crew_size(m)) if m.vehicle_role == "crew" else pg.muted("cargo")] for m in missions]
        out.append(pg.table(["Mission", "Launch", "Duration", "Crew"], rows))
    else:
        out = [pg.title(display_name(entity), "")]
    out.append(pg.references(entity.references))
    return "".join(out)


def page_for(catalog: Catalog, entity_id: str, palette: Palette | None = None) -> str:
    entity = catalog.get(entity_id)
    if entity is None:
        return f"<h2>Not found</h2><p>Nothing with the id <code>{escape(entity_id)}</code> is in the data.</p>"
    if isinstance(entity, Mission):
        return mission_page(catalog, entity, palette)
    if isinstance(entity, Person):
        return person_page(catalog, entity, palette)
    if isinstance(entity, Expedition):
        return expedition_page(catalog, entity, palette)
    return simple_page(catalog, entity, palette)
