"""Kiosk soak test: thousands of attract-loop steps and idle resets at accelerated time, watching memory.

Run it from a checkout (no display needed)::

    python benchmarks/kiosk_soak.py                      # 2,000 warm-up + 10,000 steps, a reset every 10 steps
    python benchmarks/kiosk_soak.py --steps 2000 --warmup 200 --json

It builds the real main window on the bundled data (with the Timeline and Images tabs when the window has them),
installs the kiosk controller with a manual clock and drives it: each step moves the clock by the dwell time and
ticks, so the attract loop shows the next mission view; every ``--reset-every`` steps a simulated visitor wakes the
kiosk, wanders (another mission, a filter word, larger text, the PIN pad), leaves, and the idle countdown runs out
into a reset. Resident memory (RSS, from /proc) is sampled before and after a warm-up (bounded caches fill once:
the image viewer alone takes about 8 MB over its first few hundred images, then stays flat) and at the end,
together with the number of live Qt objects. Exit status 1 when the
growth exceeds ``--limit-mb`` (5 MB by default).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak from getrusage elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def qt_objects() -> dict[str, int]:
    """Live QObjects under the top-level widgets, all widgets, and Python wrappers shiboken knows about."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    tree = sum(1 + len(w.findChildren(QObject)) for w in QApplication.topLevelWidgets())
    return {"qobjects_in_tree": tree, "widgets": len(QApplication.allWidgets()),
            "python_wrappers": len(Shiboken.getAllValidWrappers())}


