"""The timeline's two lists have visible labels with mnemonics (issue 17), not only accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from soyuz_gui.widgets.timeline.pane import TimelinePane

LABELS = {"en": ("Sho&w:", "&Time:"), "ru": ("&Вид:", "&Время:"), "ja": ("表示(&W):", "時刻(&T):")}


@pytest.mark.parametrize("code", ["en", "ru", "ja"])
def test_each_list_has_a_visible_label_with_a_mnemonic(qtbot, catalog, language, code):
    if code != "en":
        language(code)
    pane = TimelinePane(catalog)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    for label, box, text in ((pane.view_label, pane.view_box, LABELS[code][0]),
                             (pane.time_label, pane.time_box, LABELS[code][1])):
        assert isinstance(label, QLabel) and label.isVisible()
        assert label.text() == text
        assert label.buddy() is box
        assert not QKeySequence.mnemonic(label.text()).isEmpty()
        # beside its list, before it: read (and tabbed) in that order
        assert label.geometry().right() <= box.geometry().left()
        assert abs(label.geometry().center().y() - box.geometry().center().y()) <= 2


@pytest.mark.parametrize(("key", "box", "start"), [(Qt.Key.Key_W, "view_box", "time_box"),
                                                  (Qt.Key.Key_T, "time_box", "view_box")])
def test_the_mnemonic_moves_the_focus_to_its_list(qtbot, catalog, key, box, start):
    pane = TimelinePane(catalog)
    qtbot.addWidget(pane)
    pane.show()
    pane.activateWindow()
    assert QTest.qWaitForWindowActive(pane)  # shortcuts, mnemonics among them, work in the active window only
    getattr(pane, start).setFocus()
    QApplication.processEvents()
    QTest.keyClick(getattr(pane, start), key, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert QApplication.focusWidget() is getattr(pane, box)
