"""The hand annotations in tests/gold hold together: each span is the text at its offsets, the
lists are sorted, and no two dates or two figures share characters (a figure typed with another
figure's offsets, "7%" inside "17%", once slipped past the annotators' own check).

Failures name the file and the item's index only, so a held-out file's content is never printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, read_sample

GOLD = sorted((ROOT / "tests/gold").glob("*.json"))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_spans_are_the_text_sorted_and_apart(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["split"] in ("dev", "test"), path.name
    text = read_sample(ROOT / gold["source"])
    for kind in ("entities", "dates", "figures"):
        items = gold[kind]
        for i, item in enumerate(items):
            assert text[item["start"]:item["end"]] == item["text"], f"{path.name} {kind}[{i}]: offsets"
        starts = [item["start"] for item in items]
        assert starts == sorted(starts), f"{path.name} {kind}: not sorted by start"
        if kind != "entities":  # entities may nest ("Sở Nội vụ tỉnh Quảng Nam" holds "Quảng Nam")
            for i in range(1, len(items)):
                assert items[i]["start"] >= items[i - 1]["end"], f"{path.name} {kind}[{i}]: overlaps the item before"
