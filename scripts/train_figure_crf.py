"""Train the figure models (the subject model, the action CRF) on the development gold and write them into the package.

    python scripts/train_figure_crf.py              # train on every split "dev" gold file, write the models
    python scripts/train_figure_crf.py --folds 5    # cross-validate instead: rules vs re-read, nothing written
    python scripts/train_figure_crf.py --check      # retrain aside: are the shipped models what it writes?

Each figure the pipeline finds with the rules alone (the stages before the models,
vnreport.pipeline.BEFORE_REREAD) and the gold matches (overlapping quantity, same value) is
one training example per field, read from the syllables around its quantity
(vnreport.figure_crf.Window). For the action, the window with the gold action marked B/I/O;
the trainer is CRFsuite's (python-crfsuite, `pip install -e .[train]`), single-threaded
L-BFGS. For the subject, the window's candidate phrases with the gold's place among them
(vnreport.figure_subjects.Candidates); the trainer is the mean of three averaged perceptrons
whose passes visit the examples in seeded orders, each its own. A gold action not written in the
window (one the annotator restated) leaves the example out of the action's training; a gold subject not written
there is the subject model's "no subject" (the window offers no right phrase). The same gold and code
give the same model files, byte for byte. Retrain after changing the figure rules or the
development gold.

settings.json, written beside the models, records the SHA-256 of each field's training data
and of each model file, so the test suite can tell in a moment whether the shipped models
were trained on the gold and rules as they are now; `--check` (run by CI after the suite)
retrains into a temporary folder and compares the files byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnreport import crfsuite  # noqa: E402
from vnreport import figure_subjects  # noqa: E402
from vnreport.figure_crf import FIELDS, MODEL_DIR, reread_action, reread_subject, training_instances  # noqa: E402
from vnreport.figure_subjects import Candidates  # noqa: E402
from vnreport.models import crf_tagger  # noqa: E402
from vnreport.pipeline import BEFORE_REREAD, run  # noqa: E402
from vnreport.scoring import read_gold, same_phrase  # noqa: E402

C1, C2, ITERATIONS = 0.5, 0.01, 150
#: each field's model file in the models' folder
MODEL_FILES = {"subject": "subject.json", "action": "action.crfsuite"}


def gold_files(split: str = "dev") -> list[Path]:
    return [p for p in sorted((ROOT / "tests/gold").glob("*.json"))
            if json.loads(p.read_text(encoding="utf-8"))["split"] == split]


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def document_instances(path: Path) -> list[dict]:
    """The training instances of one gold file (vnreport.figure_crf.training_instances)."""
    gold, text = read_gold(path, ROOT)
    return training_instances(run(text, stages=BEFORE_REREAD), gold["figures"], path.stem)


def instances(files: list[Path], jobs: int = 1) -> list[dict]:
    """The instances of every file, in the order of the files (read by ``jobs`` processes)."""
    if jobs < 2 or len(files) < 2:
        return [item for path in files for item in document_instances(path)]
    with ProcessPoolExecutor(min(jobs, len(files))) as pool:
        return [item for chunk in pool.map(document_instances, files, chunksize=8) for item in chunk]


def write_models(items: list[dict], out: Path, jobs: int, documents: int, **settings) -> dict[str, int]:
    """Train the action CRF and the subject model on ``items`` into ``out`` and write the
    settings beside them."""
    out.mkdir(parents=True, exist_ok=True)
    sequences = train_all(items, out, jobs, **settings)
    meta = {**settings, "epochs": figure_subjects.EPOCHS, "runs": figure_subjects.RUNS,
            "gold": "tests/gold, split dev", "documents": documents,
            "sequences": sequences, "training_sha256": {name: training_digest(items, name) for name in FIELDS},
            "model_sha256": {name: file_digest(out / MODEL_FILES[name]) for name in FIELDS}}
    (out / "settings.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return sequences


def training_digest(items: list[dict], name: str) -> str:
    """The SHA-256 of field ``name``'s training data: the action CRF's sequences (features and
    labels, in order), the subject model's candidates (their features' digest and the gold's
    place, in order)."""
    data = json.dumps(subject_examples(items) if name == "subject" else sequences(items, name),
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(items: list[dict], jobs: int, documents: int, models: Path | None = None, **settings) -> list[str]:
    """The files of ``models`` (the shipped folder by default: models and settings.json) that a
    training now would not write as they are; none when they are what the gold and rules train."""
    models = MODEL_DIR if models is None else models
    with tempfile.TemporaryDirectory() as tmp:
        write_models(items, Path(tmp), jobs, documents, **settings)
        return [name for name in [MODEL_FILES[field] for field in FIELDS] + ["settings.json"]
                if not (models / name).exists() or (Path(tmp) / name).read_bytes() != (models / name).read_bytes()]


def _fit(features: list, labels: list, path: Path, *, c1: float = C1, c2: float = C2,
         iterations: int = ITERATIONS) -> None:
    crfsuite.train(features, labels, path, c1=c1, c2=c2, iterations=iterations)
    crfsuite.write(path, crfsuite.prune(crfsuite.read(path)))


def sequences(items: list[dict], name: str) -> tuple[list, list]:
    """Features and B/I/O labels of the items whose gold phrase of field ``name`` (the action: the
    field a CRF marks) is written in their window."""
    found = [i for i in items if i[name]["labels"] is not None]
    if not found:
        raise SystemExit(f"no {name} of a development figure is written around its quantity: nothing to train on")
    return [i["features"] for i in found], [i[name]["labels"] for i in found]


def subject_examples(items: list[dict]) -> list[tuple[str, int]]:
    """Per item whose gold subject is one of its window's candidates (or none): the digest of
    the candidates' features and the gold's place among them."""
    return [(i["subject"]["candidates_sha256"], i["subject"]["choice"]) for i in items
            if i["subject"]["choice"] is not None]


def train(items: list[dict], name: str, path: Path, **settings) -> int:
    """Train field ``name``'s model on the items it can learn from (the action CRF: those whose
    gold phrase is in their window; the subject model: those whose gold is a candidate) and
    write it; how many items it saw."""
    if name == "subject":
        return train_subjects(items, path)
    features, labels = sequences(items, name)
    _fit(features, labels, path, **settings)
    return len(labels)


def train_subjects(items: list[dict], path: Path) -> int:
    """Train the subject model (vnreport.figure_subjects) on the items' windows and write it."""
    examples = [(Candidates(i["window"]), i["subject"]["choice"]) for i in items if i["subject"]["choice"] is not None]
    figure_subjects.write(path, figure_subjects.train(examples), epochs=figure_subjects.EPOCHS,
                          runs=figure_subjects.RUNS, max_tokens=figure_subjects.MAX_TOKENS)
    return len(examples)


