#!/usr/bin/env bash
# Build the macOS app and disk image of Soyuz Mission Browser:
#   packaging/build/dist/Soyuz Mission Browser.app  and  packaging/build/soyuz-gui-<version>-<arch>.dmg
#
#   packaging/macos/build-dmg.sh
#
# Needs: macOS 12+, Xcode command line tools (iconutil, hdiutil, codesign), Python 3.11+ as python3 (python.org
# or Homebrew). Written for a macOS CI runner (e.g. GitHub's macos-latest); NOT run by this project's Linux CI,
# so the first run on a Mac is its first test.
#
# Signing: with SOYUZ_CODESIGN_IDENTITY="Developer ID Application: ..." PyInstaller signs the app with it
# (hardened runtime needs packaging/macos/entitlements.plist); without it the app is signed ad hoc and
# Gatekeeper asks the user to confirm the first start (right-click > Open). Notarization: see README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
BUILD=$ROOT/packaging/build
APP_NAME="Soyuz Mission Browser"
mkdir -p "$BUILD/icons"

VENV=$BUILD/venv
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
PY=$VENV/bin/python
DEPS=()
while IFS= read -r dep; do DEPS+=("$dep"); done < <("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))')
"$PY" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7" "${DEPS[@]}"
VERSION=$("$PY" -c 'import soyuz_gui; print(soyuz_gui.__version__)')
ARCH=$(uname -m)

# Icon: PNGs rendered with Qt from resources/icons/soyuz-gui.svg, packed by iconutil.
rm -rf "$BUILD/icons/soyuz-gui.iconset"
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py --iconset "$BUILD/icons/soyuz-gui.iconset" >/dev/null
iconutil -c icns -o "$BUILD/icons/soyuz-gui.icns" "$BUILD/icons/soyuz-gui.iconset"

# The .app (the spec's BUNDLE step; the icon is picked up from packaging/build/icons/soyuz-gui.icns).
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$BUILD/dist" --workpath "$BUILD/work" \
  packaging/soyuz-gui.spec
APP="$BUILD/dist/$APP_NAME.app"
[ -d "$APP" ] || { echo "build-dmg: $APP was not made" >&2; exit 1; }
codesign --verify --deep --strict "$APP"

# Smoke test of the frozen program.
"$APP/Contents/MacOS/soyuz-gui" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/soyuz-gui" --screenshot "$BUILD/macos-screenshot.png"
python3 packaging/linux/pngcheck.py "$BUILD/macos-screenshot.png" --size 1280x800

# The disk image: the app and a link to /Applications to drag it onto.
STAGE=$BUILD/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG=$BUILD/soyuz-gui-$VERSION-$ARCH.dmg
rm -f "$DMG"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ -format ULFO -ov "$DMG" >/dev/null
hdiutil verify "$DMG" >/dev/null
if [ -n "${SOYUZ_CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$SOYUZ_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
echo "built $DMG ($(du -h "$DMG" | cut -f1))"
