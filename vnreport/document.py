"""The document object that flows through the pipeline stages.

Each stage of :mod:`vnreport.pipeline` takes a :class:`Document` and returns it,
filling in one more layer: sentences, tokens, words with part-of-speech tags,
candidate spans, and finally the resolved spans the report is built from.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from .spans import Span


@dataclass(slots=True)
class Token:
    """One syllable, number or punctuation mark: ``text == doc.text[start:end]``."""

    text: str
    start: int
    end: int
    kind: str  # the named group of the token regex that matched (word, number, punct ...)


@dataclass(slots=True)
class Word:
    """A word as segmented by the word-segmentation model, with its POS tag.

    A word spans one or more tokens: ``tokens[first:last]`` of its sentence.
    """

    text: str
    start: int
    end: int
    pos: str
    first: int
    last: int


@dataclass(slots=True)
class Sentence:
    """A sentence: ``doc.text[start:end]`` with its tokens and words."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    #: match keys of the tokens (lowercase, tone placement folded), for every word-list lookup
    keys: list[str] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    #: per-token tags written by the taggers, keyed by layer ("ws", "ner" ...)
    tags: dict[str, list[str]] = field(default_factory=dict)

    def word_of(self) -> list[int]:
        """Per token, the index of the word it belongs to (0 before the words are set)."""
        index = [0] * len(self.tokens)
        for wi, word in enumerate(self.words):
            for ti in range(word.first, word.last):
                index[ti] = wi
        return index


@dataclass(slots=True)
class Document:
    """Text plus everything the stages learned about it."""

    text: str
    reference_date: _dt.date | int | None = None
    #: how the reference date was obtained: "given", "title", "text" or None
    reference_source: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    #: candidate spans from every recognizer (may overlap)
    candidates: list[Span] = field(default_factory=list)
    #: spans kept by the overlap policy, sorted by start
    spans: list[Span] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()
        return ""

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    @property
    def words(self) -> list[Word]:
        return [w for s in self.sentences for w in s.words]

    def span(self, start: int, end: int, label: str, **attrs: Any) -> Span:
        """Build a span over ``text[start:end]`` (the text is taken from the document)."""
        source = attrs.pop("source", "")
        priority = attrs.pop("priority", 0)
        nests_places = attrs.pop("nests_places", False)
        return Span(start, end, label, self.text[start:end], attrs, source, priority, nests_places)
