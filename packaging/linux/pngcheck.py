"""Check a screenshot PNG without any third-party package (CI runs this with a bare python3).

    python3 pngcheck.py SHOT.png --size 1280x800 [--like REFERENCE.png]

Fails (exit 1) unless the image has the expected size, is not blank (many distinct colours, no colour covering
almost all of it) and, with --like, matches the reference pixel for pixel on at least --min-equal of its area.
Handles what Qt writes: 8-bit greyscale, RGB, RGBA or palette PNGs, not interlaced.
"""

from __future__ import annotations

import argparse
import struct
import sys
import zlib
from collections import Counter
from pathlib import Path

CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def decode(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and one bytes row per line, each pixel as RGBA."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, idat, palette = 8, b"", b""
    width = height = depth = colour = interlace = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _c, _f, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    if depth != 8 or interlace or colour not in CHANNELS:
        raise ValueError(f"{path}: unsupported PNG (bit depth {depth}, colour type {colour}, interlace {interlace})")
    bpp = CHANNELS[colour]
    stride = width * bpp
    raw = zlib.decompress(idat)
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            upper_left = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + pred) & 0xFF
        previous = line
        rows.append(_to_rgba(bytes(line), colour, palette))
    return width, height, rows


def _to_rgba(line: bytes, colour: int, palette: bytes) -> bytes:
    if colour == 6:
        return line
    out = bytearray()
    if colour == 2:
        for i in range(0, len(line), 3):
            out += line[i:i + 3] + b"\xff"
    elif colour == 0:
        for g in line:
            out += bytes((g, g, g, 255))
    elif colour == 4:
        for i in range(0, len(line), 2):
            out += bytes((line[i], line[i], line[i], line[i + 1]))
    elif colour == 3:
        for index in line:
            out += palette[3 * index:3 * index + 3] + b"\xff"
    return bytes(out)


def pixels(rows: list[bytes]) -> list[bytes]:
    return [row[i:i + 4] for row in rows for i in range(0, len(row), 4)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("png", type=Path)
    parser.add_argument("--size", help="expected WxH")
    parser.add_argument("--min-colours", type=int, default=64, help="distinct colours needed (default 64)")
    parser.add_argument("--max-share", type=float, default=0.9,
                        help="largest share of the image one colour may cover (default 0.9)")
    parser.add_argument("--like", type=Path, help="reference PNG (e.g. the same screenshot made from source)")
    parser.add_argument("--min-equal", type=float, default=0.98, help="share of equal pixels needed with --like")
    args = parser.parse_args(argv)
    ok = True
    width, height, rows = decode(args.png)
    px = pixels(rows)
    counts = Counter(px)
    top_share = counts.most_common(1)[0][1] / len(px)
    print(f"{args.png}: {width}x{height}, {len(counts)} distinct colours, most common colour covers {top_share:.1%}")
    if args.size and f"{width}x{height}" != args.size.lower():
        print(f"  FAIL: expected {args.size}")
        ok = False
    if len(counts) < args.min_colours or top_share > args.max_share:
        print(f"  FAIL: looks blank (needs >= {args.min_colours} colours and no colour over {args.max_share:.0%})")
        ok = False
    if args.like:
        ref_width, ref_height, ref_rows = decode(args.like)
        if (ref_width, ref_height) != (width, height):
            print(f"  FAIL: reference {args.like} is {ref_width}x{ref_height}")
            ok = False
        else:
            equal = sum(a == b for a, b in zip(px, pixels(ref_rows), strict=True)) / len(px)
            print(f"  {equal:.2%} of the pixels equal those of {args.like}")
            if equal < args.min_equal:
                print(f"  FAIL: needs {args.min_equal:.0%}")
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
