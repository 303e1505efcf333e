"""The image pane: a mission's patch and other images in a zoomable viewer, a strip of thumbnails and credits.

The patch comes first. When the mission's data folder has a patch file (a ``mission-patch`` image entry with a
``file``), that file is shown; otherwise an emblem generated from the mission data stands in for it, captioned as
such. Every file is resolved inside its own data folder only and checked before decoding; an image that cannot be
shown is explained in the viewer instead.
"""


from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from soyuz_gui.domain import Catalog
from soyuz_gui.loading.images import ImageProblem, read_image_file
from soyuz_gui.models.formats import Formats
from soyuz_gui.widgets.images.backdrop import Backdrop
from soyuz_gui.widgets.images.credits import ImageCredits
from soyuz_gui.widgets.images.export import ask_save_path, copy_to_clipboard, save_image
from soyuz_gui.widgets.images.full_screen import FullScreenHost
from soyuz_gui.widgets.images.items import ImageItem, mission_images, patch_picture, person_images
from soyuz_gui.widgets.images.strip import ImageStrip
from soyuz_gui.widgets.images.tools import ImagePaneTools, zoom_text
from soyuz_gui.widgets.images.view import ImageView

SLIDESHOW_MS = 4000


class ImagePane(ImagePaneTools):
    """Viewer, strip of thumbnails and credits for the images of one mission.

    Assembles the parts, each in its own module: the actions and toolbar (:mod:`.tools`), the viewer
    (:mod:`.view`), the credits (:mod:`.credits`), the strip (:mod:`.strip`), copy and save (:mod:`.export`).
    """

    image_shown = Signal(int)  # index in the strip
    saved = Signal(str)  # path written by "save as"

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagePane")
        self.setAccessibleName(self.tr("Images"))
        self._catalog = catalog
        self._mission_id: str | None = None
        self._items: list[ImageItem] = []
        self._current = -1
        self._data: bytes | None = None
        self._full_screen: FullScreenHost | None = None
        self._pending: bool | None = None  # a mission to load when the pane is shown (keep_index)
        self._include_missing = False  # curators: also list images the data describes without a file
        self._watched_window: QWidget | None = None

        self.view = ImageView(self)
        self._build_tools(self.view, self)
        self.credits = ImageCredits(self.copy_action, self.save_action, self._human_size, self)
        credits = self.credits  # its labels and buttons keep their names on the pane too
        self.title_label, self.caption_label, self.details_box = (credits.title_label, credits.caption_label,
                                                                  credits.details_box)
        self.kind_label, self.credit_label, self.licence_label = (credits.kind_label, credits.credit_label,
                                                                  credits.licence_label)
        self.source_label, self.file_label, self.note_label = (credits.source_label, credits.file_label,
                                                               credits.note_label)
        self.status_label, self.copy_button, self.save_button = (credits.status_label, credits.copy_button,
                                                                 credits.save_button)
        self.strip = ImageStrip(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("imageSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.credits)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.strip)
        self.setFocusProxy(self.view)

        self._slideshow = QTimer(self)
        self._slideshow.setInterval(SLIDESHOW_MS)
        self._slideshow.timeout.connect(self._on_slideshow_timeout)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.view.content_changed.connect(self._on_view_content_changed)
        self.strip.currentRowChanged.connect(self._on_strip_row_changed)
        self._include_missing = _bool_setting(QSettings().value("images/show_missing", False))
        self.missing_action.setChecked(self._include_missing)
        self._update_actions()

    # --- public API ---------------------------------------------------------------------------------------

    @property
    def mission_id(self) -> str | None:
        return self._mission_id

    def items(self) -> list[ImageItem]:
        return list(self._items)

    def current_index(self) -> int:
        return self._current

    def current_item(self) -> ImageItem | None:
        return self._items[self._current] if 0 <= self._current < len(self._items) else None

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        if self._mission_id is not None:
            if catalog.mission(self._mission_id) is not None:
                self.show_mission(self._mission_id, keep_index=True)
            else:
                self.show_mission(self._mission_id)

    def set_include_missing(self, include: bool) -> None:
        """Curators: list the images the data describes without a file too (placeholder tiles)."""
        if include == self._include_missing:
            return
        self._include_missing = include
        self.missing_action.setChecked(include)
        QSettings().setValue("images/show_missing", include)
        if self._mission_id is not None:
            self.show_mission(self._mission_id, keep_index=True)

    def show_entity(self, entity_id: str) -> bool:
        """Show what there is to see for any entity: a mission's images, the patches of a person's flights, or a
        message that says where images are (never an empty viewer)."""
        return self.show_mission(entity_id)

    def show_mission(self, mission_id: str, keep_index: bool = False) -> bool:
        """Show the images of a mission; False (and an explanation) when the id is not a mission in the data.

        While the pane is hidden (another tab is current) only the id is kept; the images are read when the pane
        is shown, so browsing other tabs costs nothing here.
        """
        self._mission_id = mission_id
        if not self.isVisible():
            self._pending = keep_index
            return self._catalog.mission(mission_id) is not None
        self._pending = None
        return self._load_mission(mission_id, keep_index)

    def _load_mission(self, mission_id: str, keep_index: bool) -> bool:
        previous = self._current if keep_index else 0
        mission = self._catalog.mission(mission_id)
        self.strip.clear_quietly()
        self._current = -1
        person = self._catalog.person(mission_id) if mission is None else None
        if person is not None:
            self._items = person_images(person.id, self._catalog)
            if self._items:
                self.strip.fill(self._items, self.palette(), self.font())
                self.show_index(min(max(previous, 0), len(self._items) - 1))
                return True
        if mission is None:
            self._items = []
            self.credits.show_item(None, None, None)
            if person is not None:
                self.view.set_message(self.tr("No images"), self.tr("{name} has no flight in the data, so there is "
                                                                    "no mission patch to show.").format(
                    name=person.name))
            elif mission_id in self._catalog:
                self.view.set_message(self.tr("No images"), self.tr("Images belong to missions: choose a mission to "
                                                                    "see its patch and pictures."))
            else:
                self.view.set_message(self.tr("No images"),
                                      self.tr("'{id}' is not a mission in the data.").format(id=mission_id))
            self._update_actions()
            return False
        self._items = mission_images(mission, self._catalog, self._include_missing)
        self.strip.fill(self._items, self.palette(), self.font())
        self.show_index(min(max(previous, 0), len(self._items) - 1))
        return True

    def show_patch(self) -> None:
        """Show the mission's patch (or its generated emblem), whole: the first image of the strip, fitted."""
        if self._pending is not None:
            self._pending = False  # when the pane is shown, open on the first image
            return
        if self._current != 0:
            self.show_index(0)
        self.view.fit()

    def show_index(self, index: int) -> None:
        if not 0 <= index < len(self._items):
            return
        if self.strip.currentRow() != index:
            self.strip.setCurrentRow(index)  # comes back through _on_strip_row_changed
            return
        self._current = index
        self._show_item(self._items[index])
        self.image_shown.emit(index)

    def step(self, delta: int) -> None:
        if self._items:
            self.show_index((max(self._current, 0) + delta) % len(self._items))

    def set_backdrop(self, backdrop: Backdrop) -> None:
        self.view.set_backdrop(backdrop)
        self.backdrop_actions[backdrop].setChecked(True)

    def set_slideshow(self, running: bool) -> None:
        if running and len(self._items) > 1:
            self._slideshow.start()
        else:
            self._slideshow.stop()
        self.slideshow_action.setChecked(self._slideshow.isActive())

    def is_full_screen(self) -> bool:
        return self._full_screen is not None

    def toggle_full_screen(self) -> None:
        self.set_full_screen(self._full_screen is None)

    def set_full_screen(self, on: bool) -> None:
        if on and self._full_screen is None:
            self._enter_full_screen()
        elif not on and self._full_screen is not None:
            self._leave_full_screen()

    def copy_image(self) -> bool:
        image = copy_to_clipboard(self.view)
        if image.isNull():
            self._set_status(self.tr("There is no image to copy."))
            return False
        self._set_status(self.tr("Copied {width} × {height} pixels to the clipboard.").format(
            width=image.width(), height=image.height()))
        return True

    def fact_sheet_picture(self, entity_id: str) -> tuple[str, QImage] | None:
        """The mission's patch (or generated emblem) for the printed fact sheet; None for other entities."""
        return patch_picture(self._catalog, entity_id)

    def suggested_file_name(self) -> str:
        item = self.current_item()
        if item is None:
            return "image.png"
        stem = f"{self._mission_id or 'image'}-{item.image.kind.value}"
        if item.generated:
            return f"{stem}-emblem.svg"
        if item.path is not None:
            return item.path.name
        return f"{stem}.png"

    def save_to(self, path: str | Path) -> bool:
        """Write the current image to ``path`` atomically; the suffix decides the format (see :func:`save_image`)."""
        target = Path(path)
        problem = save_image(self.view, self._data, target)
        if problem is not None:
            self._set_status(problem)
            return False
        self._set_status(self.tr("Saved {name}.").format(name=target.name))
        self.saved.emit(str(target))
        return True

    def save_as(self) -> None:
        """Ask where to save the current image, then save it."""
        if not self.view.has_content():
            self._set_status(self.tr("There is no image to save."))
            return
        path = ask_save_path(self, self.view, self.suggested_file_name())
        if path:
            self.save_to(path)

    # --- showing ------------------------------------------------------------------------------------------

    def _show_item(self, item: ImageItem) -> None:
        self._data = None
        if item.svg is not None:
            self._data = item.svg
            self.view.set_data(item.svg, "emblem.svg")
        elif item.problem is not None:
            self.view.set_message(self.tr("Cannot show this image"), item.problem)
        elif item.path is None:
            if item.image.source:
                detail = self.tr("The data describes “{title}” but no image file is bundled. It can be seen at "
                                 "{source}.").format(title=item.image.title, source=item.image.source)
            else:
                detail = self.tr("The data describes “{title}” but no image file is bundled.").format(
                    title=item.image.title)
            self.view.set_message(self.tr("No file for this image"), detail)
        else:
            try:
                data = read_image_file(item.path)
            except ImageProblem as problem:
                self.view.set_message(self.tr("Cannot show this image"), problem.message)
            else:
                self._data = data
                self.view.set_data(data, item.path.name, background=True)  # large images decode off-thread
        self.credits.show_item(item, self.view.decoded(), self._data)
        self._update_actions()

    def _human_size(self, count: int) -> str:
        """``1.5 MB``, ``37 kB``, ``512 bytes`` with the interface locale's decimal sign."""
        locale = Formats.current().locale
        if count >= 1024 * 1024:
            return self.tr("{size} MB").format(size=locale.toString(count / (1024 * 1024), "f", 1))
        if count >= 1024:
            return self.tr("{size} kB").format(size=locale.toString(count / 1024, "f", 0))
        return self.tr("%n byte", "file size", count) if count == 1 else self.tr("%n bytes", "file size", count)

    def _enter_full_screen(self) -> None:
        host = FullScreenHost()
        host.setPalette(self.palette())
        host.setWindowTitle(self.title_label.text() or self.tr("Image"))
        screen = self.screen()
        if screen is not None:  # full screen on the monitor the pane is on
            host.setScreen(screen)
            host.setGeometry(screen.geometry())
        host.layout_.addWidget(self.view)
        host.leave_requested.connect(self._on_full_screen_closed)
        host.step_requested.connect(self.step)
        host.closed.connect(self._on_full_screen_closed)
        self._full_screen = host
        self.full_screen_action.setChecked(True)
        host.showFullScreen()
        self.view.show()
        self.view.setFocus()

    def _leave_full_screen(self) -> None:
        host = self._full_screen
        if host is None:
            return
        self._full_screen = None
        host.closed.disconnect(self._on_full_screen_closed)
        self.splitter.insertWidget(0, self.view)
        self.view.show()
        host.close()
        host.deleteLater()
        self.full_screen_action.setChecked(False)
        self.view.setFocus()

    def _on_full_screen_closed(self) -> None:
        self._leave_full_screen()

    # --- slots --------------------------------------------------------------------------------------------

    def _on_strip_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._items) and row != self._current:
            self.show_index(row)

    def _on_view_content_changed(self) -> None:
        item = self.current_item()
        if item is not None:
            self.credits.show_file_details(item, self.view.decoded(), self._data)
        self._update_actions()

    def _on_view_zoom_changed(self, scale: float) -> None:
        self.zoom_label.setText(zoom_text(scale))

    def _on_slideshow_timeout(self) -> None:
        self.step(1)

    def _set_status(self, text: str) -> None:
        self.credits.set_status(text)

    def _update_actions(self) -> None:
        has = self.view.has_content()
        for action in (self.fit_action, self.fill_action, self.actual_action, self.zoom_in_action,
                       self.zoom_out_action, self.rotate_left_action, self.rotate_right_action, self.flip_h_action,
                       self.flip_v_action, self.copy_action, self.save_action):
            action.setEnabled(has)
        many = len(self._items) > 1
        self.previous_action.setEnabled(many)
        self.next_action.setEnabled(many)
        self.slideshow_action.setEnabled(many)
        self.copy_button.setEnabled(has)
        self.save_button.setEnabled(has)
        if not has:
            self.zoom_label.setText("—")
        # Nothing to show (a page that is not a mission or a person with flights): a message, not greyed tools.
        self.toolbar.setVisible(bool(self._items))
        self.strip.setVisible(bool(self._items))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_window()
        if self._pending is not None and self._mission_id is not None:
            keep_index, self._pending = self._pending, None
            self._load_mission(self._mission_id, keep_index)

    def _follow_window(self) -> None:
        """Follow the window's current entity for people and other non-missions too.

        The main window hands missions over with show_mission; it announces every entity it shows with its
        ``entity_shown`` signal, so a person's page gets the patches of their flights here rather than a stale or
        empty viewer. (Once the window calls show_entity for every entity, this is no longer needed.)
        """
        window = self.window()
        if window is self or window is self._watched_window:
            return
        signal = getattr(window, "entity_shown", None)
        if signal is None:
            return
        self._watched_window = window
        signal.connect(self._on_window_entity_shown)
        current = getattr(window, "current_entity", None)
        entity_id = current() if callable(current) else None
        if isinstance(entity_id, str) and self._catalog.mission(entity_id) is None and entity_id in self._catalog:
            self.show_entity(entity_id)

    def _on_window_entity_shown(self, entity_id: str) -> None:
        if self._catalog.mission(entity_id) is None and entity_id in self._catalog:
            self.show_entity(entity_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._items:
            self.strip.redraw(self._items, self.palette(), self.font())
        super().changeEvent(event)


def _bool_setting(value: object) -> bool:
    """A boolean from QSettings (an INI file gives back the text "true")."""
    return value is True or str(value).lower() in ("true", "1")
