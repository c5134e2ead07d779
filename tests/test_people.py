"""Titles and roles bound to names, and mentions linked to one person."""

from __future__ import annotations

import pytest

import vnreport


def people(text: str) -> dict[str, list[str]]:
    report = vnreport.extract(text)
    return {e.text: e.fields["roles"] for e in report.entities if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # roles in apposition after the name, comma separated
        ("Ông Nguyễn Văn Phóng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự hội nghị.",
         "Nguyễn Văn Phóng", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
        ("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, phát biểu.", "Tô Lâm", ["Thượng tướng", "Bộ trưởng Bộ Công an"]),
        # after a dash, lower case, with a modifier after the title
        ("ông Phạm Lợi - phó chủ tịch thường trực Hội đồng bầu cử Hà Nội cho biết.",
         "Phạm Lợi", ["phó chủ tịch thường trực Hội đồng bầu cử Hà Nội"]),
        # a role written right before the name
        ("Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Nguyễn Văn Phóng yêu cầu toàn ngành cố gắng.",
         "Nguyễn Văn Phóng", ["Chủ tịch UBND tỉnh"]),
        ("Bộ trưởng Bộ Nội vụ Trần Văn Tuấn đã ký quyết định.", "Trần Văn Tuấn", ["Bộ trưởng Bộ Nội vụ"]),
        # no role at all
        ("Theo Nguyễn Thị Mai, kết quả rất tốt.", "Nguyễn Thị Mai", []),
    ],
)
def test_roles(text, name, roles):
    found = people(text)
    assert name in found, found
    assert found[name] == roles


@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        ("Bộ trưởng Bộ Công an Lê Hồng Anh cho biết.", "Bộ Công an", "Lê Hồng Anh"),
        ("Phó Chủ tịch Quốc hội Trương Quang Được đã trao quyết định.", "Quốc hội", "Trương Quang Được"),
        ("Phó Thủ tướng Chính phủ Phạm Gia Khiêm dự lễ.", "Chính phủ", "Phạm Gia Khiêm"),
    ],
)
def test_a_title_s_body_and_its_holder_are_two_entities(text, body, name):
    report = vnreport.extract(text)
    found = {(e.type, e.text) for e in report.entities}
    assert ("organization", body) in found and ("person", name) in found, found


@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        # a state agency's head and more is a body by itself, though no name the model knows
        ("Phó Cục trưởng Cục Thủy sản Biển Đông Lê Văn Nam cho biết.", "Cục Thủy sản Biển Đông", "Lê Văn Nam"),
        ("Giám đốc Sở Khoa học Vũ trụ Trần Văn Hùng cho biết.", "Sở Khoa học Vũ trụ", "Trần Văn Hùng"),
        # a body's name bearing a head of its own that names no person ("Quốc hội"; "trường" of "Môi trường")
        ("Chủ nhiệm Văn phòng Quốc hội Trần Quốc Thuận phát biểu.", "Văn phòng Quốc hội", "Trần Quốc Thuận"),
        ("Thứ trưởng Bộ Tài nguyên Môi trường Đặng Hùng Võ cho biết.", "Bộ Tài nguyên Môi trường", "Đặng Hùng Võ"),
        # a place closing the body is no holder's name, though "Hà" and "Nông" are surnames
        ("Giám đốc Sở Du lịch Hà Tĩnh cho biết.", "Sở Du lịch Hà Tĩnh", None),
        ("Chánh án TAND huyện Nông Sơn cho biết.", "TAND huyện Nông Sơn", None),
        # a school bears a person's name
        ("Hiệu trưởng Trường THPT Nguyễn Trãi cho biết.", "Trường THPT Nguyễn Trãi", None),
        # a school's department is no ministry ("Bộ môn"), and a school's head after the body's
        ("Tổ trưởng Bộ môn Toán Trường THPT Chu Văn An cho biết.", "Bộ môn Toán Trường THPT Chu Văn An", None),
    ],
)
def test_where_the_model_runs_a_title_s_body_into_its_holder(text, body, name):
    from vnreport.pipeline import analyze
    from vnreport.recognizers.names import _name_after_title_and_body

    sentence = analyze(text).sentences[0]
    starts = [t.start for t in sentence.tokens]
    first = starts.index(text.index(body))  # the span the model might read: the body and the name
    last = first + len([t for t in sentence.tokens if t.start >= text.index(body)
                        and t.end <= text.index(body) + len(body) + (len(name) + 1 if name else 0)])
    split = _name_after_title_and_body(sentence, first, last)
    if name is None:
        assert split == last
    else:
        assert text[sentence.tokens[split].start:sentence.tokens[last - 1].end] == name


