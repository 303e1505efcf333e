"""The main window's actions and menus (File, Edit, Go, View, Help), and what the file and help actions do.

The actions stay attributes of the window (``window.export_pdf_action`` …): the kiosk and the tests find them there.
Strings keep the window's translation context, so the catalogues did not change when they moved here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from soyuz_gui import __version__
from soyuz_gui.app.language_menu import add_language_menu
from soyuz_gui.app.theme import ThemeMode
from soyuz_gui.models.app_name import app_title
from soyuz_gui.widgets.kiosk_marker import hide_in_kiosk

if TYPE_CHECKING:
    from soyuz_gui.app.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", ...) as the window's context


def build_actions(window: MainWindow) -> None:
    """Create the window's actions with their shortcuts (they work with the menu bar hidden, as in the kiosk)."""

    def action(text: str, slot: Callable[[], object],
               shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
               tip: str = "") -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        act.triggered.connect(slot)
        window.addAction(act)
        return act

    window.open_data_action = action(translate("MainWindow", "&Open Data Folder…"), lambda: open_data_folder(window),
                                     QKeySequence.StandardKey.Open,
                                     translate("MainWindow", "Load another data folder on top"))
    window.reload_action = action(translate("MainWindow", "&Reload Data"), window.reload_data,
                                  QKeySequence.StandardKey.Refresh,
                                  translate("MainWindow", "Read the data files again"))
    window.export_pdf_action = action(translate("MainWindow", "&Export Fact Sheet as PDF…"),
                                      window.export_pdf_chosen, "Ctrl+Shift+E",
                                      translate("MainWindow", "Save the page shown, with its pictures, as a PDF"))
    window.print_action = action(translate("MainWindow", "&Print Fact Sheet…"), lambda: print_fact_sheet(window),
                                 QKeySequence.StandardKey.Print)
    window.copy_text_action = action(translate("MainWindow", "Copy Page as &Text"), lambda: copy_page_text(window),
                                     "Ctrl+Shift+C", translate("MainWindow", "Copy the page shown as plain text"))
    window.quit_action = action(translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    for file_action in (window.open_data_action, window.export_pdf_action, window.print_action,
                        window.copy_text_action):
        hide_in_kiosk(file_action)  # files and the clipboard: not for a kiosk's visitors
    window.back_action = action(translate("MainWindow", "&Back"), window.go_back, QKeySequence.StandardKey.Back)
    window.forward_action = action(translate("MainWindow", "&Forward"), window.go_forward,
                                   QKeySequence.StandardKey.Forward)
    window.previous_action = action(translate("MainWindow", "&Previous Mission"), lambda: window.step_mission(-1),
                                    "Ctrl+[")
    window.next_action = action(translate("MainWindow", "&Next Mission"), lambda: window.step_mission(1), "Ctrl+]")
    window.filter_action = action(translate("MainWindow", "&Filter Tree"), lambda: focus_filter(window),
                                  QKeySequence.StandardKey.Find, translate("MainWindow", "Type to filter the tree"))
    window.search_action = action(translate("MainWindow", "&Search Everything…"),
                                  lambda: window.search_popup.open_search(), "Ctrl+K",
                                  translate("MainWindow", "Find missions, people, expeditions and events"))
    window.problems_action = action(translate("MainWindow", "Data &Problems"), window.toggle_problems,
                                    "Ctrl+Shift+P")
    window.about_action = action(translate("MainWindow", "&About {app}").format(app=app_title()),
                                  lambda: show_about(window))
    window.theme_group = QActionGroup(window)
    window.theme_actions = {}
    for mode, label in ((ThemeMode.SYSTEM, translate("MainWindow", "Follow &System")),
                        (ThemeMode.LIGHT, translate("MainWindow", "&Light")),
                        (ThemeMode.DARK, translate("MainWindow", "&Dark"))):
        act = QAction(label, window, checkable=True)
        act.setData(mode.value)
        act.triggered.connect(lambda _checked=False, m=mode: window.set_theme(m))
        window.theme_group.addAction(act)
        window.theme_actions[mode] = act
    window.theme_actions[window.settings.theme()].setChecked(True)


def build_menus(window: MainWindow) -> None:
    menus = window.menuBar()
    file_menu = menus.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.open_data_action, window.reload_action])
    file_menu.addSeparator()
    file_menu.addActions([window.export_pdf_action, window.print_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menus.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.copy_text_action)
    go_menu = menus.addMenu(translate("MainWindow", "&Go"))
    go_menu.addActions([window.back_action, window.forward_action])
    go_menu.addSeparator()
    go_menu.addActions([window.previous_action, window.next_action, window.filter_action, window.search_action])
    view_menu = menus.addMenu(translate("MainWindow", "&View"))
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    theme_menu.addActions(list(window.theme_actions.values()))
    view_menu.addAction(window.problems_action)
    add_language_menu(view_menu, window.settings)
    help_menu = menus.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.about_action)
    window.view_menu = view_menu


# --- what the actions do ------------------------------------------------------------------------------------


def focus_filter(window: MainWindow) -> None:
    window.tree.filter_box.setFocus()
    window.tree.filter_box.selectAll()


def open_data_folder(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog  # dialogs are imported when used, not at start-up

    folder = QFileDialog.getExistingDirectory(window, translate("MainWindow", "Open Data Folder"))
    if folder:
        window.add_data_folder(Path(folder))


def show_about(window: MainWindow) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window, translate("MainWindow", "About {app}").format(app=app_title()),
        f"<h3>{app_title()} {__version__}</h3>"
        + translate("MainWindow", "<p>Explore crewed Soyuz spaceflights from a bundled data set in which every fact "
                                  "cites its source.</p><p>Code: MIT licence. Data: compiled from the cited sources; "
                                  "text from the Wikipedia article on Soyuz MS-07 is used under CC BY-SA 4.0.</p>")
        + translate("MainWindow", "<p>Built with Qt {qt} and PySide6 {pyside}.</p>").format(
            qt=qVersion(), pyside=pyside_version),
    )


def print_fact_sheet(window: MainWindow) -> None:
    entity_id = window.current_entity()
    if entity_id is None:
        return
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from soyuz_gui.app.fact_sheet import build_document, print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_document(build_document(window.catalog, entity_id, window.fact_sheet_pictures(entity_id)), printer)


def copy_page_text(window: MainWindow) -> None:
    from soyuz_gui.app.fact_sheet import plain_text

    entity_id = window.current_entity()
    if entity_id is not None:
        QApplication.clipboard().setText(plain_text(window.catalog, entity_id))
        window.statusBar().showMessage(translate("MainWindow", "Page copied as text"), 3000)
