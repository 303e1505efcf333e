"""The image pane: a mission's patch and other images in a zoomable viewer, a strip of thumbnails and credits.

The patch comes first. When the mission's data folder has a patch file (a ``mission-patch`` image entry with a
``file``), that file is shown; otherwise an emblem generated from the mission data stands in for it, captioned as
such. Every file is resolved inside its own data folder only and checked before decoding; an image that cannot be
shown is explained in the viewer instead.
"""


from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.atomic_write import write_atomically
from soyuz_gui.domain import Catalog
from soyuz_gui.loading.images import (
    ImageProblem,
    read_image_file,
)
from soyuz_gui.models.formats import Formats
from soyuz_gui.widgets.images.backdrop import Backdrop, backdrop_label
from soyuz_gui.widgets.images.decode import format_label
from soyuz_gui.widgets.images.export import bytes_for, export_image, is_svg_source
from soyuz_gui.widgets.images.full_screen import FullScreenHost
from soyuz_gui.widgets.images.items import (
    KIND_LABELS,
    ImageItem,
    kind_label,
    mission_images,
    patch_picture,
    person_images,
)
from soyuz_gui.widgets.images.thumbnails import THUMB, thumbnail
from soyuz_gui.widgets.images.view import ImageView

SLIDESHOW_MS = 4000


