"""A table of the data problems found while loading: which files were skipped and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
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


def problem_counts(problems: Sequence[DataProblem]) -> tuple[int, int, int]:
    """(errors, warnings, files skipped): the one count the status bar and the panel both show."""
    errors = sum(1 for p in problems if p.severity == Severity.ERROR)
    return errors, len(problems) - errors, len({p.file for p in problems if p.skipped})


def status_text(problems: Sequence[DataProblem]) -> str:
    """The status bar's words for a load's problems, with the same numbers as the panel's summary.

    (The status bar used to call only the errors "data problems" while the panel counted errors and warnings as
    problems: "4 data problems" there, "6 problems" here, for the same load.)
    """
    errors, warnings, skipped = problem_counts(problems)
    translate = QCoreApplication.translate
    if errors:
        text = (translate("ProblemsPanel", "⚠ {errors} data errors, {warnings} warnings").format(
            errors=errors, warnings=warnings) if warnings
            else translate("ProblemsPanel", "⚠ {errors} data errors").format(errors=errors))
    elif warnings:
        text = translate("ProblemsPanel", "{warnings} data warnings").format(warnings=warnings)
    else:
        return ""
    if skipped:
        text += translate("ProblemsPanel", ", {count} files skipped").format(count=skipped)
    return text


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
        errors, warnings, skipped = problem_counts(problems)
        if not problems:
            self.summary.setText(self.tr("No problems: every data file loaded cleanly."))
        else:
            self.summary.setText(
                self.tr("{errors} data errors and {warnings} warnings; {skipped} files were skipped. "
                        "Everything else is shown. Run '{command}' for the same list in a terminal.").format(
                    errors=errors, warnings=warnings, skipped=skipped, command="soyuz-gui data validate"))

    def _severity_label(self, problem: DataProblem) -> str:
        if problem.skipped:
            return self.tr("skipped", "a data file that was not loaded")
        if problem.severity == Severity.ERROR:
            return self.tr("error")
        if problem.severity == Severity.WARNING:
            return self.tr("warning")
        return problem.severity.value
