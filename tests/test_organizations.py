"""Organizations: abbreviations defined in the text or standard, agency names, bare bodies."""

from __future__ import annotations

import re

import pytest

import vnreport
from vnreport.gazetteer import abbreviations
from vnreport.organizations import expand
from vnreport.recognizers.abbreviations import definitions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Công tác cải cách hành chính (CCHC) được tiến hành.", [("CCHC", "cải cách hành chính")]),
        ("Ủy ban nhân dân (UBND) tỉnh", [("UBND", "Ủy ban nhân dân")]),
        ("Hội đồng bầu cử (HĐBC) đã họp.", [("HĐBC", "Hội đồng bầu cử")]),
        ("do Hiệp hội doanh nghiệp Nhật Bản (SPJD) tổ chức", [("SPJD", "Hiệp hội doanh nghiệp Nhật Bản")]),
        # the short form first in a bracket that goes on with a description
        ("Công ty Phát triển Công nghiệp Tân Thuận (IPC, đơn vị chủ đầu tư) cho biết",
         [("IPC", "Công ty Phát triển Công nghiệp Tân Thuận")]),
        ("tăng trưởng (GDP, theo giá so sánh) cao", []),
        ("tăng trưởng (GDP) cao", []),  # initials do not spell it, no agency head noun: not a definition
        ("năm 2018 (ABC)", []),
    ],
)
def test_definitions_in_text(text, expected):
    assert definitions(text) == expected


@pytest.mark.parametrize(("short", "long"), [("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"),
                                              ("MTTQ", "Mặt trận Tổ quốc"), ("BCH", "Ban Chấp hành"),
                                              ("TW", "Trung ương"), ("CSGT", "Cảnh sát giao thông")])
def test_standard_abbreviations_come_from_the_data_file(short, long):
    assert abbreviations()[short].long == long


def test_expansion_keeps_the_rest_of_the_name():
    assert expand("UBND tỉnh Quảng Nam", {"UBND": "Ủy ban nhân dân"}) == "Ủy ban nhân dân tỉnh Quảng Nam"


def orgs(text: str) -> dict[str, dict]:
    return {e.text: e.fields for e in vnreport.extract(text).entities if e.type == "organization"}


def test_abbreviated_agency_with_its_place_stays_whole():
    found = orgs("Hôm qua, UBND tỉnh Quảng Nam đã họp.")
    assert found["UBND tỉnh Quảng Nam"]["expansion"] == "Ủy ban nhân dân tỉnh Quảng Nam"


@pytest.mark.parametrize("name", ["Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư"])
def test_agency_head_noun_with_a_name(name):
    assert name in orgs(f"Đại diện {name} đã báo cáo tình hình.")


@pytest.mark.parametrize("text", ["Các sở, ngành đã họp.", "Bộ đội đang hành quân.", "hội nghị tổng kết"])
def test_head_nouns_without_a_name_are_not_organizations(text):
    assert orgs(text) == {}


@pytest.mark.parametrize("text", ["Cầu thủ người Tây Ban Nha có thiên hướng đột phá.",
                                  "Đối với người Tây Ban Nha, họ bắt đầu bữa tối muộn."])
def test_a_head_noun_inside_a_place_name_heads_no_body(text):
    # "Ban" (a board) is a syllable of "Tây Ban Nha": no body "Ban Nha"
    assert [e.text for e in vnreport.extract(text).entities if e.type == "organization"] == []


def test_bare_bodies_are_generic_organizations():
    found = orgs("Quan điểm của Đảng, Nhà nước và Chính phủ rất rõ.")
    assert {name: f["generic"] for name, f in found.items()} == {"Đảng": True, "Nhà nước": True, "Chính phủ": True}


def test_bare_abbreviated_bodies_are_generic_organizations():
    found = orgs("Theo ông Nam, UBND đã chỉ đạo, HĐND sẽ giám sát.")
    assert {name: f["generic"] for name, f in found.items()} == {"UBND": True, "HĐND": True}
    assert found["UBND"]["expansion"] == "Ủy ban nhân dân"


