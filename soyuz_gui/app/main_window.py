"""The main window: composes the tree, the detail pane and the data-problems panel, and wires their signals.

It owns navigation (history, current entity) so that panes only emit ids and never look for each other. Its parts
live beside it: actions and menus in :mod:`~soyuz_gui.app.main_menu`, where to go next in
:mod:`~soyuz_gui.app.navigation`, the saved layout in :mod:`~soyuz_gui.app.window_layout`.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.app.history import History
from soyuz_gui.app.main_menu import build_actions, build_menus
from soyuz_gui.app.navigation import mission_after, start_candidates
from soyuz_gui.app.settings import Settings
from soyuz_gui.app.theme import ThemeMode, apply_theme
from soyuz_gui.app.window_layout import restore_layout, save_layout
from soyuz_gui.domain import Catalog, Kind, Mission, display_name
from soyuz_gui.loading import LoadResult, Severity
from soyuz_gui.models.app_name import app_title
from soyuz_gui.models.tree_kinds import GroupBy
from soyuz_gui.widgets.detail_pane import DetailPane
from soyuz_gui.widgets.mission_tree import MissionTree
from soyuz_gui.widgets.tab_keys import install_tab_switching

if TYPE_CHECKING:
    from soyuz_gui.widgets.aboard_panel import AboardPanel
    from soyuz_gui.widgets.images.pane import ImagePane
    from soyuz_gui.widgets.problems_panel import ProblemsPanel
    from soyuz_gui.widgets.search_popup import SearchPopup
    from soyuz_gui.widgets.timeline.pane import TimelinePane

Loader = Callable[[list[Path]], LoadResult]


class MainWindow(QMainWindow):
    """Mission tree on the left; on the right, tabs for the selected item."""

    entity_shown = Signal(str)
    # Made by soyuz_gui.app.main_menu, which builds the actions and menus.
    open_data_action: QAction
    reload_action: QAction
    export_pdf_action: QAction
    print_action: QAction
    copy_text_action: QAction
    quit_action: QAction
    back_action: QAction
    forward_action: QAction
    previous_action: QAction
    next_action: QAction
    filter_action: QAction
    search_action: QAction
    problems_action: QAction
    about_action: QAction
    theme_group: QActionGroup
    theme_actions: dict[ThemeMode, QAction]
    view_menu: QMenu

    def __init__(self, result: LoadResult, settings: Settings, loader: Loader | None = None,
                 extra_folders: list[Path] | None = None) -> None:
        super().__init__()
        self._result = result
        self._settings = settings
        self._loader = loader
        self._extra_folders = list(extra_folders or [])
        self._history = History()
        self.setObjectName("mainWindow")
        self.setWindowTitle(app_title())
        self.setMinimumSize(720, 480)

        catalog = result.catalog
        self.tree = MissionTree(catalog, self)
        # The tabs before the page they hold: the Tab key follows creation order, so the tab bar comes first.
        self.tabs = QTabWidget(self)
        self.details = DetailPane(catalog, self)
        self.tabs.setObjectName("contentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Views of the selected item"))
        self.tabs.addTab(self.details, self.tr("Overview"))
        # Secondary views are built the first time they are needed: start-up only pays for what it shows.
        self._timeline: TimelinePane | None = None
        self._images: ImagePane | None = None
        self._aboard: AboardPanel | None = None
        self._timeline_host = self._add_tab_host("timelineTab", self.tr("Timeline"))
        self._images_host = self._add_tab_host("imagesTab", self.tr("Images"))
        self._aboard_host = self._add_tab_host("aboardTab", self.tr("Who Was Aboard"))
        self._search_popup: SearchPopup | None = None
        self._problems: ProblemsPanel | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)

        self.problems_dock = QDockWidget(self.tr("Data problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self._build_status_bar()
        build_actions(self)
        build_menus(self)

        with contextlib.suppress(ValueError):  # an unknown value in a hand-edited settings file: keep the default
            self.tree.set_group_by(GroupBy(self._settings.tree_grouping()))
        self.tree.group_by_changed.connect(self._settings.set_tree_grouping)
        self.tree.entity_selected.connect(self._on_tree_entity_selected)
        self.tree.entity_activated.connect(self._on_tree_entity_selected)
        self.details.entity_requested.connect(self.show_entity)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        install_tab_switching(self, self.tabs)  # Ctrl+Tab / Ctrl+PageDown from the tree and the filter too

        self._apply_result(result)
        restore_layout(self)

    # --- construction -------------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.problems_button = QPushButton(self)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(self.tr("Show data problems"))
        self.problems_button.clicked.connect(self._on_problems_button_clicked)
        bar.addPermanentWidget(self.problems_button)
        bar.addPermanentWidget(self.counts_label)

    # --- views built on first use -------------------------------------------------------------------------

    def _add_tab_host(self, name: str, title: str) -> QWidget:
        host = QWidget(self)
        host.setObjectName(name)
        QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(host, title)
        return host

    @staticmethod
    def _place(host: QWidget, pane: QWidget) -> None:
        layout = host.layout()
        assert layout is not None
        layout.addWidget(pane)

    @property
    def timeline(self) -> TimelinePane:
        if self._timeline is None:
            from soyuz_gui.widgets.timeline.pane import TimelinePane

            self._timeline = TimelinePane(self.catalog, self._timeline_host)
            self._timeline.entity_selected.connect(self._on_pane_entity_selected)
            self._timeline.entity_activated.connect(self._on_pane_entity_activated)
            self._place(self._timeline_host, self._timeline)
            current = self.current_entity()
            if current and isinstance(self.catalog.get(current), Mission):
                self._timeline.show_mission(current)
            elif current and self.catalog.programme(current):
                self._timeline.show_programme()
        return self._timeline

    @property
    def images(self) -> ImagePane:
        if self._images is None:
            from soyuz_gui.widgets.images.pane import ImagePane

            self._images = ImagePane(self.catalog, self._images_host)
            self._place(self._images_host, self._images)
            current = self.current_entity()
            if current and isinstance(self.catalog.get(current), Mission):
                self._images.show_mission(current)
        return self._images

    @property
    def aboard(self) -> AboardPanel:
        if self._aboard is None:
            from soyuz_gui.widgets.aboard_panel import AboardPanel

            self._aboard = AboardPanel(self.catalog, self._aboard_host)
            self._aboard.setObjectName("aboardPanel")
            self._aboard.entity_requested.connect(self.show_entity)
            layout = self._aboard_host.layout()
            assert layout is not None
            layout.addWidget(self._aboard)
            current = self.current_entity()
            if current and isinstance(self.catalog.get(current), Mission):
                self._aboard.show_mission_moment(current)
        return self._aboard

    @property
    def search_popup(self) -> SearchPopup:
        if self._search_popup is None:
            from soyuz_gui.widgets.search_popup import SearchPopup

            self._search_popup = SearchPopup(self.catalog, self)
            self._search_popup.entity_chosen.connect(self.show_entity)
        return self._search_popup

    @property
    def problems(self) -> ProblemsPanel:
        if self._problems is None:
            from soyuz_gui.widgets.problems_panel import ProblemsPanel

            self._problems = ProblemsPanel(self)
            self._problems.set_problems(self._result.problems)
            self.problems_dock.setWidget(self._problems)
        return self._problems

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front by name: overview, timeline, images or aboard."""
        hosts = {"overview": self.details, "timeline": self._timeline_host, "images": self._images_host,
                 "aboard": self._aboard_host}
        self.tabs.setCurrentWidget(hosts[name])

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self._aboard_host:
            self.aboard.show()
        elif widget is self._timeline_host:
            self.timeline.show()
        elif widget is self._images_host:
            self.images.show()

    def _on_pane_entity_selected(self, entity_id: str) -> None:
        """A click in a pane selects: the tree and the other panes follow, the pane keeps its view."""
        if entity_id != self.current_entity():
            self.show_entity(entity_id)

    def _on_pane_entity_activated(self, entity_id: str) -> None:
        """Enter or a double click opens the item's page."""
        self.show_entity(entity_id)
        self.tabs.setCurrentWidget(self.details)

    # --- data ---------------------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self._result.catalog

    @property
    def load_result(self) -> LoadResult:
        return self._result

    @property
    def settings(self) -> Settings:
        return self._settings

    def _apply_result(self, result: LoadResult) -> None:
        self._result = result
        catalog = result.catalog
        missions = len(catalog.ids_in_order())  # from the mission index: no mission decoded, no list built
        people = catalog.count(Kind.PERSON)  # counted, not decoded: people are decoded when shown
        self.counts_label.setText(" · ".join([
            self.tr("%n mission", "", missions) if missions == 1 else self.tr("%n missions", "", missions),
            self.tr("%n person", "", people) if people == 1 else self.tr("%n people", "", people),
            self.tr("%n file", "", result.files_read) if result.files_read == 1
            else self.tr("%n files", "", result.files_read),
        ]))
        if self._problems is not None or result.skipped_files:  # else built (with the problems) when first shown
            self.problems.set_problems(result.problems)
        errors = [p for p in result.problems if p.severity == Severity.ERROR]
        skipped = len(result.skipped_files)
        if result.problems:
            text = (self.tr("⚠ {count} data problems").format(count=len(errors)) if errors
                    else self.tr("{count} data warnings").format(count=len(result.problems)))
            if skipped:
                text += self.tr(", {count} files skipped").format(count=skipped)
            self.problems_button.setText(text)
            self.problems_button.setToolTip(self.tr("Show which files were skipped and why"))
            self.problems_button.show()
        else:
            self.problems_button.hide()
        if skipped:
            self.problems_dock.show()

    def reload_data(self) -> None:
        if self._loader is None:
            return
        result = self._loader(self._extra_folders)
        current = self.current_entity()
        self._apply_result(result)
        self.tree.set_catalog(result.catalog)
        self.details.set_catalog(result.catalog)
        for pane in (self._aboard, self._timeline, self._images):
            if pane is not None:
                pane.set_catalog(result.catalog)
        if self._search_popup is not None:
            self._search_popup.set_catalog(result.catalog)
        self.statusBar().showMessage(self.tr("Data reloaded"), 3000)
        if current:
            self.show_entity(current, record=False)

    def add_data_folder(self, folder: Path) -> None:
        if folder not in self._extra_folders:
            self._extra_folders.append(folder)
        self.reload_data()

    # --- navigation ---------------------------------------------------------------------------------------

    def current_entity(self) -> str | None:
        return self._history.current

    def show_entity(self, entity_id: str, record: bool = True) -> bool:
        """Show an entity everywhere it can be shown; False when it is not in the data."""
        if entity_id not in self.catalog:
            self.statusBar().showMessage(self.tr("'{id}' is not in the data").format(id=entity_id), 5000)
            return False
        if record:
            self._history.visit(entity_id)
        self.tree.select_entity(entity_id)
        self.details.show_entity(entity_id)
        is_mission = isinstance(self.catalog.get(entity_id), Mission)
        if self._timeline is not None:
            self._timeline.follow_entity(entity_id)
        if is_mission and self._images is not None:
            self._images.show_mission(entity_id)
        if is_mission and self._aboard is not None:
            self._aboard.show_mission_moment(entity_id)
        entity = self.catalog.get(entity_id)
        name = display_name(entity) if entity else entity_id
        self.setWindowTitle(f"{name} — {app_title()}")
        self._settings.set_last_entity(entity_id)
        self._update_navigation_actions()
        self.entity_shown.emit(entity_id)
        return True

    def show_start_entity(self, requested: str | None = None) -> str | None:
        """Open on the requested mission, else the last one shown, else Soyuz MS-07, else the first mission."""
        if requested and requested not in self.catalog:
            message = self.tr("No mission with the id '{id}' in the data").format(id=requested)
            self.statusBar().showMessage(message, 8000)
        candidates = start_candidates(self.catalog, requested, self._settings.last_entity())
        if not candidates:
            return None
        self.show_entity(candidates[0])
        return candidates[0]

    def go_back(self) -> None:
        if self._history.can_go_back():
            target = self._history.back()
            if target:
                self.show_entity(target, record=False)

    def go_forward(self) -> None:
        if self._history.can_go_forward():
            target = self._history.forward()
            if target:
                self.show_entity(target, record=False)

    def step_mission(self, step: int) -> None:
        """Show the previous (-1) or next (+1) mission, wrapping around."""
        target = mission_after(self.catalog, self.current_entity(), step)
        if target is not None:
            self.show_entity(target)

    def _update_navigation_actions(self) -> None:
        self.back_action.setEnabled(self._history.can_go_back())
        self.forward_action.setEnabled(self._history.can_go_forward())

    def _on_tree_entity_selected(self, entity_id: str) -> None:
        if entity_id != self.current_entity():
            self.show_entity(entity_id)

    # --- view ---------------------------------------------------------------------------------------------

    def set_theme(self, mode: ThemeMode) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)
        self._settings.set_theme(mode)
        self.theme_actions[mode].setChecked(True)

    def toggle_problems(self) -> None:
        self.problems.show()
        self.problems_dock.setVisible(not self.problems_dock.isVisible())

    def _on_problems_button_clicked(self) -> None:
        self.problems.show()
        self.problems_dock.show()
        self.problems_dock.raise_()

    # --- export ---------------------------------------------------------------------------------------------

    def fact_sheet_pictures(self, entity_id: str) -> list[tuple[str, QImage]]:
        """The mission's patch (or generated emblem) for the sheet."""
        from soyuz_gui.widgets.images.items import patch_picture

        picture = patch_picture(self.catalog, entity_id)
        return [picture] if picture is not None else []

    def export_pdf(self, path: Path) -> int:
        from soyuz_gui.app.fact_sheet import build_document, write_pdf

        entity_id = self.current_entity()
        if entity_id is None:
            return 0
        entity = self.catalog.get(entity_id)
        document = build_document(self.catalog, entity_id, self.fact_sheet_pictures(entity_id))
        return write_pdf(document, path, display_name(entity) if entity else entity_id)

    def export_pdf_chosen(self) -> None:
        """Ask where to save the current page's fact sheet, then write it."""
        entity_id = self.current_entity()
        if entity_id is None:
            return
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Fact Sheet"), f"{entity_id}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        try:
            pages = self.export_pdf(Path(name))
        except OSError as exc:
            message = self.tr("Could not write {file}: {reason}").format(file=name, reason=exc.strerror or exc)
            self.statusBar().showMessage(message, 8000)
            return
        self.statusBar().showMessage(
            (self.tr("Saved {file} (%n page)", "", pages) if pages == 1
             else self.tr("Saved {file} (%n pages)", "", pages)).format(file=name), 5000)

    def rebuilt(self) -> MainWindow:
        """A new window on the same data, settings and history, built in the current interface language."""
        window = type(self)(self._result, self._settings, self._loader, self._extra_folders)
        window.history = copy.deepcopy(self._history)
        return window

    @property
    def history(self) -> History:
        return self._history

    @history.setter
    def history(self, history: History) -> None:
        self._history = history
        self._update_navigation_actions()

    # --- layout persistence -------------------------------------------------------------------------------

    def save_layout(self) -> None:
        save_layout(self)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched light/dark (or a theme was chosen): pages pick their colours from the palette.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self.details.refresh)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
