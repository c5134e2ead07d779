"""The library end to end: the contract's invariants on every sample and on awkward input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnreport
from vnreport.pipeline import BEFORE_REREAD, RECOGNIZERS, RULES_ONLY, STAGES

from .conftest import SAMPLES


def test_stages_are_named_in_order():
    assert [s.__name__ for s in STAGES] == ["normalize", "split_sentences", "tag_words", "recognize", "resolve",
                                          "reread_figures", "describe"]
    assert [s.__name__ for s in RULES_ONLY] == ["normalize", "split_sentences", "tag_words", "recognize", "resolve",
                                                "describe"]
    assert [s.__name__ for s in BEFORE_REREAD] == ["normalize", "split_sentences", "tag_words", "recognize", "resolve"]
    assert RECOGNIZERS == ("abbreviations", "dates", "names", "bodies", "figures")


@pytest.mark.parametrize("path", SAMPLES[::40], ids=lambda p: p.stem)
def test_the_run_s_reports_are_what_extract_gives(sample_reports, path):
    # the shared pass over the samples stops before the figure CRFs to read their training
    # instances, then runs the rest of the stages: the same reports as extract
    text, report = sample_reports[path.name]
    assert report.to_dict() == vnreport.extract(text, source=path.name).to_dict()


@pytest.mark.parametrize("name", [p.name for p in SAMPLES])
def test_offsets_point_at_the_text_and_figures_are_numbers(sample_reports, name):
    text, report = sample_reports[name]
    for m in report.entities + report.figures:
        assert text[m.start : m.end] == m.text
    for f in report.figures:
        assert f.start <= f.fields["quantity_start"] < f.fields["quantity_end"] <= f.end
        value = f.fields["value"]  # a number, and a float only where it has a fraction
        assert isinstance(value, (int, float)) and not isinstance(value, bool)
        assert not (isinstance(value, float) and value.is_integer())


@pytest.mark.parametrize("name", [p.name for p in SAMPLES])
def test_entities_are_sorted_and_do_not_overlap(sample_reports, name):
    _, report = sample_reports[name]
    starts = [e.start for e in report.entities]
    assert starts == sorted(starts)
    for a, b in zip(report.entities, report.entities[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("name", [p.name for p in SAMPLES])
def test_every_sample_validates_against_the_schema(sample_reports, schema_validator, name):
    _, report = sample_reports[name]
    schema_validator.validate(report.to_dict())


def test_reference_date_given_wins():
    report = vnreport.extract("Ngày 31.1, Sở Nội vụ họp.", reference_date=2019)
    dates = [e for e in report.entities if e.type == "date"]
    assert report.reference_date == "2019"
    assert dates[0].fields["value"] == "2019-01-31"
    assert dates[0].fields["year_inferred"] is True


@pytest.mark.parametrize(("given", "value"), [("2019", "2019-01-31"), ("2019-02-03", "2019-01-31"),
                                               (dt.date(2019, 2, 3), "2019-01-31")])
def test_reference_date_as_written_on_the_command_line(given, value):
    report = vnreport.extract("Ngày 31.1, Sở Nội vụ họp.", reference_date=given)
    assert [e.fields["value"] for e in report.entities if e.type == "date"] == [value]


@pytest.mark.parametrize(("given", "error", "message"), [
    ("31/1/2019", ValueError, "expected a year .* or a date .2018-01-31."),
    ("2019-02-30", ValueError, "'2019-02-30': day is out of range"),
    (2019.0, TypeError, "a date, a year or a string such as '2018-01-31', not float"),
    (True, TypeError, "not bool"),
])
def test_a_bad_reference_date_says_what_is_wrong(given, error, message):
    with pytest.raises(error, match=message):
        vnreport.extract("Ngày 31.1, Sở Nội vụ họp.", reference_date=given)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\r\n", "\u00a0\u200b", "😀🎉 ngày 31.1 😀", "Tokyo 東京 và Москва, ngày 1/7",
     "(((", "1/2/3/4/5/6", "A" * 5000, "Ông " * 300, "ngày 31/2/2018"],
)
def test_awkward_input_gives_a_valid_report(schema_validator, text):
    report = vnreport.extract(text)
    schema_validator.validate(report.to_dict())
    for m in report.entities + report.figures:
        assert report.text[m.start : m.end] == m.text


def test_invalid_calendar_dates_are_not_dates():
    report = vnreport.extract("Ngày 31/2/2018 không có thật.")
    assert not [e for e in report.entities if e.type == "date"]


vietnamese = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ"
                                                  "ÀÁĐỨỪỰ0123456789.,/-%() \n")), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=300), vietnamese))
def test_extract_never_raises_offsets_hold_and_json_validates(schema_validator, text):
    report = vnreport.extract(text)
    for m in report.entities + report.figures:
        assert report.text[m.start : m.end] == m.text
    schema_validator.validate(report.to_dict())


def test_a_dotted_place_name_before_a_capital_ends_its_sentence():
    from vnreport.tokenize import sentences

    text = "Họp tại TP.HCM. Ông A nói. PGS.TS. Nguyễn Văn B dự."
    assert [text[s.start : s.end] for s in sentences(text)] == ["Họp tại TP.HCM.", "Ông A nói.", "PGS.TS. Nguyễn Văn B dự."]
    report = vnreport.extract("Ông Nguyễn Văn A làm việc tại Công an TP.HCM. Trung tá Trần Văn B cho biết.")
    assert [e.text for e in report.entities if e.type == "organization"] == ["Công an TP.HCM"]


@pytest.mark.parametrize(
    "text, sentence_texts",
    [
        # a period that lost its space after a syllable, before a capital, still ends the sentence
        ("Đoàn đến Việt Nam.Ba thành viên của đoàn", ["Đoàn đến Việt Nam.", "Ba thành viên của đoàn"]),
        ("cần nhiều từ yếu tố văn hóa.Vì vậy, học sinh", ["cần nhiều từ yếu tố văn hóa.", "Vì vậy, học sinh"]),
        ("diễn ra tại tỉnh Đồng Nai.Tính từ năm 2004", ["diễn ra tại tỉnh Đồng Nai.", "Tính từ năm 2004"]),
        # abbreviations keep their dots: capitals, no vowel, one letter, no Vietnamese syllable
        ("Họp ở TP.HCM, Tp.Vũng Tàu, Q.Ba và Th.S Lan", ["Họp ở TP.HCM, Tp.Vũng Tàu, Q.Ba và Th.S Lan"]),
        ("Công ty Knowledge Consultancy Pte.Ltd tại Singapore", ["Công ty Knowledge Consultancy Pte.Ltd tại Singapore"]),
        # ... nor English ones whose first part happens to spell a syllable
        ("Công ty Samsung Vina Co.Ltd và siêu thị Co.Op Mart, Công ty Vin.Pearl",
         ["Công ty Samsung Vina Co.Ltd và siêu thị Co.Op Mart, Công ty Vin.Pearl"]),
    ],
)
def test_a_glued_sentence_end_is_split_and_abbreviations_are_not(text, sentence_texts):
    from vnreport.tokenize import sentences

    assert [text[s.start : s.end] for s in sentences(text)] == sentence_texts


def test_a_number_word_opening_a_glued_sentence_counts():
    report = vnreport.extract("Chiến dịch cứu trợ nạn nhân chất độc da cam Việt Nam.Ba thành viên của đoàn đã tới.")
    assert [(f.text, f.fields["value"]) for f in report.figures] == [("Ba thành viên", 3)]
    assert "Việt Nam" in [e.text for e in report.entities if e.type == "location"]


def test_an_address_number_glued_to_its_period_ends_no_sentence():
    from vnreport.tokenize import sentences

    text = "Bạn đọc (413/36 Lê Văn Sỹ, P.12, Q.3, TP.HCM): 1.300.000 đồng. Ông sống ở Q.1. Sau đó ông về."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Bạn đọc (413/36 Lê Văn Sỹ, P.12, Q.3, TP.HCM): 1.300.000 đồng.", "Ông sống ở Q.1.", "Sau đó ông về."]
