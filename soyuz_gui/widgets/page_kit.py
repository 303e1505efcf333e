"""The pieces every detail page is made of: palette, countries, ordinals, and :class:`Page` helpers bound to one
catalog (links, values, "unknown", tables, cards, citations).

Page builders (``detail_pages``, ``station_page``) compose these; nothing here knows one entity kind from another.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from soyuz_gui.domain import Catalog, Note, Span, display_name
from soyuz_gui.domain.entities import Expedition, ImageKind
from soyuz_gui.domain.timeutil import Instant
from soyuz_gui.loading.problems import DataProblem, Severity
from soyuz_gui.models.formats import QT_TRANSLATE_NOOP, Formats, position_label
from soyuz_gui.widgets.html_escape import escape
from soyuz_gui.widgets.keep_whole import keep_whole

translate = QCoreApplication.translate

COUNTRIES = {
    "RU": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "KZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    "BY": QT_TRANSLATE_NOOP("Countries", "Belarus"),
    "AE": QT_TRANSLATE_NOOP("Countries", "United Arab Emirates"),
    "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"),
    "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"),
    "CN": QT_TRANSLATE_NOOP("Countries", "China"),
    "IN": QT_TRANSLATE_NOOP("Countries", "India"),
    "MY": QT_TRANSLATE_NOOP("Countries", "Malaysia"),
    "KR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
    "ZA": QT_TRANSLATE_NOOP("Countries", "South Africa"),
    "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"),
    "SU": QT_TRANSLATE_NOOP("Countries", "Soviet Union"),
    "CS": QT_TRANSLATE_NOOP("Countries", "Czechoslovakia"),
    "DD": QT_TRANSLATE_NOOP("Countries", "East Germany"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "BG": QT_TRANSLATE_NOOP("Countries", "Bulgaria"),
    "HU": QT_TRANSLATE_NOOP("Countries", "Hungary"),
    "VN": QT_TRANSLATE_NOOP("Countries", "Vietnam"),
    "CU": QT_TRANSLATE_NOOP("Countries", "Cuba"),
    "MN": QT_TRANSLATE_NOOP("Countries", "Mongolia"),
    "RO": QT_TRANSLATE_NOOP("Countries", "Romania"),
    "SY": QT_TRANSLATE_NOOP("Countries", "Syria"),
    "AF": QT_TRANSLATE_NOOP("Countries", "Afghanistan"),
    "AT": QT_TRANSLATE_NOOP("Countries", "Austria"),
    "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    "SA": QT_TRANSLATE_NOOP("Countries", "Saudi Arabia"),
    "TR": QT_TRANSLATE_NOOP("Countries", "Turkey"),
    "IL": QT_TRANSLATE_NOOP("Countries", "Israel"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"),
    "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    "UA": QT_TRANSLATE_NOOP("Countries", "Ukraine"),
    "MX": QT_TRANSLATE_NOOP("Countries", "Mexico"),
    "CZ": QT_TRANSLATE_NOOP("Countries", "Czech Republic"),
}
_ORDINALS = (
    QT_TRANSLATE_NOOP("Ordinals", "First"), QT_TRANSLATE_NOOP("Ordinals", "Second"),
    QT_TRANSLATE_NOOP("Ordinals", "Third"), QT_TRANSLATE_NOOP("Ordinals", "Fourth"),
    QT_TRANSLATE_NOOP("Ordinals", "Fifth"), QT_TRANSLATE_NOOP("Ordinals", "Sixth"),
    QT_TRANSLATE_NOOP("Ordinals", "Seventh"), QT_TRANSLATE_NOOP("Ordinals", "Eighth"),
    QT_TRANSLATE_NOOP("Ordinals", "Ninth"), QT_TRANSLATE_NOOP("Ordinals", "Tenth"),
)
_IMAGE_KINDS = {
    ImageKind.MISSION_PATCH: QT_TRANSLATE_NOOP("DetailPages", "mission patch"),
    ImageKind.CREW_PHOTO: QT_TRANSLATE_NOOP("DetailPages", "crew photo"),
    ImageKind.LAUNCH_PHOTO: QT_TRANSLATE_NOOP("DetailPages", "launch photo"),
    ImageKind.SPACECRAFT_PHOTO: QT_TRANSLATE_NOOP("DetailPages", "spacecraft photo"),
    ImageKind.DIAGRAM: QT_TRANSLATE_NOOP("DetailPages", "diagram"),
    ImageKind.OTHER: QT_TRANSLATE_NOOP("DetailPages", "other"),
}


def _t(text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP("DetailPages", ...)``."""
    return translate("DetailPages", text)


