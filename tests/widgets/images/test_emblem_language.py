"""The generated emblem of an uncrewed mission names its type in the interface language (issue 17)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from soyuz_gui import APP_NAME
from soyuz_gui.models.app_name import app_title
from soyuz_gui.models.mission_types import mission_type_label
from soyuz_gui.widgets.images.items import mission_images

UNCREWED = "soyuz-34"  # no crew: the ring's lower text is the mission type


def ring_bottom(svg: bytes) -> str:
    group = ET.fromstring(svg).find(".//{http://www.w3.org/2000/svg}g[@id='crew-names']")
    assert group is not None
    title = group.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text
    return title.text


@pytest.mark.parametrize("code", ["ru", "ja"])
def test_the_emblem_shows_the_mission_type_in_the_interface_language(catalog, language, code: str) -> None:
    mission = catalog.mission(UNCREWED)
    assert mission is not None and mission.mission_type and not any(seat.launched for seat in mission.crew)
    language(code)
    worded = mission_type_label(mission.mission_type)
    assert worded != mission.mission_type  # the catalogue has it
    svg = mission_images(mission, catalog)[0].svg
    assert svg is not None
    assert ring_bottom(svg) == worded.upper()
    assert mission.mission_type.upper() not in svg.decode("utf-8")


def test_in_english_the_emblem_keeps_the_datas_wording(catalog) -> None:
    mission = catalog.mission(UNCREWED)
    assert mission is not None and mission.mission_type
    svg = mission_images(mission, catalog)[0].svg
    assert svg is not None and ring_bottom(svg) == mission.mission_type.upper()


@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_the_emblem_s_credit_names_the_app_as_the_interface_language_does(catalog, language, code: str) -> None:
    if code != "en":
        language(code)
    mission = catalog.mission(UNCREWED)
    assert mission is not None
    credit = mission_images(mission, catalog)[0].image.credit
    assert credit is not None and app_title() in credit
    assert (APP_NAME in credit) == (code == "en")  # not the English name inside a Russian or Japanese line
