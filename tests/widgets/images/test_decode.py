"""One decoder: only :mod:`soyuz_gui.widgets.images.decode` turns bytes into a QImageReader or a QSvgRenderer."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "soyuz_gui"
DECODER = PACKAGE / "widgets" / "images" / "decode.py"


def test_readers_and_svg_renderers_are_made_by_the_decoder_only() -> None:
    makers = ("QImageReader(", "QSvgRenderer(", "QImage.fromData(", "loadFromData(")
    found = sorted(f"{path.relative_to(PACKAGE)}: {maker}" for path in PACKAGE.rglob("*.py") if path != DECODER
                   for maker in makers if maker in path.read_text(encoding="utf-8"))
    assert found == []
    assert all(maker in DECODER.read_text(encoding="utf-8") for maker in makers[:2])
