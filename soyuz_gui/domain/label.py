"""Short labels the timeline draws, as a kind and its values, so a view can word them in any language.

Qt-free. The domain says *what* a label is ("docked at this port", "this flight and how long it lasted"); the view
turns it into words with ``tr()``. :attr:`Label.english` is the same label in English, for tests, exports and
anything outside the interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from soyuz_gui.domain.entities import EventKind
from soyuz_gui.domain.timescale import DAY, HOUR


class LabelKind(StrEnum):
    TEXT = "text"  # the data's own words, shown as they are: ``name`` (a ship, a person, an event's title)
    DOCKED_AT = "docked-at"  # ``place``: the port or ship docked to
    RELOCATION = "relocation"  # a flight between two ports
    TO_THE_STATION = "to-the-station"
    RETURN = "return"  # the flight back to Earth
    FLIGHT = "flight"  # a free flight that is none of the above
    SHIP_AT = "ship-at"  # ``name`` (a ship) at ``place`` (a port)
    NAME_AND_DURATION = "name-and-duration"  # ``name`` (a flight) and how long it lasted, ``seconds``
    STILL_IN_SPACE = "still-in-space"  # ``name``: a flight that has not ended
    EVENT = "event"  # ``name``: an event kind's value, read as its word ("Launch")
    NAME_AND_YEARS = "name-and-years"  # ``name`` (a station) from year ``first`` to ``last`` (None: still there)
    EXPEDITION = "expedition"  # ``first``: an ISS expedition's number, in short ("Exp. 54")


_FIXED = {LabelKind.RELOCATION: "Relocation", LabelKind.TO_THE_STATION: "To the station",
          LabelKind.RETURN: "Return", LabelKind.FLIGHT: "Flight"}

_EVENT_WORD = {
    EventKind.LAUNCH: "Launch", EventKind.DOCKING: "Docking", EventKind.UNDOCKING: "Undocking",
    EventKind.RELOCATION: "Relocation", EventKind.LANDING: "Landing", EventKind.SPACEWALK: "Spacewalk",
    EventKind.ABORT: "Abort", EventKind.CREW_CHANGE: "Crew change", EventKind.OTHER: "Event",
}


def event_word(kind: str) -> str:
    """An event kind in one English word ("Launch"); a kind the catalog does not know, spelt out."""
    try:
        return _EVENT_WORD[EventKind(kind)]
    except ValueError:
        return kind.replace("-", " ").capitalize()


def short_duration(seconds: float) -> str:
    """``168 days``, ``5 h 18 min``, ``19 min``: enough to read a bar's length at a glance."""
    if seconds >= 2 * DAY:
        return f"{seconds / DAY:.0f} days"
    if seconds >= HOUR:
        hours, minutes = divmod(int(seconds // 60), 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{max(int(seconds // 60), 0)} min"


@dataclass(frozen=True, slots=True)
class Label:
    """What a label says: its kind and the values it needs (the rest stay empty)."""

    kind: LabelKind
    name: str = ""
    place: str = ""
    seconds: float = 0.0
    first: int = 0
    last: int | None = None

    @classmethod
    def text(cls, words: str) -> Label:
        """The data's own words, shown as they are (shared: a label is a value, and most words recur)."""
        found = _TEXT_LABELS.get(words)
        if found is None:
            if len(_TEXT_LABELS) > 20_000:  # a bound, so a long session's labels cannot pile up
                _TEXT_LABELS.clear()
            found = _TEXT_LABELS.setdefault(words, cls(LabelKind.TEXT, name=words))
        return found

    @property
    def names_a_thing(self) -> bool:
        """True when the label is a name plus more ("Soyuz MS-07 · 168 days"): the name alone is its short form."""
        return self.kind in (LabelKind.NAME_AND_DURATION, LabelKind.STILL_IN_SPACE, LabelKind.NAME_AND_YEARS)

    @property
    def english(self) -> str:
        kind = self.kind
        if kind == LabelKind.TEXT:
            return self.name
        if kind == LabelKind.DOCKED_AT:
            return f"Docked at {self.place}"
        if kind == LabelKind.SHIP_AT:
            return f"{self.name} at {self.place}"
        if kind == LabelKind.NAME_AND_DURATION:
            return f"{self.name} · {short_duration(self.seconds)}"
        if kind == LabelKind.STILL_IN_SPACE:
            return f"{self.name} · still in space"
        if kind == LabelKind.EVENT:
            return event_word(self.name)
        if kind == LabelKind.NAME_AND_YEARS:
            return f"{self.name} · {years(self.first, self.last)}"
        if kind == LabelKind.EXPEDITION:
            return f"Exp. {self.first}"
        return _FIXED[kind]


_TEXT_LABELS: dict[str, Label] = {}


def years(first: int, last: int | None) -> str:
    """``1998–2031``, or ``1998–`` while it lasts: the same in every language."""
    return f"{first}–{last}" if last is not None else f"{first}–"
