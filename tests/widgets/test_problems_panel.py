"""The status bar and the Data problems panel count a load's problems the same way."""

import re

from soyuz_gui.loading.problems import DataProblem, Severity
from soyuz_gui.widgets.problems_panel import ProblemsPanel, problem_counts, status_text

PROBLEMS = [
    DataProblem("data/missions/a.yaml", 3, 1, "programme", "unknown programme id 'soyz'", skipped=False),
    DataProblem("data/missions/b.yaml", 1, 1, "", "file is empty", skipped=True),
    DataProblem("data/missions/b.yaml", 2, 1, "name", "must not be empty", skipped=True),
    DataProblem("data/people/c.yaml", 9, 3, "notes[0].mentions[0]", "unknown entity id 'x'"),
    DataProblem("data/missions/d.yaml", 7, 3, "stated.crew_size", "differs", severity=Severity.WARNING),
    DataProblem("data/people/e.yaml", 5, 3, "stated.flights", "differs", severity=Severity.WARNING),
]


def test_status_bar_and_panel_give_the_same_numbers(qtbot):
    """4 errors and 2 warnings: the status bar used to say "4 data problems" and the panel "6 problems"."""
    assert problem_counts(PROBLEMS) == (4, 2, 1)
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(PROBLEMS)
    status = status_text(PROBLEMS)
    assert status == "⚠ 4 data errors, 2 warnings, 1 files skipped"
    assert panel.summary.text().startswith("4 data errors and 2 warnings; 1 files were skipped.")
    assert re.findall(r"\d+", status) == re.findall(r"\d+", panel.summary.text())[:3]
    assert panel.table.rowCount() == len(PROBLEMS)


def test_warnings_only_and_no_problems():
    warnings = [p for p in PROBLEMS if p.severity == Severity.WARNING]
    assert status_text(warnings) == "2 data warnings"
    assert status_text([]) == ""
