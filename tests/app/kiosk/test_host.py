"""The kiosk's typed interface (host.py) on the real window and panes, in every interface language.

mypy checks the same statically (host.py's ``_the_real_classes_conform`` and ``KioskController(window: KioskHost)``);
these tests check that the kiosk really drives the real panes through it, with the tabs' labels translated.
"""

from __future__ import annotations

import pytest

from soyuz_gui.app.kiosk.host import (
    KioskHost,
    KioskImagesPane,
    KioskTimelinePane,
    KioskZoomablePane,
    images_pane_in,
    timeline_pane_in,
    zoomable_pane_in,
)

LANGUAGES = ("en", "ru", "ja")


@pytest.mark.parametrize("code", LANGUAGES)
def test_real_panes_satisfy_the_protocols(make_kiosk, code):
    window = make_kiosk(code).window
    host: KioskHost = window  # mypy checks this assignment in host.py (_the_real_classes_conform)
    assert isinstance(host.timeline, KioskTimelinePane)
    assert isinstance(host.images, KioskImagesPane)
    assert isinstance(host.images, KioskZoomablePane)
    assert not isinstance(window.details, KioskZoomablePane)  # the overview page zooms as text, not through a view


def test_the_controller_refuses_a_window_that_is_not_a_main_window(qtbot):
    from PySide6.QtWidgets import QWidget

    from soyuz_gui.app.kiosk.controller import KioskController

    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(TypeError, match="QMainWindow"):
        KioskController(widget)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_kiosk_drives_the_real_timeline_and_images_panes(make_kiosk, code):
    kiosk = make_kiosk(code, playlist=["soyuz-ms-08"], attract_steps=["timeline", "patch"], dwell_seconds=12)
    window, controller = kiosk.window, kiosk.controller
    timeline_tab, images_tab = controller.find_tab("timeline"), controller.find_tab("image")
    assert timeline_tab is not None and images_tab is not None  # found by object name: the labels are translated
    kiosk.steps.clear()

    kiosk.advance(12)  # the timeline step: the real pane shows the mission and its highlight walks
    assert kiosk.steps == [("soyuz-ms-08", "timeline")]
    assert window.tabs.currentWidget() is timeline_tab
    timeline = timeline_pane_in(window, timeline_tab)
    assert timeline is window.timeline
    view = window.timeline.view
    first = view.current_key
    assert first is not None
    kiosk.advance(3)
    assert view.current_key != first

    scale = view.scale  # the touch bar's + and − zoom the real timeline view
    assert zoomable_pane_in(timeline_tab) is window.timeline
    assert controller.zoom(1)
    assert view.scale.width == scale.width and view.scale != scale
    assert controller.zoom(-1)

    kiosk.advance(12)  # the patch step: the real images pane opens on the mission's patch
    assert kiosk.steps[-1] == ("soyuz-ms-08", "patch")
    assert window.tabs.currentWidget() is images_tab
    assert images_pane_in(window, images_tab) is window.images
    assert window.images.mission_id == "soyuz-ms-08"
    assert window.images.items()  # the patch (or its generated emblem) at least
    assert window.images.current_index() == 0
    assert zoomable_pane_in(images_tab) is window.images
