"""The image pane: patch or emblem first, strip, credits, toolbar, full screen, copy and save-as, bad files."""

from __future__ import annotations

import os
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QWidget

from soyuz_gui.domain import Catalog, Image, ImageKind, Origin
from soyuz_gui.domain.emblem import EMBLEM_CAPTION, emblem_svg
from soyuz_gui.widgets.images.backdrop import Backdrop
from soyuz_gui.widgets.images.geometry import ZoomMode
from soyuz_gui.widgets.images.items import mission_images, patch_picture
from soyuz_gui.widgets.images.pane import ImagePane

from .bad_images import BAD_IMAGES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "images"
MS07 = "soyuz-ms-07"


def shown_pane(qtbot, catalog: Catalog) -> ImagePane:
    widget = ImagePane(catalog)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pane(qtbot, catalog) -> ImagePane:
    """MS-07 in curator mode: its three described-but-missing images are listed too, so there is a strip to step
    through (the default, without them, is checked by the tests of placeholder tiles below)."""
    widget = shown_pane(qtbot, catalog)
    widget.set_include_missing(True)
    widget.show_mission(MS07)
    return widget


def catalog_with_images(catalog: Catalog, folder: Path, *images: Image) -> Catalog:
    """The bundled catalog with Soyuz MS-07 read from ``folder`` and carrying ``images``."""
    mission = catalog.mission(MS07)
    moved = msgspec.structs.replace(mission, images=images,
                                    origin=Origin(str(folder / "missions" / f"{MS07}.yaml"), 1, str(folder)))
    return Catalog([moved if entity.id == MS07 else entity for entity in catalog])


def data_folder(tmp_path: Path, *files: str) -> Path:
    folder = tmp_path / "data"
    (folder / "images").mkdir(parents=True)
    for name in files:
        shutil.copy(FIXTURES / name, folder / "images" / name)
    return folder


# --- what is shown ---------------------------------------------------------------------------------------------


def test_ms07_opens_on_the_generated_emblem(pane: ImagePane, catalog) -> None:
    items = pane.items()
    assert [i.image.kind for i in items] == [ImageKind.MISSION_PATCH, ImageKind.LAUNCH_PHOTO, ImageKind.CREW_PHOTO,
                                             ImageKind.DIAGRAM]
    assert items[0].generated
    assert pane.strip.count() == 4 and pane.strip.currentRow() == 0
    assert pane.view.is_svg()
    assert pane.caption_label.text() == EMBLEM_CAPTION
    assert pane.kind_label.text() == "Mission patch"
    assert "SVG drawing generated from the data, 512 × 512" in pane.file_label.text()
    assert items[0].svg == emblem_svg(catalog.mission(MS07), catalog).encode()


def test_every_bundled_mission_shows_an_emblem(qtbot, catalog) -> None:
    pane = shown_pane(qtbot, catalog)
    for mission in catalog.missions():
        assert pane.show_mission(mission.id)
        assert pane.view.is_svg(), mission.id
        assert pane.current_item().generated


def test_hidden_pane_reads_the_images_when_shown(qtbot, catalog) -> None:
    pane = ImagePane(catalog)
    qtbot.addWidget(pane)
    assert pane.show_mission(MS07)
    assert not pane.show_mission("soyuz-ms-99")
    assert pane.show_mission("soyuz-ms-08")
    assert pane.items() == [] and not pane.view.has_content()  # nothing read while hidden
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.mission_id == "soyuz-ms-08" and pane.view.is_svg() and len(pane.items()) >= 1


def test_unknown_mission_is_explained(pane: ImagePane) -> None:
    assert not pane.show_mission("soyuz-ms-99")
    assert pane.items() == []
    assert "not a mission in the data" in pane.view.message()[1]
    assert not pane.fit_action.isEnabled()
    assert not pane.show_mission("iss")
    assert "choose a mission" in pane.view.message()[1]
    assert not pane.toolbar.isVisibleTo(pane)  # a message, not an empty viewer with greyed tools


