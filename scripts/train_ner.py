"""Train vnreport's named-entity CRF on VLSP 2018 and write it into the package.

    python scripts/train_ner.py data/data/2018/raw/VLSP2018-NER-train-Jan14

The corpus is split by vnreport.corpora.split_of (a hash of each file's path
relative to the corpus folder): the model trains on "train" (and "dev" with
--with-dev), is tuned on "dev", and "test" stays unseen. The trainer is
CRFsuite's (python-crfsuite, `pip install -e .[train]`): L-BFGS with L1 and L2
regularisation, single-threaded and without sampling, so the same corpus gives
the same model file, byte for byte. underthesea_core's tagger reads that file
at run time. Attributes whose weights all came out zero are pruned from the
file (vnreport.crfsuite; CRFsuite already leaves them out, so this only checks).
The corpus is fetched, never committed (see README, "Evaluation").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnreport import crfsuite, ner  # noqa: E402
from vnreport.corpora import GoldDocument, read_path, split_of  # noqa: E402
from vnreport.evaluate import score_spans  # noqa: E402
from vnreport.models import crf_tagger  # noqa: E402
from vnreport.pipeline import analyze  # noqa: E402

MODEL_DIR = ROOT / "vnreport/data/ner"
_BIO = {"person": "PER", "organization": "ORG", "location": "LOC"}


FOLDS = 5


def fold_of(doc: GoldDocument) -> int:
    import hashlib

    return int(hashlib.sha1(doc.name.encode("utf-8")).hexdigest(), 16) % FOLDS


def known_names(docs: list[GoldDocument]) -> dict[str, list[str]]:
    """Entity names by type (the most frequent type of each name wins)."""
    from collections import Counter, defaultdict

    counts: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        for start, end, kind in doc.spans:
            name = " ".join(doc.text[start:end].split())
            if name:
                counts[name][kind] += 1
    names: dict[str, list[str]] = {"person": [], "organization": [], "location": []}
    for name, kinds in sorted(counts.items()):
        names[kinds.most_common(1)[0][0]].append(name)
    return names


def gazetteer_of(names: dict[str, list[str]]):
    from vnreport.gazetteer import Gazetteer

    return {kind: Gazetteer(phrases) for kind, phrases in names.items()}


def labelled(doc: GoldDocument, known=None) -> list[tuple[list[list[str]], list[str]]]:
    """(rows, labels) per sentence; a token inside a gold span takes its label."""
    analyzed = analyze(doc.text)
    out = []
    for sentence in analyzed.sentences:
        labels = ["O"] * len(sentence.tokens)
        for start, end, kind in doc.spans:
            inside = [i for i, t in enumerate(sentence.tokens) if t.start < end and start < t.end]
            for n, i in enumerate(inside):
                labels[i] = ("B-" if n == 0 else "I-") + _BIO[kind]
        out.append((ner.rows(sentence, known), labels))
    return out


def pruned(X: list[list[list[str]]], min_count: int) -> list[list[list[str]]]:
    """X without the attributes seen fewer than ``min_count`` times."""
    from collections import Counter

    counts = Counter(a for sentence in X for token in sentence for a in token)
    keep = {a for a, n in counts.items() if n >= min_count}
    print(f"attributes: {len(counts)} seen, {len(keep)} kept (min count {min_count})", flush=True)
    return [[[a for a in token if a in keep] for token in sentence] for sentence in X]


def split(corpus: Path) -> dict[str, list[GoldDocument]]:
    parts: dict[str, list[GoldDocument]] = {"train": [], "dev": [], "test": []}
    for doc in read_path(corpus):
        parts[split_of(str(Path(doc.name).relative_to(corpus)))].append(doc)
    return parts


def predict_spans(tagger, doc: GoldDocument, known) -> list[tuple[int, int, str]]:
    """CRF-only spans, to tune the model without the rules around it."""
    analyzed = analyze(doc.text)
    spans = []
    for sentence in analyzed.sentences:
        tags = tagger.tag(tagger_features(sentence, known))
        for first, last, kind in ner.spans_from_bio(tags):
            spans.append((sentence.tokens[first].start, sentence.tokens[last - 1].end, kind))
    return spans


def tagger_features(sentence, known):
    from underthesea_core import CRFFeaturizer

    global _FEATURIZER
    if "_FEATURIZER" not in globals():
        _FEATURIZER = CRFFeaturizer(ner.TEMPLATES, set())
    return _FEATURIZER.process([ner.rows(sentence, known)])[0]


C1, C2, ITERATIONS, MIN_COUNT = 0.05, 0.2, 300, 2


def train_model(train_docs: list[GoldDocument], out: Path, *, c1: float = C1, c2: float = C2,
                iterations: int = ITERATIONS, min_count: int = MIN_COUNT, splits: str = "train") -> dict[str, list[str]]:
    """Train the model on ``train_docs`` and write it, its known names and its settings
    (``splits`` names the documents in features.json) into ``out``; the known names by type."""
    from underthesea_core import CRFFeaturizer

    t0 = time.time()
    # jackknife: each document sees the names of the other folds only, as an unseen one would
    folds = [gazetteer_of(known_names([d for d in train_docs if fold_of(d) != k])) for k in range(FOLDS)]
    rows_labels = [pair for doc in train_docs for pair in labelled(doc, folds[fold_of(doc)]) if pair[0]]
    featurizer = CRFFeaturizer(ner.TEMPLATES, set())
    X = pruned(featurizer.process([r for r, _ in rows_labels]), min_count)
    y = [labels for _, labels in rows_labels]
    print(f"{len(X)} sentences featurized in {time.time() - t0:.0f}s", flush=True)

    out.mkdir(parents=True, exist_ok=True)
    model_path = out / "model.crfsuite"
    t0 = time.time()
    last = crfsuite.train(X, y, model_path, c1=c1, c2=c2, iterations=iterations)
    print(f"trained in {time.time() - t0:.0f}s, {last['num']} iterations, loss {last['loss']:.1f}", flush=True)
    full = crfsuite.read(model_path)
    small = crfsuite.prune(full)
    crfsuite.write(model_path, small)
    print(f"attributes with a nonzero weight: {len(small.attributes)} of {len(full.attributes)}", flush=True)
    names = known_names(train_docs)
    lines = [f"{name}\t{kind}" for kind in sorted(names) for name in names[kind]]
    header = "# Names annotated in the training corpus (VLSP 2018 NER), written by scripts/train_ner.py.\n"
    (out / "entities.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    meta = {"templates": ner.TEMPLATES, "columns": list(ner.COLUMNS), "corpus": "VLSP 2018 NER train (Jan14)",
            "splits": splits, "c1": c1, "c2": c2, "iterations": iterations, "min_count": min_count}
    (out / "features.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--with-dev", action="store_true", help="train on train+dev (the final model)")
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT,
                        help="drop attributes seen fewer times in training (keeps the model small)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()

    parts = split(args.corpus)
    print({k: len(v) for k, v in parts.items()}, flush=True)
    train_docs = parts["train"] + (parts["dev"] if args.with_dev else [])
    names = train_model(train_docs, args.out, c1=args.c1, c2=args.c2, iterations=args.iterations,
                        min_count=args.min_count, splits="train+dev" if args.with_dev else "train")
    known = gazetteer_of(names)

    tagger = crf_tagger(args.out / "model.crfsuite")
    # tuning looks at dev only; the test split is scored once, with the final (train+dev) model
    for part in ("test",) if args.with_dev else ("dev",):
        scores = score_spans((d.spans, predict_spans(tagger, d, known)) for d in parts[part])
        print(part, json.dumps({k: v["f1"] for k, v in scores.as_dict().items()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
