"""Train the figure-subject CRF (vnreport.subjects) on the development gold and write it into the package.

    python scripts/train_subjects.py              # -> vnreport/data/subjects/{model.crfsuite,features.json}
    python scripts/train_subjects.py --evaluate   # first the leave-one-group-out table, rules vs model
    python scripts/train_subjects.py --docs XH_VNE_T_469 XH_TT_T_8317 --out /tmp/m   # some files only

Only development gold is read: the files of the groups below (rows of
samples/vntc/MANIFEST.tsv after its header, 0-based), each checked to be split
"dev". Rows 63-78 and 215-238 are held out: their gold is never opened.

    d104  so-noi-vu-2018, rows 0-62 and 79-118: the articles the rules were written on
    t4    rows 119-142     h5  rows 143-166     h6  rows 167-190     h7  rows 191-214

The pipeline runs with the rules' subjects only; its figures are matched to the
gold ones as vnreport.scoring matches them (overlapping quantity ranges, equal
values). The tokens the model reads for a matched figure (vnreport.subjects.window)
are labelled B-S / I-S / O at the gold subject's occurrence nearest the quantity;
all O when the subject is null or not written there. CRFsuite's L-BFGS trains on
one thread, on the examples in a fixed order (group, file, gold figure), so the
same data gives the same file, byte for byte. Attributes without a weight would
be pruned (vnreport.crfsuite), but CRFsuite writes none. Needs python-crfsuite
(``pip install -e .[train]``); the model is read by underthesea_core's tagger.

--evaluate trains once per group on the other groups and scores that group's
matched figures: the rules' subject, the model's alone, and the model's with the
rules' where it reads none (what vnreport ships).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnreport import crfsuite, subjects  # noqa: E402
from vnreport.document import Document, Sentence  # noqa: E402
from vnreport.pipeline import run  # noqa: E402
from vnreport.report import Report  # noqa: E402
from vnreport.scoring import Score, _match, _read_gold, _same_number, _same_phrase  # noqa: E402

MODEL_DIR = ROOT / "vnreport/data/subjects"
GOLD = ROOT / "tests/gold"
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}
WRITTEN_ON = ("d104",)  # the group the rules were written on; the others are fresh articles


def groups() -> dict[str, list[str]]:
    """Development gold file stems by group (the held-out rows are in none)."""
    lines = (ROOT / "samples/vntc/MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    rows = [Path(line.split("\t")[0]).stem for line in lines]
    return {
        "d104": ["so-noi-vu-2018"] + rows[0:63] + rows[79:119],
        "t4": rows[119:143],
        "h5": rows[143:167],
        "h6": rows[167:191],
        "h7": rows[191:215],
    }


@dataclass
class Example:
    """One gold figure matched by a pipeline figure."""

    group: str
    stem: str
    document: Document
    sentence: Sentence  # the one holding the quantity
    figure: dict  # the pipeline figure's fields
    gold: str | None  # the gold subject
    rule: str | None  # the rules' subject

    def attributes(self) -> list[list[str]]:
        return subjects.attributes(self.sentence, self.figure)

    def labels(self) -> list[str]:
        """Per token of the window, B-S I-S* at the gold subject nearest the quantity if inside it, else O."""
        q = subjects.quantity_tokens(self.sentence, self.figure)
        lo, hi = subjects.window(self.sentence, q)
        tags = ["O"] * (hi - lo)
        span = subjects.nearest(subjects.occurrences(self.sentence, self.gold), q)
        if span and lo <= span[0] and span[1] <= hi:
            for k in range(*span):
                tags[k - lo] = "B-S" if k == span[0] else "I-S"
        return tags

    def predicted(self, tagger) -> str | None:
        """The subject the model reads, as vnreport reads it (None: it reads none)."""
        found = subjects.Reader(self.document, self.sentence, tagger).subject(self.figure)
        return found[0] if found else None


def examples(stems_by_group: dict[str, list[str]]) -> list[Example]:
    """The matched figures of the given development files, in group, file, gold order."""
    out = []
    with mock.patch.object(subjects, "model", lambda: None):  # the rules' subjects only
        for group, stems in stems_by_group.items():
            for stem in stems:
                gold, text = _read_gold(GOLD / f"{stem}.json", ROOT)
                if gold.get("split") != "dev":
                    raise SystemExit(f"{stem}: not a development file")
                doc = run(text)
                figures = [(f.fields["quantity_start"], f.fields["quantity_end"], f.fields.get("value"), f)
                           for f in Report.from_document(doc).figures]
                for g, f in _match(gold["figures"], figures, Score(), _same_number, [], stem, "figure"):
                    start = f.fields["quantity_start"]
                    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
                    if sentence is not None and subjects.quantity_tokens(sentence, f.fields) is not None:
                        out.append(Example(group, stem, doc, sentence, dict(f.fields), g.get("subject"),
                                           f.fields.get("subject")))
    return out


def train(data: list[Example], path: Path) -> crfsuite.Model:
    """Train on ``data`` in its order, write the model to ``path`` and return it."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(PARAMS)
    for ex in data:
        trainer.append(ex.attributes(), ex.labels())
    trainer.train(str(path))
    model = crfsuite.read(path)
    pruned = crfsuite.prune(model)
    if len(pruned.attributes) < len(model.attributes):
        crfsuite.write(path, pruned)
    return pruned


