"""Accuracy floors on the hand-annotated development reports (tests/gold, split "dev").

These are regression guards, set a little below what the pipeline scores
today (README, Evaluation, has the figures); the held-out "test" files are
only scored by `vnreport eval`, never tested against here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreport.scoring import score_gold_files

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def dev_scores(sample_reports):
    # the samples' reports, extracted once for the run (the gold files index the same NFC text)
    reports = dict(sample_reports.values())
    return score_gold_files(sorted(GOLD.glob("*.json")), split="dev", extract=reports.__getitem__)


def test_dates(dev_scores):
    assert dev_scores["dates"]["f1"] >= 0.80


def test_figures(dev_scores):
    figures = dev_scores["figures"]
    assert figures["f1"] >= 0.90
    assert figures["subject_accuracy"] >= 0.65
    assert figures["action_accuracy"] >= 0.65


def test_entities(dev_scores):
    assert dev_scores["gold_entities"]["micro"]["f1"] >= 0.70
