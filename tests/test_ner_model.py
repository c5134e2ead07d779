"""The shipped NER model and the code that feeds it agree."""

from __future__ import annotations

import json

from vnreport import ner
from vnreport.models import DATA, ner_tagger


def test_shipped_model_was_trained_with_todays_features():
    meta = json.loads((DATA / "ner/features.json").read_text(encoding="utf-8"))
    assert meta["templates"] == ner.TEMPLATES
    assert meta["columns"] == list(ner.COLUMNS)


def test_model_loads_and_tags_bio_labels():
    from vnreport.pipeline import analyze

    doc = analyze("Thượng tướng Tô Lâm làm việc tại Hà Nội.")
    tags = ner_tagger().tag(ner.rows(doc.sentences[0]))
    assert set(tags) <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
    assert "B-PER" in tags and "B-LOC" in tags
