"""Guards the start-up path: what the app has imported when its main window first paints.

Only what the first screen needs may be imported before it paints (issue 19). The list below is the whole of it;
a change that pulls another module of ours, the YAML stack or another Qt module in front of the first frame
fails here and has to say why by editing the list. The check runs the real program (``python -m soyuz_gui``) on
the bundled data with a warm snapshot, exactly as ``benchmarks/startup.py`` measures it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Every module of ours the first frame may need.
ALLOWED_OWN = {
    "soyuz_gui", "soyuz_gui.cli", "soyuz_gui.paths",
    "soyuz_gui.atomic_write",  # the snapshot is written with it (small, no Qt)
    "soyuz_gui.app", "soyuz_gui.app.main", "soyuz_gui.app.screenshot", "soyuz_gui.app.main_window",
    "soyuz_gui.app.fast_imports",  # keeps PySide6 from reading every later module's source (small, no imports)
    "soyuz_gui.app.history",
    "soyuz_gui.app.i18n", "soyuz_gui.app.settings", "soyuz_gui.app.theme",
    "soyuz_gui.app.main_menu",  # the window's actions and menus, built with it (small, Qt only)
    "soyuz_gui.app.navigation", "soyuz_gui.app.window_layout",  # the window's start entity and saved layout
    "soyuz_gui.app.language_menu",  # View → Language is built with the menus (small: Qt already loaded)
    "soyuz_gui.app.language_switch",  # the window rebuilder is set up before the event loop (small, no imports)
    "soyuz_gui.app.first_paint",  # runs the check of every data file after the first paint (and the probe)
    "soyuz_gui.domain", "soyuz_gui.domain.catalog", "soyuz_gui.domain.entity_store", "soyuz_gui.domain.entities",
    "soyuz_gui.domain.mission_index", "soyuz_gui.domain.timeutil",
    "soyuz_gui.domain.records", "soyuz_gui.domain.presence",  # the catalog's derived values (split out of it)
    "soyuz_gui.domain.generations",  # generation names on the page and in the tree (the timeline is not)
    "soyuz_gui.loading", "soyuz_gui.loading.lazy_parts", "soyuz_gui.loading.problems", "soyuz_gui.loading.result",
    "soyuz_gui.loading.snapshot",
    "soyuz_gui.models", "soyuz_gui.models.formats", "soyuz_gui.models.mission_tree", "soyuz_gui.models.roles",
    "soyuz_gui.models.tree_filter", "soyuz_gui.models.tree_kinds",
    "soyuz_gui.models.mission_types",  # the page and the tree show a mission's type translated (one tuple)
    "soyuz_gui.models.app_name",  # the window title: the app's name in the interface language (one function)
    "soyuz_gui.widgets", "soyuz_gui.widgets.mission_tree", "soyuz_gui.widgets.detail_pane",
    "soyuz_gui.widgets.tree_icons",  # the tree's row icons, drawn with the first frame (small, Qt only)
    "soyuz_gui.widgets.kiosk_marker",  # the menus mark their file actions for the kiosk (a property name)
    "soyuz_gui.widgets.detail_pages", "soyuz_gui.widgets.page_kit", "soyuz_gui.widgets.station_page",
    "soyuz_gui.widgets.html_escape",
    "soyuz_gui.widgets.keep_whole",  # dates on the page stay whole in Japanese (one small function)
    "soyuz_gui.widgets.page_links",  # the page's links for the keyboard and screen readers (the page is shown)
    "soyuz_gui.widgets.painted_accessible",  # the base of those links (small, Qt only)
    "soyuz_gui.widgets.tab_keys",  # the window's Ctrl+Tab / Ctrl+PageDown shortcuts exist from the first frame
    "soyuz_gui.widgets.problems_panel",  # only when the data has skipped files: the panel opens with the window
}
ALLOWED_QT = {"PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
# Never before the first frame: the YAML stack and the checks (a warm start reads the snapshot), the other views.
FORBIDDEN = {
    "yaml", "difflib", "html", "html.entities",
    "json",  # the curator commands print JSON; the window does not
    "soyuz_gui.loading.loader", "soyuz_gui.loading.yamlsource", "soyuz_gui.loading.schema",
    "soyuz_gui.loading.checks", "soyuz_gui.loading.convert", "soyuz_gui.loading.images",
    "soyuz_gui.widgets.timeline_view", "soyuz_gui.widgets.timeline.view", "soyuz_gui.widgets.timeline.pane",
    "soyuz_gui.widgets.images",
    "soyuz_gui.widgets.aboard_panel", "soyuz_gui.widgets.search_popup", "soyuz_gui.app.fact_sheet",
    "soyuz_gui.app.kiosk", "soyuz_gui.domain.emblem", "soyuz_gui.domain.search", "soyuz_gui.domain.aboard",
}

SCRIPT = r"""
import linecache, sys
read_sources = []
update = linecache.updatecache

