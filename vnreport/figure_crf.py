"""A figure's subject and action re-read by models trained on the gold annotations.

The figure recognizer's rules give each figure a subject and an action
("cắt giảm 220 biên chế" -> "biên chế", "cắt giảm"). Those rules were written
against the development gold and carry over to unseen reports less well than
they fit it. This stage reads the syllables around each figure (a
:class:`Window`) again, with models trained on the development gold
(``scripts/train_figure_crf.py``): a linear-chain CRF marks the action (B/I/O),
and the subject model of :mod:`vnreport.figure_subjects` picks the subject
among the phrases written around the quantity. The CRF's features are the
words, their part of speech, their distributional clusters (those of the
entity model, learnt from unlabelled news: "căn", "chiếc" and "người" share a
coarse one), their distance from the quantity, the words just before it ("có",
"phát hiện"), the word classes of the figure vocabulary (classifiers, measure
nouns, copulas ...) and what the rules found: where their subject and action
are. So the models learn when to keep the rules' answer and when to move it.

* The subject model's best candidate replaces the rules' subject, "no subject"
  included.
* The action the CRF marks nearest the quantity replaces the rules', also when
  it marks none (many figures have no governing verb); a new action takes its
  direction from the figure vocabulary.
* What the rules found and the window does not spell in one piece (a subject
  put together from two places, "cao nhất ... 29-33 độ C" -> "Nhiệt độ cao
  nhất") stays: the models cannot see it. A marked action without a letter, or
  one that overlaps the quantity, is no answer.

The models ship in ``vnreport/data/figure_crf/``; without them (or with
``stages`` that leave this stage out: :data:`vnreport.pipeline.RULES_ONLY`)
figures keep what the rules gave.
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from .document import Document, Sentence
from .models import FIGURE_CRF_DIR as MODEL_DIR
from .models import figure_tagger
from .ner import cluster_key, clusters
from .spans import Span
from .textkey import match_key

if TYPE_CHECKING:
    from .figure_subjects import Ranker

#: the figure fields re-read: the subject by the subject model, the action by a CRF
FIELDS = ("subject", "action")
#: tokens read before the quantity's first token and after its last
LEFT, RIGHT = 25, 15
#: word lists of figures.json whose membership is a feature
WORD_CLASSES = (
    "actions", "auxiliaries", "casualty_states", "classifiers", "comparison_markers", "coordinators", "copulas",
    "degree_words", "duration_nouns", "having_verbs", "label_prepositions", "measure_nouns", "measure_verbs",
    "money_nouns", "negators", "nominal_heads", "partitive_markers", "partitives", "passive_markers", "pivot_verbs",
    "qualifiers", "reporting_verbs", "subject_strip", "time_prepositions",
)
_COMMAS = {",", ";", ":"}
#: names a marked run may not end inside (a place keeps its type word: "mực nước hồ | Hòa Bình")
_CUT_NAMES = {"person", "organization"}
_BRACKETS = {"(", ")", "[", "]", "\"", "“", "”", "‘", "’", "«", "»"}


@functools.cache
def word_classes() -> dict[str, tuple[str, ...]]:
    """Each word (lower case) of the figure vocabulary with the classes it is in."""
    from .numbers import load_data

    data = load_data()
    classes: dict[str, tuple[str, ...]] = {}
    for name in WORD_CLASSES:
        entries = data[name]
        if name == "actions":  # direction -> verbs
            entries = [verb for verbs in entries.values() for verb in verbs]
        for entry in {e.lower() for e in entries}:
            classes[entry] = classes.get(entry, ()) + (name,)
    return classes


@functools.lru_cache(maxsize=8192)  # bounded: a worker's memory stays flat over a long batch
def _classes_of(word: str, syllable: str) -> tuple[str, ...]:
    """The word classes of a word or of its syllable, in the order of WORD_CLASSES."""
    classes = word_classes()
    found = set(classes.get(word, ())) | set(classes.get(syllable, ()))
    return tuple(name for name in WORD_CLASSES if name in found)


def reread_figures(doc: Document) -> Document:
    """Pipeline stage: each figure's subject as the subject model picks it and its action as the
    action CRF marks it (see the module)."""
    from .figure_subjects import ranker

    tagger, subjects = figure_tagger("action"), ranker()
    if tagger is None or subjects is None:
        return doc
    reader = Reader(doc)
    # every figure is read before any is rewritten: the model sees the other figures of a sentence
    # as the rules left them, as in training
    read = [(span, reread_subject(window, subjects), reread_action(window, tagger.tag(window.features())))
            for span in doc.spans if span.label == "figure" and (window := reader.window(span)) is not None]
    for span, subject, action in read:
        if span.shares_action_of is not None:
            action = span.shares_action_of.attrs.get("action")  # as the figure it follows now reads
        span.attrs["subject"] = subject
        if action != span.attrs.get("action"):
            span.attrs["action"] = action
            span.attrs["direction"] = direction(action)
    return doc


def training_instances(doc: Document, gold_figures: list[dict], name: str) -> list[dict]:
    """What the action CRF and the subject model are trained on from one gold document, ``doc``
    as the stages before them leave it (:data:`vnreport.pipeline.BEFORE_REREAD`): per figure the
    rules found and the gold matches (an overlapping quantity of the same value), its document
    ``name``, window and features, and per field the gold phrase and the rules' phrase; for the
    action also the gold's B/I/O labels (None when the window does not spell it), for the subject the gold's place
    among the window's candidates (``choice``: "no subject" when the gold has none or the window
    does not spell it, None when the window spells it but no candidate is it, a phrase over
    :data:`vnreport.figure_subjects.MAX_TOKENS` syllables) and the digest of their features."""
    from .figure_subjects import Candidates
    from .scoring import Score, match_gold, same_number

    figures = [(s.attrs.get("quantity_start", s.start), s.attrs.get("quantity_end", s.end), s.attrs.get("value"), s)
               for s in doc.spans if s.label == "figure"]
    reader = Reader(doc)
    out = []
    for g, span in match_gold(gold_figures, figures, Score(), same_number, [], name, "figure"):
        if (window := reader.window(span)) is None:
            continue
        item = {"doc": name, "window": window, "features": window.features()}
        item["action"] = {"gold": g.get("action"), "labels": window.labels(g.get("action")),
                          "rules": span.attrs.get("action")}
        candidates = Candidates(window)
        # a gold subject the window does not spell is trained as "no subject": the window offers no right
        # phrase (leaving such figures out, as the action's training does, cross-validated 0.6391 against 0.6410)
        item["subject"] = {"gold": g.get("subject"), "rules": span.attrs.get("subject"),
                           "choice": candidates.index(window.find(g.get("subject")) if g.get("subject") else None),
                           "candidates_sha256": candidates.digest()}
        out.append(item)
    return out


def reread_subject(window: "Window", subjects: "Ranker") -> str | None:
    """The figure's subject: the rules' where the window does not spell it in one piece, else
    the candidate phrase the subject model scores best (:mod:`vnreport.figure_subjects`)."""
    rules = window.figure.attrs.get("subject")
    if rules and window.subject_at is None:
        return rules
    choice = subjects.choose(window)
    return rules if rules and _runs_into_names(window, choice) else choice


def _runs_into_names(window: "Window", choice: str | None) -> bool:
    """The rules' subject is a lower-case type word of places or bodies right after the quantity
    and ``choice`` runs on from it into the names after it ("hai tỉnh | Hiệp Tây và Sơn Tây"): the
    number counts the type, the names list the items, as the rules read it (cross-validated on
    session 38's development articles, where a type word's rules subject and the model's run into
    names parted, the rules were right 13 times and the model once)."""
    if not choice or window.subject_at is None or window.subject_at[0] != window.last:
        return False
    a, b = window.subject_at
    toks = window.sentence.tokens
    picked = window.find(choice)
    if (picked is None or picked[0] != a or picked[1] <= b or not toks[a].text[:1].islower()
            or not toks[b].text[:1].isupper()):
        return False
    from .gazetteer import gazetteers

    gaz, keys = gazetteers(), window.sentence.keys
    return any(gaz[g].match_at(keys, a) == b - a for g in ("org_head", "admin_unit"))


def reread_action(window: "Window", tags: list[str]) -> str | None:
    """The figure's action once the action CRF has tagged the window (see the module): the
    rules' where the window does not spell it; else the marked run, in lower case, or none."""
    rules = window.figure.attrs.get("action")
    if rules and window.action_at is None:
        return rules
    marked = window.marked(tags)
    return marked.lower() if marked else None


