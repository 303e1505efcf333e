"""Build hook: wheels carry ``data/`` and ``resources/`` as ``soyuz_gui/_bundled/`` (see ``soyuz_gui/paths.py``).

Everything else about the package is declared in ``pyproject.toml``. The sdist carries both folders at the top
(``MANIFEST.in``), so a wheel built from the sdist - what ``python -m build`` does - gets them too.
An editable install copies nothing: the resolver finds the checkout's folders directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("data", "resources")


class BuildPyWithBundle(build_py):
    """``build_py`` that also copies the data set and the resources into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "soyuz_gui" / "_bundled"
        for name in BUNDLED:
            source = ROOT / name
            if not source.is_dir():
                raise SystemExit(f"setup.py: {source} is missing; the wheel would have no {name}/")
            destination = target / name
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "soyuz_gui" / "_bundled"
        if target.is_dir():
            outputs += [str(p) for p in target.rglob("*") if p.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithBundle})
