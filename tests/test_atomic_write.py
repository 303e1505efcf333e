"""The one atomic file writer: the new bytes or the old file, never half a file, and no temporary left over."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from soyuz_gui import atomic_write
from soyuz_gui.atomic_write import AtomicWriteError, set_aside, write_atomically


def test_writes_bytes_and_text(tmp_path: Path) -> None:
    assert write_atomically(tmp_path / "a.bin", b"\x00\x01\xff") == tmp_path / "a.bin"
    write_atomically(tmp_path / "b.txt", "Королёв\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01\xff"
    assert (tmp_path / "b.txt").read_bytes() == "Королёв\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.txt"]


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "status.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_umask_permissions_unless_a_mode_is_given(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomically(tmp_path / "plain", b"x")
        write_atomically(tmp_path / "shared", b"x", mode=0o644)
        write_atomically(tmp_path / "private", b"x", mode=0o600)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "plain").stat().st_mode) == 0o640  # 0o666 less the umask, as open() gives
    assert stat.S_IMODE((tmp_path / "shared").stat().st_mode) == 0o644  # exactly, whatever the umask
    assert stat.S_IMODE((tmp_path / "private").stat().st_mode) == 0o600


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failure_midway_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              failing: str) -> None:
    target = tmp_path / "catalog.bin"
    target.write_bytes(b"old contents")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, failing, full_disk)
    with pytest.raises(AtomicWriteError) as raised:
        write_atomically(target, b"new contents that never arrive")
    monkeypatch.undo()
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.bin"]
    assert str(raised.value) == f"Cannot write {target}: No space left on device"
    assert raised.value.errno == 28 and raised.value.filename == str(target)


def test_an_interrupt_midway_leaves_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "a", b"x")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_an_unwritable_folder_gives_an_error_naming_the_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root writes through permission bits; sysfs refuses new files even to root
        folder = Path("/sys")
        if not folder.is_dir():
            pytest.skip("running as root without /sys")
        before = sorted(folder.iterdir())
        with pytest.raises(AtomicWriteError) as raised:
            write_atomically(folder / "soyuz-test.png", b"new")
        assert str(raised.value) == f"Cannot write {folder / 'soyuz-test.png'}: Permission denied"
        assert sorted(folder.iterdir()) == before
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "kept.png").write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(AtomicWriteError) as raised:
            write_atomically(folder / "kept.png", b"new")
    finally:
        folder.chmod(0o700)
    assert str(raised.value) == f"Cannot write {folder / 'kept.png'}: Permission denied"
    assert (folder / "kept.png").read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["kept.png"]


def test_a_missing_folder_gives_an_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(AtomicWriteError, match="Cannot write .*nowhere.*a.txt: No such file or directory"):
        write_atomically(tmp_path / "nowhere" / "a.txt", "x")


def test_set_aside_keeps_the_file_under_a_new_name(tmp_path: Path) -> None:
    broken = tmp_path / "kiosk-usage.json"
    broken.write_text("{not json")
    aside = set_aside(broken, ".corrupt")
    assert aside == tmp_path / "kiosk-usage.json.corrupt"
    assert aside.read_text() == "{not json" and not broken.exists()
    with pytest.raises(FileNotFoundError):
        set_aside(broken, ".corrupt")


def test_no_other_module_writes_files_its_own_atomic_way() -> None:
    package = Path(atomic_write.__file__).parent
    ways = ("QSaveFile", "os.replace(", "os.rename(", "mkstemp(", "NamedTemporaryFile(")
    found = sorted(f"{path.relative_to(package)}: {way}" for path in package.rglob("*.py")
                   if path.name != "atomic_write.py" for way in ways if way in path.read_text(encoding="utf-8"))
    assert found == []
