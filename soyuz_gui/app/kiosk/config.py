"""Kiosk configuration: a msgspec schema, a forgiving YAML loader and PIN hashing. No Qt here.

A kiosk must start even when the operator's file is broken, so loading never raises: every problem becomes a
:class:`ConfigProblem` naming file, line, column and key, the bad key falls back to its default and the good keys are
kept. The file is read with ``yaml.CSafeLoader``; anchors and aliases are refused (they can expand a tiny file into
a huge value), as are files over 64 KiB.

PIN hashes are ``pbkdf2_sha256$<iterations>$<salt>$<digest>`` (salt and digest in URL-safe base64) and are compared
in constant time. Make one with::

    python -m soyuz_gui.app.kiosk.config hash-pin

and check a file with ``python -m soyuz_gui.app.kiosk.config check kiosk.yaml``.
"""

from __future__ import annotations

import argparse
import base64
import difflib
import getpass
import hashlib
import hmac
import os
import re
import secrets
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
import yaml

from soyuz_gui.loading.yamlsource import MAX_DEPTH, deep_flow_nesting

SCHEMA_VERSION = 1
MAX_CONFIG_BYTES = 64 * 1024
PIN_ALGORITHM = "pbkdf2_sha256"
PIN_ITERATIONS = 600_000
MIN_PIN_ITERATIONS = 10_000
PIN_PATTERN = re.compile(r"^[0-9]{4,12}$")

Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
PinHash = Annotated[
    str, msgspec.Meta(pattern=r"^pbkdf2_sha256\$[0-9]{5,7}\$[A-Za-z0-9_=-]{16,64}\$[A-Za-z0-9_=-]{43,88}$")
]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(?:_[A-Z]{2})?$")]
Seconds = Annotated[float, msgspec.Meta(ge=1.0, le=86_400.0)]


class Corner(StrEnum):
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM_RIGHT = "bottom-right"


class Step(StrEnum):
    """What the attract loop shows of each mission, in this order unless the config says otherwise."""

    OVERVIEW = "overview"
    CREW = "crew"
    TIMELINE = "timeline"
    PATCH = "patch"


StepName = Literal["overview", "crew", "timeline", "patch"]
CornerName = Literal["top-left", "top-right", "bottom-left", "bottom-right"]


