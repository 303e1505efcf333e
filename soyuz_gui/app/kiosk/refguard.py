"""Keep ``None``, ``True`` and ``False`` alive on CPython < 3.12 despite a binding that over-releases them. No Qt.

PySide6 6.12.0 on CPython 3.11 gives back one reference to ``None`` more than it took on every call of a method that
returns nothing (``QObject.setObjectName``, ``QWidget.show``, ``QCoreApplication.processEvents``...): measure it with
``sys.getrefcount(None)`` before and after a loop of such calls. A fresh process starts with about 5,600 references,
so after a few thousand calls CPython aborts with "Fatal Python error: none_dealloc: deallocating None". A desktop
session may never get there; a kiosk ticking four times a second gets there in minutes.

CPython 3.12 made these singletons immortal (PEP 683), so the bug is harmless there and this module does nothing.
On older versions :func:`top_up` raises the counts far above what any run can release. A count that is too high only
means the object is never freed, which is exactly what these three singletons need.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Iterable

log = logging.getLogger("soyuz_gui.kiosk")

FLOOR = 100_000_000
TARGET = 1_000_000_000
SINGLETONS: tuple[object, ...] = (None, True, False)


def needed() -> bool:
    """True where the singletons are mortal (CPython before 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up(objects: Iterable[object] = SINGLETONS, floor: int = FLOOR, target: int = TARGET) -> int:
    """Raise the reference count of each object below ``floor`` to ``target``; returns how many were raised."""
    if not needed():
        return 0
    raised = 0
    for obj in objects:
        count = sys.getrefcount(obj) - 1  # minus the argument reference of getrefcount itself
        if count < floor:
            # ob_refcnt is the first field of every object in the CPython 3.11 layout (Include/object.h).
            ctypes.c_ssize_t.from_address(id(obj)).value += target - count
            raised += 1
    if raised:
        log.debug("raised the reference counts of %d singletons", raised)
    return raised