@dataclass(frozen=True)
class Palette:
    """Colours the pages use, taken from the widget palette so light and dark themes both read well."""

    text: str = "#1d2330"
    muted: str = "#5b6474"
    accent: str = "#1f5fbf"
    card: str = "#eef2f8"
    rule: str = "#d5dbe5"
    warn: str = "#8a5a00"


def ordinal_word(n: int) -> str:
    """``3`` -> ``Third`` (as crew tables print it); past ten, ``11th``."""
    return translate("Ordinals", _ORDINALS[n - 1]) if 1 <= n <= len(_ORDINALS) else ordinal_number(n)


def ordinal_number(n: int) -> str:
    """``136`` -> ``136th``."""
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        text = translate("Ordinals", "{n}th")
    elif n % 10 == 1:
        text = translate("Ordinals", "{n}st")
    elif n % 10 == 2:
        text = translate("Ordinals", "{n}nd")
    else:
        text = translate("Ordinals", "{n}rd")
    return text.format(n=n)


def country_name(code: str | None) -> str | None:
    if code is None:
        return None
    return translate("Countries", COUNTRIES[code]) if code in COUNTRIES else code


class DetailPages:
    """Counted phrases of the pages, in the ``DetailPages`` context.

    pyside6-lupdate 6.11 marks a message as plural only when it is written ``self.tr(text, comment, n)`` inside a
    class (it takes the class name as the context), so plural messages live here rather than in plain functions.
    """

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate("DetailPages", text, disambiguation, n)

    def missions_in_data(self, n: int) -> str:
        return self.tr("%n mission in the data", "", n) if n == 1 else self.tr("%n missions in the data", "", n)