class KioskConfig(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    """Every key is optional; the defaults are the safe configuration used when a file is missing or broken."""

    schema_version: Literal[1] = 1
    home_mission: Id | None = None
    """Mission shown on the home screen (default: ``--mission``, else Soyuz MS-07, else the first mission)."""
    playlist: Annotated[list[Id], msgspec.Meta(max_length=500)] = []
    """Missions the attract loop tours, in order (default: every crewed mission in launch order)."""
    attract_steps: Annotated[list[StepName], msgspec.Meta(min_length=1, max_length=8)] = msgspec.field(
        default_factory=lambda: ["overview", "crew", "timeline", "patch"])
    dwell_seconds: Annotated[float, msgspec.Meta(ge=2.0, le=600.0)] = 12.0
    idle_seconds: Annotated[float, msgspec.Meta(ge=10.0, le=86_400.0)] = 90.0
    """Seconds without a touch, click or key before the "still there?" countdown appears."""
    countdown_seconds: Annotated[float, msgspec.Meta(ge=3.0, le=300.0)] = 15.0
    cursor_hide_seconds: Annotated[float, msgspec.Meta(ge=1.0, le=3600.0)] = 3.0
    exit_corner: CornerName = "top-right"
    exit_corner_size: Annotated[int, msgspec.Meta(ge=40, le=400)] = 110
    exit_taps: Annotated[int, msgspec.Meta(ge=3, le=12)] = 5
    exit_tap_seconds: Annotated[float, msgspec.Meta(ge=1.0, le=20.0)] = 4.0
    pin_hash: PinHash | None = None
    """Without a PIN hash the operator exit is disabled (stop the service instead)."""
    pin_attempts: Annotated[int, msgspec.Meta(ge=1, le=20)] = 5
    pin_lockout_seconds: Annotated[float, msgspec.Meta(ge=5.0, le=3600.0)] = 60.0
    pin_pad_timeout_seconds: Annotated[float, msgspec.Meta(ge=5.0, le=600.0)] = 30.0
    font_scale: Annotated[float, msgspec.Meta(ge=0.75, le=3.0)] = 1.5
    screen_dpi: Annotated[float, msgspec.Meta(ge=60.0, le=700.0)] | None = None
    """The screen's physical dots per inch, when the screen reports a wrong value (sizes text and touch targets)."""
    language: Language | None = None
    """Interface language (``en``, ``ru``, ``ja``...); default: ``--lang``, else the system's language."""
    inhibit_screen_blanking: bool = True
    log_max_bytes: Annotated[int, msgspec.Meta(ge=10_000, le=100_000_000)] = 1_000_000
    log_backups: Annotated[int, msgspec.Meta(ge=1, le=50)] = 5
    heartbeat_seconds: Annotated[float, msgspec.Meta(ge=5.0, le=3600.0)] = 30.0
    """How often the status file for monitoring (``kiosk-status.json``) is rewritten while the kiosk is healthy."""
    usage_counts: bool = False
    """Count sessions, missions opened and languages chosen per day in ``kiosk-usage.json`` (no personal data)."""

    @property
    def corner(self) -> Corner:
        return Corner(self.exit_corner)

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(Step(name) for name in self.attract_steps)


FIELDS: tuple[str, ...] = tuple(f.name for f in msgspec.structs.fields(KioskConfig))


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a config file; ``str()`` reads like a compiler message."""

    file: str
    line: int
    column: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass(frozen=True)
class ConfigLoad:
    """The config to use, what was wrong with the file, and which keys fell back to their defaults.

    ``positions`` keeps where the values that name things in the data were written (``home_mission``,
    ``language``, and ``playlist[i]`` under the index *in the file*), and ``playlist_index`` the file index of
    each entry of ``config.playlist``, so that the checks against the data report real lines.
    """

    config: KioskConfig
    problems: tuple[ConfigProblem, ...] = ()
    defaulted: tuple[str, ...] = ()
    source: str = "(defaults)"
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    playlist_index: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if not self.problems:
            return f"kiosk config {self.source}: OK"
        if self.defaulted == FIELDS or (not self.defaulted and any(not p.key for p in self.problems)):
            return f"kiosk config {self.source}: {len(self.problems)} problem(s); using safe defaults for all keys"
        parts = []
        if self.defaulted:
            parts.append(f"using safe defaults for {', '.join(self.defaulted)}")
        entries = sum(1 for p in self.problems if p.key.startswith("playlist["))
        if entries:
            parts.append(f"{entries} playlist entr{'y' if entries == 1 else 'ies'} skipped")
        if not parts:
            parts.append("unknown keys ignored")
        return f"kiosk config {self.source}: {len(self.problems)} problem(s); {'; '.join(parts)}"


# --- loading ------------------------------------------------------------------------------------------------------

_PATH_RE = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_PART_RE = re.compile(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")


def _parse_error_path(message: str) -> tuple[str, tuple[str | int, ...]]:
    """Split msgspec's ``"Expected ... - at `$.playlist[2]`"`` into the message and a path."""
    match = _PATH_RE.search(message)
    if not match:
        return message, ()
    parts: list[str | int] = []
    for name, index in _PART_RE.findall(match.group("path")):
        parts.append(int(index) if index else name)
    return message[:match.start()], tuple(parts)


def _node_at(node: yaml.Node | None, path: Sequence[str | int]) -> yaml.Node | None:
    """The YAML node at a key path, or the deepest one that exists."""
    for part in path:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            child = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        else:
            child = None
        if child is None:
            return node
        node = child
    return node


def _key_node(root: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(root, yaml.MappingNode):
        for k, _ in root.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k
    return None


def _where(node: yaml.Node | None) -> tuple[int, int]:
    if node is None:
        return 1, 1
    return node.start_mark.line + 1, node.start_mark.column + 1


def _format_path(path: Sequence[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def parse_config(text: str, source: str = "<kiosk config>") -> ConfigLoad:
    """Validate YAML text; never raises. Bad keys fall back to their defaults, good keys are kept."""
    problems: list[ConfigProblem] = []

    positions: dict[str, tuple[int, int]] = {}
    playlist_index: tuple[int, ...] = ()

    def fail(message: str, line: int = 1, column: int = 1) -> ConfigLoad:
        problems.append(ConfigProblem(source, line, column, "", message))
        return ConfigLoad(KioskConfig(), tuple(problems), FIELDS, source)

    deep = deep_flow_nesting(text)
    if deep is not None:  # libyaml would recurse (or stop with its own message) on a run of '[' before we see it
        return fail(f"nesting is too deep (limit {MAX_DEPTH} levels)", *deep)
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line, column = _where_mark(event.start_mark)
                return fail("anchors and aliases are not allowed in a kiosk config", line, column)
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
        data = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = _where_mark(mark) if mark is not None else (1, 1)
        return fail(f"not valid YAML: {exc.problem or exc}", line, column)
    except yaml.YAMLError as exc:
        return fail(f"not valid YAML: {exc}")
    repeated = _repeated_top_keys(root)
    if repeated is None:
        duplicate = _first_duplicate_key(root)
        if duplicate is not None:
            line, column = _where(duplicate)
            return fail(f"key '{duplicate.value}' appears twice", line, column)
    if data is None:
        return ConfigLoad(KioskConfig(), (), (), source)
    if not isinstance(data, dict):
        return fail(f"the file must be a mapping of keys to values, not a {type(data).__name__}")

    good: dict[str, Any] = {}
    defaulted: list[str] = []
    for key, value in data.items():
        name = str(key)
        if repeated and name in repeated:
            line, column = _where(repeated[name])
            problems.append(ConfigProblem(source, line, column, name, "appears twice; neither value is used"))
            defaulted.append(name)
            continue
        if name not in FIELDS:
            close = difflib.get_close_matches(name, FIELDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(FIELDS)})"
            line, column = _where(_key_node(root, name))
            problems.append(ConfigProblem(source, line, column, name, f"unknown key{hint}"))
            continue
        if name in ("home_mission", "language"):
            positions[name] = _where(_node_at(root, (name,)))
        if name == "playlist" and isinstance(value, list):
            value, playlist_index = _check_playlist(value, root, source, problems, positions)
        try:
            msgspec.convert({name: value}, KioskConfig, str_keys=True)
        except msgspec.ValidationError as exc:
            message, path = _parse_error_path(str(exc))
            message = _friendly(name, message, value)
            line, column = _where(_node_at(root, path or (name,)))
            problems.append(ConfigProblem(source, line, column, _format_path(path) or name, message))
            defaulted.append(name)
            continue
        good[name] = value
    config = msgspec.convert(good, KioskConfig, str_keys=True)
    config, cross = _cross_checks(config, root, source)
    problems.extend(cross)
    defaulted.extend(p.key for p in cross if p.key not in defaulted)
    if "playlist" not in good:
        playlist_index = ()
    return ConfigLoad(config, tuple(problems), tuple(defaulted), source, positions, playlist_index)


_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_PLAYLIST = 500


def _check_playlist(entries: list[Any], root: yaml.Node | None, source: str, problems: list[ConfigProblem],
                    positions: dict[str, tuple[int, int]]) -> tuple[list[Any], tuple[int, ...]]:
    """Keep the well-formed playlist entries; each malformed one is dropped with its own message.

    One typo must not throw the whole tour away (the kiosk would then tour every mission).
    """
    kept: list[Any] = []
    index: list[int] = []
    for number, entry in enumerate(entries):
        where = _where(_node_at(root, ("playlist", number)))
        positions[f"playlist[{number}]"] = where
        key = f"playlist[{number}]"
        if not isinstance(entry, str):
            shown = "a list" if isinstance(entry, list) else "a mapping" if isinstance(entry, dict) else repr(entry)
            problems.append(ConfigProblem(source, *where, key, f"must be a mission id such as soyuz-ms-07, not "
                                                               f"{shown}; entry skipped"))
        elif not _ID_PATTERN.match(entry) or len(entry) > 80:
            suggestion = re.sub(r"[^a-z0-9]+", "-", entry.strip().lower()).strip("-")
            hint = f" (did you mean '{suggestion}'?)" if suggestion and _ID_PATTERN.match(suggestion) else ""
            problems.append(ConfigProblem(source, *where, key,
                                          f"'{entry}' is not a mission id such as soyuz-ms-07{hint}; entry skipped"))
        elif len(kept) >= MAX_PLAYLIST:
            problems.append(ConfigProblem(source, *where, key, f"the playlist holds at most {MAX_PLAYLIST} "
                                                               f"missions; this and later entries skipped"))
            break
        else:
            kept.append(entry)
            index.append(number)
    return kept, tuple(index)


_FRIENDLY_PATTERN = {
    "pin_hash": "is not a PIN hash; make one with 'python -m soyuz_gui.app.kiosk.config hash-pin'",
    "language": "must be a language code such as en, de, ru or pt_BR",
    "home_mission": "must be a mission id such as soyuz-ms-07",
    "playlist": "must be a mission id such as soyuz-ms-07",
}
_CHOICES = {"exit_corner": [c.value for c in Corner], "attract_steps": [s.value for s in Step]}


def _friendly(name: str, message: str, value: object) -> str:
    """msgspec's message, made readable for an operator where it quotes a regular expression or an enum."""
    if "matching regex" in message and name in _FRIENDLY_PATTERN:
        return _FRIENDLY_PATTERN[name]
    if message.startswith("Invalid enum value") and name in _CHOICES:
        return f"{message} (choose one of: {', '.join(_CHOICES[name])})"
    if isinstance(value, bool) and name == "language":
        return f"{message} (YAML reads no/yes/on/off as booleans: put the code in quotes)"
    return message


def _repeated_top_keys(root: yaml.Node | None) -> dict[str, yaml.ScalarNode] | None:
    """Top-level keys written twice (each with its second occurrence); None when a deeper mapping repeats a key."""
    repeated: dict[str, yaml.ScalarNode] = {}
    if isinstance(root, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    repeated.setdefault(key.value, key)
                seen.add(key.value)
            if _first_duplicate_key(value) is not None:
                return None
    return repeated


def _first_duplicate_key(node: yaml.Node | None) -> yaml.ScalarNode | None:
    """The second occurrence of a key repeated in any mapping of the document, or None."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    return key
                seen.add(key.value)
            found = _first_duplicate_key(value)
            if found is not None:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = _first_duplicate_key(item)
            if found is not None:
                return found
    return None


def _where_mark(mark: Any) -> tuple[int, int]:
    return int(mark.line) + 1, int(mark.column) + 1


def _cross_checks(config: KioskConfig, root: yaml.Node | None,
                  source: str) -> tuple[KioskConfig, list[ConfigProblem]]:
    problems: list[ConfigProblem] = []
    if config.countdown_seconds >= config.idle_seconds:
        line, column = _where(_node_at(root, ("countdown_seconds",)))
        problems.append(ConfigProblem(source, line, column, "countdown_seconds",
                                      f"must be shorter than idle_seconds ({config.idle_seconds:g})"))
        config = msgspec.structs.replace(config, countdown_seconds=KioskConfig().countdown_seconds)
    if len(set(config.attract_steps)) != len(config.attract_steps):
        line, column = _where(_node_at(root, ("attract_steps",)))
        problems.append(ConfigProblem(source, line, column, "attract_steps", "lists a step twice"))
        config = msgspec.structs.replace(config, attract_steps=list(dict.fromkeys(config.attract_steps)))
    return config, problems


def load_config(path: Path | None) -> ConfigLoad:
    """Read a config file; a missing path gives the defaults. Never raises."""
    if path is None:
        return ConfigLoad(KioskConfig())
    display = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            problem = ConfigProblem(display, 1, 1, "", f"file is {size:,} bytes; the limit is {MAX_CONFIG_BYTES:,}")
            return ConfigLoad(KioskConfig(), (problem,), FIELDS, display)
        raw = path.read_bytes()
    except OSError as exc:
        problem = ConfigProblem(display, 1, 1, "", f"cannot read file: {exc.strerror or exc}")
        return ConfigLoad(KioskConfig(), (problem,), FIELDS, display)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problem = ConfigProblem(display, line, 1, "", f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")
        return ConfigLoad(KioskConfig(), (problem,), FIELDS, display)
    return parse_config(text.removeprefix("\ufeff"), display)


def check_missions(config: KioskConfig, known: Iterable[str],
                   source: str = "<kiosk config>") -> tuple[KioskConfig, tuple[ConfigProblem, ...]]:
    """Drop playlist entries and a home mission that are not in the data (with a "did you mean")."""
    return check_references(ConfigLoad(config, source=source), known)


def check_references(load: ConfigLoad, missions: Iterable[str],
                     languages: Iterable[str] | None = None) -> tuple[KioskConfig, tuple[ConfigProblem, ...]]:
    """Check what the config names against the data: mission ids (``home_mission``, each playlist entry) and,
    when ``languages`` is given, the interface language. Unknown entries are dropped one by one, a bad home
    mission or language falls back to the default; each problem names the line it was written on."""
    config = load.config
    source = load.source
    ids = list(missions)
    id_set = set(ids)
    problems: list[ConfigProblem] = []

    def hint(value: str, pool: list[str]) -> str:
        close = difflib.get_close_matches(value, pool, n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def where(key: str) -> tuple[int, int]:
        return load.positions.get(key, (1, 1))

    playlist = []
    for kept, mission in enumerate(config.playlist):
        number = load.playlist_index[kept] if kept < len(load.playlist_index) else kept
        key = f"playlist[{number}]"
        if mission in id_set:
            playlist.append(mission)
        else:
            problems.append(ConfigProblem(source, *where(key), key,
                                          f"no mission '{mission}' in the data{hint(mission, ids)}; entry skipped"))
    if config.playlist and not playlist:
        line, column = where(f"playlist[{load.playlist_index[0] if load.playlist_index else 0}]")
        problems.append(ConfigProblem(source, line, column, "playlist",
                                      "no entry names a mission in the data; the tour shows every crewed mission"))
    home = config.home_mission
    if home is not None and home not in id_set:
        problems.append(ConfigProblem(source, *where("home_mission"), "home_mission",
                                      f"no mission '{home}' in the data{hint(home, ids)}; using the default"))
        home = None
    language = config.language
    if language is not None and languages is not None:
        known = sorted(set(languages))
        base = language.replace("-", "_").split("_")[0].lower()
        if base not in known:
            problems.append(ConfigProblem(source, *where("language"), "language",
                                          f"the interface is translated into {', '.join(known)} only; "
                                          f"'{language}' falls back to the system language"))
            language = None
    return (msgspec.structs.replace(config, playlist=playlist, home_mission=home, language=language),
            tuple(problems))


def translated_languages() -> tuple[str, ...]:
    """Interface languages this installation has: English plus every compiled catalogue (no Qt needed)."""
    from soyuz_gui.paths import resource

    folder = resource("translations")
    found = {"en"}
    try:
        for path in folder.glob("soyuz_gui_*.qm"):
            found.add(path.stem.removeprefix("soyuz_gui_"))
    except OSError:
        pass
    return tuple(sorted(found))


def json_schema() -> dict[str, Any]:
    """JSON Schema of the kiosk config (for editors)."""
    return msgspec.json.schema(KioskConfig)


# --- PIN hashing --------------------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS, salt: bytes | None = None) -> str:
    """Hash a PIN (4 to 12 digits) with PBKDF2-HMAC-SHA256 and a random 16-byte salt."""
    if not PIN_PATTERN.match(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    if not MIN_PIN_ITERATIONS <= iterations <= 9_999_999:
        raise ValueError(f"iterations must be between {MIN_PIN_ITERATIONS:,} and 9,999,999")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{PIN_ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """Whether a PIN matches a stored hash; False for a missing or malformed hash. Constant-time compare."""
    if not stored or not PIN_PATTERN.match(pin):
        return False
    try:
        algorithm, iterations_text, salt_text, digest_text = stored.split("$")
        iterations = int(iterations_text)
        salt = base64.urlsafe_b64decode(salt_text)
        expected = base64.urlsafe_b64decode(digest_text)
    except ValueError:
        return False
    if algorithm != PIN_ALGORITHM or not MIN_PIN_ITERATIONS <= iterations <= 9_999_999:
        return False
    actual = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return hmac.compare_digest(actual, expected)


# --- command line -------------------------------------------------------------------------------------------------


def default_config_path() -> Path:
    """``$XDG_CONFIG_HOME/soyuz-gui/kiosk.yaml`` (``~/.config/soyuz-gui/kiosk.yaml``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "soyuz-gui" / "kiosk.yaml"


def kiosk_language(args: argparse.Namespace) -> str | None:
    """The kiosk config's ``language``, for ``run()`` to install *before* it builds the window; None otherwise.

    Widgets translate their text when they are built, so the language cannot be switched afterwards. Qt-free and
    never raises (a bad value gives None, and the problem is logged later by the kiosk).
    """
    if not getattr(args, "kiosk", False):
        return None
    path = getattr(args, "kiosk_config", None)
    if path is None:
        path = default_config_path() if default_config_path().exists() else None
    return load_config(path).config.language


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
