"""The layering contract, read from the source with ``ast`` (module-level imports; TYPE_CHECKING blocks excluded).

domain and loading never reach PySide6 (directly or through other soyuz_gui modules); models never import widgets
or app; widgets never import app; no two modules import each other, not even lazily. No module grows past 500 lines.
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


def _from_base(node: ast.ImportFrom, module: str) -> str:
    """The absolute module a ``from ... import`` reads from (relative imports resolved against ``module``)."""
    base = node.module or ""
    if node.level:
        package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}".rstrip(".")
    return base


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
            base = _from_base(node, module)
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


@cache
def every_import_of(module: str) -> frozenset[str]:
    """The soyuz_gui modules ``module`` imports anywhere, inside functions too (TYPE_CHECKING blocks excluded)."""
    path = MODULES[module]
    found: set[str] = set()
    todo: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _from_base(node, module)
            submodules = {f"{base}.{alias.name}" for alias in node.names} & MODULES.keys()
            found.update(submodules or {base})
        todo.extend(ast.iter_child_nodes(node))
    return frozenset(name for name in found if name in MODULES and name != module)


def test_no_import_cycle() -> None:
    """No two modules import each other, even through a function-level import: each one can be read alone."""
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(every_import_of(module)):
            if state.get(target) == 1:
                return [*path[path.index(target):], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[module] = 2
        return None

    for module in MODULES:
        if module not in state:
            cycle = visit(module)
            assert cycle is None, " -> ".join(cycle)
