"""Turn msgspec's validation messages into messages a data curator can act on.

msgspec reports the first problem as e.g. ``Expected `str`, got `int` - at `$.crew[0].person```. This module splits
off the path and rewrites the message in the data format's own words ("expected text, got a number"), adds a
"did you mean" for misspelt field names and kinds, and lists the allowed values of a closed choice.
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Callable

import msgspec

from soyuz_gui.loading import schema
from soyuz_gui.loading.problems import quote
from soyuz_gui.loading.yamlsource import Path_

_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_PATH_PART = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")

_TYPE_WORDS = {
    "str": "text", "int": "a whole number", "float": "a number", "bool": "true or false", "null": "nothing (null)",
    "array": "a list", "object": "a mapping of fields",
}
_PATTERN_WORDS = {
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": "a lower-case id of letters, digits and single hyphens (e.g. soyuz-ms-07)",
    r"^[A-Z]{2}$": "a two-letter upper-case country code (e.g. RU)",
    r"^https?://\S+$": "a web address starting with http:// or https://",
    r"^\d{4}-\d{3}[A-Z]{1,3}$": "a COSPAR id (e.g. 2017-081A)",
    r"^Q\d+$": "a Wikidata id (e.g. Q123)",
}


def explain(text: str, data: dict[str, object]) -> tuple[Path_, str]:
    """The field path and a readable message for one msgspec validation error."""
    match = _AT.match(text)
    assert match is not None  # the pattern matches any text
    message = match.group("message")
    path: list[str | int] = [int(index) if index else name
                             for name, index in _PATH_PART.findall(match.group("path") or "")]
    if path == ["kind"]:
        return ("kind",), _kind_message(data.get("kind"))
    for pattern, rewrite in _REWRITES:
        found = pattern.match(message)
        if found:
            return rewrite(found, data, path)
    return tuple(path), message.replace("`", "'")


def _unknown_field(found: re.Match[str], data: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    name = found.group(1)
    allowed = _allowed_fields(data, tuple(path))
    message = f"unknown field '{quote(name)}'"
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        message += f" (did you mean '{close[0]}'?)"
    elif allowed:
        message += f" (allowed: {', '.join(sorted(allowed))})"
    return (*path, name), message


def _missing_field(found: re.Match[str], _: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    return tuple(path), f"missing required field '{found.group(1)}'"


def _wrong_type(found: re.Match[str], _: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    expected = " or ".join(_TYPE_WORDS.get(t, t) for t in found.group(1).split(" | "))
    got = _TYPE_WORDS.get(found.group(2), found.group(2))
    quoted_time = path and path[-1] in _TIME_FIELDS and "str" in found.group(1) and found.group(2) in ("int", "float")
    hint = " (write times and dates in quotes)" if quoted_time else ""
    return tuple(path), f"expected {expected}, got {got}{hint}"


def _bad_pattern(found: re.Match[str], _: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    words = _PATTERN_WORDS.get(found.group(1).replace("\\\\", "\\"), f"text matching {found.group(1)}")
    return tuple(path), f"expected {words}"


def _bad_length(found: re.Match[str], _: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    op, limit = found.group(1), int(found.group(2))
    if op == ">=" and limit == 1:
        return tuple(path), "must not be empty"
    if op == ">=":
        return tuple(path), f"is too short (at least {limit} characters)"
    return tuple(path), f"is too long (at most {limit:,} characters)"


def _bad_range(found: re.Match[str], _: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    words = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}[found.group(2)]
    limit = found.group(3).removesuffix(".0")
    return tuple(path), f"must be {words} {limit}"


def _bad_choice(found: re.Match[str], data: dict[str, object], path: list[str | int]) -> tuple[Path_, str]:
    value = found.group(1)
    choices = _literal_values(data, tuple(path))
    message = f"'{quote(value)}' is not allowed"
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    if close:
        return tuple(path), f"{message} (did you mean '{close[0]}'?)"
    if choices:
        return tuple(path), f"{message} (one of: {', '.join(choices)})"
    return tuple(path), message


_TIME_FIELDS = {"time", "published", "accessed", "start", "end", "birth_date", "launch", "landing", "docked",
                "undocked"}
_Rewrite = Callable[[re.Match[str], dict[str, object], list[str | int]], tuple[Path_, str]]
_REWRITES: tuple[tuple[re.Pattern[str], _Rewrite], ...] = (
    (re.compile(r"Object contains unknown field `(.*)`$", re.DOTALL), _unknown_field),
    (re.compile(r"Object missing required field `(.*)`$", re.DOTALL), _missing_field),
    (re.compile(r"Expected `([^`]+)`, got `([^`]+)`$"), _wrong_type),
    (re.compile(r"Expected `str` matching regex '(.*)'$"), _bad_pattern),
    (re.compile(r"Expected `str` of length (>=|<=) (\d+)$"), _bad_length),
    (re.compile(r"Expected `(int|float)` (>=|<=|>|<) (-?[\d.]+)$"), _bad_range),
    (re.compile(r"Invalid enum value '(.*)'$", re.DOTALL), _bad_choice),
)


def _kind_message(kind: object) -> str:
    kinds = sorted(schema.KINDS)
    if not isinstance(kind, str):
        return f"kind must be one of: {', '.join(kinds)}"
    close = difflib.get_close_matches(kind, kinds, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(kinds)}"
    return f"unknown kind '{quote(kind)}' ({hint})"


def _field_hint(data: dict[str, object], path: Path_) -> object | None:
    """The type annotation of the field at a path, found by walking the schema's structs along it."""
    hint: object = schema.KINDS.get(str(data.get("kind")))
    for part in path:
        if isinstance(part, int):
            hint = _inside_list(hint)
            continue
        struct = _struct_in(hint)
        if struct is None:
            return None
        hint = next((f.type for f in msgspec.structs.fields(struct) if f.name == part), None)
    return hint


