"""Every benchmark still runs: each one with ``--tiny`` in a subprocess must exit 0 and print its figures, so a
benchmark broken by a change to the app turns CI red (the figures of a tiny run mean nothing; that they exist
does)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# For each benchmark, a pattern its figure line must match; the named group is the figure, parsed as a number.
FIGURES = {
    "startup.py": r"Soyuz Mission Browser\s+first paint median\s+(?P<n>[\d.]+) ms",
    "timeline.py": r"continuous\s+median\s+(?P<n>[\d.]+) ms",
    "tree.py": r"30 missions: lazy\s+(?P<n>[\d.]+) ms",
    "viewer.py": r"PNG app\s+(?P<n>[\d.]+)",
    "kiosk_soak.py": r"growth (?P<n>[+-][\d.]+) MB",
}


def test_every_benchmark_is_covered():
    assert sorted(FIGURES) == sorted(p.name for p in (REPO / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_the_benchmark_runs_tiny_and_prints_its_figure(name, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / name), "--tiny"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    found = re.search(FIGURES[name], done.stdout)
    assert found, done.stdout
    float(found.group("n"))  # parses as a number (raises otherwise)
