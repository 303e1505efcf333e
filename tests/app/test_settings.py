import logging

from PySide6.QtCore import QByteArray

from soyuz_gui.app.settings import Settings
from soyuz_gui.app.theme import ThemeMode


def test_values_round_trip(tmp_path):
    path = str(tmp_path / "s.ini")
    settings = Settings(path)
    settings.set_theme(ThemeMode.DARK)
    settings.set_last_entity("soyuz-ms-07")
    settings.save_layout(QByteArray(b"g"), QByteArray(b"s"), QByteArray(b"p"))
    settings.sync()
    again = Settings(path)
    assert again.theme() == ThemeMode.DARK
    assert again.last_entity() == "soyuz-ms-07"
    assert again.window_geometry() == QByteArray(b"g")


def test_corrupt_file_is_kept_aside_and_defaults_are_used(tmp_path, caplog):
    path = tmp_path / "s.ini"
    path.write_bytes(b"[view]\ntheme=dark\ngeometry=@ByteArray(\x00\xff\n[[[[\n\xff\xfe")  # Qt: FormatError
    with caplog.at_level(logging.WARNING):
        settings = Settings(str(path))
    assert settings.theme() == ThemeMode.SYSTEM
    assert any("could not be read" in record.message for record in caplog.records)
    backups = list(tmp_path.glob("s.ini.unreadable-*"))
    assert len(backups) == 1
    assert backups[0].read_bytes().startswith(b"[view]")  # what the user had is never lost


def test_wrong_types_fall_back_to_defaults(tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[view]\ntheme=purple\ngrouping=7\n[navigation]\nlast=\n")
    settings = Settings(str(path))
    assert settings.theme() == ThemeMode.SYSTEM
    assert settings.last_entity() is None
