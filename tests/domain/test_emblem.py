"""The generated emblem: valid, self-contained SVG with the mission's name and launch crew, for every mission."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import msgspec
import pytest

from soyuz_gui.domain import CrewAssignment, Mission
from soyuz_gui.domain.emblem import (
    AGENCY_COLOURS,
    EMBLEM_CAPTION,
    emblem_image,
    emblem_spec,
    emblem_svg,
    render_emblem,
    surname,
)

SVG = "{http://www.w3.org/2000/svg}"


def _group_text(root: ET.Element, group_id: str) -> tuple[str, str]:
    """The full text of a letter group (its <title>) and the letters drawn, in order."""
    group = next(g for g in root.iter(f"{SVG}g") if g.get("id") == group_id)
    title = group.find(f"{SVG}title")
    assert title is not None
    letters = "".join(t.text or "" for t in group.iter(f"{SVG}text"))
    return title.text or "", letters


def _launch_crew_surnames(catalog, mission: Mission) -> list[str]:
    names = []
    for seat in mission.crew:
        if seat.launched:
            person = catalog.person(seat.person)
            assert person is not None, seat.person
            names.append(person.name.split()[-1].upper())
    return names


def test_ms07_emblem_names_the_mission_and_its_crew(catalog) -> None:
    svg = emblem_svg(catalog.mission("soyuz-ms-07"), catalog)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    name, letters = _group_text(root, "mission-name")
    assert name == "SOYUZ MS-07"
    assert letters == "SOYUZMS-07"
    crew, letters = _group_text(root, "crew-names")
    assert crew == "SHKAPLEROV • TINGLE • KANAI"
    assert letters == crew.replace(" ", "")
    for surname_ in ("SHKAPLEROV", "TINGLE", "KANAI"):
        assert surname_ in svg


def test_every_bundled_mission_has_a_valid_emblem_with_its_names(catalog) -> None:
    missions = catalog.missions()
    assert len(missions) >= 30
    for mission in missions:
        svg = emblem_svg(mission, catalog)
        root = ET.fromstring(svg)  # well-formed XML
        assert root.tag == f"{SVG}svg", mission.id
        assert root.get("viewBox") == "0 0 512 512"
        assert "<!DOCTYPE" not in svg and "<!ENTITY" not in svg
        name, letters = _group_text(root, "mission-name")
        assert name == mission.name.upper()
        assert letters == name.replace(" ", "")
        crew_text, _ = _group_text(root, "crew-names")
        for family in _launch_crew_surnames(catalog, mission):
            assert family in crew_text, (mission.id, family)
        assert root.find(f"{SVG}title") is not None
        assert EMBLEM_CAPTION in (root.find(f"{SVG}desc").text or "")
        assert root.find(f".//{SVG}g[@id='spacecraft']") is not None


def test_every_reference_in_an_emblem_is_internal(catalog) -> None:
    for mission in catalog.missions():
        root = ET.fromstring(emblem_svg(mission, catalog))
        ids = {e.get("id") for e in root.iter() if e.get("id")}
        for element in root.iter():
            for attribute, value in element.attrib.items():
                if attribute.endswith("href"):
                    pytest.fail(f"{mission.id}: unexpected link {value}")
                if "url(" in value:
                    target = value.split("url(", 1)[1].split(")", 1)[0]
                    assert target.startswith("#") and target[1:] in ids, (mission.id, value)


def test_emblems_are_deterministic_and_differ_between_missions(catalog) -> None:
    ms07, ms08 = catalog.mission("soyuz-ms-07"), catalog.mission("soyuz-ms-08")
    assert emblem_svg(ms07, catalog) == emblem_svg(ms07, catalog)
    assert emblem_svg(ms07, catalog) != emblem_svg(ms08, catalog)


def test_agency_colours_mark_each_crew_member(catalog) -> None:
    spec = emblem_spec(catalog.mission("soyuz-ms-07"), catalog)
    assert spec.colours == (AGENCY_COLOURS["roscosmos"][0], AGENCY_COLOURS["nasa"][0], AGENCY_COLOURS["jaxa"][0])
    svg = render_emblem(spec)
    for colour in spec.colours:
        assert f'stroke="{colour}"' in svg


def test_only_the_launch_crew_is_named(catalog) -> None:
    mission = catalog.mission("soyuz-ms-07")
    landed_only = CrewAssignment(person="scott-d-tingle", agency="nasa", launched=False)
    changed = msgspec.structs.replace(mission, crew=(mission.crew[0], landed_only))
    assert emblem_spec(changed, catalog).surnames == ("SHKAPLEROV",)


def test_uncrewed_mission_shows_its_purpose(catalog) -> None:
    cargo = next(m for m in catalog.missions() if not m.crew)
    spec = emblem_spec(cargo, catalog)
    assert spec.surnames == ()
    _, letters = _group_text(ET.fromstring(render_emblem(spec)), "crew-names")
    assert letters


def test_text_from_the_data_is_escaped(catalog) -> None:
    mission = msgspec.structs.replace(catalog.mission("soyuz-ms-07"), name='Soyuz <MS> & "07"', crew=())
    svg = emblem_svg(mission, catalog)
    root = ET.fromstring(svg)  # would raise on unescaped markup
    name, _ = _group_text(root, "mission-name")
    assert name == 'SOYUZ <MS> & "07"'


def test_long_names_shrink_to_fit(catalog) -> None:
    mission = catalog.mission("soyuz-ms-07")
    spec = dataclasses.replace(emblem_spec(mission, catalog), surnames=("AUÑÓN-CHANCELLOR", "CALDWELL DYSON",
                                                                         "SAINT-JACQUES", "KUD-SVERCHKOV"))
    root = ET.fromstring(render_emblem(spec))
    group = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "crew-names")
    assert float(group.get("font-size")) < 24


@pytest.mark.parametrize(("full", "expected"), [
    ("Scott D. Tingle", "TINGLE"),
    ("Mark T. Vande Hei", "VANDE HEI"),
    ("Hazza Al Mansouri", "AL MANSOURI"),
    ("Serena Auñón-Chancellor", "AUÑÓN-CHANCELLOR"),
    ("Loral O'Hara", "O'HARA"),
    ("Tracy Caldwell Dyson", "CALDWELL DYSON"),
    ("Kanai", "KANAI"),
])
def test_surname(full: str, expected: str) -> None:
    assert surname(full) == expected


def test_emblem_entry_is_captioned_as_not_official(catalog) -> None:
    entry = emblem_image(catalog.mission("soyuz-ms-07"))
    assert entry.caption == "Illustrative emblem generated from the mission data — not the official patch"
    assert entry.file is None


def test_emblem_module_needs_no_qt() -> None:
    import soyuz_gui.domain.emblem as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source
