#!/usr/bin/env bash
# Build the Debian/Ubuntu package of Soyuz Mission Browser: the one command.
#
#   packaging/linux/build-deb.sh            -> packaging/build/soyuz-gui_<version>-1_<arch>.deb
#
# Steps: install the build tools and Qt's system libraries if missing (apt-get, needs root or sudo), make a
# build venv with PyInstaller (packaging/build/venv), freeze the app with packaging/soyuz-gui.spec (one folder,
# stripped, Qt trimmed to what a widgets app needs), lay out the package tree (/opt/soyuz-gui, /usr/bin/soyuz-gui,
# .desktop, AppStream metainfo, hicolor icons, kiosk systemd user unit), compute the library dependencies with
# dpkg-shlibdeps, and pack with xz.
#
# Environment:
#   SOYUZ_BUILD_DIR   where to build (default packaging/build)
#   SOYUZ_BUILD_PY    use this Python (with PySide6 and PyInstaller) instead of making the build venv
#   PYTHON            interpreter that makes the build venv (default python3)
#   SOYUZ_REUSE_BUNDLE=1  skip PyInstaller if the frozen folder is already there (quick re-packing)
#   SOYUZ_HOMEPAGE    project home page for the metainfo (default: a placeholder)
#   SOYUZ_MAINTAINER  "Name <mail>" for the Maintainer field
#   SOYUZ_SKIP_APT=1  never call apt-get (the machine is prepared)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
BUILD=${SOYUZ_BUILD_DIR:-$ROOT/packaging/build}
mkdir -p "$BUILD"
BUILD=$(cd "$BUILD" && pwd)
PKG=soyuz-gui
APPID=io.github.soyuzgui.SoyuzMissionBrowser
MAINTAINER=${SOYUZ_MAINTAINER:-Soyuz Mission Browser developers <soyuz-gui@localhost>}

log() { printf '\033[1mbuild-deb:\033[0m %s\n' "$*" >&2; }
die() { printf 'build-deb: error: %s\n' "$*" >&2; exit 1; }

# --- 1. tools and the system libraries the bundle links against (dpkg-shlibdeps must find them) -------------
BUILD_TOOLS=(dpkg-dev binutils)
RUNTIME_LIBS=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libwayland-client0 libwayland-cursor0
  libwayland-egl1)
