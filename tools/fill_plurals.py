"""Fill unfinished plural (numerus) messages of the .ts catalogues from a YAML table.

    python tools/fill_plurals.py tools/kiosk_plurals.yaml

The table maps a source text to its forms per language (``ru``: one, few, many; ``ja``: one form). It fills only
messages lupdate marked unfinished, whatever their context; tools/fill_translations.py does the singular ones.
Then run tools/update_translations.sh to compile the .qm files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))

from fill_translations import write_catalogue  # noqa: E402

FORMS = {"ru": 3, "ja": 1}


def fill(table: dict[str, dict[str, list[str]]], lang: str) -> int:
    path = REPO / "resources" / "translations" / f"soyuz_gui_{lang}.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        forms = table.get(source, {}).get(lang)
        translation = message.find("translation")
        if forms is None or translation is None or translation.get("type") != "unfinished":
            continue
        if len(forms) != FORMS[lang]:
            raise SystemExit(f"{source!r}: {lang} needs {FORMS[lang]} forms, the table has {len(forms)}")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
        filled += 1
    write_catalogue(tree, path)
    return filled


def main() -> int:
    table = yaml.load(Path(sys.argv[1]).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for lang in FORMS:
        print(lang, fill(table, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
