"""What the kiosk drives, as types: the main window (:class:`KioskHost`) and the panes in its tabs.

The kiosk works on an ordinary main window from the outside. These protocols name every member it uses, so mypy
checks that the real classes have them (app/main_window.py, widgets/timeline/pane.py, widgets/images/pane.py; see
the ``TYPE_CHECKING`` block at the end) and a renamed method fails the type check instead of silently switching a
kiosk feature off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

if TYPE_CHECKING:
    from soyuz_gui.domain.catalog import Catalog
    from soyuz_gui.domain.timeline import Timeline
    from soyuz_gui.widgets.detail_pane import DetailPane


class KioskZoomable(Protocol):
    """A pane's view that the touch bar's + and − buttons zoom."""

    def zoom_in(self) -> None: ...

    def zoom_out(self) -> None: ...


@runtime_checkable
class KioskZoomablePane(Protocol):
    """A pane with a view that zooms (the timeline and the images)."""

    @property
    def view(self) -> KioskZoomable: ...


class KioskTimelineView(KioskZoomable, Protocol):
    """The timeline view the attract loop plays: it walks the highlight along the items in time order."""

    @property
    def timeline(self) -> Timeline | None: ...

    def set_current(self, key: str | None, emit: bool = ...) -> None: ...


@runtime_checkable
class KioskTimelinePane(Protocol):
    """The Timeline tab's pane: the attract loop's timeline step."""

    @property
    def view(self) -> KioskTimelineView: ...

    def show_mission(self, mission_id: str) -> bool | None: ...


@runtime_checkable
class KioskImagesPane(Protocol):
    """The Images tab's pane: the attract loop's patch step."""

    @property
    def view(self) -> KioskZoomable: ...

    def show_mission(self, mission_id: str) -> bool | None:
        """False when the mission has nothing to show (the step is skipped)."""

    def show_patch(self) -> None: ...


class KioskHost(Protocol):
    """The main window as the kiosk sees it (the controller also needs it to be a ``QMainWindow``)."""

    @property
    def catalog(self) -> Catalog: ...

    @property
    def tabs(self) -> QTabWidget: ...

    @property
    def details(self) -> DetailPane: ...

    @property
    def splitter(self) -> QSplitter: ...

    @property
    def entity_shown(self) -> SignalInstance: ...

    @property
    def timeline(self) -> KioskTimelinePane: ...

    @property
    def images(self) -> KioskImagesPane: ...

    def current_entity(self) -> str | None: ...

    def show_entity(self, entity_id: str) -> bool: ...

    def go_back(self) -> None: ...


def zoomable_pane_in(tab: QWidget) -> KioskZoomablePane | None:
    """The tab itself, or the pane the tab holds (the window's tabs place each pane in a host widget), when it has a
    view that zooms; None for the overview page and other tabs."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return next((w for w in (tab, *tab.findChildren(QWidget, options=direct)) if isinstance(w, KioskZoomablePane)),
                None)


def timeline_pane_in(host: KioskHost, tab: QWidget) -> KioskTimelinePane | None:
    """The timeline pane a tab shows: the tab itself, or the window's own pane when the tab holds it."""
    if isinstance(tab, KioskTimelinePane):
        return tab
    pane = host.timeline  # built on first use: the tab was shown just before
    return pane if isinstance(pane, QWidget) and tab.isAncestorOf(pane) else None


def images_pane_in(host: KioskHost, tab: QWidget) -> KioskImagesPane | None:
    """The images pane a tab shows: the tab itself, or the window's own pane when the tab holds it."""
    if isinstance(tab, KioskImagesPane):
        return tab
    pane = host.images
    return pane if isinstance(pane, QWidget) and tab.isAncestorOf(pane) else None


if TYPE_CHECKING:
    from soyuz_gui.app.main_window import MainWindow
    from soyuz_gui.widgets.images.pane import ImagePane
    from soyuz_gui.widgets.timeline.pane import TimelinePane

    def _the_real_classes_conform(window: MainWindow, timeline: TimelinePane,
                                  images: ImagePane) -> tuple[KioskHost, KioskTimelinePane, KioskImagesPane]:
        return window, timeline, images  # mypy fails here when one of them stops matching its protocol
