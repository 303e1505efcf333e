"""The mission tree: programmes -> missions -> crew, backup crew, dockings, events, references.

A thin adapter: it builds small private ``_Node`` wrappers from the catalog and answers Qt's questions from them.
No business logic lives here; names and times come from the domain.

Rows are built lazily: the rows under a mission (crew, dockings, events, references) when a view, the filter or a
look-up first asks; a mission row's date, tooltip and search text when data() first asks; and with ``batch_size``
(the tree widget's) a group's mission rows in batches through fetchMore(), so a view lays out only what fills its
first screen and the widget fetches the rest in idle turns. Start-up costs a screenful, whatever the data's size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon

from soyuz_gui.domain import Catalog, Mission
from soyuz_gui.domain.generations import generation_label, generation_order
from soyuz_gui.domain.mission_index import MissionIds
from soyuz_gui.models.formats import Formats, outcome_label, position_label
from soyuz_gui.models.mission_types import mission_type_label
from soyuz_gui.models.roles import Role
from soyuz_gui.models.tree_kinds import GroupBy, NodeKind

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    text: str
    kind: NodeKind
    entity_id: str | None = None
    detail: str = ""          # second column
    tooltip: str = ""
    search: str = ""
    sort_key: float | str = ""
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row_number: int = 0
    pending: Mission | None = None  # a mission whose rows are not built yet
    plain: str | None = None  # the id of a mission whose row is not written yet (the mission not even decoded)
    waiting: Sequence[str] | None = None  # ids of a group's missions not handed to views yet (batch_size only)

    def add(self, child: _Node) -> _Node:
        child.parent = self
        child.row_number = len(self.children)
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.row_number


class MissionTreeModel(QAbstractItemModel):
    """Read-only tree over a catalog. Columns: name, and a short detail (date, position, port)."""

    HEADERS = ("Name", "Details")

    def __init__(self, catalog: Catalog, parent: Any = None, batch_size: int = 0) -> None:
        """``batch_size``: missions a group hands out per fetchMore(); 0 builds every mission row at once."""
        super().__init__(parent)
        self._batch_size = batch_size
        self._group_of: dict[str, _Node] = {}  # batched by expedition: a mission's first group in tree order
        self._waiting = 0  # batched: missions not handed out yet
        self._headers = (self.tr("Name"), self.tr("Details"))
        self._formats = Formats.current()
        self._catalog = catalog
        self._root = _Node("", NodeKind.GROUP)
        self._by_entity: dict[str, _Node] = {}
        self._complete = False  # every pending mission built and its people and sources indexed
        self._icons: dict[NodeKind, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._group_by = GroupBy.PROGRAMME
        self._build()

    def set_icons(self, icons: dict[NodeKind, QIcon]) -> None:
        """Icons per row kind (the widget layer loads them; the model only hands them to views)."""
        self._icons = dict(icons)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    # --- building -------------------------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        self._rebuild(catalog, self._group_by)

    @property
    def group_by(self) -> GroupBy:
        return self._group_by

    def set_group_by(self, group_by: GroupBy) -> None:
        if group_by != self._group_by:
            self._rebuild(self._catalog, group_by)

    def _rebuild(self, catalog: Catalog, group_by: GroupBy) -> None:
        self.beginResetModel()
        self._catalog, self._group_by, self._formats = catalog, group_by, Formats.current()
        self._root = _Node("", NodeKind.GROUP)
        self._by_entity, self._group_of, self._waiting, self._complete = {}, {}, 0, False
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        builders: dict[GroupBy, Callable[[], None]] = {
            GroupBy.YEAR: partial(self._build_by_launch, decades=False), GroupBy.EXPEDITION: self._build_by_expedition,
            GroupBy.GENERATION: self._build_by_generation, GroupBy.STATION: self._build_by_station,
            GroupBy.DECADE: partial(self._build_by_launch, decades=True)}
        builders.get(self._group_by, self._build_by_programme)()

    def _build_by_generation(self) -> None:
        by_generation: dict[str, list[Mission]] = {}
        for mission in self._catalog.missions():
            by_generation.setdefault(generation_label(mission), []).append(mission)
        for label in sorted(by_generation, key=generation_order):
            missions = by_generation[label]
            node = self._root.add(_Node(label, NodeKind.GROUP, None, detail=self._missions(len(missions)),
                                        search=label))
            self._add_missions(node, missions)

    def _build_by_station(self) -> None:
        catalog = self._catalog
        by_station: dict[str | None, list[Mission]] = {}
        for mission in catalog.missions():
            target = mission.station or next((d.station for d in mission.dockings if d.station), None)
            by_station.setdefault(target, []).append(mission)
        for station in catalog.stations():
            missions = by_station.pop(station.id, [])
            node = self._root.add(_Node(station.name, NodeKind.STATION, station.id,
                                        detail=self._missions(len(missions)), search=station.id))
            self._by_entity.setdefault(station.id, node)
            self._add_missions(node, missions)
        rest = [m for missions in by_station.values() for m in missions]
        if rest:
            node = self._root.add(_Node(self.tr("No station visited"), NodeKind.GROUP, None,
                                        detail=self._missions(len(rest))))
            self._add_missions(node, sorted(rest, key=lambda m: m.launch.time.value.timestamp() if m.launch.time
                                            else 0.0))

    def _build_by_launch(self, decades: bool) -> None:
        by_label: dict[str, list[Mission]] = {}
        for mission in self._catalog.missions():
            launch = mission.launch.time
            if launch is None:
                label = self.tr("Launch year unknown")
            elif decades:
                label = self.tr("{decade}s", "a decade, e.g. 1970s").format(decade=launch.value.year // 10 * 10)
            else:
                label = str(launch.value.year)
            by_label.setdefault(label, []).append(mission)
        for label, missions in by_label.items():
            node = self._root.add(_Node(label, NodeKind.GROUP_YEAR, None, detail=self._missions(len(missions))))
            self._add_missions(node, missions)

    def _build_by_expedition(self) -> None:
        catalog = self._catalog
        placed: set[str] = set()
        by_expedition: dict[str, list[Mission]] = {}  # one pass over the missions, not one per expedition
        for mission in catalog.missions():
            for expedition_id in dict.fromkeys(e for a in mission.crew for e in a.expeditions):
                by_expedition.setdefault(expedition_id, []).append(mission)
        for expedition in catalog.expeditions():
            missions = by_expedition.get(expedition.id, [])
            node = self._root.add(_Node(expedition.name, NodeKind.EXPEDITION, expedition.id,
                                        detail=self._ships(len(missions)),
                                        search=expedition.id))
            self._by_entity.setdefault(expedition.id, node)
            self._add_missions(node, missions)
            placed.update(m.id for m in missions)
        rest = [m for m in catalog.missions() if m.id not in placed]
        if rest:
            node = self._root.add(_Node(self.tr("No expedition in the data"), NodeKind.GROUP, None,
                                        detail=self._missions(len(rest))))
            self._add_missions(node, rest)

    def _build_by_programme(self) -> None:
        catalog = self._catalog
        # Crewed programmes first (the browser is about crewed flights), then the others by name.
        # From the mission index: the missions themselves are decoded only as their rows are handed out, and their
        # ids read only then too, so that a group costs the same whatever its size.
        programmes = sorted(catalog.programmes(), key=lambda p: (not catalog.flies_crew_vehicles(p.id), p.name))
        for programme in programmes:
            missions = catalog.ids_in_order([programme.id])
            node = self._root.add(_Node(programme.name, NodeKind.PROGRAMME, programme.id,
                                        detail=self._missions(len(missions)), tooltip=programme.description or ""))
            self._by_entity.setdefault(programme.id, node)
            self._add_missions(node, missions)
        known = {p.id for p in programmes}
        orphans = catalog.ids_in_order([p for p in catalog.indexed_programmes() if p not in known])
        if orphans:
            node = self._root.add(_Node(self.tr("Other missions"), NodeKind.PROGRAMME, None,
                                        detail=self._missions(len(orphans))))
            self._add_missions(node, orphans)

    def _add_missions(self, group: _Node, missions: list[Mission] | Sequence[str]) -> None:
        ids = missions if isinstance(missions, MissionIds) else [m if isinstance(m, str) else m.id for m in missions]
        if not self._batch_size:
            for mission_id in ids:
                self._add_mission(group, mission_id)
            return
        if self._group_by == GroupBy.EXPEDITION:  # the one grouping that lists a mission in more than one group
            self._group_of.update((i, group) for i in ids if i not in self._group_of)
        group.waiting, self._waiting = ids or None, self._waiting + len(ids)

    def _add_mission(self, parent: _Node, mission_id: str) -> None:
        """A mission's row, cheap: the mission is decoded and its texts written when the row is first asked about
        (``_dress``): a view's first layout makes rows for a screenful per group, but paints fewer still."""
        node = parent.add(_Node(mission_id, NodeKind.MISSION, mission_id, plain=mission_id))
        if self._group_of.get(mission_id, parent) is parent:  # a mission in two groups: the first stands for it
            self._by_entity.setdefault(mission_id, node)

    def _dress(self, node: _Node) -> None:
        if node.plain is None:  # written already, or not a mission row
            return
        mission, node.plain = self._catalog.mission(node.plain), None
        if mission is None:  # not in the catalog (the ids come from its own index): a row of its id alone
            return
        node.text, node.kind = mission.name, NodeKind.OUTCOME if mission.outcomes else NodeKind.MISSION
        # Rows below: crew, backup crew, dockings, events (launch and landing are events too), references.
        node.pending = mission if (mission.crew or mission.backup_crew or mission.dockings or mission.events
                                   or mission.references or mission.launch.time or mission.landing.time) else None
        generic = self.tr("mission", "tooltip of a mission without a type")
        launch = mission.launch.time
        detail = self._formats.short_date(launch) if launch else self.tr("launch date unknown")
        outcomes = [outcome_label(o.kind) for o in mission.outcomes]
        tooltip = f"{mission.name}: {mission_type_label(mission.mission_type) if mission.mission_type else generic}"
        if outcomes:
            # The badge is words as well as an icon, so it does not rest on colour or shape alone.
            detail = f"{detail} · {', '.join(outcomes)}"
            tooltip += "\n" + "\n".join(f"{outcome_label(o.kind)}: {o.note}" if o.note else outcome_label(o.kind)
                                         for o in mission.outcomes)
        node.detail, node.tooltip = detail, tooltip
        node.search = " ".join(filter(None, [mission.id, mission.cospar_id, mission.callsign, mission.generation]))
        node.sort_key = launch.value.timestamp() if launch else float("inf")

    def _fetch(self, group: _Node, count: int) -> int:
        """Hand the next ``count`` missions of a group to views; how many it handed."""
        waiting = group.waiting or []
        taken, group.waiting = list(waiting[:count]), waiting[count:] or None
        if not taken:
            return 0
        self._waiting -= len(taken)
        first = len(group.children)
        self.beginInsertRows(self.createIndex(group.row(), 0, group), first, first + len(taken) - 1)
        for mission_id in taken:
            self._add_mission(group, mission_id)
        self.endInsertRows()
        return len(taken)

    def fetch_some(self, rows: int) -> bool:
        """Hand out up to ``rows`` more missions, groups in order; whether any are still waiting."""
        for group in self._root.children:
            if rows <= 0 or not self._waiting:
                break
            rows -= self._fetch(group, rows)
        return self._waiting > 0

    def fetch_all(self) -> None:
        """Every mission row handed out: for whatever needs the whole list now (the filter, a walk, the keyboard)."""
        self.fetch_some(self._waiting)

    def rows_to_come(self, parent: Index) -> int:
        """The rows a group has once every mission is handed out (rowCount() counts those handed out so far)."""
        node = self._node(parent)
        return len(node.children) + len(node.waiting or [])

    def fetching(self) -> bool:
        return self._waiting > 0  # some group has missions it has not handed to views yet

    def _children(self, node: _Node) -> list[_Node]:
        """A node's rows, building a mission's rows the first time anyone asks."""
        self._dress(node)
        mission = node.pending
        if mission is not None:
            node.pending = None
            self._add_mission_rows(node, mission)
        return node.children

    def _add_mission_rows(self, node: _Node, mission: Mission) -> None:
        catalog = self._catalog
        if mission.crew:
            group = node.add(_Node(self.tr("Crew"), NodeKind.GROUP, detail=self._people(len(mission.crew))))
            for seat in mission.crew:
                group.add(self._person_node(seat.person, seat.position))
        if mission.backup_crew:
            group = node.add(_Node(self.tr("Backup crew"), NodeKind.GROUP,
                                   detail=self._people(len(mission.backup_crew))))
            for seat in mission.backup_crew:
                group.add(self._person_node(seat.person, seat.position))
        if mission.dockings:
            group = node.add(_Node(self.tr("Dockings"), NodeKind.GROUP, detail=self._dockings(len(mission.dockings))))
            for docking in mission.dockings:
                station = catalog.station(docking.station)
                port = station.port(docking.port) if station else None
                when = self._formats.instant(docking.docked) if docking.docked else self.tr("date unknown")
                other = catalog.mission(docking.vehicle)
                target = station.name if station else (other.name if other else docking.station or docking.vehicle)
                docked_at = self.tr("Docked at {station}").format(station=target)
                group.add(_Node(port.name if port else (docking.port or target or ""), NodeKind.DOCKING,
                                docking.station or docking.vehicle, detail=when, tooltip=docked_at))
        events = catalog.events(mission)
        if events:
            group = node.add(_Node(self.tr("Events"), NodeKind.GROUP, detail=self._events(len(events))))
            for event in events:
                group.add(_Node(event.title, NodeKind.EVENT, mission.id, detail=self._formats.instant(event.time),
                                tooltip=event.description or event.title, search=event.kind.value))
        if mission.references:
            group = node.add(_Node(self.tr("References"), NodeKind.GROUP,
                                   detail=self._sources(len(mission.references))))
            for ref_id in mission.references:
                ref = catalog.reference(ref_id)
                group.add(_Node(ref.title if ref else ref_id, NodeKind.REFERENCE, ref_id,
                                detail=(ref.publisher or "") if ref else self.tr("unknown reference"),
                                tooltip=(ref.url or "") if ref else ""))

    def _person_node(self, person_id: str, position: str | None) -> _Node:
        person = self._catalog.person(person_id)
        name = person.name if person else self.tr("{id} (unknown)").format(id=person_id)
        search = " ".join(filter(None, [person_id, person.native_name if person else None, position]))
        detail = position_label(position) if position else self.tr("position unknown")
        return _Node(name, NodeKind.PERSON, person_id, detail=detail, search=search)

    def _complete_index(self) -> None:
        """Build every mission's rows and index people and sources as an eager build would.

        A person's first seat in tree order stands for them (and a source's first citation), whatever order the
        rows happened to be built in.
        """
        if self._complete:
            return
        self._complete = True
        self.fetch_all()
        pending = list(reversed(self._children(self._root)))
        while pending:
            node = pending.pop()
            if node.kind in (NodeKind.PERSON, NodeKind.REFERENCE) and node.entity_id:
                self._by_entity.setdefault(node.entity_id, node)
            pending.extend(reversed(self._children(node)))

    # --- counts for the second column ----------------------------------------------------------------------
    # Two messages each, so the English source reads right without a translation; every translation carries all
    # plural forms of its language. Written self.tr(text, comment, n): the form lupdate reads as a plural.

    def _missions(self, n: int) -> str:
        return self.tr("%n mission", "", n) if n == 1 else self.tr("%n missions", "", n)

    def _ships(self, n: int) -> str:
        return self.tr("%n ship", "", n) if n == 1 else self.tr("%n ships", "", n)

    def _people(self, n: int) -> str:
        return self.tr("%n person", "", n) if n == 1 else self.tr("%n people", "", n)

    def _dockings(self, n: int) -> str:
        return self.tr("%n docking", "", n) if n == 1 else self.tr("%n dockings", "", n)

    def _events(self, n: int) -> str:
        return self.tr("%n event", "", n) if n == 1 else self.tr("%n events", "", n)

    def _sources(self, n: int) -> str:
        return self.tr("%n source", "", n) if n == 1 else self.tr("%n sources", "", n)

    # --- look-ups for views ---------------------------------------------------------------------------------

    def index_for_entity(self, entity_id: str) -> QModelIndex:
        """The first row standing for an entity (missions and programmes have exactly one)."""
        node = self._by_entity.get(entity_id)
        if node is None and self._waiting:  # a mission its group has not handed out yet?
            group = self._group_of.get(entity_id) or next(
                (g for g in self._root.children if g.waiting and entity_id in g.waiting), None)
            if group is not None and group.waiting:
                self._fetch(group, len(group.waiting))
                node = self._by_entity.get(entity_id)
        if node is None and not self._complete and entity_id in self._catalog:
            self._complete_index()
            node = self._by_entity.get(entity_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    # --- QAbstractItemModel ---------------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.HEADERS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(self._node(parent))
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self._node(parent)))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Answered without building a mission's rows, nor even decoding the mission when the index says it launched
        (its launch is a row): a view's layout asks it for every row it makes."""
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.plain is not None and (summary := self._catalog.summary(node.plain)) and summary.launched:
            return True
        self._dress(node)
        return node.pending is not None or bool(node.children) or bool(node.waiting)

    # A mission whose rows are not built yet says it "can fetch more": a QSortFilterProxyModel then answers
    # hasChildren() from that instead of mapping (and so building) the rows. rowCount() builds them whenever it is
    # asked, so every count anyone sees is the full one and fetchMore() has nothing to announce. A group with
    # missions waiting (batch_size) counts what it handed out, and fetchMore() inserts the next batch.

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.column() != 0:
            return False
        node = self._node(parent)
        self._dress(node)
        return node.pending is not None or bool(node.waiting)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            return
        node = self._node(parent)
        if node.waiting:
            self._fetch(node, self._batch_size)
        else:
            self._children(node)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        self._dress(node)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text if index.column() == 0 else node.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icons.get(node.kind) if self._icons else None
        if role == Qt.ItemDataRole.FontRole and node.parent is self._root:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{node.text}, {node.detail}" if node.detail else node.text
        if role == Role.ENTITY_ID:
            return node.entity_id
        if role == Role.KIND:
            return node.kind.value
        if role == Role.SEARCH_TEXT:
            return f"{node.text} {node.detail} {node.search}"
        if role == Role.PATH_SEARCH_TEXTS:  # one call per row for the filter, not one per ancestor
            texts, at = [], node  # type: list[str], _Node | None
            while at is not None and at is not self._root:
                self._dress(at)
                texts.append(f"{at.text} {at.detail} {at.search}")
                at = at.parent
            return texts
        if role == Role.SORT_KEY:
            return node.sort_key if node.sort_key != "" else node.text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self._headers[section]
        return None

    # flags() is QAbstractItemModel's own: enabled and selectable for every valid index, no flags for the root.
    # Not overriding it spares a Python call (and a Qt flag object) per painted row.
