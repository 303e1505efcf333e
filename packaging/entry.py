"""Entry script of the frozen Soyuz Mission Browser (PyInstaller): the same ``main`` as the ``soyuz-gui`` command."""

import sys

from soyuz_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