apt_install() {
  [ "${SOYUZ_SKIP_APT:-}" = 1 ] && return 0
  command -v dpkg-query >/dev/null || die "not a Debian/Ubuntu system"
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
apt_install "${BUILD_TOOLS[@]}" "${RUNTIME_LIBS[@]}"

# --- 2. Python with PySide6 + PyInstaller -----------------------------------------------------------------------
if [ -n "${SOYUZ_BUILD_PY:-}" ]; then
  PY=$SOYUZ_BUILD_PY
else
  VENV=$BUILD/venv
  if [ ! -x "$VENV/bin/python" ]; then
    log "making the build venv $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
  fi
  PY=$VENV/bin/python
  # Runtime dependencies exactly as pyproject.toml declares them, plus PyInstaller.
  mapfile -t DEPS < <("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))')
  "$PY" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7" "${DEPS[@]}"
fi
VERSION=$("$PY" -c 'import re; print(re.search(r"__version__\s*=\s*\"([^\"]+)\"", open("soyuz_gui/__init__.py").read())[1])')
ARCH=$(dpkg --print-architecture)
DEB_VERSION="$VERSION-1"
grep -q "<release version=\"$VERSION\"" "$HERE/$APPID.metainfo.xml" \
  || die "packaging/linux/$APPID.metainfo.xml has no <release version=\"$VERSION\">: add the release there"

# --- 3. freeze -----------------------------------------------------------------------------------------------------
DIST=$BUILD/dist/$PKG
if [ "${SOYUZ_REUSE_BUNDLE:-}" = 1 ] && [ -x "$DIST/$PKG" ]; then
  log "reusing $DIST"
else
  log "PyInstaller ($("$PY" -m PyInstaller --version)), $("$PY" -c 'import PySide6; print("PySide6", PySide6.__version__)')"
  SOYUZ_SYSTEM_LIBS=1 "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/soyuz-gui.spec
fi
[ -d "$DIST/_internal/data/missions" ] || die "the frozen bundle has no data/"
[ -d "$DIST/_internal/resources/icons" ] || die "the frozen bundle has no resources/"

# --- 4. package tree --------------------------------------------------------------------------------------------
STAGE=$BUILD/deb/$PKG
rm -rf "$BUILD/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
  "$STAGE/usr/share/icons/hicolor" "$STAGE/usr/lib/systemd/user" "$STAGE/usr/lib/systemd/system" \
  "$STAGE/usr/share/doc/$PKG"
cp -a "$DIST" "$STAGE/opt/$PKG"
ln -s "/opt/$PKG/$PKG" "$STAGE/usr/bin/$PKG"
install -m 0644 "$HERE/$PKG.desktop" "$STAGE/usr/share/applications/$PKG.desktop"
sed "s|https://soyuz-gui.example.org|${SOYUZ_HOMEPAGE:-https://soyuz-gui.example.org}|g" "$HERE/$APPID.metainfo.xml" \
  > "$STAGE/usr/share/metainfo/$APPID.metainfo.xml"
install -m 0644 "$HERE/$PKG-kiosk.service" "$STAGE/usr/lib/systemd/user/$PKG-kiosk.service"
# Boot-to-kiosk on an exhibit PC (docs/kiosk.md): the session script and the system unit, pointed at /usr/bin;
# the X server drop-in is shipped as documentation, since it changes X for the whole machine.
install -m 0755 "$HERE/$PKG-kiosk-session" "$STAGE/usr/bin/$PKG-kiosk-session"
sed 's|/usr/local/bin/|/usr/bin/|g' "$HERE/$PKG-kiosk-x11@.service" > "$STAGE/usr/lib/systemd/system/$PKG-kiosk-x11@.service"
install -m 0644 "$HERE/50-$PKG-kiosk.conf" "$STAGE/usr/share/doc/$PKG/50-$PKG-kiosk.conf"
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py --hicolor "$STAGE/usr/share/icons/hicolor" >/dev/null
install -m 0644 "$HERE/copyright" "$STAGE/usr/share/doc/$PKG/copyright"
install -m 0644 "$HERE/README.kiosk" "$STAGE/usr/share/doc/$PKG/README.kiosk"
# Normal permissions whatever the umask; owner root comes from --root-owner-group.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/usr/share" "$STAGE/usr/lib" -type f -exec chmod 0644 {} +
find "$STAGE/opt/$PKG" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$STAGE/opt/$PKG" -type f -perm -u+x -exec chmod 0755 {} +

# Every ELF file of the bundle must find its libraries: in the bundle or on this system (then a Depends).
mapfile -t ELFS < <(find "$STAGE/opt/$PKG" -type f \( -name '*.so*' -o -name "$PKG" \) -exec sh -c \
  'for f; do head -c4 "$f" | grep -q "ELF" && echo "$f"; done' sh {} +)
LIBDIRS=$(find "$STAGE/opt/$PKG/_internal" -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)
missing=$(for f in "${ELFS[@]}"; do
  LD_LIBRARY_PATH=$LIBDIRS ldd "$f" 2>/dev/null | { grep "not found" || true; } | sed "s|^|${f#"$STAGE"}: |"
done | sort -u)
[ -z "$missing" ] || die "libraries not found (install their packages on the build machine):
$missing"

# --- 5. control ------------------------------------------------------------------------------------------------------
mkdir -p "$BUILD/deb/shlibs/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PKG" "$PKG" > "$BUILD/deb/shlibs/debian/control"
LIBARGS=()
for d in ${LIBDIRS//:/ }; do LIBARGS+=("-l$d"); done
SHLIBS=$(cd "$BUILD/deb/shlibs" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${LIBARGS[@]}" \
  -e"${ELFS[@]}" 2>"$BUILD/deb/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')
[ -n "$SHLIBS" ] || { cat "$BUILD/deb/shlibdeps.log" >&2; die "dpkg-shlibdeps found no dependencies"; }
INSTALLED_KB=$(du -sk --apparent-size "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $SHLIBS, fonts-dejavu-core | fonts-dejavu
Recommends: fonts-ipafont-gothic | fonts-noto-cjk, xdg-desktop-portal
Section: science
Priority: optional
Description: explore crewed Soyuz spaceflights from a sourced data set
 Soyuz Mission Browser shows the crewed flights of the Soyuz spacecraft: every
 mission with its launch and landing, its crew and the stations it docked with,
 with the sources each fact comes from. The data set is installed with the
 program; no network access is needed.
 .
 The program is a self-contained Qt application installed under
 /opt/soyuz-gui and started as soyuz-gui. A systemd user unit,
 soyuz-gui-kiosk.service, runs it as a kiosk.
EOF
chmod 0644 "$STAGE/DEBIAN/control"

# --- 6. pack ---------------------------------------------------------------------------------------------------------
OUT=$BUILD/${PKG}_${DEB_VERSION}_${ARCH}.deb
rm -f "$OUT"
log "dpkg-deb (xz)"
dpkg-deb --root-owner-group -Zxz -z9 --build "$STAGE" "$OUT" >/dev/null
DEB_BYTES=$(stat -c %s "$OUT")
log "built $OUT"
awk -v out="$OUT" -v deb="$DEB_BYTES" -v kb="$INSTALLED_KB" 'BEGIN {
  printf "package: %s\npackage size: %d bytes (%.1f MB)\ninstalled size: %d KiB (%.1f MB)\n", out, deb, deb / 1e6, kb, kb * 1024 / 1e6 }'
sed -n 's/^Depends: /Depends: /p' "$STAGE/DEBIAN/control"
