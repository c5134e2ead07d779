"""Recognizer: abbreviations, defined in the text or standard.

A definition is a long form followed by its short form in parentheses,
"cải cách hành chính (CCHC)", where the initials of the long form spell the
short form. Standard abbreviations (UBND, HĐND ...) come from
``data/abbreviations.tsv``. Both fill ``doc.abbreviations``; no spans.
"""

from __future__ import annotations

import re
import unicodedata

from ..document import Document
from ..gazetteer import abbreviations as standard
from ..gazetteer import gazetteers
from ..textkey import match_key
from ..spans import Span

# "(CCHC)", or the short form first in a bracket that goes on: "(IPC, đơn vị chủ đầu tư)"
_DEFINITION = re.compile(r"\(\s*([A-ZĐ][A-ZĐ0-9&\-.]{1,11})\s*(?:\)|[,;:]\s)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MAX_WORDS = 12


def recognize(doc: Document) -> list[Span]:
    defined = dict(definitions(doc.text))
    used = {t.text for s in doc.sentences for t in s.tokens}
    table = standard()
    for short in sorted(used & table.keys()):
        doc.abbreviations.setdefault(short, table[short].long)
    doc.abbreviations.update(defined)
    doc.extras["abbreviations_defined"] = sorted(defined)
    return []


def definitions(text: str) -> list[tuple[str, str]]:
    """(short, long) for every "long form (SHORT)" whose initials spell SHORT.

    >>> definitions("Công tác cải cách hành chính (CCHC) được tiến hành.")
    [('CCHC', 'cải cách hành chính')]
    >>> definitions("Hội đồng bầu cử (HĐBC) họp; số phiếu (PQ) ...")
    [('HĐBC', 'Hội đồng bầu cử')]
    >>> definitions("do Hiệp hội doanh nghiệp Nhật Bản (SPJD) tổ chức")
    [('SPJD', 'Hiệp hội doanh nghiệp Nhật Bản')]
    >>> definitions("Bộ Giáo dục và Đào tạo (GD-ĐT)")
    [('GD-ĐT', 'Giáo dục và Đào tạo')]
    >>> definitions("Công ty Phát triển Công nghiệp Tân Thuận (IPC, đơn vị chủ đầu tư) cho biết")
    [('IPC', 'Công ty Phát triển Công nghiệp Tân Thuận')]
    """
    found = []
    for m in _DEFINITION.finditer(text):
        short = m.group(1)
        letters = [c for c in short.upper() if c.isalpha()]
        before = list(_WORD.finditer(text, max(0, m.start() - 200), m.start()))[-_MAX_WORDS:]
        adjacent = before and not text[before[-1].end() : m.start()].strip()
        long = _long_form(text, before, letters) or _named_body(text, before) if adjacent else None
        if long:
            found.append((short, long))
    return found


def _initial(word: str) -> str:
    # "Ủy" abbreviates to U, but "đồng" to Đ: strip tone and vowel marks, keep Đ
    first = word[0].upper()
    return first if first == "Đ" else unicodedata.normalize("NFD", first)[0]


#: words an abbreviation usually skips: "Giáo dục và Đào tạo (GD-ĐT)"
_SKIPPED = {"và", "của", "các", "với", "về"}


def _long_form(text: str, words: list[re.Match[str]], letters: list[str]) -> str | None:
    # the shortest run of words ending just before "(" whose initials, connecting
    # words aside, spell the letters
    wanted = [_initial(c) for c in letters]
    if not wanted:
        return None
    initials: list[str] = []
    for start in range(len(words) - 1, -1, -1):
        word = words[start].group()
        if word.lower() not in _SKIPPED or not initials:
            initials.insert(0, _initial(word))
        if len(initials) == len(wanted):
            return text[words[start].start() : words[-1].end()] if initials == wanted else None
    return None


def _named_body(text: str, words: list[re.Match[str]]) -> str | None:
    # a foreign or loose abbreviation of a body: "Hiệp hội ... (SPJD)" -> from the
    # nearest capitalized agency head noun, when no punctuation intervenes
    keys = [match_key(w.group()) for w in words]
    heads = gazetteers()["org_head"]
    for i in range(len(words) - 1, -1, -1):
        gap = text[words[i].end() : words[-1].end()]
        if any(c in gap for c in ",.;:()\"“”"):
            return None
        if words[i].group()[0].isupper() and heads.match_at(keys, i):
            return text[words[i].start() : words[-1].end()]
    return None
