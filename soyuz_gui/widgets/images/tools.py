"""The image pane's commands: its actions (with shortcuts that work while focus is in the pane) and the toolbar
with the zoom level and the Backdrop and View menus. The first layer of :class:`~.pane.ImagePane`; its texts are
in the ``ImagePane`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton, QWidget

from soyuz_gui.models.formats import Formats
from soyuz_gui.widgets.images.backdrop import Backdrop, backdrop_label
from soyuz_gui.widgets.images.view import ImageView
from soyuz_gui.widgets.kiosk_marker import hide_in_kiosk

translate = QCoreApplication.translate  # lupdate reads translate("ImagePane", ...) as the pane's context


class PaneCommands(Protocol):
    """What the pane's actions ask the pane to do (beyond the view's own zoom and turn)."""

    def set_full_screen(self, on: bool) -> None: ...
    def copy_image(self) -> bool: ...
    def save_as(self) -> None: ...
    def step(self, delta: int) -> None: ...
    def set_include_missing(self, include: bool) -> None: ...
    def set_slideshow(self, running: bool) -> None: ...
    def set_backdrop(self, backdrop: Backdrop) -> None: ...


class ImagePaneTools(QWidget):
    """The actions and the toolbar of the pane."""

    def _build_tools(self, view: ImageView, commands: PaneCommands) -> None:
        """Every action, then the toolbar that shows them (``self.toolbar``)."""
        self.fit_action = self._action(translate("ImagePane", "Fit"), translate("ImagePane", "Show the whole image"),
                                       view.fit, "Ctrl+0")
        self.fill_action = self._action(translate("ImagePane", "Fill"),
                                        translate("ImagePane", "Fill the view with the image"), view.fill, "Ctrl+2")
        self.actual_action = self._action(translate("ImagePane", "1:1"),
                                          translate("ImagePane", "Actual size: one image pixel per screen pixel"),
                                          view.actual_size, "Ctrl+1")
        self.zoom_in_action = self._action("+", translate("ImagePane", "Zoom in"),
                                           lambda: view.zoom_in(view.pointer_anchor()), "Ctrl+=")
        self.zoom_out_action = self._action("−", translate("ImagePane", "Zoom out"),
                                            lambda: view.zoom_out(view.pointer_anchor()), "Ctrl+-")
        self.rotate_left_action = self._action("⟲", translate("ImagePane", "Rotate anticlockwise (Shift+R)"),
                                               lambda: view.rotate_by(-90))
        self.rotate_right_action = self._action("⟳", translate("ImagePane", "Rotate clockwise (R)"),
                                                lambda: view.rotate_by(90))
        self.flip_h_action = self._action("⇆", translate("ImagePane", "Flip left to right (H)"),
                                          view.flip_horizontally)
        self.flip_v_action = self._action("⇅", translate("ImagePane", "Flip upside down (V)"), view.flip_vertically)
        self.full_screen_action = self._action(translate("ImagePane", "Full screen"),
                                               translate("ImagePane", "Show the image full screen"),
                                               commands.set_full_screen, "F11", checkable=True)
        self.copy_action = self._action(translate("ImagePane", "Copy"),
                                        translate("ImagePane", "Copy the image to the clipboard"), commands.copy_image,
                                        QKeySequence.StandardKey.Copy)
        self.save_action = self._action(translate("ImagePane", "Save As…"),
                                        translate("ImagePane", "Save the image to a file"), commands.save_as,
                                        "Ctrl+Shift+S")
        hide_in_kiosk(self.full_screen_action, self.copy_action, self.save_action)  # other windows, files, clipboard
        self.previous_action = self._action(translate("ImagePane", "Previous"),
                                            translate("ImagePane", "Previous image"), lambda: commands.step(-1), "PgUp")
        self.next_action = self._action(translate("ImagePane", "Next"), translate("ImagePane", "Next image"),
                                        lambda: commands.step(1), "PgDown")
        self.sharp_action = self._action(translate("ImagePane", "Sharp pixels when enlarged"),
                                         translate("ImagePane", "Show pixels as squares when zoomed in far"),
                                         view.set_sharp_pixels, checkable=True)
        self.sharp_action.setChecked(view.sharp_pixels())
        self.overview_action = self._action(translate("ImagePane", "Overview when zoomed in"),
                                            translate("ImagePane", "Show a small map of the whole image"),
                                            view.set_overview_enabled, checkable=True)
        self.overview_action.setChecked(True)
        self.missing_action = self._action(translate("ImagePane", "Show images without a file"),
                                           translate("ImagePane", "Also list images the data describes but has no "
                                                                  "file for (for curators)"),
                                           commands.set_include_missing, checkable=True)
        self.slideshow_action = self._action(translate("ImagePane", "Slideshow"),
                                             translate("ImagePane", "Go through the mission's images one by one"),
                                             commands.set_slideshow, checkable=True)
        self.backdrop_group = QActionGroup(self)
        self.backdrop_actions: dict[Backdrop, QAction] = {}
        for backdrop in Backdrop:
            label = backdrop_label(backdrop)
            action = QAction(label, self, checkable=True)
            action.setToolTip(translate("ImagePane", "Backdrop behind transparent parts: {backdrop}").format(
                backdrop=label.lower()))
            action.triggered.connect(lambda _checked=False, b=backdrop: commands.set_backdrop(b))
            self.backdrop_group.addAction(action)
            self.backdrop_actions[backdrop] = action
        self.backdrop_actions[view.backdrop()].setChecked(True)
        self.toolbar = self._build_toolbar()

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

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(translate("ImagePane", "Image tools"), self)
        bar.setObjectName("imageToolbar")
        bar.setAccessibleName(translate("ImagePane", "Image tools"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(16, 16))
        bar.addActions([self.fit_action, self.fill_action, self.actual_action, self.zoom_out_action])
        self.zoom_label = QLabel(zoom_text(1.0), bar)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName(translate("ImagePane", "Zoom level"))
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addSeparator()
        bar.addActions([self.rotate_left_action, self.rotate_right_action, self.flip_h_action, self.flip_v_action])
        bar.addSeparator()
        self.backdrop_button = self._menu_button(bar, translate("ImagePane", "Backdrop"),
                                                 translate("ImagePane", "Backdrop behind transparent parts"),
                                                 list(self.backdrop_actions.values()))
        self.options_button = self._menu_button(bar, translate("ImagePane", "View"),
                                                translate("ImagePane", "View options"),
                                                [self.sharp_action, self.overview_action, self.slideshow_action,
                                                 self.missing_action])
        bar.addAction(self.full_screen_action)
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(translate("ImagePane", "More image tools"))
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


def zoom_text(scale: float) -> str:
    """A zoom level: ``100 %``, ``2.5 %`` (one decimal below 10 %)."""
    locale = Formats.current().locale
    value = locale.toString(scale * 100, "f", 0 if scale >= 0.1 else 1)
    return translate("ImagePane", "{value} %", "zoom level").format(value=value)