def _allowed_fields(data: dict[str, object], path: Path_) -> list[str]:
    """Field names the struct at a path accepts."""
    struct = _struct_in(_field_hint(data, path))
    if struct is None:
        return []
    names = [f.name for f in msgspec.structs.fields(struct)]
    return names + (["kind"] if path == () else [])


def _literal_values(data: dict[str, object], path: Path_) -> list[str]:
    """The allowed values of a ``Literal[...]`` field (event kinds, image kinds, roles)."""
    hint = _field_hint(data, path)
    for candidate in (hint, *typing.get_args(hint)):
        if typing.get_origin(candidate) is typing.Literal:
            return [str(value) for value in typing.get_args(candidate)]
    return []


def _inside_list(hint: object) -> object:
    """``list[X]`` (or ``list[X] | None``) -> ``X``."""
    for candidate in (hint, *typing.get_args(hint)):
        if typing.get_origin(candidate) is list:
            return typing.get_args(candidate)[0]
    return hint


def _struct_in(hint: object) -> type[msgspec.Struct] | None:
    """The msgspec Struct inside ``X``, ``X | None`` or ``list[X]``."""
    if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
        return hint
    for arg in typing.get_args(hint):
        found = _struct_in(arg)
        if found is not None:
            return found
    return None


def schema_errors(data: dict[str, object]) -> list[str]:
    """Every schema error of a document, each as msgspec words it (``... - at `$.crew[0].person```).

    msgspec stops at the first problem; a curator who fixes four problems should not need four rounds. This walks
    the document along the schema: unknown and missing fields of every mapping, then each field's value checked
    on its own by msgspec (so the messages, and :func:`explain`'s rewriting of them, stay the same). Empty when the
    kind is unknown: that one problem hides the rest.
    """
    kind = data.get("kind")
    struct = schema.KINDS.get(kind) if isinstance(kind, str) else None
    found: list[str] = []
    if struct is not None:
        _walk(data, struct, "", found, top=True)
    return found


def _walk(value: object, hint: object, at: str, found: list[str], top: bool = False) -> None:
    struct = _direct_struct(hint) if isinstance(value, dict) else None
    if struct is not None and isinstance(value, dict):
        fields = {f.encode_name: f for f in msgspec.structs.fields(struct)}
        for key in value:
            if key not in fields and not (top and key == "kind"):
                found.append(f"Object contains unknown field `{key}` - at `${at}`")
        for name, spec in fields.items():
            if spec.required and name not in value:
                found.append(f"Object missing required field `{name}` - at `${at}`")
        for key, item in value.items():
            if key in fields:
                _walk(item, fields[key].type, f"{at}.{key}", found)
        return
    element = _list_element(hint)
    if isinstance(value, list) and element is not None and _direct_struct(element) is not None:
        for index, item in enumerate(value):
            _walk(item, element, f"{at}[{index}]", found)
        return
    try:
        msgspec.convert(value, hint, str_keys=True)
    except msgspec.ValidationError as exc:
        match = _AT.match(str(exc))
        assert match is not None  # the pattern matches any text
        found.append(f"{match.group('message')} - at `${at}{match.group('path') or ''}`")


def _direct_struct(hint: object) -> type[msgspec.Struct] | None:
    """The Struct of ``X`` or ``X | None`` (not of ``list[X]``)."""
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, msgspec.Struct):
            return candidate
    return None


def _list_element(hint: object) -> object | None:
    """``X`` of ``list[X]`` or ``list[X] | None``."""
    for candidate in (hint, *typing.get_args(hint)):
        if typing.get_origin(candidate) is list:
            element: object = typing.get_args(candidate)[0]
            return element
    return None
