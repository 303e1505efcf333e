#!/bin/sh
# Show what a screen reader gets from the app over AT-SPI: a private session bus, the accessibility bus, the app on
# a virtual screen (xvfb-run) with Qt's AT-SPI bridge on, then tools/atspi_tree.py walks it.
#
#   tools/atspi_probe.sh [app options]     e.g. tools/atspi_probe.sh --mission soyuz-ms-07 --tab aboard
#
# Needs dbus-run-session, /usr/libexec/at-spi-bus-launcher, xvfb-run and gdbus (Debian: dbus, at-spi2-core, xvfb,
# libglib2.0-bin).
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
if [ -z "${SOYUZ_ATSPI_INNER:-}" ]; then
    exec env SOYUZ_ATSPI_INNER=1 dbus-run-session -- "$0" "$@"
fi
/usr/libexec/at-spi-bus-launcher --launch-immediately &
sleep 2
PYTHONPATH=. QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb xvfb-run -a "$PYTHON" -m soyuz_gui "$@" &
app=$!
sleep "${SOYUZ_ATSPI_WAIT:-15}"
"$PYTHON" tools/atspi_tree.py "${SOYUZ_ATSPI_APP:-Soyuz Mission Browser}" || true
kill "$app" 2>/dev/null || true
