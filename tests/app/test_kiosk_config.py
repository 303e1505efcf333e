"""Kiosk config: schema, forgiving loading with precise messages, PIN hashing. No Qt needed."""

from __future__ import annotations

import hmac
import io
import subprocess
import sys
from pathlib import Path

import pytest

from soyuz_gui.app.kiosk import config as kc
from soyuz_gui.app.kiosk import pin_hash
from soyuz_gui.app.kiosk.config import (
    FIELDS,
    KioskConfig,
    Step,
    check_missions,
    hash_pin,
    load_config,
    parse_config,
    verify_pin,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "kiosk-example.yaml"
FAST = 10_000  # iterations for tests; the real default is much slower on purpose


def messages(result: kc.ConfigLoad) -> list[str]:
    return [str(p) for p in result.problems]


def test_defaults_are_valid_and_safe():
    config = KioskConfig()
    assert config.pin_hash is None  # no exit until an operator sets a PIN
    assert config.steps == (Step.OVERVIEW, Step.CREW, Step.TIMELINE, Step.PATCH)
    assert config.countdown_seconds < config.idle_seconds
    assert parse_config("").ok
    assert parse_config("# only a comment\n").config == KioskConfig()


def test_example_file_is_valid():
    result = load_config(EXAMPLE)
    assert result.ok, messages(result)
    assert result.config.home_mission == "soyuz-ms-07"
    assert result.config.playlist[0] == "soyuz-ms-07"


def test_bad_values_name_file_line_column_and_key_and_keep_the_good_ones():
    text = "dwell_seconds: 1\nidle_seconds: 120\nplaylist: [soyuz-ms-07, Soyuz MS-08]\nexit_corner: middle\n"
    result = parse_config(text, "kiosk.yaml")
    found = messages(result)
    assert "kiosk.yaml:1:16: dwell_seconds: Expected `float` >= 2.0" in found
    assert ("kiosk.yaml:3:25: playlist[1]: 'Soyuz MS-08' is not a mission id such as soyuz-ms-07 "
            "(did you mean 'soyuz-ms-08'?); entry skipped") in found
    assert any(m.startswith("kiosk.yaml:4:14: exit_corner: Invalid enum value 'middle'") and "top-right" in m
               for m in found)
    assert result.config.idle_seconds == 120  # the good key is kept
    assert result.config.dwell_seconds == KioskConfig().dwell_seconds  # the bad ones fall back
    assert result.config.playlist == ["soyuz-ms-07"]  # only the bad entry goes
    assert set(result.defaulted) == {"dwell_seconds", "exit_corner"}
    assert result.summary().endswith("using safe defaults for dwell_seconds, exit_corner; 1 playlist entry skipped")


def test_one_bad_playlist_entry_drops_that_entry_only():
    text = "playlist:\n  - soyuz-ms-07\n  - 12\n  - [a, b]\n  - soyuz-ms-08\n  - soyuz-tma-09m\n"
    result = parse_config(text, "k.yaml")
    assert result.config.playlist == ["soyuz-ms-07", "soyuz-ms-08", "soyuz-tma-09m"]
    assert messages(result) == [
        "k.yaml:3:5: playlist[1]: must be a mission id such as soyuz-ms-07, not 12; entry skipped",
        "k.yaml:4:5: playlist[2]: must be a mission id such as soyuz-ms-07, not a list; entry skipped",
    ]
    assert result.playlist_index == (0, 3, 4)  # where each kept entry was in the file
    assert result.defaulted == ()


def test_unknown_key_suggests_the_right_one():
    result = parse_config("dwel_seconds: 20\n", "k.yaml")
    assert messages(result) == ["k.yaml:1:1: dwel_seconds: unknown key (did you mean 'dwell_seconds'?)"]


def test_norway_problem_gets_a_hint():
    result = parse_config("language: no\n")
    assert "put the code in quotes" in messages(result)[0]
    assert parse_config('language: "no"\n').config.language == "no"


def test_malformed_pin_hash_is_explained_and_disables_exit():
    result = parse_config('pin_hash: "1234"\n')
    assert "hash-pin" in messages(result)[0]
    assert result.config.pin_hash is None


@pytest.mark.parametrize(("text", "expected"), [
    ("a: [1\n", "not valid YAML"),
    ("- 1\n- 2\n", "must be a mapping"),
    ("x: &a [1]\ny: *a\n", "anchors and aliases are not allowed"),
    ("idle_seconds: 30\ncountdown_seconds: 40\n", "countdown_seconds: must be shorter than idle_seconds (30)"),
    ("attract_steps: [crew, crew]\n", "attract_steps: lists a step twice"),
    ("dwell_seconds: 10\nidle_seconds: 60\ndwell_seconds: 20\n", "3:1: dwell_seconds: appears twice"),
    ("attract_steps: []\n", "attract_steps"),
    ("attract_steps: [dance]\n", "attract_steps[0]"),
    ("font_scale: 9\n", "font_scale: Expected `float` <= 3.0"),
    ("inhibit_screen_blanking: maybe\n", "Expected `bool`"),
])
def test_broken_files_give_a_clear_message_and_a_usable_config(text, expected):
    result = parse_config(text, "k.yaml")
    assert any(expected in m for m in messages(result)), messages(result)
    assert isinstance(result.config, KioskConfig)


def test_a_repeated_key_falls_back_and_the_rest_is_kept():
    result = parse_config("dwell_seconds: 30\nidle_seconds: 60\ndwell_seconds: 20\n")
    assert result.config.dwell_seconds == KioskConfig().dwell_seconds
    assert result.config.idle_seconds == 60
    assert result.defaulted == ("dwell_seconds",)


def test_cross_checks_repair_values():
    assert parse_config("idle_seconds: 30\ncountdown_seconds: 40\n").config.countdown_seconds == 15
    assert parse_config("attract_steps: [crew, crew, patch]\n").config.attract_steps == ["crew", "patch"]


def test_file_problems(tmp_path):
    missing = load_config(tmp_path / "nope.yaml")
    assert "cannot read file" in messages(missing)[0]
    assert missing.config == KioskConfig()
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * (kc.MAX_CONFIG_BYTES + 10))
    assert "limit" in messages(load_config(big))[0]
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"language: en\n# caf\xe9\n")
    assert messages(load_config(latin)) == [f"{latin}:2:1: not UTF-8 text (byte 0xe9)"]
    bom = tmp_path / "bom.yaml"
    bom.write_bytes("\ufeffdwell_seconds: 20\n".encode())
    assert load_config(bom).config.dwell_seconds == 20
    assert load_config(None).config == KioskConfig()


