#!/bin/sh
# Refresh the translation catalogues from the source, then compile them.
#
#   tools/update_translations.sh
#
# 1. pyside6-lupdate reads every module of the soyuz_gui package and adds new interface strings to
#    resources/translations/soyuz_gui_<lang>.ts (marked unfinished), dropping strings the code no longer has.
# 2. Translate the unfinished messages (Qt Linguist: pyside6-linguist, or any editor).
# 3. pyside6-lrelease compiles each .ts into the .qm the app loads. Both are committed, so a checkout runs
#    without a build step; tests/app/test_translations.py fails when either is out of date.
set -eu
cd "$(dirname "$0")/.."

LANGUAGES="ru ja"
OUT=resources/translations
mkdir -p "$OUT"
SOURCES=$(find soyuz_gui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

for lang in $LANGUAGES; do
    # No line numbers: every edit elsewhere in a file would otherwise rewrite the catalogues.
    # shellcheck disable=SC2086
    pyside6-lupdate -locations none -no-obsolete -source-language en -target-language "$lang" \
        $SOURCES -ts "$OUT/soyuz_gui_$lang.ts"
    pyside6-lrelease -silent "$OUT/soyuz_gui_$lang.ts" -qm "$OUT/soyuz_gui_$lang.qm"
done
