"""Scoring: precision, recall and F1 of predicted spans against gold spans.

Named entities are scored by exact span and type (the CoNLL convention);
dates by value on overlapping spans; figures by value on overlapping quantity
ranges, with subject and action agreement reported beside.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    """Scores per type plus their micro average."""

    by_type: dict[str, Score] = field(default_factory=dict)

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.by_type.values():
            total.add(score)
        return total

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        out = {kind: s.as_dict() for kind, s in sorted(self.by_type.items())}
        out["micro"] = self.micro.as_dict()
        return out


Triple = tuple[int, int, str]


def score_spans(pairs: Iterable[tuple[Iterable[Triple], Iterable[Triple]]],
                types: Iterable[str] = ("person", "organization", "location")) -> Scores:
    """Exact-match scores over (gold, predicted) span sets of many documents.

    >>> s = score_spans([([(0, 2, "person"), (5, 9, "location")], [(0, 2, "person"), (5, 8, "location")])])
    >>> s.by_type["person"].f1, s.micro.tp, s.micro.fp, s.micro.fn
    (1.0, 1, 1, 1)
    """
    scores = Scores({t: Score() for t in types})
    for gold, predicted in pairs:
        g = Counter(s for s in gold if s[2] in scores.by_type)
        p = Counter(s for s in predicted if s[2] in scores.by_type)
        for span, n in (g & p).items():
            scores.by_type[span[2]].tp += n
        for span, n in (p - g).items():
            scores.by_type[span[2]].fp += n
        for span, n in (g - p).items():
            scores.by_type[span[2]].fn += n
    return scores
