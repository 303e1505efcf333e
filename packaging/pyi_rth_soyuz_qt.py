# PyInstaller run-time hook used instead of PyInstaller's pyi_rth_pyside6 on Linux (see soyuz-gui.spec).
# The stock hook imports PySide6.QtCore at start, which loads Qt and ICU (~0.2 s) even for `soyuz-gui --version`
# and the curator commands that never use Qt. The pip wheels of PySide6 make their Qt relocatable themselves when
# PySide6 is first imported, so all that is left to do here is to point Qt at the bundled plugins, as the stock
# hook does.
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
