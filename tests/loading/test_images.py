"""Image files: safe path resolution inside the data folder, format sniffing, structural checks, SVG safety. No Qt."""

from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

import pytest

from soyuz_gui.loading.images import (
    DECODE_LIMIT_MB,
    ImageFormat,
    ImageProblem,
    UnsafePath,
    UnsafeSvg,
    check_dimensions,
    check_svg,
    read_image_file,
    resolve_image_path,
    sniff,
    svg_text,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "images"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- paths -----------------------------------------------------------------------------------------------------


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "patch.png").write_bytes(fixture("good.png"))
    (tmp_path / "secret.png").write_bytes(fixture("good.png"))
    return folder


def test_relative_path_resolves_inside_the_folder(data_folder: Path) -> None:
    assert resolve_image_path(data_folder, "images/patch.png") == (data_folder / "images" / "patch.png").resolve()
    assert resolve_image_path(str(data_folder), "./images/patch.png").name == "patch.png"


def test_missing_file_still_resolves_and_reads_as_missing(data_folder: Path) -> None:
    path = resolve_image_path(data_folder, "images/none.png")
    with pytest.raises(ImageProblem, match="not in the data folder"):
        read_image_file(path)


@pytest.mark.parametrize("file", ["../secret.png", "images/../../secret.png", "..\\secret.png", "images/.."])
def test_dot_dot_is_refused(data_folder: Path, file: str) -> None:
    with pytest.raises(UnsafePath, match=r"'\.\.'"):
        resolve_image_path(data_folder, file)


@pytest.mark.parametrize("file", ["/etc/passwd", "C:\\Windows\\win.ini", "\\\\server\\share\\x.png", "~/x.png",
                                  "c:x.png"])
def test_absolute_paths_are_refused(data_folder: Path, file: str) -> None:
    with pytest.raises(UnsafePath):
        resolve_image_path(data_folder, file)


def test_absolute_path_message_is_clear(data_folder: Path) -> None:
    with pytest.raises(UnsafePath, match="is absolute; image paths must be relative to the data folder"):
        resolve_image_path(data_folder, "/etc/passwd")


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_link_out_of_the_folder_is_refused(data_folder: Path, tmp_path: Path) -> None:
    os.symlink(tmp_path / "secret.png", data_folder / "images" / "link.png")
    os.symlink(tmp_path, data_folder / "outside")
    with pytest.raises(UnsafePath, match="leads out of the data folder"):
        resolve_image_path(data_folder, "images/link.png")
    with pytest.raises(UnsafePath, match="leads out of the data folder"):
        resolve_image_path(data_folder, "outside/secret.png")


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_link_inside_the_folder_is_allowed(data_folder: Path) -> None:
    os.symlink(data_folder / "images" / "patch.png", data_folder / "alias.png")
    assert resolve_image_path(data_folder, "alias.png") == (data_folder / "images" / "patch.png").resolve()


@pytest.mark.parametrize("file", ["", "   ", "a\x00b.png"])
def test_empty_or_nul_paths_are_refused(data_folder: Path, file: str) -> None:
    with pytest.raises(UnsafePath):
        resolve_image_path(data_folder, file)


def test_read_refuses_empty_directory_and_oversized(tmp_path: Path) -> None:
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(ImageProblem, match="empty"):
        read_image_file(tmp_path / "empty.png")
    with pytest.raises(ImageProblem, match="not a regular file"):
        read_image_file(tmp_path)
    (tmp_path / "big.png").write_bytes(b"\0" * 2000)
    with pytest.raises(ImageProblem, match="more than"):
        read_image_file(tmp_path / "big.png", limit=1000)


# --- sniffing and structure ------------------------------------------------------------------------------------


def test_good_png_and_svg_are_recognised() -> None:
    found = sniff(fixture("good.png"), "good.png")
    assert (found.format, found.width, found.height, found.note) == (ImageFormat.PNG, 24, 16, None)
    assert sniff(fixture("good.svg"), "good.svg").format == ImageFormat.SVG


def test_truncated_png_is_explained() -> None:
    with pytest.raises(ImageProblem, match="truncated PNG"):
        sniff(fixture("truncated.png"), "truncated.png")


def test_png_cut_inside_its_header_is_explained() -> None:
    with pytest.raises(ImageProblem, match="cut off before its header ends"):
        sniff(fixture("good.png")[:20], "x.png")


def test_empty_data_is_explained() -> None:
    with pytest.raises(ImageProblem, match="empty"):
        sniff(fixture("empty.png"), "empty.png")


def test_text_named_png_is_explained() -> None:
    with pytest.raises(ImageProblem, match="named like a PNG image but holds plain text"):
        sniff(fixture("mislabelled.png"), "mislabelled.png")


def test_html_is_recognised_as_not_an_image() -> None:
    with pytest.raises(ImageProblem, match="HTML page"):
        sniff(b"<!doctype html><html><body>404</body></html>", "patch.jpg")


def test_content_decides_the_format_and_a_mismatch_is_noted() -> None:
    found = sniff(fixture("svg-named.png"), "svg-named.png")
    assert found.format == ImageFormat.SVG
    assert found.note == "The file is named like a PNG image but holds a SVG drawing."


