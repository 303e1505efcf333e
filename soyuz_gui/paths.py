"""The one place that finds the bundled ``data/`` and ``resources/`` folders.

Three layouts are supported:

* a source checkout: ``<repo>/data`` and ``<repo>/resources`` beside the ``soyuz_gui`` package;
* an installed wheel: the build copies both folders to ``soyuz_gui/_bundled/``;
* a frozen bundle (PyInstaller): both folders sit in the bundle's data directory (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_bundled")
    roots.append(_PACKAGE_DIR.parent)
    return roots


@cache
def bundle_root() -> Path:
    """Folder that holds ``data/`` and ``resources/``; ``SOYUZ_GUI_ROOT`` overrides it."""
    override = os.environ.get("SOYUZ_GUI_ROOT")
    if override:
        return Path(override)
    for root in _candidates():
        if (root / "data").is_dir() and (root / "resources").is_dir():
            return root
    return _PACKAGE_DIR.parent


def data_dir() -> Path:
    """The bundled data set."""
    return bundle_root() / "data"


def resources_dir() -> Path:
    """Icons, style sheets and translations."""
    return bundle_root() / "resources"


def resource(*parts: str) -> Path:
    """A file below ``resources/``."""
    return resources_dir().joinpath(*parts)