def direction(action: str | None) -> str | None:
    """"+" or "-" for a verb of change (by the figure vocabulary, or by its first syllable:
    "tăng lên"), else None."""
    if not action:
        return None
    from .recognizers.figures import _phrase, lexicon

    verbs = lexicon().actions
    syllables = _phrase(action)
    return verbs.get(syllables) or verbs.get(syllables[:1])


def _key(text: str) -> str:
    """The match key with runs of white space as one space ("tịch thu  và" = "tịch thu và")."""
    return " ".join(match_key(text).split())


class Syllables:
    """What the CRFs read of a sentence's tokens whatever the figure: each token's word, part
    of speech and attributes (the token, its word, shape, word classes, neighbours). Built once
    per sentence and shared by the windows of its figures."""

    def __init__(self, sentence: Sentence):
        toks = sentence.tokens
        self.starts = [t.start for t in toks]
        self.ends = [t.end for t in toks]
        self.word_of = sentence.word_of()
        words = [sentence.words[wi] for wi in self.word_of]
        self.pos = [w.pos for w in words]
        lows = [t.text.lower() for t in toks]
        table = clusters()
        self.classes: list[tuple[str, ...]] = []
        self.clusters: list[tuple[str, str] | None] = []  # coarse and fine, None for a token without
        self.attributes: list[list[str]] = []
        for k, (t, word, low) in enumerate(zip(toks, words, lows)):
            wlow = word.text.lower()
            f = ["b", "w=" + low, "p=" + self.pos[k], "sh=" + _shape(t.text)]
            if word.last - word.first > 1:
                f += ["wd=" + wlow, "wb=" + ("B" if k == word.first else "I")]
            self.classes.append(_classes_of(wlow, low))
            cluster = table.get(cluster_key(t.text, sentence.keys[k]))
            self.clusters.append(cluster)
            if cluster:
                f += ["c1=" + cluster[0], "c2=" + cluster[1]]
            f += ["L=" + name for name in self.classes[-1]]
            for d in (-2, -1, 1, 2):
                j = k + d
                if 0 <= j < len(toks):
                    f += [f"w[{d}]=" + lows[j], f"p[{d}]=" + self.pos[j]]
                else:
                    f.append(f"w[{d}]=<>")
            f.append("p-1|p=" + (self.pos[k - 1] if k else "<>") + "|" + self.pos[k])
            self.attributes.append(f)


