"""Checks of what a curator could slip past the eye: names and titles with invisible or look-alike characters, and
image files that are missing, leave the data folder, or would be refused when shown (the same rules the Images pane
applies, from :mod:`soyuz_gui.loading.images`). No Qt."""

from __future__ import annotations

from collections.abc import Iterator

from soyuz_gui.domain.entities import Agency, Entity, Mission, Person, Reference, Station, Translation
from soyuz_gui.loading.images import ImageProblem, check_image_file
from soyuz_gui.loading.text_safety import unsafe_text
from soyuz_gui.loading.yamlsource import Path_

Finding = tuple[Path_, str]


def _texts(entity: Entity) -> Iterator[tuple[Path_, str | None]]:
    """The names, ids and titles of an entity: what people read, search for and link by."""
    yield ("id",), entity.id
    if isinstance(entity, Translation):
        for key, text in entity.texts:
            yield ("texts", key), text
        return
    if isinstance(entity, Reference):
        yield ("title",), entity.title
        return
    yield ("name",), entity.name
    if isinstance(entity, Person):
        yield ("native_name",), entity.native_name
    elif isinstance(entity, Agency):
        yield ("full_name",), entity.full_name
    elif isinstance(entity, Station):
        yield ("native_name",), entity.native_name
        for index, port in enumerate(entity.ports):
            yield ("ports", index, "name"), port.name
    elif isinstance(entity, Mission):
        yield ("callsign",), entity.callsign
        for index, event in enumerate(entity.events):
            yield ("events", index, "title"), event.title
        for index, image in enumerate(entity.images):
            yield ("images", index, "title"), image.title


def text_findings(entity: Entity) -> list[Finding]:
    found: list[Finding] = []
    for path, text in _texts(entity):
        problem = unsafe_text(text) if text else None
        if problem is not None:
            found.append((path, problem))
    return found


def image_findings(mission: Mission) -> list[Finding]:
    """Every image file a mission names must be one the Images pane will show."""
    found: list[Finding] = []
    folder = mission.origin.folder if mission.origin else None
    for index, image in enumerate(mission.images):
        if image.file is None or folder is None:
            continue
        try:
            check_image_file(folder, image.file)
        except ImageProblem as exc:
            found.append((("images", index, "file"), exc.message))
    return found
