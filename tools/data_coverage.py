"""Print (or write into README.md) the coverage of the bundled data, computed from the data itself.

    python tools/data_coverage.py            # print the Markdown block
    python tools/data_coverage.py --write    # replace the block between the markers in README.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from soyuz_gui.domain import Catalog, Kind  # noqa: E402
from soyuz_gui.domain.generations import generation_label, generation_order  # noqa: E402
from soyuz_gui.loading import load_folders  # noqa: E402

START = "<!-- coverage:start -->"
END = "<!-- coverage:end -->"

_MISSION_FACTS = ("mission_type", "cospar_id", "satcat", "spacecraft_type", "serial", "callsign", "manufacturer",
                  "launch_vehicle")
_PERSON_FACTS = ("native_name", "nationality", "agency", "birth_date", "selection_year")


def _filled(entity: object, names: tuple[str, ...]) -> tuple[int, int]:
    values = [getattr(entity, name) for name in names]
    return sum(v is not None for v in values), len(values)


def coverage(catalog: Catalog) -> str:
    missions = catalog.missions()
    crewed = [m for m in missions if m.vehicle_role == "crew" and m.programme == "soyuz"]
    visitors = [m for m in missions if m.vehicle_role == "crew" and m.programme != "soyuz"]
    people = catalog.people()
    expeditions = catalog.expeditions()
    references = catalog.of_kind(Kind.REFERENCE)
    with_url = sum(1 for r in references if getattr(r, "url", None))
    seats = sum(len(m.crew) for m in missions)
    backups = sum(len(m.backup_crew) for m in missions)
    mission_fill = [_filled(m, _MISSION_FACTS) for m in crewed]
    person_fill = [_filled(p, _PERSON_FACTS) for p in people]
    timed = sum(1 for m in crewed if m.launch.time and m.landing.time)
    docked = sum(1 for m in crewed if m.dockings and all(d.docked and d.undocked for d in m.dockings))
    entities = [e for e in catalog if catalog.kind_of(e.id) not in (Kind.REFERENCE, Kind.TRANSLATION)]
    cited = sum(1 for e in entities if e.references)
    rows = [
        ("Soyuz missions of the crewed series", f"{len(crewed)} ({crewed[0].name} to {crewed[-1].name})"
         if crewed else "0"),
        ("Crewed Soyuz spaceflights (launch aborts and uncrewed flights not counted)",
         str(sum(1 for m in crewed if catalog.crewed_soyuz_number(m) is not None))),
        ("Other crewed vehicles at the stations (Apollo, Shuttle, Dragon, Starliner)", str(len(visitors))),
        ("Cargo ships (docking records)", str(sum(1 for m in missions if m.vehicle_role == "cargo"))),
        ("Crew seats / backup seats", f"{seats} / {backups}"),
        ("People", str(len(people))),
        ("Stations", str(len(catalog.stations()))),
        ("Expeditions (resident and visiting)", str(len(expeditions))),
        ("References (with a web address)", f"{len(references)} ({with_url})"),
        ("Narrative texts in Russian / Japanese", _translated(catalog)),
        ("Entities citing at least one source", f"{cited} of {len(entities)}"),
        ("Missions with launch and landing times", f"{timed} of {len(crewed)}"),
        ("Missions with complete docking times", f"{docked} of {len(crewed)}"),
        ("Mission facts filled (type, COSPAR, SATCAT, type, serial, callsign, maker, rocket)",
         _percent(mission_fill)),
        ("Person facts filled (native name, nationality, agency, birth date, selection year)", _percent(person_fill)),
    ]
    lines = [START, "", "| What | In the bundled data |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in rows]
    by_generation: dict[str, list[str]] = {}
    for m in missions:
        if m.vehicle_role == "crew":
            by_generation.setdefault(generation_label(m), []).append(m.name)
    lines += ["", "| Spacecraft generation | Missions | From | To |", "|---|---|---|---|"]
    lines += [f"| {g} | {len(by_generation[g])} | {by_generation[g][0]} | {by_generation[g][-1]} |"
              for g in sorted(by_generation, key=generation_order)]
    lines += ["", "| Station | In orbit | Crewed ships docked | Expeditions |", "|---|---|---|---|"]
    for station in catalog.stations():
        ships = {m.id for m, _ in catalog.visits(station.id) if m.vehicle_role == "crew"}
        years = (f"{station.launched.value.year}–{station.reentered.value.year if station.reentered else ''}"
                 if station.launched else "unknown")
        lines.append(f"| {station.name} | {years} | {len(ships)} | {len(catalog.expeditions_of(station.id))} |")
    lines += ["", END]
    return "\n".join(lines)


def _translated(catalog: Catalog) -> str:
    from soyuz_gui.domain.texts import translatable_texts

    texts = [(e.id, path, text) for e in catalog for path, text in translatable_texts(e)]
    done = {lang: sum(1 for i, p, t in texts if catalog.text(i, p, t, lang)[1]) for lang in ("ru", "ja")}
    return f"{done['ru']} / {done['ja']} of {len(texts)}"


def _percent(pairs: list[tuple[int, int]]) -> str:
    have = sum(a for a, _ in pairs)
    total = sum(b for _, b in pairs)
    return f"{have} of {total} ({100 * have / total:.0f} %)" if total else "n/a"




def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update README.md in place")
    args = parser.parse_args()
    block = coverage(load_folders([REPO / "data"]).catalog)
    if not args.write:
        print(block)
        return 0
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(START), text.index(END) + len(END)
    readme.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