def test_a_body_named_after_a_person_stays_whole():
    # "Trường THPT" is no body by itself: the name is the school's
    report = vnreport.extract("Hiệu trưởng Trường THPT Nguyễn Trãi cho biết.")
    assert [(e.type, e.text) for e in report.entities] == [("organization", "Trường THPT Nguyễn Trãi")]


def test_titles_are_not_part_of_names():
    report = vnreport.extract("Thượng tướng Tô Lâm làm việc với Đại tá Nguyễn Văn Hùng.")
    names = [e.text for e in report.entities if e.type == "person"]
    assert "Tô Lâm" in names
    assert all(not n.startswith(("Thượng tướng", "Đại tá")) for n in names)


def test_short_and_repeated_mentions_share_an_id():
    text = ("Bà Phạm Thị Hằng, Giám đốc Sở Tài chính, cho biết kế hoạch đã xong. "
            "Theo bà Hằng, tháng tới sẽ triển khai. Ông Lê Văn Nam không đồng ý. Phạm Thị Hằng nói thêm.")
    report = vnreport.extract(text)
    ids = {}
    for e in report.entities:
        if e.type == "person":
            ids.setdefault(e.text, set()).add(e.fields["id"])
    assert ids["Phạm Thị Hằng"] == ids["Hằng"]
    assert len(ids["Phạm Thị Hằng"]) == 1
    assert ids["Lê Văn Nam"] != ids["Hằng"]
    people = {p.name: p for p in report.people()}
    assert people["Phạm Thị Hằng"].mentions == 3
    assert "Giám đốc Sở Tài chính" in people["Phạm Thị Hằng"].roles


def test_a_given_name_alone_after_the_full_name_is_that_person():
    text = ("Công an huyện Phú Lộc vừa bắt đối tượng Ngô Tấn Quyết (trú Đà Nẵng) về hành vi trộm cắp. "
            "Quyết từng có 4 tiền án. Được biết, Quyết phát hiện cửa nhà không khóa. "
            "Bình quân mỗi tháng, miền Quyết có mưa.")
    people = [(e["text"], e["id"]) for e in vnreport.extract(text).to_dict()["entities"] if e["type"] == "person"]
    # not a word of a compound ("Bình quân"), nor after a place's type word ("miền Nam")
    assert people == [("Ngô Tấn Quyết", "p1"), ("Quyết", "p1"), ("Quyết", "p1")]
    text = "Ông Trần Văn Bình cho biết thêm. Bình quân mỗi hộ có 5 người. Bình nói thêm."
    people = [e["text"] for e in vnreport.extract(text).to_dict()["entities"] if e["type"] == "person"]
    assert people == ["Trần Văn Bình", "Bình"]


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Chị L.T.H. (35 tuổi, ngụ quận 1) đã được xuất viện.", "L.T.H."),
        ("Bệnh nhân N.T.T. được cách ly tại bệnh viện.", "N.T.T."),
        ("Bị cáo Đ.V.H cho rằng mình bị oan.", "Đ.V.H"),
        ("Cháu B.T.Th. (8 tuổi) đã khỏi bệnh.", "B.T.Th."),
    ],
)
def test_initials_after_a_person_noun_are_a_person(text: str, initials: str) -> None:
    people = [e.text for e in vnreport.extract(text).entities if e.type == "person"]
    assert initials in people


@pytest.mark.parametrize(
    "text",
    [
        "Đại diện UBND TP.HCM cho biết.",  # an abbreviation, no person noun before it
        "Công ty TNHH A.B.C. vừa thành lập.",  # initials after a body's name
    ],
)
def test_initials_without_a_person_noun_are_no_person(text: str) -> None:
    assert not [e for e in vnreport.extract(text).entities if e.type == "person"]


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in vnreport.extract(text).entities if e.type in ("person", "location", "organization")]


