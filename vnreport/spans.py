"""Spans: labelled character ranges over the document text.

Every recognizer proposes :class:`Span` objects; the overlap policy in
:mod:`vnreport.resolve` decides which survive. Offsets are code points into
``Document.text`` (after decoding and NFC normalization), so
``doc.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Entity labels of the JSON contract, plus "figure" for quantities.
LABELS = ("person", "organization", "location", "date", "figure")


@dataclass(slots=True)
class Span:
    """A labelled range ``[start, end)`` of the document text.

    ``attrs`` holds the label's own fields (a date's ``value``, a figure's
    ``unit`` ...); ``source`` names the recognizer that proposed it,
    ``priority`` breaks ties in the overlap policy (higher wins) and
    ``nests_places`` says that the places inside it qualify it, so it is the
    outermost mention and outranks them ("TP.HCM" in "Sở Y tế TP.HCM").
    ``shares_action_of`` is the figure whose action this one takes, being the
    high end of its range or the end of its change ("giảm từ 12% xuống 8%": the
    8% takes "giảm" from the 12%), also when the rules found none for either;
    :mod:`vnreport.figure_crf` keeps them equal.

    >>> s = Span(0, 6, "organization", "Sở Nội", source="demo")
    >>> s.length
    6
    """

    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    priority: int = 0
    nests_places: bool = False
    shares_action_of: "Span | None" = None

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end
