"""The README's coverage table is generated from the data; it must not drift from it."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_readme_coverage_block_matches_the_data(catalog):
    spec = importlib.util.spec_from_file_location("data_coverage", REPO / "tools" / "data_coverage.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(module.START):readme.index(module.END) + len(module.END)]
    assert block == module.coverage(catalog), "run: python tools/data_coverage.py --write"


def test_readme_names_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "`tools/dev run`" in readme
    assert "`tools/dev test`" in readme
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "tools/dev test" in ci