def test_references_are_checked_against_the_data_with_real_lines():
    text = ("dwell_seconds: 8\nhome_mission: soyuz-ms-99\nplaylist:\n  - soyuz-ms-07\n  - Soyuz MS-08\n"
            "  - soyuz-ms-077\n  - soyuz-ms-08\nlanguage: de\n")
    load = parse_config(text, "k.yaml")
    config, problems = kc.check_references(load, ["soyuz-ms-07", "soyuz-ms-08", "soyuz-ms-09"], ("en", "ja", "ru"))
    assert [str(p) for p in problems] == [
        "k.yaml:6:5: playlist[2]: no mission 'soyuz-ms-077' in the data (did you mean 'soyuz-ms-07'?); "
        "entry skipped",
        "k.yaml:2:15: home_mission: no mission 'soyuz-ms-99' in the data (did you mean 'soyuz-ms-09'?); "
        "using the default",
        "k.yaml:8:11: language: the interface is translated into en, ja, ru only; 'de' falls back to the system "
        "language",
    ]
    assert config.playlist == ["soyuz-ms-07", "soyuz-ms-08"]
    assert config.home_mission is None and config.language is None
    assert config.dwell_seconds == 8


def test_a_playlist_with_no_known_mission_says_the_tour_shows_everything():
    load = parse_config("playlist: [soyuz-ms-77, soyuz-ms-78]\n", "k.yaml")
    config, problems = kc.check_references(load, ["soyuz-ms-07"])
    assert config.playlist == []
    assert str(problems[-1]) == ("k.yaml:1:12: playlist: no entry names a mission in the data; the tour shows "
                                 "every crewed mission")


