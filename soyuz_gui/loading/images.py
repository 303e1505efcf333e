"""Image files of the data: where they are, what they hold, and whether they are safe to hand to a decoder. No Qt.

* :func:`resolve_image_path` finds an image entry's ``file`` inside its data folder and nowhere else: absolute
  paths, ``..`` and links that lead out of the folder are refused with a message that says why.
* :func:`sniff` tells the format from the first bytes (never from the file name) and checks the structure that
  can be checked cheaply: a truncated PNG, JPEG or GIF, an empty file, text posing as an image.
* :func:`check_svg` refuses SVG text that could make a renderer fetch or expand anything: a ``DOCTYPE`` or
  ``ENTITY`` declaration, processing instructions that pull in style sheets, and references to anything but a
  part of the same document (``href="#id"``, ``url(#id)``); embedded ``data:image/...`` pictures are allowed.
"""

from __future__ import annotations

import gzip
import io
import re
import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath, PureWindowsPath
from xml.parsers import expat

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Files larger than this are not read at all."""

MAX_SVG_BYTES = 16 * 1024 * 1024
"""SVG text (after gunzip) larger than this is refused: it would take too long to parse and render."""

MAX_SVG_ELEMENTS = 200_000

DECODE_LIMIT_MB = 384
"""Memory a decoded image may take (width × height × 4 bytes); an 8192 × 8192 RGBA image needs 256 MB."""


class ImageFormat(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    WEBP = "webp"
    BMP = "bmp"
    SVG = "svg"


FORMAT_NAMES = {
    ImageFormat.PNG: "PNG image", ImageFormat.JPEG: "JPEG image", ImageFormat.GIF: "GIF image",
    ImageFormat.WEBP: "WebP image", ImageFormat.BMP: "BMP image", ImageFormat.SVG: "SVG drawing",
}
_SUFFIXES = {
    ".png": ImageFormat.PNG, ".jpg": ImageFormat.JPEG, ".jpeg": ImageFormat.JPEG, ".gif": ImageFormat.GIF,
    ".webp": ImageFormat.WEBP, ".bmp": ImageFormat.BMP, ".svg": ImageFormat.SVG, ".svgz": ImageFormat.SVG,
}


class ImageProblem(Exception):
    """An image that cannot be shown, with a sentence for the person looking at it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsafePath(ImageProblem):
    """An image path that points outside its data folder."""


class UnsafeSvg(ImageProblem):
    """SVG text that declares entities or refers to something outside itself."""


# --- paths -----------------------------------------------------------------------------------------------------


def resolve_image_path(folder: str | Path, file: str) -> Path:
    """The absolute path of ``file`` inside the data ``folder``; raises :class:`UnsafePath` when it leaves it.

    The file does not have to exist (the caller says "missing"); the check is on where the path leads after every
    link has been followed, so a link inside the folder that points outside it is refused too.
    """
    text = file.strip()
    if not text:
        raise UnsafePath("The image entry names no file.")
    if "\x00" in text:
        raise UnsafePath(f"The image path {file!r} contains a NUL character.")
    posix, windows = PurePosixPath(text), PureWindowsPath(text)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or text.startswith(("/", "\\", "~")):
        raise UnsafePath(f"The image path '{file}' is absolute; image paths must be relative to the data folder.")
    if ".." in posix.parts or ".." in windows.parts:
        raise UnsafePath(f"The image path '{file}' contains '..'; images must lie inside the data folder.")
    try:
        root = Path(folder).resolve()
        candidate = (root / Path(*windows.parts)).resolve()
    except (OSError, RuntimeError) as exc:  # Python 3.11 reports a loop of links as RuntimeError
        raise UnsafePath(f"The image path '{file}' cannot be followed (a loop of links?): {exc}") from None
    if not candidate.is_relative_to(root):
        raise UnsafePath(f"The image path '{file}' leads out of the data folder (through a link); refused.")
    return candidate


def read_image_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an image file, refusing missing, non-regular, empty and oversized files with a clear message."""
    name = path.name
    if not path.exists():
        raise ImageProblem(f"The file '{name}' is not in the data folder.")
    if not path.is_file():
        raise ImageProblem(f"'{name}' is not a regular file.")
    size = path.stat().st_size
    if size == 0:
        raise ImageProblem(f"The file '{name}' is empty (0 bytes).")
    if size > limit:
        raise ImageProblem(f"The file '{name}' is {size / 1e6:.0f} MB, more than the {limit / 1e6:.0f} MB this "
                           "viewer reads.")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if not data:
        raise ImageProblem(f"The file '{name}' is empty (0 bytes).")
    return data


# --- formats ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What the bytes of a file are, and whatever the cheap structural check found."""

    format: ImageFormat
    width: int | None = None
    height: int | None = None
    note: str | None = None  # e.g. "named .png but holds a JPEG image" (shown, not refused)


def format_for_suffix(name: str) -> ImageFormat | None:
    return _SUFFIXES.get(Path(name).suffix.lower())


