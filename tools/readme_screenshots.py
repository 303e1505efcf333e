"""Make the README's whole-programme screenshots from the bundled data, with the app's own window:

    QT_QPA_PLATFORM=offscreen python tools/readme_screenshots.py [OUT_DIR]

tree grouped by spacecraft generation, a Salyut station page, Salyut 6 with its expeditions, Soyuz T-13, the
1967–today programme timeline by station and port, and Who Was Aboard on Mir. Each shot is a named state of the
real main window (no mock-ups), so a change in the app shows up in the pictures.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QTimer  # noqa: E402

from soyuz_gui.app.main import application, load_data, save_png  # noqa: E402
from soyuz_gui.app.main_window import MainWindow  # noqa: E402
from soyuz_gui.app.settings import Settings  # noqa: E402
from soyuz_gui.app.theme import ThemeMode, apply_theme  # noqa: E402
from soyuz_gui.domain.timeline import Grouping  # noqa: E402


def settle(app) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(80, app.quit)
    app.exec()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots" / "programme"
    app = application()
    apply_theme(app, ThemeMode.LIGHT)
    scratch = tempfile.TemporaryDirectory()
    window = MainWindow(load_data([]), Settings(f"{scratch.name}/settings.ini"))
    window.resize(1500, 940)
    window.show()

    def tree_by_generation() -> None:
        index = window.tree.group_box.findData("generation")
        window.tree.group_box.setCurrentIndex(index)
        window.show_entity("soyuz-t-13")

    def station(entity: str) -> Callable[[], None]:
        def show() -> None:
            window.show_entity(entity)
            window.show_tab("overview")
        return show

    def programme_timeline() -> None:
        window.show_entity("mir")
        window.show_tab("timeline")
        window.timeline.show_programme(Grouping.PORT)
        window.timeline.view.fit()

    def aboard_mir() -> None:
        window.show_tab("aboard")
        panel = window.aboard
        panel.station_box.setCurrentIndex(panel.station_box.findData("mir"))
        panel.set_moment(datetime(1995, 7, 1, 12, 0, tzinfo=UTC))

    shots: list[tuple[str, Callable[[], None]]] = [
        ("tree-by-generation.png", tree_by_generation),
        ("salyut-7.png", station("salyut-7")),
        ("salyut-6.png", station("salyut-6")),
        ("soyuz-t-13.png", station("soyuz-t-13")),
        ("timeline-1967-today.png", programme_timeline),
        ("aboard-mir.png", aboard_mir),
    ]
    for name, prepare in shots:
        prepare()
        settle(app)
        if not save_png(window, out / name):
            print(f"could not write {out / name}", file=sys.stderr)
            return 1
        print(f"saved {out / name}")
        window.show_tab("overview")
    return 0


if __name__ == "__main__":
    sys.exit(main())