def test_bodies_named_by_their_level_alone_are_generic():
    found = orgs("UBND tỉnh đã chỉ đạo Công an huyện. Sở Nội vụ tỉnh Quảng Nam phối hợp với Bộ Nội vụ.")
    assert {name: f["generic"] for name, f in found.items()} == {
        "UBND tỉnh": True, "Công an huyện": True, "Sở Nội vụ tỉnh Quảng Nam": False, "Bộ Nội vụ": False}
    assert found["UBND tỉnh"]["expansion"] == "Ủy ban nhân dân tỉnh"


def test_bodies_named_by_their_kind_alone_are_generic():
    found = orgs("Tại phiên tòa, Viện KSND đề nghị mức án 5 năm; Viện KSND TP Hà Nội đã kháng nghị.")
    assert {name: f["generic"] for name, f in found.items()} == {"Viện KSND": True, "Viện KSND TP Hà Nội": False}


def test_a_body_of_a_local_party_committee_named_by_its_level_alone_is_generic():
    found = orgs("Sau đó, Ban Thường vụ Thành ủy đã họp. Ban Thường vụ Thành ủy Đà Nẵng thống nhất.")
    assert {name: f["generic"] for name, f in found.items()} == {
        "Ban Thường vụ Thành ủy": True, "Ban Thường vụ Thành ủy Đà Nẵng": False}


def test_local_bodies_named_by_their_field_alone_are_generic():
    found = orgs("Sở Y tế đã báo cáo Bộ Y tế; Sở Y tế Hà Nội cũng vậy.")
    assert {name: f["generic"] for name, f in found.items()} == {
        "Sở Y tế": True, "Bộ Y tế": False, "Sở Y tế Hà Nội": False}


def test_vlsp_scheme_leaves_out_bodies_named_by_their_level():
    from vnreport.scoring import predicted_entities

    text = "UBND tỉnh đã họp với UBND tỉnh Quảng Nam."
    assert [text[s:e] for s, e, _ in predicted_entities(text, scheme="vlsp")] == ["UBND tỉnh Quảng Nam"]
    assert [text[s:e] for s, e, _ in predicted_entities(text, scheme="vnreport")] == ["UBND tỉnh", "UBND tỉnh Quảng Nam"]


def test_publisher_with_its_name():
    found = orgs("Sách do NXB Giáo dục phát hành.")
    assert found["NXB Giáo dục"]["generic"] is False
    assert found["NXB Giáo dục"]["expansion"] == "Nhà xuất bản Giáo dục"


def test_institution_abbreviation_before_a_place_is_an_organization():
    found = vnreport.extract("Hơn 100 sinh viên tại chức ĐH Huế chưa được cấp bằng.").to_dict()["entities"]
    assert [(e["text"], e["type"]) for e in found] == [("ĐH Huế", "organization")]


def test_agency_keeps_the_place_that_qualifies_it():
    assert "Sở Y tế TP.HCM" in orgs("Sở Y tế TP.HCM vừa có công văn gửi các bệnh viện.")


def test_body_does_not_run_into_the_name_of_its_head():
    found = vnreport.extract("Chủ tịch UBND tỉnh Nguyễn Văn Bình phát biểu.").to_dict()["entities"]
    assert [(e["text"], e["type"]) for e in found] == [("UBND tỉnh", "organization"), ("Nguyễn Văn Bình", "person")]


def test_dates_numbers_and_ranks_are_never_names():
    report = vnreport.extract("Ngày 22/9, Thượng tướng Tô Lâm làm việc tại Bộ Công an. Có 220 người dự.")
    for e in report.entities:
        if e.type != "date":
            assert not any(c.isdigit() for c in e.text), e
            assert e.text not in ("Thượng tướng",)
    assert any(e.type == "person" and e.text == "Tô Lâm" for e in report.entities)


def test_abbreviations_of_terms_are_not_organizations():
    text = ("Công tác cải cách hành chính (CCHC) được tiến hành đồng bộ. "
            "Triển khai kế hoạch CCHC của tỉnh và đẩy mạnh CCHC.")
    assert not [e for e in vnreport.extract(text).entities if e.text == "CCHC"]