class Page:
    """Helpers bound to one catalog, palette and set of formats."""

    def __init__(self, catalog: Catalog, palette: Palette, formats: Formats | None = None) -> None:
        self.c = catalog
        self.p = palette
        self.f = formats or Formats()
        self._numbers: dict[str, int] = {}  # reference id -> citation number, in order of first citation

    # --- small pieces ---------------------------------------------------------------------------------------

    def unknown(self) -> str:
        label = translate("DetailPages", "unknown", "a value the data does not have")
        return f'<span style="color:{self.p.muted}; font-style:italic">{escape(label)}</span>'

    def value(self, text: object | None) -> str:
        return self.unknown() if text is None or text == "" else escape(str(text))

    def number(self, value: float) -> str:
        return escape(self.f.number(value))

    def link(self, entity_id: str | None, label: str | None = None) -> str:
        """A link to an entity when it is in the data; plain text (or unknown) when it is not."""
        if entity_id is None:
            return self.unknown()
        entity = self.c.get(entity_id)
        if entity is None:
            missing = translate("DetailPages", "(not in the data)")
            return f'{escape(label or entity_id)} <span style="color:{self.p.muted}">{escape(missing)}</span>'
        return f'<a href="soyuz:{escape(entity_id)}">{escape(label or display_name(entity))}</a>'

    def when(self, instant: Instant | None) -> str:
        return self.unknown() if instant is None else escape(keep_whole(self.f.instant(instant)))

    def span(self, span: Span | None) -> str:
        return self.unknown() if span is None else escape(keep_whole(self.f.duration(span.delta, span.precision)))

    def position(self, text: str | None) -> str:
        return self.unknown() if not text else escape(position_label(text))

    def muted(self, text: str) -> str:
        return f'<span style="color:{self.p.muted}">{text}</span>'

    def heading(self, text: str) -> str:
        return (f'<h3 style="margin-top:18px; margin-bottom:6px; color:{self.p.accent}; '
                f'font-size:large">{escape(text)}</h3>')

    def title(self, name: str, subtitle: str) -> str:
        return (f'<h1 style="margin-bottom:0px; font-size:xx-large">{escape(name)}</h1>'
                f'<p style="margin-top:2px; color:{self.p.muted}; font-size:medium">{subtitle}</p>')

    def facts(self, rows: Iterable[tuple[str, str]]) -> str:
        """A two-column fact table (label, value) like an infobox."""
        body = "".join(
            f'<tr><td style="color:{self.p.muted}; padding:3px 14px 3px 0px; white-space:nowrap">{escape(k)}</td>'
            f'<td style="padding:3px 0px">{v}</td></tr>'
            for k, v in rows
        )
        return f'<table cellspacing="0" cellpadding="0">{body}</table>'

    def table(self, headers: list[str], rows: list[list[str]]) -> str:
        head = "".join(
            f'<th align="left" style="padding:4px 14px 4px 0px; color:{self.p.muted}; '
            f'border-bottom:1px solid {self.p.rule}">{escape(h)}</th>' for h in headers
        )
        body = "".join(
            "<tr>" + "".join(f'<td style="padding:4px 14px 4px 0px" valign="top">{cell}</td>' for cell in row)
            + "</tr>" for row in rows
        )
        # 99%: at 100% Qt's table layout can round a full table one pixel past the page (a needless scroll bar).
        return f'<table cellspacing="0" cellpadding="0" width="99%"><tr>{head}</tr>{body}</table>'

    def cards(self, items: list[tuple[str, str]]) -> str:
        """Key figures as a row of cards."""
        cells = "".join(
            f'<td style="background:{self.p.card}; padding:8px 12px">'
            f'<div style="color:{self.p.muted}; font-size:small">{escape(label)}</div>'
            f'<div style="font-size:large; font-weight:600">{value}</div></td>'
            for label, value in items
        )
        # 99%, as for tables above: at 100% the row of cards can round one pixel past the page (a needless scroll bar)
        return f'<table cellspacing="6" cellpadding="0" width="99%"><tr>{cells}</tr></table>'

    @property
    def language(self) -> str:
        """The language of the page's formats: narrative texts are shown in it where the data has them."""
        return {QLocale.Language.Russian: "ru", QLocale.Language.Japanese: "ja"}.get(self.f.locale.language(), "en")

    def prose(self, entity_id: str, path: str, english: str) -> str:
        """A narrative text in the page's language, or the English one marked as such (escaped HTML)."""
        text, translated = self.c.text(entity_id, path, english, self.language)
        if translated:
            return escape(text)
        marker = translate("DetailPages", "in English", "a text not yet translated into the interface language")
        return f'{escape(text)} {self.muted("(" + escape(marker) + ")")}'

    def note_html(self, note: Note, owner: str | None = None, index: int = 0) -> str:
        """A note in prose; mentioned entities are linked after it, sources as superscript numbers."""
        text = self.prose(owner, f"notes[{index}]", note.text) if owner else escape(note.text)
        links = ", ".join(self.link(m) for m in note.mentions)
        refs = " ".join(self.cite(r) for r in note.references)
        see = escape(translate("DetailPages", "See:", "followed by links to the people and ships a note mentions"))
        more = f'<br>{self.muted(see + " " + links)}' if links else ""
        return f'<p style="margin:6px 0px 10px 0px">{text} {refs}{more}</p>'

    def commanders(self, expedition: Expedition) -> str:
        """Every commander of an expedition, linked, each with the period of command when the data gives it."""
        if not expedition.commanders:
            return self.link(expedition.commander) if expedition.commander else self.unknown()
        parts = []
        for command in expedition.commanders:
            start = self.f.instant(command.start) if command.start else None
            end = self.f.instant(command.end) if command.end else None
            if start and end:
                words = translate("DetailPages", "{start} – {end}", "a period of command").format(start=start, end=end)
            elif end:
                words = translate("DetailPages", "until {date}", "a commander who handed over").format(date=end)
            elif start:
                words = translate("DetailPages", "from {date}", "a commander who took over").format(date=start)
            period = f" {self.muted(escape(f'({words})'))}" if start or end else ""
            cites = "".join(self.cite(r) for r in command.references)
            parts.append(self.link(command.person) + period + cites)
        return "<br>".join(parts)

    def problems_box(self, problems: Sequence[DataProblem]) -> str:
        """A warning box listing the data problems found in this entity's file, when one is an error (a stated
        figure that differs from the computed one is a warning for curators: it alone gets no box)."""
        if not any(p.severity == Severity.ERROR for p in problems):
            return ""
        heading = translate("DetailPages", "The data file of this page has problems; some facts may be missing or "
                                           "wrong.")
        items = "".join(f"<li><code>{escape(p.field or '(file)')}</code>: {escape(p.message)}</li>"
                        for p in problems)
        where = escape(translate("DetailPages", "File: {file}").format(file=problems[0].file))
        return (f'<table width="99%" cellspacing="0" cellpadding="8" style="margin:8px 0px"><tr>'
                f'<td style="background:{self.p.card}; border:1px solid {self.p.warn}">'
                f'<p style="margin:0px; color:{self.p.warn}"><b>⚠ {escape(heading)}</b></p>'
                f'<ul style="margin:4px 0px">{items}</ul>{self.muted(where)}</td></tr></table>')

    def cite(self, ref_id: str) -> str:
        """A numbered citation that jumps to the reference."""
        return f'<a href="soyuz:{escape(ref_id)}"><sup>[{self._ref_number(ref_id)}]</sup></a>'

    def _ref_number(self, ref_id: str) -> int:
        if ref_id not in self._numbers:
            self._numbers[ref_id] = len(self._numbers) + 1
        return self._numbers[ref_id]

    def references(self, ref_ids: Iterable[str]) -> str:
        items = []
        for ref_id in ref_ids:
            self._ref_number(ref_id)
        numbers = self._numbers
        for ref_id in sorted(numbers, key=numbers.__getitem__):
            items.append(f"<p style='margin:3px 0px'>[{numbers[ref_id]}] {self.reference_line(ref_id)}</p>")
        return self.heading(translate("DetailPages", "References")) + "".join(items) if items else ""

    def reference_line(self, ref_id: str) -> str:
        ref = self.c.reference(ref_id)
        if ref is None:
            missing = translate("DetailPages", "(reference not in the data)")
            return f"{escape(ref_id)} {self.muted(escape(missing))}"
        parts = []
        if ref.author:
            parts.append(escape(ref.author))
        title = f"“{escape(ref.title)}”"
        parts.append(f'<a href="{escape(ref.url)}">{title}</a>' if ref.url else title)
        if ref.publisher:
            parts.append(escape(ref.publisher))
        if ref.published:
            parts.append(escape(self.f.instant(ref.published)))
        if ref.accessed:
            read = translate("DetailPages", "read {date}", "when a web page was read (an ISO date)")
            parts.append(self.muted(escape(read.format(date=ref.accessed.isoformat()))))
        details = escape(translate("DetailPages", "details", "link to the page of a reference"))
        return ". ".join(parts) + f' {self.muted("·")} <a href="soyuz:{escape(ref.id)}">{details}</a>'


# --- pages ------------------------------------------------------------------------------------------------------
