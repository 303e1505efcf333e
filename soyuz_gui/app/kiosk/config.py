"""The kiosk config for operators: the command line, and the one place to import the config's public names from.

The parts live beside it: config_schema.py (the keys, types and defaults), config_parse.py (reading a file, with a
file:line:column for every problem), config_references.py (checking mission ids and languages against the data),
config_files.py (where the file lives) and pin_hash.py (the operator's PIN). No Qt here. Make a PIN hash with::

    python -m soyuz_gui.app.kiosk.config hash-pin

and check a file with ``python -m soyuz_gui.app.kiosk.config check kiosk.yaml``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from soyuz_gui.app.kiosk.config_files import default_config_path, kiosk_language
from soyuz_gui.app.kiosk.config_parse import MAX_CONFIG_BYTES, ConfigLoad, ConfigProblem, load_config, parse_config
from soyuz_gui.app.kiosk.config_references import check_missions, check_references, translated_languages
from soyuz_gui.app.kiosk.config_schema import (
    FIELDS,
    SCHEMA_VERSION,
    Corner,
    KioskConfig,
    Step,
    json_schema,
)
from soyuz_gui.app.kiosk.pin_hash import PIN_ITERATIONS, PIN_PATTERN, hash_pin, verify_pin

# The kiosk config's public names, importable from here as before the split (tests, launch.py, main.py, cli.py).
__all__ = [
    "FIELDS", "MAX_CONFIG_BYTES", "PIN_ITERATIONS", "SCHEMA_VERSION", "ConfigLoad", "ConfigProblem", "Corner",
    "KioskConfig", "Step", "check_missions", "check_references", "default_config_path", "hash_pin", "json_schema",
    "kiosk_language", "load_config", "main", "parse_config", "translated_languages", "verify_pin",
]


def _cmd_hash_pin(args: argparse.Namespace) -> int:
    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New kiosk PIN (4-12 digits): ")
        if getpass.getpass("Repeat the PIN: ") != pin:
            print("The two PINs differ; nothing written.", file=sys.stderr)
            return 1
    if not PIN_PATTERN.match(pin):
        print("A PIN is 4 to 12 digits.", file=sys.stderr)
        return 1
    print(f'pin_hash: "{hash_pin(pin, iterations=args.iterations)}"')
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    result = load_config(args.file)
    problems = list(result.problems)
    summary = result.summary()
    if not args.no_data:
        from soyuz_gui.loading import load_folders
        from soyuz_gui.paths import data_dir

        data = load_folders([data_dir(), *args.extra_data])
        missions = [m.id for m in data.catalog.missions()]
        _, references = check_references(result, missions, translated_languages())
        problems.extend(references)
        problems.sort(key=lambda p: (p.line, p.column))
        checked = f"checked against {len(missions)} missions in the data"
        if not problems:
            summary = f"kiosk config {result.source}: OK ({checked})"
        else:
            summary = f"kiosk config {result.source}: {len(problems)} problem(s), {checked}"
    for problem in problems:
        print(problem)
    print(summary, file=sys.stderr)
    return 1 if problems else 0


def _cmd_schema(_: argparse.Namespace) -> int:
    import json

    print(json.dumps(json_schema(), indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m soyuz_gui.app.kiosk.config",
                                     description="Kiosk config helpers for operators.")
    sub = parser.add_subparsers(dest="command", required=True)
    pin = sub.add_parser("hash-pin", help="ask for a PIN and print the pin_hash line for kiosk.yaml")
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (for scripts)")
    pin.add_argument("--iterations", type=int, default=PIN_ITERATIONS, help=argparse.SUPPRESS)
    check = sub.add_parser("check", help="validate a kiosk config file; exit 1 if it has problems")
    check.add_argument("file", type=Path, nargs="?", default=default_config_path())
    check.add_argument("--data", metavar="DIR", type=Path, action="append", default=[], dest="extra_data",
                       help="also load this data folder (as soyuz-gui --data does)")
    check.add_argument("--no-data", action="store_true",
                       help="check the file alone, without loading the data to look up mission ids")
    sub.add_parser("schema", help="print the JSON Schema of the kiosk config")
    args = parser.parse_args(argv)
    handlers = {"hash-pin": _cmd_hash_pin, "check": _cmd_check, "schema": _cmd_schema}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