_SVG_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]", re.S | re.I)


def _looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_SVG_START.match(head)) or (b"<svg" in head[:4096] and head.lstrip()[:1] == b"<")


def _describe_unknown(data: bytes) -> str:
    head = data[:512]
    if head.lstrip()[:1] == b"<":
        if b"<html" in head.lower() or b"<!doctype html" in head.lower():
            return "an HTML page"
        return "XML or HTML text, not an image"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "data in a format this viewer does not know"
    return "plain text"


def sniff(data: bytes, name: str = "") -> Sniffed:
    """The format of ``data`` from its content; raises :class:`ImageProblem` for empty, truncated or unknown data.

    The content decides the format; when the file name says something else the result carries a note.
    """
    label = f"'{name}'" if name else "The image"
    if not data:
        raise ImageProblem(f"{label} is empty (0 bytes).")
    found: Sniffed
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        found = _check_png(data, label)
    elif data.startswith(b"\xff\xd8\xff"):
        found = _check_jpeg(data, label)
    elif data.startswith((b"GIF87a", b"GIF89a")):
        found = _check_gif(data, label)
    elif data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        found = Sniffed(ImageFormat.WEBP)
    elif data.startswith(b"BM") and len(data) > 26:
        width, height = struct.unpack("<ii", data[18:26])
        found = Sniffed(ImageFormat.BMP, abs(width), abs(height))
    elif data.startswith(b"\x1f\x8b") or _looks_like_svg(data):
        found = Sniffed(ImageFormat.SVG)
    else:
        expected = format_for_suffix(name)
        what = _describe_unknown(data)
        if expected is not None:
            raise ImageProblem(f"{label} is named like a {FORMAT_NAMES[expected]} but holds {what}.")
        raise ImageProblem(f"{label} holds {what}.")
    expected = format_for_suffix(name)
    if expected is not None and expected != found.format:
        note = f"The file is named like a {FORMAT_NAMES[expected]} but holds a {FORMAT_NAMES[found.format]}."
        found = Sniffed(found.format, found.width, found.height, note)
    return found


def _check_png(data: bytes, label: str) -> Sniffed:
    if len(data) < 33 or data[12:16] != b"IHDR":
        raise ImageProblem(f"{label} is a PNG image cut off before its header ends.")
    width, height = struct.unpack(">II", data[16:24])
    if width == 0 or height == 0:
        raise ImageProblem(f"{label} claims a size of {width} × {height} pixels, which is not an image.")
    position = 8
    seen_data = False
    while position + 8 <= len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        end = position + 12 + length
        if end > len(data):
            break
        if kind == b"IDAT":
            seen_data = True
        if kind == b"IEND":
            if not seen_data:
                raise ImageProblem(f"{label} is a PNG image without any pixel data.")
            return Sniffed(ImageFormat.PNG, width, height)
        position = end
    raise ImageProblem(f"{label} is a truncated PNG image: the file ends before the image data is complete "
                       f"({len(data)} bytes).")


def _check_jpeg(data: bytes, label: str) -> Sniffed:
    width = height = None
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            break
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2:position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and position + 9 <= len(data):
            height, width = struct.unpack(">HH", data[position + 5:position + 9])
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        position += 2 + length
    if b"\xff\xd9" not in data[-4096:]:
        raise ImageProblem(f"{label} is a truncated JPEG image: the end-of-image marker is missing "
                           f"({len(data)} bytes).")
    return Sniffed(ImageFormat.JPEG, width, height)


def _check_gif(data: bytes, label: str) -> Sniffed:
    if len(data) < 13:
        raise ImageProblem(f"{label} is a GIF image cut off before its header ends.")
    width, height = struct.unpack("<HH", data[6:10])
    if not data.rstrip(b"\x00").endswith(b";"):
        raise ImageProblem(f"{label} is a truncated GIF image: the trailer is missing ({len(data)} bytes).")
    return Sniffed(ImageFormat.GIF, width, height)


def check_dimensions(width: int, height: int, limit_mb: int = DECODE_LIMIT_MB) -> None:
    """Refuse an image whose decoded pixels would need more memory than the limit."""
    if width <= 0 or height <= 0:
        raise ImageProblem(f"The image claims a size of {width} × {height} pixels, which is not an image.")
    needed = width * height * 4
    if needed > limit_mb * 1024 * 1024:
        raise ImageProblem(
            f"The image is {_grouped(width)} × {_grouped(height)} pixels; showing it would need "
            f"{_human_bytes(needed)} of memory, more than the {limit_mb} MB limit.")


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _human_bytes(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    return f"{count / 1024**2:.0f} MB"


# --- SVG -------------------------------------------------------------------------------------------------------

_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)
_IMPORT = re.compile(r"@import", re.I)
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp);base64,", re.I)
_LINK_ATTRIBUTES = {"href", "src"}


