"""The app exits cleanly after copying: Qt for Python 6.11 crashed at exit while the clipboard held app data."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SNIPPET = """
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication
from soyuz_gui.app.main import application
app = application()
mime = QMimeData()
mime.setData("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
QGuiApplication.clipboard().setMimeData(mime)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def test_quitting_with_copied_svg_on_the_clipboard_exits_cleanly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", SNIPPET], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
