"""Shared fixtures: the sample reports and the JSON Schema of the contract."""

from __future__ import annotations

import json
import multiprocessing
import os
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted([ROOT / "samples/so-noi-vu-2018.txt", *(ROOT / "samples/vntc").glob("*.txt")])
FOUNDING = ROOT / "samples/so-noi-vu-2018.txt"


def read_sample(path: Path) -> str:
    return unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig"))


@pytest.fixture(scope="session")
def schema_validator():
    import jsonschema

    schema = json.loads((ROOT / "vnreport/data/schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def founding_report():
    import vnreport

    return vnreport.extract(read_sample(FOUNDING), source="samples/so-noi-vu-2018.txt")


def _extracted(path: Path):
    """A sample's name, text and report, and, for a development gold file, the figure CRFs'
    training instances, read from the document as it stands before the CRFs re-read it (the
    report is what ``vnreport.extract`` gives: the same stages, in the same order)."""
    from vnreport.figure_crf import training_instances
    from vnreport.pipeline import BEFORE_REREAD, STAGES, run
    from vnreport.report import Report

    text = read_sample(path)
    doc = run(text, stages=BEFORE_REREAD)
    gold_file = ROOT / "tests/gold" / f"{path.stem}.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8")) if gold_file.exists() else None
    if gold is not None:  # the training script reads the gold's source: the same file
        assert gold["source"] == path.relative_to(ROOT).as_posix(), f"{gold_file.name} is not about {path.name}"
    items = None
    if gold is not None and gold["split"] == "dev":
        items = [{k: v for k, v in item.items() if k != "window"}  # a window holds the whole document
                 for item in training_instances(doc, gold["figures"], path.stem)]
    for stage in STAGES[len(BEFORE_REREAD):]:
        doc = stage(doc)
    return path.name, (text, Report.from_document(doc, source=path.name)), items


@pytest.fixture(scope="session")
def _samples_run():
    """Every sample extracted once for the whole run, by as many processes as there are cores
    (reports are the same in any process): (name -> (text, report), stem -> training instances)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores < 2:
        results = list(map(_extracted, SAMPLES))
    else:
        with ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(_extracted, SAMPLES, chunksize=8))
    reports = {name: pair for name, pair, _ in results}
    training = {Path(name).stem: items for name, _, items in results if items is not None}
    return reports, training


@pytest.fixture(scope="session")
def sample_reports(_samples_run):
    """Every sample's text and report (name -> (text, report))."""
    return _samples_run[0]


@pytest.fixture(scope="session")
def figure_training(_samples_run):
    """The figure CRFs' training instances of every development gold file (stem -> instances)."""
    return _samples_run[1]
