"""Recognizer: people, organizations and locations.

The statistical part is vnreport's CRF (``vnreport/ner.py``, trained on VLSP
2018) over the tokens of each sentence. Around it, rules that are certain:
a standard agency abbreviation with its administrative unit and place
("UBND tỉnh Quảng Nam") is one organization, and a person's name never
begins with a title, rank or honorific ("Thượng tướng Tô Lâm" -> "Tô Lâm").
"""

from __future__ import annotations

from ..document import Document, Sentence, Token
from ..gazetteer import abbreviations, gazetteers
from ..models import ner_tagger
from ..ner import rows, spans_from_bio
from ..spans import Span
from ..textkey import match_key

_NOT_IN_NAMES = ("honorific", "title", "modifier")


def recognize(doc: Document) -> list[Span]:
    tagger = ner_tagger()
    found: list[Span] = []
    for sentence in doc.sentences:
        if tagger is not None and sentence.tokens:
            tags = tagger.tag(rows(sentence))
            sentence.tags["ner"] = tags
            for first, last, kind in spans_from_bio(tags):
                first = _name_start(sentence.tokens, first, last) if kind == "person" else first
                if first < last and _plausible(sentence.tokens[first:last], kind):
                    found.append(_span(doc, sentence, first, last, kind, "crf", 0))
        found.extend(_agency_abbreviations(doc, sentence))
    return found


def _span(doc: Document, sentence: Sentence, first: int, last: int, kind: str, source: str, priority: int) -> Span:
    return doc.span(sentence.tokens[first].start, sentence.tokens[last - 1].end, kind,
                    source=source, priority=priority)


def _name_start(tokens: list[Token], first: int, last: int) -> int:
    """Skip titles, ranks and honorifics the model swept into a person's name.

    Only what cannot be a given name is skipped: a title of two or more
    syllables ("Thượng tướng"), or a lowercase title or honorific ("ông");
    "Anh Đức" and "Nguyên Hoàng" stay whole.
    """
    keys = [match_key(t.text) for t in tokens]
    gaz = gazetteers()
    while first < last:
        n = gaz["modifier"].match_at(keys, first)
        m = gaz["title"].match_at(keys, first + n) or gaz["honorific"].match_at(keys, first + n)
        if not m or first + n + m >= last:
            break
        skipped = tokens[first : first + n + m]
        if n + m < 2 and skipped[0].text[0].isupper():
            break
        first += n + m
    return first


def _plausible(tokens: list[Token], kind: str) -> bool:
    """Numbers, dates and lowercase runs are never names."""
    if not any(t.kind in ("word", "abbr") for t in tokens):
        return False
    if kind == "person":
        return any(t.text[0].isupper() for t in tokens if t.kind == "word")
    return True


def _agency_abbreviations(doc: Document, sentence: Sentence) -> list[Span]:
    """UBND/HĐND/... + unit word + optional place name: "UBND tỉnh Quảng Nam".

    A bare abbreviation is left to the model: "CP" is Chính phủ in one text and
    "cổ phần" in "Công ty CP" in another.
    """
    toks = sentence.tokens
    table = abbreviations()
    units = gazetteers()["admin_unit"]
    keys = [match_key(t.text) for t in toks]
    tags = sentence.tags.get("ner") or ["O"] * len(toks)
    found = []
    for i, tok in enumerate(toks):
        entry = table.get(tok.text)
        if entry is None or entry.type != "organization":
            continue
        j = i + 1
        n = units.match_at(keys, j) if j < len(toks) else 0
        if not n or toks[j].kind != "word":
            continue
        j += n
        # the place's name, unless the model reads it as a person ("UBND tỉnh Nguyễn Văn Phóng")
        while j < len(toks) and _continues_name(toks[j]) and not tags[j].endswith("PER"):
            j += 1
        found.append(_span(doc, sentence, i, j, "organization", "abbreviation", 1))
    return found


def _continues_name(token: Token) -> bool:
    return token.kind == "number" or (token.kind == "word" and token.text[0].isupper())
