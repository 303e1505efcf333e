"""Changing the interface language at run time: the main window is built anew in the new language.

Every pane writes its text with ``tr()`` when it is built, and several build more text lazily (the timeline's
labels, the image pane's captions, the tree's group names, the pages' data texts). Rebuilding the window is the one
way that is sure to leave no string in the old language, and it costs about as much as opening the window at
start-up. What the user was doing is carried over: the page shown and its scroll position, the history, the tab,
the tree's grouping, expanded rows and filter text, the window's geometry and docks.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QObject, QRect, QTimer, Signal

from soyuz_gui.app.i18n import LanguageSwitcher
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_kinds import GroupBy

if TYPE_CHECKING:
    from soyuz_gui.app.main_window import MainWindow

# A tree row named so that it is found again in a tree built in another language: the entity it shows, else its
# row numbers from the top (group rows are built in the same order whatever their translated titles read).
RowKey = tuple[str, ...]


@dataclass
class WindowState:
    """What the user sees and has arranged, independent of the interface language."""

    entity: str | None = None
    tab: int = 0
    grouping: str | None = None
    filter_text: str = ""
    expanded: set[RowKey] = field(default_factory=set)
    tree_scroll: int = 0
    page_scroll: float = 0.0  # a fraction of the page's height: the page's length differs between languages
    geometry: QByteArray | None = None
    frame: QRect = field(default_factory=QRect)  # exactly where it was: restoreGeometry() may clamp to the screen
    dock_state: QByteArray | None = None
    splitter: QByteArray | None = None
    problems_visible: bool = False
    visible: bool = False


def _row_key(index: QModelIndex) -> RowKey:
    entity = index.data(Role.ENTITY_ID)
    if isinstance(entity, str) and entity:
        return ("entity", entity)
    rows: list[str] = []
    while index.isValid():
        rows.append(str(index.row()))
        index = index.parent()
    return ("rows", *reversed(rows))


def _walk_expanded(window: MainWindow, parent: QModelIndex, found: set[RowKey]) -> None:
    tree = window.tree
    model = tree.view.model()  # the filter proxy only while a filter is typed
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if tree.view.isExpanded(index):
            found.add(_row_key(tree.to_source(index)))
            _walk_expanded(window, index, found)


def _expand(window: MainWindow, parent: QModelIndex, wanted: set[RowKey]) -> None:
    tree = window.tree
    model = tree.view.model()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if _row_key(tree.to_source(index)) in wanted:
            tree.view.expand(index)  # expanding builds the children (lazy rows), so they can be walked next
            _expand(window, index, wanted)


def capture_state(window: MainWindow) -> WindowState:
    bar = window.details.verticalScrollBar()
    expanded: set[RowKey] = set()
    _walk_expanded(window, QModelIndex(), expanded)
    return WindowState(
        entity=window.current_entity(),
        tab=window.tabs.currentIndex(),
        grouping=window.tree.model.group_by.value,
        filter_text=window.tree.filter_box.text(),
        expanded=expanded,
        tree_scroll=window.tree.view.verticalScrollBar().value(),
        page_scroll=bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0,
        geometry=QByteArray(window.saveGeometry()),
        frame=QRect(window.geometry()),
        dock_state=QByteArray(window.saveState()),
        splitter=QByteArray(window.splitter.saveState()),
        problems_visible=window.problems_dock.isVisible(),
        visible=window.isVisible(),
    )


def restore_state(window: MainWindow, state: WindowState) -> None:
    """Put a freshly built window where the user was; the history already came with it."""
    if state.geometry is not None:
        window.restoreGeometry(state.geometry)
    if state.frame.isValid() and not (window.isMaximized() or window.isFullScreen()):
        window.setGeometry(state.frame)
    if state.dock_state is not None:
        window.restoreState(state.dock_state)
    if state.splitter is not None:
        window.splitter.restoreState(state.splitter)
    if state.grouping:
        window.tree.set_group_by(GroupBy(state.grouping))
    if state.filter_text:
        window.tree.filter_box.setText(state.filter_text)
    if state.entity:
        window.show_entity(state.entity, record=False)
    if state.problems_visible:
        window.problems.show()
    window.problems_dock.setVisible(state.problems_visible)
    window.tabs.setCurrentIndex(state.tab)
    restore_tree(window, state)
    _restore_page_scroll(window, state.page_scroll)


def restore_tree(window: MainWindow, state: WindowState) -> None:
    """The same rows open and the same scroll; again after the window is shown (showing reveals the current row)."""
    window.tree.view.collapseAll()
    window.tree.model.fetch_all()  # rows are found by position: a row far down a group may not be handed out yet
    _expand(window, QModelIndex(), state.expanded)
    window.tree.view.verticalScrollBar().setValue(state.tree_scroll)


def _restore_page_scroll(window: MainWindow, fraction: float) -> None:
    def apply() -> None:
        bar = window.details.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    apply()
    if fraction > 0:
        QTimer.singleShot(0, apply)  # once the page is laid out at the window's final size


class WindowRebuilder(QObject):
    """Builds the main window anew whenever the language changes, and keeps track of the window on screen.

    ``before_show(old, new)`` runs after the new window is built and before the user's state is put back (the
    kiosk installs its controller there); ``window_replaced(old, new)`` is emitted once the old window is gone.
    """

    window_replaced = Signal(object, object)

    def __init__(self, window: MainWindow, switcher: LanguageSwitcher,
                 before_show: Callable[[MainWindow, MainWindow], None] | None = None) -> None:
        super().__init__(window)  # lives as long as the window it serves: moved to each new one
        self.setObjectName("windowRebuilder")
        self.window = window
        self._before_show = before_show
        self._switcher = switcher
        switcher.language_changed.connect(self.rebuild)

    def detach(self) -> None:
        """Stop following the language (the window is going away for good)."""
        self._switcher.language_changed.disconnect(self.rebuild)

    def rebuild(self, _language: str = "") -> MainWindow:
        old = self.window
        if not old.isVisible():
            return old  # closed (its deletion still pending): a window nobody sees is not rebuilt
        state = capture_state(old)
        new = old.rebuilt()
        history = copy.deepcopy(new.history)
        if self._before_show is not None:
            self._before_show(old, new)
            new.history = history  # what before_show showed (the kiosk's home) is not the user's path
        restore_state(new, state)
        if state.visible and not new.isVisible():
            new.show()
            restore_tree(new, state)
            _restore_page_scroll(new, state.page_scroll)
        self.window = new
        self.setParent(new)
        old.hide()
        old.close()
        old.deleteLater()
        self.window_replaced.emit(old, new)
        return new
