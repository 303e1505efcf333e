"""The command line, run as a user would run it: in a subprocess."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from soyuz_gui import cli

REPO = Path(__file__).resolve().parent.parent


def run(*args, env=None, cwd=REPO):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "soyuz_gui", *args], capture_output=True, text=True,
                          cwd=cwd, env=full_env, timeout=120)


def test_version_and_help():
    assert run("--version").stdout.strip().startswith("soyuz-gui ")
    out = run("--help").stdout
    for option in ["--mission", "--data", "--screenshot", "--size"]:
        assert option in out


def test_data_validate_passes_on_bundled_data():
    result = run("data", "validate")
    assert result.returncode == 0, result.stdout
    assert "0 errors" in result.stderr


def test_data_validate_reports_file_line_column_field_and_exits_1(tmp_path):
    bad = tmp_path / "bad-person.yaml"
    bad.write_text("schema_version: 1\nkind: person\nid: bad-person\nname: X\nnationalty: RU\n")
    result = run("data", "validate", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    line = next(li for li in result.stdout.splitlines() if "bad-person.yaml" in li)
    assert line.endswith("bad-person.yaml:5:1: nationalty: unknown field 'nationalty' (did you mean 'nationality'?)")


def test_data_show_json_has_stored_and_derived_values():
    result = run("data", "show", "soyuz-ms-07", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["cospar_id"] == "2017-081A"
    assert data["launch"]["time"] == "2017-12-17T07:21Z"
    assert data["derived"]["mission_duration"] == {"iso8601": "P168DT5H18M", "text": "168 days 5 hours 18 minutes"}
    assert data["derived"]["time_docked"]["iso8601"] == "P166DT37M"
    assert data["derived"]["crew_size"] == 3
    assert data["derived"]["flight_ordinals"]["anton-shkaplerov"] == 3


def test_data_show_unknown_id_suggests():
    result = run("data", "show", "soyuz-ms-7")
    assert result.returncode == 2
    assert "did you mean" in result.stderr


def test_data_list_filters_by_kind():
    lines = run("data", "list", "--kind", "person").stdout.splitlines()
    assert lines
    assert all(line.startswith("person") for line in lines)
    assert any("anton-shkaplerov" in line for line in lines)


def test_data_commands_never_import_qt():
    code = ("import sys; from soyuz_gui.cli import main; main(['data', 'list']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0


def test_gui_without_display_explains_what_to_do():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "soyuz_gui"], capture_output=True, text=True, cwd=REPO,
                            env=env, timeout=120)
    if sys.platform != "linux":
        pytest.skip("display detection is Linux-specific")
    assert result.returncode == 3
    assert "xvfb-run" in result.stderr
    assert "--screenshot" in result.stderr


def test_screenshot_renders_the_main_window(tmp_path):
    from PySide6.QtGui import QImage

    target = tmp_path / "window.png"
    result = run("--screenshot", str(target), "--mission", "soyuz-ms-07", "--size", "1280x800",
                 env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20  # a real window with text, not a blank frame


def test_bad_size_is_a_usage_error():
    result = run("--screenshot", "x.png", "--size", "huge")
    assert result.returncode == 2
    assert "not a size" in result.stderr


def test_data_commands_survive_an_ascii_terminal():
    result = subprocess.run([sys.executable, "-m", "soyuz_gui", "data", "show", "anton-shkaplerov"],
                            capture_output=True, cwd=REPO, timeout=120,
                            env={**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    assert b"\\u0410" in result.stdout  # the Cyrillic name, escaped


def test_data_schema_is_a_self_describing_json_schema_for_editors(capsys):
    from soyuz_gui.loading.schema import KINDS

    assert cli.main(["data", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:soyuz-gui:schema:data-file:v1")
    undescribed = [f"{name}.{field}" for name, definition in schema["$defs"].items()
                   for field, prop in definition.get("properties", {}).items() if not prop.get("description")]
    assert undescribed == []  # every field has a tooltip
    launch = schema["$defs"]["MilestoneDoc"]["properties"]["time"]["anyOf"][0]
    assert re.match(launch["pattern"], "2017-12-17T07:21Z") and re.match(launch["pattern"], "2017-12")
    assert not re.match(launch["pattern"], "2017-12-17T07:21")  # a time of day needs a zone
    assert "ISO 8601" in launch["description"]
    assert sorted(cli.KINDS) == sorted(KINDS)


def test_data_schema_for_one_kind(capsys):
    assert cli.main(["data", "schema", "--kind", "expedition"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$ref"] == "#/$defs/ExpeditionDoc"
    assert schema["$id"].endswith(":expedition")
    assert "MissionDoc" not in schema["$defs"]
    assert "commanders" in schema["$defs"]["ExpeditionDoc"]["properties"]