@pytest.mark.parametrize(
    "text, places",
    [
        # a form of state before a country is part of its name, whether the model read it or not
        ("Bộ trưởng đã tiếp Đại sứ Vương quốc Thụy Điển tại Hà Nội.", ["Vương quốc Thụy Điển", "Hà Nội"]),
        ("Quan hệ với Cộng hòa Liên bang Đức tốt đẹp.", ["Cộng hòa Liên bang Đức"]),
        # not when it continues a longer name
        ("Đảng Cộng hòa Mỹ họp kín.", ["Mỹ"]),
    ],
)
def test_forms_of_state_belong_to_the_country_s_name(text, places):
    found = [e.text for e in vnreport.extract(text).entities if e.type == "location"]
    assert found == places


@pytest.mark.parametrize(
    "text, entities",
    [
        # some bodies take the place after them ("Quốc hội Mỹ"), others leave it alone
        ("Công ty sẽ chuyển tới Quốc hội Mỹ các chi tiết.", [("Quốc hội Mỹ", "organization")]),
        ("Công an Hà Nội đã bắt giữ đối tượng.", [("Công an Hà Nội", "organization")]),
        ("Chính phủ Romania họp bất thường.", [("Romania", "location")]),
        ("Quân đội Mỹ rút quân.", [("Mỹ", "location")]),
    ],
)
def test_bodies_that_take_their_place(text, entities):
    assert [(e.text, e.type) for e in vnreport.extract(text).entities] == entities



def _bodies(text: str) -> list[str]:
    from vnreport.pipeline import analyze
    from vnreport.recognizers import bodies

    return [s.text for s in bodies.recognize(analyze(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name that lists its fields, closed by "và" (the grammar alone, no model)
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam cho biết.", ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam"]),
        ("Theo Bộ Lao động, Thương binh và Xã hội, số người thất nghiệp giảm.", ["Bộ Lao động, Thương binh và Xã hội"]),
        # lists of bodies or of places are no fields
        ("Sở Y tế, Sở Tài chính và Sở Nội vụ đã họp.", ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ"]),
        ("Sở Y tế, Hà Nội và TP.HCM cùng kiểm tra.", ["Sở Y tế"]),
        # no closing "và": the comma ends the name
        ("Bộ Tài chính, Ngân hàng Nhà nước cùng ký.", ["Bộ Tài chính", "Ngân hàng Nhà nước"]),
        # abbreviations, people's titles, bodies sharing a plural head: no fields
        ("Bộ Y tế, WHO và UNICEF đã phối hợp.", ["Bộ Y tế"]),
        ("Ông Lâm, Giám đốc Sở Tài chính, Trưởng ban và Phó ban đã ký.", ["Sở Tài chính"]),
        ("Đại diện các Bộ Tài chính, Xây dựng và Giao thông vận tải đã có mặt.", ["Bộ Tài chính"]),
    ],
)
def test_names_listing_their_fields(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in sentence case goes on in lowercase up to a mark, an adverb, a preposition or a
        # conjunction (the grammar alone, no model)
        ("Giám đốc Sở Giao thông công chính, ông Lâm, cho biết.", ["Sở Giao thông công chính"]),
        ("Theo khảo sát của Cục Quản lý lao động nước ngoài thì lao động tăng.",
         ["Cục Quản lý lao động nước ngoài"]),
        ("Sở Quy hoạch kiến trúc đã họp.", ["Sở Quy hoạch kiến trúc"]),
        ("Sở Giao thông công chính Hà Nội đang đề nghị tăng phí.", ["Sở Giao thông công chính Hà Nội"]),
        # ... not up to anything else, nor with a word no trained name has a syllable of (the
        # grammar then claims nothing and leaves the name to the model), nor after a place, a
        # body or an abbreviation, which end a name
        ("Cục Hàng hải năm 2005 đã tăng chi.", []),
        ("Cục Hàng hải cho hay, nợ công tăng.", []),
        ("Chúng tôi sẽ yêu cầu Sở GDĐT Bắc Ninh kỷ luật hiệu trưởng của trường.", []),
        ("Danh sách do Bộ GDĐT duyệt chỉ tiêu đầu vào (lần 1).", []),
    ],
)
def test_names_in_sentence_case(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state body's field ends its name whatever its case, and a lowercase noun after it is
        # no part of it (the tagger reads "đề xuất phát" as one noun)
        ("Đối với các hộ dân, Sở Xây dựng đề xuất phát phiếu.", ["Sở Xây dựng"]),
        ("Sở Y tế năm 2005 đã tăng chi.", ["Sở Y tế"]),
        ("Bộ Tài chính cho hay, nợ công tăng.", ["Bộ Tài chính"]),
        ("Ông Hải, Giám đốc Sở Kế hoạch đầu tư, đã ký.", ["Sở Kế hoạch đầu tư"]),
        ("Sở Giao thông vận tải tỉnh xin khắc phục.", ["Sở Giao thông vận tải tỉnh"]),
        ("Theo Sở Lao động - thương binh và xã hội, số hộ nghèo giảm.", ["Sở Lao động - thương binh và xã hội"]),
        ("Phòng Quản lý đô thị thẩm tra hồ sơ.", ["Phòng Quản lý đô thị"]),
        # a field is whole words only, and only after a head of a body named by one
        ("Trường Xây dựng số 1 đã khai giảng.", []),
    ],
)
def test_a_field_ends_a_state_bodys_name(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead's source in brackets before its dash is the newspaper or agency, wherever the
        # title ran into the lead
        ("Cà Mau: Thích nghèo hơn giàu (NLĐ)- Hiện nay ở Cà Mau có một số hộ.", ["NLĐ"]),
        ("(TITC) - Chiều ngày 22/9, đoàn khảo sát đến Hội An.", ["TITC"]),
        # not an abbreviation the text defines for a term, nor a place
        ("Kế hoạch hành động chung toàn diện (JCPOA) - thỏa thuận hạt nhân - bị đe dọa.", []),
        ("Nhà sập (TP.HCM) - Lúc 18g20 ngày 21-6, một dãy nhà sập.", []),
    ],
)
def test_a_leads_source_in_brackets_is_an_organization(text, expected):
    assert [e.text for e in vnreport.extract(text).entities if e.type == "organization"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force named by the country it serves leaves the country alone, a place
        ("Máy bay của Không quân Israel đã tấn công.", [("Israel", "location")]),
        ("Cảnh sát Thái Lan bắt giữ nghi phạm.", [("Thái Lan", "location")]),
        # a force with a name of its own is a body
        ("Cảnh sát giao thông Hà Nội xử phạt 20 xe.", [("Cảnh sát giao thông Hà Nội", "organization")]),
    ],
)
def test_a_force_named_by_its_country_leaves_the_country(text, expected):
    assert [(e.text, e.type) for e in vnreport.extract(text).entities] == expected


