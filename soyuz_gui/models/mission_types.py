"""Mission types in the interface language: the one place that turns a mission's ``mission_type`` (written in
English in the data, as the sources call it) into the text a page, a tree tool tip or a card shows.

Every type the bundled data uses is listed here so that lupdate puts it in the catalogues (context
``MissionType``); tests/models/test_mission_types.py fails when the data gains a type this list lacks. A type that
is not listed (an operator's own data) is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soyuz_gui.models.formats import QT_TRANSLATE_NOOP

MISSION_TYPES = (
    QT_TRANSLATE_NOOP("MissionType", "Apollo–Soyuz Test Project"),
    QT_TRANSLATE_NOOP("MissionType", "Astronomy"),
    QT_TRANSLATE_NOOP("MissionType", "Cargo delivery to the ISS"),
    QT_TRANSLATE_NOOP("MissionType", "Crewed mission to ISS"),
    QT_TRANSLATE_NOOP("MissionType", "Crewed mission to ISS, Space tourism"),
    QT_TRANSLATE_NOOP("MissionType", "Crewed mission to Salyut 6"),
    QT_TRANSLATE_NOOP("MissionType", "Crewed test flight to Salyut 6"),
    QT_TRANSLATE_NOOP("MissionType", "Dock with Salyut 1"),
    QT_TRANSLATE_NOOP("MissionType", "Docking with Salyut 3"),
    QT_TRANSLATE_NOOP("MissionType", "Docking with Salyut 4"),
    QT_TRANSLATE_NOOP("MissionType", "Docking with Salyut 5"),
    QT_TRANSLATE_NOOP("MissionType", "Earth science mission"),
    QT_TRANSLATE_NOOP("MissionType", "First Mir crew and last Salyut 7 crew"),
    QT_TRANSLATE_NOOP("MissionType", "Flight test"),
    QT_TRANSLATE_NOOP("MissionType", "ISS assembly"),
    QT_TRANSLATE_NOOP("MissionType", "ISS crew rotation"),
    QT_TRANSLATE_NOOP("MissionType", "ISS crew transport"),
    QT_TRANSLATE_NOOP("MissionType", "ISS crew transport (Soyuz exchange)"),
    QT_TRANSLATE_NOOP("MissionType", "ISS crew transport (planned)"),
    QT_TRANSLATE_NOOP("MissionType", "ISS logistics"),
    QT_TRANSLATE_NOOP("MissionType", "ISS resupply"),
    QT_TRANSLATE_NOOP("MissionType", "Interkosmos visit to Salyut 6"),
    QT_TRANSLATE_NOOP("MissionType", "Interkosmos visit to Salyut 6 (docking failed)"),
    QT_TRANSLATE_NOOP("MissionType", "Interkosmos visit to Salyut 6 and ship exchange"),
    QT_TRANSLATE_NOOP("MissionType", "Mir crew transport"),
    QT_TRANSLATE_NOOP("MissionType", "Mir crew transport; test of the APAS-89 docking system"),
    QT_TRANSLATE_NOOP("MissionType", "Mir visiting crew and lifeboat exchange"),
    QT_TRANSLATE_NOOP("MissionType", "Orbital test flight"),
    QT_TRANSLATE_NOOP("MissionType", "Private spaceflight to the ISS"),
    QT_TRANSLATE_NOOP("MissionType", "Return to Flight, ISS logistics"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 1 crew"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 6 expedition"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 6 expedition (docking failed)"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 6 repair expedition and Soyuz T test"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 crew transport"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 crew transport (planned)"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 rescue and repair"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 visiting crew"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 visiting crew (Soviet-French flight)"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 visiting crew (Soviet-Indian flight) and replacement ship"),
    QT_TRANSLATE_NOOP("MissionType", "Salyut 7 visiting crew and replacement ship"),
    QT_TRANSLATE_NOOP("MissionType", "Test flight"),
    QT_TRANSLATE_NOOP("MissionType", "Uncrewed replacement return ship for Salyut 6"),
    QT_TRANSLATE_NOOP("MissionType", "Uncrewed spacecraft replacement mission to ISS"),
    QT_TRANSLATE_NOOP("MissionType", "Uncrewed test flight"),
)


def mission_type_label(mission_type: str) -> str:
    """``mission_type`` as the interface language writes it."""
    return QCoreApplication.translate("MissionType", mission_type)
