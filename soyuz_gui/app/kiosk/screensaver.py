"""Keep the screen on while the kiosk runs, where the platform lets an application do so. No Qt here.

* X11 (``DISPLAY`` set, not a Wayland session): ``xset s off``, ``xset s noblank`` and ``xset -dpms``.
* Wayland and other platforms: nothing portable exists for an ordinary client; configure the compositor or desktop
  (see ``docs/kiosk.md``). The controller additionally asks the freedesktop ScreenSaver service over D-Bus when a
  session bus is present.

Everything here is best effort: failures are logged and never stop the kiosk.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence

log = logging.getLogger("soyuz_gui.kiosk")

XSET_COMMANDS: tuple[tuple[str, ...], ...] = (("s", "off"), ("s", "noblank"), ("-dpms",))

Runner = Callable[[Sequence[str]], int]


def _run(command: Sequence[str]) -> int:
    done = subprocess.run(list(command), check=False, timeout=5, capture_output=True)
    return done.returncode


def is_x11(env: Mapping[str, str]) -> bool:
    if not env.get("DISPLAY"):
        return False
    return env.get("XDG_SESSION_TYPE", "").lower() != "wayland" and not env.get("WAYLAND_DISPLAY")


def inhibit_screen_blanking(env: Mapping[str, str] | None = None, runner: Runner | None = None,
                            which: Callable[[str], str | None] = shutil.which) -> bool:
    """Turn off X11 screen blanking and DPMS; True when every command succeeded."""
    env = os.environ if env is None else env
    if not is_x11(env):
        log.info("screen blanking: not an X11 session; leave it to the compositor (see docs/kiosk.md)")
        return False
    xset = which("xset")
    if xset is None:
        log.warning("screen blanking: 'xset' is not installed; the screen may blank (install x11-xserver-utils)")
        return False
    run = runner or _run
    ok = True
    for arguments in XSET_COMMANDS:
        try:
            code = run([xset, *arguments])
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("screen blanking: 'xset %s' failed: %s", " ".join(arguments), exc)
            ok = False
            continue
        if code != 0:
            log.warning("screen blanking: 'xset %s' exited with %d", " ".join(arguments), code)
            ok = False
    if ok:
        log.info("screen blanking: X11 screen saver and DPMS turned off")
    return ok
