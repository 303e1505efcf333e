"""Render the application icon (resources/icons/soyuz-gui.svg) to PNG sizes with Qt, at build time.

    python packaging/render_icons.py --hicolor DIR   DIR/<n>x<n>/apps/soyuz-gui.png, DIR/scalable/apps/soyuz-gui.svg
    python packaging/render_icons.py --ico FILE.ico  a Windows icon with 16..256 px images (PNG inside)
    python packaging/render_icons.py --iconset DIR   a macOS .iconset folder for ``iconutil -c icns``

Only Qt (PySide6, already a dependency) is used, so the same script runs on every build machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "soyuz-gui.svg"
NAME = "soyuz-gui"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def _renderer():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG for Qt")
    return app, renderer


def png_bytes(size: int) -> bytes:
    """The icon as PNG data, size x size pixels, transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    _app, renderer = _renderer()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", -1):
        raise SystemExit(f"render_icons: could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def write_hicolor(target: Path) -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        path = target / f"{size}x{size}" / "apps" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes(size))
        written.append(path)
    scalable = target / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


def write_ico(path: Path) -> None:
    """A multi-size .ico; each image is stored as PNG (supported since Windows Vista)."""
    images = [(size, png_bytes(size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + entries + blobs)


def write_iconset(folder: Path) -> None:
    """The file names ``iconutil`` expects in ``soyuz-gui.iconset``."""
    folder.mkdir(parents=True, exist_ok=True)
    for base in (16, 32, 128, 256, 512):
        (folder / f"icon_{base}x{base}.png").write_bytes(png_bytes(base))
        (folder / f"icon_{base}x{base}@2x.png").write_bytes(png_bytes(base * 2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hicolor", type=Path, help="hicolor icon theme folder to fill")
    parser.add_argument("--ico", type=Path, help="Windows .ico file to write")
    parser.add_argument("--iconset", type=Path, help="macOS .iconset folder to write")
    args = parser.parse_args(argv)
    if not (args.hicolor or args.ico or args.iconset):
        parser.error("nothing to do: give --hicolor, --ico and/or --iconset")
    if args.hicolor:
        for path in write_hicolor(args.hicolor):
            print(path)
    if args.ico:
        write_ico(args.ico)
        print(args.ico)
    if args.iconset:
        write_iconset(args.iconset)
        print(args.iconset)
    return 0


if __name__ == "__main__":
    sys.exit(main())