def test_image_without_a_file_shows_its_source(pane: ImagePane, qtbot, monkeypatch) -> None:
    pane.strip.setCurrentRow(1)
    assert pane.current_index() == 1
    title, detail = pane.view.message()
    assert title == "No file for this image"
    assert "commons.wikimedia.org" in detail
    assert "commons.wikimedia.org" in pane.source_label.text() and "<a href=" in pane.source_label.text()
    assert pane.credit_label.text() == "unknown"  # the data gives no credit: say so
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane.source_label.linkActivated.emit("https://commons.wikimedia.org/wiki/File:X.jpg")
    pane.source_label.linkActivated.emit("file:///etc/passwd")
    assert opened == ["https://commons.wikimedia.org/wiki/File:X.jpg"]


def test_page_keys_and_actions_step_through_the_strip(pane: ImagePane, qtbot) -> None:
    pane.view.setFocus()
    with qtbot.waitSignal(pane.image_shown) as shown:
        qtbot.keyClick(pane.view, Qt.Key.Key_PageDown)
    assert shown.args == [1]
    pane.next_action.trigger()
    assert pane.current_index() == 2
    pane.previous_action.trigger()
    pane.previous_action.trigger()
    pane.previous_action.trigger()
    assert pane.current_index() == 3  # wraps around


def test_slideshow_advances_and_stops(pane: ImagePane, qtbot) -> None:
    pane._slideshow.setInterval(30)
    pane.slideshow_action.trigger()
    assert pane.slideshow_action.isChecked()
    qtbot.waitUntil(lambda: pane.current_index() == 2, timeout=2000)
    pane.slideshow_action.trigger()
    assert not pane._slideshow.isActive()


def test_real_patch_file_takes_the_emblems_place(qtbot, catalog, tmp_path: Path) -> None:
    folder = data_folder(tmp_path, "good.png")
    patched = catalog_with_images(
        catalog, folder,
        Image(ImageKind.LAUNCH_PHOTO, "Launch", source="https://example.com/launch"),
        Image(ImageKind.MISSION_PATCH, "Soyuz MS-07 patch", "The crew's patch", "images/good.png", "Roscosmos",
              "public domain", "https://example.com/patch"))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    first = pane.items()[0]
    assert not first.generated and first.path == (folder / "images" / "good.png").resolve()
    assert [i.image.kind for i in pane.items()] == [ImageKind.MISSION_PATCH]  # the launch photo has no file
    pane.set_include_missing(True)
    assert [i.image.kind for i in pane.items()] == [ImageKind.MISSION_PATCH, ImageKind.LAUNCH_PHOTO]
    assert pane.view.has_content() and not pane.view.is_svg()
    assert pane.view.image_size().width() == 24
    assert pane.title_label.text() == "Soyuz MS-07 patch"
    assert pane.credit_label.text() == "Roscosmos" and pane.licence_label.text() == "public domain"
    assert "PNG image, 24 × 16" in pane.file_label.text()


def test_patch_entry_without_a_file_is_replaced_by_the_emblem(catalog) -> None:
    items = mission_images(catalog.mission(MS07), catalog)
    assert items[0].generated
    assert sum(1 for i in items if i.image.kind == ImageKind.MISSION_PATCH) == 1


@pytest.mark.parametrize(("name", "phrase"), BAD_IMAGES)
def test_bad_patch_files_are_explained(qtbot, catalog, tmp_path: Path, name: str, phrase: str) -> None:
    folder = data_folder(tmp_path, name)
    patched = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file=f"images/{name}"))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    assert not pane.view.has_content()
    assert phrase in pane.view.message()[1]
    assert not pane.copy_action.isEnabled() and not pane.save_action.isEnabled()
    assert not pane.grab().isNull()
    assert not pane.strip.item(0).icon().isNull()  # a warning thumbnail, not an empty slot


def test_mislabelled_but_valid_drawing_is_shown_with_a_note(qtbot, catalog, tmp_path: Path) -> None:
    folder = data_folder(tmp_path, "svg-named.png")
    patched = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file="images/svg-named.png"))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    assert pane.view.is_svg()
    assert "named like a PNG image" in pane.note_label.text()


