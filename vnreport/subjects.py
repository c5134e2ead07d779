"""Learned figure subjects: a token CRF picks what a figure counts or measures.

The rules of :mod:`vnreport.recognizers.figures` read a figure's subject from
its neighbourhood; they were written on the founding sample and the first 103
articles, and carry over less well to new ones. A linear-chain CRF tags the
tokens around the figure's quantity (:data:`WINDOW` on either side, in its
sentence) ``B-S`` / ``I-S`` / ``O``; the subject is the tagged run nearest the
quantity, and where the model tags none the rules' subject stays. The
attributes describe each token (word, part of speech, neighbours), where it
lies from the quantity (side, word distance; punctuation, commas, numbers,
clause words and verbs between) and the figure (unit, unit kind, action,
qualifier, direction); never the rules' subject.

``scripts/train_subjects.py`` trains it on the development gold. Its
``--evaluate`` table (each group left out in turn) has the rules at 0.572 and
this model, with the rules where it reads none, at 0.601 on the 839 figures of
the four groups of articles the rules were not written on (better on each), but
0.677 against the rules' 0.732 on the 104 articles they were written on.

The model (``data/subjects/model.crfsuite``) is read once, by underthesea_core's
tagger; without the file the rules' subjects stay.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from itertools import accumulate
from pathlib import Path
from typing import Any

from .document import Document, Sentence
from .textkey import match_key

MODEL = Path(__file__).parent / "data" / "subjects" / "model.crfsuite"

_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "-", "–", "—", '"', "“", "”", "/", "...", "…"})
_CLAUSE_WORDS = frozenset({"và", "nhưng", "còn", "trong", "của", "với", "là", "thì", "mà", "để"})
_COUNTS = ("0", "1", "2+")
#: tokens the CRF reads on either side of the quantity: six gold subjects in seven lie within
#: eight, and wider windows (10, 12, 15, 20, the whole sentence) scored no better left one group
#: out, at up to twice the time
WINDOW = 8


@functools.cache
def model() -> Any | None:
    """underthesea_core's CRFTagger with the subject model, or None when the package ships none."""
    if not MODEL.exists():
        return None
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    tagger.load(str(MODEL))
    return tagger


def learned_subject(doc: Document, sentence: Sentence | None, figure: Mapping[str, Any],
                    tagger: Any | None = None) -> tuple[str, int, int] | None:
    """(text, start, end) of the subject the model reads for a figure, or None to keep the rules'.

    ``figure`` holds the figure's fields (``quantity_start``, ``quantity_end``,
    ``unit``, ``unit_kind``, ``action``, ``qualifier``, ``direction``) and
    ``sentence`` is the one holding its quantity; see :class:`Reader`.
    """
    return Reader(doc, sentence, tagger).subject(figure)


class Reader:
    """The subject model over one sentence of a document, for each of its figures in turn.

    It reads nothing (:meth:`subject` is None, the rules' subjects stay) without
    a model or a sentence, or in a sentence with a tab: a table row, whose cells
    are no sentence.

    >>> from vnreport.pipeline import analyze
    >>> doc = analyze("Dự án có tổng mức đầu tư 801 tỷ đồng.")
    >>> Reader(doc, doc.sentences[0]).subject({"quantity_start": 25, "quantity_end": 37,
    ...                                        "unit": "đồng", "unit_kind": "currency"})
    ('tổng mức đầu tư', 9, 24)
    """

    def __init__(self, doc: Document, sentence: Sentence | None, tagger: Any | None = None) -> None:
        self.doc, self.sentence, self.tagger = doc, sentence, tagger
        self._tokens: _Tokens | None = None

    def subject(self, figure: Mapping[str, Any]) -> tuple[str, int, int] | None:
        """(text, start, end) of the subject read for ``figure`` (its fields), or None."""
        sentence = self.sentence
        if sentence is None or not sentence.words or "\t" in self.doc.text[sentence.start:sentence.end]:
            return None
        span = self.span(figure)
        if span is None:
            return None
        return span_text(sentence, span), sentence.tokens[span[0]].start, sentence.tokens[span[1] - 1].end

    def span(self, figure: Mapping[str, Any]) -> tuple[int, int] | None:
        """Token range of the tagged subject nearest the figure's quantity, or None."""
        tagger = self.tagger or model()
        q = quantity_tokens(self.sentence, figure) if self.sentence else None
        if tagger is None or q is None:
            return None
        if self._tokens is None:
            self._tokens = _Tokens(self.sentence)
        lo, hi = window(self.sentence, q)
        tags = tagger.tag(self._tokens.attributes(figure, q, (lo, hi)))
        return nearest([(lo + a, lo + b) for a, b in runs(tags)], q)


# ----------------------------------------------------------------------------- attributes


