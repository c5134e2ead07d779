"""`vnreport eval`: run the pipeline over gold data and score it.

Two kinds of gold: NER corpora (VLSP 2018 ENAMEX ``.muc`` files, CoNLL BIO
files), scored for people, organizations and locations by exact span and type;
and vnreport's own gold JSON files (``tests/gold/*.json``), which add dates
(value exact, on overlapping spans) and figures (value exact on overlapping
quantity ranges, with subject and action agreement of the matched figures).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .corpora import GoldDocument, read_path, split_of
from .evaluate import Score, score_spans

if TYPE_CHECKING:
    from .report import Report

ENTITY_TYPES = ("person", "organization", "location")


SCHEMES = ("vnreport", "vlsp", "phoner")


def predicted_entities(text: str, *, scheme: str = "vlsp") -> list[tuple[int, int, str]]:
    """Entity spans of the pipeline, as the gold's annotation scheme would write them.

    "vnreport": as extracted. "vlsp": VLSP 2018 does not annotate a bare
    "Chính phủ" or "Đảng" (112 and 80 unannotated mentions in its training
    folder), so what vnreport marks ``generic`` is left out. "phoner":
    additionally, facilities where patients were ("Bệnh viện ...") are
    locations (data/schemes/phoner_covid19.txt). The README gives the scores.
    """
    import vnreport

    report = vnreport.extract(text)
    spans = []
    for e in report.entities:
        if e.type not in ENTITY_TYPES or (scheme != "vnreport" and e.fields.get("generic")):
            continue
        kind = e.type
        if scheme == "phoner" and kind == "organization" and _facility(e.text):
            kind = "location"
        spans.append((e.start, e.end, kind))
    return spans


def _facility(name: str) -> bool:
    from .gazetteer import listed, phrase_key

    return bool(listed("schemes/phoner_covid19.txt").match_at(phrase_key(name.split()), 0))


def baseline_entities(text: str) -> list[tuple[int, int, str]]:
    """underthesea.ner per sentence, its words aligned back to the text."""
    from underthesea import ner

    from .tokenize import sentences

    kinds = {"PER": "person", "ORG": "organization", "LOC": "location"}
    spans: list[tuple[int, int, str]] = []
    for sentence in sentences(text):
        chunk = text[sentence.start : sentence.end]
        pos = 0
        current: list | None = None
        for word, *_, tag in ner(chunk):
            found = chunk.find(word, pos)
            if found < 0:
                continue
            start, end = sentence.start + found, sentence.start + found + len(word)
            pos = found + len(word)
            prefix, _, kind = tag.partition("-")
            if prefix == "I" and current and current[2] == kinds.get(kind):
                current[1] = end
                continue
            if current:
                spans.append(tuple(current))
                current = None
            if prefix in ("B", "I") and kind in kinds:
                current = [start, end, kinds[kind]]
        if current:
            spans.append(tuple(current))
    return spans


def _corpus_documents(path: Path, split: str) -> list[GoldDocument]:
    docs = []
    for doc in read_path(path):
        name = doc.name.split("#")[0]
        relative = str(Path(name).relative_to(path)) if path.is_dir() else Path(name).name
        if split == "all" or split_of(relative) == split:
            docs.append(doc)
    return docs


def _gold_files(paths: list[Path]) -> list[Path]:
    files = []
    for p in paths:
        files += sorted(p.glob("*.json")) if p.is_dir() else [p] if p.suffix == ".json" else []
    return files


def evaluate_paths(paths: list[Path], *, split: str = "all", baseline: bool = False,
                   scheme: str = "vlsp") -> dict[str, Any]:
    """Scores for every gold path, as one JSON-ready dict."""
    results: dict[str, Any] = {}
    gold_json = _gold_files(paths)
    corpora = [p for p in paths if p not in gold_json and not (p.is_dir() and list(p.glob("*.json")))]
    if corpora:
        docs = [d for p in corpora for d in _corpus_documents(p, split)]
        results["entities"] = _entity_scores(docs, lambda text: predicted_entities(text, scheme=scheme))
        results["scheme"] = scheme
        if baseline:
            results["baseline_underthesea_ner"] = _entity_scores(docs, baseline_entities)
        results["documents"] = len(docs)
    if gold_json:
        results.update(score_gold_files(gold_json, split=split, baseline=baseline))
    return results


def _entity_scores(docs: Iterable[GoldDocument], predict) -> dict[str, Any]:
    return score_spans(((d.spans, predict(d.text)) for d in docs), ENTITY_TYPES).as_dict()


def read_gold(path: Path, root: Path) -> tuple[dict[str, Any], str]:
    """A gold file's annotations and the text they index: its ``source`` under ``root``, decoded
    and NFC-normalized as the annotators read it (``text[start:end]`` is each annotation's text)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = root / gold["source"]
    text = unicodedata.normalize("NFC", source.read_bytes().decode("utf-8-sig"))
    return gold, text


def score_gold_files(files: list[Path], *, split: str = "all", baseline: bool = False,
                     extract: Callable[[str], Report] | None = None) -> dict[str, Any]:
    """Entities, dates and figures against vnreport gold JSON files; ``extract`` (text -> report,
    :func:`vnreport.extract` by default) lets a caller that already has the reports pass them."""
    import vnreport

    extract = extract or vnreport.extract

    entity_pairs, baseline_pairs = [], []
    dates, figures = Score(), Score()
    subject_ok = action_ok = matched_figures = 0
    misses: list[dict[str, Any]] = []
    n = 0
    for path in files:
        gold, text = read_gold(path, _project_root(path))
        if split != "all" and gold.get("split") != split:
            continue
        n += 1
        report = extract(text)
        gold_entities = [(e["start"], e["end"], e["type"]) for e in gold["entities"]]
        entity_pairs.append((gold_entities, [(e.start, e.end, e.type) for e in report.entities
                                             if e.type in ENTITY_TYPES]))
        if baseline:
            baseline_pairs.append((gold_entities, baseline_entities(text)))
        predicted_dates = [e for e in report.entities if e.type == "date"]
        # a date whose year nobody knows has value null and a pattern such as XXXX-01-20
        match_gold(gold["dates"], [(d.start, d.end, d.fields.get("value") or d.fields.get("pattern"), d)
                               for d in predicted_dates],
                   dates, same_date, misses, path.stem, "date")
        predicted_figures = [(f.fields.get("quantity_start", f.start), f.fields.get("quantity_end", f.end),
                              f.fields.get("value"), f) for f in report.figures]
        for g, p in match_gold(gold["figures"], predicted_figures, figures, same_number, misses, path.stem, "figure"):
            matched_figures += 1
            subject_ok += same_phrase(g.get("subject"), p.fields.get("subject"))
            action_ok += same_phrase(g.get("action"), p.fields.get("action"))
    out: dict[str, Any] = {
        "gold_documents": n,
        "gold_entities": score_spans(entity_pairs, ENTITY_TYPES).as_dict(),
        "dates": dates.as_dict(),
        "figures": {
            **figures.as_dict(),
            "subject_accuracy": round(subject_ok / matched_figures, 4) if matched_figures else 0.0,
            "action_accuracy": round(action_ok / matched_figures, 4) if matched_figures else 0.0,
        },
        "misses": misses,
    }
    if baseline:
        out["gold_entities_baseline_underthesea_ner"] = score_spans(baseline_pairs, ENTITY_TYPES).as_dict()
    return out


def _project_root(gold_file: Path) -> Path:
    # gold files name their source relative to the project root (tests/gold/x.json -> ../..)
    for parent in gold_file.resolve().parents:
        if (parent / "samples").is_dir():
            return parent
    return Path.cwd()


def match_gold(gold: list[dict[str, Any]], predicted: list[tuple[int, int, Any, Any]], score: Score,
               same, misses: list[dict[str, Any]], doc: str, kind: str) -> list[tuple[dict[str, Any], Any]]:
    """The (gold item, predicted object) pairs of a greedy one-to-one matching: each gold item, in
    order, takes the first unused prediction ``(start, end, value, object)`` that overlaps it with
    a value ``same`` calls equal. Counts go to ``score``, the unmatched of both sides to ``misses``.

    >>> score, misses = Score(), []
    >>> gold = [{"start": 0, "end": 4, "value": 220, "text": "220 biên chế"}]
    >>> [obj for _, obj in match_gold(gold, [(0, 3, 220.0, "220")], score, same_number, misses, "d", "figure")]
    ['220']
    >>> score.tp, score.fp, score.fn
    (1, 0, 0)
    """
    used: set[int] = set()
    pairs = []
    for g in gold:
        hit = None
        for i, (start, end, value, obj) in enumerate(predicted):
            if i not in used and start < g["end"] and g["start"] < end and same(g["value"], value):
                hit = i
                break
        if hit is None:
            score.fn += 1
            misses.append({"doc": doc, "kind": kind, "missed": g["text"], "value": g["value"]})
        else:
            used.add(hit)
            score.tp += 1
            pairs.append((g, predicted[hit][3]))
    for i, (start, end, value, obj) in enumerate(predicted):
        if i not in used:
            score.fp += 1
            misses.append({"doc": doc, "kind": kind, "spurious": obj.text, "value": value})
    return pairs


def same_date(gold: Any, predicted: Any) -> bool:
    """Whether a predicted date value (or pattern) is the gold one, as written.

    >>> same_date("2018-01-31", "2018-01-31"), same_date("2018-01", "2018-01-31")
    (True, False)
    """
    return predicted is not None and str(gold) == str(predicted)


def same_number(gold: Any, predicted: Any) -> bool:
    """Whether two figure values are the same number (up to rounding in the last digits).

    >>> same_number(1_500_000_000, 1.5e9), same_number(220, None)
    (True, False)
    """
    try:
        return abs(float(gold) - float(predicted)) < 1e-9 * max(1.0, abs(float(gold)))
    except (TypeError, ValueError):
        return False


def same_phrase(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted subject or action is the gold one, case and tone placement aside
    (:func:`vnreport.textkey.match_key`); two missing ones agree.

    >>> same_phrase("Biên chế", "biên chế"), same_phrase(None, ""), same_phrase("biên chế", None)
    (True, True, False)
    """
    from .textkey import match_key

    if not gold or not predicted:
        return not gold and not predicted
    return match_key(gold) == match_key(predicted)


def render_scores(results: dict[str, Any]):
    """Rich tables of the scores (per type P/R/F1, baseline beside when present)."""
    from rich.console import Group
    from rich.table import Table

    parts = []
    for key, title in (("entities", "Entities (exact span and type)"),
                       ("gold_entities", "Entities on the gold samples")):
        if key not in results:
            continue
        table = Table(title=title, title_justify="left")
        for col in ("type", "precision", "recall", "F1", "support"):
            table.add_column(col, justify="right" if col != "type" else "left")
        base = results.get(f"{key}_baseline_underthesea_ner") or (
            results.get("baseline_underthesea_ner") if key == "entities" else None)
        if base:
            table.add_column("underthesea.ner F1", justify="right")
        for kind, s in results[key].items():
            row = [kind, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["tp"] + s["fn"])]
            if base:
                row.append(f"{base[kind]['f1']:.3f}")
            table.add_row(*row)
        parts.append(table)
    for key in ("dates", "figures"):
        if key in results:
            s = results[key]
            table = Table(title=key.capitalize(), title_justify="left")
            for col in ("precision", "recall", "F1", "support"):
                table.add_column(col, justify="right")
            extra = [c for c in ("subject_accuracy", "action_accuracy") if c in s]
            for col in extra:
                table.add_column(col.replace("_", " "), justify="right")
            table.add_row(f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["tp"] + s["fn"]),
                          *[f"{s[c]:.3f}" for c in extra])
            parts.append(table)
    return Group(*parts)
