"""Where the kiosk config lives, and the one value start-up needs from it before any window exists. No Qt here."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from soyuz_gui.app.kiosk.config_parse import load_config


def default_config_path() -> Path:
    """``$XDG_CONFIG_HOME/soyuz-gui/kiosk.yaml`` (``~/.config/soyuz-gui/kiosk.yaml``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "soyuz-gui" / "kiosk.yaml"


def kiosk_language(args: argparse.Namespace) -> str | None:
    """The kiosk config's ``language``, for ``run()`` to install *before* it builds the window; None otherwise.

    Widgets translate their text when they are built, so the language cannot be switched afterwards. Qt-free and
    never raises (a bad value gives None, and the problem is logged later by the kiosk).
    """
    if not getattr(args, "kiosk", False):
        return None
    path = getattr(args, "kiosk_config", None)
    if path is None:
        path = default_config_path() if default_config_path().exists() else None
    return load_config(path).config.language
