"""Mutation fuzzer for the data loader.

Takes the bundled data files (and the broken-file corpus) as seeds, mutates them in ways a curator's editor, a bad
merge or a hostile file could, and loads each mutant in the context of the bundled data. The only acceptable
outcome is a clean one: the file loads, or the loader reports problems as one-line ``file:line:column: field:
message`` records. Anything else is a crash:

* an exception other than :class:`~soyuz_gui.loading.DataError` escaping ``load_file``, ``Catalog`` or the checks;
* a problem from the loader's safety net ("internal error ...");
* a problem whose text is not one line in the documented shape;
* an exception while deriving the values the app and ``data show`` display for a loaded mutant (the loader let
  through data the rest of the app cannot handle);
* a case that takes longer than ``--slow`` seconds.

Usage::

    python tools/fuzz_loader.py --cases 100000 --seconds 120 [--seed 1] [--save-crashes DIR]

Prints the cases tried, the distinct problem messages seen and every crash (with the seed that reproduces it);
exits 1 when there was a crash.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from soyuz_gui.domain.catalog import Catalog  # noqa: E402
from soyuz_gui.domain.entities import Entity, Mission, Person  # noqa: E402
from soyuz_gui.domain.serialize import entity_json  # noqa: E402
from soyuz_gui.loading import DataError, DataProblem, load_file, load_folders  # noqa: E402
from soyuz_gui.loading.checks import check_catalog  # noqa: E402
from soyuz_gui.loading.problems import INTERNAL_ERROR  # noqa: E402
from soyuz_gui.loading.yamlsource import SourceFile  # noqa: E402

PROBLEM_LINE = re.compile(r"^[^\n]+:\d+:\d+: [^\n]+: [^\n]+$")
ID_LINE = re.compile(r"^id: *([^\s#]+)", re.MULTILINE)

# Values a mutation may put where a value stood: YAML oddities, hostile constructs and edge-case times.
NASTY_VALUES = [
    "", "~", "null", "yes", "No", "on", "0", "-1", "0x1F", "0o17", "017", "0b101", "1_000", "1:30", "1:30.5", "1e400",
    "1.5e3", ".inf", "-.Inf", ".nan", "9" * 50, "9" * 5000, "-" + "9" * 19, "1.5", "'quoted'", '"esc\\0aped"',
    '"\\x07"', '"\\ud800"', '"\\u2028"', "!!binary aGk=", "!!python/object/apply:os.system ['true']",
    "!!python/name:os.system", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!timestamp 2017-01-01",
    "!!int x", "!!float 1", "!!str 12", "!!bool maybe", "!!null x", "!!map {a: 1}", "!!seq [1]", "!foo bar",
    "!<tag:example.com,2000:x> y", "&a x", "*a", "&a [1, 2]", "[", "]", "{", "}", "[" * 30, "[" * 3000,
    "{a: " * 40, "{a: {b: {c: [d]}}}", "[[], {}, [[]]]", "<<", "=", "- x", ": x", "? x", "|\n  block\n",
    ">-\n  folded\n", "\t", "x\ty", "2017-02-30", "2017-02-29", "2016-02-29", "2017-12-17T07:21", "2017-12-17T25:00Z",
    "2017-12-17T07:60Z", "2017-12-17T07:21+15:00", "2017-12-17T07:21-14:00", "9999-12-31T23:59-01:00",
    "0001-01-01T00:00+01:00", "0001-01-01", "9999-12-31", "9999", "0000", "2017-13", "2017-00-10",
    '"2017-12-17T07:21:01.1234567Z"', '"2017-12-17 07:21Z"', '"1999999"', "soyuz-ms-07", "iss", "roscosmos",
    "soyuz", "baikonur-site-1-5", "anton-shkaplerov", "rassvet-nadir", "wikipedia-soyuz-ms-07", "Soyuz",
    "ünïcödé", "🚀", "\u202e", "x" * 5000, "%YAML 1.1", "---", "...", "#comment", "@", "`", "'", '"',
    "99999999999999 days", "0 days", "-5 days 3 hours", "1000000000 days",
]
NASTY_LINES = [
    "<<: {name: x}", "id: broken-x", "schema_version: 2", "schema_version: 1", "kind: misson", "extra: 1",
    "? [a]\n: b", "---", "--- |\n  text", "%TAG !e! tag:example.com,2000:", "\t- a", "  - a", "- a", "a: &x [1]",
    "b: *x", "name: x\nname: y", "notes:\n  - text: x\n    mentions: [nowhere]", "crew:\n  - person: nobody",
    "dockings:\n  - {station: iss, port: nowhere, docked: '2017-01-01T00:00Z'}",
]
PYTHON_VALUES: list[object] = [
    None, True, False, 0, -1, 2**63, 10**30, 1.5, 1e308, -0.0, "", "x" * 300, [], {}, [[[]]], {"a": {"b": [1]}},
    "2017-02-30", "2017-12-17T07:21", "9999-12-31T23:59-01:00", "0001-01-01T00:00+01:00", ["a", "a"], [None], [1],
]


@dataclass
class Seed:
    name: str  # the file name the mutant is written under (the seed's id keeps the id check passing)
    text: str


@dataclass
class Report:
    cases: int = 0
    loaded: int = 0
    refused: int = 0
    messages: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)


# --- mutations ---------------------------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return text.split("\n")


def replace_value(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    lines = _lines(text)
    spots = [i for i, line in enumerate(lines) if ":" in line]
    if not spots:
        return text
    index = rng.choice(spots)
    key, _, _ = lines[index].partition(":")
    lines[index] = f"{key}: {rng.choice(NASTY_VALUES)}"
    return "\n".join(lines)


def insert_line(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    lines = _lines(text)
    indent = " " * rng.choice([0, 0, 0, 1, 2, 4, 6])
    lines.insert(rng.randrange(len(lines) + 1), indent + rng.choice(NASTY_LINES))
    return "\n".join(lines)


def delete_lines(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    lines = _lines(text)
    start = rng.randrange(len(lines))
    del lines[start:start + rng.choice([1, 1, 2, 5])]
    return "\n".join(lines)


def duplicate_or_swap(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    lines = _lines(text)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    if rng.random() < 0.5:
        lines.insert(b, lines[a])
    else:
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def typo_key(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    lines = _lines(text)
    spots = [i for i, line in enumerate(lines) if re.match(r"^\s*-?\s*\w+:", line)]
    if not spots:
        return text
    index = rng.choice(spots)
    match = re.match(r"^(\s*-?\s*)(\w+)(:.*)$", lines[index])
    if match is None:
        return text
    key = list(match.group(2))
    position = rng.randrange(len(key))
    edit = rng.choice(["drop", "double", "swap", "case"])
    if edit == "drop" and len(key) > 1:
        del key[position]
    elif edit == "double":
        key.insert(position, key[position])
    elif edit == "swap" and position + 1 < len(key):
        key[position], key[position + 1] = key[position + 1], key[position]
    else:
        key[position] = key[position].upper()
    lines[index] = match.group(1) + "".join(key) + match.group(3)
    return "\n".join(lines)


def shift_time(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    """Move one time to another plausible-looking (or impossible) moment: breaks timelines and calendars."""
    times = list(re.finditer(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?", text))
    if not times:
        return text
    spot = rng.choice(times)
    year = rng.choice([1957, 2000, 2016, 2017, 2018, 2024, 2100, 1, 9999])
    month, day = rng.randint(0, 13), rng.randint(0, 32)
    new = f"{year:04d}-{month:02d}-{day:02d}"
    if "T" in spot.group():
        zone = rng.choice(["Z", "Z", "", "+03:00", "-14:00", "+15:00"])
        new += f"T{rng.randint(0, 25):02d}:{rng.randint(0, 61):02d}{zone}"
    return text[:spot.start()] + new + text[spot.end():]


def valid_time(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    """Move one time to another real moment, at a random precision: valid files with new orders and overlaps."""
    times = list(re.finditer(r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z)?)?)?", text))
    if not times:
        return text
    spot = rng.choice(times)
    year, month, day = rng.randint(2010, 2032), rng.randint(1, 12), rng.randint(1, 28)
    hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    new = rng.choice([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}",
                      f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}Z",
                      f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}.5Z"])
    return text[:spot.start()] + new + text[spot.end():]


def swap_id(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    """Point one reference at another existing entity: crews, ports and references that still resolve."""
    spots = list(re.finditer(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", text))
    if not spots:
        return text
    spot = rng.choice(spots)
    return text[:spot.start()] + rng.choice(seeds).name.removesuffix(".yaml") + text[spot.end():]


def splice(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    other = _lines(rng.choice(seeds).text)
    lines = _lines(text)
    start = rng.randrange(len(other))
    piece = other[start:start + rng.randint(1, 8)]
    at = rng.randrange(len(lines) + 1)
    return "\n".join(lines[:at] + piece + lines[at:])


def structural(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    """Parse, change one node to another Python value (or drop it), and write the YAML back out."""
    try:
        # The pure-Python loader (the C one can crash on deep mutants); it is only a helper here, so any failure
        # (bad YAML, recursion, a timestamp it cannot build) just leaves the text as it was.
        data = yaml.safe_load(text)
    except Exception:
        return text
    if not isinstance(data, dict):
        return text
    container, key = _random_slot(data, rng)
    if container is None:
        return text
    if rng.random() < 0.3 and isinstance(container, dict):
        del container[key]
    else:
        container[key] = rng.choice(PYTHON_VALUES)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=rng.random() < 0.5, width=rng.choice([80, 10**6]))


def _random_slot(data: object, rng: random.Random) -> tuple[dict[object, object] | list[object] | None, object]:
    slots: list[tuple[dict[object, object] | list[object], object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                slots.append((node, key))
                walk(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                slots.append((node, index))
                walk(value)

    walk(data)
    return rng.choice(slots) if slots else (None, None)


def deep_nesting(text: str, rng: random.Random, seeds: list[Seed]) -> str:
    depth = rng.choice([20, 25, 100, 5000])
    opener, closer = rng.choice([("[", "]"), ("{a: ", "}"), ("- ", "")])
    body = opener * depth + "x" + closer * depth if closer else opener * depth + "x"
    return text + f"\nnested: {body}\n" if opener != "- " else text + "\nnested:\n  " + body + "\n"


MUTATIONS: list[tuple[Callable[[str, random.Random, list[Seed]], str], int]] = [
    (replace_value, 6), (insert_line, 3), (delete_lines, 2), (duplicate_or_swap, 2), (typo_key, 3),
    (shift_time, 4), (valid_time, 5), (swap_id, 4), (splice, 1), (structural, 4), (deep_nesting, 1),
]


def byte_noise(raw: bytes, rng: random.Random) -> bytes:
    """Flip, insert or drop bytes: encodings, BOMs, NULs, CRLF, tabs."""
    data = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        choice = rng.random()
        if choice < 0.4:
            data[at:at] = rng.choice([b"\x00", b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\r\n", b"\r", b"\t", b"\xc3",
                                      b"\xed\xa0\x80", b"\x85", b"\x1b", "\u2028".encode()])
        elif choice < 0.7 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif data:
            del data[at:at + rng.randint(1, 20)]
    return bytes(data)


def mutate(seed: Seed, rng: random.Random, seeds: list[Seed]) -> bytes:
    text = seed.text
    if rng.random() < 0.3:  # keep the file valid, so the cross-file checks and derived values get exercised too
        for _ in range(rng.choice([1, 2, 3])):
            text = rng.choice([valid_time, swap_id])(text, rng, seeds)
        return text.encode("utf-8")
    functions, weights = zip(*MUTATIONS, strict=True)
    for _ in range(rng.choice([1, 1, 2, 3])):
        text = rng.choices(functions, weights)[0](text, rng, seeds)
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.1:
        raw = raw.replace(b"\n", b"\r\n")
    if rng.random() < 0.15:
        raw = byte_noise(raw, rng)
    return raw


# --- running a case ------------------------------------------------------------------------------------------


class Context:
    """The bundled data, loaded once: mutants are checked against it as ``data validate FILE`` would."""

    def __init__(self, data: Path) -> None:
        result = load_folders([data], check=False)
        self.entities: dict[str, Entity] = {entity.id: entity for entity in result.catalog}
        self.sources: dict[str, SourceFile] = dict(result.sources)


def run_case(raw: bytes, name: str, folder: Path, context: Context) -> tuple[list[DataProblem], list[str]]:
    """Problems reported about one mutant, and crash descriptions (empty when everything was clean).

    The mutant is loaded the way ``data validate FILE`` loads it: read and checked on its own, then checked for
    references against the bundled data. Problems about bundled files count for crashes but are not returned.
    """
    path = folder / name
    path.write_bytes(raw)
    display = f"fuzz/{name}"
    try:
        entity, source = load_file(path, display, folder)
    except DataError as exc:
        return [exc.problem], _bad_lines([exc.problem])
    entities = {**context.entities, entity.id: entity}
    catalog = Catalog(entities.values())
    problems = check_catalog(catalog, {**context.sources, entity.id: source})
    mine = [problem for problem in problems if problem.file == display]
    return mine, _bad_lines(problems) + _exercise(catalog, entity)


def run_folder(folder: Path) -> list[str]:
    """The folder path of the loader (listing, display names, duplicate ids) on the mutant alone."""
    return _bad_lines(load_folders([folder]).problems)


def _bad_lines(problems: list[DataProblem]) -> list[str]:
    bad = []
    for problem in problems:
        text = str(problem)
        if problem.message.startswith(INTERNAL_ERROR):
            bad.append(f"safety net: {text}")
        elif not PROBLEM_LINE.match(text):
            bad.append(f"malformed problem line: {text!r}")
    return bad


def _exercise(catalog: Catalog, entity: Entity) -> list[str]:
    """Derive what the app shows for a loaded mutant; an exception means the loader let unusable data through."""
    try:
        entity_json(catalog, entity)
        if isinstance(entity, Mission):
            catalog.events(entity)
            catalog.programme_neighbours(entity)
            for seat in entity.crew:
                catalog.time_in_space(seat.person)
        if isinstance(entity, Person):
            catalog.time_in_space(entity.id)
            catalog.flights(entity.id)
    except Exception:
        return [f"after loading: {traceback.format_exc(limit=3).strip().splitlines()[-1]}"]
    return []


def load_seeds(folders: list[Path]) -> list[Seed]:
    seeds = []
    for folder in folders:
        for path in sorted(folder.rglob("*.yaml")):
            if path.name == "expected.yaml":
                continue
            text = path.read_bytes().decode("utf-8", "replace")
            found = ID_LINE.search(text)
            seeds.append(Seed(f"{found.group(1)}.yaml" if found else path.name, text))
    return seeds


def fuzz(seeds: list[Seed], context: Context, args: argparse.Namespace) -> Report:
    report = Report()
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory(prefix="soyuz-fuzz-") as tmp:
        folder = Path(tmp) / "fuzz"
        folder.mkdir()
        for case in range(args.cases):
            if time.monotonic() > deadline:
                break
            rng = random.Random(f"{args.seed}:{case}")
            seed = rng.choice(seeds)
            raw = mutate(seed, rng, seeds)
            name = seed.name if "/" not in seed.name and len(seed.name) < 200 else "mutant.yaml"
            started = time.monotonic()
            try:
                problems, crashes = run_case(raw, name, folder, context)
                if case % 20 == 0:
                    crashes += run_folder(folder)
            except Exception:
                problems, crashes = [], [traceback.format_exc(limit=4).strip().splitlines()[-1]]
            (folder / name).unlink(missing_ok=True)
            if time.monotonic() - started > args.slow:
                crashes.append(f"slow: {time.monotonic() - started:.1f}s")
            report.cases += 1
            errors = [p for p in problems if p.skipped]
            report.loaded += not errors
            report.refused += bool(errors)
            report.messages.update(_message_shape(p.message) for p in problems)
            for crash in crashes:
                report.crashes.append(f"seed {args.seed}:{case} ({seed.name}): {crash}")
                if args.save_crashes:
                    args.save_crashes.mkdir(parents=True, exist_ok=True)
                    (args.save_crashes / f"crash-{args.seed}-{case}-{name}").write_bytes(raw)
    return report


def replay(label: str, seeds: list[Seed], context: Context) -> int:
    """Rebuild one case from its ``seed:case`` label and run it without catching anything."""
    rng = random.Random(label)
    seed = rng.choice(seeds)
    raw = mutate(seed, rng, seeds)
    print(raw.decode("utf-8", "backslashreplace"))
    with tempfile.TemporaryDirectory(prefix="soyuz-fuzz-") as tmp:
        folder = Path(tmp) / "fuzz"
        folder.mkdir()
        problems, crashes = run_case(raw, seed.name, folder, context)
    for problem in problems:
        print(problem)
    print("\n".join(crashes) or "no crash")
    return 1 if crashes else 0


def _message_shape(message: str) -> str:
    """A message with its quoted values and numbers blanked, so "distinct messages" counts kinds of problem."""
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'", "'...'", message))[:120]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000, help="stop after this many cases")
    parser.add_argument("--seconds", type=float, default=120.0, help="time budget (default 120)")
    parser.add_argument("--seed", default="1", help="random seed; a crash names the seed:case that repeats it")
    parser.add_argument("--slow", type=float, default=2.0, help="a case slower than this many seconds is a crash")
    parser.add_argument("--data", type=Path, default=REPO / "data", help="the bundled data folder (context, seeds)")
    parser.add_argument("--save-crashes", type=Path, help="write each crashing input to this folder")
    parser.add_argument("--show", type=int, default=15, help="how many of the most common messages to print")
    parser.add_argument("--replay", metavar="SEED:CASE", help="run one case again and show its full traceback")
    args = parser.parse_args(argv)
    seeds = load_seeds([args.data, REPO / "tests" / "corpus"])
    context = Context(args.data)
    if args.replay:
        return replay(args.replay, seeds, context)
    started = time.monotonic()
    report = fuzz(seeds, context, args)
    elapsed = time.monotonic() - started
    print(f"cases tried: {report.cases} in {elapsed:.0f}s ({report.loaded} loaded, {report.refused} refused)")
    print(f"distinct problem messages: {len(report.messages)}")
    for message, count in report.messages.most_common(args.show):
        print(f"  {count:7d}  {message}")
    print(f"crashes: {len(report.crashes)}")
    for crash in report.crashes[:50]:
        print(f"  {crash}")
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
