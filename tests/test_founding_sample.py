"""What every newcomer will see on samples/so-noi-vu-2018.txt (issue: the sample every newcomer will try)."""

from __future__ import annotations


def _entities(report, kind):
    return [e for e in report.entities if e.type == kind]


def test_people_with_roles_and_linked_mentions(founding_report):
    people = {p.name: p for p in founding_report.people()}
    phong = people["Nguyễn Văn Phóng"]
    assert phong.mentions == 2
    assert "Phó Bí thư Tỉnh ủy" in phong.roles
    assert "Chủ tịch UBND tỉnh" in phong.roles
    assert "Hồ Chí Minh" in people
    assert "Lệ Thu" in people


def test_organizations_with_expansion(founding_report):
    orgs = {e.text: e.fields.get("expansion") for e in _entities(founding_report, "organization")}
    for name in ("Sở Nội vụ", "Tỉnh ủy", "UBND tỉnh", "Đảng", "Chính phủ"):
        assert name in orgs, name
    assert orgs["UBND tỉnh"] == "Ủy ban nhân dân tỉnh"


def test_dates_with_year_from_context(founding_report):
    values = {(e.text, e.fields["value"]) for e in _entities(founding_report, "date")}
    assert ("Ngày 31.1", "2018-01-31") in values
    assert ("năm 2017", "2017") in values
    assert ("năm 2018", "2018") in values
    assert ("11.6.1948", "1948-06-11") in values
    assert ("11.6.2018", "2018-06-11") in values
    assert founding_report.reference_date == "2018"


def test_figures_with_subject_and_action(founding_report):
    figures = {f.fields["value"]: f.fields for f in founding_report.figures}
    assert figures[220]["subject"] == "biên chế" and figures[220]["action"] == "cắt giảm"
    assert figures[220]["direction"] == "-"
    assert figures[101]["subject"].startswith("cán bộ, công chức, viên chức")
    assert figures[101]["action"] == "tinh giản"
    assert figures[100]["unit"] == "%" and figures[100]["subject"] == "cơ quan hành chính"
    assert figures[70]["unit"] == "năm"


def test_abbreviation_defined_in_the_text(founding_report):
    assert {"short": "CCHC", "long": "cải cách hành chính", "source": "text"} in founding_report.abbreviations


def test_nothing_absurd(founding_report):
    texts = {(e.type, e.text) for e in founding_report.entities}
    assert not any(t == "location" and "31.1" in x for t, x in texts)
    assert not any("nhiệm vụ" in x for t, x in texts if t != "date")
    assert not any(x.strip().isdigit() for _, x in texts)