def tagger_of(path: Path):
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    tagger.load(str(path))
    return tagger


def accuracy(data: list[Example], tagger) -> tuple[float, float, float]:
    """Subject accuracy over ``data`` of the rules, the model alone, and the model with the rules' fallback."""
    ok = [0, 0, 0]
    for ex in data:
        learned = ex.predicted(tagger)
        for i, subject in enumerate((ex.rule, learned, learned or ex.rule)):
            ok[i] += _same_phrase(ex.gold, subject)
    return tuple(n / max(len(data), 1) for n in ok)  # type: ignore[return-value]


def evaluate(data: list[Example], stems_by_group: dict[str, list[str]]) -> str:
    """Leave one group out: per group, train on the others and score its figures. A markdown table."""
    names = [g for g in stems_by_group if any(ex.group == g for ex in data)]
    correct: dict[str, list[tuple[float, ...]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for held in names:
            t0 = time.time()
            path = Path(tmp) / f"without-{held}.crfsuite"
            train([ex for ex in data if ex.group != held], path)
            tagger = tagger_of(path)
            correct[held] = [accuracy([ex], tagger) for ex in data if ex.group == held]
            print(f"  {held}: trained on the other groups in {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    fresh = [g for g in names if g not in WRITTEN_ON]
    parts = {**{g: [g] for g in names}, f"fresh ({'+'.join(fresh)})": fresh, "all": names}
    lines = ["| group | files | figures | rules | model | model, rules where none |",
             "|---|---:|---:|---:|---:|---:|"]
    for part, members in parts.items():
        rows = [r for g in members for r in correct[g]]
        if rows:
            scores = " | ".join(f"{sum(r[i] for r in rows) / len(rows):.3f}" for i in range(3))
            lines.append(f"| {part} | {sum(len(stems_by_group[g]) for g in members)} | {len(rows)} | {scores} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--evaluate", action="store_true", help="print the leave-one-group-out table first")
    parser.add_argument("--docs", nargs="+", metavar="STEM", help="train on these development files only")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="model directory (default: the package's)")
    args = parser.parse_args()

    by_group = groups()
    if args.docs:
        unknown = set(args.docs) - {s for stems in by_group.values() for s in stems}
        if unknown:
            parser.error(f"not development files: {' '.join(sorted(unknown))}")
        by_group = {g: [s for s in stems if s in args.docs] for g, stems in by_group.items()}
        by_group = {g: stems for g, stems in by_group.items() if stems}
    t0 = time.time()
    data = examples(by_group)
    print(f"{len(data)} matched figures in {sum(map(len, by_group.values()))} files ({time.time() - t0:.0f}s)",
          file=sys.stderr, flush=True)
    if args.evaluate:
        print(evaluate(data, by_group), flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "model.crfsuite"
    t0 = time.time()
    model = train(data, path)
    rules, alone, shipped = accuracy(data, tagger_of(path))
    meta = {
        "model": "linear-chain CRF, labels B-S/I-S/O, over vnreport.subjects.window; "
                 "attributes: vnreport.subjects.attributes",
        "window": subjects.WINDOW,
        "trainer": "python-crfsuite, L-BFGS, one thread",
        "params": PARAMS,
        "training": {
            "gold": "tests/gold/*.json of split dev, matched as vnreport.scoring does (scripts/train_subjects.py)",
            "files": {g: len(stems) for g, stems in by_group.items()},
            "figures": len(data),
            "subjects_labelled": sum("B-S" in ex.labels() for ex in data),
        },
        "attributes": len(model.attributes),
        "features": len(model.features),
        "in_sample_subject_accuracy": {"rules": round(rules, 4), "model": round(alone, 4),
                                       "model, rules where none": round(shipped, 4)},
    }
    (args.out / "features.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"trained in {time.time() - t0:.0f}s: {len(model.attributes)} attributes, {len(model.features)} features; "
          f"in-sample subject accuracy: rules {rules:.3f}, model {alone:.3f}, with the rules where it reads none "
          f"{shipped:.3f} -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
