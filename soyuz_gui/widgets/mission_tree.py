"""The mission tree with its filter box."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.domain import Catalog
from soyuz_gui.models.formats import position_label
from soyuz_gui.models.mission_tree import MissionTreeModel
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_filter import TreeFilterModel
from soyuz_gui.models.tree_kinds import GroupBy
from soyuz_gui.widgets.tree_icons import tree_icons

# Missions a group hands to the view per fetch: about a screenful, so the first paint shows a full first group. The
# view lays out one batch per expanded group at start-up, however many missions there are (issue 19).
BATCH = 40
ROWS_PER_TURN = 400  # fetched per idle turn after the first paint: each turn also lays the tree out again
# Typing filters once it pauses this long: a filter walks every row (0.2-0.4 s on the bundled data), and running it
# per keystroke made typing stutter. Enter, Down and anything else that needs the result apply it at once.
FILTER_PAUSE_MS = 150


class FilterBox(QLineEdit):
    """The filter line edit: Escape clears it, Down moves into the tree."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _TreeView(QTreeView):
    """A tree view that tells apart the current row Qt picks by itself on focus-in from a user's choice, says when
    it has painted, and has every row before a key moves through them (End, Page Down at the last fetched row)."""

    painted = Signal()
    keys_coming = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focusing = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys_coming.emit()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focusing = True
        try:
            super().focusInEvent(event)
        finally:
            self.focusing = False