def test_huge_header_is_refused_by_the_dimension_check() -> None:
    found = sniff(fixture("huge-dimensions.png"), "huge-dimensions.png")
    assert (found.width, found.height) == (100_000, 100_000)
    needs = r"100 000 × 100 000 pixels; showing it would need 37\.3 GB of memory, more than the 384 MB limit"
    with pytest.raises(ImageProblem, match=needs):
        check_dimensions(found.width, found.height)


def test_dimension_limit_allows_an_8k_square() -> None:
    check_dimensions(8192, 8192)
    with pytest.raises(ImageProblem, match=f"{DECODE_LIMIT_MB} MB limit"):
        check_dimensions(16384, 16384)
    with pytest.raises(ImageProblem):
        check_dimensions(0, 10)


def test_truncated_jpeg_and_gif_are_explained() -> None:
    jpeg = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xc0\x00\x11\x08\x00\x10\x00\x20\x03")
    with pytest.raises(ImageProblem, match="truncated JPEG"):
        sniff(jpeg + b"\x00" * 40, "x.jpg")
    complete = sniff(jpeg + b"\x00" * 40 + b"\xff\xd9", "x.jpg")
    assert (complete.format, complete.width, complete.height) == (ImageFormat.JPEG, 32, 16)
    gif = b"GIF89a\x10\x00\x08\x00\x00\x00\x00" + b"\x00" * 8
    with pytest.raises(ImageProblem, match="truncated GIF"):
        sniff(gif, "x.gif")
    assert sniff(gif + b";", "x.gif").width == 16


# --- SVG -------------------------------------------------------------------------------------------------------


def test_good_svg_passes() -> None:
    check_svg(fixture("good.svg"))


def test_entity_expansion_is_refused() -> None:
    with pytest.raises(UnsafeSvg, match="DOCTYPE or ENTITY"):
        check_svg(fixture("entity-expansion.svg"))


def test_external_href_is_refused() -> None:
    with pytest.raises(UnsafeSvg, match="external resource 'https://example.com/tracker.png'"):
        check_svg(fixture("external-href.svg"))


@pytest.mark.parametrize("body", [
    '<use href="other.svg#part"/>',
    '<image href="file:///etc/passwd"/>',
    '<image xlink:href="patch.png" xmlns:xlink="http://www.w3.org/1999/xlink"/>',
    '<rect fill="url(https://example.com/p.svg#g)" width="1" height="1"/>',
    '<rect style="fill: url(\'http://example.com/x\')" width="1" height="1"/>',
    '<style>@import url(https://example.com/s.css);</style>',
    '<style><![CDATA[ rect { fill: url(http://example.com/a#b) } ]]></style>',
    '<a href="https://example.com"><rect width="1" height="1"/></a>',
    '<rect style="fill: \\75 rl(http://example.com/x)" width="1" height="1"/>',
    '<style>rect { fill: \\75 rl(http://example.com/x) }</style>',
    '<rect fill="u&#114;l(http://example.com/x)" width="1" height="1"/>',
])
def test_external_references_in_any_form_are_refused(body: str) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">{body}</svg>'.encode()
    with pytest.raises(UnsafeSvg):
        check_svg(svg)


@pytest.mark.parametrize("svg", [
    b'<?xml version="1.0"?><?xml-stylesheet href="https://example.com/s.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY a "x">]><svg/>'.encode("utf-16"),
    b'<!DOCTYPE svg SYSTEM "http://example.com/evil.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>',
])
def test_stylesheets_and_doctypes_in_other_spellings_are_refused(svg: bytes) -> None:
    with pytest.raises(UnsafeSvg):
        check_svg(svg)


def test_internal_references_and_embedded_pictures_are_allowed() -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
           b'<defs><linearGradient id="g"/></defs><rect id="r" fill="url(#g)" style="stroke: url( \'#g\' )"/>'
           b'<use xlink:href="#r"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>')
    check_svg(svg)


def test_data_uri_that_is_not_an_image_is_refused() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:text/html;base64,PGI+"/></svg>'
    with pytest.raises(UnsafeSvg):
        check_svg(svg)


def test_malformed_svg_is_explained() -> None:
    with pytest.raises(ImageProblem, match="not well-formed XML.*line 1"):
        check_svg(fixture("not-well-formed.svg"))


def test_xml_that_is_not_svg_is_explained() -> None:
    with pytest.raises(ImageProblem, match="not an SVG drawing"):
        check_svg(b"<note><to>you</to></note>")


def test_compressed_svg_is_unpacked_and_checked() -> None:
    packed = gzip.compress(fixture("external-href.svg"))
    assert sniff(packed, "x.svgz").format == ImageFormat.SVG
    with pytest.raises(UnsafeSvg):
        check_svg(svg_text(packed))
    with pytest.raises(ImageProblem, match="cannot be unpacked"):
        svg_text(b"\x1f\x8b\x08\x00broken")


def test_images_module_needs_no_qt() -> None:
    import soyuz_gui.loading.images as module

    assert "PySide6" not in Path(module.__file__).read_text(encoding="utf-8")


def test_every_generated_emblem_passes_the_svg_check(catalog) -> None:
    from soyuz_gui.domain.emblem import emblem_svg

    for mission in catalog.missions():
        check_svg(emblem_svg(mission, catalog).encode("utf-8"))
