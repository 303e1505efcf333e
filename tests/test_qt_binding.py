"""Guard against a Qt binding that leaks or over-releases Python singletons.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void Qt call and to True on every bool emit;
a long-running window (and any kiosk) aborted with "deallocating None". pyproject.toml keeps us off that release;
this test fails fast if a future pin brings such a build back.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_bool_emits_keep_singleton_counts(qapp):
    widget = QWidget()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        widget.update()
        widget.setObjectName("probe")
        emitter.fired.emit(True)
    assert sys.getrefcount(None) - none_before >= 0
    assert sys.getrefcount(True) - true_before >= 0