def svg_text(data: bytes) -> bytes:
    """SVG bytes, gunzipped when compressed (``.svgz``), refusing anything over :data:`MAX_SVG_BYTES`."""
    if data.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                data = stream.read(MAX_SVG_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise ImageProblem(f"The compressed SVG cannot be unpacked: {exc}.") from None
    if len(data) > MAX_SVG_BYTES:
        raise ImageProblem(f"The SVG drawing is larger than {MAX_SVG_BYTES // (1024 * 1024)} MB of text; refused.")
    return data


def _reference_allowed(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or bool(_DATA_IMAGE.match(value))


def _check_css(text: str, where: str) -> None:
    if "\\" in text:
        raise UnsafeSvg(f"The SVG drawing uses a CSS escape ({where}); refused, because escapes can spell out a "
                        "reference to an outside resource.")
    if _IMPORT.search(text):
        raise UnsafeSvg(f"The SVG drawing imports a style sheet ({where}); refused, drawings may not fetch "
                        "anything.")
    for match in _URL.finditer(text):
        target = match.group(2)
        if not _reference_allowed(target):
            raise UnsafeSvg(f"The SVG drawing refers to an external resource '{_short(target)}' ({where}); "
                            "refused, drawings may only refer to their own parts.")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_svg(data: bytes) -> None:
    """Raise :class:`UnsafeSvg` unless the SVG is self-contained; :class:`ImageProblem` when it is not XML.

    The whole document is parsed with expat (entities are refused before any could be expanded) and every
    attribute and style sheet is inspected, so the check does not depend on how the text is encoded.
    """
    head = data[:65536].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise UnsafeSvg("The SVG drawing declares a DOCTYPE or ENTITY; refused, because entities can expand "
                        "without limit or pull in outside files.")
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    state = {"elements": 0, "style": False, "svg": False}
    style_text: list[str] = []

    def refuse_doctype(*_args: object) -> None:
        raise UnsafeSvg("The SVG drawing declares a DOCTYPE; refused, because entities can expand without limit "
                        "or pull in outside files.")

    def refuse_entity(*_args: object) -> None:
        raise UnsafeSvg("The SVG drawing declares an ENTITY; refused, because entities can expand without limit "
                        "or pull in outside files.")

    def refuse_external(*_args: object) -> int:
        raise UnsafeSvg("The SVG drawing refers to an external entity; refused.")

    def processing(target: str, text: str) -> None:
        if target.lower() == "xml-stylesheet":
            raise UnsafeSvg(f"The SVG drawing links a style sheet ('{_short(text)}'); refused, drawings may not "
                            "fetch anything.")

    def start(name: str, attributes: dict[str, str]) -> None:
        state["elements"] = int(state["elements"]) + 1
        if int(state["elements"]) > MAX_SVG_ELEMENTS:
            raise ImageProblem(f"The SVG drawing has more than {MAX_SVG_ELEMENTS:,} elements; refused.")
        local = name.rsplit(" ", 1)[-1]
        if not state["svg"]:
            if local != "svg":
                raise ImageProblem(f"The file is XML but not an SVG drawing (its root element is <{local}>).")
            state["svg"] = True
        state["style"] = local == "style"
        for attribute, value in attributes.items():
            attribute_local = attribute.rsplit(" ", 1)[-1]
            if attribute_local in _LINK_ATTRIBUTES and not _reference_allowed(value):
                raise UnsafeSvg(f"The SVG drawing refers to an external resource '{_short(value)}' "
                                f"(<{local} {attribute_local}>); refused, drawings may only refer to their own "
                                "parts.")
            if attribute_local == "style" or "url(" in value.lower() or "@import" in value.lower():
                _check_css(value, f"<{local} {attribute_local}>")

    def end(_name: str) -> None:
        if state["style"] and style_text:
            _check_css("".join(style_text), "<style>")
            style_text.clear()
        state["style"] = False

    def characters(text: str) -> None:
        if state["style"]:
            style_text.append(text)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    parser.ProcessingInstructionHandler = processing
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ImageProblem(f"The SVG drawing is not well-formed XML: {expat.ErrorString(exc.code)} at line "
                           f"{exc.lineno}, column {exc.offset + 1}.") from None
    if not state["svg"]:
        raise ImageProblem("The file holds no SVG drawing.")


# --- the checks before any decoder runs, shared by the viewer, the pane and `data validate` --------------------


def inspect_image(data: bytes, name: str = "") -> Sniffed:
    """Format, structure, pixel limits and SVG rules of image bytes; raises :class:`ImageProblem`."""
    sniffed = sniff(data, name)
    if sniffed.format == ImageFormat.SVG:
        check_svg(svg_text(data))
    elif sniffed.width is not None and sniffed.height is not None:
        check_dimensions(sniffed.width, sniffed.height)
    return sniffed


def check_image_file(folder: str | Path, file: str) -> Sniffed:
    """Everything that can be said about an image entry's file without decoding it (what `data validate` runs)."""
    path = resolve_image_path(folder, file)
    return inspect_image(read_image_file(path), path.name)