@pytest.mark.parametrize(("file", "phrase"), [
    ("../secret.png", "contains '..'"),
    ("/etc/passwd", "is absolute"),
    ("images/missing.png", "is not in the data folder"),
])
def test_paths_outside_the_data_folder_are_refused(qtbot, catalog, tmp_path: Path, file: str, phrase: str) -> None:
    folder = data_folder(tmp_path)
    shutil.copy(FIXTURES / "good.png", tmp_path / "secret.png")
    patched = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file=file))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    assert phrase in pane.view.message()[1]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_link_out_of_the_data_folder_is_refused(qtbot, catalog, tmp_path: Path) -> None:
    folder = data_folder(tmp_path)
    shutil.copy(FIXTURES / "good.png", tmp_path / "secret.png")
    os.symlink(tmp_path / "secret.png", folder / "images" / "patch.png")
    patched = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file="images/patch.png"))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    assert "leads out of the data folder" in pane.view.message()[1]


def test_set_catalog_keeps_the_image_or_explains_a_missing_mission(pane: ImagePane, catalog) -> None:
    pane.show_index(2)
    pane.set_catalog(catalog)
    assert pane.current_index() == 2
    without = Catalog([e for e in catalog if e.id != MS07])
    pane.set_catalog(without)
    assert pane.items() == [] and "not a mission" in pane.view.message()[1]


# --- toolbar ---------------------------------------------------------------------------------------------------


def test_toolbar_zoom_actions_and_label(pane: ImagePane) -> None:
    view = pane.view
    pane.actual_action.trigger()
    assert view.zoom_mode() == ZoomMode.ACTUAL and pane.zoom_label.text() == "100 %"
    pane.zoom_in_action.trigger()
    assert pane.zoom_label.text() == "125 %"
    pane.zoom_out_action.trigger()
    pane.zoom_out_action.trigger()
    assert pane.zoom_label.text() == "80 %"
    pane.fill_action.trigger()
    assert view.zoom_mode() == ZoomMode.FILL
    pane.fit_action.trigger()
    assert view.zoom_mode() == ZoomMode.FIT


