"""What the pane shows for a mission or a person: the images the data describes (patch or generated emblem
first), each with its file, checked bytes or the reason it cannot be shown; and the patch for the fact sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import msgspec
from PySide6.QtCore import (
    QCoreApplication,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QImage,
    QPainter,
)

from soyuz_gui.domain import Catalog, Image, ImageKind, Mission
from soyuz_gui.domain.emblem import EMBLEM_CAPTION, EMBLEM_CREDIT, EMBLEM_LICENCE, emblem_image, emblem_svg
from soyuz_gui.loading.images import (
    ImageProblem,
    read_image_file,
    resolve_image_path,
)
from soyuz_gui.models.app_name import app_title
from soyuz_gui.models.formats import QT_TRANSLATE_NOOP
from soyuz_gui.models.mission_types import mission_type_label
from soyuz_gui.widgets.images.decode import decode_image, svg_renderer

KIND_LABELS = {
    ImageKind.MISSION_PATCH: QT_TRANSLATE_NOOP("ImagePane", "Mission patch"),
    ImageKind.CREW_PHOTO: QT_TRANSLATE_NOOP("ImagePane", "Crew photo"),
    ImageKind.LAUNCH_PHOTO: QT_TRANSLATE_NOOP("ImagePane", "Launch photo"),
    ImageKind.SPACECRAFT_PHOTO: QT_TRANSLATE_NOOP("ImagePane", "Spacecraft photo"),
    ImageKind.DIAGRAM: QT_TRANSLATE_NOOP("ImagePane", "Diagram"),
    ImageKind.OTHER: QT_TRANSLATE_NOOP("ImagePane", "Image"),
}
"""The kinds' names in English (the source language); :func:`kind_label` gives them translated."""


def kind_label(kind: ImageKind) -> str:
    """An image kind's name in the interface language ("Mission patch", "Crew photo", ...)."""
    return QCoreApplication.translate("ImagePane", KIND_LABELS.get(kind, KIND_LABELS[ImageKind.OTHER]))



@dataclass(frozen=True)
class ImageItem:
    """One entry of the strip: the image entry and where its pixels come from."""

    image: Image
    svg: bytes | None = None  # the generated emblem
    path: Path | None = None  # a file inside the data folder
    problem: str | None = None  # why the file cannot even be looked for

    @property
    def generated(self) -> bool:
        return self.svg is not None


def mission_images(mission: Mission, catalog: Catalog | None = None,
                   include_missing: bool = False) -> list[ImageItem]:
    """The patch first (the data's file, else the generated emblem), then the mission's other images.

    An image the data describes but has no file for ("Launch photo — no file") is left out unless
    ``include_missing`` (a curator checking what is still to be found); the emblem is always there.
    """
    folder = mission.origin.folder if mission.origin is not None else None
    items: list[ImageItem] = []
    patch: ImageItem | None = None
    for image in mission.images:
        item = _item_for(image, folder)
        if image.kind == ImageKind.MISSION_PATCH and patch is None and image.file:
            patch = item
            continue
        if image.kind == ImageKind.MISSION_PATCH and not image.file:
            continue  # a patch the data names but has no file for: the emblem takes its place
        if not image.file and not include_missing:
            continue  # nothing to look at: only curators ask to see these entries
        items.append(item)
    if patch is None:
        mission_type = mission_type_label(mission.mission_type) if mission.mission_type else None
        patch = ImageItem(_emblem_entry(mission), svg=emblem_svg(mission, catalog, mission_type).encode("utf-8"))
    return [patch, *items]


def person_images(person_id: str, catalog: Catalog) -> list[ImageItem]:
    """A person's images: the patch (or generated emblem) of each of their flights, first flight first."""
    items: list[ImageItem] = []
    seen: set[str] = set()
    for flight in catalog.flights(person_id):
        for mission_id in (flight.launch_mission, flight.landing_mission):
            mission = catalog.mission(mission_id) if mission_id else None
            if mission is None or mission.id in seen:
                continue
            seen.add(mission.id)
            items.append(mission_images(mission, catalog)[0])
    return items


def _emblem_entry(mission: Mission) -> Image:
    """The generated emblem's entry with the app's own words about it (not data) in the interface language."""
    image = emblem_image(mission)

    def translated(english: str | None, expected: str, text: str) -> str | None:
        # The domain's wording (Qt-free) is the source; a change there shows in English rather than mistranslated.
        return text if english == expected else english

    return msgspec.structs.replace(
        image,
        title=QCoreApplication.translate("ImagePane", "{mission} emblem", "title of the generated emblem").format(
            mission=mission.name) if image.title == f"{mission.name} emblem" else image.title,
        caption=translated(image.caption, EMBLEM_CAPTION, QCoreApplication.translate(
            "ImagePane", "Illustrative emblem generated from the mission data — not the official patch")),
        credit=translated(image.credit, EMBLEM_CREDIT, QCoreApplication.translate(
            "ImagePane", "Generated by {app} from the mission data").format(app=app_title())),
        licence=translated(image.licence, EMBLEM_LICENCE, QCoreApplication.translate(
            "ImagePane", "Same as the app's code (MIT)")),
    )


def _item_for(image: Image, folder: str | None) -> ImageItem:
    if not image.file:
        return ImageItem(image)
    if folder is None:
        return ImageItem(image, problem=QCoreApplication.translate(
            "ImagePane", "The mission's data folder is not known, so its image files cannot be found."))
    try:
        return ImageItem(image, path=resolve_image_path(folder, image.file))
    except ImageProblem as problem:
        return ImageItem(image, problem=problem.message)


def patch_picture(catalog: Catalog, mission_id: str, side: int = 640) -> tuple[str, QImage] | None:
    """(caption, image) of a mission's patch, or of its generated emblem, at most ``side`` pixels wide and high.

    None for an id that is not a mission or a patch file that cannot be shown. Needs no pane (the fact sheet uses
    it even when the Images tab was never opened).
    """
    mission = catalog.mission(mission_id)
    if mission is None:
        return None
    patch = mission_images(mission, catalog)[0]
    try:
        if patch.svg is not None:
            decoded = decode_image(patch.svg, "emblem.svg")
        elif patch.path is not None and patch.problem is None:
            decoded = decode_image(read_image_file(patch.path), patch.path.name)
        else:
            return None
    except ImageProblem:
        return None
    if decoded.svg is not None:
        renderer = decoded.renderer or svg_renderer(decoded.svg)
        size = renderer.defaultSize().scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
    elif decoded.image is not None:
        image = decoded.image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
    else:
        return None
    caption = patch.image.caption if patch.generated else patch.image.title
    return (caption or patch.image.title, image)

