"""Image viewer benchmark: open time and frame times while zooming and panning, against a bare-PySide6 baseline.

    QT_QPA_PLATFORM=offscreen python benchmarks/viewer.py [--size 8192] [--steps 40] [--svg-shapes 4000] [--json]

Two images are generated in a temporary folder: an 8192 × 8192 PNG and a complex SVG (thousands of gradient-filled
Bézier shapes, strokes and text). For each, the app's ImageView and a baseline widget written with nothing but
PySide6 (a QImage drawn through the painter's transform; a QSvgRenderer rendered on every frame) open the file and
run the same script of zoom steps around a point, pans, and zooms back out. Every step changes the view and then
calls ``repaint()``, so the time measured is the state change plus one full synchronous paint of a 1280 × 800
window. "open" is the time until the image is on screen; "GUI busy" the part of it the GUI thread was blocked
(the app decodes large raster images on a worker thread). For the SVG the app also reports the re-render it does
once a zoom settles, which keeps it sharp: its duration and, in brackets, how long the GUI thread was blocked by it
(a drawing that is slow to render is re-rendered on a worker thread).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QByteArray, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QImageWriter,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from soyuz_gui.widgets.images.view import ImageView

VIEW_W, VIEW_H = 1280, 800


# --- inputs ----------------------------------------------------------------------------------------------------


def make_png(path: Path, side: int) -> None:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, side, side)
    gradient.setColorAt(0, QColor("#102040"))
    gradient.setColorAt(0.5, QColor("#3b7dd8"))
    gradient.setColorAt(1, QColor("#f2c14e"))
    painter.fillRect(0, 0, side, side, gradient)
    painter.setPen(QPen(QColor(255, 255, 255, 120), 3))
    for i in range(0, side, 256):
        painter.drawLine(i, 0, i, side)
        painter.drawLine(0, i, side, i)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rng = random.Random(3)
    for _ in range(600):
        painter.setBrush(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256), 160))
        painter.setPen(Qt.PenStyle.NoPen)
        radius = rng.uniform(20, 300)
        painter.drawEllipse(QPointF(rng.uniform(0, side), rng.uniform(0, side)), radius, radius)
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans", 64)
    painter.setFont(font)
    for i in range(0, side, 1024):
        painter.drawText(i + 40, i + 120, f"{i} px")
    painter.end()
    writer = QImageWriter(str(path), QByteArray(b"png"))
    writer.setQuality(80)  # for PNG: a fast zlib level; the file stays a few megabytes
    if not writer.write(image):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")


def make_svg(path: Path, shapes: int) -> None:
    rng = random.Random(11)
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000" viewBox="0 0 2000 2000">', "<defs>"]
    for i in range(24):
        parts.append(f'<linearGradient id="g{i}" x1="0" y1="0" x2="1" y2="1">'
                     f'<stop offset="0" stop-color="#{rng.randrange(0x1000000):06x}"/>'
                     f'<stop offset="1" stop-color="#{rng.randrange(0x1000000):06x}"/></linearGradient>')
    parts.append("</defs>")
    parts.append('<rect width="2000" height="2000" fill="#0b1230"/>')
    for i in range(shapes):
        x, y = rng.uniform(0, 2000), rng.uniform(0, 2000)
        points = " ".join(f"{x + rng.uniform(-80, 80):.1f} {y + rng.uniform(-80, 80):.1f}" for _ in range(6))
        parts.append(f'<path d="M {x:.1f} {y:.1f} C {points} Z" fill="url(#g{i % 24})" fill-opacity="0.7" '
                     f'stroke="#ffffff" stroke-opacity="0.4" stroke-width="{rng.uniform(0.3, 2.5):.2f}"/>')
        if i % 40 == 0:
            size = rng.uniform(8, 40)
            parts.append(f'<text x="{x:.0f}" y="{y:.0f}" font-family="DejaVu Sans" font-size="{size:.0f}" '
                         f'fill="#ffffff">shape {i}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts), encoding="utf-8")


# --- the baseline: bare PySide6 --------------------------------------------------------------------------------


class BareView(QWidget):
    """What one would write with nothing but PySide6: draw the whole image through a transform, every frame."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.renderer: QSvgRenderer | None = None
        self.size_ = QRectF()
        self.scale = 1.0
        self.centre = QPointF()

    def open(self, path: Path) -> None:
        if path.suffix == ".svg":
            self.renderer = QSvgRenderer(str(path))
            self.size_ = QRectF(0, 0, self.renderer.defaultSize().width(), self.renderer.defaultSize().height())
        else:
            reader = QImageReader(str(path))
            QImageReader.setAllocationLimit(1024)
            self.image = reader.read()
            self.size_ = QRectF(self.image.rect())
        self.scale = min(self.width() / self.size_.width(), self.height() / self.size_.height())
        self.centre = self.size_.center()

    def transform(self) -> QTransform:
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.scale(self.scale, self.scale)
        t.translate(-self.centre.x(), -self.centre.y())
        return t

    def zoom_by(self, factor: float, anchor: QPointF) -> None:
        fixed = self.transform().inverted()[0].map(anchor)
        self.scale *= factor
        self.centre = QPointF(fixed.x() - (anchor.x() - self.width() / 2) / self.scale,
                              fixed.y() - (anchor.y() - self.height() / 2) / self.scale)

    def pan_by(self, dx: float, dy: float) -> None:
        self.centre = QPointF(self.centre.x() - dx / self.scale, self.centre.y() - dy / self.scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202228"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self.transform())
        if self.image is not None:
            painter.drawImage(QPointF(0, 0), self.image)
        elif self.renderer is not None:
            self.renderer.render(painter, self.size_)
        painter.end()


# --- the script ------------------------------------------------------------------------------------------------


def script(steps: int) -> list[tuple[str, float, float]]:
    """Zoom in around a point, pan around, zoom back out: (kind, a, b) steps."""
    moves: list[tuple[str, float, float]] = []
    moves += [("zoom", 1.12, 0)] * steps
    for i in range(steps):
        angle = 2 * math.pi * i / steps
        moves.append(("pan", 24 * math.cos(angle), 24 * math.sin(angle)))
    moves += [("zoom", 1 / 1.12, 0)] * steps
    return moves


class PaintCounter(QObject):
    """Counts paint events, to prove that every measured frame really painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def shown(widget: QWidget) -> PaintCounter:
    widget.resize(VIEW_W, VIEW_H)
    widget.show()
    if not QTest.qWaitForWindowExposed(widget):
        raise SystemExit("the benchmark window was never exposed")
    return PaintCounter(widget)


def run(widget: QWidget, zoom: Callable[[float, QPointF], None], pan: Callable[[float, float], None],
        steps: int) -> list[float]:
    anchor = QPointF(VIEW_W * 0.62, VIEW_H * 0.41)
    times: list[float] = []
    for kind, a, b in script(steps):
        start = time.perf_counter()
        if kind == "zoom":
            zoom(a, anchor)
        else:
            pan(a, b)
        widget.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
            "max_ms": ordered[-1], "frames": len(ordered)}


def warm_up(svg: Path) -> None:
    """Load fonts and plugins once, so neither contender pays the first-use costs for the other."""
    renderer = QSvgRenderer(str(svg))
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 64, 64))
    painter.end()


def bench_app(path: Path, steps: int) -> dict[str, object]:
    view = ImageView()
    counter = shown(view)
    start = time.perf_counter()
    view.set_data(path.read_bytes(), path.name, background=True)  # as the pane opens files
    view.repaint()
    blocked = time.perf_counter() - start
    view.wait_for_decoding()
    resumed = time.perf_counter()
    QTest.qWait(1)  # delivers the worker's result
    view.repaint()
    done = time.perf_counter()
    blocked += done - resumed
    opened = (done - start) * 1000
    if not view.has_content():
        raise SystemExit(f"the viewer refused {path}: {view.message()}")
    before = counter.paints
    frames = summary(run(view, view.zoom_by, view.pan_by, steps))
    if counter.paints - before < len(script(steps)):
        raise SystemExit("the app view skipped frames; the measurement would be meaningless")
    result: dict[str, object] = {"open_ms": opened, "gui_blocked_ms": blocked * 1000, **frames}
    if view.is_svg():  # the sharp re-render that follows a settled zoom, at a few scales
        renders, blocked_ms = [], []
        for factor in (1.0, 2.0, 4.0, 8.0, 16.0):
            view.fit()
            view.zoom_by(factor, QPointF(VIEW_W / 2, VIEW_H / 2))
            view._settle.stop()  # run the settle step by hand, exactly once
            start = time.perf_counter()
            view._on_settle_timeout()  # what the settle timer runs (hands a slow drawing to a worker)
            handed = time.perf_counter()
            view.wait_for_rendering()
            resumed = time.perf_counter()
            QTest.qWait(1)  # delivers the worker's tile
            view.repaint()
            end = time.perf_counter()
            if not view.svg_is_sharp():
                raise SystemExit("the drawing was not re-rendered at the settled scale")
            renders.append((end - start) * 1000)
            blocked_ms.append((handed - start + end - resumed) * 1000)
        result["settle_render_ms"] = statistics.median(renders)
        result["settle_gui_blocked_ms"] = statistics.median(blocked_ms)
    view.close()
    view.deleteLater()
    return result


def bench_bare(path: Path, steps: int) -> dict[str, object]:
    view = BareView()
    counter = shown(view)
    start = time.perf_counter()
    view.open(path)
    view.repaint()
    opened = (time.perf_counter() - start) * 1000
    before = counter.paints
    frames = summary(run(view, view.zoom_by, view.pan_by, steps))
    if counter.paints - before < len(script(steps)):
        raise SystemExit("the baseline view skipped frames; the measurement would be meaningless")
    view.close()
    view.deleteLater()
    return {"open_ms": opened, "gui_blocked_ms": opened, **frames}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=8192, help="side of the generated PNG (default 8192)")
    parser.add_argument("--steps", type=int, default=40, help="frames per phase: zoom in, pan, zoom out (default 40)")
    parser.add_argument("--svg-shapes", type=int, default=4000, help="shapes in the generated SVG (default 4000)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--tiny", action="store_true",
                        help="a smoke run in a few seconds (512 px PNG, 50 shapes, 3 steps): for CI, not figures")
    args = parser.parse_args(argv)
    if args.tiny:
        args.size, args.svg_shapes, args.steps = 512, 50, 3
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="soyuz-viewer-bench-") as folder:
        png, svg = Path(folder) / f"big-{args.size}.png", Path(folder) / "complex.svg"
        start = time.perf_counter()
        make_png(png, args.size)
        make_svg(svg, args.svg_shapes)
        made = time.perf_counter() - start
        if not args.json:
            print(f"inputs: {png.name} ({png.stat().st_size / 1e6:.1f} MB), {svg.name} "
                  f"({svg.stat().st_size / 1e6:.1f} MB, {args.svg_shapes} shapes), made in {made:.1f} s; "
                  f"view {VIEW_W}×{VIEW_H}, Qt platform {app.platformName()}")
        warm_up(svg)
        for label, path in (("PNG", png), ("SVG", svg)):
            results[f"{label} app"] = bench_app(path, args.steps)
            results[f"{label} bare PySide6"] = bench_bare(path, args.steps)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps({"results": results, "peak_rss_mb": peak}, indent=2))
        return 0
    print(f"{'':20} {'open ms':>9} {'GUI busy':>9} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'frames':>7} "
          f"{'settle ms (GUI busy)':>21}")
    for name, r in results.items():
        settle, settle_gui = r.get("settle_render_ms"), r.get("settle_gui_blocked_ms")
        settle_text = "—" if not isinstance(settle, float) else f"{settle:.0f} ({settle_gui:.0f})"
        print(f"{name:20} {r['open_ms']:9.1f} {r['gui_blocked_ms']:9.1f} {r['median_ms']:10.2f} {r['p95_ms']:8.2f} "
              f"{r['max_ms']:8.1f} {r['frames']:7} {settle_text:>21}")
    print(f"peak RSS {peak:.0f} MB; target: median frame under 16 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
