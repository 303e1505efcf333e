"""A table of the data problems found while loading: which files were skipped and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soyuz_gui.loading import DataProblem, Severity


class ProblemsPanel(QWidget):
    COLUMNS = ("Severity", "File", "Line", "Field", "Problem")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("problemsTable")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Data problems")
        self.table.setAccessibleDescription("Files that were skipped or have problems, with line and field")
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def set_problems(self, problems: Sequence[DataProblem]) -> None:
        self.table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            severity = "skipped" if problem.skipped else problem.severity.value
            values = (severity, problem.file, str(problem.line), problem.field or "—", problem.message)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(problem))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        skipped = len({p.file for p in problems if p.skipped})
        errors = sum(1 for p in problems if p.severity == Severity.ERROR)
        if not problems:
            self.summary.setText("No problems: every data file loaded cleanly.")
        else:
            self.summary.setText(
                f"{len(problems)} problems ({errors} errors, {len(problems) - errors} warnings); "
                f"{skipped} files were skipped. Everything else is shown. "
                f"Run 'soyuz-gui data validate' for the same list in a terminal.")