def window(sentence: Sentence, q: tuple[int, int]) -> tuple[int, int]:
    """The tokens the CRF reads for a quantity at tokens ``q``: up to :data:`WINDOW` on either side."""
    return max(0, q[0] - WINDOW), min(len(sentence.tokens), q[1] + WINDOW)


def attributes(sentence: Sentence, figure: Mapping[str, Any]) -> list[list[str]]:
    """Per token of the figure's :func:`window`, the attribute names the CRF reads.

    Raises ValueError when the figure's quantity is not in ``sentence``.
    """
    q = quantity_tokens(sentence, figure)
    if q is None:
        raise ValueError("the figure's quantity is not in the sentence")
    return _Tokens(sentence).attributes(figure, q, window(sentence, q))


def _counted(name: str) -> tuple[str, str, str]:
    return (f"{name}=0", f"{name}=1", f"{name}=2+")


_BETWEEN = tuple(_counted(name) for name in ("punct_between", "comma_between", "num_between", "cw_between",
                                              "verb_between"))
_SIDE_VERBS = {side: tuple(f"side_verb_between={side}{c}" for c in _COUNTS) for side in "LQR"}
_ZERO_BETWEEN = [counts[0] for counts in _BETWEEN] + [_SIDE_VERBS["Q"][0]]


class _Tokens:
    """What a sentence's tokens say whatever the figure, read for each figure in turn.

    The attributes of a token that do not depend on the figure are built the
    first time a figure's window takes it in, and kept.
    """

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        toks, words = sentence.tokens, sentence.words
        self.n = n = len(toks)
        self.low = low = [t.text.lower() for t in toks]
        self.word_of = word_of = [0] * n
        for wi, w in enumerate(words):
            for k in range(w.first, w.last):
                word_of[k] = wi
        self.pos = pos = [words[word_of[k]].pos for k in range(n)]
        self.number = [t.kind == "number" for t in toks]
        self.prefixes = [_prefix(flags) for flags in (
            (t.text in _CLAUSE_PUNCT for t in toks), (t.text in (",", ";") for t in toks), self.number,
            (x in _CLAUSE_WORDS for x in low), (p == "V" for p in pos))]
        self.static: list[list[str] | None] = [None] * n

    def _static(self, k: int) -> list[str]:
        """Token ``k``'s own attributes and its neighbours'."""
        toks, words, low, n = self.sentence.tokens, self.sentence.words, self.low, self.n
        wi = self.word_of[k]
        w = words[wi]
        wpos = "B" if k == w.first else "I"
        x = ["bias", "low=" + low[k], "shape=" + _shape(toks[k].text), "kind=" + toks[k].kind,
             "pos=" + w.pos, "wpos=" + wpos, "pos_wpos=" + w.pos + wpos, "word=" + w.text.lower(),
             "low[-2]=" + (low[k - 2] if k >= 2 else "BOS"), "low[-1]=" + (low[k - 1] if k >= 1 else "BOS"),
             "low[1]=" + (low[k + 1] if k + 1 < n else "EOS"), "low[2]=" + (low[k + 2] if k + 2 < n else "EOS"),
             "wpos[-1]=" + (words[wi - 1].pos if wi >= 1 else "BOUND"),
             "wpos[1]=" + (words[wi + 1].pos if wi + 1 < len(words) else "BOUND"),
             "bigram=" + (low[k - 1] if k else "BOS") + "|" + low[k]]
        if k == 0:
            x.append("BOS")
        if k == n - 1:
            x.append("EOS")
        self.static[k] = x
        return x

    def attributes(self, figure: Mapping[str, Any], q: tuple[int, int], span: tuple[int, int]) -> list[list[str]]:
        """The attributes of tokens ``span`` for ``figure``, whose quantity is at tokens ``q``."""
        word_of, pos, static = self.word_of, self.pos, self.static
        (q0, q1), (lo, hi) = q, span
        left, inside, right = range(lo, q0), range(q0, q1), range(q1, hi)
        unit = figure.get("unit")
        unit_kind = figure.get("unit_kind") or ("counted" if unit is None else "other")
        # per token, the figure's side and the word distance from the quantity (bucketed)
        qw0, qw1 = word_of[q0], word_of[q1 - 1] + 1
        sides = ["L"] * len(left) + ["Q"] * len(inside) + ["R"] * len(right)
        buckets = [_bucket(word_of[k] - qw0) for k in left] + ["0"] * len(inside) + [
            _bucket(word_of[k] - qw1 + 1) for k in right]
        columns = [
            ["side=" + side for side in sides],
            ["qpart=no"] * len(left) + ["qpart=num" if self.number[k] else "qpart=unit" for k in inside]
            + ["qpart=no"] * len(right),
            ["side_unitkind=" + side + unit_kind for side in sides],
            ["side_pos=" + side + pos[k] for side, k in zip(sides, range(lo, hi))],
            ["dw=" + b for b in buckets],
            ["dw_pos=" + b + pos[k] for b, k in zip(buckets, range(lo, hi))],
            ["dw_uk=" + b + unit_kind for b in buckets],
        ]
        # what lies between the token and the quantity: punctuation, commas, numbers, clause words, verbs
        for counts, p in zip(_BETWEEN, self.prefixes):
            columns.append([counts[min(p[q0] - p[k + 1], 2)] for k in left] + [counts[0]] * len(inside)
                           + [counts[min(p[k] - p[q1], 2)] for k in right])
        verbs, p = _SIDE_VERBS, self.prefixes[4]
        columns.append([verbs["L"][min(p[q0] - p[k + 1], 2)] for k in left] + [verbs["Q"][0]] * len(inside)
                       + [verbs["R"][min(p[k] - p[q1], 2)] for k in right])
        act = _action_span(self.sentence, figure.get("action"), q)
        if act is None:
            columns.append(["in_action=False"] * (hi - lo))
        else:
            columns.append([f"in_action={act[0] <= k < act[1]}" for k in range(lo, hi)])
            columns.append([f"after_action={k >= act[1]}" for k in range(lo, hi)])
        tail = [
            "unit_kind=" + unit_kind,
            "unit=" + str(unit or "none").lower(),
            "has_action=" + str(figure.get("action") is not None),
            "has_qual=" + str(figure.get("qualifier") is not None),
            "direction=" + str(figure.get("direction")),
        ]
        return [[*(static[k] or self._static(k)), *row, *tail] for k, row in zip(range(lo, hi), zip(*columns))]


