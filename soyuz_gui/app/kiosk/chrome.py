"""The kiosk's look on the window: no frame, menus or docks; the touch bar, overlays, large controls and fitted text.

Also what a visitor must not reach: file controls are hidden, stray windows closed, the mouse cursor hidden when
nobody uses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCursor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDockWidget,
    QHeaderView,
    QScroller,
    QSplitter,
    QTreeView,
    QWidget,
)

from soyuz_gui.app.kiosk.attract_banner import AttractBanner
from soyuz_gui.app.kiosk.controller_state import KioskState
from soyuz_gui.app.kiosk.countdown import CountdownOverlay
from soyuz_gui.app.kiosk.filter_row import fit_filter_row  # the filter's hint shown whole
from soyuz_gui.app.kiosk.fit import PageFitter, TreeFitter
from soyuz_gui.app.kiosk.home_languages import HomeLanguageBar  # home-screen languages
from soyuz_gui.app.kiosk.pin_pad import PinPadOverlay
from soyuz_gui.app.kiosk.style import touch_style_sheet
from soyuz_gui.app.kiosk.touch import size_timeline, size_widgets
from soyuz_gui.app.kiosk.touch_bar import TouchBar
from soyuz_gui.widgets.kiosk_marker import KIOSK_HIDDEN


class KioskChrome(KioskState):
    """Dresses the window for touch and strips what a visitor must not use."""

    def _apply_chrome(self) -> None:
        window = self._window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        window.menuBar().hide()
        window.statusBar().hide()
        for dock in window.findChildren(QDockWidget):
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            dock.hide()
        self.touch = self._density().touch_px
        self._timeline_lane = size_timeline(self.touch)
        window.setStyleSheet(touch_style_sheet(self.config.font_scale, window.palette(), self.touch))
        size_widgets(window, self.touch)
        self.touch_bar = TouchBar(window, self.config.exit_corner_size)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.touch_bar)
        self.touch_bar.back_requested.connect(self._on_back_requested)
        self.touch_bar.home_requested.connect(self._on_home_requested)
        self.touch_bar.zoom_in_requested.connect(self._on_zoom_in_requested)
        self.touch_bar.zoom_out_requested.connect(self._on_zoom_out_requested)
        self.touch_bar.language_requested.connect(self.language_requested)
        self._update_clock()
        splitter = self._splitter()
        if splitter is not None:
            splitter.setHandleWidth(14)
        self._fit_splitter()
        tabs = self._tabs()
        if tabs is not None:
            tabs.setUsesScrollButtons(True)
            tabs.tabBar().setExpanding(False)
            tabs.currentChanged.connect(self._on_tab_changed)

    def _install_fitters(self) -> None:
        """Whole mission names in the tree and whole words on the pages at every text size (see fit.py)."""
        desktop = QFontMetrics(self._app_font).height() if self._app_font is not None else 16
        details = self._details()
        if self.page_fitter is None:
            self.page_fitter = PageFitter(details, desktop)
        tree = self._window.findChild(QTreeView, "missionTree")
        if tree is not None and self.tree_fitter is None:
            self.tree_fitter = TreeFitter(tree, self._splitter(), self._window.width)
            self.tree_fitter.fit()
            fit_filter_row(self._window)  # the filter's hint shown whole (filter_row.py)

    def _fit_tree_columns(self) -> None:
        """Re-measure rows and the fixed-width columns in the larger font, so dates are not cut off."""
        for view in self._window.findChildren(QTreeView):
            view.doItemsLayout()
            if view.objectName() == "missionTree":
                continue  # the TreeFitter sizes the mission tree
            header = view.header()
            for column in range(1, header.count()):
                if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                    view.resizeColumnToContents(column)

    def _hide_file_controls(self) -> None:
        """Controls that save files, copy or open other windows make no sense for a visitor: hide them.

        They carry the marker where they are made (widgets/kiosk_marker.py), which holds in every language; a
        toolbar hides the button of an action hidden here by itself."""
        for widget in self._window.findChildren(QWidget):
            if widget.property(KIOSK_HIDDEN):
                widget.hide()
        for action in self._window.findChildren(QAction):
            if action.property(KIOSK_HIDDEN):
                action.setVisible(False)
                action.setEnabled(False)

    def _is_stray_window(self, widget: QWidget) -> bool:
        """A top-level window other than the kiosk's own (a full-screen image viewer, a detached panel...)."""
        if not widget.isWindow() or widget is self._window or isinstance(widget, QDialog):
            return False
        kind = widget.windowType()
        return kind in (Qt.WindowType.Window, Qt.WindowType.Tool)

    def _close_stray_windows(self) -> None:
        for _ in range(8):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif widget.isVisible() and self._is_stray_window(widget):
                widget.close()

    def _splitter(self) -> QSplitter:
        return self._host.splitter

    def _fit_splitter(self) -> None:
        """Give the tree what its names need (TreeFitter), else about a third of the screen."""
        splitter = self._splitter()
        width = self._window.width()
        if splitter is None or width == self._fitted_width or splitter.count() != 2 \
                or splitter.orientation() == Qt.Orientation.Vertical:  # portrait: KioskLayout sizes it
            return
        self._fitted_width = width
        if self.tree_fitter is not None:
            self.tree_fitter.fit()
            return
        tree = min(680, max(440, int(width * 0.32)))
        splitter.setSizes([tree, max(200, width - tree)])

    def _build_overlays(self) -> None:
        self.banner = AttractBanner(self._window, self.touch_bar.spacer if self.touch_bar is not None else None)
        # home-screen languages (home_languages.py): shown with the banner, switched like the header's buttons
        self.home_languages = HomeLanguageBar(self._window, self.banner, self.config.exit_corner_size)
        self.home_languages.language_requested.connect(self._on_home_language)
        self.countdown = CountdownOverlay(self._window)
        self.countdown.keep_exploring_clicked.connect(self._on_keep_exploring_clicked)
        self.pin_pad = PinPadOverlay(self._window)
        self.pin_pad.pin_entered.connect(self._on_pin_entered)
        self.pin_pad.cancelled.connect(self._on_pin_cancelled)

    def _enable_kinetic_scrolling(self) -> None:
        """Flick to scroll every scrolling view (a press without movement still clicks)."""
        for area in self._window.findChildren(QAbstractScrollArea):
            viewport = area.viewport()
            if not QScroller.hasScroller(viewport):
                QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def _hide_cursor(self) -> None:
        # not once uninstalled: a tick whose idle reset switched the language (a new kiosk) would leak the override
        if not self._cursor_hidden and self._installed:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    @property
    def cursor_hidden(self) -> bool:
        return self._cursor_hidden