def test_check_command_loads_the_data(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("home_mission: soyuz-ms-99\nplaylist: [soyuz-ms-07, soyuz-ms-08]\n")
    run = subprocess.run([sys.executable, "-m", "soyuz_gui.app.kiosk.config", "check", str(path)],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert run.returncode == 1
    assert run.stdout.startswith(f"{path}:1:15: home_mission: no mission 'soyuz-ms-99' in the data")
    assert "checked against" in run.stderr
    path.write_text("home_mission: soyuz-ms-08\nplaylist: [soyuz-ms-07, soyuz-ms-08]\n")
    run = subprocess.run([sys.executable, "-m", "soyuz_gui.app.kiosk.config", "check", str(path)],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stdout
    assert ": OK (checked against" in run.stderr


def test_mission_ids_are_checked_against_the_data():
    config = KioskConfig(home_mission="soyuz-ms-7", playlist=["soyuz-ms-07", "soyuz-ms-088"])
    checked, problems = check_missions(config, ["soyuz-ms-07", "soyuz-ms-08"], "k.yaml")
    assert checked.playlist == ["soyuz-ms-07"]
    assert checked.home_mission is None
    text = " ".join(str(p) for p in problems)
    assert "did you mean 'soyuz-ms-08'" in text
    assert "did you mean 'soyuz-ms-07'" in text


def test_pin_hash_round_trip_salted_and_constant_time(monkeypatch):
    first, second = hash_pin("2468", iterations=FAST), hash_pin("2468", iterations=FAST)
    assert first != second  # a fresh salt each time
    assert first.startswith("pbkdf2_sha256$10000$")
    assert parse_config(f'pin_hash: "{first}"\n').ok
    compared = []
    real = hmac.compare_digest
    monkeypatch.setattr(pin_hash.hmac, "compare_digest", lambda a, b: compared.append(1) or real(a, b))
    assert verify_pin("2468", first)
    assert not verify_pin("2469", first)
    assert compared == [1, 1]


@pytest.mark.parametrize("stored", [None, "", "garbage", "md5$10000$AAAA$BBBB", "pbkdf2_sha256$10$AAAA$BBBB",
                                    "pbkdf2_sha256$x$AAAA$BBBB"])
def test_malformed_hashes_never_match(stored):
    assert not verify_pin("2468", stored)


@pytest.mark.parametrize("pin", ["123", "abcd", "12 34", "1234567890123"])
def test_pins_are_four_to_twelve_digits(pin):
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(pin, iterations=FAST)
    assert not verify_pin(pin, hash_pin("1234", iterations=FAST))


def test_hash_pin_command(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("97531\n"))
    assert kc.main(["hash-pin", "--pin-stdin", "--iterations", str(FAST)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith('pin_hash: "pbkdf2_sha256$')
    assert parse_config(line).ok
    assert verify_pin("97531", parse_config(line).config.pin_hash)
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n"))
    assert kc.main(["hash-pin", "--pin-stdin"]) == 1


def test_hash_pin_asks_twice(monkeypatch, capsys):
    answers = iter(["1357", "1375"])
    monkeypatch.setattr(kc.getpass, "getpass", lambda _prompt: next(answers))
    assert kc.main(["hash-pin"]) == 1
    assert "differ" in capsys.readouterr().err


def test_check_command(tmp_path, capsys):
    assert kc.main(["check", str(EXAMPLE)]) == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("dwell_seconds: -1\n")
    assert kc.main(["check", str(bad)]) == 1
    assert f"{bad}:1:16: dwell_seconds" in capsys.readouterr().out


def test_schema_lists_every_key():
    schema = kc.json_schema()
    props = schema["$defs"]["KioskConfig"]["properties"]
    assert set(props) == set(FIELDS)


def test_config_module_does_not_import_qt():
    code = ("import sys, soyuz_gui.app.kiosk.config, soyuz_gui.app.kiosk.session, soyuz_gui.app.kiosk.logs, "
            "soyuz_gui.app.kiosk.screensaver, soyuz_gui.app.kiosk.clock; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO, check=False).returncode == 0
