"""Golden output of the founding sample: the whole JSON record, reviewed by hand.

A change in what vnreport extracts from samples/so-noi-vu-2018.txt shows up
here as a diff a person reads. After reviewing it, rewrite the file with
``VNREPORT_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``.
"""

from __future__ import annotations

import json
import os

import vnreport

from .conftest import FOUNDING, ROOT, read_sample

GOLDEN = ROOT / "tests/golden/so-noi-vu-2018.json"


def test_founding_sample_matches_its_reviewed_golden_output():
    record = vnreport.extract(read_sample(FOUNDING), source="samples/so-noi-vu-2018.txt").to_dict()
    if os.environ.get("VNREPORT_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert record == json.loads(GOLDEN.read_text(encoding="utf-8"))
