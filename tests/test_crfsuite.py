"""Reading, pruning and writing CRFsuite model files (vnreport.crfsuite)."""

from __future__ import annotations

import random

import pytest
from underthesea_core import CRFTagger, CRFTrainer

from vnreport import crfsuite
from vnreport.models import DATA

WORDS = ["Hà", "Nội", "Bộ", "Công", "an", "ông", "Tô", "Lâm", "tại", "ngày", "họp", "và", "Sở", "Y", "tế"]
LABELS = {"Hà": "B-LOC", "Nội": "I-LOC", "Bộ": "B-ORG", "Công": "I-ORG", "an": "I-ORG", "Tô": "B-PER",
          "Lâm": "I-PER", "Sở": "B-ORG", "Y": "I-ORG", "tế": "I-ORG"}


def _attributes(words: list[str], i: int) -> list[str]:
    prev = words[i - 1] if i else "BOS"
    # the noise attributes are seen in training but say nothing: L1 sets them to zero
    return [f"w={words[i]}", f"p={prev}", f"lower={words[i].lower()}", f"noise={(i * 7 + len(words)) % 13}"]


def _corpus(seed: int, size: int) -> tuple[list, list]:
    rng = random.Random(seed)
    X, y = [], []
    for _ in range(size):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 12))]
        X.append([_attributes(words, i) for i in range(len(words))])
        y.append([LABELS.get(w, "O") for w in words])
    return X, y


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    X, y = _corpus(1, 300)
    trainer = CRFTrainer()
    trainer.set_l1_penalty(1.0)
    trainer.set_l2_penalty(0.01)
    trainer.set_max_iterations(60)
    path = tmp_path_factory.mktemp("crf") / "full.crfsuite"
    trainer.train(X, y).save(str(path))
    return path


def _tagger(path) -> CRFTagger:
    tagger = CRFTagger()
    tagger.load(str(path))
    return tagger


def test_reading_and_writing_again_gives_the_same_bytes(trained, tmp_path):
    model = crfsuite.read(trained)
    crfsuite.write(tmp_path / "again.crfsuite", model)
    assert (tmp_path / "again.crfsuite").read_bytes() == trained.read_bytes()


def test_the_feature_count_is_read_from_the_feature_chunk(trained, tmp_path):
    # CRFsuite's own writer (the trainer scripts/train_ner.py uses) leaves the
    # header's feature count at 0; the FEAT chunk holds the real one
    data = bytearray(trained.read_bytes())
    data[16:20] = bytes(4)
    (tmp_path / "crfsuite.crfsuite").write_bytes(bytes(data))
    assert crfsuite.read(tmp_path / "crfsuite.crfsuite") == crfsuite.read(trained)
    assert crfsuite.read(trained).features


def test_pruned_model_tags_and_scores_exactly_like_the_full_one(trained, tmp_path):
    full = crfsuite.read(trained)
    small = crfsuite.prune(full)
    assert len(small.attributes) < len(full.attributes)
    assert len(small.features) == len(full.features)
    crfsuite.write(tmp_path / "small.crfsuite", small)
    assert (tmp_path / "small.crfsuite").stat().st_size < trained.stat().st_size

    before, after = _tagger(trained), _tagger(tmp_path / "small.crfsuite")
    X, _ = _corpus(2, 200)
    X.append([["w=never", "seen"], ["p=at all"]])
    for sequence in X:
        tags, score = before.tag_with_score(sequence)
        assert after.tag_with_score(sequence) == (tags, pytest.approx(score, abs=1e-9))


def test_every_attribute_of_a_pruned_model_has_a_feature(trained):
    small = crfsuite.prune(crfsuite.read(trained))
    used = {src for kind, src, _, _ in small.features if kind == crfsuite.STATE}
    assert used == set(range(len(small.attributes)))


def test_the_shipped_ner_model_holds_no_dead_attributes():
    model = crfsuite.read(DATA / "ner/model.crfsuite")
    used = {src for kind, src, _, _ in model.features if kind == crfsuite.STATE}
    assert used == set(range(len(model.attributes)))
    assert model.labels[0] == "O" and len(model.labels) == 7


@pytest.mark.parametrize("length", range(0, 40))
def test_dictionary_keys_of_every_length_are_found_by_the_reader(tmp_path, length):
    # keys of every length modulo 12 exercise each branch of the hash
    key = ("k" * length)[:length]
    model = crfsuite.Model(["O", "X"], [key, key + "é", "other"],
                           [(crfsuite.STATE, 0, 1, 2.0), (crfsuite.STATE, 1, 1, 1.0),
                            (crfsuite.STATE, 2, 0, 0.5), (crfsuite.TRANSITION, 1, 1, 0.25)])
    crfsuite.write(tmp_path / "m.crfsuite", model)
    tagger = _tagger(tmp_path / "m.crfsuite")
    assert tagger.tag([[key]]) == ["X"]
    assert tagger.tag([[key + "é"]]) == ["X"]
    assert tagger.tag([["other"]]) == ["O"]


def test_not_a_model_is_refused(tmp_path):
    path = tmp_path / "x.crfsuite"
    path.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ValueError):
        crfsuite.read(path)


_TRAIN_IN_A_FRESH_PROCESS = """
import sys
from tests.test_crfsuite import _corpus
from vnreport import crfsuite
X, y = _corpus(3, 200)
crfsuite.train(X, y, sys.argv[1], c1=0.05, c2=0.05, iterations=50)
"""


def test_training_gives_the_same_file_from_the_same_data(tmp_path):
    pytest.importorskip("pycrfsuite")
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    paths = [tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"]
    for seed, path in zip(("1", "2"), paths):
        # separate processes with different hash seeds, as two training runs would be
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", _TRAIN_IN_A_FRESH_PROCESS, str(path)], cwd=ROOT, env=env, check=True)
    assert paths[0].read_bytes() == paths[1].read_bytes()

    # underthesea_core's tagger, which vnreport runs with, reads CRFsuite's file
    X, y = _corpus(3, 200)
    tagger = _tagger(paths[0])
    right = sum(t == g for sequence, gold in zip(X, y) for t, g in zip(tagger.tag(sequence), gold))
    assert right / sum(map(len, y)) > 0.99