@pytest.mark.parametrize(
    "text, places",
    [
        # streets and communes bear people's names; listed after a place's type word they are places
        ("Các điểm nóng gồm các tuyến đường Nguyễn Huệ, Hàm Nghi, Lê Lợi, Nam Kỳ Khởi Nghĩa, Pasteur.",
         ["Lê Lợi", "Nam Kỳ Khởi Nghĩa"]),
        ("Giá đất cao nhất là 14,4 triệu đồng/m2, gồm các đường phố Hùng Vương, Lê Duẩn, Phan Chu Trinh.",
         ["Lê Duẩn", "Phan Chu Trinh"]),
        ("Theo báo cáo nhanh của các xã Sông Lũy, Phước Tiến, Lương Sơn, Hồng Thái, Phước Sơn, ít nhất 150 "
         "ngôi nhà dân dọc bờ sông bị ngập.", ["Phước Tiến", "Hồng Thái"]),
    ],
)
def test_a_name_listed_among_places_is_a_place(text: str, places: list[str]) -> None:
    found = dict(_names(text))
    assert [found.get(p) for p in places] == ["location"] * len(places)
    assert "person" not in found.values()


@pytest.mark.parametrize(
    "text, place",
    [
        # after a noun for a place often named after people, the name is the place, noun included
        ("Cứ cách 50m, bên lề đường Phạm Hùng có một cột điện.", "đường Phạm Hùng"),
        ("Đoàn đổ về trước tượng đài Bác Tôn để dâng hương.", "tượng đài Bác Tôn"),
    ],
)
def test_a_name_after_a_noun_for_a_place_named_after_people_is_the_place(text: str, place: str) -> None:
    assert (place, "location") in _names(text)


def test_a_holder_after_thanh_pho_stays_a_person() -> None:
    assert ("Nguyễn Thành Tài", "person") in _names("Theo Phó chủ tịch UBND thành phố Nguyễn Thành Tài, mục đích là vậy.")


def test_a_place_read_as_a_body_after_a_place_in_a_list_is_a_place() -> None:
    text = "Phan Thị Thường (sinh năm 1948), trú tại thôn 1 xã Bình Phục (Thăng Bình, Quảng Nam)."
    assert ("Quảng Nam", "location") in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trí thức Việt kiều hiến kế xây dựng đất nước.",  # a common noun: overseas Vietnamese
        "Nhà nước tạo điều kiện cho Việt kiều đầu tư.",
        "Năm ngoái là Ất Dậu, năm con gà. Năm 2007 là Đinh Hợi, năm con heo.",  # lunar years
    ],
)
def test_name_like_common_nouns_and_lunar_years_are_no_people(text: str) -> None:
    assert "person" not in dict(_names(text)).values()


def test_a_lunar_year_name_after_an_honorific_is_a_person() -> None:
    assert ("Đinh Hợi", "person") in _names("Anh Đinh Hợi cho biết như vậy.")


