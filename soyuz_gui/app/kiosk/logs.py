"""Logging for a machine nobody watches: a rotating file in the user's state directory. No Qt here."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

LOGGER_NAME = "soyuz_gui"
LOG_FILE_NAME = "kiosk.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def state_dir() -> Path:
    """``$XDG_STATE_HOME/soyuz-gui`` (``~/.local/state/soyuz-gui`` when the variable is unset or relative)."""
    base = os.environ.get("XDG_STATE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "state"
    return root / "soyuz-gui"


def setup_logging(directory: Path | None = None, max_bytes: int = 1_000_000, backups: int = 5) -> Path | None:
    """Send the app's log to ``<directory>/kiosk.log`` (rotated) and to stderr; returns the file or None.

    Calling it again replaces the handlers it installed before, so the handler count stays constant.
    """
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        if getattr(handler, "_soyuz_kiosk", False):
            logger.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(_FORMAT)
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(formatter)
    stream._soyuz_kiosk = True  # type: ignore[attr-defined]
    logger.addHandler(stream)
    folder = directory if directory is not None else state_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                                       encoding="utf-8")
    except OSError as exc:
        logger.warning("cannot write a log file in %s (%s); logging to stderr only", folder, exc)
        return None
    handler.setFormatter(formatter)
    handler._soyuz_kiosk = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.propagate = False
    return path


def close_logging() -> None:
    """Remove and close the handlers installed by :func:`setup_logging`."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if getattr(handler, "_soyuz_kiosk", False):
            logger.removeHandler(handler)
            handler.close()
    logger.propagate = True