def _prefix(flags: Iterable[bool]) -> list[int]:
    """How many flags are set before each index (the sums of ``flags[:i]``)."""
    return list(accumulate(flags, initial=0))


def _shape(s: str) -> str:
    if s.isalpha():  # the common case, first: letters only
        return "UPPER" if s.isupper() and len(s) > 1 else "Title" if s[0].isupper() else "lower"
    if any(ch.isdigit() for ch in s):
        return "digit"
    if not any(ch.isalpha() for ch in s):
        return "punct"
    if s.isupper() and len(s) > 1:
        return "UPPER"
    return "Title" if s[0].isupper() else "lower"


def _bucket(d: int) -> str:
    a = abs(d)
    if a <= 6:
        return str(d)
    return ("-" if d < 0 else "+") + ("7-10" if a <= 10 else "11-20" if a <= 20 else "21+")


def _action_span(sentence: Sentence, action: str | None, q: tuple[int, int]) -> tuple[int, int] | None:
    """Where the figure's action is written: its occurrence nearest the quantity, left of it if any."""
    found = occurrences(sentence, action)
    return nearest([o for o in found if o[1] <= q[1]] or found, q)


# ----------------------------------------------------------------------------- spans


def quantity_tokens(sentence: Sentence, figure: Mapping[str, Any]) -> tuple[int, int] | None:
    """Token range of the sentence overlapping the figure's quantity characters, or None."""
    start, end = figure["quantity_start"], figure["quantity_end"]
    inside = [i for i, t in enumerate(sentence.tokens) if t.start < end and start < t.end]
    return (inside[0], inside[-1] + 1) if inside else None


def occurrences(sentence: Sentence, phrase: str | None) -> list[tuple[int, int]]:
    """Token ranges of the sentence that spell ``phrase`` (match keys, spaces ignored)."""
    target = "".join(match_key(phrase).split()) if phrase else ""
    if not target:
        return []
    keys = sentence.keys
    out = []
    for a in range(len(keys)):
        acc = ""
        for b in range(a, len(keys)):
            acc += "".join(keys[b].split())
            if not target.startswith(acc):
                break
            if acc == target:
                out.append((a, b + 1))
                break
    return out


def runs(tags: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the B-S I-S* runs (an I-S after O opens one too)."""
    out, start = [], None
    for k, tag in enumerate([*tags, "O"]):
        if tag in ("B-S", "O") and start is not None:
            out.append((start, k))
            start = None
        if tag == "B-S" or (tag == "I-S" and start is None):
            start = k
    return out


def nearest(spans: list[tuple[int, int]], q: tuple[int, int]) -> tuple[int, int] | None:
    """The span nearest the quantity ``q`` (token ranges); a tie goes to the right, then the earlier."""
    def distance(span: tuple[int, int]) -> int:
        return q[0] - span[1] if span[1] <= q[0] else span[0] - q[1] if span[0] >= q[1] else 0

    return min(spans, key=lambda s: (distance(s), 0 if s[0] >= q[1] else 1, s[0]), default=None)


def span_text(sentence: Sentence, span: tuple[int, int]) -> str:
    """The tokens of ``span``, one space wherever the text had any whitespace between them."""
    toks = sentence.tokens[span[0]:span[1]]
    return "".join((" " if i and t.start > toks[i - 1].end else "") + t.text for i, t in enumerate(toks))
