"""Fill unfinished messages of the .ts catalogues from a YAML table (context -> source -> {ru, ja}).

    python tools/fill_translations.py resources/translations/new-strings.yaml

lupdate adds new interface strings as unfinished; translators write them in the table (easier to review in one
place than in two XML files), this script copies them in, and tools/update_translations.sh compiles the .qm files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def fill(table: dict[str, dict[str, dict[str, str]]], lang: str) -> int:
    path = REPO / "resources" / "translations" / f"soyuz_gui_{lang}.ts"
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = table.get(name, {}).get(source, {}).get(lang)
            translation = message.find("translation")
            if text is None or translation is None or message.get("numerus"):
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    write_catalogue(tree, path)
    return filled


def write_catalogue(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts catalogue back in the shape lupdate reads (tools/update_translations.sh normalises it)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> int:
    table = yaml.load(Path(sys.argv[1]).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for lang in ("ru", "ja"):
        print(lang, fill(table, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
