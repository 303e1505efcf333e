"""The mission tree's groupings and row kinds: the model makes rows of these kinds, the widgets draw an icon per kind
and offer the groupings."""

from __future__ import annotations

from enum import StrEnum


class GroupBy(StrEnum):
    """How the top level of the tree is organised."""

    PROGRAMME = "programme"
    GENERATION = "generation"
    STATION = "station"
    DECADE = "decade"
    YEAR = "year"
    EXPEDITION = "expedition"


class NodeKind(StrEnum):
    PROGRAMME = "programme"
    GROUP_YEAR = "year"
    MISSION = "mission"
    GROUP = "group"
    PERSON = "person"
    DOCKING = "docking"
    EVENT = "event"
    REFERENCE = "reference"
    EXPEDITION = "expedition"
    STATION = "station"
    OUTCOME = "outcome"  # a mission that did not go to plan: its own icon, and the outcome named in words