def test_an_html_character_reference_is_one_mark_of_a_name():
    assert _bodies("Theo Bộ NN&amp;PTNT, dịch bệnh giảm.") == ["Bộ NN&amp;PTNT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's term ends its name
        ("Nghị quyết đã được Quốc hội khóa XI, kỳ họp thứ 8 thông qua.", ["Quốc hội khóa XI"]),
        ("Kỳ họp thứ 14 Hội đồng nhân dân TP HCM khóa VI khai mạc sáng nay.", ["Hội đồng nhân dân TP HCM khóa VI"]),
        ("Đại biểu Quốc hội khoá 11 đã chất vấn.", ["Quốc hội khoá 11"]),
    ],
)
def test_a_term_ends_a_bodys_name(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name the model reads as a person's, written after a lowercase noun for a company or medium
        ("Theo tờ Marcus Dalton, Marcus Dalton đã đăng tin này.", "Marcus Dalton"),
        ("Các sản phẩm của hãng Daniel Hartley bán chạy. Daniel Hartley sẽ mở thêm cửa hàng.", "Daniel Hartley"),
    ],
)
def test_brand_names_are_bodies_in_every_mention(text, name):
    report = vnreport.extract(text)
    mentions = [e.type for e in report.entities if e.text == name]
    assert mentions == ["organization", "organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Marcus Dalton nói, công ty của ông Marcus Dalton đã phá sản.", "Marcus Dalton"),  # "của ông"
        # the company noun qualifies a noun for a person before it
        ("Nhân viên ngân hàng Nguyễn Thị Lan đã phát hiện kẻ gian. Nguyễn Thị Lan được khen thưởng.", "Nguyễn Thị Lan"),
        ("Phóng viên tờ báo Nguyễn Văn Hùng bị hành hung. Nguyễn Văn Hùng đã trình báo.", "Nguyễn Văn Hùng"),
        # a name opening with a surname may be the founder's; a fund is often named after a person
        ("Cuộc thi do công ty Nguyễn Kim tổ chức. Ông Nguyễn Kim là người sáng lập.", "Nguyễn Kim"),
        ("Khoản tài trợ đến từ quỹ Bill Gates. Bill Gates cho biết sẽ tiếp tục.", "Bill Gates"),
    ],
)
def test_people_after_a_company_noun_stay_people(text, name):
    report = vnreport.extract(text)
    assert {e.type for e in report.entities if e.text == name} == {"person"}