def test_toolbar_shortcuts_work_from_the_strip(pane: ImagePane, qtbot) -> None:
    pane.strip.setFocus()
    qtbot.keyClick(pane.strip, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoom_mode() == ZoomMode.ACTUAL
    qtbot.keyClick(pane.strip, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.scale() == pytest.approx(1.25)
    qtbot.keyClick(pane.strip, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoom_mode() == ZoomMode.FIT


def test_toolbar_rotate_and_flip(pane: ImagePane) -> None:
    pane.rotate_right_action.trigger()
    assert pane.view.rotation() == 90
    pane.rotate_left_action.trigger()
    pane.rotate_left_action.trigger()
    assert pane.view.rotation() == 270
    pane.flip_h_action.trigger()
    assert pane.view.flips() == (True, False)
    pane.flip_v_action.trigger()
    assert pane.view.flips() == (True, True)


def test_backdrop_and_view_options(pane: ImagePane) -> None:
    pane.backdrop_actions[Backdrop.CHECKER].trigger()
    assert pane.view.backdrop() == Backdrop.CHECKER
    pane.set_backdrop(Backdrop.DARK)
    assert pane.backdrop_actions[Backdrop.DARK].isChecked() and pane.view.backdrop() == Backdrop.DARK
    pane.sharp_action.trigger()
    assert not pane.view.sharp_pixels()
    pane.overview_action.trigger()
    pane.view.set_scale(8.0)
    assert not pane.view.overview_visible()
    pane.overview_action.trigger()
    assert pane.view.overview_visible()


def test_every_control_has_an_accessible_name(pane: ImagePane) -> None:
    controls = pane.findChildren(QAbstractButton)
    assert len(controls) >= 14
    for control in controls:
        assert control.accessibleName(), control.text()
    for widget in (pane, pane.view, pane.strip, pane.toolbar, pane.credits, pane.zoom_label, pane.title_label,
                   pane.caption_label, pane.credit_label, pane.licence_label, pane.source_label, pane.file_label):
        assert widget.accessibleName(), widget.objectName()
    for row in range(pane.strip.count()):
        assert pane.strip.item(row).data(Qt.ItemDataRole.AccessibleTextRole)


# --- full screen -----------------------------------------------------------------------------------------------


def test_full_screen_and_back(pane: ImagePane, qtbot) -> None:
    view = pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert pane.is_full_screen() and pane.full_screen_action.isChecked()
    host = view.window()
    assert host is not pane.window() and host.isFullScreen()
    qtbot.waitExposed(host)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the strip still follows
    assert pane.current_index() == 1
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not pane.is_full_screen() and not pane.full_screen_action.isChecked()
    assert view.parent() is pane.splitter and pane.splitter.indexOf(view) == 0
    pane.toggle_full_screen()
    view.window().close()  # closing the window any other way also brings the view back
    assert not pane.is_full_screen() and view.window() is pane.window()


# --- copy and save ---------------------------------------------------------------------------------------------


def test_copy_puts_the_image_on_the_clipboard(pane: ImagePane, qtbot) -> None:
    QGuiApplication.clipboard().clear()
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().image()
    assert copied.width() == 2048 and copied.height() == 2048  # the drawing rendered large
    assert "Copied" in pane.status_label.text()


def test_save_emblem_as_svg_and_png(pane: ImagePane, qtbot, tmp_path: Path) -> None:
    with qtbot.waitSignal(pane.saved):
        assert pane.save_to(tmp_path / "emblem.svg")
    root = ET.fromstring((tmp_path / "emblem.svg").read_text(encoding="utf-8"))
    assert root.tag.endswith("svg")
    assert pane.save_to(tmp_path / "emblem.png")
    png = QImage(str(tmp_path / "emblem.png"))
    assert png.width() == 2048 and png.hasAlphaChannel()
    assert pane.save_to(tmp_path / "emblem.jpg")
    assert QImage(str(tmp_path / "emblem.jpg")).pixelColor(2, 2) == QColor("#ffffff")  # flattened on white
    assert sorted(p.name for p in tmp_path.iterdir()) == ["emblem.jpg", "emblem.png", "emblem.svg"]


def test_save_refuses_unknown_formats_and_unwritable_places(pane: ImagePane, tmp_path: Path) -> None:
    assert not pane.save_to(tmp_path / "emblem.txt")
    assert "choose .png" in pane.status_label.text()
    assert not pane.save_to(tmp_path / "no" / "such" / "folder" / "emblem.png")
    assert "Cannot write" in pane.status_label.text()


def test_save_raster_keeps_the_original_bytes(qtbot, catalog, tmp_path: Path) -> None:
    folder = data_folder(tmp_path, "good.png")
    patched = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file="images/good.png"))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    out = tmp_path / "out"
    out.mkdir()
    assert pane.save_to(out / "copy.png")
    assert (out / "copy.png").read_bytes() == (FIXTURES / "good.png").read_bytes()
    assert not pane.save_to(out / "copy.svg")  # a raster image is not turned into SVG
    assert pane.save_to(out / "copy.bmp")
    assert QImage(str(out / "copy.bmp")).size().width() == 24
    assert pane.suggested_file_name() == "good.png"


def test_save_as_asks_for_a_file_name(pane: ImagePane, monkeypatch, tmp_path: Path) -> None:
    asked: list[str] = []

    def fake_dialog(parent: QWidget, caption: str, name: str, filters: str) -> tuple[str, str]:
        asked.append(name)
        assert filters.startswith("SVG drawing")
        return str(tmp_path / "chosen.svg"), "SVG drawing (*.svg)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    pane.save_action.trigger()
    assert asked == ["soyuz-ms-07-mission-patch-emblem.svg"]
    assert (tmp_path / "chosen.svg").exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    pane.save_button.click()  # cancelled: nothing happens


# --- integration ---------------------------------------------------------------------------------------------


def test_fact_sheet_picture_is_the_patch(pane: ImagePane, catalog, tmp_path: Path) -> None:
    caption, image = pane.fact_sheet_picture(MS07)
    assert caption == EMBLEM_CAPTION and image.width() == 640 and not image.isNull()
    assert pane.fact_sheet_picture("anton-shkaplerov") is None
    folder = data_folder(tmp_path, "good.png", "corrupt.png")
    real = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Real patch", file="images/good.png"))
    caption, image = patch_picture(real, MS07, side=96)
    assert caption == "Real patch" and image.width() == 96 and image.height() == 64
    broken = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file="images/corrupt.png"))
    assert patch_picture(broken, MS07) is None


