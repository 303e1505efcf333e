"""``soyuz-gui --kiosk --screenshot FILE --size WxH --lang L --screen-dpi DPI`` draws the kiosk's home screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from soyuz_gui.cli import build_parser

REPO = Path(__file__).resolve().parents[3]


def test_portrait_kiosk_screenshot_in_russian(tmp_path):
    png = tmp_path / "portrait.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "soyuz_gui", "--kiosk", "--screenshot", str(png), "--size",
                           "1080x1920", "--lang", "ru", "--screen-dpi", "96"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1080, 1920)


def test_screen_dpi_is_checked_and_needs_the_kiosk():
    parser = build_parser()
    assert parser.parse_args(["--kiosk", "--screen-dpi", "138"]).screen_dpi == 138.0
    with pytest.raises(SystemExit):
        parser.parse_args(["--kiosk", "--screen-dpi", "5"])
    from soyuz_gui.cli import main

    with pytest.raises(SystemExit):
        main(["--screen-dpi", "96"])
