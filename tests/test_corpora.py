"""Readers of annotated corpora and the scorer."""

from __future__ import annotations

from vnreport.corpora import read_conll, read_enamex, split_of
from vnreport.evaluate import score_spans


def test_enamex_keeps_outermost_entities_and_drops_misc():
    doc = read_enamex('<ENAMEX TYPE="ORGANIZATION">Hội sinh viên <ENAMEX TYPE="LOCATION">Việt Nam</ENAMEX>'
                      '</ENAMEX> và <ENAMEX TYPE="MISCELLANEOUS">tiếng Anh</ENAMEX> tại '
                      '<ENAMEX TYPE="LOCATION"> Úc</ENAMEX>')
    assert doc.text == "Hội sinh viên Việt Nam và tiếng Anh tại  Úc"
    assert [(doc.text[s:e], t) for s, e, t in doc.spans] == [("Hội sinh viên Việt Nam", "organization"), ("Úc", "location")]


def test_enamex_offsets_refer_to_nfc_text():
    doc = read_enamex('Ho\u0300a <ENAMEX TYPE="PERSON">Ho\u0300a</ENAMEX>')  # NFD input
    assert doc.text == "Hòa Hòa" and doc.spans == [(4, 7, "person")]


def test_conll_maps_phoner_types():
    text = "Bệnh B-ORGANIZATION\nviện I-ORGANIZATION\nBạch I-ORGANIZATION\nMai I-ORGANIZATION\ncó O\nbà O\nH. B-NAME\n\n"
    (doc,) = read_conll(text)
    assert [(doc.text[s:e], t) for s, e, t in doc.spans] == [("Bệnh viện Bạch Mai", "organization"), ("H.", "person")]


def test_split_is_stable_and_roughly_one_in_ten():
    names = [f"Xa hoi/{i}.muc" for i in range(2000)]
    parts = [split_of(n) for n in names]
    assert parts == [split_of(n) for n in names]
    assert 150 < parts.count("test") < 250 and 150 < parts.count("dev") < 250


def test_scores_count_exact_matches_only():
    s = score_spans([([(0, 3, "person"), (5, 8, "organization")], [(0, 3, "person"), (5, 7, "organization")])])
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (1, 1, 1)
    assert s.by_type["person"].f1 == 1.0 and s.by_type["organization"].f1 == 0.0
