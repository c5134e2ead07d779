"""The second annotations of tests/agreement/ (scripts/agreement.py) answer the gold's own items.

A second annotator was given the spans, values and units of a gold file's figures and the spans
of its dates and wrote their subjects, actions and date values anew; agreement is only
meaningful item by item, so each file must list exactly those items of its gold file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from vnreport.scoring import read_gold

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "tests" / "agreement").glob("*.json"))
DATE_VALUE = re.compile(r"(?:\d{4}|XXXX)(?:-\d\d){0,2}(?:/(?:\d{4}|XXXX)(?:-\d\d){0,2})?")


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_second_annotation_answers_the_gold_items(path: Path) -> None:
    second = json.loads(path.read_text(encoding="utf-8"))
    gold, text = read_gold(ROOT / "tests" / "gold" / path.name, ROOT)
    assert second["source"] == gold["source"]

    def quantity(f: dict) -> tuple:
        return f["start"], f["end"], f["value"], f["unit"]

    assert [quantity(f) for f in second["figures"]] == [quantity(f) for f in gold["figures"]]
    assert [(d["start"], d["end"]) for d in second["dates"]] == [(d["start"], d["end"]) for d in gold["dates"]]
    for item in second["figures"] + second["dates"]:
        assert text[item["start"]:item["end"]] == item["text"]
    for f in second["figures"]:
        assert all(f[k] is None or isinstance(f[k], str) for k in ("subject", "action"))
    for d in second["dates"]:
        assert DATE_VALUE.fullmatch(str(d["value"])), d


def test_gold_consistency_reads_subjects_that_start_after_their_quantity() -> None:
    """scripts/gold_consistency.py measures only development subjects written right after the
    quantity, so that where the phrase ends is the whole question."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gold_consistency", ROOT / "scripts/gold_consistency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    items = list(module._subjects_after_quantity())
    assert len({article for article, *_ in items}) > 500
    for article, unit, after, subject in items:
        assert 0 <= after.find(subject) <= 2, (article, subject)
