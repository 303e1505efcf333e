"""The strip's thumbnails decode through the viewer's decoder: the same checks and limits refuse the same images."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPalette

from soyuz_gui.domain import Image, ImageKind
from soyuz_gui.loading.images import DECODE_LIMIT_MB, ImageProblem
from soyuz_gui.widgets.images import decode
from soyuz_gui.widgets.images.decode import decode_image
from soyuz_gui.widgets.images.items import ImageItem
from soyuz_gui.widgets.images.thumbnails import THUMB, placeholder, thumbnail

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "images"


def _item(path: Path) -> ImageItem:
    return ImageItem(Image(ImageKind.MISSION_PATCH, "Patch", file=path.name), path=path)


def _refused_thumbnail() -> QImage:
    return placeholder("!", QPalette(), QFont(), problem=True).toImage()


def _message(data: bytes, name: str, **options: object) -> str:
    with pytest.raises(ImageProblem) as raised:
        decode_image(data, name, **options)  # type: ignore[arg-type]
    return raised.value.message


def test_an_image_over_the_pixel_limit_is_refused_for_the_strip_as_for_the_viewer(qapp) -> None:
    path = FIXTURES / "huge-dimensions.png"
    data = path.read_bytes()
    message = _message(data, path.name)
    assert "more than the" in message and "MB limit" in message
    assert _message(data, path.name, fit_in=THUMB) == message
    assert thumbnail(_item(path), QPalette(), QFont()).toImage() == _refused_thumbnail()


def test_the_decoders_allocation_limit_refuses_thumbnails_too(qapp, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.png"
    big = QImage(600, 600, QImage.Format.Format_RGB32)  # 1.4 MB decoded: over a 1 MB limit
    big.fill(QColor("#3060c0"))
    assert big.save(str(path))
    assert thumbnail(_item(path), QPalette(), QFont()).toImage() != _refused_thumbnail()
    monkeypatch.setattr(decode, "DECODE_LIMIT_MB", 1)
    try:
        message = _message(path.read_bytes(), path.name)
        assert "more than the 1 MB limit" in message
        assert _message(path.read_bytes(), path.name, fit_in=THUMB) == message
        assert thumbnail(_item(path), QPalette(), QFont()).toImage() == _refused_thumbnail()
    finally:
        monkeypatch.undo()
        decode_image((FIXTURES / "good.png").read_bytes(), "good.png")  # the app's limit back for later tests
    assert QImageReader.allocationLimit() == DECODE_LIMIT_MB


def test_a_good_image_makes_a_scaled_thumbnail_of_its_pixels(qapp, tmp_path: Path) -> None:
    path = tmp_path / "red.png"
    red = QImage(400, 100, QImage.Format.Format_RGB32)
    red.fill(QColor("#c00000"))
    assert red.save(str(path))
    decoded = decode_image(path.read_bytes(), path.name, fit_in=THUMB)
    assert decoded.image is not None and decoded.image.width() == THUMB.width()  # scaled while reading
    picture = thumbnail(_item(path), QPalette(), QFont()).toImage()
    assert picture.size() == THUMB
    assert picture.pixelColor(THUMB.width() // 2, THUMB.height() // 2) == QColor("#c00000")
    assert picture.pixelColor(THUMB.width() // 2, 2).alpha() == 0  # letterboxed: 96 × 24 in a 96 × 72 tile


def test_a_given_drawing_passes_the_svg_rules_before_it_becomes_a_thumbnail(qapp) -> None:
    unsafe = (FIXTURES / "external-href.svg").read_bytes()
    item = ImageItem(Image(ImageKind.MISSION_PATCH, "Emblem"), svg=unsafe)
    assert thumbnail(item, QPalette(), QFont()).toImage() == _refused_thumbnail()
    good = ImageItem(Image(ImageKind.MISSION_PATCH, "Emblem"), svg=(FIXTURES / "good.svg").read_bytes())
    assert thumbnail(good, QPalette(), QFont()).toImage() != _refused_thumbnail()