def add_missing_panes(window, controller) -> None:  # type: ignore[no-untyped-def]
    """Add the timeline and image panes as tabs if the main window does not have them yet (work in progress)."""
    try:
        from soyuz_gui.widgets.images.pane import ImagePane
        from soyuz_gui.widgets.timeline_view import TimelinePane
    except ImportError:
        return
    if controller.find_tab("timeline") is None:
        window.tabs.addTab(TimelinePane(window.catalog, window), "Timeline")
    if controller.find_tab("image") is None:
        window.tabs.addTab(ImagePane(window.catalog, window), "Images")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10_000, help="attract-loop steps (default 10000)")
    parser.add_argument("--reset-every", type=int, default=10, help="idle reset after this many steps (default 10)")
    parser.add_argument("--warmup", type=int, default=2000,
                        help="steps before the start measurement (default 2000; see below)")
    parser.add_argument("--limit-mb", type=float, default=5.0, help="allowed RSS growth (default 5 MB)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--trace", action="store_true", help="also report the Python allocations that grew most")
    parser.add_argument("--attract-steps", default="overview,crew,timeline,patch",
                        help="comma-separated attract steps (to find which view grows, if one does)")
    parser.add_argument("--no-panes", action="store_true",
                        help="do not add the Timeline and Images panes when the main window lacks them")
    parser.add_argument("--tiny", action="store_true",
                        help="a smoke run in a few seconds (12 steps, 4 to warm up): for CI, not figures")
    args = parser.parse_args(argv)
    if args.tiny:
        args.steps, args.warmup = 12, 4

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLineEdit

    from soyuz_gui.app.kiosk.clock import ManualClock
    from soyuz_gui.app.kiosk.config import KioskConfig, hash_pin
    from soyuz_gui.app.kiosk.controller import KioskController
    from soyuz_gui.app.main import application, load_data
    from soyuz_gui.app.main_window import MainWindow
    from soyuz_gui.app.settings import Settings

    app = application()
    window = MainWindow(load_data([]), Settings())
    config = KioskConfig(pin_hash=hash_pin("2468", iterations=10_000), dwell_seconds=10, idle_seconds=60,
                         countdown_seconds=10, attract_steps=args.attract_steps.split(","))
    clock = ManualClock()
    controller = KioskController(window, config, clock=clock, animate=False, on_exit=lambda: None)
    if not args.no_panes:
        add_missing_panes(window, controller)
    controller.install(full_screen=False, start_timer=False)
    window.resize(1920, 1080)
    window.show()
    missions = [m.id for m in window.catalog.missions()]
    filter_box = window.findChild(QLineEdit, "treeFilter")

    def pump() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def attract_step() -> None:
        clock.advance(config.dwell_seconds)
        controller.tick()
        pump()

    shown: Counter[str] = Counter()  # a counter, not a list: the benchmark itself must not grow
    controller.attract_step_shown.connect(lambda _mission, step: shown.update((step,)))

    def idle_reset(visit: int) -> None:
        controller.note_input()
        window.show_entity(missions[visit % len(missions)])
        if filter_box is not None:
            filter_box.setText("ms-1" if visit % 2 else "expedition")
        controller.zoom(1 + visit % 3)
        if visit % 5 == 0 and controller.pin_pad is not None:
            controller.pin_pad.open()
            controller.pin_pad.press("1")
            controller.pin_pad.close_pad()
        pump()
        clock.advance(config.idle_seconds)
        controller.tick()  # countdown appears
        for _ in range(int(config.countdown_seconds)):
            clock.advance(1)
            controller.tick()
        pump()

    # Warm-up: bounded caches fill once (fonts and glyphs, page layouts, and the image viewer, which grows by about
    # 8 MB over its first ~300 images and then stays flat). Growth is measured after it, RSS before it is reported.
    gc.collect()
    pump()
    initial_rss = rss_mb()
    # A full warm-up shows the whole tour once; a tiny run only checks that the soak works, so it takes less.
    warmup = args.warmup if args.tiny else max(args.warmup, len(controller.tour) + 1)
    for index in range(warmup):
        attract_step()
        if index % args.reset_every == 0:
            idle_reset(index)
    idle_reset(0)  # measure at the home screen, as at the end: pages differ in their number of text tables
    gc.collect()
    pump()
    start_rss, start_objects = rss_mb(), qt_objects()
    if args.trace:
        import tracemalloc

        tracemalloc.start(8)
        trace_start = tracemalloc.take_snapshot()
    shown.clear()
    started = time.perf_counter()
    resets = 0
    samples: list[tuple[int, float]] = []
    for step in range(1, args.steps + 1):
        attract_step()
        if step % args.reset_every == 0:
            idle_reset(step)
            resets += 1
        if step % max(1, args.steps // 10) == 0:
            gc.collect()
            samples.append((step, round(rss_mb(), 1)))
            print(f"  step {step}: RSS {samples[-1][1]} MB, {time.perf_counter() - started:.0f} s", file=sys.stderr,
                  flush=True)
    if args.steps % args.reset_every:
        idle_reset(args.steps)
    gc.collect()
    pump()
    end_rss, end_objects = rss_mb(), qt_objects()
    if args.trace:
        top = tracemalloc.take_snapshot().compare_to(trace_start, "traceback")[:8]
        for stat in top:
            print(f"{stat.size_diff / 1024:+.1f} KiB in {stat.count_diff:+d} blocks:", file=sys.stderr)
            for line in stat.traceback.format()[-6:]:
                print("    " + line, file=sys.stderr)
    elapsed = time.perf_counter() - started
    controller.uninstall()

    result = {
        "attract_steps": args.steps, "idle_resets": resets, "views_shown": sum(shown.values()),
        "steps_by_kind": dict(sorted(shown.items())),
        "seconds": round(elapsed, 1), "simulated_hours": round((clock.now() - 1000) / 3600, 1),
        "warmup_steps": warmup, "rss_before_warmup_mb": round(initial_rss, 1),
        "rss_start_mb": round(start_rss, 1), "rss_end_mb": round(end_rss, 1),
        "rss_growth_mb": round(end_rss - start_rss, 2), "limit_mb": args.limit_mb,
        "qt_objects_start": start_objects, "qt_objects_end": end_objects, "rss_samples": samples,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{args.steps} attract steps and {resets} idle resets ({result['simulated_hours']} h of kiosk time) "
              f"in {elapsed:.0f} s")
        print(f"RSS: {initial_rss:.1f} MB before the warm-up ({result['warmup_steps']} steps), {start_rss:.1f} MB at "
              f"start, {end_rss:.1f} MB at end, growth {end_rss - start_rss:+.2f} MB (limit {args.limit_mb} MB)")
        print(f"Qt objects: {start_objects} at start, {end_objects} at end")
        print(f"Views shown: {result['steps_by_kind']}")
        print("RSS samples (step, MB): " + ", ".join(f"{s}:{m}" for s, m in samples))
    grown_objects = end_objects["qobjects_in_tree"] - start_objects["qobjects_in_tree"]
    ok = end_rss - start_rss <= args.limit_mb and grown_objects <= 0
    if args.tiny:
        print("tiny run: too short to judge growth, no verdict")
        return 0
    if not ok:
        print("FAIL: memory or object count grew", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