def train_all(items: list[dict], out: Path, jobs: int, **settings) -> dict[str, int]:
    """Train the action CRF (in a process of its own when ``jobs`` allows: its trainer is
    single-threaded, so the files are the same however many run at once) and the subject model."""
    if jobs < 2:
        return {name: train(items, name, out / MODEL_FILES[name], **settings) for name in FIELDS}
    features, labels = sequences(items, "action")
    with ProcessPoolExecutor(1) as pool:
        job = pool.submit(_fit, features, labels, out / MODEL_FILES["action"], **settings)
        subjects = train_subjects(items, out / MODEL_FILES["subject"])
        job.result()
    return {"subject": subjects, "action": len(labels)}


def cross_validate(items: list[dict], folds: int, **settings) -> dict[str, dict[str, float]]:
    """Per field, the accuracy of the rules and of the rules re-read by the models as the
    pipeline does (vnreport.figure_crf); each document read by models trained on the other folds."""
    docs = sorted({i["doc"] for i in items})
    random.Random(7).shuffle(docs)
    fold = {d: n % folds for n, d in enumerate(docs)}
    right = {name: {"rules": 0, "re-read": 0} for name in FIELDS}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            for name in FIELDS:
                path = Path(tmp) / f"{k}{MODEL_FILES[name]}"
                train([i for i in items if fold[i["doc"]] != k], name, path, **settings)
                if name == "subject":
                    ranker = figure_subjects.Ranker.load(path)
                    read = lambda i: reread_subject(i["window"], ranker)  # noqa: E731
                else:
                    tagger = crf_tagger(path)
                    read = lambda i: reread_action(i["window"], tagger.tag(i["features"]))  # noqa: E731
                for i in items:
                    if fold[i["doc"]] == k:
                        gold = i[name]["gold"]
                        right[name]["rules"] += same_phrase(gold, i[name]["rules"])
                        right[name]["re-read"] += same_phrase(gold, read(i))
    return {name: {k: round(v / len(items), 4) for k, v in counts.items()} for name, counts in right.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate on this many folds; write nothing")
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--check", action="store_true",
                        help="retrain into a temporary folder and compare with the models in --out; write nothing")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="the models' folder (default: the package's)")
    parser.add_argument("--jobs", type=int, default=cores(),
                        help="processes that read the gold and train (default: the cores; any number writes the same files)")
    args = parser.parse_args()
    if args.folds and args.check:
        parser.error("--folds and --check: one at a time")
    settings = {"c1": args.c1, "c2": args.c2, "iterations": args.iterations}

    files = gold_files()
    items = instances(files, args.jobs)
    print(f"{len(files)} development documents, {len(items)} matched figures", flush=True)
    if args.folds:
        print(json.dumps(cross_validate(items, args.folds, **settings), ensure_ascii=False))
        return 0
    if args.check:
        if stale := check(items, args.jobs, len(files), args.out, **settings):
            print(f"{', '.join(stale)} in {args.out} differ from a training now: python scripts/train_figure_crf.py",
                  file=sys.stderr)
            return 1
        print(f"the models in {args.out} are what the gold trains", flush=True)
        return 0
    sequences = write_models(items, args.out, args.jobs, len(files), **settings)
    print(f"trained on {sequences} figures; wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
