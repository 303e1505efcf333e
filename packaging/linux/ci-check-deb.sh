#!/usr/bin/env bash
# CI check of the Linux package, end to end, on this machine (needs root: it installs and removes the package).
#
#   packaging/linux/ci-check-deb.sh
#
# 1. builds the .deb (packaging/linux/build-deb.sh), 2. installs it with dpkg -i, 3. runs the installed program
# (/usr/bin/soyuz-gui --version, data validate, --screenshot) and checks that the screenshot is the real main
# window: right size, not blank, and the same pixels as the same screenshot made from the source checkout,
# 4. validates the installed .desktop and AppStream files, 5. times start-up installed vs from source,
# 6. removes (and purges) the package and checks that nothing of it is left. Prints the sizes and times.
#
# Environment: SOYUZ_CHECK_RUNS (timed runs each, default 7); build-deb.sh's variables pass through.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
BUILD=${SOYUZ_BUILD_DIR:-$ROOT/packaging/build}
PKG=soyuz-gui
APPID=io.github.soyuzgui.SoyuzMissionBrowser
RUNS=${SOYUZ_CHECK_RUNS:-7}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }
fail() { printf 'ci-check-deb: FAIL: %s\n' "$*" >&2; exit 1; }
SECONDS=0

# Validators and the time tool (the build's own needs are installed by build-deb.sh).
need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
[ -x /usr/bin/time ] || need+=(time)
if [ "${#need[@]}" -gt 0 ]; then
  step "apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "build"
mkdir -p "$BUILD"
"$HERE/build-deb.sh" | tee "$BUILD/build-deb.out"
VERSION=$(sed -n 's/^package: .*soyuz-gui_\([^_]*\)_.*/\1/p' "$BUILD/build-deb.out")
DEB=$(sed -n 's/^package: //p' "$BUILD/build-deb.out")
[ -f "$DEB" ] || fail "no package built"
BUILD_SECONDS=$SECONDS

