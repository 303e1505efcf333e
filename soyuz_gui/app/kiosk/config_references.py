"""Checking a kiosk config against the data: mission ids that exist and languages the interface is translated into.

Each problem names the line the value was written on (the positions parse_config kept). No Qt here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import msgspec

from soyuz_gui.app.kiosk.config_parse import ConfigLoad, ConfigProblem
from soyuz_gui.app.kiosk.config_schema import KioskConfig


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
