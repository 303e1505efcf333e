"""The wheel carries data/ and resources/ (setup.py's build hook), and the resolver finds them when installed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not any(part.startswith(".") for part in p.parts)
    }


def _has_pypa_build() -> bool:
    """True when ``python -m build`` is the PyPA tool (a checkout's own build/ folder can shadow the name)."""
    try:
        return importlib.util.find_spec("build.__main__") is not None
    except ImportError:
        return False


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of the checkout, built as pip builds it (isolated, from pyproject.toml + setup.py)."""
    out = tmp_path_factory.mktemp("wheel")
    if _has_pypa_build():  # python -m build, when the environment has it
        command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)]
    else:
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q",
                   "-w", str(out), str(REPO)]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, f"{' '.join(command)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    wheels = list(out.glob("soyuz_gui-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's contents: what an installer puts in site-packages (the package is pure Python)."""
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_carries_data_and_resources(wheel: Path) -> None:
    names = _names(wheel)
    assert "soyuz_gui/_bundled/data/missions/soyuz-ms-07.yaml" in names
    assert "soyuz_gui/_bundled/resources/icons/soyuz-gui.svg" in names
    assert "soyuz_gui/paths.py" in names
    # The RECORD lists what pip installs and uninstalls: the copied folders must be in it.
    record = next(n for n in names if n.endswith(".dist-info/RECORD"))
    with zipfile.ZipFile(wheel) as archive:
        assert "soyuz_gui/_bundled/data/missions/soyuz-ms-07.yaml" in archive.read(record).decode()
    assert not [n for n in names if n.startswith(("packaging/", "tests/", "data/", "resources/"))]


def test_wheel_has_every_data_and_resource_file(wheel: Path) -> None:
    names = _names(wheel)
    for folder in ("data", "resources"):
        expected = {f"soyuz_gui/_bundled/{folder}/{name}" for name in _files(REPO / folder)}
        missing = sorted(expected - names)
        assert not missing, f"{len(missing)} files of {folder}/ not in the wheel, e.g. {missing[:5]}"


def _run_resolver(pythonpath: Path | None, cwd: Path, env_extra: dict[str, str] | None = None,
                  prelude: str = "") -> dict[str, str]:
    code = (
        "import json, sys\n" + prelude +
        "import soyuz_gui, soyuz_gui.paths as p\n"
        "print(json.dumps({'package': soyuz_gui.__file__, 'root': str(p.bundle_root()),"
        " 'data': str(p.data_dir()), 'icon': str(p.resource('icons', 'soyuz-gui.svg'))}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("SOYUZ_GUI_ROOT", "PYTHONPATH")}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_resolver_in_an_installed_wheel(unpacked: Path, tmp_path: Path) -> None:
    found = _run_resolver(unpacked, cwd=tmp_path)
    assert Path(found["package"]).is_relative_to(unpacked), "imported soyuz_gui from elsewhere than the wheel"
    assert Path(found["root"]) == unpacked / "soyuz_gui" / "_bundled"
    assert (Path(found["data"]) / "missions" / "soyuz-ms-07.yaml").is_file()
    assert Path(found["icon"]).is_file()


def test_installed_wheel_loads_its_data(unpacked: Path, tmp_path: Path) -> None:
    """The curator command, run from the unpacked wheel, validates the wheel's own copy of the data."""
    env = {k: v for k, v in os.environ.items() if k not in ("SOYUZ_GUI_ROOT",)}
    env["PYTHONPATH"] = str(unpacked)
    proc = subprocess.run([sys.executable, "-m", "soyuz_gui", "data", "list", "--kind", "mission"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "soyuz-ms-07" in proc.stdout


def test_resolver_in_a_checkout(tmp_path: Path) -> None:
    found = _run_resolver(REPO, cwd=tmp_path)
    if (REPO / "soyuz_gui" / "_bundled" / "data").is_dir():
        pytest.skip("this checkout has a soyuz_gui/_bundled/ left from a build")
    assert Path(found["root"]) == REPO


def test_resolver_in_a_frozen_bundle(tmp_path: Path) -> None:
    """PyInstaller puts data/ and resources/ in sys._MEIPASS; that wins over the other layouts."""
    for folder in ("data", "resources"):
        (tmp_path / "bundle" / folder).mkdir(parents=True)
    found = _run_resolver(REPO, cwd=tmp_path, prelude=f"sys._MEIPASS = {str(tmp_path / 'bundle')!r}\n")
    assert Path(found["root"]) == tmp_path / "bundle"


def test_resolver_override(tmp_path: Path) -> None:
    found = _run_resolver(REPO, cwd=tmp_path, env_extra={"SOYUZ_GUI_ROOT": str(tmp_path)})
    assert Path(found["root"]) == tmp_path
    assert Path(found["data"]) == tmp_path / "data"
