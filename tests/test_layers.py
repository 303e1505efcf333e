"""The layering contract, read from the source with ``ast`` (module-level imports; TYPE_CHECKING blocks excluded).

domain and loading never reach PySide6 (directly or through other soyuz_gui modules); models never import widgets
or app; widgets never import app. And no module grows past 500 lines, except today's shrinking allow-list.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "soyuz_gui"
MAX_LINES = 500
# Modules allowed over the limit: none since the #20 splits; never add one.
TOO_LONG_TODAY: frozenset[str] = frozenset()


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


@cache
def imports_of(module: str) -> frozenset[str]:
    """The modules ``module`` imports at module level (outside functions and TYPE_CHECKING blocks)."""
    path = MODULES[module]
    found: set[str] = set()
    body = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while body:
        node = body.pop(0)
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module if path.name == "__init__.py" else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}".rstrip(".")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            body[:0] = [*node.body, *node.orelse]
        elif isinstance(node, ast.Try):
            body[:0] = [*node.body, *node.orelse, *node.finalbody, *(h for x in node.handlers for h in x.body)]
    return frozenset(found)


def reached_from(module: str) -> set[str]:
    """Every module imported at import time of ``module``, following soyuz_gui modules (and their packages)."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        for name in imports_of(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            parts = name.split(".")
            for i in range(1, len(parts) + 1):
                prefix = ".".join(parts[:i])
                if prefix in MODULES and prefix not in seen | {module}:
                    seen.add(prefix)
                    todo.append(prefix)
            if name in MODULES:
                todo.append(name)
    return seen


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith(("soyuz_gui.domain", "soyuz_gui.loading"))])
def test_domain_and_loading_reach_no_qt(module: str) -> None:
    qt = sorted(name for name in reached_from(module) if name.split(".")[0] in ("PySide6", "shiboken6"))
    assert not qt, f"{module} reaches {qt}"


@pytest.mark.parametrize(("layer", "forbidden"), [
    ("soyuz_gui.models", ("soyuz_gui.widgets", "soyuz_gui.app")),
    ("soyuz_gui.widgets", ("soyuz_gui.app",)),
])
def test_no_import_upwards(layer: str, forbidden: tuple[str, ...]) -> None:
    wrong = {module: sorted(n for n in imports_of(module) if n.startswith(forbidden))
             for module in MODULES if module.startswith(layer)}
    assert not {m: names for m, names in wrong.items() if names}


def test_modules_stay_under_the_line_limit() -> None:
    too_long = {str(path.relative_to(ROOT)) for path in MODULES.values()
                if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES}
    assert too_long <= TOO_LONG_TODAY, f"over {MAX_LINES} lines: {sorted(too_long - TOO_LONG_TODAY)}"
    # An entry whose module has been split must leave the list, so the list can only shrink.
    assert too_long >= TOO_LONG_TODAY, f"split already, drop from the list: {sorted(TOO_LONG_TODAY - too_long)}"
