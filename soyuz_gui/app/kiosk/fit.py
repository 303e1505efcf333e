"""Keep large kiosk text readable: whole mission names in the tree, whole words on the pages.

The desktop layout was drawn for the desktop font. At the kiosk's ``font_scale`` (up to 3x) two things went wrong:
the tree's name column was squeezed by the details column ("Soyuz M…"), and the detail pages' fixed-width side
columns (the Facts box is 320 px) stayed 320 px while the text tripled, so values wrapped one letter per line.
Both are fixed from the outside, without touching the widgets:

* :class:`TreeFitter` measures the names of the top two levels of the tree (programmes, missions or years), gives
  the name column that width, the details column what is left (at least a date), and asks the splitter for the
  sum. When the screen cannot hold both, the details column goes and the names stay whole.
* :class:`PageFitter` scales every fixed-width table column of the page by the ratio of the page's font to the
  desktop font (at most half the page wide) and wraps at word boundaries only. A data table whose words cannot
  stand side by side gets smaller text (never below the desktop size) instead of splitting words; long web
  addresses may break after a slash or a dot. A side
  column that would need more than half the page (the Facts box at large text) moves above the main column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import (
    QFontMetrics,
    QTextCursor,
    QTextFormat,
    QTextFrame,
    QTextLength,
    QTextOption,
    QTextTable,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QStyle, QTextEdit, QTreeView
from shiboken6 import Shiboken

from soyuz_gui.app.kiosk.tree_details import DetailsDelegate

MAX_MEASURED_ROWS = 5000  # rows of the top two levels measured (the bundled data has about 250)
ORIGINAL_WIDTH = 0x100000 + 0x5A  # QTextFormat.UserProperty + n: a table column's width as the page gave it
SIDE_COLUMN_SHARE = 0.5  # a scaled side column takes at most this share of the page width
SPLITTER_SHARE = 0.45  # the tree takes at most this share of the window
LONG_TOKEN = 28  # characters without a space after which a token gets break opportunities
ZWSP = "\u200b"  # zero-width space: a line may break here, nothing is drawn
BREAK_AFTER = "/.-_?&=:"


def _walk_frames(frame: QTextFrame) -> list[QTextFrame]:
    frames = [frame]
    for child in frame.childFrames():
        frames.extend(_walk_frames(child))
    return frames


class PageFitter(QObject):
    """Scales the fixed table columns of a text page with its font; words wrap whole."""

    def __init__(self, editor: QTextEdit, desktop_line_height: float) -> None:
        super().__init__(editor)
        self._editor = editor
        self._desktop = max(1.0, desktop_line_height)
        self._busy = False
        self._pending = False
        # Whole words only. Long tokens (web addresses) get break opportunities after / . - etc., and a table
        # whose words cannot fit side by side gets smaller text (see fit()), so nothing sticks out sideways.
        editor.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        editor.document().setUndoRedoEnabled(False)  # a read-only page: the fitter's edits need no undo history
        editor.document().contentsChanged.connect(self._schedule)
        editor.viewport().installEventFilter(self)
        self.fit()

    def ratio(self) -> float:
        """How much larger the page's text is than the desktop text the page was designed for."""
        return QFontMetrics(self._editor.document().defaultFont()).height() / self._desktop

    def _schedule(self) -> None:
        if self._busy or self._pending:
            return
        self._pending = True
        QTimer.singleShot(0, self, self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._schedule()
        return False

    def fit(self) -> int:
        """Rescale the fixed columns now; returns how many columns changed."""
        self._pending = False
        if self._busy or not Shiboken.isValid(self._editor):
            return 0
        self._busy = True
        changed = 0
        try:
            ratio = max(1.0, self.ratio())
            limit = max(80.0, self._editor.viewport().width() * SIDE_COLUMN_SHARE)
            for frame in _walk_frames(self._editor.document().rootFrame()):
                if not isinstance(frame, QTextTable):
                    continue
                table_format = frame.format()
                widths = table_format.columnWidthConstraints()
                original = table_format.property(ORIGINAL_WIDTH)
                if not isinstance(original, list) or len(original) != len(widths):
                    original = [w.rawValue() if w.type() == QTextLength.Type.FixedLength else -1.0 for w in widths]
                    if all(value < 0 for value in original):
                        continue
                    table_format.setProperty(ORIGINAL_WIDTH, original)
                if frame.rows() == 1 and frame.columns() == 2 and original[1] >= 0 and original[0] < 0 \
                        and original[1] * ratio > limit:
                    self._stack(frame)
                    changed += 1
                    self._pending = True  # moving the cell replaced its frames: look again from the start
                    QTimer.singleShot(0, self, self.fit)
                    break
                wanted = [QTextLength(QTextLength.Type.FixedLength, min(limit, value * ratio)) if value >= 0 else width
                          for value, width in zip(original, widths, strict=True)]
                if [(w.type(), round(w.rawValue())) for w in wanted] != \
                        [(w.type(), round(w.rawValue())) for w in widths]:
                    table_format.setColumnWidthConstraints(wanted)
                    frame.setFormat(table_format)
                    changed += 1
            if not self._pending:
                changed += self._break_long_tokens()
                changed += self._shrink_wide_tables()
        finally:
            self._busy = False
        return changed

    def _break_long_tokens(self) -> int:
        """Allow line breaks inside long unbroken tokens (web addresses, file names) after / . - _ ? & = ."""
        document = self._editor.document()
        pattern = QRegularExpression(f"[^\\s{ZWSP}]{{{LONG_TOKEN},}}")
        found: list[tuple[int, str]] = []
        cursor = document.find(pattern, 0)
        while not cursor.isNull():
            found.append((cursor.selectionStart(), cursor.selectedText()))
            cursor = document.find(pattern, cursor.selectionEnd())
        if not found:
            return 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for start, token in reversed(found):
            for offset in range(len(token) - 1, 0, -1):
                if token[offset - 1] in BREAK_AFTER:
                    edit.setPosition(start + offset)
                    edit.insertText(ZWSP)
        edit.endEditBlock()
        return len(found)

    def _shrink_wide_tables(self) -> int:
        """Give a table whose columns cannot hold their words side by side smaller text, until it fits."""
        document = self._editor.document()
        layout = document.documentLayout()
        available = self._editor.viewport().width() - 2 * document.documentMargin() - 2
        floor = self._desktop_point_size()
        shrunk = 0
        for _ in range(4):
            # Tables holding no other table: those are the ones whose words set the width. One that is wide only
            # because its parent is (a percentage width) shrinks a little too; the next pass settles it.
            wide = [frame for frame in _walk_frames(document.rootFrame())
                    if isinstance(frame, QTextTable) and not any(isinstance(child, QTextTable)
                                                                 for child in _walk_frames(frame)[1:])
                    and layout.frameBoundingRect(frame).width() > available + 1]
            if not wide:
                break
            moved = False
            for table in wide:
                factor = max(0.5, available / layout.frameBoundingRect(table).width() * 0.97)
                moved = self._scale_text(table.firstPosition(), table.lastPosition(), factor, floor) or moved
            if not moved:
                break
            shrunk += 1
        return shrunk

    def _desktop_point_size(self) -> float:
        font = self._editor.document().defaultFont()
        return max(6.0, font.pointSizeF() * self._desktop / max(1, QFontMetrics(font).height()))

    def _scale_text(self, start: int, end: int, factor: float, floor: float) -> bool:
        document = self._editor.document()
        base = document.defaultFont().pointSizeF()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        changed = False
        block = document.findBlock(start)
        while block.isValid() and block.position() <= end:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid():
                    char_format = fragment.charFormat()
                    size = char_format.font().pointSizeF()  # what is drawn, "small"/"large" adjustments included
                    if size <= 0:
                        size = base
                    wanted = max(floor, size * factor)
                    if wanted < size - 0.05:
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        # an adjustment would win over a point size: replace it by the size it gave
                        char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                        char_format.setFontPointSize(wanted)
                        cursor.setCharFormat(char_format)
                        changed = True
                iterator += 1
            block = block.next()
        cursor.endEditBlock()
        return changed


    @staticmethod
    def _stack(table: QTextTable) -> None:
        """Put a fixed-width side column (the Facts box) above the main column when it does not fit beside it."""
        cursor = table.cellAt(0, 1).firstCursorPosition()
        cursor.setPosition(table.cellAt(0, 1).lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        side = cursor.selection()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        table.insertRows(0, 1)
        target = table.cellAt(0, 0).firstCursorPosition()
        target.insertFragment(side)
        table.removeColumns(1, 1)
        table_format = table.format()
        table_format.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100)])
        table_format.setProperty(ORIGINAL_WIDTH, [-1.0])
        table.setFormat(table_format)
        cursor.endEditBlock()


