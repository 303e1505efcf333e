"""The desktop integration files of the Linux package, the icon, and the helpers of the package build."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from soyuz_gui import __version__

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / "soyuz-gui.desktop"
METAINFO = LINUX / "io.github.soyuzgui.SoyuzMissionBrowser.metainfo.xml"
UNIT = LINUX / "soyuz-gui-kiosk.service"
ICON = REPO / "resources" / "icons" / "soyuz-gui.svg"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_matches_the_app() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "soyuz-gui"  # the console script and /usr/bin launcher
    assert entry["Icon"] == ICON.stem  # hicolor icon name
    # QGuiApplication.setDesktopFileName("soyuz-gui") in the app: the file must be soyuz-gui.desktop.
    assert DESKTOP.name == "soyuz-gui.desktop"
    assert "soyuz-gui.desktop" in METAINFO.read_text(encoding="utf-8")


def test_metainfo_has_a_release_for_this_version() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert re.search(rf'<release version="{re.escape(__version__)}" date="\d{{4}}-\d\d-\d\d"', text), (
        f"add <release version=\"{__version__}\"> to {METAINFO.name}"
    )
    for needed in ("<description>", "<screenshots>", "<content_rating", "<launchable", "<project_license>"):
        assert needed in text


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_kiosk_unit() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNIT, encoding="utf-8")
    assert parser["Service"]["ExecStart"] == "/usr/bin/soyuz-gui --kiosk"
    assert parser["Service"]["Restart"] == "always"
    assert parser["Install"]["WantedBy"] == "graphical-session.target"


def test_icon_renders_at_every_size(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("render_icons", REPO / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)

    written = render_icons.write_hicolor(tmp_path / "hicolor")
    for size in render_icons.HICOLOR_SIZES:
        png = (tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "soyuz-gui.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "soyuz-gui.svg") in written
    render_icons.write_ico(tmp_path / "soyuz-gui.ico")
    reserved, kind, count = struct.unpack("<HHH", (tmp_path / "soyuz-gui.ico").read_bytes()[:6])
    assert (reserved, kind) == (0, 1)
    assert count >= 5


def _png(width: int, height: int, pixel: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + pixel * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_pngcheck_rejects_a_blank_screenshot(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    blank.write_bytes(_png(300, 200, b"\xff\xff\xff"))
    command = [sys.executable, str(LINUX / "pngcheck.py"), str(blank)]
    assert subprocess.run([*command, "--size", "300x200"], capture_output=True, check=False).returncode == 1
    assert subprocess.run([*command, "--size", "300x200", "--min-colours", "1", "--max-share", "1"],
                          capture_output=True, check=False).returncode == 0
    assert subprocess.run([*command, "--size", "640x480", "--min-colours", "1", "--max-share", "1"],
                          capture_output=True, check=False).returncode == 1


def test_pngcheck_reads_what_qt_writes(tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(320, 200, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    for i in range(100):
        painter.fillRect(3 * i, i, 3, 50, QColor(i, 255 - i, (7 * i) % 256))
    painter.end()
    shot = tmp_path / "shot.png"
    assert image.save(str(shot), "PNG")
    proc = subprocess.run([sys.executable, str(LINUX / "pngcheck.py"), str(shot), "--size", "320x200",
                           "--like", str(shot)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout
    assert "100.00% of the pixels equal" in proc.stdout


def test_spec_and_scripts_parse() -> None:
    compile((REPO / "packaging" / "soyuz-gui.spec").read_text(encoding="utf-8"), "soyuz-gui.spec", "exec")
    for script in ("build-deb.sh", "ci-check-deb.sh"):
        proc = subprocess.run(["bash", "-n", str(LINUX / script)], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
