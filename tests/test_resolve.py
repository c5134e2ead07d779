"""The overlap policy of vnreport/resolve.py."""

from __future__ import annotations

from vnreport.resolve import complete_repeated_names, resolve_overlaps
from vnreport.spans import Span


def span(start, end, label, priority=0, **attrs):
    return Span(start, end, label, "x" * (end - start), attrs, "test", priority)


def test_a_date_beats_any_entity_it_overlaps():
    kept = resolve_overlaps([span(0, 9, "location"), span(0, 9, "date")])
    assert [s.label for s in kept] == ["date"]


def test_priority_then_length_decide_among_entities():
    kept = resolve_overlaps([span(0, 5, "organization", priority=-1), span(0, 3, "location")])
    assert [(s.label, s.end) for s in kept] == [("location", 3)]
    kept = resolve_overlaps([span(0, 5, "organization"), span(0, 3, "location")])
    assert [(s.label, s.end) for s in kept] == [("organization", 5)]


def test_a_longer_span_completes_a_shorter_one_of_its_label_unless_it_runs_into_another_mention():
    # the grammar's "Bộ Tài nguyên và Môi trường" completes the model's "Bộ Tài nguyên"
    kept = resolve_overlaps([span(0, 13, "organization"), span(0, 27, "organization", priority=-1)])
    assert [(s.label, s.end) for s in kept] == [("organization", 27)]
    # "UBND tỉnh" + "Nguyễn Văn A": the grammar's run into the person's name does not
    kept = resolve_overlaps([span(0, 9, "organization"), span(0, 22, "organization", priority=-1),
                             span(10, 22, "person")])
    assert [(s.label, s.start, s.end) for s in kept] == [("organization", 0, 9), ("person", 10, 22)]


def test_an_agency_outranks_the_places_that_qualify_it():
    place = span(9, 15, "location")  # "TP.HCM" in "Sở Y tế TP.HCM"
    agency = Span(0, 15, "organization", "x" * 15, priority=-1, nests_places=True)
    assert [(s.label, s.start) for s in resolve_overlaps([agency, place])] == [("organization", 0)]
    # ... not a span that does not nest its places, nor one a place only overlaps
    bare = span(0, 15, "organization", priority=-1)
    assert [(s.label, s.start) for s in resolve_overlaps([bare, span(9, 15, "location")])] == [("location", 9)]
    # ... also when the model read its head as a shorter organization ("Sở Y tế" + "TP.HCM")
    agency = Span(0, 15, "organization", "x" * 15, priority=-1, nests_places=True)
    kept = resolve_overlaps([agency, span(0, 7, "organization"), span(9, 15, "location")])
    assert [(s.label, s.start, s.end) for s in kept] == [("organization", 0, 15)]
    # ... not a place listed after it
    listed = Span(0, 30, "organization", "Liên minh châu Âu và Nhật Bản.", priority=-1, nests_places=True)
    kept = resolve_overlaps([listed, span(0, 17, "organization"), span(21, 29, "location")])
    assert [(s.label, s.start) for s in kept] == [("organization", 0), ("location", 21)]
    crossing = Span(0, 12, "organization", "x" * 12, priority=-1, nests_places=True)
    assert [(s.label, s.start) for s in resolve_overlaps([crossing, span(9, 15, "location")])] == [("location", 9)]


def test_a_figure_inside_a_date_is_dropped_but_a_date_inside_a_figure_stays():
    inside = span(0, 2, "figure", quantity_start=0, quantity_end=2)
    date = span(0, 9, "date")
    phrase = span(20, 40, "figure", quantity_start=20, quantity_end=22)
    compared = span(30, 38, "date")
    kept = resolve_overlaps([inside, date, phrase, compared])
    assert [(s.label, s.start) for s in kept] == [("date", 0), ("figure", 20), ("date", 30)]


def test_a_number_closing_a_body_name_is_no_figure():
    def body(text):
        return Span(0, len(text), "organization", text, {}, "test", 0)

    def number(text, phrase):  # the figure's span: its phrase ending in the number
        start = text.index(phrase)
        return Span(start, start + len(phrase), "figure", phrase,
                    {"quantity_start": start + len(phrase) - 1, "quantity_end": start + len(phrase)}, "test", 0)

    name = "Công ty Tư vấn thí nghiệm 1"
    kept = resolve_overlaps([body(name), number(name, "thí nghiệm 1")])
    assert [s.label for s in kept] == ["organization"]
    # a body's name the model ran into a measure does not swallow the measure
    text = "Nhà máy Xi măng Hoàng Thạch 20 MW"
    measure = Span(28, 33, "figure", "20 MW", {"quantity_start": 28, "quantity_end": 30}, "test", 0)
    assert [s.label for s in resolve_overlaps([body(text), measure])] == ["organization", "figure"]
    # nor a count after the body's name
    text = "Công ty Cầu 14 có 20 kỹ sư"
    count = Span(18, 26, "figure", "20 kỹ sư", {"quantity_start": 18, "quantity_end": 20}, "test", 0)
    assert [s.label for s in resolve_overlaps([Span(0, 14, "organization", text[:14], {}, "test", 0), count])] == [
        "organization", "figure"]


def test_a_body_named_again_is_completed_to_its_full_name_and_its_closing_number_is_no_figure():
    text = "Công ty Vật tư xây dựng 5 thi công. Sau đó Công ty Vật tư xây dựng 5 hứa nộp hồ sơ."
    full = Span(0, 25, "organization", text[0:25])
    cut = Span(43, 57, "organization", text[43:57])  # "Công ty Vật tư": the model stopped short
    complete_repeated_names([full, cut], text)
    assert (cut.start, cut.end, cut.text) == (43, 68, "Công ty Vật tư xây dựng 5")
    # a different name after the same start is left as it is
    other = "Công ty Vật tư xây dựng 5 thi công. Công ty Vật tư Hà Nội giúp."
    first, second = Span(0, 25, "organization", other[0:25]), Span(36, 50, "organization", other[36:50])
    complete_repeated_names([first, second], other)
    assert second.end == 50