class TreeFitter(QObject):
    """Sizes the tree's columns and the splitter so that programme and mission names are never cut short."""

    def __init__(self, view: QTreeView, splitter: QSplitter | None, window_width: Callable[[], int]) -> None:
        super().__init__(view)
        self._view = view
        self._splitter = splitter
        self._window_width = window_width
        self._pending = False
        self.name_width = 0
        self.details_width = 0  # the widest Details text (a date and the outcomes), measured with the names
        self.details_hidden = False
        view.setItemDelegateForColumn(1, DetailsDelegate(view))  # cut between whole words only
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._schedule)
        view.expanded.connect(self._schedule)
        view.collapsed.connect(self._schedule)
        view.installEventFilter(self)

    def _schedule(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._schedule()
        return False

    def measure_names(self) -> int:
        """Pixels the name column needs for every row of the top two levels, with indentation and icon."""
        view = self._view
        model = view.model()
        metrics = QFontMetrics(view.font())
        icon = view.iconSize().width()
        if icon <= 0:
            icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        indent = view.indentation()
        widest = 0
        details = 0
        measured = 0
        stack: list[tuple[QModelIndex, int]] = [(QModelIndex(), -1)]
        while stack and measured < MAX_MEASURED_ROWS:
            parent, depth = stack.pop()
            while model.canFetchMore(parent):  # a lazy model: the kiosk needs the top two levels anyway
                model.fetchMore(parent)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                width = metrics.horizontalAdvance(text) + 4 * margin + 8
                if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                    width += icon + 2 * margin
                width += indent * (depth + 1 + (1 if view.rootIsDecorated() else 0))
                widest = max(widest, width)
                detail = str(model.index(row, 1, parent).data(Qt.ItemDataRole.DisplayRole) or "")
                details = max(details, metrics.horizontalAdvance(detail) + 4 * margin)
                measured += 1
                if depth + 1 < 1:  # programmes (or years, expeditions) and the missions under them
                    stack.append((index, depth + 1))
        self.details_width = details
        return widest

    def fit(self) -> None:
        self._pending = False
        if not Shiboken.isValid(self._view):
            return
        view = self._view
        header = view.header()
        names = self.measure_names()
        self.name_width = names
        if header.count() < 2:
            return
        metrics = QFontMetrics(view.font())
        date = metrics.horizontalAdvance("00 Mmm 0000") + 32
        bar = view.verticalScrollBar().sizeHint().width()
        chrome = bar + 2 * view.frameWidth() + 4
        splitter = self._splitter
        stacked = splitter is not None and splitter.orientation() == Qt.Orientation.Vertical
        # Side by side the tree takes at most a share of the window; stacked (portrait) it has the full width.
        limit = int(self._window_width() * (1.0 if stacked else SPLITTER_SHARE))
        wanted = names + date + chrome
        hide_details = wanted > limit
        # Room to spare up to the limit goes to the Details column, so more outcomes show whole.
        tree_width = min(limit, names + chrome) if hide_details else \
            min(limit, max(wanted, names + self.details_width + chrome))
        if hide_details != self.details_hidden:
            self.details_hidden = hide_details
            view.setColumnHidden(1, hide_details)
        if not hide_details:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(1, max(date, tree_width - names - chrome))
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if splitter is not None and splitter.count() == 2 and not stacked:
            total = sum(splitter.sizes()) or self._window_width()
            if abs(splitter.sizes()[0] - tree_width) > 2:
                splitter.setSizes([tree_width, max(200, total - tree_width)])
