"""A figure's subject chosen among the phrases written around its quantity.

The subject of "cắt giảm 220 biên chế" is a run of words near the quantity
("biên chế"); which run, and where it ends, is what the rules and a B/I/O
tagger got wrong most often (the gold's "giá nước đầu vào" read as "giá nước").
Here every run of one to :data:`MAX_TOKENS` syllables in the figure's
:class:`~vnreport.figure_crf.Window` that starts with a letter, ends with a letter
or digit and does not cross the quantity or its qualifier is a candidate, and so
are the rules' subject and "no subject". Each candidate is described by what a reader weighs: its first and
last words and their part of speech, the words just outside it, its length,
how far it lies from the quantity and on which side, whether a comma, a verb or
another figure stands between, the first noun in it, the words and parts of
speech inside it (between its first and last), whether it holds another
figure, whether it holds or cuts a name, and
where the rules put the subject. A linear model scores them all and the best
wins: :class:`Ranker`, whose weights are learnt from the development gold by
the mean of three averaged perceptrons (:func:`train`, run by ``scripts/train_figure_crf.py``).

Scoring span features as a whole is what the tagger could not do: "ends on a
verb", "the run right after it is 'của'", "the first noun is 'giá'" are
properties of a phrase, not of one syllable.

Where the rules put together a subject the window does not spell in one piece,
it stays as they read it (:func:`vnreport.figure_crf.reread_subject`).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import random
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .figure_crf import _BRACKETS, _COMMAS
from .models import FIGURE_CRF_DIR

if TYPE_CHECKING:
    from .figure_crf import Window

#: the longest candidate, in syllables, but for the rules' subject (98.5% of development
#: subjects fit the window and this)
MAX_TOKENS = 10
#: passes of the perceptron over the training figures
EPOCHS = 8
#: perceptrons averaged into the model, each visiting the figures in orders of its own
RUNS = 3
#: the model file, beside the action CRF
MODEL_PATH = FIGURE_CRF_DIR / "subject.json"
_NOUNS = {"N", "Nc", "Np", "Nu"}
_NAMES = ("person", "organization", "location")


def _bucket(n: int) -> str:
    return str(n) if n <= 4 else "5-6" if n <= 6 else "7-9" if n <= 9 else "10+"


class Candidates:
    """The candidate subjects of one window and their features.

    A candidate's features are the union of four groups, so that scoring all
    of them costs little more than a look-up per group: what it starts with
    (:attr:`starts`, per first token), what it ends with (:attr:`ends`, per
    last token), what follows it (:attr:`follows`, per token after it) and
    :meth:`pair` features of the whole run. The side of the quantity a run
    lies on is fixed by any of its tokens, so the features of its edge nearest
    the quantity (distance, what lies between) go with that edge's token.
    """

    def __init__(self, window: "Window"):
        self.window = w = window
        sy, toks = w.syllables, w.sentence.tokens
        self.n = n = len(toks)
        self.pos = pos = sy.pos
        self.low = [t.text.lower() for t in toks]
        fig = w.figure
        self.kind = kind = fig.attrs.get("unit_kind") or ("noun" if fig.attrs.get("unit") else "none")
        unit = (fig.attrs.get("unit") or "-").lower()
        qb, qb2 = self._low(w.first - 1), self._low(w.first - 2)
        word_of = sy.word_of
        # the figure's own words: its quantity and the qualifier right before it ("độ 200 nghìn đồng")
        own = w.first
        qualifier = w.find(fig.attrs.get("qualifier"))
        if qualifier and qualifier[1] == w.first and toks[qualifier[0]].start >= fig.start:
            own = qualifier[0]
        self.spans: list[tuple[int, int]] = []
        for a in range(w.lo, w.hi):
            if own <= a < w.last or not toks[a].text[:1].isalpha():
                continue
            for b in range(a + 1, min(w.hi, a + MAX_TOKENS) + 1):
                if own <= b - 1 < w.last:
                    break
                if toks[b - 1].text[:1].isalnum():
                    self.spans.append((a, b))
        # the rules' subject is always a candidate, however long
        if w.subject_at and w.subject_at not in self.spans and (w.subject_at[1] <= own or w.subject_at[0] >= w.last):
            self.spans.append(w.subject_at)
        # the tokens of the quantities of the window's other figures, not of the range or change
        # this one is linked with ("từ 10 đến 20 tấn"): a phrase holding one, or beyond one, is
        # seldom what this one counts ("đạt 583 điểm và SAT 1.270 điểm": "SAT")
        linked = {id(fig), id(fig.shares_action_of)}
        others = [(s.attrs.get("quantity_start", s.start), s.attrs.get("quantity_end", s.end)) for s in w.spans
                  if s.label == "figure" and id(s) not in linked and s.shares_action_of is not fig
                  and s.start < sy.ends[w.hi - 1] and sy.starts[w.lo] < s.end]
        self.in_figure = {k: any(s < toks[k].end and toks[k].start < e for s, e in others) for k in range(w.lo, w.hi)}
        # the nearest edge: its distance in words and what lies between it and the quantity
        self.rel: dict[int, str] = {}
        near: dict[int, list[str]] = {}
        for side, order in (("L", range(w.first - 1, w.lo - 1, -1)), ("R", range(w.last, w.hi))):
            between: set[str] = set()
            for k in order:
                d = word_of[w.first] - word_of[k] if side == "L" else word_of[k] - word_of[w.last - 1]
                self.rel[k] = rel = side + _bucket(d)
                f = ["rel=" + rel, "uk|side=" + kind + "|" + side, "qb|side=" + qb + "|" + side,
                     "qb2|side=" + qb2 + "|" + qb + "|" + side]
                f += ["btw=" + x for x in sorted(between)] or ["btw=none"]
                f += ["btw|side=" + x + "|" + side for x in sorted(between)]
                near[k] = f
                text = toks[k].text
                if text in _COMMAS:
                    between.add("comma")
                if text in _BRACKETS:
                    between.add("brk")
                if pos[k] == "V":
                    between.add("verb")
                if self.in_figure[k]:
                    between.add("fig")
        self.starts: dict[int, list[str]] = {}
        self.ends: dict[int, list[str]] = {}
        self.follows: dict[int, list[str]] = {}
        for k in near:
            side = self.side(k)
            fw, fp, pw, pp = self.low[k], pos[k], self._low(k - 1), self._pos(k - 1)
            f = ["fw=" + fw, "fp=" + fp, "pw=" + pw, "pp=" + pp, "pp|fp=" + pp + "|" + fp, "side|fp=" + side + "|" + fp,
                 "side|pw=" + side + "|" + pw, "uk|fw=" + kind + "|" + fw, "unit|fw=" + unit + "|" + fw]
            f += ["fL=" + c for c in sy.classes[k]]
            f += ["fc=" + c for c in self._clusters(k)] + ["pc=" + c for c in self._clusters(k - 1)]
            if k > 0 and word_of[k] == word_of[k - 1]:
                f.append("splitA")
            if side == "R":
                f += near[k]
            self.starts[k] = f
            lw = self.low[k]
            f = ["lw=" + lw, "lp=" + pos[k], "unit|lw=" + unit + "|" + lw]
            f += ["lL=" + c for c in sy.classes[k]] + ["lc=" + c for c in self._clusters(k)]
            if side == "L":
                f += near[k]
            self.ends[k] = f
            b = k + 1  # the token after a run ending at k
            nw, np_ = self._low(b), self._pos(b)
            f = ["nw=" + nw, "np=" + np_, "lp|np=" + pos[k] + "|" + np_, "side|nw=" + side + "|" + nw,
                 "lw|nw=" + lw + "|" + nw]
            if b < n:
                f += ["nL=" + c for c in sy.classes[b]]
                if word_of[b] == word_of[k]:
                    f.append("splitB")
            self.follows[b] = f
        # the first noun at or after each token, and the names in the sentence
        self.noun_from: dict[int, int] = {}
        nxt = n
        for k in range(min(n, w.hi) - 1, w.lo - 1, -1):
            if pos[k] in _NOUNS:
                nxt = k
            self.noun_from[k] = nxt
        # running counts of verbs, commas and "và" from the window's start, for a run's inside
        self._counts: dict[str, list[int]] = {"V": [0], ",": [0], "và": [0]}
        for k in range(w.lo, w.hi):
            for name, holds in (("V", pos[k] == "V"), (",", toks[k].text in _COMMAS), ("và", self.low[k] == "và")):
                self._counts[name].append(self._counts[name][-1] + holds)
        self.names = [(s.label, s.start, s.end) for s in w.spans
                      if s.label in _NAMES and s.start < sy.ends[w.hi - 1] and sy.starts[w.lo] < s.end]
        self.rules_at = w.subject_at
        rules_state = "y" if w.subject_at else "n" if not fig.attrs.get("subject") else "x"
        self.none = ["NONE", "NONE|uk=" + kind, "NONE|R=" + rules_state, "NONE|qb=" + qb]

    def _low(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else "<>"

    def _clusters(self, k: int) -> list[str]:
        """Token ``k``'s coarse and fine clusters (["-"] for a token without, [] outside the sentence)."""
        if not 0 <= k < self.n:
            return []
        cluster = self.window.syllables.clusters[k]
        return list(cluster) if cluster else ["-"]

    def _pos(self, k: int) -> str:
        return self.pos[k] if 0 <= k < self.n else "<>"

    def side(self, k: int) -> str:
        return "L" if k < self.window.first else "R"

    def pair(self, a: int, b: int) -> list[str]:
        """Features of the run ``[a, b)`` as a whole."""
        side, pos, low = self.side(a), self.pos, self.low
        rel = self.rel[b - 1] if side == "L" else self.rel[a]
        length = _bucket(b - a)
        f = ["len=" + length, "rel|len=" + rel + "|" + length, "fp|lp=" + pos[a] + "|" + pos[b - 1],
             "rel|fp=" + rel + "|" + pos[a], "fw|lw=" + low[a] + "|" + low[b - 1]]
        lo, counts = self.window.lo, self._counts
        if counts["V"][b - lo] > counts["V"][a - lo]:
            f += ["hasV", "hasV|side=" + side]
        if counts[","][b - lo] > counts[","][a - lo]:
            f.append("hascomma")
        if counts["và"][b - lo] > counts["và"][a - lo]:
            f.append("hasva")
        if any(self.in_figure[k] for k in range(a, b)):
            f += ["hasfig", "hasfig|side=" + side]
        toks = self.window.sentence.tokens
        h = self.noun_from[a]
        f += ["hw=" + (low[h] if h < b else "<none>"), "hp|side=" + (pos[h] if h < b else "-") + "|" + side]
        r = self.rules_at
        if r:
            if (a, b) == r:
                f.append("R=eq")
            elif a == r[0]:
                f.append("R=sa")
            elif b == r[1]:
                f.append("R=sb")
            elif a <= r[0] and r[1] <= b:
                f.append("R=cont")
            elif r[0] <= a and b <= r[1]:
                f.append("R=in")
        # the words and parts of speech inside the run, between its first and last: a "trong", a
        # "của" or a verb there often says the run has gone on past the phrase counted
        inside = range(a + 1, b - 1)
        f += ["inP=" + p for p in sorted({pos[k] for k in inside})]
        f += ["inW=" + word for word in sorted({low[k] for k in inside})]
        start, end = toks[a].start, toks[b - 1].end
        for label, s, e in self.names:
            if s < end and start < e:
                f.append(("has_" if start <= s and e <= end else "cuts_") + label)
        return f

    def pair_scores(self, weights: dict[str, int]) -> dict[tuple[int, int], int]:
        """Each candidate run's :meth:`pair` features scored at once, with ``weights`` (a feature's
        integer weight; 0 when absent): the score of ``(a, b)`` is the sum over ``pair(a, b)``.

        The runs that start at one token are scored together, shortest first, so the words and
        parts of speech inside a run are the previous run's plus one, not gathered again; a
        feature that recurs across runs ("len=3", "fp|lp=N|N") is looked up once per window."""
        get = weights.get

        def weight(name: str) -> int:
            return get(name, 0)

        pos, low, lo, counts, in_figure = self.pos, self.low, self.window.lo, self._counts, self.in_figure
        toks, r, names = self.window.sentence.tokens, self.rules_at, self.names
        verbs, commas, va = counts["V"], counts[","], counts["và"]
        comma_w, va_w = weight("hascomma"), weight("hasva")
        # what depends on the run's length alone (every run, the rules' too, lies in the window), and
        # on its nearest edge's distance and its length
        lengths = {d: _bucket(d) for d in range(1, self.window.hi - self.window.lo + 1)}
        by_length = {d: weight("len=" + length) for d, length in lengths.items()}
        rel_length: dict[tuple[str, int], int] = {}
        pos_pair: dict[tuple[str, str], int] = {}
        rel_pos: dict[tuple[str, str], int] = {}
        by_start: dict[int, list[int]] = {}
        for a, b in self.spans:
            by_start.setdefault(a, []).append(b)
        # the names each token overlaps: a run overlaps the names of its tokens
        touching_token = {k: [m for m, (_, s, e) in enumerate(names) if s < toks[k].end and toks[k].start < e]
                          for k in range(self.window.lo, self.window.hi)} if names else {}
        scores: dict[tuple[int, int], int] = {}
        for a, ends in by_start.items():
            side, pa, wa = self.side(a), pos[a], low[a]
            h = self.noun_from[a]
            with_head = weight("hw=" + low[h]) + weight("hp|side=" + pos[h] + "|" + side) if h < self.n else 0
            headless = weight("hw=<none>") + weight("hp|side=-|" + side)
            has_verb, has_fig = weight("hasV") + weight("hasV|side=" + side), weight("hasfig") + weight("hasfig|side=" + side)
            first_words = "fw|lw=" + wa + "|"
            inside_pos: set[str] = set()
            inside_words: set[str] = set()
            inside, holds_figure, touching = 0, False, set()
            grown = a + 1  # the tokens a+1 .. grown-1 are inside the run
            seen = a  # the tokens a .. seen-1 were looked at for another figure and for names
            for b in sorted(ends):
                last = b - 1
                for k in range(seen, b):
                    if in_figure[k]:
                        holds_figure = True
                    if names:
                        touching.update(touching_token[k])
                if b > seen:
                    seen = b
                for k in range(grown, last):
                    if pos[k] not in inside_pos:
                        inside_pos.add(pos[k])
                        inside += get("inP=" + pos[k], 0)
                    if low[k] not in inside_words:
                        inside_words.add(low[k])
                        inside += get("inW=" + low[k], 0)
                if last > grown:
                    grown = last
                rel = self.rel[last] if side == "L" else self.rel[a]
                d = b - a
                if (v := rel_length.get((rel, d))) is None:
                    v = rel_length[(rel, d)] = get("rel|len=" + rel + "|" + lengths[d], 0)
                score = v + by_length[d]
                pl = pos[last]
                if (v := pos_pair.get((pa, pl))) is None:
                    v = pos_pair[(pa, pl)] = get("fp|lp=" + pa + "|" + pl, 0)
                score += v
                if (v := rel_pos.get((rel, pa))) is None:
                    v = rel_pos[(rel, pa)] = get("rel|fp=" + rel + "|" + pa, 0)
                score += v + get(first_words + low[last], 0) + inside + (with_head if h < b else headless)
                if verbs[b - lo] > verbs[a - lo]:
                    score += has_verb
                if commas[b - lo] > commas[a - lo]:
                    score += comma_w
                if va[b - lo] > va[a - lo]:
                    score += va_w
                if holds_figure:
                    score += has_fig
                if r:
                    relation = ("R=eq" if (a, b) == r else "R=sa" if a == r[0] else "R=sb" if b == r[1]
                                else "R=cont" if a <= r[0] and r[1] <= b else "R=in" if r[0] <= a and b <= r[1] else "")
                    if relation:
                        score += get(relation, 0)
                if touching:
                    start, end = toks[a].start, toks[last].end
                    for m in touching:
                        label, s, e = names[m]
                        score += get(("has_" if start <= s and e <= end else "cuts_") + label, 0)
                scores[(a, b)] = score
        return scores

    def features(self, i: int) -> list[str]:
        """All features of candidate ``i`` (the last candidate, ``len(self.spans)``, is "no subject")."""
        if i == len(self.spans):
            return self.none
        a, b = self.spans[i]
        return self.starts[a] + self.ends[b - 1] + self.follows[b] + self.pair(a, b)

    def __len__(self) -> int:
        return len(self.spans) + 1

    def index(self, span: tuple[int, int] | None) -> int | None:
        """The candidate that is ``span`` (None: "no subject"), or None when none is."""
        if span is None:
            return len(self.spans)
        try:
            return self.spans.index(span)
        except ValueError:
            return None

    def text(self, i: int) -> str | None:
        if i == len(self.spans):
            return None
        a, b = self.spans[i]
        toks = self.window.sentence.tokens
        return self.window.doc.text[toks[a].start : toks[b - 1].end]

    def digest(self) -> str:
        """The SHA-256 of every candidate's features, in order (what a training reads of the window)."""
        h = hashlib.sha256()
        for i in range(len(self)):
            h.update(("\t".join(self.features(i)) + "\n").encode("utf-8"))
        return h.hexdigest()


