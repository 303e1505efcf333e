"""The zoom/pan canvas: every interaction, sharp SVG re-rendering, raster smoothing, backdrops and bad images."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QNativeGestureEvent, QPainter, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from soyuz_gui.loading.images import DECODE_LIMIT_MB, ImageFormat
from soyuz_gui.widgets.images.backdrop import Backdrop
from soyuz_gui.widgets.images.decode import decode_image
from soyuz_gui.widgets.images.geometry import MAX_SCALE, Placement, ZoomMode
from soyuz_gui.widgets.images.view import ImageView

from .bad_images import BAD_IMAGES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "images"
EDGE_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">'
            b'<rect width="40" height="20" fill="#ffffff"/><rect width="20" height="20" fill="#000000"/></svg>')


@pytest.fixture
def view(qtbot) -> ImageView:
    widget = ImageView()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def big_image(width: int = 1600, height: int = 1200) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    painter = QPainter(image)
    for x in range(0, width, 100):
        painter.fillRect(x, 0, 50, height, QColor("#ddeeff"))
    painter.end()
    return image


def close(a: QPointF, b: QPointF, tolerance: float = 0.51) -> bool:
    return abs(a.x() - b.x()) <= tolerance and abs(a.y() - b.y()) <= tolerance


def wheel(view: ImageView, pos: QPointF, angle: int = 0, pixels: QPoint | None = None,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(pos, view.mapToGlobal(pos), pixels or QPoint(), QPoint(0, angle), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)


def row_colours(image: QImage, y: int, x0: int, x1: int) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(x0, x1)]


# --- geometry --------------------------------------------------------------------------------------------------


def test_placement_zoom_keeps_anchor_fixed() -> None:
    placement = Placement(1000, 500, 400, 300, scale=1.0, centre=QPointF(500, 250))
    anchor = QPointF(100, 80)
    before = placement.transform().inverted()[0].map(anchor)
    placement.zoom_to(3.0, anchor)
    after = placement.transform().inverted()[0].map(anchor)
    assert close(before, after, 1e-6)


def test_placement_rotation_swaps_display_size_and_keeps_centre() -> None:
    placement = Placement(1000, 500, 400, 300, scale=2.0, centre=QPointF(300, 200))
    image_point = placement.display_transform().inverted()[0].map(placement.centre)
    placement.turn(rotation=90)
    assert placement.display_size.width() == 500 and placement.display_size.height() == 1000
    assert close(placement.display_transform().inverted()[0].map(placement.centre), image_point, 1e-6)


# --- fit, fill, 1:1 --------------------------------------------------------------------------------------------


def test_opens_fitted_and_modes_switch(view: ImageView) -> None:
    view.set_image(big_image())
    assert view.zoom_mode() == ZoomMode.FIT
    fit = view.scale()
    assert math.isclose(fit, min((400 - 20) / 1600, (300 - 20) / 1200))
    view.fill()
    assert view.zoom_mode() == ZoomMode.FILL and math.isclose(view.scale(), 300 / 1200)
    view.actual_size()
    assert view.zoom_mode() == ZoomMode.ACTUAL and view.scale() == 1.0
    view.fit()
    assert math.isclose(view.scale(), fit)


def test_fit_follows_the_view_size(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    view.resize(820, 620)
    qtbot.waitUntil(lambda: math.isclose(view.scale(), 0.5))
    view.actual_size()
    view.resize(400, 300)
    assert view.scale() == 1.0


def test_fit_after_rotation_uses_the_turned_size(view: ImageView) -> None:
    view.set_image(big_image(1600, 400))
    view.rotate_by(90)
    assert math.isclose(view.scale(), min((400 - 20) / 400, (300 - 20) / 1600))


# --- zoom ------------------------------------------------------------------------------------------------------


def test_wheel_zooms_around_the_cursor(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    view.actual_size()
    cursor = QPointF(300, 100)
    under = view.image_point_at(cursor)
    with qtbot.waitSignal(view.zoom_changed):
        wheel(view, cursor, angle=120)
    assert math.isclose(view.scale(), 1.25)
    assert view.zoom_mode() == ZoomMode.FREE
    assert close(view.image_point_at(cursor), under)
    wheel(view, cursor, angle=-240)
    assert math.isclose(view.scale(), 1.25 / 1.25**2)


def test_touchpad_scroll_pans_and_ctrl_scroll_zooms(view: ImageView) -> None:
    view.set_image(big_image())
    view.actual_size()
    centre = view.image_point_at(QPointF(200, 150))
    wheel(view, QPointF(200, 150), angle=-30, pixels=QPoint(-40, -25))
    moved = view.image_point_at(QPointF(200, 150))
    assert close(moved, QPointF(centre.x() + 40, centre.y() + 25))
    assert view.scale() == 1.0
    wheel(view, QPointF(200, 150), angle=120, pixels=QPoint(0, 10), modifiers=Qt.KeyboardModifier.ControlModifier)
    assert math.isclose(view.scale(), 1.25)


@pytest.mark.parametrize(("key", "modifiers", "expected"), [
    (Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier, 1.25),
    (Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, 1.25),
    (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier, 0.8),
    (Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier, 1.25),
])
def test_keys_zoom(view: ImageView, qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier, expected: float) -> None:
    view.set_image(big_image())
    view.actual_size()
    qtbot.keyClick(view, key, modifiers)
    assert math.isclose(view.scale(), expected)


def test_ctrl_0_fits_ctrl_1_actual_ctrl_2_fills(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_mode() == ZoomMode.ACTUAL
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_mode() == ZoomMode.FILL
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_mode() == ZoomMode.FIT


def test_zoom_limits(view: ImageView) -> None:
    view.set_image(big_image())
    view.set_scale(10_000)
    assert view.scale() == MAX_SCALE
    view.set_scale(0.000_01)
    low, _high = view.scale_limits()
    assert view.scale() == low
    assert low >= 0.01 and math.isclose(low, view.placement().fit_scale() / 2)


def test_tiny_image_can_still_be_shown_at_1_1(view: ImageView) -> None:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    view.set_image(image)
    view.set_scale(0.001)
    assert view.scale() == 1.0  # never forced below 1:1 when the fitted size is far larger


def test_pinch_gesture_zooms_around_the_fingers(view: ImageView) -> None:
    view.set_image(big_image())
    view.actual_size()
    fingers = QPointF(120, 90)
    under = view.image_point_at(fingers)
    device = QPointingDevice.primaryPointingDevice()
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, device, 2, fingers, fingers,
                                view.mapToGlobal(fingers), 0.5, QPointF(), 1)
    QApplication.sendEvent(view, event)
    assert math.isclose(view.scale(), 1.5)
    assert close(view.image_point_at(fingers), under)


def test_smart_zoom_and_two_finger_pan_gestures(view: ImageView) -> None:
    view.set_image(big_image())
    device = QPointingDevice.primaryPointingDevice()
    where = QPointF(200, 150)
    smart = QNativeGestureEvent(Qt.NativeGestureType.SmartZoomNativeGesture, device, 2, where, where,
                                view.mapToGlobal(where), 0.0, QPointF(), 2)
    QApplication.sendEvent(view, smart)
    assert view.zoom_mode() == ZoomMode.ACTUAL
    before = view.image_point_at(where)
    pan = QNativeGestureEvent(Qt.NativeGestureType.PanNativeGesture, device, 2, where, where,
                              view.mapToGlobal(where), 0.0, QPointF(30, 20), 3)
    QApplication.sendEvent(view, pan)
    assert close(view.image_point_at(where), QPointF(before.x() - 30, before.y() - 20))


def test_two_finger_touch_pans_and_pinches(view: ImageView) -> None:
    view.set_image(big_image())
    view.actual_size()
    device = QTest.createTouchDevice()
    start_centre = QPointF(200, 150)
    under = view.image_point_at(start_centre)
    QTest.touchEvent(view, device).press(0, QPoint(150, 150)).press(1, QPoint(250, 150)).commit()
    QTest.touchEvent(view, device).move(0, QPoint(170, 160)).move(1, QPoint(270, 160)).commit()  # pan 20, 10
    assert close(view.image_point_at(QPointF(220, 160)), under)  # moved with the fingers
    assert view.scale() == 1.0
    QTest.touchEvent(view, device).move(0, QPoint(120, 160)).move(1, QPoint(320, 160)).commit()  # spread x2
    assert math.isclose(view.scale(), 2.0)
    # the zoom is centred between the fingers (QTest places touch points within a couple of pixels)
    assert close(view.image_point_at(QPointF(220, 160)), under, 2.1)
    QTest.touchEvent(view, device).release(0, QPoint(120, 160)).release(1, QPoint(320, 160)).commit()


# --- pan -------------------------------------------------------------------------------------------------------


def test_mouse_drag_pans_with_a_grabbing_cursor(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    view.actual_size()
    assert view.cursor().shape() == Qt.CursorShape.OpenHandCursor
    start = view.image_point_at(QPointF(200, 150))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    assert view.cursor().shape() == Qt.CursorShape.ClosedHandCursor
    qtbot.mouseMove(view, QPoint(150, 110))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(150, 110))
    assert close(view.image_point_at(QPointF(150, 110)), start)
    assert view.cursor().shape() == Qt.CursorShape.OpenHandCursor


def test_arrow_keys_pan_and_stop_at_the_edges(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    view.actual_size()
    before = view.image_point_at(QPointF(200, 150))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    after = view.image_point_at(QPointF(200, 150))
    assert after.x() == pytest.approx(before.x() + 30) and after.y() == before.y()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.image_point_at(QPointF(200, 150)).y() == pytest.approx(before.y() + 150)
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert close(view.image_point_at(QPointF(0, 0)), QPointF(0, 0))  # stopped at the top-left corner


def test_image_smaller_than_the_view_stays_centred(view: ImageView) -> None:
    view.set_image(big_image())
    view.fit()
    view.pan_by(80, 80)
    assert close(view.view_point_for(QPointF(800, 600)), QPointF(200, 150))


def test_double_click_toggles_fit_and_actual_size(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    spot = QPoint(250, 100)
    under = view.image_point_at(QPointF(spot))
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=spot)
    assert view.zoom_mode() == ZoomMode.ACTUAL
    assert close(view.image_point_at(QPointF(spot)), under, 1.0)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=spot)
    assert view.zoom_mode() == ZoomMode.FIT


# --- rotate and flip -------------------------------------------------------------------------------------------


def test_rotate_by_keys_and_methods(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert view.rotation() == 90
    # the image's top-left corner is now at the top right of the displayed image
    top_left = view.view_point_for(QPointF(0, 0))
    top_right = view.view_point_for(QPointF(0, 1200))
    assert top_left.x() > top_right.x() and math.isclose(top_left.y(), top_right.y())
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert view.rotation() == 270
    view.reset_orientation()
    assert view.rotation() == 0 and view.flips() == (False, False)


def test_flips_are_screen_relative_even_when_rotated(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    left, right = view.view_point_for(QPointF(0, 600)), view.view_point_for(QPointF(1600, 600))
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert view.flips() == (True, False)
    assert close(view.view_point_for(QPointF(0, 600)), right) and close(view.view_point_for(QPointF(1600, 600)), left)
    view.flip_horizontally()
    view.rotate_by(90)
    top = view.view_point_for(QPointF(0, 0)).y()
    qtbot.keyClick(view, Qt.Key.Key_H)  # mirror left-right on screen: y of points must not change
    assert view.flips() == (True, False)
    assert math.isclose(view.view_point_for(QPointF(0, 0)).y(), top)
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert view.flips() == (True, True)


# --- rendering -------------------------------------------------------------------------------------------------


def _edge_blur(image: QImage, y: int) -> int:
    """Pixels in a row that are neither near black nor near white."""
    return sum(1 for c in row_colours(image, y, 0, image.width()) if 24 < c.lightness() < 232)


def test_svg_is_re_rendered_sharp_after_zooming(view: ImageView, qtbot) -> None:
    view.set_svg(EDGE_SVG)
    view.grab()
    assert view.svg_is_sharp()
    view.set_scale(60.0, view.view_point_for(QPointF(20, 10)))
    assert not view.svg_is_sharp()  # the old rendering is stretched for a moment...
    qtbot.waitUntil(view.svg_is_sharp, timeout=2000)  # ...and replaced once the zoom settles
    frame = view.grab().toImage()
    assert _edge_blur(frame, 150) <= 2
    tile = view.svg_tile_transform()
    assert tile is not None and math.isclose(tile.m11(), 60.0)


def test_svg_rotation_and_flip_are_rendered_not_stretched(view: ImageView, qtbot) -> None:
    view.set_svg(EDGE_SVG)
    view.rotate_by(90)
    view.flip_vertically()
    qtbot.waitUntil(view.svg_is_sharp, timeout=2000)
    assert view.svg_is_sharp()


def test_raster_uses_sharp_pixels_when_enlarged_and_smooth_otherwise(view: ImageView) -> None:
    decoded = decode_image((FIXTURES / "good.png").read_bytes(), "good.png")
    view.set_decoded(decoded)
    view.set_backdrop(Backdrop.LIGHT)
    assert view.scale() > 10
    bounds = view.view_point_for(QPointF(0, 8)), view.view_point_for(QPointF(24, 8))
    x0, x1, y = int(bounds[0].x()) + 3, int(bounds[1].x()) - 3, int(bounds[0].y())
    sharp = {c.rgb() for c in row_colours(view.grab().toImage(), y, x0, x1)}
    assert len(sharp) == 2
    view.set_sharp_pixels(False)
    smooth = {c.rgb() for c in row_colours(view.grab().toImage(), y, x0, x1)}
    assert len(smooth) > 4


def test_shrinking_a_large_image_uses_smaller_levels(view: ImageView) -> None:
    view.set_image(big_image(4000, 3000))
    view.grab()
    pyramid = view._pyramid
    assert pyramid is not None and len(pyramid.levels) >= 3
    assert pyramid.levels[-1].width() <= 1000


@pytest.mark.parametrize(("backdrop", "expected"), [
    (Backdrop.LIGHT, QColor(142, 157, 237)),
    (Backdrop.DARK, QColor(28, 44, 127)),
])
def test_backdrops_show_through_transparency(view: ImageView, backdrop: Backdrop, expected: QColor) -> None:
    view.set_decoded(decode_image((FIXTURES / "good.png").read_bytes(), "good.png"))
    view.set_backdrop(backdrop)
    assert view.backdrop() == backdrop
    spot = view.view_point_for(QPointF(18, 8)).toPoint()
    colour = view.grab().toImage().pixelColor(spot)
    assert abs(colour.red() - expected.red()) <= 3 and abs(colour.blue() - expected.blue()) <= 3


def test_checkerboard_backdrop_alternates(view: ImageView) -> None:
    view.set_decoded(decode_image((FIXTURES / "good.png").read_bytes(), "good.png"))
    view.set_backdrop(Backdrop.CHECKER)
    frame = view.grab().toImage()
    a = view.view_point_for(QPointF(14, 4)).toPoint()
    colours = {frame.pixelColor(a.x() + dx, a.y()).rgb() for dx in range(0, 40, 5)}
    assert len(colours) >= 2


def test_theme_backdrop_matches_the_background(view: ImageView) -> None:
    view.set_decoded(decode_image((FIXTURES / "good.png").read_bytes(), "good.png"))
    frame = view.grab().toImage()
    outside = frame.pixelColor(2, 2)
    assert view.backdrop() == Backdrop.THEME
    assert frame.pixelColor(view.view_point_for(QPointF(23, 15)).toPoint() - QPoint(2, 2)) != outside  # blue
    image_rect_corner = view.view_point_for(QPointF(0, 0)).toPoint()
    assert frame.pixelColor(image_rect_corner + QPoint(3, 3)) == QColor("white")  # the white pixel


def test_overview_appears_when_zoomed_in_and_navigates(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    assert not view.overview_visible()
    view.actual_size()
    assert view.overview_visible()
    box = view.overview_rect()
    assert view.rect().contains(box.toRect())
    frame = view.grab().toImage()
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    found = any(frame.pixelColor(x, y) == highlight for x in range(int(box.left()), int(box.right()))
                for y in range(int(box.top()), int(box.bottom())))
    assert found, "the visible-region outline is drawn in the overview"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=box.bottomRight().toPoint() - QPoint(2, 2))
    centre = view.image_point_at(QPointF(200, 150))
    assert centre.x() >= 1399 and centre.y() >= 1049  # jumped to the bottom-right corner (clamped)
    view.set_overview_enabled(False)
    assert not view.overview_visible()


# --- messages and bad images -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "phrase"), BAD_IMAGES)
def test_bad_images_are_explained_in_the_view(view: ImageView, qtbot, name: str, phrase: str) -> None:
    view.set_image(big_image())
    with qtbot.waitSignal(view.content_changed):
        result = view.set_data((FIXTURES / name).read_bytes(), name)
    assert result is None
    assert not view.has_content()
    message = view.message()
    assert message is not None and phrase in message[1]
    assert phrase in view.accessibleDescription()
    frame = view.grab().toImage()
    assert not frame.isNull()
    colours = {frame.pixelColor(x, y).rgb() for x in range(0, 400, 3) for y in range(0, 300, 3)}
    assert len(colours) > 2  # the explanation was painted
    view.zoom_in()  # interactions on a message are harmless
    view.pan_by(10, 10)
    qtbot.keyClick(view, Qt.Key.Key_R)
    wheel(view, QPointF(100, 100), angle=120)


def test_svg_in_a_png_name_is_shown_as_a_drawing_with_a_note(view: ImageView) -> None:
    decoded = view.set_data((FIXTURES / "svg-named.png").read_bytes(), "svg-named.png")
    assert decoded is not None and decoded.format == ImageFormat.SVG
    assert view.is_svg() and "named like a PNG" in (decoded.note or "")


def test_decoding_sets_the_allocation_limit() -> None:
    decoded = decode_image((FIXTURES / "good.png").read_bytes(), "good.png")
    assert QImageReader.allocationLimit() == DECODE_LIMIT_MB
    assert decoded.image is not None and decoded.image.size().width() == 24
    assert decoded.image.format() == QImage.Format.Format_ARGB32_Premultiplied


def test_empty_view_paints_and_ignores_input(view: ImageView, qtbot) -> None:
    assert not view.grab().isNull()
    view.zoom_in()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    wheel(view, QPointF(10, 10), angle=120)
    assert view.scale() == 1.0


def test_palette_change_repaints(view: ImageView) -> None:
    view.set_decoded(decode_image((FIXTURES / "good.png").read_bytes(), "good.png"))
    light = view.grab().toImage().pixelColor(2, 2)
    palette = view.palette()
    palette.setColor(palette.ColorRole.Window, QColor("#1e2128"))
    view.setPalette(palette)
    QApplication.sendEvent(view, QEvent(QEvent.Type.PaletteChange))
    dark = view.grab().toImage().pixelColor(2, 2)
    assert dark.lightness() < light.lightness()


# --- background decoding ---------------------------------------------------------------------------------------


def big_png(tmp_path: Path, width: int = 2600, height: int = 2000) -> bytes:
    path = tmp_path / "big.png"
    assert big_image(width, height).save(str(path))
    return path.read_bytes()


def test_large_images_decode_in_the_background(view: ImageView, qtbot, tmp_path: Path) -> None:
    data = big_png(tmp_path)
    assert view.set_data(data, "big.png", background=True) is None
    assert view.is_loading() and not view.has_content()
    assert view.message() == ("Opening image…", "big.png, 2600 × 2000 pixels")
    view.grab()  # the view paints while it waits
    qtbot.waitUntil(view.has_content, timeout=20_000)
    assert not view.is_loading() and view.message() is None
    assert view.image_size().width() == 2600
    decoded = view.decoded()
    assert decoded is not None and decoded.format == ImageFormat.PNG
    assert len(view._pyramid.levels) >= 3  # the half-size levels came ready-made from the worker


def test_small_images_decode_at_once_even_when_background_is_allowed(view: ImageView) -> None:
    decoded = view.set_data((FIXTURES / "good.png").read_bytes(), "good.png", background=True)
    assert decoded is not None and view.has_content() and not view.is_loading()


def test_a_late_background_result_is_dropped(view: ImageView, qtbot, tmp_path: Path) -> None:
    view.set_data(big_png(tmp_path), "big.png", background=True)
    view.set_svg(EDGE_SVG)  # the user moved on before the decode finished
    assert view.wait_for_decoding()
    qtbot.wait(50)  # let the queued result arrive
    assert view.is_svg() and view.image_size().width() == 40


def test_background_failure_is_explained(view: ImageView, qtbot) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", 3000, 2000, 8, 2, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", bytes(range(256)) * 4)
            + chunk(b"IEND", b""))
    view.set_data(data, "broken-big.png", background=True)
    assert view.is_loading()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20_000)
    assert "could not be decoded" in view.message()[1]


def test_enormous_image_is_refused_before_any_decoding(view: ImageView) -> None:
    view.set_data((FIXTURES / "huge-dimensions.png").read_bytes(), "huge-dimensions.png", background=True)
    assert not view.is_loading() and "100 000 × 100 000" in view.message()[1]


def test_slow_drawings_are_re_rendered_off_the_gui_thread(view: ImageView, qtbot, monkeypatch) -> None:
    view.set_svg(EDGE_SVG)
    view.grab()
    handed_over: list[bool] = []
    original = view._render_tile_in_background

    def spy() -> None:
        handed_over.append(True)
        original()

    monkeypatch.setattr(view, "_render_tile_in_background", spy)
    view._svg_render_ms = 500.0  # as if the last rendering had been slow
    view.set_scale(60.0, view.view_point_for(QPointF(20, 10)))
    assert not view.svg_is_sharp()
    qtbot.waitUntil(view.svg_is_sharp, timeout=5000)
    assert handed_over and not view._tile_busy
    assert _edge_blur(view.grab().toImage(), 150) <= 2


def test_a_stale_background_rendering_is_dropped(view: ImageView, qtbot) -> None:
    view.set_svg(EDGE_SVG)
    view.grab()
    view.set_scale(30.0)
    view._render_tile_in_background()
    view.set_image(big_image())  # a new image before the rendering is delivered
    assert view.wait_for_rendering()
    qtbot.wait(50)
    assert not view.is_svg() and view.svg_tile_transform() is None


def test_keyboard_focus_is_shown_with_a_frame(view: ImageView, qtbot) -> None:
    view.set_image(big_image())
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    assert view.grab().toImage().pixelColor(1, 150) != highlight  # a click gives no frame
    view.clearFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.grab().toImage().pixelColor(1, 150) == highlight


def test_zoom_keys_zoom_around_the_mouse_when_it_is_over_the_view(view: ImageView, qtbot, monkeypatch) -> None:
    view.set_image(big_image())
    view.actual_size()
    spot = QPoint(320, 60)
    under = view.image_point_at(QPointF(spot))
    monkeypatch.setattr(view, "underMouse", lambda: True)
    monkeypatch.setattr("soyuz_gui.widgets.images.view.QCursor.pos", lambda: view.mapToGlobal(spot))
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert math.isclose(view.scale(), 1.25)
    assert close(view.image_point_at(QPointF(spot)), under)


def test_messages_in_the_interface_language(qtbot, qapp) -> None:
    """The viewer's own words are translated; a reason from the Qt-free loader stays as it wrote it (English)."""
    from PySide6.QtCore import QLocale

    from soyuz_gui.app.i18n import install_translations, remove_translations
    from soyuz_gui.widgets.images.backdrop import backdrop_label
    from soyuz_gui.widgets.images.decode import format_label

    previous = QLocale()
    installed = install_translations(qapp, "ru")
    try:
        view = ImageView()
        qtbot.addWidget(view)
        assert view.accessibleName() == "Изображение"
        view.set_data(b"\x89PNG\r\n\x1a\n", "cut.png")
        title, detail = view.message()
        assert title == "Не удаётся показать изображение"
        assert "PNG" in detail
        assert backdrop_label(Backdrop.DARK) == "Тёмный"
        assert format_label(ImageFormat.JPEG) == "изображение JPEG"
        view.set_image(QImage(40, 30, QImage.Format.Format_RGB32))
        assert view.accessibleDescription().startswith("Изображение 40 × 30.")
    finally:
        remove_translations(qapp, installed)
        QLocale.setDefault(previous)
    assert backdrop_label(Backdrop.DARK) == "Dark"
