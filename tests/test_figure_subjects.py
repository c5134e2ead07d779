"""The subject model (vnreport.figure_subjects): candidate phrases around a figure, scored."""

from __future__ import annotations

import pytest

import vnreport
from vnreport import figure_crf, figure_subjects
from vnreport.figure_subjects import Candidates, Ranker
from vnreport.pipeline import RULES_ONLY, run

from .test_figure_crf import _window


def _texts(candidates: Candidates) -> list[str | None]:
    return [candidates.text(i) for i in range(len(candidates))]


def test_candidates_are_runs_beside_the_quantity_and_no_subject():
    window = _window("Năm nay, toàn tỉnh đã cắt giảm 220 biên chế, tăng 5%.", "220")
    candidates = Candidates(window)
    texts = _texts(candidates)
    assert texts[-1] is None  # "no subject" is the last candidate
    assert {"biên chế", "toàn tỉnh", "cắt giảm", "biên chế, tăng 5"} <= set(texts)
    toks = window.sentence.tokens
    for a, b in candidates.spans:
        assert b - a <= figure_subjects.MAX_TOKENS
        assert b <= window.first or a >= window.last  # never over the quantity
        assert toks[a].text[:1].isalpha() and toks[b - 1].text[:1].isalnum()
    assert "220" not in texts and "chế," not in texts and ", tăng" not in texts


def test_a_candidates_features_are_its_edges_and_the_run_as_a_whole():
    window = _window("Toàn tỉnh cắt giảm 220 biên chế trong năm.", "220")
    candidates = Candidates(window)
    i = _texts(candidates).index("biên chế")
    a, b = candidates.spans[i]
    features = candidates.features(i)
    assert features == candidates.starts[a] + candidates.ends[b - 1] + candidates.follows[b] + candidates.pair(a, b)
    # the first and last words, the word after, the length, the distance and side, the rules' subject
    assert {"fw=biên", "lw=chế", "nw=trong", "len=2", "rel=R1", "R=eq", "hw=biên"} <= set(features)
    # a run on the left carries its distance with its last token, the one nearest the quantity
    j = _texts(candidates).index("cắt giảm")
    a, b = candidates.spans[j]
    assert "rel=L1" in candidates.ends[b - 1] and "hasV" in candidates.features(j)
    assert candidates.features(len(candidates) - 1) == candidates.none


def test_a_run_that_cuts_a_name_says_so():
    window = _window("Có 30 sinh viên trường Đại học Bách khoa tham gia.", "30")
    candidates = Candidates(window)
    texts = _texts(candidates)
    assert "cuts_organization" in candidates.features(texts.index("sinh viên trường Đại học"))
    assert "has_organization" in candidates.features(texts.index("sinh viên trường Đại học Bách khoa"))


def test_the_best_scoring_candidate_wins():
    window = _window("Toàn tỉnh cắt giảm 220 biên chế trong năm.", "220")
    candidates = Candidates(window)
    assert Ranker({"fw=biên": 1.0, "lw=chế": 1.0}).choose(window) == "biên chế"
    assert Ranker({"fw=toàn": 1.0, "lw=tỉnh": 1.0}).choose(window) == "Toàn tỉnh"
    assert Ranker({"NONE": 1.0}).choose(window) is None
    assert Ranker({}).best(candidates) == len(candidates.spans)  # equals: the first scored, "no subject"
    # the ranker's sum over the groups is the sum over the candidate's features
    weights = {f: float(n % 7) - 3 for n, f in enumerate(sorted({f for i in range(len(candidates))
                                                                  for f in candidates.features(i)}))}
    scores = [sum(weights.get(f, 0.0) for f in candidates.features(i)) for i in range(len(candidates))]
    best = Ranker(weights).best(candidates)
    assert scores[best] == pytest.approx(max(scores))


@pytest.mark.parametrize("text, number", [
    ("Có 30 sinh viên trường Đại học Bách khoa tham gia, tăng 5 người so với năm 2004.", "30"),
    ("Giá quế chỉ còn 3.000 đến 4.000 đồng/kg, giảm 90% so với năm trước.", "90"),
])
def test_the_runs_scored_together_score_as_their_features_one_by_one(text, number):
    # runs from one token are scored shortest first, the inside and the names they touch grown by
    # one token each time: the same sums as each run's pair features added up on their own
    candidates = Candidates(_window(text, number))
    names = sorted({f for a, b in candidates.spans for f in candidates.pair(a, b)})
    weights = {f: n % 11 - 5 for n, f in enumerate(names)}
    expected = {(a, b): sum(weights.get(f, 0) for f in candidates.pair(a, b)) for a, b in candidates.spans}
    assert candidates.pair_scores(weights) == expected


def test_training_learns_the_gold_choice_the_same_way_every_time(tmp_path):
    texts = ["Toàn tỉnh cắt giảm 220 biên chế trong năm.", "Huyện đã xây 35 căn nhà cho hộ nghèo.",
             "Thành phố có 12 trường học mới.", "Xã hỗ trợ 40 hộ dân bị lũ."]
    golds = ["biên chế", "căn nhà", "trường học", "hộ dân"]
    examples = []
    for text, gold in zip(texts, golds):
        window = _window(text, next(w for w in text.split() if w[0].isdigit()))
        candidates = Candidates(window)
        examples.append((candidates, _texts(candidates).index(gold)))
    weights = figure_subjects.train(examples)
    assert weights == figure_subjects.train(examples)
    ranker = Ranker(weights)
    assert [candidates.text(ranker.best(candidates)) for candidates, _ in examples] == golds
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    figure_subjects.write(one, weights, epochs=figure_subjects.EPOCHS)
    figure_subjects.write(two, dict(reversed(list(weights.items()))), epochs=figure_subjects.EPOCHS)
    assert one.read_bytes() == two.read_bytes()
    assert Ranker.load(one).weights == weights


def test_the_shipped_model_picks_the_counted_noun():
    # the phrase a figure counts, ended where the noun phrase ends
    cases = [
        ("Toàn tỉnh đã cắt giảm 220 biên chế trong năm 2017.", "biên chế"),
        ("Giá nước đầu vào là 11.000 đồng/m3.", "Giá nước đầu vào"),
    ]
    for text, subject in cases:
        [figure] = vnreport.extract(text).figures
        assert figure.fields["subject"] == subject, text


def test_a_subject_the_window_does_not_spell_stays_as_the_rules_read_it():
    # "cao nhất" takes "Nhiệt độ" from the reading before it
    doc = run("Nhiệt độ thấp nhất là 19-22 độ C, cao nhất khoảng 29-33 độ C.", stages=RULES_ONLY)
    figure = [s for s in doc.spans if s.label == "figure"][-1]
    window = figure_crf.Reader(doc).window(figure)
    assert window.figure.attrs["subject"] and window.subject_at is None
    assert figure_crf.reread_subject(window, Ranker({"NONE": 5.0})) == window.figure.attrs["subject"]
