"""The domain and the loader never import Qt: ``data validate`` and the tests of the data run where Qt is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
import soyuz_gui.domain
import soyuz_gui.loading
from soyuz_gui.loading import load_folders
result = load_folders(["data"])
assert len(result.catalog) > 100, len(result.catalog)
qt = sorted(name for name in sys.modules if name.startswith("PySide6"))
print("qt modules:", qt)
sys.exit(1 if qt else 0)
"""


def test_loading_the_bundled_data_imports_no_qt_module() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qt modules: []" in result.stdout
