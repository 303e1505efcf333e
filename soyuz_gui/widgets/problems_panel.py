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
    COLUMNS = ("Severity", "File", "Line", "Field", "Problem")  # English names; the headers are translated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("problemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Severity"), self.tr("File"), self.tr("Line"), self.tr("Field"),
                                              self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Data problems"))
        self.table.setAccessibleDescription(self.tr("Files that were skipped or have problems, with line and field"))
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
            severity = self._severity_label(problem)
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
            self.summary.setText(self.tr("No problems: every data file loaded cleanly."))
        else:
            self.summary.setText(
                self.tr("{problems} problems ({errors} errors, {warnings} warnings); {skipped} files were skipped. "
                        "Everything else is shown. Run '{command}' for the same list in a terminal.").format(
                    problems=len(problems), errors=errors, warnings=len(problems) - errors, skipped=skipped,
                    command="soyuz-gui data validate"))

    def _severity_label(self, problem: DataProblem) -> str:
        if problem.skipped:
            return self.tr("skipped", "a data file that was not loaded")
        if problem.severity == Severity.ERROR:
            return self.tr("error")
        if problem.severity == Severity.WARNING:
            return self.tr("warning")
        return problem.severity.value
