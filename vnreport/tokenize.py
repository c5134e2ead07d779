"""Sentences and tokens with character offsets.

One ordered regular expression with named groups splits text into tokens.
The order matters: alternatives are tried left to right at each position, so
longer, more specific classes come first (a URL before a word, a dotted
abbreviation such as "TP.HCM" before a word, a date-like "31.1.2018" as one
number before the punctuation inside it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document import Sentence, Token
from .encoding import is_syllable
from .textkey import match_key

_LETTER = r"[^\W\d_]"
TOKEN_RE = re.compile(
    "|".join(
        [
            # url and email first: they contain dots, slashes and digits
            r"(?P<url>(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]])",
            r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
            # dotted abbreviations: TP.HCM, T.Ư, Tp., U.S.A (before words, which stop at the dot)
            rf"(?P<abbr>(?:{_LETTER}{{1,3}}\.)+{_LETTER}+\.?|Tp\.|TP\.|Th\.S|ThS\.|PGS\.|GS\.|TS\.)",
            # numbers with their separators kept whole: 87.239, 1.234,5, 31.1.2018, 31/1, 2016-2020
            r"(?P<number>\d+(?:[.,/:-]\d+)*)",
            # words: letters and digits mixed (H5N1), with inner apostrophes (H'Mông)
            rf"(?P<word>[\w]*{_LETTER}[\w]*(?:['’]{_LETTER}+)*)",
            r"(?P<ellipsis>\.{2,}|…)",
            # an HTML character reference left in scraped text is one mark: "NN&amp;PTNT"
            r"(?P<punct>&(?:[a-z]{2,6}|#\d{1,5});|[^\w\s])",
        ]
    )
)

_SENTENCE_END = {".", "!", "?", "...", "…"}
_MAX_SENTENCE_TOKENS = 250  # keeps CRF decoding cheap on text without punctuation


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Yield the tokens of ``text[start:end]`` with offsets into ``text``.

    >>> [t.text for t in tokens("UBND TP.HCM cắt giảm 1.234,5 tỷ.")]
    ['UBND', 'TP.HCM', 'cắt', 'giảm', '1.234,5', 'tỷ', '.']
    """
    end = len(text) if end is None else end
    for m in TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        if kind == "abbr" and (glued := _glued_sentence_end(m)):
            # "Việt Nam.Ba thành viên": a word, its period, and the next sentence's first words
            yield Token(text[m.start():glued], m.start(), glued, "word")
            yield Token(".", glued, glued + 1, "punct")
            yield from tokens(text, glued + 1, m.end())
            continue
        yield Token(m.group(), m.start(), m.end(), kind)


def _glued_sentence_end(m: re.Match[str]) -> int | None:
    """Where the period of a sentence end that lost its space lies, in a match the pattern read
    as a dotted abbreviation: a Vietnamese syllable of two letters or more, not in capitals, then
    a capital, where one of the two is plainly Vietnamese: the first has a letter outside ASCII
    or the second is a syllable too ("Nam.Ba", "hóa.Vì", "Nội.Royal"; not "TP.HCM", "Th.S",
    "Tp.Vũng", "Q.Ba", nor the English of "Co.Ltd", "Co.Op Mart", "Vin.Pearl", "Sen.John")."""
    word, _, rest = m.group().partition(".")
    if len(word) < 2 or word.isupper() or not rest[:1].isupper() or not is_syllable(word):
        return None
    if word.isascii() and not is_syllable(rest.partition(".")[0]):
        return None
    return m.start() + len(word)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences: at line breaks, and after ., !, ? or an
    ellipsis when the next token opens a sentence (a capital, digit or quote),
    but not before a number glued to the period ("P.12, Q.3"); a dotted place
    name gives its last period to the sentence end ("tại TP.HCM. Ông A").

    >>> text = "Ngày 31.1, Sở họp. Ông A dự.\\nLệ Thu"
    >>> [text[s.start:s.end] for s in sentences(text)]
    ['Ngày 31.1, Sở họp.', 'Ông A dự.', 'Lệ Thu']
    """
    result: list[Sentence] = []
    for line in re.finditer(r"[^\r\n]+", text):
        current: list[Token] = []
        line_tokens = _place_periods_split(list(tokens(text, line.start(), line.end())))
        for i, tok in enumerate(line_tokens):
            current.append(tok)
            nxt = line_tokens[i + 1] if i + 1 < len(line_tokens) else None
            if nxt is None:
                break
            if tok.text in _SENTENCE_END and _opens_sentence(nxt) and not _glued_number(tok, nxt):
                result.append(_sentence(current))
                current = []
            elif len(current) >= _MAX_SENTENCE_TOKENS and tok.kind == "punct":
                result.append(_sentence(current))
                current = []
        if current:
            result.append(_sentence(current))
    return result


def _place_periods_split(toks: list[Token]) -> list[Token]:
    """A dotted place name keeps no period of its own before a word opening a sentence: in
    "tại TP.HCM. Ông A nói" the period ends the sentence ("PGS.TS. Nguyễn" keeps its own)."""
    out: list[Token] = []
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (tok.kind == "abbr" and tok.text.endswith(".") and nxt is not None and _opens_sentence(nxt)
                and _is_place(tok.text[:-1])):
            out += [Token(tok.text[:-1], tok.start, tok.end - 1, "abbr"), Token(".", tok.end - 1, tok.end, "punct")]
        else:
            out.append(tok)
    return out


def _is_place(text: str) -> bool:
    from .gazetteer import gazetteers

    return (match_key(text),) in gazetteers()["place"].phrases


def _glued_number(tok: Token, nxt: Token) -> bool:
    """A number right after a period, no space between, continues an address or a code: "Q.1",
    "P.12" (not the next sentence's first word)."""
    return tok.text == "." and nxt.kind == "number" and nxt.start == tok.end


def _opens_sentence(tok: Token) -> bool:
    first = tok.text[0]
    return first.isupper() or first.isdigit() or first in "\"“'‘(-–•"


def _sentence(toks: list[Token]) -> Sentence:
    return Sentence(toks[0].start, toks[-1].end, toks, [match_key(t.text) for t in toks])
