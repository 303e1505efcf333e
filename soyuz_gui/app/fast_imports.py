"""Imported for its effect, right after PySide6 and before the rest of the app: PySide6 reads the source of every
module imported after it (through ``linecache``, which keeps every line) to see whether the module mentions
"PySide6", so that ``from __feature__ import ...`` can be switched per module. The app selects no such feature, so
that check only costs start-up time and some 4 MB of source lines; here it is told that no module selects one.

A PySide6 without that check (another version) is left as it is.
"""

from __future__ import annotations

import sys
import types
from typing import Any

import PySide6.QtCore  # noqa: F401  - loads PySide6's import hook, which the lines below adjust


def _selects_no_feature(_module: types.ModuleType) -> bool:
    # False marks a module as "ignored when features are switched": right for every module that does not itself
    # ``from __feature__ import`` something (one that does is recorded by that import, not by this check).
    return False


_feature: Any = sys.modules.get("shibokensupport.feature")  # PySide6's own module (not typed)
if _feature is not None and callable(getattr(_feature, "_mod_uses_pyside", None)):
    _feature._mod_uses_pyside = _selects_no_feature