class ImagePane(QWidget):
    """Viewer, strip of thumbnails and credits for the images of one mission."""

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
        self._build_actions()
        self.toolbar = self._build_toolbar()
        self.credits = self._build_credits()
        self.strip = self._build_strip()

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

    # --- construction -------------------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip if shortcut is None else f"{tip} ({QKeySequence(shortcut).toString()})")
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if checkable:
            action.toggled.connect(lambda checked: slot(checked))
        else:
            action.triggered.connect(lambda: slot())
        return action

    def _build_actions(self) -> None:
        view = self.view
        self.fit_action = self._action(self.tr("Fit"), self.tr("Show the whole image"), view.fit, "Ctrl+0")
        self.fill_action = self._action(self.tr("Fill"), self.tr("Fill the view with the image"), view.fill,
                                        "Ctrl+2")
        self.actual_action = self._action(self.tr("1:1"), self.tr("Actual size: one image pixel per screen pixel"),
                                          view.actual_size, "Ctrl+1")
        self.zoom_in_action = self._action("+", self.tr("Zoom in"), lambda: view.zoom_in(view.pointer_anchor()),
                                           "Ctrl+=")
        self.zoom_out_action = self._action("−", self.tr("Zoom out"), lambda: view.zoom_out(view.pointer_anchor()),
                                            "Ctrl+-")
        self.rotate_left_action = self._action("⟲", self.tr("Rotate anticlockwise (Shift+R)"),
                                               lambda: view.rotate_by(-90))
        self.rotate_right_action = self._action("⟳", self.tr("Rotate clockwise (R)"), lambda: view.rotate_by(90))
        self.flip_h_action = self._action("⇆", self.tr("Flip left to right (H)"), view.flip_horizontally)
        self.flip_v_action = self._action("⇅", self.tr("Flip upside down (V)"), view.flip_vertically)
        self.full_screen_action = self._action(self.tr("Full screen"), self.tr("Show the image full screen"),
                                               self.set_full_screen, "F11", checkable=True)
        self.copy_action = self._action(self.tr("Copy"), self.tr("Copy the image to the clipboard"), self.copy_image,
                                        QKeySequence.StandardKey.Copy)
        self.save_action = self._action(self.tr("Save As…"), self.tr("Save the image to a file"),
                                        self._on_save_triggered, "Ctrl+Shift+S")
        self.previous_action = self._action(self.tr("Previous"), self.tr("Previous image"), lambda: self.step(-1),
                                            "PgUp")
        self.next_action = self._action(self.tr("Next"), self.tr("Next image"), lambda: self.step(1), "PgDown")
        self.sharp_action = self._action(self.tr("Sharp pixels when enlarged"),
                                         self.tr("Show pixels as squares when zoomed in far"),
                                         view.set_sharp_pixels, checkable=True)
        self.sharp_action.setChecked(view.sharp_pixels())
        self.overview_action = self._action(self.tr("Overview when zoomed in"),
                                            self.tr("Show a small map of the whole image"),
                                            view.set_overview_enabled, checkable=True)
        self.overview_action.setChecked(True)
        self.missing_action = self._action(self.tr("Show images without a file"),
                                           self.tr("Also list images the data describes but has no file for "
                                                   "(for curators)"),
                                           self.set_include_missing, checkable=True)
        self.slideshow_action = self._action(self.tr("Slideshow"),
                                             self.tr("Go through the mission's images one by one"),
                                             self.set_slideshow, checkable=True)
        self.backdrop_group = QActionGroup(self)
        self.backdrop_actions: dict[Backdrop, QAction] = {}
        for backdrop in Backdrop:
            label = backdrop_label(backdrop)
            action = QAction(label, self, checkable=True)
            action.setToolTip(self.tr("Backdrop behind transparent parts: {backdrop}").format(backdrop=label.lower()))
            action.triggered.connect(lambda _checked=False, b=backdrop: self.set_backdrop(b))
            self.backdrop_group.addAction(action)
            self.backdrop_actions[backdrop] = action
        self.backdrop_actions[view.backdrop()].setChecked(True)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Image tools"), self)
        bar.setObjectName("imageToolbar")
        bar.setAccessibleName(self.tr("Image tools"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(16, 16))
        bar.addActions([self.fit_action, self.fill_action, self.actual_action, self.zoom_out_action])
        self.zoom_label = QLabel(self._percent(1.0), bar)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addSeparator()
        bar.addActions([self.rotate_left_action, self.rotate_right_action, self.flip_h_action, self.flip_v_action])
        bar.addSeparator()
        self.backdrop_button = self._menu_button(bar, self.tr("Backdrop"), self.tr("Backdrop behind transparent parts"),
                                                 list(self.backdrop_actions.values()))
        self.options_button = self._menu_button(bar, self.tr("View"), self.tr("View options"),
                                                [self.sharp_action, self.overview_action, self.slideshow_action,
                                                 self.missing_action])
        bar.addAction(self.full_screen_action)
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More image tools"))
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None and not button.accessibleName():
                button.setAccessibleName(action.toolTip().split(" (")[0])
        font = QFont(bar.font())
        for action in (self.zoom_in_action, self.zoom_out_action, self.rotate_left_action, self.rotate_right_action,
                       self.flip_h_action, self.flip_v_action):
            button = bar.widgetForAction(action)
            if button is not None:
                big = QFont(font)
                big.setPointSizeF(font.pointSizeF() * 1.25)
                button.setFont(big)
                button.setMinimumWidth(30)
        return bar

    def _menu_button(self, bar: QToolBar, text: str, name: str, actions: list[QAction]) -> QToolButton:
        button = QToolButton(bar)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.setAccessibleName(name)
        menu.addActions(actions)
        button.setMenu(menu)
        bar.addWidget(button)
        return button

    def _build_credits(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("imageCredits")
        area.setAccessibleName(self.tr("Image credits"))
        area.setWidgetResizable(True)
        area.setMinimumWidth(220)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(area)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title_label = self._text_label(body, "imageTitle", self.tr("Image title"))
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title_label.setFont(bold)
        self.caption_label = self._text_label(body, "imageCaption", self.tr("Caption"))
        layout.addWidget(self.title_label)
        layout.addWidget(self.caption_label)
        self.details_box = QWidget(body)
        self.details_box.setObjectName("imageDetails")
        details = QVBoxLayout(self.details_box)
        details.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.kind_label = self._text_label(body, "imageKind", self.tr("Kind"))
        self.credit_label = self._text_label(body, "imageCredit", self.tr("Credit"))
        self.licence_label = self._text_label(body, "imageLicence", self.tr("Licence"))
        self.source_label = self._text_label(body, "imageSource", self.tr("Source address"))
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.setOpenExternalLinks(False)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.source_label.linkActivated.connect(self._on_source_link_activated)
        self.file_label = self._text_label(body, "imageFile", self.tr("File"))
        for name, label in ((self.tr("Kind:"), self.kind_label), (self.tr("Credit:"), self.credit_label),
                            (self.tr("Licence:"), self.licence_label), (self.tr("Source:"), self.source_label),
                            (self.tr("File:"), self.file_label)):
            form.addRow(name, label)
        details.addLayout(form)
        self.note_label = self._text_label(body, "imageNote", self.tr("Note"))
        details.addWidget(self.note_label)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), body)
        self.copy_button.setAccessibleName(self.tr("Copy image"))
        self.copy_button.clicked.connect(self.copy_action.trigger)
        self.save_button = QPushButton(self.tr("Save As…"), body)
        self.save_button.setAccessibleName(self.tr("Save image as"))
        self.save_button.clicked.connect(self.save_action.trigger)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        details.addLayout(buttons)
        layout.addWidget(self.details_box)
        self.status_label = self._text_label(body, "imageStatus", self.tr("Status"))
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        area.setWidget(body)
        return area

    @staticmethod
    def _text_label(parent: QWidget, name: str, accessible: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_strip(self) -> QListWidget:
        strip = QListWidget(self)
        strip.setObjectName("imageStrip")
        strip.setAccessibleName(self.tr("Images of the mission"))
        strip.setAccessibleDescription(self.tr("Choose an image to view; Page Up and Page Down step through them"))
        strip.setViewMode(QListView.ViewMode.IconMode)
        strip.setFlow(QListView.Flow.LeftToRight)
        strip.setWrapping(False)
        strip.setMovement(QListView.Movement.Static)
        strip.setIconSize(THUMB)
        strip.setGridSize(QSize(THUMB.width() + 44, THUMB.height() + 30))
        strip.setUniformItemSizes(True)
        strip.setTextElideMode(Qt.TextElideMode.ElideRight)
        strip.setWordWrap(False)
        strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip.setFixedHeight(THUMB.height() + 46)
        return strip

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
        self.strip.blockSignals(True)
        self.strip.clear()
        self.strip.blockSignals(False)
        self._current = -1
        person = self._catalog.person(mission_id) if mission is None else None
        if person is not None:
            self._items = person_images(person.id, self._catalog)
            if self._items:
                self._fill_strip()
                self.show_index(min(max(previous, 0), len(self._items) - 1))
                return True
        if mission is None:
            self._items = []
            self._show_credits(None)
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
        self._fill_strip()
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
        image = export_image(self.view)
        if image.isNull():
            self._set_status(self.tr("There is no image to copy."))
            return False
        mime = QMimeData()
        mime.setImageData(image)
        decoded = self.view.decoded()
        if decoded is not None and decoded.svg is not None:  # drawing programs can paste the drawing itself
            mime.setData("image/svg+xml", QByteArray(decoded.svg))
        QGuiApplication.clipboard().setMimeData(mime)
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
        """Write the current image to ``path`` atomically; the suffix decides the format.

        The same format as the source is written byte for byte; another raster format is re-encoded from the
        decoded pixels (a drawing is rendered first).
        """
        target = Path(path)
        data = bytes_for(self.view, self._data, target.suffix.lower())
        if data is None:
            suffix = target.suffix or self.tr("no extension")
            if is_svg_source(self.view):
                text = self.tr("Cannot save as '{suffix}': choose .png, .jpg, .bmp, .webp or .svg.")
            else:
                text = self.tr("Cannot save as '{suffix}': choose .png, .jpg, .bmp or .webp.")
            self._set_status(text.format(suffix=suffix))
            return False
        try:
            write_atomically(target, data)
        except OSError as error:
            self._set_status(self.tr("Cannot write {path}: {error}").format(path=target, error=error.strerror))
            return False
        self._set_status(self.tr("Saved {name}.").format(name=target.name))
        self.saved.emit(str(target))
        return True

    # --- showing ------------------------------------------------------------------------------------------

    def _fill_strip(self) -> None:
        self.strip.blockSignals(True)
        for index, item in enumerate(self._items):
            label = kind_label(item.image.kind)
            if item.generated:
                label = self.tr("Emblem")
            entry = QListWidgetItem(QIcon(thumbnail(item, self.palette(), self.font())), label)
            entry.setData(Qt.ItemDataRole.UserRole, index)
            entry.setToolTip(f"{item.image.title}\n{item.image.caption or ''}".strip())
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          self.tr("{kind}: {title}", "a thumbnail's accessible name").format(
                              kind=label, title=item.image.title))
            entry.setSizeHint(self.strip.gridSize())
            self.strip.addItem(entry)
        self.strip.blockSignals(False)

    def _refresh_thumbnails(self) -> None:
        for row in range(self.strip.count()):
            entry = self.strip.item(row)
            entry.setIcon(QIcon(thumbnail(self._items[row], self.palette(), self.font())))

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
        self._show_credits(item)
        self._update_actions()

    def _show_credits(self, item: ImageItem | None) -> None:
        self.details_box.setVisible(item is not None)
        if item is None:
            for label in (self.title_label, self.caption_label, self.kind_label, self.credit_label,
                          self.licence_label, self.source_label, self.file_label, self.note_label):
                label.clear()
            return
        image = item.image
        self.title_label.setText(image.title)
        self.caption_label.setText(image.caption or "")
        self.caption_label.setVisible(bool(image.caption))
        self.kind_label.setText(kind_label(image.kind) if image.kind in KIND_LABELS else image.kind.value)
        self.credit_label.setText(image.credit or self.tr("unknown"))
        self.licence_label.setText(image.licence or self.tr("unknown"))
        if image.source and image.source.startswith(("http://", "https://")):
            url = QUrl(image.source)
            self.source_label.setText(f'<a href="{url.toString(QUrl.ComponentFormattingOption.FullyEncoded)}">'
                                      f"{_html(image.source)}</a>")
        elif item.generated:
            self.source_label.setText(_html(self.tr("none: drawn by this app from the mission's data file")))
        else:
            self.source_label.setText(_html(image.source) if image.source else _html(self.tr("unknown")))
        self._show_file_details(item)
        self.status_label.clear()

    def _show_file_details(self, item: ImageItem) -> None:
        """The lines that depend on the decoded file (they change when a background decode finishes)."""
        self.file_label.setText(self._file_text(item))
        decoded = self.view.decoded()
        note = decoded.note if decoded is not None else None
        self.note_label.setText(note or "")
        self.note_label.setVisible(bool(note))

    def _file_text(self, item: ImageItem) -> str:
        decoded = self.view.decoded()
        if item.generated:
            size = decoded.size if decoded is not None else QSize()
            return self.tr("SVG drawing generated from the data, {width} × {height}; sharp at any zoom").format(
                width=size.width(), height=size.height())
        if item.path is None:
            return self.tr("not bundled") if item.problem is None else (item.image.file or "")
        text = item.image.file or item.path.name
        if decoded is not None:
            text = self.tr("{file} — {format}, {width} × {height}").format(
                file=text, format=format_label(decoded.format), width=decoded.size.width(),
                height=decoded.size.height())
        if self._data is not None:
            text = self.tr("{details}, {size}", "file details, then the file's size").format(
                details=text, size=self._human_size(len(self._data)))
        return text

    def _human_size(self, count: int) -> str:
        """``1.5 MB``, ``37 kB``, ``512 bytes`` with the interface locale's decimal sign."""
        locale = Formats.current().locale
        if count >= 1024 * 1024:
            return self.tr("{size} MB").format(size=locale.toString(count / (1024 * 1024), "f", 1))
        if count >= 1024:
            return self.tr("{size} kB").format(size=locale.toString(count / 1024, "f", 0))
        return self.tr("%n byte", "file size", count) if count == 1 else self.tr("%n bytes", "file size", count)

    def _percent(self, scale: float) -> str:
        """A zoom level: ``100 %``, ``2.5 %`` (one decimal below 10 %)."""
        locale = Formats.current().locale
        value = locale.toString(scale * 100, "f", 0 if scale >= 0.1 else 1)
        return self.tr("{value} %", "zoom level").format(value=value)


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
            self._show_file_details(item)
        self._update_actions()

    def _on_view_zoom_changed(self, scale: float) -> None:
        self.zoom_label.setText(self._percent(scale))

    def _on_slideshow_timeout(self) -> None:
        self.step(1)

    def _on_save_triggered(self) -> None:
        if not self.view.has_content():
            self._set_status(self.tr("There is no image to save."))
            return
        kinds = [self.tr("PNG image (*.png)"), self.tr("JPEG image (*.jpg *.jpeg)"), self.tr("WebP image (*.webp)"),
                 self.tr("BMP image (*.bmp)")]
        if is_svg_source(self.view):
            kinds.insert(0, self.tr("SVG drawing (*.svg)"))
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save Image As"), self.suggested_file_name(),
                                                    ";;".join(kinds))
        if path:
            self.save_to(path)

    def _on_source_link_activated(self, link: str) -> None:
        url = QUrl(link)
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

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
            self._refresh_thumbnails()
        super().changeEvent(event)


def _bool_setting(value: object) -> bool:
    """A boolean from QSettings (an INI file gives back the text "true")."""
    return value is True or str(value).lower() in ("true", "1")



def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