TMP=$(mktemp -d)
cleanup() {
  if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "ok installed"; then $SUDO dpkg -P "$PKG" >/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
# The app's settings and start-up cache go to a throw-away home, for the installed and the source runs alike.
export XDG_CONFIG_HOME=$TMP/config XDG_CACHE_HOME=$TMP/cache XDG_STATE_HOME=$TMP/state QT_QPA_PLATFORM=offscreen

step "install with dpkg -i"
if ! $SUDO dpkg -i "$DEB"; then
  echo "dpkg -i could not configure the package (missing dependencies?); letting apt-get fetch them" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -f -y -qq >/dev/null
fi
dpkg-query -W -f='${Status} ${Version}\n' "$PKG" | grep -q "install ok installed $VERSION" || fail "$PKG $VERSION is not installed"
dpkg-query -L "$PKG" > "$TMP/files.txt"
[ "$(readlink -f /usr/bin/soyuz-gui)" = "/opt/$PKG/$PKG" ] || fail "/usr/bin/soyuz-gui does not lead to /opt/$PKG/$PKG"

step "run the installed program"
out=$(/usr/bin/soyuz-gui --version)
echo "$out"
[ "$out" = "soyuz-gui ${VERSION%-*}" ] || fail "--version printed '$out'"
# The frozen data set loads (problems are printed; only errors would make validate fail).
/usr/bin/soyuz-gui data validate --quiet > "$TMP/validate.txt" || fail "installed 'soyuz-gui data validate' failed: $(tail -5 "$TMP/validate.txt")"
echo "data validate: ok ($(wc -l < "$TMP/validate.txt") warnings)"
( cd "$TMP" && /usr/bin/soyuz-gui --screenshot "$TMP/installed.png" ) 2> "$TMP/installed.err" || { cat "$TMP/installed.err" >&2; fail "--screenshot failed"; }
[ -s "$TMP/installed.png" ] || fail "no screenshot written"
# The same screenshot from the source checkout, with the build venv's Python (same Qt, same fonts).
PY=$BUILD/venv/bin/python
[ -x "$PY" ] || PY=$(command -v python3)
( cd "$TMP" && PYTHONPATH=$ROOT "$PY" -m soyuz_gui --screenshot "$TMP/source.png" ) 2>/dev/null || fail "the source checkout's --screenshot failed"
python3 "$HERE/pngcheck.py" "$TMP/installed.png" --size 1280x800 --like "$TMP/source.png" || fail "the installed program's screenshot is not the main window"
cp "$TMP/installed.png" "$BUILD/installed-screenshot.png"

step "validate the desktop integration"
desktop-file-validate "/usr/share/applications/$PKG.desktop" || fail "desktop-file-validate"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "/usr/share/metainfo/$APPID.metainfo.xml" || fail "appstreamcli validate"
for size in 16 22 24 32 48 64 128 256 512; do
  [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/$PKG.png" ] || fail "no ${size}px icon"
done
[ -s "/usr/share/icons/hicolor/scalable/apps/$PKG.svg" ] || fail "no scalable icon"
[ -s "/usr/lib/systemd/user/$PKG-kiosk.service" ] || fail "no kiosk unit"
grep -q '^ExecStart=/usr/bin/soyuz-gui --kiosk$' "/usr/lib/systemd/user/$PKG-kiosk.service" || fail "kiosk unit ExecStart"
grep -q '^Restart=always$' "/usr/lib/systemd/user/$PKG-kiosk.service" || fail "kiosk unit Restart"
if command -v systemd-analyze >/dev/null; then
  # Only a syntax check: this (system) manager has no graphical-session.target, which is fine for a user unit.
  verify=$(systemd-analyze verify "/usr/lib/systemd/user/$PKG-kiosk.service" 2>&1 | grep -v "graphical-session.target" || true)
  if grep -qi "unknown\|invalid\|failed to parse" <<<"$verify"; then fail "systemd-analyze: $verify"; fi
  echo "systemd unit syntax: ok"
fi

step "start-up time (median of $RUNS warm runs; the first run of each fills the file and start-up caches)"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
time_runs() {  # label, command...
  local label=$1; shift
  "$@" >/dev/null 2>&1 || fail "$label: $* failed"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$TMP/t" "$@" >/dev/null 2>&1
    cat "$TMP/t"
  done > "$TMP/$label.times"
  printf '%-28s median %6.3f s   peak RSS %4d MB\n' "$label" "$(cut -d' ' -f1 < "$TMP/$label.times" | median)" \
    "$(( $(cut -d' ' -f2 < "$TMP/$label.times" | sort -n | tail -1) / 1024 ))"
}
{
  time_runs "installed --version" /usr/bin/soyuz-gui --version
  time_runs "source --version" env PYTHONPATH="$ROOT" "$PY" -m soyuz_gui --version
  time_runs "installed --screenshot" /usr/bin/soyuz-gui --screenshot "$TMP/t.png"
  time_runs "source --screenshot" env PYTHONPATH="$ROOT" "$PY" -m soyuz_gui --screenshot "$TMP/t.png"
} | tee "$TMP/startup.txt"
inst=$(awk '/^installed --screenshot/ { print $4 }' "$TMP/startup.txt")
src=$(awk '/^source --screenshot/ { print $4 }' "$TMP/startup.txt")
awk -v i="$inst" -v s="$src" 'BEGIN { printf "installed / source start-up: %.2f (aim: <= 1.00)\n", i / s; exit !(i <= 1.5 * s) }' \
  || fail "the installed program starts more than 1.5x slower than from source"
if [ -f benchmarks/startup.py ]; then
  echo "benchmarks/startup.py (time to first paint):"
  "$PY" benchmarks/startup.py --runs 5 --command /usr/bin/soyuz-gui 2>&1 | sed -n 's/^Soyuz Mission Browser */  installed: /p' || true
  PYTHONPATH=$ROOT "$PY" benchmarks/startup.py --runs 5 2>&1 | sed -n 's/^Soyuz Mission Browser */  source:    /p' || true
fi
INSTALLED_DU=$(du -sk "/opt/$PKG" | cut -f1)

step "remove"
$SUDO dpkg -r "$PKG"
[ ! -e "/opt/$PKG" ] || fail "/opt/$PKG is still there after dpkg -r: $(find "/opt/$PKG" | head)"
[ ! -e /usr/bin/soyuz-gui ] || fail "/usr/bin/soyuz-gui is still there after dpkg -r"
# Nothing should be left for a purge (no conffiles); purge anyway if dpkg kept something.
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "config-files"; then $SUDO dpkg -P "$PKG" >/dev/null; fi
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -qv "not-installed"; then
  fail "dpkg still knows $PKG after removal: $(dpkg-query -W -f='${Status}' "$PKG")"
fi
left=$(while read -r f; do [ -f "$f" ] || [ -L "$f" ] && echo "$f"; done < "$TMP/files.txt" || true)
[ -z "$left" ] || fail "files left after removal: $left"
echo "removed cleanly: no file of the package is left, /opt/$PKG is gone"

step "summary"
grep -E '^(package|installed size)' "$BUILD/build-deb.out"
echo "installed on disk (du /opt/$PKG): $((INSTALLED_DU / 1024)) MB"
cat "$TMP/startup.txt"
echo "build ${BUILD_SECONDS}s, whole check ${SECONDS}s"
echo "ci-check-deb: OK"