def recording(filename, module_globals=None):
    read_sources.append(filename)
    return update(filename, module_globals)

linecache.updatecache = recording
from soyuz_gui.app import first_paint

report = first_paint._FirstPaintProbe._report

def report_modules(self):
    import linecache
    print("MODULES " + " ".join(sorted(sys.modules)), flush=True)
    print("LINECACHE " + " ".join(sorted(linecache.cache)), flush=True)
    print("SOURCES " + " ".join(sorted(read_sources)), flush=True)
    report(self)

first_paint._FirstPaintProbe._report = report_modules  # the app imports this very module object
import soyuz_gui.cli
sys.exit(soyuz_gui.cli.main([]))
"""


def _first_paint_report(tmp_path: Path) -> dict[str, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "SOYUZ_GUI_FIRST_PAINT_PROBE": "1", "PYTHONPATH": str(REPO),
                "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                "XDG_STATE_HOME": str(tmp_path / "state")})
    report: dict[str, set[str]] = {}
    for _ in range(2):  # the first run writes the snapshot, the second is the warm start being guarded
        done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        report = {line.split(" ", 1)[0]: set(line.split()[1:]) for line in done.stdout.splitlines()
                  if line.startswith(("MODULES ", "LINECACHE ", "SOURCES "))}
    return report


def test_the_first_frame_imports_only_what_it_shows(tmp_path):
    modules = _first_paint_report(tmp_path)["MODULES"]
    own = {m for m in modules if m == "soyuz_gui" or m.startswith("soyuz_gui.")}
    assert own - ALLOWED_OWN == set(), "new modules on the start-up path (add them here only if the first " \
                                       "screen needs them)"
    qt = {m for m in modules if m.startswith("PySide6.Qt") or m == "PySide6"}
    assert qt - ALLOWED_QT == set()
    assert modules & FORBIDDEN == set()


def test_no_module_source_is_kept_in_memory_at_the_first_frame(tmp_path):
    # PySide6 reads every module imported after it through linecache (megabytes of lines); start-up drops them.
    assert _first_paint_report(tmp_path)["LINECACHE"] == set()


def test_no_source_of_ours_is_read_before_the_first_frame(tmp_path):
    # PySide6 reads the source of each module imported after it (PYSIDE-2029); soyuz_gui.app.fast_imports stops it.
    read = _first_paint_report(tmp_path)["SOURCES"]
    before_pyside = (str(REPO / "soyuz_gui" / "__init__.py"), str(REPO / "soyuz_gui" / "cli.py"))  # checked as it loads
    assert {path for path in read if "soyuz_gui" in path and path not in before_pyside} == set()


def test_the_escape_used_on_the_pages_is_html_escape():
    import html

    from soyuz_gui.widgets.html_escape import escape

    for text in ("", "plain", "a & b < c > d \"e\" 'f'", "&amp;", "<script>'\"&</script>", "Королёв ☄"):
        assert escape(text) == html.escape(text)
        assert escape(text, quote=False) == html.escape(text, quote=False)
