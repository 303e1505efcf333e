"""Mission types (``mission_type`` in the data) shown in the interface language: pages, tree tool tips, title."""

from __future__ import annotations

from html import unescape

import pytest
from PySide6.QtCore import Qt

from soyuz_gui.models.app_name import app_title
from soyuz_gui.models.formats import Formats
from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.mission_types import MISSION_TYPES, mission_type_label
from soyuz_gui.widgets.detail_pages import page_for

RESUPPLY = {"en": "ISS resupply", "ru": "Снабжение МКС", "ja": "ISSへの補給"}
TITLE = {"en": "Soyuz Mission Browser", "ru": "Браузер миссий «Союз»", "ja": "ソユーズ・ミッション・ブラウザー"}


def test_every_type_in_the_data_is_listed_for_translation_and_none_other(catalog):
    used = {m.mission_type for m in catalog.missions() if m.mission_type}
    assert used == set(MISSION_TYPES)


@pytest.mark.parametrize("code", ["ru", "ja"])
def test_every_type_has_a_translation(language, code):
    language(code)
    untranslated = [t for t in MISSION_TYPES if mission_type_label(t) in ("", t)]
    assert untranslated == []


def test_english_and_unknown_types_are_shown_as_written(language):
    assert mission_type_label("ISS resupply") == "ISS resupply"
    language("ru")
    assert mission_type_label("Lunar landing rehearsal") == "Lunar landing rehearsal"  # an operator's own data


@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_the_page_and_the_tree_show_the_type_in_the_interface_language(language, catalog, code):
    if code != "en":
        language(code)
    page = unescape(page_for(catalog, "soyuz-ms-07", formats=Formats.current()))
    assert page.count(RESUPPLY[code]) == 2  # under the title and in the Facts table
    if code != "en":
        assert "ISS resupply" not in page
    model = MissionTreeModel(catalog)  # kept: an index outlives a model it was made from only as a crash
    tooltip = model.index_for_entity("soyuz-ms-07").data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(f"Soyuz MS-07: {RESUPPLY[code]}")


@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_the_app_title_is_translated(language, code):
    if code != "en":
        language(code)
    assert app_title() == TITLE[code]