@pytest.mark.parametrize(
    "text, street",
    [
        ("Văn phòng đại diện tại Đà Nẵng: 93 Nguyễn Chí Thanh, ĐT: 0511-887186.", "Nguyễn Chí Thanh"),
        ("Đăng ký tại Trường ĐH KHXH NV HN, 336 Nguyễn Trãi, Thanh Xuân.", "Nguyễn Trãi"),
        ("Buổi lễ diễn ra ngày 23/2 tại 93 Nguyễn Chí Thanh, Hà Nội.", "Nguyễn Chí Thanh"),
        ("Trụ sở: 2A-4A Tôn Đức Thắng, quận 1, TP HCM.", "Tôn Đức Thắng"),
    ],
)
def test_a_name_after_a_house_number_is_a_street(text: str, street: str) -> None:
    assert (street, "location") in _names(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # a number after a word is no house number: a district's, a rank's
        ("Chủ tịch UBND quận 12 Nguyễn Văn Của cho biết như vậy.", "Nguyễn Văn Của"),
        ("Thợ bậc 4/7 Nguyễn Văn Hùng được khen thưởng.", "Nguyễn Văn Hùng"),
        # one place before a name is no list of places: a clause opens after the comma
        ("Trở về Mỹ, Khoa tiếp tục tìm kiếm những cơ hội nghiên cứu ở các nước khác.", "Khoa"),
        ("Họ hô vang khẩu hiệu “Viva Việt Nam, Viva Hồ Chí Minh!”.", "Viva Hồ Chí Minh"),
        # a list of people stays people
        ("Ông Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc dự họp tại Hà Nội.", "Trần Văn Bình"),
        # a place phrase opening a clause, then its subject: no list of places
        ("Vào lúc 10 giờ, tại xã Tân Phú, huyện Đức Hòa, Trần Văn Hùng đã dùng dao chém anh Tư.", "Trần Văn Hùng"),
        ("Tại huyện Củ Chi, Nguyễn Văn Tèo (25 tuổi) đã dùng dao đâm chết người.", "Nguyễn Văn Tèo"),
        ("Tại xã Phú Hòa, Lê Văn Sáu và Trần Văn Bảy đã bị bắt.", "Lê Văn Sáu"),
    ],
)
def test_a_person_after_places_but_in_no_list_of_places_stays_a_person(text: str, person: str) -> None:
    assert (person, "person") in _names(text)


@pytest.mark.parametrize(
    "text, places",
    [
        ("Hiện các hộ dân ở tổ 10, khu phố 4, phường Tam Bình đã được di dời.", ["tổ 10", "khu phố 4"]),
        ("Từ quốc lộ 1A rẽ vào hương lộ 2, mặt đường trồi sụt.", ["quốc lộ 1A", "hương lộ 2"]),
        ("Chỉ riêng quận 9 và quận 2 cộng lại đã có hơn 200 ha.", ["quận 9", "quận 2"]),
        # numbers listed after it name places of its noun
        ("Công trình đào đường ở các quận 6, 11, Tân Phú gây ngập.", ["quận 6", "11", "Tân Phú"]),
        ("Cử tri các quận 1, 3 và 5 đi bầu sớm.", ["quận 1", "3", "5"]),
        ("Khu dân cư liên phường 1, 2, 3 được quy hoạch lại.", ["phường 1", "2", "3"]),
    ],
)
def test_a_place_noun_and_a_number_name_a_place(text: str, places: list[str]) -> None:
    found = _names(text)
    assert [(p, "location") for p in places] == [n for n in found if n[0] in places]


def test_a_numbered_place_inside_a_body_or_an_address_is_no_place_of_its_own():
    names = _names("Công an quận 3 cho biết, nhà số 5 ngõ 120/46 đã bị niêm phong.")
    assert ("Công an quận 3", "organization") in names
    assert not any(text.startswith(("quận", "ngõ")) for text, _ in names)


@pytest.mark.parametrize(
    "text",
    [
        "Học sinh khối 12 sẽ thi tốt nghiệp vào tháng 6.",  # a school grade
        "Mỗi tổ 4 người đi tuần suốt đêm.",  # one of many, counted
        "Một tổ 3 người được thành lập để kiểm tra.",
        "Ông Thạnh, tổ trưởng tổ 10, nói đoạn đê đã sạt.",  # a team outside an address
    ],
)
def test_a_numbered_noun_that_names_no_place(text: str) -> None:
    assert not [n for n in _names(text) if n[1] == "location"]


@pytest.mark.parametrize(
    "text, places",
    [
        ("Ở quận 6, 11 người đã nhập viện.", ["quận 6"]),  # a count after the list's comma
        ("Ông ở quận 6, 11 giờ đêm mới về.", ["quận 6"]),
        ("Mưa lớn ở quận 6, 11/2 vẫn chưa tạnh.", ["quận 6"]),  # a date
        ("Trên quốc lộ 1, 2 xe khách đâm nhau.", ["quốc lộ 1"]),  # no plural opens the list
    ],
)
def test_a_number_after_a_numbered_place_that_names_no_place(text: str, places: list[str]) -> None:
    assert [n[0] for n in _names(text) if n[1] == "location"] == places