def test_the_name_of_a_body_the_model_found_is_the_body_where_it_reads_a_person():
    # "Công ty Royal Holloway" is a body; "Royal Holloway" alone is the same body, not a man
    report = vnreport.extract("Công ty Royal Holloway tuyển sinh. Royal Holloway cho biết học phí tăng.")
    assert [(e.text, e.type) for e in report.entities] == [
        ("Công ty Royal Holloway", "organization"), ("Royal Holloway", "organization")]
    # ... unless a surname opens the name (a company may bear its founder's)
    report = vnreport.extract("Công ty Nguyễn Kim khai trương. Nguyễn Kim cho biết doanh thu tăng.")
    assert {e.type for e in report.entities if e.text == "Nguyễn Kim"} == {"person"}


@pytest.mark.parametrize(
    "text",
    [
        # the name after capitalized descriptors of the trade ("Thang máy", "Dệt may")
        "Công ty Dệt may Royal Holloway tuyển dụng. Royal Holloway cho biết doanh thu tăng.",
        # a standard abbreviation of a head noun heads the body ("CTCP": Công ty cổ phần)
        "CTCP Thang máy Royal Holloway tuyển dụng. Royal Holloway cho biết doanh thu tăng.",
    ],
)
def test_a_body_is_called_by_the_end_of_its_name(text):
    assert {e.type for e in vnreport.extract(text).entities if e.text == "Royal Holloway"} == {"organization"}


@pytest.mark.parametrize(
    ("body", "name", "called"),
    [
        ("CTCP Thang máy Thiên Nam", "Thiên Nam", True),
        ("Công ty cổ phần Thiên Nam", "Thiên Nam", True),
        # a name runs from the first capitalized word or one after a lowercase word, not from inside
        # a person's name the model ran into the body
        ("LHQ Vasily Nebenzia", "Nebenzia", False),
        # a place in the body's name is no name of the body, nor a name its founder may bear
        ("Trường Mầm non phường Kỳ Trinh", "Kỳ Trinh", False),
        ("Công ty Nguyễn Kim", "Kim", False),
    ],
)
def test_the_name_a_body_is_called_by(body, name, called):
    from vnreport.pipeline import analyze
    from vnreport.recognizers.names import _body_name

    doc = analyze(body)
    assert _body_name(doc, doc.sentences[0], 0, len(body), {name}) == (name if called else None)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # a name after a level of schooling is the school's, with "trường" right before the level
        ("Thanh tra vụ tố cáo chạy điểm tại THPT Lê Viết Thuật (thành phố Vinh).", "THPT Lê Viết Thuật"),
        ("ĐH dân lập Văn Hiến cũng chưa nhận được hồ sơ.", "ĐH dân lập Văn Hiến"),
        ("Học sinh lớp 10D2 trường THPT Lê Viết Thuật hào hứng tham gia.", "trường THPT Lê Viết Thuật"),
        # a level heads a name the model reads as none ("Công nghiệp")
        ("Hai ngành này có gì khác nhau? ĐH Công nghiệp có ngành quản trị doanh nghiệp.", "ĐH Công nghiệp"),
        ("Hiệu phó ĐH Hàng hải Lương Công Nhớ cho biết.", "ĐH Hàng hải"),
    ],
)
def test_a_name_after_a_level_of_schooling_is_the_school(text, school):
    assert (school, "organization") in [(e.text, e.type) for e in vnreport.extract(text).entities]