class MissionTree(QWidget):
    """Programmes, missions and what belongs to them; typing in the box filters every level."""

    entity_selected = Signal(str)
    entity_activated = Signal(str)
    group_by_changed = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MissionTreeModel(catalog, self, batch_size=BATCH)
        self.model.set_icons(tree_icons())
        # The missions the view has not fetched arrive in idle turns once the tree has painted.
        self._fetching = QTimer(self)
        self._fetching.setSingleShot(True)
        self._fetching.setInterval(0)
        self._fetching.timeout.connect(self._fetch_some)
        self._open_rest = False  # groups wait to open until the first paint
        # The filter proxy is in the chain only while something is typed: with an empty filter it would still map
        # every mission row at start-up (issue 19), and the lazy model builds rows only when the tree shows them.
        self.proxy = TreeFilterModel(self)

        self.filter_box = FilterBox(self)
        self.filter_box.setObjectName("treeFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter missions, people, events…"))
        self.filter_box.setClearButtonEnabled(True)
        clear = self.filter_box.findChild(QToolButton)
        if clear is not None:  # screen readers otherwise announce a nameless button
            clear.setAccessibleName(self.tr("Clear the filter"))
        self.filter_box.setAccessibleName(self.tr("Filter"))
        self.filter_box.setAccessibleDescription(self.tr("Show only tree rows whose text contains every typed word"))

        self.view = _TreeView(self)
        self.view.setObjectName("missionTree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Missions"))
        self.view.setAccessibleDescription(self.tr("Programmes, missions, crews, dockings, events and references"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed, font-based width: ResizeToContents would measure every row at start-up.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance(position_label("Flight Engineer 2") + "  ") + 8)

        self.group_box = QComboBox(self)
        self.group_box.setObjectName("treeGrouping")
        self.group_box.setAccessibleName(self.tr("Group missions by"))
        self.group_box.setToolTip(self.tr("Group missions by programme, spacecraft generation, station, decade, "
                                          "launch year or expedition"))
        for label, mode in ((self.tr("By programme"), GroupBy.PROGRAMME),
                            (self.tr("By spacecraft generation"), GroupBy.GENERATION),
                            (self.tr("By station"), GroupBy.STATION), (self.tr("By decade"), GroupBy.DECADE),
                            (self.tr("By launch year"), GroupBy.YEAR), (self.tr("By expedition"), GroupBy.EXPEDITION)):
            self.group_box.addItem(label, mode.value)

        # Said instead of a blank tree when nothing matches (the tree stays, empty, under it).
        self.no_matches = QLabel(self)
        self.no_matches.setObjectName("treeNoMatches")
        self.no_matches.setWordWrap(True)
        self.no_matches.setTextFormat(Qt.TextFormat.PlainText)
        self.no_matches.hide()

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.filter_box, 1)
        group_label = QLabel(self.tr("&Group:"), self)  # Alt+G; screen readers also read it as the box's label
        group_label.setObjectName("treeGroupingLabel")
        group_label.setBuddy(self.group_box)
        top.addWidget(group_label)
        top.addWidget(self.group_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.view)
        # Tab goes from the filter to its results, then to the grouping. No focus proxy on this widget: Qt's Tab
        # chain jumps to a proxy and skipped the filter box.
        QWidget.setTabOrder(self.filter_box, self.view)
        QWidget.setTabOrder(self.view, self.group_box)

        self.group_box.currentIndexChanged.connect(self._on_group_changed)
        self._filter_pause = QTimer(self, singleShot=True, interval=FILTER_PAUSE_MS)
        self._filter_pause.timeout.connect(self._on_filter_paused)
        self.filter_box.textEdited.connect(self._on_filter_typed)
        self.filter_box.textChanged.connect(self._on_filter_changed)
        self.filter_box.editingFinished.connect(self.apply_typed_filter)  # Enter, or the focus moved on
        self.filter_box.returnPressed.connect(self._on_filter_return_pressed)
        self._connect_selection()
        self.view.activated.connect(self._on_activated)
        self.view.painted.connect(self._start_fetching)
        self.view.keys_coming.connect(self._complete_now)
        self.filter_box.down_pressed.connect(self._on_filter_return_pressed)
        self._expand_first_screen()

    def _expand_first_screen(self) -> None:
        """Open the groups the first screen can show; the rest open in the first idle turn after it painted. The
        view lays out a batch of rows for every open group, so opening them all would cost start-up time per group
        (issue 19)."""
        model, rows, enough = self.model, 0, self.first_screen_rows()
        for row in range(model.rowCount()):
            if rows >= enough:
                self._open_rest = True
                break
            group = model.index(row, 0)
            self.view.expand(group)
            rows += 1 + model.rows_to_come(group)

    def first_screen_rows(self) -> int:
        """At least as many rows as the screen can show at once, whatever the window's size (it is not laid out
        yet): its height over the font's, as no row is lower than its text."""
        screen = self.screen()
        height = screen.availableGeometry().height() if screen is not None else 2160
        return max(1, -(-height // max(1, self.view.fontMetrics().height())))  # rounded up

    def _start_fetching(self) -> None:
        if (self._open_rest or self.model.fetching()) and not self._fetching.isActive():
            self._fetching.start()  # not here: this runs inside a paint

    def _fetch_some(self) -> None:
        if self._open_rest:
            self._open_groups()
            self._fetching.start()
        elif self.model.fetch_some(ROWS_PER_TURN):
            self._fetching.start()

    def _open_groups(self) -> None:
        self._open_rest = False
        if not self.filtering():  # (a filter opens what matches itself)
            self.view.expandToDepth(0)  # one layout for all of them

    def _complete_now(self) -> None:
        """Every group open and every row there before a key moves through them (End must reach the last row)."""
        if self._open_rest:
            self._open_groups()
        self.model.fetch_all()

    def filtering(self) -> bool:
        return self.view.model() is self.proxy

    def _connect_selection(self) -> None:
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

    def _use_filter(self, on: bool) -> None:
        """Put the filter proxy between model and view (on) or take it out, keeping the current row."""
        if on == self.filtering():
            return
        current = self.current_entity()
        if on:
            if self.proxy.sourceModel() is not self.model:
                self.proxy.setSourceModel(self.model)
            self.view.setModel(self.proxy)
        else:
            self.view.setModel(self.model)
        # setModel makes new selection models (the view's, and one the header makes and then drops for the view's)
        # and leaves the old ones to their parents: a kiosk that filters every visit would pile them up.
        in_use = (self.view.selectionModel(), self.view.header().selectionModel())
        for owner in (self.view, self.view.header()):
            for selection in owner.findChildren(QItemSelectionModel, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if selection not in in_use:
                    selection.deleteLater()
        self._connect_selection()
        if current:
            self.select_entity(current)

    def _to_view(self, source: QModelIndex) -> QModelIndex:
        return self.proxy.mapFromSource(source) if self.filtering() else source

    def to_source(self, index: QModelIndex) -> QModelIndex:
        """The tree model's index for an index of the view (the filter sits between them only while in use)."""
        return self.proxy.mapToSource(index) if self.filtering() else index

    def set_catalog(self, catalog: Catalog) -> None:
        self.apply_typed_filter()
        self.model.set_catalog(catalog)
        if self.filtering():
            self.model.fetch_all()
        self.view.expandToDepth(0)

    def select_entity(self, entity_id: str) -> bool:
        """Make the row of a mission/programme current without emitting a second navigation."""
        self.apply_typed_filter()
        source = self.model.index_for_entity(entity_id)
        if not source.isValid():
            return False
        index = self._to_view(source)
        if not index.isValid():  # hidden by the filter: clear it so the selection is visible
            self.filter_box.clear()
            index = self._to_view(source)
        self.blockSignals(True)
        try:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self.blockSignals(False)
        self.view.scrollTo(index)
        return True

    def set_group_by(self, group_by: GroupBy) -> None:
        index = self.group_box.findData(group_by.value)
        if index >= 0:
            self.group_box.setCurrentIndex(index)

    def _on_group_changed(self, _index: int) -> None:
        self.apply_typed_filter()
        current = self.current_entity()
        self.model.set_group_by(GroupBy(self.group_box.currentData()))
        if self.filtering():
            self.model.fetch_all()
        if self.filter_box.text().strip():
            self.view.expandAll()
        else:
            self.view.expandToDepth(0)
        if current:
            self.select_entity(current)
        self.group_by_changed.emit(self.model.group_by.value)

    def current_entity(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(Role.ENTITY_ID) if index.isValid() else None

    def _on_filter_typed(self, text: str) -> None:
        if text.strip():  # (emptied: filtered at once, as showing everything costs nothing)
            self._filter_pause.start()

    def _on_filter_changed(self, text: str) -> None:
        """Text set by the program filters at once; typed text once typing pauses (textEdited comes first)."""
        if not self._filter_pause.isActive() or not text.strip():
            self._filter(text)

    def _on_filter_paused(self) -> None:
        self._filter(self.filter_box.text())

    def apply_typed_filter(self) -> None:
        """Filter by what was typed now, if typing has not paused long enough yet."""
        if self._filter_pause.isActive():
            self._filter(self.filter_box.text())

    def _filter(self, text: str) -> None:
        self._filter_pause.stop()
        if text.strip():
            self.model.fetch_all()  # the filter sees only the rows the model has handed out
        self.proxy.set_query(text)
        self._use_filter(bool(text.strip()))
        empty = self.filtering() and self.proxy.rowCount() == 0
        if empty:
            self.no_matches.setText(self.tr("No matches for “{text}”").format(text=text.strip()))
        self.no_matches.setVisible(empty)
        if text.strip():
            self.view.expandAll()
        else:
            self.view.collapseAll()
            self.view.expandToDepth(0)
            current = self.view.currentIndex()
            if current.isValid():
                self.view.scrollTo(current)

    def _on_filter_return_pressed(self) -> None:
        """Enter in the filter box jumps to the first match."""
        self.apply_typed_filter()
        first = self._first_entity_row(QModelIndex())
        if first is not None:
            self.view.setCurrentIndex(first)
            self.view.setFocus()

    def _first_entity_row(self, parent: QModelIndex) -> QModelIndex | None:
        """The first row that matches the query by its own text (not only through an ancestor)."""
        fallback: QModelIndex | None = None
        model = self.view.model()
        pending = [model.index(row, 0, parent) for row in range(model.rowCount(parent))]
        while pending:
            index = pending.pop(0)
            if index.data(Role.ENTITY_ID) and index.data(Role.KIND) != "programme":
                if self.proxy.matches(str(index.data(Role.SEARCH_TEXT) or "")):
                    return index
                fallback = fallback or index
            pending[0:0] = [model.index(row, 0, index) for row in range(model.rowCount(index))]
        return fallback

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.view.focusing:  # Qt's automatic pick of a first row is not a navigation
            return
        entity_id = current.data(Role.ENTITY_ID) if current.isValid() else None
        if entity_id:
            self.entity_selected.emit(entity_id)

    def _on_activated(self, index: QModelIndex) -> None:
        entity_id = index.data(Role.ENTITY_ID)
        if entity_id:
            self.entity_activated.emit(entity_id)
