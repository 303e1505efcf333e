"""The page is one Tab stop; → and ← walk its links; screen readers see the links as links with their names."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from soyuz_gui.widgets.detail_pane import DetailPane


def _page_between_two_boxes(qtbot, catalog):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before, pane, after = QLineEdit(host), DetailPane(catalog, host), QLineEdit(host)
    for widget in (before, pane, after):
        layout.addWidget(widget)
    pane.show_entity("soyuz-ms-07")
    host.resize(900, 700)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    pane.host = host  # keeps the window alive for the test
    return before, pane, after


def test_tab_leaves_the_page_in_one_press(qtbot, catalog):
    before, pane, after = _page_between_two_boxes(qtbot, catalog)
    assert len(pane.links()) > 50  # MS-07 has many links, none of them is a Tab stop
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert pane.hasFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert pane.hasFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()


def test_the_arrows_walk_the_links_and_enter_opens_one(qtbot, catalog):
    _before, pane, _after = _page_between_two_boxes(qtbot, catalog)
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    assert pane.focused_link() is None
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert pane.focused_link() == 0
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert pane.focused_link() == 1
    qtbot.keyClick(pane, Qt.Key.Key_Left)
    assert pane.focused_link() == 0
    qtbot.keyClick(pane, Qt.Key.Key_Left)  # wraps to the last link
    assert pane.focused_link() == len(pane.links()) - 1
    target = next(i for i, link in enumerate(pane.links()) if link.href == "soyuz:anton-shkaplerov")
    while pane.focused_link() != target:
        qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert pane.hasFocus()
    with qtbot.waitSignal(pane.entity_requested) as blocker:
        qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert blocker.args == ["anton-shkaplerov"]


def test_assistive_technology_gets_the_links_as_links(qtbot, catalog):
    _before, pane, _after = _page_between_two_boxes(qtbot, catalog)
    page = QAccessible.queryAccessibleInterface(pane)
    groups = [page.child(i) for i in range(page.childCount())]
    links_group = next(g for g in groups if g.role() == QAccessible.Role.Grouping)
    assert links_group.text(QAccessible.Text.Name) == "Links on this page"
    links = [links_group.child(i) for i in range(links_group.childCount())]
    assert len(links) == len(pane.links())
    assert {link.role() for link in links} == {QAccessible.Role.Link}
    names = [link.text(QAccessible.Text.Name) for link in links]
    assert {"Anton Shkaplerov", "Norishige Kanai", "Scott D. Tingle", "Expedition 54", "Source 1"} <= set(names)
    assert all(names)
    shkaplerov = names.index("Anton Shkaplerov")
    assert links[shkaplerov].text(QAccessible.Text.Value) == "soyuz:anton-shkaplerov"
    assert links_group.indexOfChild(links[shkaplerov]) == shkaplerov
    assert links[shkaplerov].parent().object() is pane.viewport()
    rect = links[shkaplerov].rect()
    assert rect.width() > 20 and rect.height() > 5
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    while pane.focused_link() != shkaplerov:
        pane.walk_links(True)
    assert links[shkaplerov].state().focused
    assert links_group.focusChild() is links[shkaplerov]
    pane.show_entity("anton-shkaplerov")  # a new page, new links
    assert not links[shkaplerov].isValid() or links[shkaplerov].text(QAccessible.Text.Name) == "Anton Shkaplerov"
    assert links_group.childCount() == len(pane.links())