@pytest.mark.parametrize(
    "text",
    ["Năm nay chỉ tiêu ĐH và CĐ tăng.", "Mùa tuyển sinh ĐH-CĐ đã bắt đầu.", "Thí sinh dự kỳ thi THPT Quốc gia."],
)
def test_listed_levels_and_an_exams_level_name_no_school(text):
    assert [e.text for e in vnreport.extract(text).entities if e.type == "organization"] == []


def test_a_level_inside_another_bodys_name_opens_no_school():
    entities = [(e.text, e.type) for e in vnreport.extract("Vụ trưởng Vụ ĐH và Sau ĐH Trần Thị Hà cho biết.").entities]
    assert ("Trần Thị Hà", "person") in entities


def test_a_name_after_tuong_dai_is_no_body():
    # "đài" inside "tượng đài" is no medium: the statue is a place, as the conventions annotate it
    report = vnreport.extract("Mới đây, tượng đài Mikhail Kalashnikov được khánh thành.")
    assert [(e.text, e.type) for e in report.entities] == [("tượng đài Mikhail Kalashnikov", "location")]


def test_a_brand_mention_after_an_honorific_stays_a_person():
    report = vnreport.extract("Cửa hàng của hãng Daniel Hartley mở cửa. Ông Daniel Hartley cho biết doanh thu tăng.")
    assert [e.type for e in report.entities if e.text == "Daniel Hartley"] == ["organization", "person"]


def _mentions(text: str, short: str) -> list[tuple[int, str]]:
    return [(e.start, e.type) for e in vnreport.extract(text).entities if e.text == short]


def test_an_abbreviation_the_text_defines_names_its_long_form_wherever_it_stands_alone():
    text = ("Học viện Quản lý Singapore (SIM) sẽ tổ chức kiểm tra trình độ đầu vào cho những bạn học sinh có mong "
            "muốn học tập tại SIM vào 9h ngày 1/8. SIM nổi tiếng với những chương trình đào tạo.")
    assert _mentions(text, "SIM") == [(m.start(), "organization") for m in re.finditer("SIM", text)]
    text = "Hiệp hội doanh nghiệp Nhật Bản (SPJD) tổ chức hội thảo. Theo SPJD, có 30 doanh nghiệp tham dự."
    assert [t for _, t in _mentions(text, "SPJD")] == ["organization", "organization"]


@pytest.mark.parametrize(
    "text, short",
    [
        ("Công tác cải cách hành chính (CCHC) được đẩy mạnh. Kết quả CCHC năm nay rất tốt.", "CCHC"),  # a term
        ("Câu lạc bộ (CLB) thiện nguyện đã góp tiền. CLB Về với quê mình cũng góp.", "CLB"),  # only the kind
        ("Hội đồng quản trị (HĐQT) đã họp. Chủ tịch HĐQT phát biểu.", "HĐQT"),
        ("Hội chứng suy giảm miễn dịch (HCSGMD) đang lan. HCSGMD rất nguy hiểm.", "HCSGMD"),
        ("Bộ luật Hình sự (BLHS) quy định rõ. Theo BLHS, hành vi này bị phạt.", "BLHS"),  # a document
    ],
)
def test_an_abbreviation_of_a_term_or_a_kind_names_nothing(text, short):
    assert _mentions(text, short) == []


def test_a_defined_abbreviation_inside_a_longer_name_or_designation_is_no_mention_of_its_own():
    text = "Ngày 22/9, Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam đã tổ chức hội nghị. Theo LĐLĐ, năm nay khó khăn."
    assert [s for s, _ in _mentions(text, "LĐLĐ")] == [text.index("LĐLĐ, ")]
    text = "Các tàu Cảnh sát biển (CSB) đặc biệt coi trọng ngày kỹ thuật. Trên tàu CSB 4006, chiến sĩ lau súng."
    assert text.index("CSB 4006") not in [s for s, _ in _mentions(text, "CSB")]


def test_a_defined_abbreviation_takes_the_type_of_the_name_holding_its_long_form():
    text = "Xe chạy trên đường Trường Sơn Đông (TSĐ) rất khó. Tuyến TSĐ dài 100 km."
    assert {t for _, t in _mentions(text, "TSĐ")} == {"location"}