def test_dark_palette_repaints_view_and_placeholders(pane: ImagePane, qtbot) -> None:
    before = pane.strip.item(1).icon().pixmap(96, 72).toImage()
    palette = pane.palette()
    for role, colour in ((QPalette.ColorRole.Window, "#1e2128"), (QPalette.ColorRole.Base, "#16181d"),
                         (QPalette.ColorRole.Text, "#e4e7ee"), (QPalette.ColorRole.WindowText, "#e4e7ee"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa2b1")):
        palette.setColor(role, QColor(colour))
    pane.setPalette(palette)
    after = pane.strip.item(1).icon().pixmap(96, 72).toImage()
    assert before != after
    frame = pane.view.grab().toImage()
    assert frame.pixelColor(QPoint(3, 3)).lightness() < 60


def test_large_patch_file_opens_in_the_background(qtbot, catalog, tmp_path: Path) -> None:
    folder = data_folder(tmp_path)
    big = QImage(2600, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#336699"))
    assert big.save(str(folder / "images" / "big.png"))
    patched = catalog_with_images(catalog, folder, Image(ImageKind.MISSION_PATCH, "Patch", file="images/big.png"))
    pane = shown_pane(qtbot, patched)
    pane.show_mission(MS07)
    assert pane.view.is_loading() and not pane.copy_action.isEnabled()
    qtbot.waitUntil(pane.view.has_content, timeout=20_000)
    assert "PNG image, 2600 × 2000" in pane.file_label.text()
    assert pane.copy_action.isEnabled() and pane.save_action.isEnabled()


def test_show_patch_returns_to_the_fitted_emblem(pane: ImagePane, qtbot) -> None:
    pane.show_index(2)
    pane.show_patch()
    assert pane.current_index() == 0 and pane.view.is_svg()
    pane.view.set_scale(4.0)
    pane.show_patch()
    assert pane.view.zoom_mode() == ZoomMode.FIT
    hidden = ImagePane(pane._catalog)
    qtbot.addWidget(hidden)
    hidden.show_mission(MS07)
    hidden.show_patch()  # before the pane is first shown
    hidden.show()
    qtbot.waitExposed(hidden)
    assert hidden.current_index() == 0


def test_copied_emblem_carries_the_drawing_too(pane: ImagePane) -> None:
    assert pane.copy_image()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert bytes(mime.data("image/svg+xml").data()).startswith(b"<svg")


# --- interface language ------------------------------------------------------------------------------------------


def test_english_emblem_entry_is_the_domains(catalog, language) -> None:
    from soyuz_gui.domain.emblem import emblem_image

    language("en")
    for mission in catalog.missions():
        emblem = mission_images(mission, catalog)[0]
        if emblem.generated:
            assert emblem.image == emblem_image(mission)


def test_russian_pane(qtbot, catalog, language) -> None:
    language("ru")
    pane = shown_pane(qtbot, catalog)
    pane.set_include_missing(True)
    pane.show_mission(MS07)
    assert pane.fit_action.text() == "Вписать"
    assert pane.fit_action.toolTip() == "Показать изображение целиком (Ctrl+0)"
    assert pane.backdrop_actions[Backdrop.CHECKER].text() == "Шахматка"
    assert pane.title_label.text() == "Эмблема Soyuz MS-07"
    assert pane.kind_label.text() == "Эмблема полёта"
    assert pane.file_label.text().startswith("SVG-рисунок, построенный по данным, 512 × 512")
    assert pane.strip.item(0).text() == "Эмблема"
    assert pane.zoom_label.text().endswith("\u00a0%")
    assert pane.copy_image()
    assert pane.status_label.text().startswith("В буфер обмена скопировано изображение")
    pane.strip.setCurrentRow(1)
    title, detail = pane.view.message()
    assert title == "Нет файла изображения"
    assert "commons.wikimedia.org" in detail and "файла с ним нет" in detail
    assert pane.credit_label.text() == "неизвестно"
    assert not pane.show_mission("soyuz-ms-99")
    assert pane.view.message() == ("Нет изображений", "«soyuz-ms-99» — не миссия из данных.")


def test_japanese_pane_and_file_sizes(qtbot, catalog, language) -> None:
    language("ja")
    pane = shown_pane(qtbot, catalog)
    pane.show_mission(MS07)
    assert pane.save_action.text() == "名前を付けて保存…"
    assert pane.kind_label.text() == "ミッションパッチ"
    assert pane._human_size(1) == "1 バイト"
    assert pane._human_size(3 * 1024 * 1024 // 2) == "1.5 MB"


def test_file_sizes_in_english_and_russian(qtbot, catalog, language) -> None:
    language("en")
    pane = shown_pane(qtbot, catalog)
    assert [pane._human_size(n) for n in (1, 512, 37 * 1024, 3 * 1024 * 1024 // 2)] == [
        "1 byte", "512 bytes", "37 kB", "1.5 MB"]
    language("ru")
    assert [pane._human_size(n) for n in (1, 3, 512, 3 * 1024 * 1024 // 2)] == [
        "1 байт", "3 байта", "512 байт", "1,5 МБ"]


def test_images_without_a_file_are_left_out_unless_a_curator_asks(qtbot, catalog) -> None:
    """Everyone sees the emblem only; the "Launch photo — no file" tiles are for curators (View menu option)."""
    pane = shown_pane(qtbot, catalog)
    pane.show_mission(MS07)
    assert [i.image.kind for i in pane.items()] == [ImageKind.MISSION_PATCH]
    assert pane.items()[0].generated
    pane.missing_action.trigger()
    assert [i.image.kind for i in pane.items()] == [ImageKind.MISSION_PATCH, ImageKind.LAUNCH_PHOTO,
                                                   ImageKind.CREW_PHOTO, ImageKind.DIAGRAM]
    again = shown_pane(qtbot, catalog)  # the choice is remembered
    again.show_mission(MS07)
    assert len(again.items()) == 4
    again.set_include_missing(False)
    assert len(again.items()) == 1


def test_a_person_gets_the_patches_of_their_flights(qtbot, catalog) -> None:
    """Not an empty viewer: Shkaplerov's four flights, each with its emblem, first flight first."""
    pane = shown_pane(qtbot, catalog)
    assert pane.show_entity("anton-shkaplerov")
    titles = [i.image.title for i in pane.items()]
    assert titles == ["Soyuz TMA-22 emblem", "Soyuz TMA-15M emblem", "Soyuz MS-07 emblem", "Soyuz MS-19 emblem"]
    assert pane.view.has_content() and pane.fit_action.isEnabled()
    assert pane.toolbar.isVisibleTo(pane)


def test_in_the_window_a_persons_images_tab_follows_the_person(qtbot) -> None:
    from soyuz_gui.app.main import load_data
    from soyuz_gui.app.main_window import MainWindow
    from soyuz_gui.app.settings import Settings

    window = MainWindow(load_data([]), Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_start_entity("anton-shkaplerov")
    window.show_tab("images")
    assert len(window.images.items()) == 4 and window.images.view.has_content()
    window.show_entity("norishige-kanai")
    assert [i.image.title for i in window.images.items()] == ["Soyuz MS-07 emblem"]
    window.show_entity("soyuz-ms-19")
    assert window.images.items()[0].image.title == "Soyuz MS-19 emblem"
