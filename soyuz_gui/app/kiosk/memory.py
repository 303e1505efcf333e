"""Give freed heap memory back to the system after each idle reset (glibc only; elsewhere a no-op). No Qt here.

Qt and CPython free memory into the C allocator, which keeps it for reuse; fragmentation can leave a long-running
process holding more than it uses. ``malloc_trim(0)`` returns the free pages. It takes a few milliseconds, and the
kiosk calls it only when it returns to the home screen, when nobody is watching.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c") or "libc.so.6"
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None  # musl has no malloc_trim


def trim_heap() -> bool:
    """Return free heap pages to the system; True when the allocator supports it."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