class Ranker:
    """The linear model over candidates' features: the best-scoring candidate is the subject.

    The weights are written with four decimals; scores are summed in whole ten-thousandths, so
    they are exact and no order of summing moves a tie."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        self._units = {name: round(value * 10_000) for name, value in weights.items()}

    def best(self, candidates: Candidates) -> int:
        """The index of the best candidate ("no subject" wins a tie, then the first candidate)."""
        get, zeros = self._units.get, itertools.repeat(0)
        score = lambda f: sum(map(get, f, zeros))  # noqa: E731
        starts = {k: score(f) for k, f in candidates.starts.items()}
        ends = {k: score(f) for k, f in candidates.ends.items()}
        follows = {k: score(f) for k, f in candidates.follows.items()}
        pairs = candidates.pair_scores(self._units)
        best, top = len(candidates.spans), score(candidates.none)
        for i, (a, b) in enumerate(candidates.spans):
            s = starts[a] + ends[b - 1] + follows[b] + pairs[(a, b)]
            if s > top:
                best, top = i, s
        return best

    def choose(self, window: "Window") -> str | None:
        """The subject the model picks in ``window`` (None: the figure counts no written phrase)."""
        candidates = Candidates(window)
        return candidates.text(self.best(candidates))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "Ranker":
        return cls(json.loads(path.read_text(encoding="utf-8"))["weights"])


@functools.cache
def ranker() -> Ranker | None:
    """The shipped subject model, or None when the package holds none."""
    return Ranker.load() if MODEL_PATH.exists() else None


def train(examples: Iterable[tuple[Candidates, int]], epochs: int = EPOCHS, runs: int = RUNS) -> dict[str, float]:
    """Weights of ``runs`` averaged perceptrons over ``examples`` (candidates, index of the gold one), averaged.

    Each pass of run ``r`` visits the examples in an order shuffled by the pass's number plus
    1000 ``r``; a wrong best candidate, picked as :meth:`Ranker.best` picks it ("no subject" wins
    a tie), moves the weights towards the gold one's features and away from its own. One
    perceptron's weights depend on the order it met the examples in; the mean of a few that met
    them in different orders is steadier (cross-validated on the development gold, three runs
    chose 0.6536 of subjects right against one run's 0.6498, the mean over eight fold shuffles,
    better on each). The mean weights, rounded to four decimals (zeros dropped), are returned: the
    same examples give the same weights, byte for byte once written.
    """
    ids: dict[str, int] = {}
    data: list[tuple[array, array, int]] = []  # per example: feature ids, each candidate's end offset, gold
    for candidates, gold in examples:
        flat, offsets = array("i"), array("i")
        for i in range(len(candidates)):
            flat.extend(ids.setdefault(x, len(ids)) for x in candidates.features(i))
            offsets.append(len(flat))
        data.append((flat, offsets, gold))
    total = [0.0] * len(ids)
    for run in range(runs):
        for i, weight in enumerate(_averaged_perceptron(data, len(ids), epochs, run)):
            total[i] += weight
    names = sorted(ids, key=ids.get)
    weights = {name: round(total[i] / runs, 4) for i, name in enumerate(names)}
    return {name: v for name, v in sorted(weights.items()) if v}


def _averaged_perceptron(data: list[tuple[array, array, int]], size: int, epochs: int, run: int) -> list[float]:
    """One averaged perceptron's weights over the encoded examples (see :func:`train`)."""
    w = [0.0] * size
    u = [0.0] * size  # the updates weighted by when they happened, for the average
    step = 1
    for epoch in range(epochs):
        order = list(range(len(data)))
        random.Random(epoch + 1000 * run).shuffle(order)
        for n in order:
            flat, offsets, gold = data[n]
            # the best candidate as the ranker picks it: "no subject" wins a tie, then the first
            none = len(offsets) - 1
            best, top, lo = none, sum(w[x] for x in flat[offsets[none - 1] if none else 0 : offsets[none]]), 0
            for i, hi in enumerate(offsets[:-1]):
                s = sum(w[x] for x in flat[lo:hi])
                if s > top:
                    best, top = i, s
                lo = hi
            if best != gold:
                for i, sign in ((gold, 1.0), (best, -1.0)):
                    for x in flat[(offsets[i - 1] if i else 0) : offsets[i]]:
                        w[x] += sign
                        u[x] += sign * step
            step += 1
    return [w[i] - u[i] / step for i in range(size)]


def write(path: Path, weights: dict[str, float], **settings) -> None:
    """The model file: its settings and weights as JSON, keys sorted (the same weights, the same bytes)."""
    data = {**settings, "weights": weights}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8",
                    newline="\n")
