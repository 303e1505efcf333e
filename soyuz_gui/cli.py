"""Command line: ``soyuz-gui`` opens the browser; ``soyuz-gui data ...`` are curator commands that never import Qt."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from soyuz_gui import APP_NAME, __version__

if TYPE_CHECKING:  # types only: the GUI's start-up path does not pay for the domain here
    from soyuz_gui.domain import Catalog, Entity

EXIT_OK, EXIT_DATA_INVALID, EXIT_USAGE, EXIT_NO_DISPLAY = 0, 1, 2, 3


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return width, height


# The kinds of data file (soyuz_gui/loading/schema.py KINDS; listed here so --help needs no import).
KINDS = ("agency", "expedition", "mission", "person", "programme", "reference", "site", "station", "translation")
LANGUAGES = ("en", "ru", "ja")  # the interface translations the app ships (soyuz_gui/app/i18n.py loads them)


def _language(text: str) -> str:
    """``ru``, ``ru_RU`` or ``ru-RU`` -> ``ru``; the check runs without importing Qt."""
    code = text.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"'{text}' is not one of the interface languages: {', '.join(LANGUAGES)}")
    return code


def _dpi(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of dots per inch") from None
    if not 60.0 <= value <= 700.0:
        raise argparse.ArgumentTypeError(f"{value:g} dpi is outside 60-700")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="soyuz-gui",
        description=f"{APP_NAME}: explore crewed Soyuz spaceflights from a bundled, sourced data set.",
        epilog="Curator commands: 'soyuz-gui data --help'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--mission", metavar="ID", help="open on this mission (e.g. soyuz-ms-07)")
    parser.add_argument("--data", metavar="DIR", type=Path, action="append", default=[],
                        help="load another data folder on top of the bundled one (may be repeated)")
    parser.add_argument("--screenshot", metavar="PNG", type=Path,
                        help="render the main window off screen, save it as PNG and exit")
    parser.add_argument("--tab", choices=("overview", "timeline", "images", "aboard"), default=None,
                        help="open on this tab (with --mission: the mission's timeline, images, ...)")
    parser.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800),
                        help="window size for --screenshot (default 1280x800)")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None,
                        help="colour theme (default: follow the system)")
    parser.add_argument("--lang", metavar="CODE", type=_language, default=None,
                        help=f"interface language: {', '.join(LANGUAGES)} (default: the system's language)")
    parser.add_argument("--reset-settings", action="store_true", help="forget saved window layout and options")
    parser.add_argument("--kiosk", action="store_true",
                        help="unattended touch-screen exhibit: full screen, no quitting, attract loop (docs/kiosk.md)")
    parser.add_argument("--kiosk-config", metavar="FILE", type=Path, default=None,
                        help="kiosk settings in YAML (default: ~/.config/soyuz-gui/kiosk.yaml if it exists)")
    parser.add_argument("--screen-dpi", metavar="DPI", type=_dpi, default=None,
                        help="with --kiosk: the screen's physical dots per inch, overriding what the screen reports "
                             "and the config's screen_dpi (sizes text and touch targets; to preview another screen "
                             "with --screenshot)")
    sub = parser.add_subparsers(dest="command", metavar="{data,kiosk}")
    data = sub.add_parser("data", help="check and inspect data files (no GUI)",
                          description="Curator commands. They never start the GUI or import Qt.")
    data_sub = data.add_subparsers(dest="data_command", metavar="{validate,list,show,aboard,schema}",
                                   required=True)
    validate = data_sub.add_parser("validate", help="check data files; exit 1 and list problems if any")
    validate.add_argument("paths", nargs="*", type=Path,
                          help="folders or files to check on top of the bundled data (default: the bundled data)")
    validate.add_argument("--quiet", action="store_true", help="print only problems")
    validate.add_argument("--translations", action="store_true",
                          help="list every narrative text that has no Russian or Japanese translation yet")
    validate.add_argument("--strict", action="store_true",
                          help="warnings fail too (exit 1): for CI and before shipping a data set")
    listing = data_sub.add_parser("list", help="list entities")
    listing.add_argument("--kind", help="only this kind (mission, person, ...)")
    show = data_sub.add_parser("show", help="show one entity with its stored and derived values")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON (the default is readable text)")
    show.add_argument("--lang", choices=("en", "ru", "ja"), default="en",
                      help="narrative texts in this language where the data has them (English otherwise)")
    aboard = data_sub.add_parser("aboard", help="who was aboard a station at an instant (UTC)")
    aboard.add_argument("--station", required=True, help="station id (iss, mir, salyut-7, ...)")
    aboard.add_argument("--at", required=True, metavar="TIME",
                        help="ISO 8601 time in UTC, e.g. 2018-01-01T00:00Z or 1986-05-10")
    aboard.add_argument("--json", action="store_true", help="print JSON (a list of people)")
    schema = data_sub.add_parser("schema", help="print the JSON Schema of a data file (for editors)")
    schema.add_argument("--kind", choices=KINDS, help="only the schema of this kind's files")
    kiosk = sub.add_parser("kiosk", help="kiosk operator commands (no GUI)")
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="{report}", required=True)
    report = kiosk_sub.add_parser("report", help="print the opt-in usage counts (per day, totals, top missions)")
    report.add_argument("--config", metavar="FILE", type=Path, default=None,
                        help="the kiosk config (default: ~/.config/soyuz-gui/kiosk.yaml): says whether counting is on")
    for sub_parser in (validate, listing, show, aboard):
        sub_parser.add_argument("--data", metavar="DIR", type=Path, action="append", default=[],
                                dest="extra_data", help="also load this data folder")
    return parser


def _load(extra: Sequence[Path]):  # type: ignore[no-untyped-def]
    from soyuz_gui.loading.loader import load_folders, shell_path
    from soyuz_gui.paths import data_dir

    # Files are named as the shell this runs in can open them, so file:line:column is clickable in a terminal.
    return load_folders([data_dir(), *extra], display=shell_path)


def _cmd_validate(args: argparse.Namespace) -> int:
    from soyuz_gui.loading import Severity

    result = _load([*args.extra_data, *args.paths])
    for problem in result.problems:
        print(problem, file=sys.stdout)
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    warnings = len(result.problems) - len(errors)
    if args.translations:
        _print_missing_translations(result.catalog)
    if not args.quiet:
        print(f"{result.files_read} files, {len(result.catalog)} entities loaded, "
              f"{len(errors)} errors, {warnings} warnings", file=sys.stderr)
        print(_translation_summary(result.catalog), file=sys.stderr)
    failed = errors or (args.strict and warnings)
    return EXIT_DATA_INVALID if failed else EXIT_OK


def _translation_gaps(catalog: Catalog) -> Iterator[tuple[Entity, str, list[str]]]:
    from soyuz_gui.domain.texts import translatable_texts

    for entity in catalog:
        for path, english in translatable_texts(entity):
            missing = [lang for lang in ("ru", "ja") if not catalog.text(entity.id, path, english, lang)[1]]
            yield entity, path, missing


def _translation_summary(catalog: Catalog) -> str:
    total = 0
    missing = {"ru": 0, "ja": 0}
    for _, _, langs in _translation_gaps(catalog):
        total += 1
        for lang in langs:
            missing[lang] += 1
    parts = [f"{lang} {total - n} of {total}" for lang, n in missing.items()]
    return "translated texts: " + ", ".join(parts) + " (the rest show in English, marked as such)"


def _print_missing_translations(catalog: Catalog) -> None:
    for entity, path, langs in _translation_gaps(catalog):
        if langs and entity.origin is not None:
            print(f"{entity.origin.path}:{entity.origin.line}: {path}: no translation into {', '.join(langs)}")


def _cmd_list(args: argparse.Namespace) -> int:
    from soyuz_gui.domain import display_name

    result = _load(args.extra_data)
    catalog = result.catalog
    kinds = [args.kind] if args.kind else None
    for entity_id in catalog.ids():
        kind = catalog.kind_of(entity_id)
        entity = catalog.get(entity_id)
        if entity is None or kind is None or (kinds and kind.value not in kinds):
            continue
        print(f"{kind.value:<11} {entity_id:<40} {display_name(entity)}")
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from soyuz_gui.domain.serialize import entity_json

    result = _load(args.extra_data)
    entity = result.catalog.get(args.id)
    if entity is None:
        import difflib

        close = difflib.get_close_matches(args.id, result.catalog.ids(), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        print(f"soyuz-gui: no entity with id '{args.id}'{hint}", file=sys.stderr)
        return EXIT_USAGE
    data = entity_json(result.catalog, entity, args.lang)
    if args.json:
        import json  # the curator commands only: kept off the GUI's start-up

        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_text(data)
    return EXIT_OK


def _cmd_aboard(args: argparse.Namespace) -> int:
    from soyuz_gui.domain.aboard import aboard_at
    from soyuz_gui.domain.timeutil import TimeFormatError, parse_instant

    try:
        when = parse_instant(args.at)
    except (TimeFormatError, OverflowError) as exc:
        print(f"soyuz-gui: --at: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = _load(args.extra_data)
    answer = aboard_at(result.catalog, args.station, when.value)
    if answer.refusal:
        print(f"soyuz-gui: {answer.refusal}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        import json  # the curator commands only: kept off the GUI's start-up

        print(json.dumps([
            {"person": e.person, "name": e.name, "vehicle": e.vehicle, "vehicle_name": e.vehicle_name,
             "arrived": e.arrived.iso(), "leaves_on": e.leaves_on, "expeditions": list(e.expeditions),
             "position": e.position}
            for e in answer.entries
        ], ensure_ascii=False, indent=2))
        return EXIT_OK
    station = result.catalog.station(args.station)
    print(f"Aboard {station.name if station else args.station} at {when.iso()}: {len(answer.entries)}")
    for e in answer.entries:
        print(f"  {e.name:<28} came on {e.vehicle_name:<22} (docked {e.arrived.iso()})")
    return EXIT_OK


def _print_text(data: dict[str, object], indent: int = 0) -> None:
    pad = "  " * indent
    for key, value in data.items():
        if value in (None, [], {}, ()):
            continue
        if isinstance(value, dict):
            print(f"{pad}{key}:")
            _print_text(value, indent + 1)
        elif isinstance(value, list):
            print(f"{pad}{key}:")
            for item in value:
                if isinstance(item, dict):
                    print(f"{pad}  -")
                    _print_text(item, indent + 2)
                else:
                    print(f"{pad}  - {item}")
        else:
            print(f"{pad}{key}: {value}")


def _cmd_schema(args: argparse.Namespace) -> int:
    import json  # the curator commands only: kept off the GUI's start-up

    from soyuz_gui.loading.schema import json_schema

    print(json.dumps(json_schema(args.kind), indent=2, ensure_ascii=False))
    return EXIT_OK


def _cmd_kiosk_report(args: argparse.Namespace) -> int:
    """``soyuz-gui kiosk report``: the usage counts beside the kiosk log (modules imported here: no Qt)."""
    from soyuz_gui.app.kiosk.config import default_config_path, load_config
    from soyuz_gui.app.kiosk.usage import read_usage, report, usage_path

    config_path = args.config if args.config is not None else default_config_path()
    config = load_config(config_path if config_path.exists() else None).config
    path = usage_path()
    print(f"usage counts: {path} (counting is {'on' if config.usage_counts else 'off'} in {config_path})")
    print(report(read_usage(path)))
    return EXIT_OK


def has_display() -> bool:
    """Whether Qt can open a window here (or was told which platform to use)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


NO_DISPLAY_MESSAGE = """soyuz-gui: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
  To use the app on this machine, run it on a virtual screen:  xvfb-run -a soyuz-gui
  To only render the main window to an image:                  soyuz-gui --screenshot window.png
  To check or inspect the data without a GUI:                  soyuz-gui data validate | list | show ID"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "data":
        # Data text is UTF-8 (Cyrillic, Japanese); a terminal that cannot show it gets escapes, not a traceback.
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="backslashreplace")
        handlers = {"validate": _cmd_validate, "list": _cmd_list, "show": _cmd_show, "aboard": _cmd_aboard,
                    "schema": _cmd_schema}
        try:
            return handlers[args.data_command](args)
        except BrokenPipeError:
            return EXIT_OK
    if args.command == "kiosk":
        return _cmd_kiosk_report(args)
    if args.kiosk_config is not None and not args.kiosk:
        parser.error("--kiosk-config needs --kiosk")
    if args.screen_dpi is not None and not args.kiosk:
        parser.error("--screen-dpi needs --kiosk")
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from soyuz_gui.app.main import run  # Qt is imported only from here on

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
