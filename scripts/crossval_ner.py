"""Cross-validate the whole entity pipeline on the training part of VLSP 2018.

    python scripts/crossval_ner.py data/data/2018/raw/VLSP2018-NER-train-Jan14 --out /tmp/vnreport-cv

The "test" part (scripts/train_ner.py) is only 93 articles: its organization F1 moves by several
points from one resampling to the next. This script gives a second, larger estimate without
touching it. The "train" part is cut into five folds (``cv_fold``); for each fold a model
is trained, exactly as train_ner.py trains one, on the other four folds and the "dev" part, and
the whole pipeline (model, rules, grammar, document consistency) tags the fold with it. The
scores are summed over the five folds: every training article is tagged once by a model that
never saw it. The rules were written looking at the training folder's annotations, so the
estimate leans optimistic, if anything.

Models go to ``--out/<fold>/`` (about 4 MB each); ``--reuse`` tags with the models already there.
Training takes about seven minutes a fold on one core; ``--jobs 2`` trains two at a time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

KINDS = ("person", "organization", "location")
FOLDS = 5


def cv_fold(doc, corpus: Path) -> int:
    """The fold of a training document: a hash of its path inside the corpus folder, so the
    folds do not depend on how that folder is written on the command line."""
    import hashlib

    name = Path(doc.name).relative_to(corpus).as_posix()
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % FOLDS


def train_fold(corpus: Path, fold: int, out: Path) -> float:
    """Train the model of ``fold`` (trained on the other folds and dev) into ``out``, as
    train_ner.py trains one; the seconds it took."""
    import train_ner as T

    t0 = time.time()
    parts = T.split(corpus)
    docs = [d for d in parts["train"] if cv_fold(d, corpus) != fold] + parts["dev"]
    T.train_model(docs, out, splits=f"train without fold {fold}, and dev")
    return time.time() - t0


def tag_fold(corpus: Path, fold: int, model_dir: Path) -> dict[str, dict[str, int]]:
    """Counts (tp, fp, fn per type) of the pipeline on ``fold``, with the model of ``model_dir``.

    Runs in a fresh process (``--tag-fold``): the model and the names it knows are loaded once
    per process and cached, so each fold needs its own.
    """
    out = subprocess.run([sys.executable, __file__, str(corpus), "--tag-fold", str(fold), "--out", str(model_dir)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _tag_fold_here(corpus: Path, fold: int, model_dir: Path) -> None:
    import train_ner as T

    from vnreport import models, ner
    from vnreport.scoring import predicted_entities

    # this process's pipeline reads the fold's model and known names instead of the shipped ones
    (model_dir / "ner").mkdir(exist_ok=True)
    for name in ("model.crfsuite", "features.json", "entities.tsv"):
        target = model_dir / "ner" / name
        if not target.exists():
            target.symlink_to(model_dir / name)
    models.DATA = model_dir
    ner.KNOWN_FILE = model_dir / "entities.tsv"
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in KINDS}
    for doc in T.split(corpus)["train"]:
        if cv_fold(doc, corpus) != fold:
            continue
        gold, found = set(doc.spans), set(predicted_entities(doc.text, scheme="vlsp"))
        for start, end, kind in gold | found:
            if kind in counts:
                key = "tp" if (start, end, kind) in gold and (start, end, kind) in found else (
                    "fn" if (start, end, kind) in gold else "fp")
                counts[kind][key] += 1
    print(json.dumps(counts))


def _f1(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="folder for the fold models")
    parser.add_argument("--reuse", action="store_true", help="tag with the models already in --out")
    parser.add_argument("--jobs", type=int, default=1, help="folds trained at a time")
    parser.add_argument("--tag-fold", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.tag_fold is not None:
        _tag_fold_here(args.corpus, args.tag_fold, args.out)
        return 0
    folds = range(FOLDS)
    if not args.reuse:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            times = list(pool.map(train_fold, [args.corpus] * FOLDS, folds, [args.out / str(k) for k in folds]))
        print("trained: " + ", ".join(f"fold {k} {t:.0f}s" for k, t in zip(folds, times)), flush=True)
    total = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in KINDS}
    for k in folds:
        counts = tag_fold(args.corpus, k, args.out / str(k))
        for kind in KINDS:
            for key in ("tp", "fp", "fn"):
                total[kind][key] += counts[kind][key]
        micro = {key: sum(counts[kind][key] for kind in KINDS) for key in ("tp", "fp", "fn")}
        print(f"fold {k}: micro F1 {_f1(micro)[2]:.4f}, organization {_f1(counts['organization'])[2]:.4f}", flush=True)
    total["micro"] = {key: sum(total[kind][key] for kind in KINDS) for key in ("tp", "fp", "fn")}
    print(f"{'type':13} {'precision':>9} {'recall':>9} {'F1':>7} {'support':>8}")
    for kind, c in total.items():
        p, r, f = _f1(c)
        print(f"{kind:13} {p:9.4f} {r:9.4f} {f:7.4f} {c['tp'] + c['fn']:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
