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
    import vnreport

    return path.name, (read_sample(path), vnreport.extract(read_sample(path), source=path.name))


@pytest.fixture(scope="session")
def sample_reports():
    """Every sample's text and report, extracted once for the whole run (name -> (text, report)),
    by as many processes as there are cores (reports are the same in any process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores < 2:
        return dict(map(_extracted, SAMPLES))
    with ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(pool.map(_extracted, SAMPLES, chunksize=8))
