"""Word lists (titles, agency head nouns, places ...) and their matcher.

The lists live in ``vnreport/data/gazetteer/*.txt`` and
``vnreport/data/abbreviations.tsv``; this module loads them once and marks
the longest match at each token position. Matching ignores case and
old/new tone placement ("Tỉnh uỷ" matches "Tỉnh ủy"), while the document text
keeps what was written.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .textkey import match_key

DATA = Path(__file__).parent / "data"

#: gazetteer name -> file; each becomes one B/I/O feature column of the NER model
LISTS = {
    "surname": "gazetteer/surnames.txt",
    "honorific": "gazetteer/honorifics.txt",
    "title": "gazetteer/titles.txt",
    "modifier": "gazetteer/role_modifiers.txt",
    "org_head": "gazetteer/org_heads.txt",
    "admin_unit": "gazetteer/admin_units.txt",
    "place": ("gazetteer/countries.txt", "gazetteer/cities.txt", "gazetteer/vn_places.txt"),
    "body": "gazetteer/bodies.txt",
    "document": "gazetteer/documents.txt",
    "state_form": "gazetteer/state_forms.txt",
    "body_of_place": "gazetteer/bodies_of_place.txt",
    "numbered_place": "gazetteer/numbered_places.txt",
    "agency": "gazetteer/state_agencies.txt",
}


@dataclass(frozen=True)
class Abbreviation:
    short: str
    long: str
    type: str  # organization | location | term


def word_list(relative: str) -> list[str]:
    """The entries of a word-list file under vnreport/data (comments and blank lines skipped)."""
    text = (DATA / relative).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def phrase_key(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(match_key(w) for w in words)


class Gazetteer:
    """Phrases of one list, matched over token sequences (longest match first)."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = {phrase_key(p.split()) for p in phrases}
        self.longest = max((len(p) for p in self.phrases), default=0)
        # most tokens start no phrase: one dict lookup rules them out (the hot path); the others
        # try only the lengths of the phrases their word starts, longest first
        lengths: dict[str, set[int]] = {}
        for p in self.phrases:
            lengths.setdefault(p[0], set()).add(len(p))
        self.first_words = {word: sorted(ns, reverse=True) for word, ns in lengths.items()}

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase.split()) in self.phrases

    def match_at(self, keys: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at ``keys[i]`` (0 if none)."""
        lengths = self.first_words.get(keys[i]) if i < len(keys) else None
        if lengths is None:
            return 0
        room = len(keys) - i
        for n in lengths:
            if n <= room and tuple(keys[i : i + n]) in self.phrases:
                return n
        return 0

    def match_before(self, keys: Sequence[str], end: int) -> int:
        """Length in tokens of the longest phrase ending just before ``keys[end]`` (0 if none).

        The phrase must be one :meth:`match_at` reads whole from its start: "ông" before
        "Nguyễn Văn Phóng", "bệnh nhân" before "N.T.T.".
        """
        for n in range(min(self.longest, end), 0, -1):
            if self.match_at(keys, end - n) == n:
                return n
        return 0

    def bio(self, keys: Sequence[str]) -> list[str]:
        """B/I/O per token for the longest, leftmost matches."""
        tags = ["O"] * len(keys)
        first = self.first_words
        i = 0
        while i < len(keys):
            n = self.match_at(keys, i) if keys[i] in first else 0
            if n:
                tags[i] = "B"
                for j in range(i + 1, i + n):
                    tags[j] = "I"
                i += n
            else:
                i += 1
        return tags


@functools.cache
def listed(*relative: str) -> Gazetteer:
    """The phrases of one or more word-list files under vnreport/data as one gazetteer, read once."""
    return Gazetteer([line for path in relative for line in word_list(path)])


@functools.cache
def gazetteers() -> dict[str, Gazetteer]:
    """The lists the NER model reads as feature columns (:data:`LISTS`), by name."""
    return {name: listed(*((files,) if isinstance(files, str) else files)) for name, files in LISTS.items()}


@functools.cache
def abbreviations() -> dict[str, Abbreviation]:
    """Standard abbreviations by their short form (as written, case kept)."""
    table = {}
    for line in word_list("abbreviations.tsv"):
        short, long, kind = line.split("\t")
        table[short] = Abbreviation(short, long, kind)
    return table
