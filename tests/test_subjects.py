"""The learned figure subjects (vnreport.subjects), on sentences of the development samples."""

from __future__ import annotations

import json
import subprocess
import sys
from unittest import mock

import pytest

import vnreport
from vnreport import subjects
from vnreport.pipeline import run

from .conftest import ROOT, read_sample


def figures(text: str, *, rules_only: bool = False) -> list[vnreport.report.Mention]:
    if rules_only:
        with mock.patch.object(subjects, "model", lambda: None):
            return vnreport.extract(text).figures
    return vnreport.extract(text).figures


def figure_at(text: str, quantity: str, **kw) -> vnreport.report.Mention:
    return next(f for f in figures(text, **kw)
                if text[f.fields["quantity_start"]:f.fields["quantity_end"]] == quantity)


def test_the_model_ships_and_loads():
    tagger = subjects.model()
    assert tagger is not None
    assert set(tagger.labels()) == {"O", "B-S", "I-S"}
    meta = json.loads((subjects.MODEL.parent / "features.json").read_text(encoding="utf-8"))
    assert meta["window"] == subjects.WINDOW
    assert meta["training"]["files"] == {"d104": 104, "t4": 24, "h5": 24, "h6": 24, "h7": 24}


@pytest.mark.parametrize("text, quantity, subject, rules", [
    # XH_VNE_T_5197, XH_VNE_T_7021, XH_VNE_T_4574, XH_VNE_T_1702: the rules read none, or a part
    ("Dự án nhà máy xử lý nước có tổng mức đầu tư 801 tỷ đồng, trong đó, một nửa sẽ vay ODA của Chính phủ Áo.",
     "801 tỷ đồng", "tổng mức đầu tư", None),
    ("Theo đề xuất vừa đưa ra hồi đầu tuần của UBND, thành phố sẽ thống nhất mức giá giữ 500 đồng/lượt cho xe "
     "đạp và 1.000 đồng/lượt cho xe máy gửi vào ban ngày tại các điểm giữ xe ở bệnh viện, trường học.",
     "500 đồng/lượt", "mức giá giữ", None),
    ("Sau 5 tháng, thành phố mới cấp được hơn 13.000 giấy chứng nhận quyền sử dụng đất, đạt 9% so với kế hoạch.",
     "13.000", "giấy chứng nhận quyền sử dụng đất", "giấy"),
    ("Người đàn ông 41 tuổi này đã bị bọn giang hồ đánh thập tử nhất sinh.", "41 tuổi", "Người đàn ông", None),
])
def test_the_learned_subject_replaces_the_rules(text, quantity, subject, rules):
    assert figure_at(text, quantity).fields["subject"] == subject
    assert figure_at(text, quantity, rules_only=True).fields["subject"] == rules


def test_the_figure_span_widens_over_a_learned_subject_outside_it():
    # XH_VNE_T_7021: the rules' span is the action and the quantity
    text = "Cá biệt có những địa điểm giá giữ xe ban ngày tăng đến 3.000 đồng/chiếc."
    rules = figure_at(text, "3.000 đồng/chiếc", rules_only=True)
    assert (rules.text, rules.fields["subject"]) == ("tăng đến 3.000 đồng/chiếc", None)
    learned = figure_at(text, "3.000 đồng/chiếc")
    assert learned.fields["subject"] == "giá giữ xe ban ngày"
    assert learned.text == "giá giữ xe ban ngày tăng đến 3.000 đồng/chiếc" == text[learned.start:learned.end]
    assert learned.end == rules.end


def test_figure_spans_hold_their_text_and_learned_subject():
    doc = run(read_sample(ROOT / "samples/vntc/XH_VNE_T_1702.txt"))
    spans = [s for s in doc.spans if s.label == "figure"]
    assert spans
    for span in spans:
        assert span.text == doc.text[span.start:span.end]
        start = span.attrs["quantity_start"]
        sentence = next(s for s in doc.sentences if s.start <= start < s.end)
        learned = subjects.learned_subject(doc, sentence, span.attrs)
        if learned:
            assert learned[0] == span.attrs["subject"]
            assert span.start <= learned[1] and learned[2] <= span.end


@pytest.mark.parametrize("text, quantity, subject", [
    # XH_NLD_T_9812: the model reads no subject, the rules' "xe" stays
    ("Tùy mức độ sai phạm, các xe trên sẽ bị giữ từ 10 đến 15 ngày.", "15 ngày", "xe"),
    # XH_VNE_T_1558: a duration, nothing counted: no subject either way
    ("Môn này con chị đã học tại đây 2 năm.", "2 năm", None),
    # a table row (cells split by a tab): the rules alone
    ("Dự án nhà máy xử lý nước có tổng mức đầu tư\t801 tỷ đồng.", "801 tỷ đồng", None),
])
def test_the_rules_stay_where_the_model_reads_no_subject(text, quantity, subject):
    found, rules = figure_at(text, quantity), figure_at(text, quantity, rules_only=True)
    assert found.fields["subject"] == rules.fields["subject"] == subject
    assert (found.text, found.start, found.end) == (rules.text, rules.start, rules.end)


def test_no_sentence_no_subject():
    doc = run("Dự án có tổng mức đầu tư 801 tỷ đồng.")
    figure = next(s for s in doc.spans if s.label == "figure").attrs
    assert subjects.learned_subject(doc, None, figure) is None
    assert subjects.learned_subject(doc, doc.sentences[0], figure)[0] == "tổng mức đầu tư"


def test_training_gives_the_same_model_twice(tmp_path):
    pytest.importorskip("pycrfsuite")
    files = []
    for name in ("first", "second"):  # separate processes: nothing shared but the data
        subprocess.run([sys.executable, str(ROOT / "scripts/train_subjects.py"), "--out", str(tmp_path / name),
                        "--docs", "XH_VNE_T_1702", "XH_VNE_T_5197", "XH_NLD_T_9812"],
                       check=True, capture_output=True, cwd=ROOT)
        files.append([(tmp_path / name / f).read_bytes() for f in ("model.crfsuite", "features.json")])
    assert files[0] == files[1]
    assert json.loads(files[0][1])["training"]["files"] == {"t4": 1, "h5": 2}