class Reader:
    """The windows of one document's figures, each sentence's :class:`Syllables` and list of
    the spans over it built once."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._starts = [s.start for s in doc.sentences]
        self._syllables: dict[int, Syllables] = {}
        self._spans: dict[int, list[Span]] = {}
        for span in doc.spans:  # each span under every sentence it overlaps
            i = max(bisect.bisect_right(self._starts, span.start) - 1, 0)
            while i < len(self._starts) and self._starts[i] < span.end:
                if span.start < doc.sentences[i].end:
                    self._spans.setdefault(i, []).append(span)
                i += 1

    def window(self, figure: Span) -> "Window | None":
        """The window around ``figure``'s quantity, or None when no sentence holds it."""
        start = figure.attrs.get("quantity_start", figure.start)
        end = figure.attrs.get("quantity_end", figure.end)
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0 or start >= (sentence := self.doc.sentences[i]).end:
            return None
        if i not in self._syllables:
            self._syllables[i] = Syllables(sentence)
        syllables = self._syllables[i]
        first, last = bisect.bisect_right(syllables.ends, start), bisect.bisect_left(syllables.starts, end)
        if first >= last:
            return None
        return Window(self.doc, sentence, syllables, figure, first, last, self._spans.get(i, []))


class Window:
    """The tokens of a figure's sentence around its quantity, ``tokens[lo:hi]``, with where the
    rules' subject and action are written in it (``subject_at``, ``action_at``: token ranges,
    None when the window does not spell them in one piece) and the document's spans over the
    sentence (``spans``, in the document's order)."""

    def __init__(self, doc: Document, sentence: Sentence, syllables: Syllables, figure: Span, first: int, last: int,
                 spans: list[Span]):
        self.doc, self.sentence, self.syllables, self.figure, self.spans = doc, sentence, syllables, figure, spans
        self.first, self.last = first, last  # the quantity: tokens[first:last]
        self.lo, self.hi = max(0, first - LEFT), min(len(sentence.tokens), last + RIGHT)
        self.subject_at = self.find(figure.attrs.get("subject"))
        self.action_at = self.find(figure.attrs.get("action"))

    def _gap(self, a: int, b: int) -> int:
        """Tokens between ``[a, b)`` and the quantity; a run overlapping it is farthest."""
        if b <= self.first:
            return self.first - b
        if a >= self.last:
            return a - self.last
        return len(self.sentence.tokens)

    def find(self, phrase: str | None) -> tuple[int, int] | None:
        """The tokens ``[a, b)`` in the window that spell ``phrase`` (case, tone placement and
        spacing aside), the occurrence nearest the quantity."""
        if not phrase or not (key := _key(phrase)):
            return None
        toks, text, keys = self.sentence.tokens, self.doc.text, self.sentence.keys
        head = key.split()[0]
        best = None
        for a in range(self.lo, self.hi):
            if not head.startswith(keys[a]):
                continue
            for b in range(a + 1, self.hi + 1):
                spelled = _key(text[toks[a].start : toks[b - 1].end])
                if len(spelled) > len(key):
                    break
                if spelled == key and (best is None or self._gap(a, b) < self._gap(*best)):
                    best = a, b
        return best

    def _distances(self) -> list[str]:
        """Per token of the window its distance from the quantity in words, bucketed ("-1",
        "+5-6"; "0" inside the quantity)."""
        word_of = self.syllables.word_of
        out = []
        for k in range(self.lo, self.hi):
            if self.first <= k < self.last:
                out.append("0")
                continue
            if k < self.first:
                d = min(word_of[k] - word_of[self.first], -1)
            else:
                d = max(word_of[k] - word_of[self.last - 1], 1)
            size = abs(d)
            bucket = str(size) if size <= 4 else "5-6" if size <= 6 else "7-9" if size <= 9 else "10+"
            out.append(("-" if d < 0 else "+") + bucket)
        return out

    def features(self) -> list[list[str]]:
        """Per token of the window its attributes (read before the CRFs change the figure): the
        sentence's, where the token lies from the quantity and from what the rules found, and on
        which side of the quantity it lies with the two words before the quantity."""
        figure, syllables = self.figure, self.syllables
        subject, action = self.subject_at, self.action_at
        kind = figure.attrs.get("unit_kind") or ("noun" if figure.attrs.get("unit") else "none")
        between = self._between()
        # the words just before the quantity (its governing verb or a determiner) read from every token
        words = self.sentence.words
        wi = syllables.word_of[self.first]
        before = [words[wi - d].text.lower() if wi - d >= 0 else "<>" for d in (1, 2)]
        rows = []
        for k, r in zip(range(self.lo, self.hi), self._distances()):
            p = syllables.pos[k]
            f = syllables.attributes[k] + ["uk=" + kind, "rel=" + r, "rel|p=" + r + "|" + p,
                                           "rel|uk=" + r + "|" + kind]
            if r == "0":
                f.append("inq")
            f += ["L|rel=" + name + "|" + r for name in syllables.classes[k]]
            if subject:
                tag = "B" if k == subject[0] else "I" if subject[0] < k < subject[1] else "O"
                f += ["R=" + tag, "R|p=" + tag + "|" + p, "R|rel=" + tag + "|" + r]
            else:
                f.append("R=none")
            if action:
                f.append("A=" + ("in" if action[0] <= k < action[1] else "L" if k < action[0] else "R"))
            f += between[k]
            side = "L" if k < self.first else "Q" if k < self.last else "R"
            f += ["qb1|s=" + before[0] + "|" + side, "qb2|s=" + before[1] + "|" + side]
            rows.append(f)
        return rows

    def _between(self) -> dict[int, list[str]]:
        """Per token, what lies between it and the quantity: a comma (or ; :), a bracket or
        quotation mark, a verb."""
        toks, pos = self.sentence.tokens, self.syllables.pos
        out: dict[int, list[str]] = {k: [] for k in range(self.first, self.last)}
        for side in (range(self.first - 1, self.lo - 1, -1), range(self.last, self.hi)):
            seen: list[str] = []
            for k in side:
                out[k] = list(seen)
                text = toks[k].text
                for name, holds in (("comma_between", text in _COMMAS), ("brk_between", text in _BRACKETS),
                                    ("verb_between", pos[k] == "V")):
                    if holds and name not in seen:
                        seen.append(name)
        return out

    def labels(self, phrase: str | None) -> list[str] | None:
        """B/I/O tags marking ``phrase`` in the window (None when it is written nowhere in it)."""
        found = self.find(phrase)
        if phrase and found is None:
            return None
        a, b = found or (-1, -1)
        return ["B" if k == a else "I" if a < k < b else "O" for k in range(self.lo, self.hi)]

    def marked(self, tags: list[str]) -> str | None:
        """The text of the tagged run nearest the quantity (``tags`` over the window); a run
        without a letter or overlapping the quantity is none."""
        runs: list[list[int]] = []
        for k, tag in enumerate(tags):
            if tag == "B" or (tag == "I" and (not runs or tags[k - 1] == "O")):
                runs.append([self.lo + k, self.lo + k + 1])
            elif tag == "I":
                runs[-1][1] = self.lo + k + 1
        toks, text = self.sentence.tokens, self.doc.text
        runs = [(a, b) for a, b in runs if self._gap(a, b) < len(toks)
                and any(c.isalpha() for c in text[toks[a].start : toks[b - 1].end])]
        if not runs:
            return None
        a, b = min(runs, key=lambda run: self._gap(*run))
        b = self._before_cut_name(a, b)
        if b == a or not any(c.isalpha() for c in text[toks[a].start : toks[b - 1].end]):
            return None
        return text[toks[a].start : toks[b - 1].end]

    def _before_cut_name(self, a: int, b: int) -> int:
        """The end of the run ``[a, b)`` cut back to before a person's or a body's name that it
        enters and does not finish ("30 sinh viên trường | Đại học Bách khoa": the run stops at
        "sinh viên"), and before the commas that then end it."""
        toks = self.sentence.tokens
        start, end = toks[a].start, toks[b - 1].end
        for span in self.spans:
            if span.label in _CUT_NAMES and start < span.start < end < span.end:
                while b > a and toks[b - 1].end > span.start:
                    b -= 1
                while b > a and toks[b - 1].text in _COMMAS:
                    b -= 1
        return b


def _shape(s: str) -> str:
    """A token's shape: digits, punctuation, all capitals, capitalized or lower case."""
    if s[:1].isdigit():
        return "D"
    if not s[:1].isalpha():
        return "P"
    if s.isupper() and len(s) > 1:
        return "AA"
    return "Aa" if s[:1].isupper() else "a"
