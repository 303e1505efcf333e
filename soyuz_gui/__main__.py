"""``python -m soyuz_gui`` runs the same entry point as the ``soyuz-gui`` script."""

import sys

from soyuz_gui.cli import main

sys.exit(main())
