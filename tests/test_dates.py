"""Tests of the date recognizer: table-driven, grouped by phenomenon, reference year pinned."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

from vnreport.document import Document
from vnreport.recognizers.dates import parse_reference_date, recognize

ROOT = Path(__file__).resolve().parent.parent
REF = 2018  # the pinned reference year of the tables
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def found(text: str, ref: dt.date | int | None = REF) -> list[tuple[str, str | None]]:
    """(span text, value) of every date in ``text`` with the reference date given by the user."""
    doc = Document(text, reference_date=ref, reference_source="given" if ref is not None else None)
    spans = recognize(doc)
    for s in spans:
        assert doc.text[s.start:s.end] == s.text
        assert s.label == "date" and s.source == "dates"
    return [(s.text, s.attrs["value"]) for s in spans]


def reference_year(text: str) -> dt.date | int | None:
    """The reference date the dates recognizer infers for ``text`` when the user gives none."""
    doc = Document(text)
    recognize(doc)
    return doc.reference_date


def only(text: str, ref: dt.date | int | None = REF) -> tuple[str, str | None]:
    result = found(text, ref)
    assert len(result) == 1, result
    return result[0]


def check(sentence: str, phrase: str, value: str | None, ref: dt.date | int | None = REF) -> None:
    assert only(sentence, ref) == (phrase, value)


# ------------------------------------------------------------------ day-month-year


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("ngày 31.1", "2018-01-31"),
        ("Ngày 31.1", "2018-01-31"),
        ("ngày 18-4", "2018-04-18"),
        ("ngày 20/3", "2018-03-20"),
        ("ngày 29/2", None),  # 2018 is no leap year: the day does not exist that year
        ("31/1/2018", "2018-01-31"),
        ("31-1-2004", "2004-01-31"),
        ("11.6.1948", "1948-06-11"),
        ("ngày 10/7/2004", "2004-07-10"),
        ("ngày 31 tháng 1 năm 2018", "2018-01-31"),
        ("ngày 2 tháng 9", "2018-09-02"),
        ("ngày 27/2 năm nay", "2018-02-27"),
        ("ngày 27/2 năm ngoái", "2017-02-27"),
        ("ngày... 31-12", "2018-12-31"),
        # a space after each separator of a full date
        ("ngày 01/ 08/2005", "2005-08-01"),
        ("ngày 31- 12- 2005", "2005-12-31"),
    ],
)
def test_day_month_year(phrase: str, value: str | None) -> None:
    check(f"Theo kế hoạch, {phrase}, hội nghị khai mạc.", phrase, value)


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("Hội nghị kết thúc sau 15/11 tại TP.", "15/11", "2018-11-15"),
        ("Bắt đầu vào 20/3, nhưng chậm.", "20/3", "2018-03-20"),
        # a range of days whose first day is above its month: no range of fractions, with or without a preposition
        ("Cuộc thi hùng biện sẽ diễn ra 21/2-4/4.", "21/2-4/4", "2018-02-21/2018-04-04"),
        # opening a line, as a news lead's date does, when it cannot be a fraction (the first number not below the second)
        ("Tuyển sinh\n10/9 là hạn cuối cùng nộp hồ sơ.", "10/9", "2018-09-10"),
        ("Lịch thi đấu\n24/6 Hà Lan - Latvia", "24/6", "2018-06-24"),
        # a range of days opening a line, its last day above its month ("2-3/10 học sinh" is no date)
        ("Du học Singapore\n26-27/6: Hội thảo du học MDIS", "26-27/6", "2018-06-26/2018-06-27"),
        # after a holiday's name (data: holiday_names)
        ("Dịp nghỉ Quốc tế lao động 1/5 kéo dài.", "1/5", "2018-05-01"),
        ("Mừng Ngày Nhà giáo Việt Nam 20/11, trường tổ chức hội diễn.", "20/11", "2018-11-20"),
        # alone after a label's colon, when it cannot be a fraction
        ("Hạn nhận đơn và các giấy tờ kèm theo: 20/8.\nNơi gửi đơn: Hà Nội.", "20/8", "2018-08-20"),
        # nobody writes a fraction after a date label: a day below its month, dashed, before a comma
        ("Chương trình học bổng. Hạn nộp hồ sơ: 1/9.\nChương trình này cấp 5 suất.", "1/9", "2018-09-01"),
        ("Giá trọn gói: 2.550 USD. Khởi hành: 26-12, có hướng dẫn viên.", "26-12", "2018-12-26"),
        # an approximating word between the preposition and the date (data: bare_date_approximators)
        ("Lũ tiểu mãn xuất hiện vào khoảng 15-25/5 và đi dần ra Bắc.", "15-25/5", "2018-05-15/2018-05-25"),
        ("Đợt cao điểm vào khoảng 20/5 sẽ có nhiều mưa.", "20/5", "2018-05-20"),
        ("Đợt lũ thường về vào chừng 20/5 hằng năm.", "20/5", "2018-05-20"),
        # "tức" restates a date (data: bare_date_restatements)
        ("Phải sát ngày thi, tức khoảng 1-2/7, thí sinh mới đến.", "1-2/7", "2018-07-01/2018-07-02"),
        # alone in brackets, whatever word follows the bracket (only a dashed pair counting a time unit is
        # no date: "GCSE (1-2) năm")
        ("Nhân Ngày Nhà giáo Việt Nam (20/11) học sinh tặng hoa thầy cô.", "20/11", "2018-11-20"),
        # a day and a month in words after an occasion's word, without "ngày" (a duration otherwise)
        ("Thôi, để qua dịp lễ 30 tháng tư này, nghe cháu.", "30 tháng tư", "2018-04-30"),
        ("Nhân dịp 30 tháng 4, thành phố bắn pháo hoa.", "30 tháng 4", "2018-04-30"),
        # a month word that is nothing but a month, the lunar calendar's: no solar value
        ("Chợ họp một lần vào (26 tháng chạp) hằng năm.", "26 tháng chạp", None),
    ],
)
def test_bare_day_month_in_date_context(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


def test_a_bracketed_day_month_before_the_current_year_is_a_date():
    assert found("Nhân Ngày Môi trường Thế giới (5-6) năm nay, trường tổ chức trồng cây.") == [
        ("5-6", "2018-06-05"), ("năm nay", "2018")]


# ------------------------------------------------------------------ time of day and weekday


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        # a bare year after a preposition of time
        ("Khi sang thăm Việt Nam vào 2005, hai nước sẽ ký.", "2005", "2005"),
        ("Công trình xong vào cuối 2005.", "2005", "2005"),
    ],
)
def test_bare_dates_in_apposition_and_after_time_prepositions(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


@pytest.mark.parametrize("sentence", ["Đoàn đến thăm 2000 hộ dân.", "Hôm qua, 24 người đã đến."])
def test_numbers_near_time_words_stay_numbers(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence, phrase, value, time",
    [
        ("Sáng 23-4, đoàn đến.", "Sáng 23-4", "2018-04-23", "sáng"),
        ("Lúc 18g chiều 23-4, đoàn đến.", "chiều 23-4", "2018-04-23", "18:00 chiều"),
        ("Vào 14h30 chiều 3/1/2002 phiên đấu giá mở.", "chiều 3/1/2002", "2002-01-03", "14:30 chiều"),
        ("Lúc 6g chiều 5-8 đoàn đến.", "chiều 5-8", "2018-08-05", "18:00 chiều"),
        ("Tối 1/5 có pháo hoa.", "Tối 1/5", "2018-05-01", "tối"),
        ("Khai mạc lúc 8 giờ 30 ngày 2/9 tại quảng trường.", "ngày 2/9", "2018-09-02", "08:30"),
        ("Khai mạc 18:00 ngày 23-4.", "ngày 23-4", "2018-04-23", "18:00"),
    ],
)
def test_time_of_day(sentence: str, phrase: str, value: str, time: str) -> None:
    doc = Document(sentence, reference_date=REF, reference_source="given")
    [span] = recognize(doc)
    assert (span.text, span.attrs["value"], span.attrs["time"]) == (phrase, value, time)


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        # a classifier after a day-month with a lead word, or slashed: still the date
        ("Từ 5/6 cây cầu được thông xe.", "5/6", "2018-06-05"),
        ("Từ 1/7 tờ khai mới được dùng.", "1/7", "2018-07-01"),
        ("Đêm 20-21/10 cơn bão đổ bộ.", "Đêm 20-21/10", "2018-10-20/2018-10-21"),
    ],
)
def test_day_month_before_a_classifier(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


@pytest.mark.parametrize(
    "sentence, phrase, value, weekday",
    [
        # the weekday is kept in its field and left out of the span, with what comes before it
        ("Họp vào thứ hai, 12/4 tại Hà Nội.", "12/4", "2018-04-12", 1),
        ("Hẹn chủ nhật 18-4 nhé.", "18-4", "2018-04-18", 7),
        ("Sáng thứ Bảy, ngày 12/5, đoàn đi.", "ngày 12/5", "2018-05-12", 6),
        ("Hạn chót: 11 giờ sáng thứ Bảy ngày 30/7/2005.", "ngày 30/7/2005", "2005-07-30", 6),
    ],
)
def test_weekday(sentence: str, phrase: str, value: str, weekday: int) -> None:
    doc = Document(sentence, reference_date=REF, reference_source="given")
    [span] = recognize(doc)
    assert (span.text, span.attrs["value"], span.attrs["weekday"]) == (phrase, value, weekday)


def test_a_lead_run_into_a_bracket_is_left_out() -> None:
    # a related-article link, "headline(08/10/2005)": "ngày" is the headline's count, not the date's lead
    assert found("Không khí lạnh sẽ kéo dài trong 2 ngày(08/10/2005)\nTin khác(07/10/2005)", REF) == [
        ("08/10/2005", "2005-10-08"), ("07/10/2005", "2005-10-07")]


def test_ordinal_is_not_a_weekday() -> None:
    check("Tại kỳ họp thứ 6, ngày 12/4, QH thông qua.", "ngày 12/4", "2018-04-12")
    doc = Document("Tại kỳ họp thứ 6, ngày 12/4, QH thông qua.", reference_date=REF, reference_source="given")
    [span] = recognize(doc)
    assert "weekday" not in span.attrs


# ------------------------------------------------------------------ months, quarters, years


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("tháng 3-2004", "2004-03"),
        ("tháng 3/2018", "2018-03"),
        ("tháng 3 năm 2018", "2018-03"),
        ("tháng 11 - 2005", "2005-11"),
        ("tháng 6", "2018-06"),
        ("tháng Tư", "2018-04"),
        ("tháng tư năm 2017", "2017-04"),
        ("cuối tháng 5", "2018-05"),
        ("đầu tháng 8-2005", "2005-08"),
        ("nửa cuối tháng 5", "2018-05"),
        ("nửa đầu tháng 3 năm 2004", "2004-03"),
        ("tháng 5, 6 và 7-2005", "2005-05/2005-07"),
        # a range of months, forwards: "tháng 3-4" is March to April
        ("Tháng 3-4", "2018-03/2018-04"),
        ("tháng 9-10/2005", "2005-09/2005-10"),
        ("tháng 3-4 năm 2005", "2005-03/2005-04"),
    ],
)
def test_months(phrase: str, value: str) -> None:
    check(f"Theo báo cáo, {phrase}, số liệu tăng.", phrase, value)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a month and its year without "tháng": dotted (no Vietnamese number), or slashed alone in brackets
        ("Được thưởng 4 huân chương; 3.2002 chính thức nghỉ hưu.", [("3.2002", "2002-03")]),
        ("Dự án đi vào hiện thực gần 8 tháng (10/2004) song vẫn còn vi phạm.", [("10/2004", "2004-10")]),
        # not a document's number, an edition, a count, nor a slashed pair outside brackets
        ("Theo Quyết định số 3.2002 của UBND tỉnh.", []),
        ("Hội chợ lần thứ 2/2004 khai mạc.", [("2004", "2004")]),
        ("Đợt này có 1.2005 người dự.", []),
        ("Tỷ lệ đạt 3/2005 hồ sơ.", []),
        # dotted only opening a clause, slashed no map's scale
        ("Tỷ giá euro giảm xuống 1.1950 USD.", []),
        ("Phiên bản 2.2005 ra mắt hôm qua.", []),
        ("Bản quy hoạch chi tiết (1/2000) được duyệt.", []),
        # a table's column: a year or a month and year alone on its line, with another such line
        ("Thời điểm hoàn thành\r\n11/2006\r\nVốn vay 135 tỷ đồng\r\n2005\r\nNgười dân góp vốn",
         [("11/2006", "2006-11"), ("2005", "2005")]),
        ("Thời điểm\n  2005 \nLô D\n\xa02/2007\xa0\n", [("2005", "2005"), ("2/2007", "2007-02")]),
        # not one number alone on its line (a count, a page, an extension), nor one with words on
        # its line, nor a map's scale
        ("Thời điểm hoàn thành\r\n11/2006\r\nVốn vay 135 tỷ đồng", []),
        ("Máy lẻ\r\n2005\r\n", []),
        ("Thời điểm hoàn thành\nxong 11/2006 hay 2005\n", []),
        ("Tỷ lệ bản đồ\n1/2000\n1/500\n", []),
    ],
)
def test_month_and_year_without_thang(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_a_table_cell_gives_no_reference_year() -> None:
    # the cells say when each row's work ends, not when the text is written
    assert reference_year("Các dự án tái định cư\r\nThời điểm hoàn thành\r\n6/2007\r\n2/2007\r\n2006\r\n") is None
    assert reference_year("Các dự án\nNăm nay hoàn thành 6 lô chung cư trong năm 2005.\n6/2007\n2/2007\n") == 2005
    # a full date alone on its line still dates the text, and a dotted month of a year, found before any cell rule
    assert reference_year("Kỳ thi\r\nNgày thi\r\n19/11/2005\r\nThí sinh đến từ ngày 18/11.\r\n") == dt.date(2005, 11, 19)
    assert reference_year("Kỳ thi\r\nThời điểm\r\n9.2005\r\nxong\r\n") == 2005


@pytest.mark.parametrize(
    "sentence, dates",
    [
        # a lowercase spelled month is a date after a time word or another month ...
        ("Hoa nở vào khoảng tháng hai, tháng ba.", [("tháng hai", "2018-02"), ("tháng ba", "2018-03")]),
        ("Anh ấy về quê vào tháng sáu.", [("tháng sáu", "2018-06")]),
        ("Nhà máy ngưng từ giữa tháng tư.", [("giữa tháng tư", "2018-04")]),
        ("Tháng ba, tháng tư là mùa khô.", [("Tháng ba", "2018-03"), ("tháng tư", "2018-04")]),
        # ... but not when it counts, nor "một" and "năm", which count as often as they name a month
        ("Mỗi tháng hai lần họ họp.", []),
        ("Họ họp tháng hai lần.", []),
        ("Họ họp vào tháng hai lần.", []),
        ("Đến tháng sáu mươi người đã nhập viện.", []),
        ("Đến tháng bảy tám người bị bệnh.", []),
        ("Sau năm tháng một lần, vào tháng một họ họp.", []),
        # "giêng" and "chạp" name nothing but months, of the lunar calendar unless a year is written
        ("Lễ hội mở vào tháng giêng.", [("tháng giêng", None)]),
        ("Cuối tháng chạp chợ đông.", [("Cuối tháng chạp", None)]),
        ("Hội thảo diễn ra vào tháng Giêng năm 2001.", [("tháng Giêng năm 2001", "2001-01")]),
        # a spelled month that "vừa qua", "tới", "này" follows is a time too, and spelled months list
        # under one "tháng" as months in digits do; a list that runs backwards leaves its first month
        ("Lượng mưa tháng chín vừa qua rất thấp.", [("tháng chín vừa qua", "2018-09")]),
        ("Hai tháng chín và mười vừa qua không mưa.", [("tháng chín và mười vừa qua", "2018-09/2018-10")]),
        ("Trường tuyển sinh vào giữa tháng mười một, mười hai.", [("giữa tháng mười một, mười hai", "2018-11/2018-12")]),
        ("Khóa học khai giảng vào tháng Hai, Tư, Sáu và Mười.", [("tháng Hai, Tư, Sáu và Mười", "2018-02/2018-10")]),
        ("Tháng Mười, hai bên ký hợp đồng.", [("Tháng Mười", "2018-10")]),
        ("Mỗi tháng hai, ba lần họ họp.", []),
        # a day and a month without "ngày" after a preposition still count when a time unit or a counted
        # noun follows
        ("Sau 3 tháng 5 ngày thì công trình xong.", []),
        ("Sau 3 tháng 5 người đã bỏ đi.", []),
        # only after an occasion's word: after other prepositions "N tháng" counts months
        ("Sau 3 tháng tư vấn, hai bên ký hợp đồng.", []),
        ("Tính đến hết 9 tháng năm 2005, tỉnh thu 5 tỷ đồng.", [("năm 2005", "2005")]),
    ],
)
def test_lowercase_spelled_months(sentence: str, dates: list[tuple[str, str]]) -> None:
    assert found(sentence) == dates


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("quý I/2018", "2018-01/2018-03"),
        ("quý 2 năm 2018", "2018-04/2018-06"),
        ("quý IV-2017", "2017-10/2017-12"),
        ("quý III", "2018-07/2018-09"),
        ("đầu quý II năm 2006", "2006-04/2006-06"),
        ("6 tháng đầu năm 2018", "2018-01/2018-06"),
        ("sáu tháng cuối năm", "2018-07/2018-12"),
        ("9 tháng đầu năm", "2018-01/2018-09"),
        ("nửa đầu năm 2017", "2017-01/2017-06"),
    ],
)
def test_quarters_and_counted_months(phrase: str, value: str) -> None:
    check(f"Kết quả {phrase} khả quan.", phrase, value)


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("năm 2017", "2017"),
        ("Năm 2018", "2018"),
        ("năm 1885", "1885"),
        ("đầu năm 2018", "2018"),
        ("cuối năm 2005", "2005"),
        ("đầu năm", "2018"),
        ("cuối năm nay", "2018"),
        ("năm nay", "2018"),
        ("năm ngoái", "2017"),
        ("năm tới", "2019"),
        ("năm qua", "2017"),  # "trong năm qua": the past year; "20 năm qua" is a duration
        ("năm vừa qua", "2017"),
    ],
)
def test_years(phrase: str, value: str) -> None:
    check(f"Theo báo cáo, {phrase} ngành tăng trưởng.", phrase, value)


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        # the year being entered is the reference year, the year left behind the one before
        ("Người dân đổ ra phố đón mừng năm mới.", "năm mới", "2018"),
        ("Trong thời khắc tiễn năm cũ, pháo hoa rực sáng.", "năm cũ", "2017"),
        ("Đây là vị khách đầu tiên trong năm mới.", "năm mới", "2018"),
        # "mới" after a counted "năm" is the adverb "only then": a duration, no date
        ("Chắc cũng phải mất hơn hai năm mới xong.", None, None),
        ("Phải 5 năm mới có lãi.", None, None),
    ],
)
def test_new_and_old_year(sentence: str, phrase: str | None, value: str | None) -> None:
    assert found(sentence) == ([(phrase, value)] if phrase else [])


def test_new_year_without_a_reference_year_is_no_date() -> None:
    assert found("Người dân đổ ra phố đón mừng năm mới.", None) == []


@pytest.mark.parametrize(
    "phrase, span, value",
    [
        # "cùng kỳ" (the same period) is left out of the span of a year written or named ...
        ("cùng kỳ năm trước", "năm trước", "2017"),
        ("cùng kỳ năm 2016", "năm 2016", "2016"),
        ("cùng thời điểm năm ngoái", "năm ngoái", "2017"),
        # ... and kept when it is all that says which year ("cùng kỳ năm": last year's)
        ("cùng kỳ năm", "cùng kỳ năm", "2017"),
    ],
)
def test_same_period_of_a_year(phrase: str, span: str, value: str) -> None:
    check(f"Doanh thu tăng 5% so với {phrase}, ngành tăng trưởng.", span, value)


def test_month_then_relative_word_is_that_month() -> None:
    # "June, upcoming", not "next month"; the month's span keeps the word (a day's does not)
    check("Hoàn thành trong tháng 6 tới.", "tháng 6 tới", "2018-06")
    check("Cuối tháng 11 này sẽ họp.", "Cuối tháng 11 này", "2018-11")
    check("Tháng 7 vừa rồi, mưa to.", "Tháng 7 vừa rồi", "2018-07")
    check("Ngày 8-6 tới, Quốc hội họp.", "Ngày 8-6", "2018-06-08")
    # ... not a range's join, nor a period's "now"
    check("Từ tháng 3 tới tháng 5, mưa.", "Từ tháng 3 tới tháng 5", "2018-03/2018-05")


def test_modifier_attr() -> None:
    doc = Document("Dự kiến cuối tháng 5 hoàn thành.", reference_date=REF, reference_source="given")
    [span] = recognize(doc)
    assert span.attrs["modifier"] == "late"
    doc = Document("Nắng nóng kéo dài đến nửa đầu tháng 6.", reference_date=REF, reference_source="given")
    [span] = recognize(doc)
    assert (span.text, span.attrs["modifier"]) == ("nửa đầu tháng 6", "early")


# ------------------------------------------------------------------ intervals


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("Kế hoạch giai đoạn 2016-2020 đã duyệt.", "giai đoạn 2016-2020", "2016/2020"),
        ("Kế hoạch giai đoạn 2016 - 2020 đã duyệt.", "giai đoạn 2016 - 2020", "2016/2020"),
        # the lead keeps its place before "năm": "từ năm", "giai đoạn năm", "những năm"
        ("Kế hoạch giai đoạn năm 2016-2020 đã duyệt.", "giai đoạn năm 2016-2020", "2016/2020"),
        ("Ông công tác từ năm 1961-1971 ở Hà Nội.", "từ năm 1961-1971", "1961/1971"),
        ("Trong những năm 1980-1994, đất bị lấn.", "những năm 1980-1994", "1980/1994"),
        # a period its lead names is no count of the noun after it ("tỉnh", "người" count after a number)
        ("Giai đoạn 2016-2020 tỉnh xây mới 10 trường.", "Giai đoạn 2016-2020", "2016/2020"),
        ("Trong giai đoạn 2001-2005 tỉnh Nam Định xây mới 10 trường.", "giai đoạn 2001-2005", "2001/2005"),
        ("Từ năm 2001-2005 tỉnh xây mới 10 trường.", "Từ năm 2001-2005", "2001/2005"),
        # after "từ" without "năm", a pair of years that ends its clause (a count would go on to its noun)
        ("Anh học lái máy bay ở Mỹ từ 1969 - 1972. Anh về nước.", "từ 1969 - 1972", "1969/1972"),
        ("Trường có từ 1900-2000 trẻ em.", None, None),
        # without a lead, where a bare year would be a date (data: year_context_nouns), not after "từ"
        # (then a clause end, a predicate or "của": a noun after the pair is what it counts), on one line
        ("Kế hoạch 2006-2010 đã được duyệt.", "2006-2010", "2006/2010"),
        ("Tỷ lệ này sẽ lên 25% vào 2006-2010.", "2006-2010", "2006/2010"),
        ("Kế hoạch 2006-2010 của tỉnh đã xong.", "2006-2010", "2006/2010"),
        ("Trong mùa lũ 2004 - 2005, nhiều nhà bị cuốn trôi.", "2004 - 2005", "2004/2005"),
        ("Chỉ tiêu 1950-2000 sinh viên; gọi vào 1800-1900 để được tư vấn.", None, None),
        ("Thu nhập tăng gấp đôi so với 2004\n- 2010: thu nhập đạt 20 triệu đồng.", "2004", "2004"),
        # a named period before a unit, or in implausible years, may count
        ("Vụ đông xuân 1000-1080 ha lúa bị sâu; kế hoạch 2000-2050 người.", None, None),
        ("Năm học 2005-2006, Bộ sẽ đổi mới.", "Năm học 2005-2006", "2005/2006"),
        ("Tổ chức từ ngày 1/7 đến 15/7 tại Huế.", "từ ngày 1/7 đến 15/7", "2018-07-01/2018-07-15"),
        ("Tổ chức từ 15/12 đến 10/1/2019 tại Huế.", "từ 15/12 đến 10/1/2019", "2018-12-15/2019-01-10"),
        ("Tính từ tháng 12/2003 đến ngày 27/2 năm nay, dịch lan.", "từ tháng 12/2003 đến ngày 27/2 năm nay",
         "2003-12/2018-02-27"),
        ("Giám sát từ năm 2001 đến nay.", "từ năm 2001 đến nay", "2001/2018"),
        # a span of years alone in brackets, like "(11.6.1948 - 11.6.2018)" with full dates
        ("Thi đua hướng tới kỷ niệm (1948-2018).", "1948-2018", "1948/2018"),
        ("Khóa đào tạo hệ chính quy (1998-2001) do trường tổ chức.", "1998-2001", "1998/2001"),
        ("Đồ sứ ký kiểu của triều Nguyễn (1802- 1945) trên nguyệt san.", "1802- 1945", "1802/1945"),  # an era
        ("Tỷ số (2 - 1) nghiêng về đội nhà; giá (2000-3000 đồng) tăng.", None, None),
        ("Giá vàng (1900-1850) giảm; gọi đường dây nóng (1800-1091).", None, None),
        ("Năng suất lúa đạt bình quân (1900-1950)\nkg/ha.", None, None),
        ("Bệnh nhân được theo dõi sau 7-10\nngày điều trị.", None, None),
        # a day alone opens a range and takes the end's month
        ("Cấm xe từ ngày 15 đến hết ngày 31.12.", "từ ngày 15 đến hết ngày 31.12", "2018-12-15/2018-12-31"),
        ("Mất nước từ tối 29 đến sáng 30-3.", "từ tối 29 đến sáng 30-3", "2018-03-29/2018-03-30"),
        ("Giá tăng từ 15 đến 20% so với tháng trước.", None, None),
        # a month and year alone close a range that opened with a month, which takes the end's year
        ("Hỗ trợ từ tháng 3 đến 12/2005 cho 17 em.", "từ tháng 3 đến 12/2005", "2005-03/2005-12"),
        ("Hỗ trợ từ tháng 3 - 12/2005 cho 17 em.", "từ tháng 3 - 12/2005", "2005-03/2005-12"),
        # "từ" opens a range of months as it opens a range of days, and a word after it counts nothing
        ("Lượng mưa trung bình từ tháng 5-10 ít hơn mọi năm.", "từ tháng 5-10", "2018-05/2018-10"),
        # (a list of months whose last one carries the year is no dashed range: "từ" stays out, as after
        # "tháng 11, 12 năm 2005")
        ("Mưa nhiều từ tháng 5, 6 và 7-2005 ở miền Bắc.", "tháng 5, 6 và 7-2005", "2005-05/2005-07"),
        # ... and a bare month number closes one before punctuation
        ("Mùa khô từ tháng 6 đến 9, ít mưa.", "từ tháng 6 đến 9", "2018-06/2018-09"),
        # two dates joined by "đến" or "tới" without "từ" are one interval too
        ("Mùa mưa vào tháng 5 đến tháng 10, nhưng ấm.", "tháng 5 đến tháng 10", "2018-05/2018-10"),
        ("Khuyến mại cuối tháng 4 cho tới ngày 31/5 năm nay.", "cuối tháng 4 cho tới ngày 31/5 năm nay", "2018-04/2018-05-31"),
        ("Đẹp nhất là tháng 10 đến tháng 2/2019.", "tháng 10 đến tháng 2/2019", "2018-10/2019-02"),
        ("Năm 2004 tăng 10% đến 15%.", "Năm 2004", "2004"),
        ("Trường nhận hồ sơ từ 22/9 cho tới 31/12.", "từ 22/9 cho tới 31/12", "2018-09-22/2018-12-31"),
        # ... and the years they write on one side hold for both
        ("Trong tháng 5 đến tháng 10 năm ngoái, lượng khách tăng.", "tháng 5 đến tháng 10 năm ngoái", "2017-05/2017-10"),
        ("Rét vào tháng 10 năm ngoái đến tháng 3.", "tháng 10 năm ngoái đến tháng 3", "2017-10/2018-03"),
        # ... but "năm sau" on the end says where the period ends, not where it starts
        ("Từ tháng 9 đến tháng 9 năm sau.", "Từ tháng 9 đến tháng 9 năm sau", "2018-09/2019-09"),
        # an end earlier in the calendar than the start is in the next year
        ("Từ ngày 30/12 đến ngày 2/1 trời rét.", "Từ ngày 30/12 đến ngày 2/1", "2018-12-30/2019-01-02"),
        ("Du lịch đẹp nhất vào tháng 10 đến tháng 2.", "tháng 10 đến tháng 2", "2018-10/2019-02"),
        # a bare month number closes no range before a decimal
        ("Lãi suất giảm từ tháng 6 đến 9,5%/năm.", "tháng 6", "2018-06"),
        # a counter after a rising day-month range counts it; another noun, or a falling pair, does not
        ("Hãng tăng chuyến bay từ 1-2 chuyến/ngày lên 4 chuyến.", None, None),
        ("Nhiều công trình cao tới 3-4 tầng.", None, None),
        ("Quy hoạch để lửng lơ quy mô từ 2-8 làn xe.", None, None),
        ("Từ 1-7 giá điện tăng 5%.", "1-7", "2018-07-01"),
        ("Từ 1-7 làn sóng tăng giá lan rộng.", "1-7", "2018-07-01"),  # "làn xe" counts, "làn sóng" does not
        ("Từ 15-1 chuyến bay đầu tiên cất cánh.", "15-1", "2018-01-15"),
        ("Lễ hội diễn ra vào 1-2 hằng năm.", "1-2", "2018-02-01"),
        # a range of day/months is no range of fractions when one end cannot be a fraction
        ("Thanh tra đợt 2 từ 1/7-30/10 tại các trường.", "từ 1/7-30/10", "2018-07-01/2018-10-30"),
        ("Diện tích bị hại giảm từ 1/3-1/2.", None, None),
        ("Số huyện đạt chuẩn tăng từ 8/12-11/12.", None, None),
        ("Tuần lễ văn hóa diễn ra từ 4/10-10/10 tại Hà Nội.", "từ 4/10-10/10", "2018-10-04/2018-10-10"),
        # after "vào" and an approximating word a range of days is one, fraction-like or not
        ("Lễ hội thường diễn ra vào khoảng 2-3/10 hằng năm.", "2-3/10", "2018-10-02/2018-10-03"),
        # a fraction or a range of them after an approximating or restating word stays a fraction
        ("Tỷ lệ tăng từ khoảng 1/3 lên 1/2 số hộ.", None, None),
        ("Tỷ lệ dao động từ khoảng 2-3/10.", None, None),
        ("Điểm đạt lên đến khoảng 10/10.", None, None),
        ("Có 600 em đỗ, tức 3/5 tổng số thí sinh.", None, None),
        # a lunar date after a comma is another one
        ("Tết Trung thu rơi vào thứ bảy, tức 17/9, ngày rằm âm lịch.", "17/9", "2018-09-17"),
        # spelled months join as months in digits do; a label's colon opens a period as "vào" does
        ("Khoá hè từ tháng Giêng đến tháng Hai.", "từ tháng Giêng đến tháng Hai", None),
        ("Có 2 học kỳ: Tháng Hai đến Tháng Sáu (Học kỳ I).", "Tháng Hai đến Tháng Sáu", "2018-02/2018-06"),
        ("Thời gian: tháng 5 đến tháng 10.", "tháng 5 đến tháng 10", "2018-05/2018-10"),
        # two months joined by a dash are a period, whatever opens them (a dash joins no two events)
        ("Niên học\nTháng Bảy - Tháng Mười Một (Học kỳ II).", "Tháng Bảy - Tháng Mười Một", "2018-07/2018-11"),
        ("Mùa mưa kéo dài tháng 7 - tháng 11.", "tháng 7 - tháng 11", "2018-07/2018-11"),
        # "từ" opens a range of days written as one ("5 đến 13/5", "2 - 4/9"), as it opens any
        # other range
        ("Hội chợ diễn ra từ ngày 5 đến 13/5 tại Huế.", "từ ngày 5 đến 13/5", "2018-05-05/2018-05-13"),
    ],
)
def test_intervals(sentence: str, phrase: str | None, value: str | None) -> None:
    if phrase is None:
        assert found(sentence) == []
    else:
        check(sentence, phrase, value)


@pytest.mark.parametrize(
    "sentence, phrase, pattern",
    [
        ("Tết Trung thu ngày 15/8 âm lịch.", "ngày 15/8 âm lịch", "XXXX-08-15"),
        ("Lễ hội chính vào ngày rằm, tức 15/4 âm lịch.", "15/4 âm lịch", "XXXX-04-15"),
        ("Lễ hội (tức 20/4 đến 27/4 âm lịch) hằng năm.", "20/4 đến 27/4 âm lịch", "XXXX-04-20/XXXX-04-27"),
        ("Giỗ Tổ vào ngày 10 tháng 3 âm lịch.", "ngày 10 tháng 3 âm lịch", "XXXX-03-10"),
        ("Người Mèo ăn Tết vào khoảng tháng 10 âm lịch.", "tháng 10 âm lịch", "XXXX-10"),
        ("Ông sinh ngày 15/8/1945 âm lịch.", "ngày 15/8/1945 âm lịch", "1945-08-15"),
        # "rằm" names the fifteenth, a day of the lunar month whatever opens it
        ("Chống ngập trong ngày rằm tháng giêng sắp tới.", "ngày rằm tháng giêng", "XXXX-01-15"),
        ("Người dân cúng vào rằm tháng 7.", "rằm tháng 7", "XXXX-07-15"),
        ("Rằm tháng Tám, trẻ em rước đèn.", "Rằm tháng Tám", "XXXX-08-15"),
        ("Ông mất ngày rằm tháng 4 năm 1968.", "ngày rằm tháng 4 năm 1968", "1968-04-15"),
    ],
)
def test_lunar_dates_recur_every_year_and_have_no_solar_value(sentence: str, phrase: str, pattern: str) -> None:
    doc = Document(sentence, reference_date=2018, reference_source="given")
    [span] = recognize(doc)
    assert (span.text, span.attrs["value"], span.attrs.get("pattern"), span.attrs.get("calendar")) == (
        phrase, None, pattern, "lunar")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a solar date before a lunar phrase, or restated by one, stays solar
        ("Hạn chót là ngày 31/1 trước Tết âm lịch.", [("ngày 31/1", "2018-01-31")]),
        ("Lễ hội diễn ra vào ngày 25/4 tức 10/3 âm lịch.", [("ngày 25/4", "2018-04-25"), ("10/3 âm lịch", None)]),
        # "cùng ngày" after a lunar restatement is the solar day, not its lunar name
        ("Sáng 12-9-2005 (tức 9-8 âm lịch), lễ hội khai mạc. Chiều cùng ngày, đoàn đua thuyền xuất phát.",
         [("Sáng 12-9-2005", "2005-09-12"), ("9-8 âm lịch", None), ("Chiều cùng ngày", "2005-09-12")]),
        # ... and after a lunar day of its own nothing: no solar day is known
        ("Ngày 4/4/2006, Sở họp.\n\nChính hội vào ngày 9/4 âm lịch. Sáng cùng ngày, lễ rước diễn ra.",
         [("Ngày 4/4/2006", "2006-04-04"), ("ngày 9/4 âm lịch", None)]),
        # a lunar day takes no solar year from a full date before it in its sentence
        ("Ngày 3/8/2005, trăng rằm tháng 8 rất sáng.", [("Ngày 3/8/2005", "2005-08-03"), ("rằm tháng 8", None)]),
        ("Ngày 3/12/2005, chợ bán đến 23 tháng chạp.", [("Ngày 3/12/2005", "2005-12-03"), ("23 tháng chạp", None)]),
    ],
)
def test_solar_dates_near_a_lunar_phrase_stay_solar(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, dates",
    [
        # without "từ": two days are two events, a later date that something only then happened,
        # a date moved to another, dates on two lines
        ("Bệnh nhân nhập viện ngày 5/3 đến ngày 8/3 thì tử vong.", [("ngày 5/3", "2018-03-05"), ("ngày 8/3", "2018-03-08")]),
        ("Dự án khởi công vào tháng 6 đến tháng 12 mới xong.", [("tháng 6", "2018-06"), ("tháng 12", "2018-12")]),
        ("Trận đấu dời tháng 5 đến tháng 8.", [("tháng 5", "2018-05"), ("tháng 8", "2018-08")]),
        ("Hội chợ khai mạc tháng 3\nĐến tháng 5, hội chợ đã đón khách.", [("tháng 3", "2018-03"), ("tháng 5", "2018-05")]),
        # and without a word opening a period before the first month
        ("Công trình khởi công tháng 3 đến tháng 10 đã hoàn thành.", [("tháng 3", "2018-03"), ("tháng 10", "2018-10")]),
        ("Ông nhập viện ngày 5/3 đến ngày 8/3 âm lịch thì mất.", [("ngày 5/3", "2018-03-05"), ("ngày 8/3 âm lịch", None)]),
    ],
)
def test_dates_joined_by_den_without_tu_that_are_no_period(sentence: str, dates: list[tuple[str, str]]) -> None:
    assert found(sentence) == dates


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("kỷ niệm 70 năm Ngày Chủ tịch ra Lời kêu gọi (11.6.1948 - 11.6.2018)...", "11.6.1948", "11.6.2018"),
        ("50 năm sau chiến thắng Điện Biên Phủ (7/5/1954-7/5/2004), du khách đã đến.", "7/5/1954", "7/5/2004"),
    ],
)
def test_anniversary_pair_is_two_dates(text: str, first: str, second: str) -> None:
    def iso(d: str) -> str:
        day, month, year = re.split(r"[./]", d)
        return f"{year}-{int(month):02d}-{int(day):02d}"

    assert found(text) == [(first, iso(first)), (second, iso(second))]


def test_full_date_run_into_the_next_line() -> None:
    # scraped text that lost its line break: "ngày 25/09/2005Lịch thi SAT"
    text = "Thời gian hội thảo: 9h00 ngày 25/09/2005Lịch thi SAT: 14h30 ngày 28/09/2005 Hà Nội"
    assert found(text) == [("ngày 25/09/2005", "2005-09-25"), ("ngày 28/09/2005", "2005-09-28")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cuộc thi đã tổ chức thành công (1996, 1997, 1998), năm nay lần thứ 4.",
         [("1996", "1996"), ("1997", "1997"), ("1998", "1998"), ("năm nay", "2018")]),
        ("Trong các năm 2003, 2004 và 2005, tỉnh xây được nhiều trường.",
         [("năm 2003", "2003"), ("2004", "2004"), ("2005", "2005")]),
        ("Năm 2004 và 2005 đều tăng.", [("Năm 2004", "2004"), ("2005", "2005")]),
        # a comma alone lists a second year only when it runs on from the first
        ("Năm 2004, 2100 cán bộ về hưu.", [("Năm 2004", "2004")]),
        ("Năm 2004, 2005 người dự thi.", [("Năm 2004", "2004")]),
        ("Kiểm tra trong năm 2003, 2004 cho thấy nhiều sai phạm.", [("năm 2003", "2003"), ("2004", "2004")]),
        # a year in brackets after a source or a publisher is the source's date; after a law's name it is the law's
        ("sách Đề thi môn Văn (NXB ĐH Quốc gia TP HCM 2004)...", [("2004", "2004")]),
        ("Ngày 1/7, Luật đất đai mới (1993) có hiệu lực.", [("Ngày 1/7", "2018-07-01")]),
        # "SN" is the press's "sinh năm": the birth year is a date, "SN" left out of its span
        ("Lâm Xuân Nhật, SN 1984, sinh viên Khoa Công nghệ thông tin.", [("1984", "1984")]),
    ],
)
def test_years_in_lists_and_brackets(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------ school years


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("năm học 2005-2006", "2005/2006"),
        ("Năm học 2005 - 2006", "2005/2006"),
        ("năm học 2005/2006", "2005/2006"),
        ("năm học 2006", "2006"),  # as written: the text does not say which school year
        ("năm học mới 2005-2006", "2005/2006"),
        ("khoá học 2005/ 2006", "2005/2006"),
        ("niên học 2005-2006", "2005/2006"),
        # relative: the school year that starts in the reference year (2018), or the one before
        ("năm học mới", "2018/2019"),
        ("Năm học này", "2018/2019"),
        ("năm học tới", "2018/2019"),
        ("năm học vừa qua", "2017/2018"),
        ("năm học trước", "2017/2018"),
    ],
)
def test_school_years(phrase: str, value: str) -> None:
    check(f"Theo Bộ, {phrase} ngành tập trung vào chất lượng.", phrase, value)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a year after "luật" is a law's only in a law's name
        ("Sở tổng kết công tác giáo dục pháp luật năm 2005.", [("năm 2005", "2005")]),
        ("Luật sư Trần Văn Hùng năm 2005 đã thắng kiện.", [("năm 2005", "2005")]),
        ("Trường ĐH Luật Hà Nội năm 2005 tuyển 1.000 sinh viên.", [("năm 2005", "2005")]),
        # "năm qua" after a comma opens the next clause
        ("Tại hội nghị ngày 28/12, năm qua ngành đã đạt nhiều kết quả.", [("ngày 28/12", "2018-12-28"), ("năm qua", "2017")]),
        # an amount in digits before "năm ngoái" counts money, not years
        ("Công ty lãi 500 triệu năm ngoái, năm nay lỗ.", [("năm ngoái", "2017"), ("năm nay", "2018")]),
        # one day of a month is no "first days"
        ("Vào một ngày đầu tháng 3, ông ra đi.", [("đầu tháng 3", "2018-03")]),
        # a day without its year that an earlier date wrote with its year restates it
        ("Vụ tấn công 11-9-2001 làm khách sợ. Sau sự kiện 11-9, khách giảm.",
         [("11-9-2001", "2001-09-11"), ("11-9", "2001-09-11")]),
        # a bare day after a time or event noun ("thời điểm", "sự kiện", "thời hạn") is a date
        ("Nhiều công ty đến gần thời điểm 30/4 mới lấy khách.", [("30/4", "2018-04-30")]),
        ("Gửi bài trước thời hạn 20/4 đến ban tổ chức.", [("20/4", "2018-04-20")]),
        # a list of months after "các", "những" is months, as one month after them is a count
        ("Mỗi đoàn khởi hành vào các tháng 6 và 7, thời gian từ 2 đến 6 tuần.", [("tháng 6 và 7", "2018-06/2018-07")]),
        ("Trong các tháng 3 người đến.", []),
        # a part of a month counts nothing: the noun after it is the clause's subject
        ("Đến đầu tháng 7 căn nhà vẫn còn nguyên.", [("đầu tháng 7", "2018-07")]),
        ("Đến tháng 7 căn nhà vẫn còn nguyên.", []),
        # "trong năm" followed by a comma is the year written before it
        ("Năm 2004 tỉnh tăng trưởng 10%. Cũng trong năm, tỉnh xây 5 trường.", [("Năm 2004", "2004"), ("trong năm", "2004")]),
        # listed numbers before a counted noun are counts
        ("Năm 2005, 1850 và 1920 hộ được hỗ trợ.", [("Năm 2005", "2005")]),
        # a bare year after "cùng kỳ", or opening a clause as its subject
        ("An Giang có 44 ca trong khi cùng kỳ 2004 chỉ có 29 ca.", [("2004", "2004")]),
        ("Ngoài ra, 2004 cũng là năm có tỉ lệ cao, trong khi 2003 chỉ có 17,1%.", [("2004", "2004"), ("2003", "2003")]),
        ("Chết vì tai nạn xe máy: 2002 hơn 1.400 người; 2003 hơn 1.000 người.", [("2002", "2002"), ("2003", "2003")]),
        ("Ông sinh ở Biên Hoà; 1947 bắt đầu hoạt động ở Sài Gòn; 1976 ông được phong danh hiệu.",
         [("1947", "1947"), ("1976", "1976")]),
        ("Trong 10 năm trở lại đây thì 2005 bão hoạt động dồn dập nhất.", [("2005", "2005")]),
        ("Giám sát cần quan tâm.\n2004 là năm đầu tiên thực hiện Luật.", [("2004", "2004")]),
        ("Tỷ lệ ca sốc 19,6%, 2002 là 15,8%.", [("2002", "2002")]),
        # ... not a count whose noun is left unsaid, a count still to come as a year, nor one ending its line
        ("Trong đó, 1500 được cấp thẻ.", []),
        ("Trong đó, 1900 đã tốt nghiệp.", []),
        ("Năm 2004, 2100 cán bộ về hưu.", [("Năm 2004", "2004")]),
        ("Số máy lẻ:\n2005\n", []),
        # "cùng ngày" after a coming day is not that day but the one told of before it (session 39:
        # "chờ chuyến bay bù sáng 1/8. ... chiều cùng ngày" is 31/7 in the gold), nor the end a time
        # runs to ("tăng ca tới 3g sáng 21-3. ... Cùng ngày" is 20-3)
        ("Ngày 10/3 Bộ họp. Hội nghị dự kiến diễn ra vào ngày 20/3. Cùng ngày, Bộ công bố.",
         [("Ngày 10/3", "2018-03-10"), ("ngày 20/3", "2018-03-20"), ("Cùng ngày", "2018-03-10")]),
        ("Ngày 20-3, công ty yêu cầu tăng ca tới 3g sáng 21-3. Cùng ngày, công đoàn đến làm việc.",
         [("Ngày 20-3", "2018-03-20"), ("sáng 21-3", "2018-03-21"), ("Cùng ngày", "2018-03-20")]),
        # a day-month listed after a date and a comma is a date when it can be no fraction or count
        ("Khảo sát bắt đầu từ ngày 30/7, 31/7 sẽ đo địa hình.", [("ngày 30/7", "2018-07-30"), ("31/7", "2018-07-31")]),
        ("Ngày 12/5, 3/3 đại biểu tán thành.", [("Ngày 12/5", "2018-05-12")]),
        ("Ngày 12/5, 2-3 người đến muộn.", [("Ngày 12/5", "2018-05-12")]),
        # one early day of a year is no first day; a school year's first day is no calendar day
        ("Một ngày đầu năm, ông về quê.", []),
        ("Ngày đầu tiên của năm học, trời mưa.", []),
    ],
)
def test_guards_of_the_newer_rules(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        # the first days of a month, like the first months of a year
        ("Dự báo trong 10 ngày đầu tháng mười lũ sẽ cao.", "10 ngày đầu tháng mười", "2018-10-01/2018-10-10"),
        ("Mực nước 10 ngày đầu tháng 1 thấp.", "10 ngày đầu tháng 1", "2018-01-01/2018-01-10"),
        # ... and the first or last days of a year, or its first or last day with its year said
        ("Bốn ngày đầu năm, 10 người chết.", "Bốn ngày đầu năm", "2018-01-01/2018-01-04"),
        ("Trong 5 ngày đầu năm mới, tai nạn giảm.", "5 ngày đầu năm mới", "2018-01-01/2018-01-05"),
        ("Trong 3 ngày cuối năm 2005, chợ đông.", "3 ngày cuối năm 2005", "2005-12-29/2005-12-31"),
        ("Vào ngày cuối cùng của năm 2004, họ về.", "ngày cuối cùng của năm 2004", "2004-12-31"),
        ("Hẹn nhau ngày cuối cùng của năm cũ.", "ngày cuối cùng của năm cũ", "2017-12-31"),
        ("Đón ngày đầu tiên của năm mới.", "ngày đầu tiên của năm mới", "2018-01-01"),
        # from one day-month to another, written with a dash
        ("Hồ mở cửa xả trong các ngày 20/1-20/2 năm nay.", "ngày 20/1-20/2", "2018-01-20/2018-02-20"),
        ("Nghỉ từ 15/12-10/1/2006.", "từ 15/12-10/1/2006", "2005-12-15/2006-01-10"),
        # a crop season across two years, like a school year
        ("Vụ Đông Xuân 2003-2004 thiếu nước.", "Vụ Đông Xuân 2003-2004", "2003/2004"),
        ("Từ 1993-1994, ông tham gia tích cực.", "Từ 1993-1994", "1993/1994"),
        # a season's year: "mùa" and the one or two words naming the season, kept in the span
        ("Mùa du lịch 2004, khi giá cả tăng lên, thị trường sôi động.", "Mùa du lịch 2004", "2004"),
        ("Lễ hội phục vụ mùa lễ hội 2005. Đây là dịp kỷ niệm.", "mùa lễ hội 2005", "2005"),
        ("Dự báo mùa lũ 2004 kết thúc sớm.", "mùa lũ 2004", "2004"),
        ("Mùa lũ 2004 gây thiệt hại lớn.", "Mùa lũ 2004", "2004"),
        ("Mùa thi 2006 (ĐH) khác năm trước.", "Mùa thi 2006", "2006"),
        ("Trong mùa khô năm 2004, nước cạn.", "mùa khô năm 2004", "2004"),
        ("Trong mùa khô năm nay, nước cạn.", "mùa khô năm nay", "2018"),
        # one of the four seasons: alone (lowercase or opening a clause), or after "mùa" in any case
        ("Hè 2004, Khoa sang Ấn Độ làm việc.", "Hè 2004", "2004"),
        ("Chiến dịch tình nguyện hè 2005 bắt đầu.", "hè 2005", "2005"),
        ("Kể từ mùa Thu năm 1945, đất nước đổi thay.", "mùa Thu năm 1945", "1945"),
        # "vụ mùa" is a crop, not a season's name before the year
        ("Vụ mùa năm 2004 được mùa.", "năm 2004", "2004"),
    ],
)
def test_day_and_season_periods(sentence: str, phrase: str, value: str) -> None:
    assert (phrase, value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Vào mùa này 2000 người đến.",  # a count after a season word
     "Mùa lũ 2000 ngôi nhà bị cuốn trôi.",  # a count after a season's name
     "Mùa này 2005 chúng tôi làm.",  # no predicate after the number
     "Mùa Xuân Hà Nội 2005 đã khai mạc.",  # an event's name, capitalized
     "Quận Hà Đông 2005 có nhiều dự án."],  # a capitalized season word inside a name
)
def test_season_words_before_a_number_that_is_no_year(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "phrase, value, modifier",
    [
        ("những năm 1990", "1990/1999", None),
        ("thập niên 80", "1980/1989", None),
        ("giữa thập niên 90", "1990/1999", "mid"),
        ("đầu thập kỷ 90", "1990/1999", "early"),
        ("đầu những năm 2000", "2000/2009", "early"),
        ("những năm 50-60", "1950/1969", None),  # two decades
        ("những năm 1980 và 1990", "1980/1999", None),  # two decades listed: both
        ("thập niên 70, 80", "1970/1989", None),
        ("những năm 80, 90 của thế kỷ trước", "1980/1999", None),
        # the century named after the decade is in its span
        ("những năm 60 của thế kỷ trước", "1960/1969", None),
        ("những năm 70-80 của thế kỷ trước", "1970/1989", None),
        ("thập niên 80 thế kỷ XX", "1980/1989", None),
    ],
)
def test_decades(phrase: str, value: str, modifier: str | None) -> None:
    doc = Document(f"Nghề này có từ {phrase}, khi kinh tế mở cửa.", reference_date=REF, reference_source="given")
    [span] = recognize(doc)
    assert (span.text, span.attrs["value"], span.attrs.get("modifier")) == (phrase, value, modifier)


@pytest.mark.parametrize(
    "sentence, count",
    [
        # a number after a decade's comma is a count unless it is the next decade and ends the clause
        ("Trong những năm 90, 20 doanh nghiệp đã phá sản.", "20"),
        ("Trong những năm 80, 90 doanh nghiệp đã phá sản.", "90"),
        ("Những năm 1990, 50 công ty ra đời.", "50"),
        ("Trong những năm 2000, 10 dự án bị treo.", "10"),
    ],
)
def test_a_count_after_a_decade_is_no_second_decade(sentence: str, count: str) -> None:
    assert not any(count in phrase for phrase, _ in found(sentence))


def test_school_year_with_full_reference_uses_its_year() -> None:
    check("Trong năm học mới, ngành đổi mới.", "năm học mới", "2005/2006", dt.date(2005, 9, 3))


def test_school_year_range_is_inside_the_date_span() -> None:
    import vnreport

    report = vnreport.extract("Một yêu cầu đặt ra trong năm học mới 2005-2006.", reference_date=2005)
    [date] = [e for e in report.entities if e.type == "date"]
    assert (date.text, date.fields["value"]) == ("năm học mới 2005-2006", "2005/2006")
    assert not [f for f in report.figures if f.start < date.end and date.start < f.end]  # no figure "2005-2006"


# ------------------------------------------------------------------ "từ ... đến nay"


@pytest.mark.parametrize(
    "phrase, ref, value",
    [
        ("từ đầu năm đến nay", dt.date(2005, 8, 5), "2005-01/2005-08"),
        ("từ đầu năm đến nay", 2005, "2005-01/2005"),  # only the year of "now" is known
        ("từ tháng 3 đến nay", dt.date(2005, 8, 5), "2005-03/2005-08"),
        ("từ tháng 3/2004 đến nay", dt.date(2005, 8, 5), "2004-03/2005-08"),
        ("từ tháng 3/2004 đến nay", 2005, "2004-03/2005"),
        ("từ ngày 1/8 đến nay", dt.date(2005, 8, 5), "2005-08-01/2005-08-05"),
        ("từ năm 2001 đến nay", dt.date(2005, 8, 5), "2001/2005"),
        ("từ năm 2001 đến nay", 2005, "2001/2005"),
        ("từ tháng 8 đến nay", dt.date(2005, 8, 5), "2005-08"),  # "now" is still August
        ("từ tháng 3 đến nay", dt.date(2004, 1, 15), "2003-03/2004-01"),  # March of the year before January
        # "tới" is "until" before "nay", not "coming": not the start of next year
        ("từ đầu năm tới nay", 2005, "2005-01/2005"),
        ("Từ đầu năm tới nay", dt.date(2005, 8, 5), "2005-01/2005-08"),
    ],
)
def test_until_now(phrase: str, ref: dt.date | int, value: str) -> None:
    check(f"Theo Chi cục, {phrase} tình trạng nhập lậu tăng.", phrase, value, ref)


@pytest.mark.parametrize(
    "sentence, dates",
    [
        # a share needs no lead, a slash, a numerator below the denominator and the word on its line
        ("Tính đến 30/6 tổng dư nợ tăng.", [("30/6", "2005-06-30")]),
        ("Từ 15/4 thời gian làm việc thay đổi.", [("15/4", "2005-04-15")]),
        ("Trong hai ngày 14-15/11 đại biểu thảo luận.", [("ngày 14-15/11", "2005-11-14/2005-11-15")]),
        ("Từ 14/11 Tổng thống Bush thăm Việt Nam.", [("14/11", "2005-11-14")]),
        ("Hạn nộp hồ sơ: 30/6\nTổng chỉ tiêu là 500.", [("30/6", "2005-06-30")]),
        ("Giai đoạn 2006-2010 tổng vốn tăng.", [("Giai đoạn 2006-2010", "2006/2010")]),
    ],
)
def test_words_for_a_whole_leave_dates_as_they_are(sentence: str, dates: list[tuple[str, str]]) -> None:
    assert found(sentence, 2005) == dates


@pytest.mark.parametrize(
    "sentence, dates",
    [
        # without a modifier before it, "năm tới" / "tháng tới" is next year / month even before "nay"
        ("Kế hoạch tuyển sinh năm tới nay đã được công bố.", [("năm tới", "2006")]),
        ("Chỉ tiêu của tháng tới hiện nay vẫn chưa được giao.", [("tháng tới", "2005-09")]),
        ("Đầu năm tới sẽ khởi công.", [("Đầu năm tới", "2006")]),
    ],
)
def test_next_year_or_month_before_now(sentence: str, dates: list[tuple[str, str]]) -> None:
    assert found(sentence, dt.date(2005, 8, 5)) == dates


@pytest.mark.parametrize(
    "phrase, ref, date, value",
    [
        # from now to a written year: the written end alone, as the annotators write it (the start,
        # the time of writing, is not written), whether "nay" is known or not
        ("từ nay đến năm 2010", 2005, "năm 2010", "2010"),
        ("Từ nay đến 2010", 2005, "2010", "2010"),
        ("từ năm nay đến năm 2010", 2005, "năm 2010", "2010"),
        ("từ nay đến năm 2005", 2005, "năm 2005", "2005"),
        ("từ nay đến năm 2010", None, "năm 2010", "2010"),
        ("từ năm nay đến năm 2010", None, "năm 2010", "2010"),
        ("từ cuối năm nay đến năm 2010", None, "từ cuối năm nay đến năm 2010", "2010"),
        # not from "now": an interval
        ("từ đầu năm nay đến tháng 6/2006", dt.date(2005, 8, 5), "từ đầu năm nay đến tháng 6/2006", "2005/2006-06"),
    ],
)
def test_from_now_to_a_written_date(phrase: str, ref: dt.date | int | None, date: str, value: str) -> None:
    check(f"Chương trình triển khai {phrase} với nhiều dự án.", date, value, ref)


def test_from_now_to_a_month_or_a_part_of_a_year_is_that_alone() -> None:
    # "nay" is implied, not stated: the month alone is the date (CONVENTIONS.md)
    check("Chương trình triển khai từ nay đến tháng 6/2006 với nhiều dự án.", "tháng 6/2006", "2006-06",
          dt.date(2005, 8, 5))
    check("Cuộc thi kéo dài từ nay đến hết tháng 3/2006.", "tháng 3/2006", "2006-03", 2005)
    # ... and so is a part of a year ("Từ nay đến cuối năm 2004" -> "cuối năm 2004")
    check("Từ nay đến cuối năm 2004, tỉnh sẽ hoàn thành.", "cuối năm 2004", "2004", 2004)


def test_from_now_to_this_very_year_keeps_the_year_written() -> None:
    assert infer("Kế hoạch năm 2005\nTừ nay đến năm 2005, Sở làm xong.")[0][-1] == ("năm 2005", "2005", False)


@pytest.mark.parametrize(
    "text, span",
    [
        # the news lead's date
        ("Nhập lậu gia cầm\n(NLĐ) - Ngày 5-8, Bộ họp về dịch năm 2005. Theo Chi cục, từ đầu năm đến nay nhập lậu tăng.",
         ("từ đầu năm đến nay", "2005-01/2005-08", True)),
        # no lead date: "sáng nay (30/10)" later in the text says the text is written in October
        ("Bão số 8\nÔng Thảo cho biết bão sẽ mạnh. Đến sáng nay (30/10), bão số 8 mạnh lên. "
         "Năm 2005 bão hoạt động dồn dập. Từ đầu năm đến nay, bão chủ yếu hoạt động ở miền Bắc.",
         ("Từ đầu năm đến nay", "2005-01/2005-10", True)),
    ],
)
def test_until_now_month_from_the_day_of_writing(text: str, span: tuple[str, str, bool]) -> None:
    spans, ref, source = infer(text)
    assert (ref, source) == (2005, "text")
    assert span in spans


def test_until_now_month_from_a_lead_after_the_source_tag() -> None:
    # the title run together with the lead: the lead's date follows the source tag
    text = ("Tạm giữ 34 xe khách, taxi dù (NLĐ)- Rạng sáng 2-5, Tổ Trật tự đã kiểm tra.\n"
            "Ngày 1-4-2005, Sở ra quân. Tính chung từ đầu tháng 4-2005 đến nay, Thanh tra đã tạm giữ 34 xe.")
    spans, ref, _ = infer(text)
    assert ref == 2005
    assert ("từ đầu tháng 4-2005 đến nay", "2005-04/2005-05", True) in spans


def test_until_now_without_any_reference_is_its_start() -> None:
    # "nay" unknown: only the start is a date
    assert infer("Tin\nTính từ năm 2004 đến nay, hệ thống đã tư vấn.")[0] == [("năm 2004", "2004", False)]


def test_until_now_without_a_year_ends_on_the_lead_day() -> None:
    # the lead's day is the day of writing, its year unknown: "nay" is that day, or its month
    text = "Mưa lũ\nNgày 21/12, mưa vẫn không ngớt. Số người chết trong đợt mưa lũ từ 11/12 đến nay là 6 người."
    assert infer(text)[0] == [("Ngày 21/12", None, False), ("từ 11/12 đến nay", None, False)]
    doc = Document(text)
    assert [s.attrs.get("pattern") for s in recognize(doc)] == ["XXXX-12-21", "XXXX-12-11/XXXX-12-21"]
    doc = Document("Mưa lũ\nNgày 21/12, mưa vẫn không ngớt. Từ tháng 11 đến nay đã có 6 người chết.")
    assert [s.attrs.get("pattern") for s in recognize(doc)] == ["XXXX-12-21", "XXXX-11/XXXX-12"]
    # a start later in the calendar than the lead's day is of another year: only the start
    doc = Document("Mưa lũ\nNgày 5/1, mưa vẫn không ngớt. Từ tháng 11 đến nay đã có 6 người chết.")
    assert [(s.text, s.attrs.get("pattern")) for s in recognize(doc)] == [("Ngày 5/1", "XXXX-01-05"),
                                                                          ("tháng 11", "XXXX-11")]


@pytest.mark.parametrize(
    "lead, sentence, span",
    [
        # in November 2005: a day or month to come, earlier in the calendar, is the next year's
        ("7/11", "Bộ yêu cầu từ nay đến 31/3, hằng ngày các tỉnh phải gửi báo cáo.", ("31/3", "2006-03-31", True)),
        ("7/11", "Dự án sẽ khởi công vào tháng 2.", ("tháng 2", "2006-02", True)),
        ("7/11", "Các tỉnh phải hoàn thành tiêm phòng trước ngày 15/1.", ("ngày 15/1", "2006-01-15", True)),
        # ... to come but later in the calendar, or past: this year's
        ("7/11", "Dự án sẽ khởi công vào tháng 12.", ("tháng 12", "2005-12", True)),
        ("7/11", "Ngày 25/10, dịch đã lan rộng ở 39 hộ.", ("Ngày 25/10", "2005-10-25", True)),
        # in February 2005: a month marked as past, later in the calendar, is last year's
        ("7/2", "Tháng 11 vừa qua, dịch đã bùng phát.", ("Tháng 11 vừa qua", "2004-11", True)),
        ("7/2", "Hồi tháng 10, dịch đã bùng phát tại 5 tỉnh.", ("tháng 10", "2004-10", True)),
        # ... past but earlier in the calendar, or to come: this year's
        ("7/2", "Tháng 1 vừa qua, dịch đã bùng phát.", ("Tháng 1 vừa qua", "2005-01", True)),
        ("7/2", "Bộ sẽ họp vào tháng 10.", ("tháng 10", "2005-10", True)),
    ],
)
def test_the_month_of_writing_places_a_coming_or_past_month(lead: str, sentence: str, span: tuple[str, str, bool]) -> None:
    # the lead's day (its year from the dated line) places the time of writing in 2005
    text = f"Dịch cúm tái phát\nChiều {lead}, Ban chỉ đạo thông báo dịch cúm năm 2005 đã tái phát. {sentence}"
    spans, ref, _ = infer(text)
    assert ref == 2005
    assert span in spans


def test_coming_day_without_a_month_of_writing_keeps_the_reference_year() -> None:
    # no lead's day: the month of writing is unknown, so nothing moves to the next year
    spans, ref, _ = infer("Dịch cúm tái phát\nBan chỉ đạo thông báo dịch cúm năm 2005. Dự án sẽ khởi công vào tháng 2.")
    assert ref == 2005
    assert ("tháng 2", "2005-02", True) in spans


def test_until_now_without_a_lead_date() -> None:
    text = "Nhập lậu gia cầm\nBộ Nông nghiệp họp về dịch cúm gia cầm năm 2005. Ngày 5-8 họp tiếp. Từ đầu năm đến nay nhập lậu tăng."
    spans, _, _ = infer(text)
    # 5-8 is no lead date (it does not open a line), so the month of writing is unknown; as a day
    # the text tells of as past it bounds "nay" (session 39: annotators end such periods there)
    assert ("Từ đầu năm đến nay", "2005-01/2005-08", True) in spans


# ------------------------------------------------------------------ anaphora: the year written before


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Năm 2017, ngành phát triển. Trong năm, toàn tỉnh cắt giảm 220 biên chế.",
         [("Năm 2017", "2017"), ("Trong năm", "2017")]),
        ("Ngày 3/1/2002 mở thầu. Năm đó, giá đất tăng.", [("Ngày 3/1/2002", "2002-01-03"), ("Năm đó", "2002")]),
        ("Tháng 8-2005 khởi công. Cùng năm, dự án được duyệt.", [("Tháng 8-2005", "2005-08"), ("Cùng năm", "2005")]),
        ("Năm 2015 bắt đầu, năm 2016 mở rộng. Trong năm ấy, ...", [("Năm 2015", "2015"), ("năm 2016", "2016"),
                                                                  ("Trong năm ấy", "2016")]),
        # a day-month after a date with month and year in the same sentence takes its year
        ("Quyết định ký ngày 29-12-2005 buộc bàn giao trước ngày... 31-12!",
         [("ngày 29-12-2005", "2005-12-29"), ("ngày... 31-12", "2005-12-31")]),
        ("Tháng 8-2005 khởi công, đến tháng 10 thì dừng.", [("Tháng 8-2005", "2005-08"), ("tháng 10", "2005-10")]),
        # ... but not in the next sentence, nor after a year alone
        ("Ngày 29-12-2005 có quyết định. Ngày 11-1 họp.", [("Ngày 29-12-2005", "2005-12-29"), ("Ngày 11-1", "2018-01-11")]),
        ("Năm 2005 tăng mạnh, đến tháng 10 thì giảm.", [("Năm 2005", "2005"), ("tháng 10", "2018-10")]),
        # the same day after a clock time (no count: "3h30 cùng ngày")
        ("Lúc 0h55 ngày 12/3, đám cháy xảy ra. Mãi đến 3h30 cùng ngày mới dập tắt.",
         [("ngày 12/3", "2018-03-12"), ("cùng ngày", "2018-03-12")]),
    ],
)
def test_anaphora(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_anaphora_is_year_inferred() -> None:
    doc = Document("Năm 2017, ngành phát triển. Trong năm, toàn tỉnh cắt giảm 220 biên chế.", reference_date=REF,
                   reference_source="given")
    assert [s.attrs["year_inferred"] for s in recognize(doc)] == [False, True]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trong năm, toàn tỉnh cắt giảm biên chế.", []),  # no year written before
        ("Giai đoạn 2016-2020 đã duyệt. Trong năm, tỉnh cắt giảm.", [("Giai đoạn 2016-2020", "2016/2020")]),  # a range
        ("Năm 2017 tốt. Trong năm 2018 sẽ tăng.", [("Năm 2017", "2017"), ("năm 2018", "2018")]),
        ("Năm 2017 tốt. Trong năm nay sẽ tăng.", [("Năm 2017", "2017"), ("năm nay", "2018")]),
        ("Năm 2017 tốt. Trong năm học lớp 9 thi.", [("Năm 2017", "2017")]),
        # inside a clause "trong năm" speaks of any year, not of the one written before it
        ("Năm 2015 tốt. Chương trình lễ hội trong năm cần được lên kế hoạch.", [("Năm 2015", "2015")]),
        # "năm qua" is the year before the reference year, not the year written before it
        ("Năm 2015 tốt. Trong năm qua tỉnh phát triển.", [("Năm 2015", "2015"), ("năm qua", "2017")]),
        ("Năm 2017 tốt. Những năm đó khó khăn.", [("Năm 2017", "2017")]),
    ],
)
def test_not_anaphora(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------ relative days


@pytest.mark.parametrize(
    "phrase, ref, value",
    [
        ("hôm nay", dt.date(2018, 1, 31), "2018-01-31"),
        ("hôm qua", dt.date(2018, 1, 31), "2018-01-30"),
        ("Sáng nay", dt.date(2018, 1, 31), "2018-01-31"),
        ("ngày mai", dt.date(2018, 1, 31), "2018-02-01"),
        # a part of the day before "hôm nay", "hôm qua" is in the span, like "Sáng nay"
        ("Trưa hôm nay", dt.date(2018, 1, 31), "2018-01-31"),
        ("ngày hôm nay", dt.date(2018, 1, 31), "2018-01-31"),
        ("Chiều hôm qua", dt.date(2018, 1, 31), "2018-01-30"),
        ("tháng này", dt.date(2018, 1, 31), "2018-01"),
        ("tháng trước", dt.date(2018, 1, 31), "2017-12"),
    ],
)
def test_relative_days_with_full_reference(phrase: str, ref: dt.date, value: str) -> None:
    check(f"Theo tin {phrase}, đoàn đã đến.", phrase, value, ref)


@pytest.mark.parametrize(
    "sentence, dates",
    [
        # a day-month in apposition to a relative day names that day: both are that date
        ("Hôm qua (30-3), đoàn đến Huế.", [("Hôm qua", "2018-03-30"), ("30-3", "2018-03-30")]),
        ("Tối qua (10/4) chương trình diễn ra.", [("Tối qua", "2018-04-10"), ("10/4", "2018-04-10")]),
        ("(NLĐ)- Hôm qua, 24-1, Thủ tướng làm việc.", [("Hôm qua", "2018-01-24"), ("24-1", "2018-01-24")]),
        ("Sáng nay (30-3), đoàn đến Huế.", [("Sáng nay", "2018-03-30"), ("30-3", "2018-03-30")]),
        ("Chiều qua, 5/4, hội nghị bế mạc.", [("Chiều qua", "2018-04-05"), ("5/4", "2018-04-05")]),
        # written right after it, with no comma or bracket, the two are one date
        ("Chiều qua 5.4, hội nghị bế mạc.", [("Chiều qua 5.4", "2018-04-05")]),
        ("Sáng qua 5/4, 3 người bị thương.", [("Sáng qua 5/4", "2018-04-05")]),  # a count after it is no list
        ("Phiên tòa ngày hôm nay 24.1 kết thúc.", [("ngày hôm nay 24.1", "2018-01-24")]),  # "ngày" in, as the gold has it
    ],
)
def test_relative_day_named_by_a_written_date_is_that_date(sentence: str, dates: list[tuple[str, str]]) -> None:
    assert found(sentence, dt.date(2018, 4, 6)) == dates  # the written date, not "yesterday" counted from the reference


def test_relative_day_joined_to_its_written_date_keeps_both_parts() -> None:
    doc = Document("Chiều qua thứ Ba 3/4, đoàn đến.", reference_date=dt.date(2018, 4, 6), reference_source="given")
    [span] = recognize(doc)
    assert (span.text, span.attrs["value"], span.attrs["weekday"], span.attrs["time"]) == (
        "Chiều qua thứ Ba 3/4", "2018-04-03", 2, "chiều")


def test_relative_day_named_by_its_date_anywhere_gives_the_day_of_writing() -> None:
    # no news lead dates the text; "Chiều qua 21/12" says it is written on 22/12
    text = ("Công nghệ chống vé xịn\nCác tay cò tẩy xoá vé rồi bán lại.\nTheo ông Văn, ngày 18/12 đã bắt 3 cò. "
            "Chiều qua 21/12, ga lại bắt thêm. Ông khẳng định với VnExpress lúc 15h chiều nay.")
    spans = recognize(Document(text))
    assert [(s.text, s.attrs.get("pattern")) for s in spans if s.text == "chiều nay"] == [("chiều nay", "XXXX-12-22")]
    # nor a relative day quoted from another time
    text = ("Ký ức tháng Tư\nÔng Ba vẫn giữ cuốn nhật ký, trong đó ghi: “Hôm nay, 30/4, Sài Gòn đã giải phóng”. "
            "Hôm nay, ông đã ngoài 80 tuổi.")
    assert [s.text for s in recognize(Document(text)) if s.start > text.index("”")] == []
    # nor one in a related-article link: the text comes after its links, on a day they do not say
    text = ("Dịch cúm gia cầm\nSáng nay, Sở Y tế họp khẩn. Hôm qua, thêm 3 ổ dịch được phát hiện ở ngoại thành, "
            "nhiều hộ dân đã tiêu hủy gà.\nCác tin liên quan:\nHôm nay 12/1, Hà Nội tiêu hủy 5.000 con gà(12/01/2005)\n"
            "Dịch cúm lan rộng(10/01/2005)\nHà Nội\n")
    assert [s.text for s in recognize(Document(text)) if s.start < text.index("Các tin")] == []
    # two such days that disagree date nothing
    text = ("Tin vắn\nCác tay cò tẩy xoá vé rồi bán lại.\nHôm qua 20/12, ga bắt 3 cò. "
            "Theo ông Văn, hôm qua 21/12 lại bắt thêm. Chiều nay ga họp.")
    assert [s for s in infer(text)[0] if s[0] == "Chiều nay"] == []


def test_a_relative_day_named_by_its_date_outweighs_the_news_lead() -> None:
    # the lead tells of the evening before; "Hôm qua (18/9)" says the text is written on 19/9
    text = ("Bão số 6\nTối 18/9, bão đã suy yếu. Thống kê đến 7h sáng nay, 2 người chết. "
            "Hôm qua (18/9), bão gây gió mạnh.")
    spans = recognize(Document(text))
    assert [(s.text, s.attrs["pattern"]) for s in spans if s.text == "sáng nay"] == [("sáng nay", "XXXX-09-19")]
    # without it, the lead's day is the day of writing
    spans = recognize(Document("Bão số 6\nTối 18/9, bão đã suy yếu. Thống kê đến 7h sáng nay, 2 người chết."))
    assert [(s.text, s.attrs["pattern"]) for s in spans if s.text == "sáng nay"] == [("sáng nay", "XXXX-09-18")]


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("Tránh lũ\nNhiều nhà bị cuốn trôi.\nChiều 31/10, trời mưa to. Nơi hôm qua có những ngôi nhà.",
         "hôm qua", "XXXX-10-30"),
        ("Tránh lũ\nNhiều nhà bị cuốn trôi.\nKhoảng 22h ngày 9/11, xe vào cảng. Đêm nay là ca trực của ông Bon.",
         "Đêm nay", "XXXX-11-09"),
    ],
)
def test_a_day_opening_the_paragraph_of_a_relative_day_places_it(text: str, phrase: str, value: str) -> None:
    # no lead dates the text: the day its paragraph opens with, before the relative day, is "nay"
    spans = {s.text: s.attrs["value"] or s.attrs["pattern"] for s in recognize(Document(text))}
    assert spans[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "Tránh lũ\nNhiều nhà bị cuốn trôi.\nNơi hôm qua có những ngôi nhà. Chiều 31/10, trời mưa to.",  # after it
        ("Tránh lũ\nHàng chục nghìn người dân miền Trung đã phải rời bỏ quê đi tránh lũ.\nChiều 31/10, trời mưa to.\n"
         "Nơi hôm qua có những ngôi nhà."),  # another paragraph's
        "Tránh lũ\nNhiều nhà bị cuốn trôi.\nTheo ông Nguyễn Văn Ba, trưởng thôn, ngày 31/10 trời mưa to. Hôm qua mưa tạnh.",
    ],
)
def test_a_day_not_opening_the_paragraph_before_a_relative_day_places_nothing(text: str) -> None:
    assert [s.text for s in recognize(Document(text)) if "qua" in s.text] == []


@pytest.mark.parametrize("sentence", ["Hôm qua (30 và 31-3), đoàn đến.", "Hôm qua (30-31/3), đoàn đến.",
                                      "Hôm qua, 30/3 và 31/3, đoàn đến."])
def test_a_list_or_range_names_no_relative_day(sentence: str) -> None:
    assert ("Hôm qua", "2018-04-05") in found(sentence, dt.date(2018, 4, 6))  # yesterday, from the reference


def test_relative_day_named_without_a_year() -> None:
    doc = Document("Tin\nHôm qua (28-2), đoàn đến. Hôm nay, kết quả được công bố.")
    assert [(s.text, s.attrs["pattern"]) for s in recognize(doc)] == [("Hôm qua", "XXXX-02-28"), ("28-2", "XXXX-02-28")]


@pytest.mark.parametrize(
    "sentence",
    ["Hai tháng sau, họ cưới nhau.", "Mấy hôm nay trời mưa.", "Vài hôm nay giá tăng.",
     "Họ nhìn những ngày mai của làng."],
)
def test_counted_or_plural_relative_words_are_no_dates(sentence: str) -> None:
    assert found(sentence, dt.date(2018, 1, 31)) == []


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        # the news lead's day is the day of writing when no full reference date is known
        ("Tuyển sinh\n10/9 là hạn cuối cùng. Trường nhận hồ sơ NV 3 từ hôm qua.", "hôm qua", "XXXX-09-09"),
        ("Tuyển sinh\r10/9 là hạn cuối cùng. Trường nhận hồ sơ NV 3 từ hôm qua.", "hôm qua", "XXXX-09-09"),  # CR-only lines
        # a relative day ending the line above is no apposition to the lead's date
        ("Hạn chót là hôm nay\n10/9 là hạn cuối cùng. Trường nhận hồ sơ NV 3 từ hôm qua.", "hôm qua", "XXXX-09-09"),
        ("Dịch cúm\nNgày 29-2, Bộ họp. Ngày mai, đoàn đến.", "Ngày mai", "XXXX-03-01"),
        ("Dịch cúm\n(NLĐ) - Ngày 5-8, Bộ họp về dịch năm 2005. Hôm qua, đoàn đến.", "Hôm qua", "2005-08-04"),
        ("Dịch cúm\nSáng 12/7, Thủ tướng làm việc với Bộ. Trong buổi làm việc sáng nay, Bộ báo cáo.", "sáng nay", "XXXX-07-12"),
        # a lead in apposition to a relative day: the day of writing is counted from it
        ("Tin\nTối qua (10/4), chương trình diễn ra. Hôm nay, kết quả được công bố.", "Hôm nay", "XXXX-04-11"),
        ("Tin\nSáng nay (24-1), mưa lớn. Hôm qua trời nắng.", "Hôm qua", "XXXX-01-23"),
        # a day closing a sentence of the lead after a comma: the dateline written at its end
        ("Hội thảo\nHội thảo lần đầu được tổ chức tại Hà Nội, sáng 17/8.\nCũng trong hội thảo hôm nay, Việt kiều góp ý.",
         "hôm nay", "XXXX-08-17"),
        ("Bóng đá\n\"Vui quá!\", anh nói sau chiến thắng của U23 Việt Nam, tối 28/10.\nTối nay, John xem bóng đá.",
         "Tối nay", "XXXX-10-28"),
        # ... or without the comma when it is said with a part of day
        ("Chất vấn\nBà Thu khẳng định như vậy ngay khi Bộ trưởng trả lời chất vấn sáng 10/6.\nHôm qua, Quốc hội họp.",
         "Hôm qua", "XXXX-06-09"),
        # "X nay" with a part of day: the day written before it with that part of day
        ("Thi\nTheo báo cáo của Bộ Giáo dục và Đào tạo, đến cuối buổi chiều 25/5 có 51 thí sinh vắng mặt. "
         "Chiều nay, thí sinh thi môn Sinh. Ngày mai thi Toán.", "Ngày mai", "XXXX-05-26"),
        ("Bão\nTại các tỉnh miền Trung, người dân đã chằng chống nhà cửa từ 20:30 tối 26/9 năm 2005. "
         "Tối nay bão vào bờ. Hôm qua trời lặng gió.", "Hôm qua", "2005-09-25"),
    ],
)
def test_relative_days_from_the_news_lead(text: str, phrase: str, value: str) -> None:
    doc = Document(text)
    spans = {s.text: s.attrs["value"] or s.attrs["pattern"] for s in recognize(doc)}
    assert spans[phrase] == value


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Tin\nNgày 17/8 tới, công ty chia cổ tức. Hôm qua, giá giảm.", "Hôm qua"),  # a coming day is no day of writing
        ("Tin\nCử tri hôm 26.3 đã đi bầu. Hôm qua, kết quả được công bố.", "Hôm qua"),  # "hôm 26.3": a day already past
        ("Tin\nTối hôm 26.3 cử tri đã đi bầu. Hôm qua, kết quả được công bố.", "Hôm qua"),  # ... with a part of day before it
        ("Tin\nHôm qua (28-2), đoàn đến. Hôm nay, kết quả được công bố.", "Hôm nay"),  # writing on 29/2 or 1/3: year unknown
        ("Tin\nTheo Bộ Nông nghiệp, hôm qua đoàn công tác đã đến. Ngày 5-8 họp tiếp.", "hôm qua"),  # 5-8 does not open a line
        ("Tin\nTheo đó, từ 1/4, sẽ tăng giá nước. Hôm nay, thành phố công bố.", "Hôm nay"),  # a coming day is no day of writing
        ("Từ 1/4 Hà Nội tăng giá nước\nHôm nay, thành phố công bố quyết định.", "Hôm nay"),  # the start of a period neither
        ("Trung thu\n(NLĐ) - Tối 15/8 âm lịch, phố cổ đông vui. Hôm qua, trẻ em rước đèn.", "Hôm qua"),  # a lunar day
        ("Trung thu\n(NLĐ) - Hôm nay (15/8 âm lịch), phố cổ đông vui.", "Hôm nay"),  # it names no solar day
        # a day written with the same part of day after "X nay", or two such days: no day of writing
        ("Tin\nTheo báo cáo của Bộ Giáo dục và Đào tạo, mọi việc đã xong. Chiều nay, thí sinh thi môn Sinh. "
         "Trước đó, chiều 17/1 trường đã họp.", "Chiều nay"),
        ("Tin\nTheo báo cáo của Bộ Giáo dục và Đào tạo, đến chiều 24/5 có 51 thí sinh vắng mặt, chiều 25/5 có 40. "
         "Chiều nay, thí sinh thi môn Sinh.", "Chiều nay"),
        # a day after a comma that does not close its sentence is no dateline
        ("Tin\nBộ Giáo dục và Đào tạo vừa cho biết, sáng 17/8 sẽ công bố kết quả. Hôm nay, các trường họp.", "Hôm nay"),
        # a day without a part of day closing the lead without a comma is no dateline
        ("Tin\nHội nghị tổng kết được tổ chức ngày 17/8.\nHôm nay, các trường họp.", "Hôm nay"),
    ],
)
def test_relative_days_without_a_lead_day(text: str, phrase: str) -> None:
    doc = Document(text)
    assert phrase not in [s.text for s in recognize(doc)]


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Tin\nNgày 28-2, Bộ họp. Ngày mai, đoàn đến.", "Ngày 28-2"),  # 29/2 in a leap year, 1/3 in others
        ("Tin\nNgày 1-3, Bộ họp. Hôm qua, đoàn đến.", "Ngày 1-3"),
    ],
)
def test_relative_days_across_february_from_a_lead_of_unknown_year_are_not_reported(text: str, lead: str) -> None:
    assert found(text, None) == [(lead, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("Hôm qua", []),  # one line, no lead
        ("10/9", [("10/9", None)]),  # a lead's date that is the whole text
        ("Tin\r\r10/9 là hạn. Hôm qua", [("10/9", None), ("Hôm qua", None)]),  # CR-only lines, a relative day ending the text
    ],
)
def test_lead_day_on_awkward_texts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, None) == expected


@pytest.mark.parametrize("phrase", ["hôm nay", "hôm qua", "Sáng nay", "tháng này", "từ hôm qua đến nay", "từ tháng trước đến nay"])
def test_relative_days_need_a_full_reference(phrase: str) -> None:
    assert found(f"Theo tin {phrase}, đoàn đã đến.", REF) == []


@pytest.mark.parametrize(
    "phrase",
    ["năm nay", "năm ngoái", "năm tới", "cuối năm nay", "đầu năm", "cùng kỳ năm trước", "năm học mới",
     "năm học vừa qua"],
)
def test_relative_years_need_a_reference_year(phrase: str) -> None:
    assert found(f"Theo tin, {phrase} số tiền tăng.", None) == []


@pytest.mark.parametrize(
    "phrase, pattern",
    [("tháng 6 năm nay", "XXXX-06"), ("quý I năm nay", "XXXX-01/XXXX-03"), ("ngày 27/2 năm ngoái", "XXXX-02-27")],
)
def test_relative_years_with_written_parts_keep_a_pattern(phrase: str, pattern: str) -> None:
    doc = Document(f"Theo tin, {phrase} số tiền tăng.")
    [span] = recognize(doc)
    assert (span.text, span.attrs["value"], span.attrs["pattern"]) == (phrase, None, pattern)


# ------------------------------------------------------------------ never dates


@pytest.mark.parametrize(
    "text",
    [
        "ngày 31/2 họp",  # invalid calendar dates
        "ngày 32/1 họp",
        "ngày 0/5 họp",
        "ngày 15/13 họp",
        "theo Quyết định số 123/QĐ-UBND",  # document numbers
        "theo Nghị định 178/2024/NĐ-CP",
        "Luật số 15/2004/QH11",
        "theo Chỉ thị 05-CT/TW",
        "Công văn số 12/5 của UBND",
        "đội nhà thắng 2-1",  # scores and ratios
        "tỷ số 3-0",
        "tỷ lệ 1/3 số phiếu",
        "trước 2/3 số đại biểu",
        "tăng 5,2%",  # percentages and decimals
        "tăng 2-3%",
        "đạt 1.234,5 tỷ đồng",
        "có 87.239 khu vực bỏ phiếu",
        "xuất cấp 3.070 tấn gạo",
        "gọi 0909999999 hoặc 090.123.4567",  # phone numbers
        "ông 47 tuổi",  # ages and durations
        "kỷ niệm 70 năm thành lập",
        "5 năm qua ngành phát triển",
        "trong nhiều năm qua",
        "Hai mươi năm trước GDP thấp",  # counted: "năm trước" is no date after a number
        "giếng ngàn năm nay được khơi lại",
        "hỏi nhưng hơn nửa năm qua không được trả lời",  # half a year counted, not last year
        "Đã đến hạn. Nửa năm qua, không ai trả lời.",  # also opening a sentence
        "phải đi qua 3-4 tuyến xe buýt",  # "qua" (through) makes no date
        "tăng từ 1000-1050 người",  # a count, not years
        "Mỗi năm có từ 1900-2000 trẻ em bị bỏ rơi.",  # "từ" opens no clause: a count
        "Thứ Năm qua, Bộ đã họp.",  # last Thursday
        "Diện tích rừng chiếm từ 2/3-3/4 diện tích tỉnh.",  # fractions, not day-months
        "Số học sinh này chiếm 1/5-1/4 tổng số học sinh.",  # a range of fractions, first day below its month
        "Thi hành Quyết định số 21/2-4/4.",  # a document's number
        "Tỷ số chung cuộc: 3/1.",  # a score after a label that names no date
        "Họ tên: Nguyễn Văn A. Lớp: 12/3.",
        "Hiện nay, ở các gia đình Việt Nam 3/4 thu nhập dành cho ăn uống.",
        "Những người ở những năm 20 tuổi.",  # ages, not a decade
        "Trong đó, 1900 là nữ.",  # a count as a clause's subject
        "hơn 1 năm trước",
        "ở các năm trước",
        "sau 7-10 ngày nữa",
        "từ 5-10 người",
        "Để vượt sông cần tới 5-6 cây cầu.",  # a range of counts before a classifier
        "Số bão trung bình nhiều năm, tức là 6-7 cơn.",
        "được 3 tháng 5 ngày",
        "mỗi tháng 2 lần",
        "tháng 3 người",
        "mỗi tháng hai lần",
        "thu hồi 387/414 ha",
        "thu hồi 94/104 ha",
        "tỷ lệ 2/3",  # a bare fraction with no date context
        "2/3 thời gian của phiên xử",  # a fraction opening a line
        "Kết quả\n2-3/10 học sinh đạt điểm giỏi.",  # a range of fractions opening a line
        "Bộ trưởng đã dành tới 2/3 thời gian nói về học phí.",  # shares of a whole, even after "tới"
        "Dự án chiếm tới 1/2 tổng diện tích.",
        "Điện bị cắt giảm, có tỉnh giảm tới 1/6 công suất.",
        "Lượng nước này chỉ đáp ứng 1/4 đến 1/5 nhu cầu nước sử dụng.",  # the second of a range of shares
        "Ảnh vệ tinh cho thấy nó phủ đến 1/2 đất nước.",
        "Học phí bằng 1/2 đến 1/3 so với các nước Anh, Mỹ.",  # a ratio compared
        "1/2 bát nước cốt dừa",
        "nhận 1.12 triệu",
        "kỳ họp thứ 6 của Quốc hội",
        "cuối năm học lớp 9",
        "các năm học trước",  # plural
        "năm học lớp 9",  # "năm học" alone names no school year
        "Tỷ lệ: 2/3.",  # a fraction after a label's colon
        "sau Luật đất đai mới (1993)",  # a law's year in brackets is part of its name
        "khoản 2 điều 241 của Luật thương mại năm 1997",  # ... and after it
        "Theo Luật Đất đai năm 2003 thì",
        "có 2016 người tham gia",  # a bare number that looks like a year
        "giai đoạn 2020-2016",  # a range running backwards
        "chương trình phổ thông GCSE (1-2) năm",  # a count in brackets, of what follows them
        "có 3.000 người, tăng so với 2000 người",  # a count compared, no year
    ],
)
def test_never_dates(text: str) -> None:
    assert found(text) == []


# ------------------------------------------------------------------ reference year inference


def infer(text: str) -> tuple[list[tuple[str, str | None, bool]], object, object]:
    doc = Document(text)
    spans = recognize(doc)
    return [(s.text, s.attrs["value"], s.attrs["year_inferred"]) for s in spans], doc.reference_date, doc.reference_source


def test_year_from_title() -> None:
    spans, ref, source = infer("Sở Nội vụ triển khai nhiệm vụ năm 2018\n\nNgày 31.1, Sở tổng kết năm 2017.")
    assert (ref, source) == (2018, "title")
    assert ("Ngày 31.1", "2018-01-31", True) in spans
    assert ("năm 2017", "2017", False) in spans


def test_full_date_in_byline() -> None:
    spans, ref, source = infer("Cúm gia cầm\nHôm nay Thủ tướng họp.\nTin liên quan (10/11/2005)")
    assert (ref, source) == (dt.date(2005, 11, 10), "title")
    assert ("Hôm nay", "2005-11-10", True) in spans


def test_a_short_last_sentence_is_no_byline() -> None:
    # more than ten syllables ending in a full stop: the last paragraph, whose past season is no byline date
    text = ("Ưu tiên khu vực\nThí sinh tốt nghiệp tuyển sinh 2004 được cộng điểm khi thi đại học năm nay.\n"
            "Năm nay, điểm ưu tiên khu vực 0,5 điểm. Mùa tuyển sinh 2003, điểm ưu tiên là 1 điểm.")
    spans, ref, source = infer(text)
    assert (ref, source) == (2004, "text")
    assert ("Năm nay", "2004", True) in spans
    # a short byline with its date still dates the text
    _, ref, source = infer("Cúm gia cầm\nHôm nay Thủ tướng họp tại Hà Nội với các bộ ngành.\nTheo TTXVN, ngày 10/11/2005.")
    assert (ref, source) == (dt.date(2005, 11, 10), "title")


def test_related_links_of_one_day_date_the_year_and_the_body_the_day() -> None:
    # the links are other articles' days: the text is of their year, written that day or later;
    # the body's "Chiều 10/11" places "Hôm nay"
    text = "Cúm gia cầm\nChiều 10/11, Thủ tướng họp. Hôm nay, Bộ họp.\nSống trong ổ dịch cúm(10/11/2005)\nTP HCM sẽ có xe chuyên chở(10/11/2005)"
    spans, ref, source = infer(text)
    assert (ref, source) == (2005, "title")
    assert ("Hôm nay", "2005-11-10", True) in spans


def test_related_links_above_the_byline_date_the_text() -> None:
    text = ("Cúm gia cầm\nChiều 10/11, Thủ tướng họp. Hôm nay, Bộ họp.\nSống trong ổ dịch cúm(10/11/2005)\n"
            "TP HCM sẽ có xe chuyên chở(10/11/2005)\nTheo TTXVN\nMinh Anh")
    spans, ref, source = infer(text)
    assert (ref, source) == (2005, "title")  # the byline is the last two lines; the links are above it
    assert ("Hôm nay", "2005-11-10", True) in spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative day in a related article's headline is counted from the headline's date, not
        # from the day of writing
        ("Thi đại học\n10h15 sáng 5/7, đợt 1 đã kết thúc. Sáng nay thi Hoá.\n"
         "Sáng nay, thí sinh cả nước bắt đầu cuộc tranh đua(04/07/2005)\nHơn 500.000 thí sinh dự thi(03/07/2005)",
         [("sáng 5/7", "2005-07-05"), ("Sáng nay", "2005-07-05"), ("Sáng nay", "2005-07-04"),
          ("04/07/2005", "2005-07-04"), ("03/07/2005", "2005-07-03")]),
        # ... even when nothing else places the day of writing
        ("Mưa\nTỉnh đang khô hạn.\nMưa giúp Nam Trung Bộ vơi cơn khát(21/03/2005)\nHôm nay Nam Trung Bộ có thể có mưa(19/03/2005)",
         [("21/03/2005", "2005-03-21"), ("Hôm nay", "2005-03-19"), ("19/03/2005", "2005-03-19")]),
    ],
)
def test_relative_days_in_related_links(text: str, expected: list[tuple[str, str]]) -> None:
    spans, _, _ = infer(text)
    assert [(s[0], s[1]) for s in spans] == expected


def test_header_lines_hold_each_line_once() -> None:
    from vnreport.recognizers.dates import _header_lines

    text = "Cúm\nThân bài.\nSống trong ổ dịch cúm(9/11/2005)\nTP HCM sẽ có xe(10/11/2005)\n" + "Bài dài. " * 15
    lines = [text[a:b] for a, b in _header_lines(text)]
    assert lines == ["Cúm", "Sống trong ổ dịch cúm(9/11/2005)", "TP HCM sẽ có xe(10/11/2005)"]


def test_related_links_of_several_days_give_only_the_year() -> None:
    text = ("Mũ bảo hiểm\nSáng nay, công an họp. Trong tháng 7 tai nạn giảm.\n"
            "Từ mai Hà Nội xử lý nghiêm(31/07/2004)\nNông dân không có đủ tiền(27/07/2004)\n"
            "TP HCM 'sốt' mũ bảo hiểm(26/07/2004)\nTừ 1/8, đồng loạt xử lý(16/07/2004)")
    spans, ref, source = infer(text)
    assert (ref, source) == (2004, "title")  # the text comes after the newest link, on a day it does not say
    assert ("tháng 7", "2004-07", True) in spans
    assert not any(s[0] == "Sáng nay" for s in spans)


@pytest.mark.parametrize(
    "text, ref",
    [
        # a year ending a name in the title is the text's subject, of the year it is written in,
        # though the body speaks mostly of the year before
        ("Du lịch 2005: Khởi đầu thuận lợi\nSau những bước tiến trong năm 2004, trong tháng 1 khách tăng.", 2005),
        ("Liên hoan du lịch quốc tế Hà Nội 2005\nTối 1/5, liên hoan bế mạc.", 2005),
        ("Hội nghị SOM 1 khởi động năm APEC 2006 (NLĐ) - Sáng 16-1, hội nghị khai mạc.", 2006),
        # not a year opening the title, announced ahead, nor a number a word follows: a count
        ("2007: bắt buộc học sinh tham gia bảo hiểm y tế?\nTừ ngày 1/9, các trường thu phí.", None),
        ("Triển lãm 2000 tác phẩm\nNgày 3/4 khai mạc.", None),
        ("Xây 2000 căn nhà cho người nghèo\nNgày 3/4 khởi công.", None),
        # a date the title writes comes first
        ("Bế mạc Quốc hội: nhiệm vụ 2005 rất nặng nề!\nTrong năm tới, QH sẽ giám sát. Ngày 26-11 bế mạc.", 2004),
    ],
)
def test_year_ending_a_name_in_the_title(text: str, ref: int | None) -> None:
    spans, got, source = infer(text)
    assert got == ref
    if ref is not None:
        assert source == "title"


def test_a_year_ending_a_title_name_is_no_date() -> None:
    spans, _, _ = infer("Du lịch 2005: Khởi đầu thuận lợi\nTrong tháng 1, khách tăng.")
    assert spans == [("tháng 1", "2005-01", True)]


@pytest.mark.parametrize(
    "text, ref",
    [
        # a date cited as an example is of another time and gives no reference year
        ("Rét đậm\nĐợt rét từ 15/11 kéo dài. Ví dụ, ngày 24/11/1971, tại Sìn Hồ chỉ âm 1 độ C. Đơn cử Hà Nội "
         "ngày 25/11/1975, nhiệt độ thấp nhất là 6 độ C. Trong mùa đông 2005, đây là đợt rét thứ 4.", 2005),
        ("Khủng hoảng\nChẳng hạn năm 1997, khi cuộc khủng hoảng nổ ra, giá giảm. Ngày 12-3 họp.", None),
        # ... not a date the example mark does not reach in its clause
        ("Tin tức\nVí dụ như ở các tỉnh miền núi phía Bắc, tháng 3/2005 đã có mưa. Ngày 12-4 họp.", 2005),
        # the day a document cited by its number was issued is of that document, old or new
        ("Trợ cấp\nChiều 30/9, Bộ họp. Cán bộ nghỉ việc theo quyết định 130 ngày 20/6/1975 của Hội đồng "
         "Chính phủ được tăng trợ cấp. Năm 2005, ngân sách bù đắp thêm.", 2005),
        ("Tin tức\nNghị định 178/2004/NĐ-CP của Chính phủ ban hành ngày 10/10/2004 quy định rõ. Ngày 3/5 họp.", None),
        # ... not a date after a document's number that the clause goes on to
        ("Tin tức\nTheo quyết định 130 thì ngày 15/8/2005 lương đã tăng. Ngày 3/9 họp.", 2005),
    ],
)
def test_examples_give_no_reference_year(text: str, ref: int | None) -> None:
    _, got, _ = infer(text)
    assert got == ref


def test_year_from_text_prefers_full_dates() -> None:
    text = "Tin tức\nNgày 3/1/2002 đấu giá. Năm 1995 đền bù, năm 1995 giao đất. Ngày 5/2 ký hợp đồng."
    spans, ref, source = infer(text)
    assert (ref, source) == (2002, "text")  # one full date (3) outweighs two years (1 + 1)
    assert ("Ngày 5/2", "2002-02-05", True) in spans


def test_this_year_marker_wins() -> None:
    spans, ref, source = infer("Tạm cư\nTừ năm 2006 này sẽ hết tạm cư. Tháng 8-2005 và ngày 29-12-2005 có quyết định. Ngày 11-1 họp.")
    assert (ref, source) == (2006, "text")


def test_the_year_so_far_dates_the_text() -> None:
    # "5 tháng đầu năm 2005" is counted as it ends: a coming full date of the next year does not
    # make the text the next year's
    text = ("Hạn ngạch\n(NLĐ)- Ngày 7-6, liên bộ cấp bổ sung hạn ngạch cho DN có tỉ lệ thực hiện cao trong "
            "5 tháng đầu năm 2005. Thời gian áp dụng là ngày 1-1-2006.")
    spans, ref, source = infer(text)
    assert (ref, source) == (2005, "text")
    assert ("Ngày 7-6", "2005-06-07", True) in spans
    # the year so far compared with is not the text's
    text = "Tin\nDoanh thu 5 tháng đầu năm 2005 tăng 20% so với 5 tháng đầu năm 2004. Ngày 7-6 họp."
    assert infer(text)[1:] == (2005, "text")
    assert infer("Tin\nDoanh thu tăng 20% so với 5 tháng đầu năm 2004. Ngày 7-6 họp.")[1:] == (None, None)


@pytest.mark.parametrize(
    "text, ref",
    [
        # a year the text speaks of as past points to the year after it
        ("Tin tức\nNăm 2005 vừa qua, ngành đạt kết quả tốt. Ngày 12-1 họp.", 2006),
        ("Tin tức\nHồi năm 2003 đã có chủ trương. Ngày 12-1 họp.", 2004),
        ("Tin tức\nCuối năm 2005, TP đã có ý kiến. Chiều 30-3 họp.", 2006),
        ("Tin tức\nThu nhập 290 USD/người ở thời điểm năm 2005. Ngày 8-3 thăm.", 2006),
        # ... unless the end of that year is still ahead
        ("Tin tức\nĐến cuối năm 2005 sẽ hoàn thành, năm 2005 là năm bản lề. Ngày 5-3 họp.", 2005),
        # ... or the sentence speaks of it as coming before it is named
        ("Tin tức\nNgày 14-6, Bộ họp. Cơ quan soạn thảo sẽ tiếp thu và chỉnh sửa trước khi trình Quốc hội xem "
         "xét tại kỳ họp cuối năm 2005.", 2005),
        # a plan's year is the next one when the text speaks of "năm tới"
        ("Bế mạc Quốc hội: nhiệm vụ 2005 rất nặng nề!\nTrong năm tới, QH sẽ giám sát. Ngày 26-11 bế mạc.", 2004),
        ("Tin tức\nQH thông qua chương trình giám sát của QH năm 2005; năm tới sẽ bận. Ngày 26-11 họp.", 2004),
        # ... and the year itself without "năm tới": a plan is announced in its own year as often
        ("Tin tức\nSở triển khai nhiệm vụ năm 2018. Ngày 31.1 họp.", 2018),
        # a plan's year weighs less than a year the text reports in ("chương trình giám sát năm 2006"
        # beside "trong năm 2005": the programme is for the year to come)
        ("Tin tức\nChính phủ báo cáo về phòng chống tham nhũng trong năm 2005. Sáng nay, Thường vụ cho ý kiến "
         "về chương trình hoạt động giám sát năm 2006.", 2005),
        # a reviewed year is over ("tổng kết công tác năm 2004 và phương hướng năm 2005", held 17-2)
        ("Tin tức\nHôm qua 17-2, Bộ Y tế thông báo kết quả tại hội nghị tổng kết công tác khám chữa bệnh năm "
         "2004.", 2005),
        # ... unless the text's days lie in the year's last months, where the review may come before its end
        ("Tin tức\nNgày 28/12, Sở tổ chức hội nghị tổng kết công tác năm 2004.", 2004),
        # a year the text talks about as a clause's subject weighs less than one it reports in
        ("Tin tức\nHội nghị triển khai công tác giám sát năm 2005 tổ chức sáng 14/1. 2004 là năm đầu tiên "
         "thực hiện Luật. Sẽ giám sát Luật ngân sách trước khi lập dự toán ngân sách nhà nước năm 2006.", 2005),
        # ... and alone it still dates the text
        ("Bão số 8\nSáng nay (30/10), bão mạnh lên. Trong 10 năm trở lại đây thì 2005 bão hoạt động dồn dập nhất.",
         2005),
        # a coming month in an aside dates the text as any coming month ("(dự kiến trong tháng 3-2005)")
        ("Muỗi\nCó mặt tại rạch vào chiều 20-2, chúng tôi thấy muỗi.\nTheo ông Phú, khi hai công trình này "
         "hoàn thành (dự kiến trong tháng 3-2005) việc lưu thông sẽ trở lại.", 2005),
        # a coming month written with its year, in a text whose yearless months come later in the
        # calendar, is in the year after the text ("tháng 11" comes before "hết tháng 2/2006")
        ("Tin tức\nVé tháng giữ nguyên giá cũ đến hết tháng 2/2006. Vé tháng 11 đã bán hết; tháng 12 sẽ in thêm.", 2005),
        # ... not a lunar December, which is no month of the solar year
        ("Thưởng Tết\nĐến 25/12 âm lịch, nhiều doanh nghiệp vẫn chưa thưởng Tết. Ngày 18/1/2006, Liên đoàn "
         "Lao động họp.", 2006),
        ("Tin tức\nChương trình bắt đầu từ ngày 24-4 vừa qua và sẽ kết thúc ngày 28-2-2007.", 2006),
        # ... but not when the yearless months come before it: nothing says the year turned
        ("Tin tức\nCông trình phải hoàn thành vào tháng 9/2006. Ngày 20/3 đã khởi công.", 2006),
        # ... nor when only some come after it, if those are past: a past day later in the calendar
        # than a coming one is of the year before it, whatever earlier months the text writes
        ("Tin tức\nĐào đường từ tháng 3, đến nay đã xong nửa. Cống sẽ hoàn thành ngày 30/4/2006. "
         "Công trình khác vừa được khởi công ngày 3/12.", 2005),
        # ... but a month later than the coming one that is itself coming is of its year
        ("Tin tức\nĐào đường từ tháng 3, đến nay đã xong nửa. Cống sẽ hoàn thành ngày 30/4/2006, "
         "sau đó dự kiến khánh thành vào tháng 9.", 2006),
        # related-article links in the middle of the text, when nothing else dates it: their year
        ("Tin tức\nTừ trưa 21/4, cả trăm người đến viếng.\nTài xế ôtô chở cựu chiến binh lâm nạn chính là chủ "
         "xe(22/04/2005)\n30 cựu chiến binh tử nạn trên đường vào TP HCM(21/04/2005)\nXem tiếp\nTối 21/4, người "
         "nhà đến thăm. Người thân kể lại nhiều chuyện.\nTheo VnExpress", 2005),
        # ... not one link line alone
        ("Tin tức\nTừ trưa 21/4, cả trăm người đến viếng.\nTài xế ôtô chở cựu chiến binh lâm nạn chính là chủ "
         "xe(22/04/2005)\nXem tiếp\nTối 21/4, người nhà đến thăm. Người thân kể lại nhiều chuyện.\nTheo VnExpress", None),
        # ... and before the text's own years: a link headline's year is its article's subject, and
        # the body's past events are older than the links
        ("Học phí\nMột ngày trước phiên chất vấn (24/11), Bộ rút đề án.\nBộ trưởng đối mặt với chất "
         "vấn(23/11/2005)\nNăm 2006 chưa áp dụng học phí mới(08/11/2005)\nXem tiếp\nChiều 24/11, Bộ trưởng trả lời.", 2005),
        ("Tin tức\nNgày 3/5/2003 cầu khởi công, ngày 9/9/2003 hợp long.\nCầu mới thông xe(12/03/2005)\n"
         "Dân vui mừng(11/03/2005)\nXem tiếp\nSáng 12/3, người dân qua cầu.", 2005),
        # a preparation's date is when it was made as often as what it prepares for: not coming
        ("Tuyển sinh\nSở GD-ĐT đã chuẩn bị cho kỳ thi từ tháng 3/2006. Ngày 12/6, hơn 20.000 thí sinh dự thi.", 2006),
        # the most recent dated event, not the year dated most often, is nearest the time of writing
        ("Tin tức\nNgày 26-5-2003 khoan thăm dò, ngày 2-6-2003 thiết kế. Cầu hoàn thành vào cuối tháng 1-2005. "
         "Khánh thành vào 29-3.", 2005),
        # ... not a coming one
        ("Tin tức\nNgày 3/5/2005 và ngày 12/6/2005 họp; cầu sẽ khánh thành vào tháng 9/2006. Ngày 2/9 họp.", 2005),
        # ... nor one after today: no text is written in the future
        ("Tin tức\nNgày 3/5/2005 và ngày 12/6/2005 họp; tháng 1/2999 cầu thông xe. Ngày 2/9 họp.", 2005),
        # a lunar year named by stem and branch is the year of writing
        ("Tin tức\nNhân dân đón Tết Ất Dậu vui tươi, hơn năm 2004. Ngày 10-2 họp.", 2005),
        ("Tin tức\nMừng Xuân Bính Tuất, ngày 3-2 họp.", 2006),
        ("Tin tức\nTết Giáp Tý năm ấy, năm 1984, ngày 2-2 họp.", 1984),
        # ... but in a text of November or December, the Tết it names is the coming one
        ("Tin tức\nNgày 20-12, tỉnh họp bàn việc chuẩn bị đón Tết Bính Tuất.", 2005),
        ("Tin tức\nCuối tháng 11 chợ hoa Tết Đinh Hợi đã mở.", 2006),
        # a date written with its year and "tới" after it is coming, like one after "sẽ"
        ("Tin tức\nNgày 13-1-2007 tới sẽ họp tổng kết. Đến ngày 30-12, tỉnh có 3 ổ dịch.", 2006),
        ("Tin tức\nTháng 3/2006 sắp tới khai trương. Ngày 28/11 đã nghiệm thu.", 2005),
        # a past event of a month later in the calendar than the text's own days: they are of the year after
        ("Tin tức\nCông ty bị phát hiện vi phạm vào tháng 7/2005. Chiều 13/2, Bộ họp khẩn.", 2006),
        ("Tin tức\nNgày 20/10/2004 khởi công cầu. Sáng 5/3 cầu đã thông xe.", 2005),
        # ... not a coming one, nor one bounding a period ("đến"), nor one the sentence speaks of as ahead
        ("Tin tức\nTrong quý II/2005, Ban sẽ yêu cầu hoàn thiện. Ngày 16/3 kiểm tra.", 2005),
        ("Tin tức\nTính đến tháng 7/2005 có 200 hộ được vay. Ngày 2/3 giải ngân đợt đầu.", 2005),
        # the start of a period before the text's days: days of earlier months are of a later year
        ("Tin tức\nTừ tháng 6/2003, công ty được cấp phép khai thác cát. Ngày 21/2, UBND xã họp dân.", 2004),
        # a period reaching the time of writing ("đến nay") only bounds it: it does not outvote a year
        # the text states (with none, its start's year is the most plausible: see the weak votes below)
        ("Tin tức\nTừ tháng 5/1998 đến nay, công ty đã xuất khẩu 1 triệu tấn gạo. Năm 2005, công ty mở "
         "rộng. Ngày 10/6, Bộ họp.", 2005),
        # ... and the start of a period bounds only the days written after it
        ("Tin tức\nNgày 30/6, UBND TP đã ra chỉ thị. Từ ngày 1/7/2005, lực lượng CSGT đã xử phạt.", 2005),
        # a period with both years written does not vote
        ("Tin tức\nNgày 30/6, UBND TP đã ra chỉ thị. Từ 1/7/2005 đến 31/7/2005, CSGT đã xử phạt.", None),
        # an item listed after a coming date is coming too
        ("Tin tức\nHội thảo ngày 25/9/2005. Trường sẽ khai giảng vào tháng 1/2006 (khóa dự bị); tháng 8/2006 "
         "(chính khóa). Thi tuyển ngày 28/9.", 2005),
        # a period votes as its end, the time nearest the writing
        ("Tin tức\nTừ 27/10/2003 đến 10/3, đoàn đã diễn 100 buổi. Phó chủ tịch TP hôm 13/4 đánh giá cao.", 2004),
        # a forecast may be of this year (and "xấp xỉ" compares)
        ("Tin tức\nDự báo lũ sẽ ở mức cao nhất năm 2005, xấp xỉ lũ năm 2004. Sáng 5/10 lũ về.", 2005),
        # a plan for this year is this year's
        ("Tin tức\nNgày 20/10, UBND tỉnh họp bàn các giải pháp phấn đấu hoàn thành kế hoạch năm 2005.", 2005),
        # a year a goal or a plan is set for is not the writing year ...
        ("Tin tức\nNgày 29/6 Bộ họp, với mục tiêu giảm tỷ lệ hộ nghèo xuống còn 15% vào năm 2010.", None),
        # ... and the coming start of a year after the text's coming months puts them in the year before it
        ("Tin tức\nBộ sẽ trình Chính phủ vào tháng 12 tới. Dự kiến, dự án sẽ triển khai đầu năm 2006.", 2005),
        # years listed in brackets date past events, not the writing
        ("Tin tức\nCuộc thi đã qua 7 lần tổ chức (1996, 1997, 1998, 1999, 2000, 2001). Tối 22/5 trao giải.", None),
        # yearless days at a year's end and written dates at the next one's start lie across the turn
        ("Lịch thi\nNgày 30-12: văn. Ngày 31-12: hóa. Ngày 3-1-2006: toán. Ngày 4-1-2006: sinh.", 2005),
        # a written date that opens a clause in the future is coming: "Từ 1/1/2006, giá vé sẽ tăng"
        ("Mở tuyến xe buýt\nTừ 30/10, tuyến buýt mới chạy.\nTừ 1/1/2006: giá vé sẽ tăng lên 12.000 đồng.", 2005),
        # the date in brackets of an event named before it is not the time of writing
        ("Hội thảo\nCuộc Tổng tuyển cử đầu tiên (6/1/1946) mở đầu. Hội thảo họp ngày 27/12.", None),
        # a founding day and its anniversary: the text is written for the anniversary
        ("Thi đua\nHướng tới kỷ niệm 70 năm (11.6.1948 - 11.6.2018), ngày 20/3 Sở phát động thi đua.", 2018),
        ("Đại hội\nTại buổi họp báo ngày 17-3, ông Truyền cho biết Đại hội diễn ra đúng dịp 60 năm Bác "
         "gửi thư (19.4.1946- 19.4.2006).", 2006),
        # ... when the text names the anniversary: else such a pair is a period of whole years
        ("Thu hồi đất\nNgày 15/3/2006, UBND tỉnh thu hồi 20 ha đất. Theo hợp đồng thuê đất (1/1/2005 - "
         "1/1/2010), công ty phải xây nhà máy trong năm đầu. Đến ngày 20/3, công ty chưa bàn giao.", 2006),
        ("Khiếu nại\nAnh B mua máy lạnh với phiếu bảo hành 1 năm (15/3/2005 - 15/3/2006). Ngày 20/9, máy "
         "hỏng. Năm nay, cửa hàng đã nhận 30 đơn.", 2005),
        # ... nor an anniversary word whose count of years is not the pair's distance
        ("Cao su\nNhân dịp ký hợp đồng thuê đất (1/1/2005 - 1/1/2010), công ty hỗ trợ nông dân 2 tỷ đồng. "
         "Ngày 20/3, công ty chuyển 500 triệu đồng.", 2005),
        ("Khuyến mãi\nNhân dịp kỷ niệm 10 năm thành lập, công ty tặng phiếu bảo hành một năm (1/6/2006 - "
         "1/6/2007). Chương trình kéo dài đến hết ngày 30/6.", 2006),
        # an anniversary out of brackets votes as any full date: the text's most recent dated event
        ("Quân khu 7\nSáng 20/12, Quân khu 7 tổ chức lễ kỷ niệm 60 năm Ngày thành lập Quân đội nhân dân "
         "Việt Nam 22/12/1944 - 22/12/2004. Ngày 10/12/1945, Quân khu 7 được thành lập.", 2004),
        # ... and in brackets a date the text states outweighs it
        ("Giải phóng miền Nam\nChuẩn bị kỷ niệm 30 năm giải phóng miền Nam (30/4/1975 - 30/4/2005), "
         "ngày 15/12/2004, Thành ủy đã họp. Ngày 20/12, UBND thành phố công bố kế hoạch.", 2004),
        # ... nor one closing an aside in brackets
        ("Nắng nóng\nChưa nóng bằng mùa khô năm 1998 (TP HCM 39,6 độ C xảy ra ngày 29/3/1998). Năm 2004, "
         "tháng 4 nóng nhất.", 2004),
        # only the start of a first line that runs the title into the lead paragraph is the title
        ("Nhà máy chậm 7 năm so với kế hoạch Dự án chậm trễ kéo dài một phần là do vướng mắc nảy sinh trong "
         "quá trình thi công đê chắn sóng cho cảng, theo tiến độ mới thì dự án sẽ hoàn thành vào tháng "
         "12-2008, sản xuất từ 2009.\nNgày 3/5/2006, Bộ đã họp bàn.", 2006),
    ],
)
def test_year_from_the_time_the_text_speaks_of(text: str, ref: int) -> None:
    assert infer(text)[1] == ref


def test_lunar_year_without_written_years_is_the_latest_up_to_today() -> None:
    from vnreport.recognizers.dates import _lunar_year

    this_year = dt.date.today().year
    year = _lunar_year(21, [])  # Ất Dậu: 1945, 2005, 2065 ...
    assert (year - 2005) % 60 == 0 and this_year - 60 < year <= this_year
    assert _lunar_year(21, [1950, 1946]) == 1945


def test_lunar_year_pairs_that_do_not_exist_are_ignored() -> None:
    from vnreport.recognizers.dates import _lunar_years

    assert _lunar_years("Tết Giáp Sửu") == []  # stem and branch of different parity
    assert _lunar_years("Tết Canh Thìn") == [16]  # 2000


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # a birth year says nothing of the writing year, after a name ending in a syllable that
        # also ends a word ("phát sinh") as after any other
        ("Bổ nhiệm\nÔng Cao Đức Phát sinh năm 1956. Từ tháng 7 ông là quyền bộ trưởng.", None),
        ("Bổ nhiệm\nÔng Nguyễn Văn An sinh năm 1956. Từ tháng 7 ông là quyền bộ trưởng.", None),
        ("Nhân sự\nNgười được bổ nhiệm là ông Phát sinh năm 1960. Ngày 3/7 ông nhậm chức.", None),
        ("Nhân sự\nAnh Học sinh năm 1985, là kỹ sư xây dựng. Ngày 3/7 anh nhận giải.", None),
        # with a time preposition between ("thành lập từ năm", "sinh vào năm"), and a condition's
        ("Du học\nHội thảo diễn ra ngày 20/3. Được thành lập từ năm 1956, viện có 30 ngành.", None),
        ("Nhân sự\nÔng An sinh vào năm 1956. Từ tháng 7 ông là quyền bộ trưởng.", None),
        ("Giao thông\nCầu Phú Mỹ, nếu hoàn thành vào 2008, sẽ nối hai quận. Ngày 5/6 khởi công.", None),
        # ... while "phát sinh", "học sinh", "tuyển sinh" are no birth, capitalized in a body's name,
        # a heading or a sentence's first word, or after a name on the line before
        ("Tin tức\nChi phí phát sinh năm 2005 đã được duyệt. Ngày 3/7 họp.", 2005),
        ("Tin tức\nHọc sinh năm 2005 đông hơn. Ngày 3/7 họp.", 2005),
        ("Giáo dục\nChiều 3/7, Hội đồng Tuyển sinh năm 2005 của ĐH Huế đã họp. Ngày 10/7 công bố.", 2005),
        ("Giáo dục\nBộ vừa công bố Đề án Tuyển sinh năm 2005. Ngày 3/7 các trường bắt đầu thi.", 2005),
        ("Giáo dục\nHội đồng Tuyển sinh họp ngày 3/7/2005 để xét tuyển. Chiều 5/7 công bố điểm.", 2005),
        ("THÔNG BÁO TUYỂN SINH NĂM 2005\nTrường ĐH Huế thông báo kỳ thi diễn ra ngày 3/7.", 2005),
        ("Trường THPT Chu Văn An\nHọc sinh năm 2005 đạt nhiều giải. Ngày 3/7, trường tổng kết.", 2005),
        ("Dự án Cầu Thủ Thiêm\nPhát sinh năm 2005 lên tới 200 tỷ đồng. Ngày 3/7, chủ đầu tư giải trình.", 2005),
    ],
)
def test_births_do_not_date_the_text(text: str, ref: int | None) -> None:
    assert infer(text)[1] == ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # a year the next sentence contrasts with the present starts a history: it bounds the
        # writing time only, like "từ năm 1988 đến nay"
        ("Đại học ngoài công lập\nNăm 1988, Việt Nam có trường ĐH dân lập đầu tiên. Đến nay, cả nước có "
         "27 trường. Diễn đàn họp ngày 22-23/6.", None),
        ("Đền cổ\nNăm 1973, quần thể đền chùa thành nơi ẩn thân. Hiện nay, trên vách đá còn vết đạn.", None),
        ("Nông thôn\nNăm 1995, ông Tư lập hợp tác xã. Từ đó đến nay, HTX có 300 xã viên. Ngày 3/7 họp.", None),
        ("Nông thôn\nNăm 1990, xã chỉ có 1.000 hộ. Hiện nay, xã có 3.000 hộ. Ngày 3/7, xã đón bằng.", None),
        # ... not a coming year
        ("Du lịch\nHợp tác sẽ giúp du khách qua lại trong năm 2005. Hiện nay, lượng khách còn ít.", 2005),
        # ... nor one inside its sentence, naming an exam, a crop, a plan or a season of that year
        ("Tuyển sinh\nKỳ thi tốt nghiệp THPT năm 2005 diễn ra ngày 1/6. Hiện nay, các hội đồng đang chấm thi.", 2005),
        ("Nông nghiệp\nVụ lúa hè thu năm 2005 được mùa. Hiện nay, nông dân đang thu hoạch. Ngày 15/8 tổng kết.", 2005),
        ("Giáo dục\nTrường đã hoàn thành kế hoạch tuyển sinh năm 2005.\nHiện nay, trường chuẩn bị khai giảng ngày 5/9.",
         2005),
        ("Thời tiết\nMùa mưa 2005 đến sớm hơn mọi năm. Hiện nay, nhiều hồ đã đầy nước. Ngày 3/7, tỉnh họp.", 2005),
        ("Kinh tế\nNgày 3/7, tỉnh họp đánh giá kế hoạch năm 2005. Hiện nay, nhiều chỉ tiêu đạt thấp.", 2005),
        # ... nor a year whose next sentence does not open with "now"
        ("Đại học\nNăm 2005, Việt Nam có thêm 10 trường. Cả nước có 27 trường. Ngày 22/6 họp.", 2005),
    ],
)
def test_a_year_contrasted_with_the_present_does_not_date_the_text(text: str, ref: int | None) -> None:
    assert infer(text)[1] == ref


def test_no_year_known() -> None:
    spans, ref, source = infer("Tin vắn\nNgày 20/1, Bộ trưởng họp.")
    assert (ref, source) == (None, None)
    assert spans == [("Ngày 20/1", None, False)]
    doc = Document("Tin vắn\nNgày 20/1, Bộ trưởng họp.")
    assert recognize(doc)[0].attrs["pattern"] == "XXXX-01-20"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # the edition year ending an event's name dates a text that states no other year
        ("Khai mạc hội chợ\nTối qua (23- 2), trong khuôn khổ Mekong Festival 2006, hội chợ mở cửa.", 2006),
        ("Triển lãm du học quốc tế Thái Lan 2004\nHơn 350 gian hàng mở cửa trong các ngày 27-29/2.", 2004),
        ("Vòng chung kết cuộc thi Dynamic 2005 diễn ra tối 22/5.", 2005),
        ("Du lịch\nTháng du lịch mùa hè Hội An 2004 sẽ được tổ chức từ ngày 30/7 đến 30/8.", 2004),
        # a year the text states outvotes it: the edition may be a coming or a past one
        ("Hoa hậu\nNgày 20/12, Ban tổ chức công bố thể lệ cuộc thi Hoa hậu Việt Nam 2006. Năm 2005, báo "
         "Tiền Phong tổ chức nhiều hoạt động từ thiện.", 2005),
        ("Festival\nSáng 12/11/2005, Ban tổ chức Festival Huế 2006 họp báo. Theo Trưởng ban tổ chức "
         "Festival Huế 2006, đã có 10 đoàn đăng ký. Trước đó, chiều 10/11, Bộ làm việc về Festival Huế 2006.", 2005),
        ("Chuẩn bị lễ hội\nFestival Huế 2004 đã qua. Ngày 3/5/2006, Sở họp bàn.", 2006),
        # ... but an edition the text speaks of as coming counts, as a year written once
        ("Liên hoan\nLúc 19h45 ngày 29/4, Liên hoan du lịch 2005 sẽ khai mạc. Năm 2004 đã có 930.000 khách.", 2005),
        # ... the next year's in a text of the year's last months
        ("Lễ hội\nNgày 2/12, tỉnh họp. Lễ hội Hoa 2006 sẽ khai mạc. Năm 2005 đã có 930.000 khách.", 2005),
        # ... and not a rank's
        ("Tin\nNgày 29/4, Giải Nhất 2006 sẽ được trao. Năm 2005 đã có 930.000 khách.", 2005),
        # no event noun, or the name ends in a lowercase word: a law, a plan
        ("Luật Đất đai 2003 có hiệu lực. Ngày 20/1, Bộ họp.", None),
        ("Tin vắn\nGiải thưởng lớn nhất 2000 USD được trao. Ngày 20/1, Bộ họp.", None),
        ("Tin\nGiải thưởng Báo chí Quốc gia 2006 trao ngày 21/6.", 2006),
        # not a word the event noun begins ("giải phóng"), a rank, an amount or a count
        ("Kỷ niệm\nNgày giải phóng Sài Gòn 1975 mở ra kỷ nguyên mới. Sáng 29/4, lễ diễu hành.", None),
        ("Tin\nGiải Nhất 2000 USD. Ngày 20/1, trao giải.", None),
        ("Tin\nMỗi giải 2000 USD. Ngày 20/1, trao giải.", None),
        ("Tin\nTriển lãm 2000 tác phẩm ảnh khai mạc sáng 12/3.", None),
        # nor a past or compared edition
        ("Lễ hội\nTiếp nối Festival Huế 2004, lễ hội năm nay khai mạc tối 3/6.", None),
        ("Lễ hội\nSo với Festival Huế 2004, lễ hội lần này khai mạc tối 3/6.", None),
    ],
)
def test_year_of_the_event_the_text_reports_on(text: str, ref: int | None) -> None:
    assert infer(text)[1] == ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # periods that only bound the writing time date a text that states nothing else
        ("Tạm giữ xe\nRạng sáng 2-5, tổ kiểm tra. Tính chung từ đầu tháng 4-2005 đến nay, đã giữ 34 xe.", 2005),
        ("Hội doanh nghiệp\nSáng 12/3, hội ra mắt. Theo đó, từ tháng 3 đến 12/2005, hội sẽ mở lớp.", 2005),
        # a school year: the calendar year of the months the text writes without one
        ("Ra đề thi\nTrước ngày xét tốt nghiệp năm học 2005 - 2006, báo ra ngày 28-4 đã nêu việc này.", 2006),
        ("Ra đề thi\nTrước khi khai giảng năm học 2005 - 2006, ngày 28-9 sở đã họp.", 2005),
        ("Học bổng\nQuỹ xét học bổng cho niên học 2005-2006. Kết quả được thông báo vào ngày 20/10.", 2005),
        # not a coming school year, nor a period from a year long past
        ("Học bổng\nDự kiến áp dụng từ năm học 2006-2007. Ngày 2-5, ông cho biết.", None),
        ("Làng nghề\nTừ năm 1998 đến nay, làng đã đổi khác. Ngày 2-5, ông cho biết.", None),
        # a season of two years, or a contest's
        ("Thời tiết\nMùa khô 2003-2004 ở Nam Bộ sẽ còn kéo dài đến giữa tháng 4.", 2004),
        ("Hội giảng\nHội thi giáo viên dạy nghề năm 2004-2005 bế mạc chiều 9/5.", 2005),
        # nor one compared with
        ("Tin\nSo với năm học 2004-2005, số học sinh tăng 5%. Ngày 5-9 khai giảng.", None),
        # in a text of the year's last months, a plan's year and a coming year are the next one
        ("Bộ GD-ĐT\nTại hội nghị kế hoạch và ngân sách năm 2006 tổ chức ngày 27-12, Bộ cho biết: "
         "Năm 2006, các trường sẽ tăng chỉ tiêu.", 2005),
        ("Tin\nSo với cùng kỳ từ tháng 3 đến 12/2004, sản lượng tăng. Ngày 5/3 họp.", None),
    ],
)
def test_year_from_periods_that_bound_the_writing_time(text: str, ref: int | None) -> None:
    assert infer(text)[1] == ref


def test_event_name_year_is_no_date() -> None:
    spans, _, _ = infer("Trong khuôn khổ Mekong Festival 2006, ngày 23/2 hội chợ mở cửa.")
    assert spans == [("ngày 23/2", "2006-02-23", True)]


def test_given_reference_is_kept() -> None:
    doc = Document("Sở Nội vụ năm 2018\nNgày 31.1 họp.", reference_date=2017, reference_source="given")
    spans = recognize(doc)
    assert (doc.reference_date, doc.reference_source) == (2017, "given")
    assert spans[-1].attrs["value"] == "2017-01-31"


# ------------------------------------------------------------------ parse_reference_date


@pytest.mark.parametrize("s, expected", [("2018", 2018), ("2018-01-31", dt.date(2018, 1, 31)), (" 2005 ", 2005)])
def test_parse_reference_date(s: str, expected: object) -> None:
    assert parse_reference_date(s) == expected


@pytest.mark.parametrize("s", ["", "18", "31/1/2018", "2018-02-30", "2018-1-31", "năm 2018"])
def test_parse_reference_date_rejects(s: str) -> None:
    with pytest.raises(ValueError, match="reference date"):
        parse_reference_date(s)


# ------------------------------------------------------------------ real samples


def sample_paths() -> list[Path]:
    return [ROOT / "samples" / "so-noi-vu-2018.txt", *sorted((ROOT / "samples" / "vntc").glob("*.txt"))]


def read_sample(path: Path) -> str:
    return unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig"))


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_samples_offsets_and_iso(path: Path) -> None:
    doc = Document(read_sample(path))
    for span in recognize(doc):
        assert doc.text[span.start:span.end] == span.text
        value = span.attrs["value"]
        if value is not None:
            for part in value.split("/"):
                assert ISO.fullmatch(part), value
                if len(part) == 10:
                    dt.date.fromisoformat(part)
        if span.attrs["year_inferred"]:
            assert value is not None


def test_so_noi_vu_sample() -> None:
    doc = Document(read_sample(ROOT / "samples" / "so-noi-vu-2018.txt"))
    spans = {(s.text, s.attrs["value"], s.attrs["year_inferred"]) for s in recognize(doc)}
    assert {
        ("Ngày 31.1", "2018-01-31", True),
        ("năm 2017", "2017", False),
        ("năm 2018", "2018", False),
        ("11.6.1948", "1948-06-11", False),
        ("11.6.2018", "2018-06-11", False),
        ("Trong năm", "2017", True),  # after "Năm 2017, ngành Nội vụ ..."
    } <= spans
    assert (doc.reference_date, doc.reference_source) == (2018, "title")
    assert not any(s[0].startswith(("70", "100")) for s in spans)  # "70 năm", "100%" are no dates


# ------------------------------------------------------------------ day ranges, editions, anaphoric days


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("Lễ hội diễn ra vào ngày 7-10/2 tại TP.", "ngày 7-10/2", "2018-02-07/2018-02-10"),
        ("Hội chợ diễn ra từ 2 - 4/9 với 60 doanh nghiệp.", "từ 2 - 4/9", "2018-09-02/2018-09-04"),
        ("Trong hai ngày 8 và 9-3, đoàn làm việc tại tỉnh.", "ngày 8 và 9-3", "2018-03-08/2018-03-09"),
        ("Hội thảo diễn ra ngày 5-6/4/2005 tại Huế.", "ngày 5-6/4/2005", "2005-04-05/2005-04-06"),
        ("Du lịch xuyên Việt mừng 30-4 của đoàn.", "30-4", "2018-04-30"),
        ("Quốc khánh 2/9 vừa qua, hội chợ khai mạc.", "2/9", "2018-09-02"),
        ("Hội chợ việc làm lần thứ 2/2004 khai mạc.", "2004", "2004"),
        ("Nhân dịp chào mừng năm mới 2006, trung tâm tặng quà.", "năm mới 2006", "2006"),
        # a year alone in brackets (a source's year), the second of two years, a course's years
        ("Theo sách của Đỗ Tất Lợi (1986), lá sim có vị chát.", "1986", "1986"),
        ("Sinh viên khóa 1998-2002 vẫn chưa có bằng.", "khóa 1998-2002", "1998/2002"),
        # a list of days of one month is one interval from the first to the last
        ("Các môn thi diễn ra ngày 19, 26 và 27/11 tại trường.", "ngày 19, 26 và 27/11", "2018-11-19/2018-11-27"),
        # "mồng", "mùng" before the day; a dash and a space; a dot before a month's year
        ("Trường khai giảng ngày mồng 1/9 như mọi năm.", "ngày mồng 1/9", "2018-09-01"),
        ("Lễ hội khai mạc ngày 23- 2 tại quảng trường.", "ngày 23- 2", "2018-02-23"),
        ("Thành phố mở hội ngày 30- 4 - 2005 tại quảng trường.", "ngày 30- 4 - 2005", "2005-04-30"),
        ("Quy định áp dụng từ đầu tháng 1.2006 trên toàn tỉnh.", "đầu tháng 1.2006", "2006-01"),
        # centuries, in digits or Roman numerals
        ("Đồ gốm có từ thế kỷ 15 đã được tìm thấy.", "thế kỷ 15", "1401/1500"),
        ("Ngôi chùa dựng vào thế kỷ XVIII.", "thế kỷ XVIII", "1701/1800"),
        ("Nhân loại bước vào thế kỷ XXI với nhiều thách thức.", "thế kỷ XXI", "2001/2100"),
    ],
)
def test_day_ranges_and_contexts(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


@pytest.mark.parametrize(
    "text, ref, dates",
    [
        # a comma after "Năm YYYY" lists no second year: "2100" counts the officials
        ("Đào tạo cán bộ\nNgày 12/3, Sở tổng kết. Năm 2004, 2100 cán bộ xã được đào tạo.\nPV", 2004,
         [("Ngày 12/3", "2004-03-12"), ("Năm 2004", "2004")]),
        # "phải" (had to) after a lead date makes it no coming date
        ("Tin\nNgày 12/4, hàng trăm hộ dân phải sơ tán. Hôm qua, mưa lớn tiếp tục.", None,
         [("Ngày 12/4", None), ("Hôm qua", None)]),
        # a text that looks back to an early-year month is no schedule across the turn of the year
        ("Tổng kết\nNgày 20/12, Sở Y tế tổ chức hội nghị. Hồi tháng 2/2004, dịch bùng phát.\nPV", 2004,
         [("Ngày 20/12", "2004-12-20"), ("tháng 2/2004", "2004-02")]),
        # a fraction after a lead date is no second day
        ("Tin\nNgày 12/5, 2/3 đại biểu tán thành.", None, [("Ngày 12/5", None)]),
        # a cited source's year does not date the text; "học sinh", "tuyển sinh" are no birth
        ("Sách quý\nNgày 12/5, hội thảo giới thiệu cuốn sách (NXB Y học, 1986).\nPV", None,
         [("Ngày 12/5", None), ("1986", "1986")]),
        ("Tuyển sinh năm 2005: Bộ công bố lịch thi\nNgày 12/3, Bộ họp.", 2005,
         [("năm 2005", "2005"), ("Ngày 12/3", "2005-03-12")]),
        # months across a year in a range; a street named after a revolution
        ("Tin\nTừ tháng 11 đến 2/2006 giá tăng.", None, [("Từ tháng 11 đến 2/2006", "2005-11/2006-02")]),
        ("Tin\nTrên đường Cách Mạng Tháng 8, xe đông.", None, []),
        ("Tin\nCác trục đường Võ Thị Sáu - Ba Tháng Hai - Hùng Vương đông xe.", None, []),
        # a year after a bare day-month that is no fraction makes it a date; not after a fraction
        ("Du lịch năm 2004\nDo thời gian nghỉ 30/4 năm nay khá dài, khách tăng.", 2004,
         [("năm 2004", "2004"), ("30/4 năm nay", "2004-04-30")]),
        ("Tin\nGiá giảm 2/3 năm nay.", None, []),
        # the start of this month: the news lead's month; not every month's, nor without a lead day
        ("Du lịch\nSáng 13/4/2004, công ty cho biết từ đầu tháng khách tăng; mỗi đầu tháng họp.", 2004,
         [("Sáng 13/4/2004", "2004-04-13"), ("đầu tháng", "2004-04")]),
        ("Tin\nLương trả vào cuối tháng.", None, []),
        # the day an anniversary counts from, in its own clause, does not date the text
        ("Du học hè\nChương trình diễn ra từ 21/4 đến 28/4.\nNhân kỷ niệm 30 năm ngày Giải phóng miền Nam"
         " 30/4/1975, công ty giảm học phí.", None,
         [("từ 21/4 đến 28/4", None), ("30/4/1975", "1975-04-30")]),
        # ... but a date after a comma is the day of what the text reports
        ("Họp bàn\nChuẩn bị kỷ niệm 30 năm giải phóng, ngày 15/12/2004, Thành ủy đã họp.\nNgày 20/12 họp tiếp.", 2004,
         [("ngày 15/12/2004", "2004-12-15"), ("Ngày 20/12", "2004-12-20")]),
        # ... as is a date with a lead word or a time preposition: the day of the celebration
        ("Mít tinh\nLễ mít tinh kỷ niệm 30 năm giải phóng miền Nam diễn ra sáng 30/4/2005.\nChiều 29/4, đoàn đến.", 2005,
         [("sáng 30/4/2005", "2005-04-30"), ("Chiều 29/4", "2005-04-29")]),
        ("Tin\nDịp kỷ niệm 60 năm Quốc khánh vào 2/9/2005, ...\nSáng 3/9, họp.", 2005,
         [("2/9/2005", "2005-09-02"), ("Sáng 3/9", "2005-09-03")]),
    ],
)
def test_reference_year_guards(text: str, ref: int | None, dates: list[tuple[str, str | None]]) -> None:
    doc = Document(text)
    spans = recognize(doc)
    assert doc.reference_date == ref
    assert [(s.text, s.attrs["value"]) for s in spans] == dates


def test_second_of_two_years_is_a_date() -> None:
    text = "Trong hai năm 2004 và 2005, trường đã gửi công văn."
    assert found(text) == [("năm 2004", "2004"), ("2005", "2005")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the second of two days after a date word; "dịp" (the occasion of) makes a day a date
        ("Hội nghị họp ngày 25/9 và 28/9 tại Hà Nội.", [("ngày 25/9", "2018-09-25"), ("28/9", "2018-09-28")]),
        ("Dịp 30-4 và 1-5, khách đông.", [("30-4", "2018-04-30"), ("1-5", "2018-05-01")]),
        ("Xe số 12/3 và 14/5 bị phạt.", []),  # numbers after "số"
        # a year closing a bracket after a comma: a source's year
        ("Theo sách (NXB Trẻ, 2003), lá sim có vị đắng.", [("2003", "2003")]),
    ],
)
def test_listed_days_and_cited_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Giá vé từ 20-50.000 đồng mỗi người.",  # a price range, not days
        "Chỉ có 2-3/4 số phiếu tán thành.",  # a fraction
        "Ông làm chủ tịch xã, hai năm sau đó làm bí thư.",  # a duration
        "Sáng cùng ngày, đoàn đến Thạnh Mỹ.",  # "cùng ngày" with no day before it
        "Hồ sơ mã số (2005) đã nộp.",  # a number in brackets after a document marker
        "Điều đáng quý nhất là tấm lòng.",  # "quý nhất" without a year: the most precious
        "Xe ben chạy trên đường Cách Mạng Tháng Tám.",  # a spelled month inside a name
        "Lúc phát động cuộc Tổng khởi nghĩa Tháng Tám, Đảng có 5.000 đảng viên.",  # an event's name
        "Đường Cách Mạng Tháng Tám 2000 xe qua lại.",  # a street's name, then a count
        "Tỷ số 23 - 2 nghiêng về đội khách.",  # a score, not a day
        "Ban chấp hành khóa XI họp phiên bế mạc.",  # a term named by its number
    ],
)
def test_not_dates(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["Cách mạng Tháng Tám 1945 đã cho chúng ta nhiều bài học.",
     "Cuộc Tổng khởi nghĩa Tháng Tám 1945 cách đây 60 năm."],
)
def test_the_year_after_an_event_named_by_its_month_is_a_date(sentence: str) -> None:
    assert found(sentence) == [("1945", "1945")]


def test_same_day_takes_the_last_day() -> None:
    text = "Ngày 28/9, mưa lũ tiếp diễn. Cùng ngày, Thứ trưởng đến Nam Định."
    assert found(text, None) == [("Ngày 28/9", None), ("Cùng ngày", None)]
    doc = Document(text)
    assert [s.attrs.get("pattern") for s in recognize(doc)] == ["XXXX-09-28", "XXXX-09-28"]
    assert found(text) == [("Ngày 28/9", "2018-09-28"), ("Cùng ngày", "2018-09-28")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "hôm sau", "hôm trước" (maybe after "ngày" or a part of day): the day after or before one
        # told of in the same sentence, a coming one too
        ("Đám cháy kéo dài từ 21h45 ngày 2/2/2003 đến hơn 3h sáng hôm sau mới dập tắt.",
         [("ngày 2/2/2003", "2003-02-02"), ("sáng hôm sau", "2003-02-03")]),
        ("Bà sẽ nói chuyện vào 17h30 ngày 20/3; phỏng vấn từ 9 đến 12h ngày hôm sau tại văn phòng.",
         [("ngày 20/3", "2018-03-20"), ("ngày hôm sau", "2018-03-21")]),
        ("Ngày 1/3/2004 công nhân ngộ độc vì bữa trưa hôm trước.", [("Ngày 1/3/2004", "2004-03-01"), ("trưa hôm trước", "2004-02-29")]),
        # a later sentence may tell of a habit; without a day before, or counted, it is none
        ("Sáng 21/3 công nhân đình công. Họ phải tăng ca tới 3g sáng hôm sau.", [("Sáng 21/3", "2018-03-21")]),
        ("Mới hôm trước còn ngồi đó, hôm sau đã đi.", []),
        ("Ngày 5/3 đặt hàng, vài hôm sau có hàng.", [("Ngày 5/3", "2018-03-05")]),
    ],
)
def test_the_day_after_or_before_a_day_told_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_same_day_is_not_a_coming_day() -> None:
    text = "Phiên họp khai mạc sáng nay, dự kiến kết thúc vào ngày 28/1. Chiều cùng ngày, Ủy ban biểu quyết."
    assert found(text) == [("ngày 28/1", "2018-01-28")]


# ------------------------------------------------------------------ years that give no reference year


@pytest.mark.parametrize(
    "text, ref",
    [
        ("Tin ngắn\nĐường dự kiến hoàn thành năm 2010. Ngày 5/3 khởi công.", None),  # a deadline
        # a year later in a forecast's clause is what is planned for, not the writing year ...
        ("Tuyển sinh\nNăm nay thí sinh được cộng điểm. Chính sách này dự kiến sẽ kết thúc vào năm 2006.", None),
        ("Thiếu điện\nDự kiến trong năm 2006 cả nước có rất ít dự án mới. Năm nay đã có 3 dự án.", None),
        # ... but the middle or the end of a year may be this year's
        ("Đề án\nĐề án dự kiến sẽ hoàn thiện vào giữa năm 2005. Ngày 3/4 Bộ họp.", 2005),
        ("Tin ngắn\nSố khách tăng (năm 2004 là 60.000 người). Tết năm nay đông.", None),  # a comparison
        ("Tin ngắn\nNếu năm 2005 làm được thì tốt. Năm tới sẽ khác.", None),  # a condition
        ("Tin ngắn\nTăng 9.000 so với năm 2005. Năm 2006, trường tuyển thêm.", 2006),
        ("Tin ngắn\nHội chợ lần thứ 2/2004 đông hơn hội chợ so với lần 1/2003.", 2004),
        # a birth or a founding says nothing of when the text is written
        ("Tin ngắn\nCháu Phạm Văn K. (sinh năm 1991) bị lũ cuốn. Sáng 28/9 tìm thấy.", None),
        ("Tin ngắn\nHợp tác xã thành lập năm 1978. Ngày 3/4 đại hội.", None),
        # a goal's deadline or a comparison written as a full date does not vote either
        ("Tin ngắn\nBộ đặt mục tiêu hoàn thành từ ngày 31/12/2002 nhưng phải gia hạn. Giữa năm 2004 còn 25.000 hồ sơ; "
         "sau năm 2005 sẽ xong.", 2005),
        ("Tin ngắn\nSố vụ giảm 20% so với tháng 3/2004. Năm 2005 tỉnh tiếp tục.", 2005),
        # a comparative of time or reach bounds a deadline or a vision, it compares with no past year
        ("Tin ngắn\nĐường phải hoàn thành không muộn hơn năm 2010. Ngày 5/3 khởi công.", None),
        ("Tin ngắn\nĐường phải hoàn thành không muộn  hơn năm 2010. Ngày 5/3 khởi công.", None),
        ("Tin ngắn\nQuy hoạch có tầm nhìn xa hơn năm 2020. Ngày 5/3 Sở họp.", None),
        # nor does a comparison whose clause writes the year compared first (in a forecast it is the base
        # of that year, not of the writing's)
        ("Tin ngắn\nDự kiến năm 2007 lượng khách sẽ đông hơn năm 2006. Ngày 5/3 Sở họp.", None),
        # a year the sentence speaks of as coming weighs half a dated one: "cuối năm 2005", coming
        # too, outweighs it (it is no later than the writing's year, the coming one maybe after it)
        ("Tin ngắn\nViệc cấp giấy sẽ được làm chủ yếu vào cuối năm 2005, phần còn lại sẽ kết thúc vào năm 2006. "
         "Ngày 8/8 Bộ họp.", 2005),
        # a title's year that the text writes only as coming or planned names no year of writing
        ("Năm 2006, tăng 22.050 chỉ tiêu ĐH, CĐ\nTại hội nghị kế hoạch năm 2006 tổ chức ngày 27-12, Bộ cho biết: "
         "năm 2006 các trường sẽ tuyển 184.000 chỉ tiêu, tăng 15,5% so với năm 2005. Với bậc THCN, năm 2006 sẽ "
         "tuyển 11.000 chỉ tiêu.", 2005),
        # beside "năm tới", a year spoken of as coming is that next year: the text is of the year before
        ("Năm 2005: Môn ngoại ngữ sẽ được thi trắc nghiệm\nCục cho biết kỳ thi tuyển sinh năm tới sẽ áp dụng "
         "hình thức thi trắc nghiệm.", 2004),
    ],
)
def test_reference_year_ignores_plans_and_comparisons(text: str, ref: int | None) -> None:
    assert reference_year(text) == ref


@pytest.mark.parametrize(
    "text, ref",
    [
        # a month a condition sets is still to come: when nothing else dates the text, its year does
        ("Tin ngắn\nSở phải sửa xong trước 30/6 và sẽ thu hồi đất nếu đầu tháng 10/2005 không triển khai.", 2005),
        # not a year alone, and not when the text dates itself otherwise
        ("Tin ngắn\nNếu năm 2005 làm được thì tốt. Ngày 5/3 họp.", None),
        ("Tin ngắn\nNgày 5/3/2004, Sở họp; sẽ thu hồi nếu đến tháng 10/2005 không xong.", 2004),
        # a comparison inside the condition is none; of several deadlines the earliest dates the text
        ("Tin ngắn\nSẽ thu hồi nếu so với tháng 10/2005 không xong. Ngày 5/3 họp.", None),
        ("Tin ngắn\nNếu tháng 1/2006 chưa xong thì thu hồi; nếu tháng 10/2005 chưa xong thì phạt. Ngày 5/3 họp.", 2005),
    ],
)
def test_reference_year_from_a_conditions_coming_month(text: str, ref: int | None) -> None:
    assert reference_year(text) == ref


@pytest.mark.parametrize(
    "text, ref",
    [
        # a coming intake, opening, start or deadline in its year's first months, in a text that writes
        # no month without a year: announced in the year before (data: coming_leads, coming_until)
        ("Tin ngắn\nTrường tiếp tục tuyển sinh cho các kì nhập học tháng 1/2006. Học phí 4.000 USD/năm.", 2005),
        ("Tin ngắn\nKhoá học khai giảng vào tháng 1/2006.\nYêu cầu: tốt nghiệp THPT.", 2005),
        ("Tin ngắn\nHọ thực tập tại Mỹ trong 5 tháng, bắt đầu vào tháng 3/2006.", 2005),
        ("Tin ngắn\nChương trình:\n- Đăng ký trước 15/1/2006\n- Học phí: 500 USD", 2005),
        ("Tin ngắn\nThi thử ngày 23/11.\n- Giảm $250 cho hồ sơ nộp trước ngày 15/3/2006\n- Học phí: 500 USD", 2005),
        # an amount paid before a date is no deadline
        ("Tin ngắn\nTổng số tiền nộp trước ngày 15/1/2005 đạt 20 tỷ đồng.", 2005),
        ("Tin ngắn\nĐến nay có 156 kỷ lục. Từ tháng 1/2006, chương trình sẽ giới thiệu các kỷ lục mới.", 2005),
        # past, not coming: the date votes for its own year
        ("Tin ngắn\nTrường đã khai giảng vào tháng 1/2006 với 300 học viên.", 2006),
        ("Tin ngắn\nTrường đã chính thức khai giảng vào tháng 1/2006 với 300 học viên.", 2006),
        ("Tin ngắn\nDự án bắt đầu vào tháng 3/2004, đến nay đã hoàn thành 80%.", 2004),
        # the end of a period is no start
        ("Tin ngắn\nGiấy phép có hiệu lực đến tháng 1/2010.", 2010),
        # later in the year an announcement may come in the same year
        ("Tin ngắn\nKhoá học khai giảng vào tháng 9/2006.", 2006),
        # a month the text writes without a year, earlier than the coming one, is of the coming one's year
        ("Tin ngắn\nNgày 5/1 trường thông báo: khoá học khai giảng vào tháng 2/2006.", 2006),
        # the base of a comparison a few words before its year is past: the text is of a later year
        ("Tin ngắn\nSáng nay, thanh tra xử lý 700 trường hợp, so với 160 vụ trong năm 2003.", 2004),
        ("Tin ngắn\nSáng nay, thanh tra xử lý 700 trường hợp, so với năm 2003 tăng gấp đôi.", 2004),
        # a period from a written month to an earlier month of "năm nay" reaches into the year after
        ("Tin ngắn\nTính từ tháng 12/2003 đến ngày 27/2 năm nay, dịch đã xảy ra ở 2.574 xã. Sáng nay, Bộ họp.", 2004),
        # not a plan's or a goal's year: the year it is compared with may be this one
        ("Tin ngắn\nThu ngân sách ước đạt 95% so với kế hoạch năm 2005.", 2005),
        ("Tin ngắn\nThu chi đạt 52% so với dự toán năm 2005.", 2005),
        # a later month of "năm nay" says only that the text is no earlier than the start
        ("Tin ngắn\nTính từ tháng 2/2003 đến ngày 27/12 năm nay, dịch đã xảy ra ở 2.574 xã.", None),
    ],
)
def test_reference_year_from_coming_starts_and_past_bases(text: str, ref: int | None) -> None:
    assert reference_year(text) == ref


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Theo báo cáo, tháng 4-3 người bỏ học.", []),  # a month range runs forwards
        ("Sau tháng 3-4 lần kiểm tra, trường đạt chuẩn.", []),  # a count after it
        ("Kết quả: 2/1.", []),  # a score, no date label
        ("Thời gian: 2/3 số ngày trong tuần.", []),  # a fraction of a counted noun
        ("Thời gian học: 3/4.", []),  # a fraction after a label that is no deadline's
        ("Trận đấu. Lịch sử đối đầu: 3-1, nghiêng về Việt Nam.", []),  # "lịch" of "lịch sử"
        ("Hạn mức cho vay tối đa: 2/3, tính trên giá trị tài sản.", []),  # "hạn mức" is no deadline
        ("Trung bình tháng 2-3 vụ cháy rừng xảy ra.", []),  # a count each month
        ("Trường có chỉ tiêu tuyển sinh đại học 2000 sinh viên.", []),  # a count after the levels
    ],
)
def test_month_ranges_and_labels_stay_out_of_counts_and_scores(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        # a year after a context noun and the levels of schooling it is for
        ("Bộ sẽ quyết định bỏ điểm thưởng trong kỳ thi tuyển sinh ĐH, CĐ 2006 hay không.", "2006", "2006"),
        ("Chỉ tiêu tuyển sinh đại học và cao đẳng 2005 tăng.", "2005", "2005"),
        ("Bộ công bố kế hoạch tuyển sinh đại học, cao đẳng và trung học 2006.", "2006", "2006"),
    ],
)
def test_years_after_exams_of_a_level(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


@pytest.mark.parametrize(
    "text, ref",
    [
        # the start of a period since a year only says the text is later: it dates nothing
        ("Tin ngắn\nCâu lạc bộ hoạt động từ năm 1998. Sáng 12/3, câu lạc bộ họp.", None),
        ("Tin ngắn\nNhà ga đưa vào sử dụng từ cuối năm 2003, nhưng đến nay đã xuống cấp. Ngày 5/4 Sở kiểm tra.", None),
        ("Tin ngắn\nChính sách áp dụng kể từ đầu năm 2006. Ngày 5/4 Sở họp.", None),
        ("Tin ngắn\nChiều 21/2, Sở kiểm tra dự án được cấp phép từ tháng 6/2003.", None),
        ("Tin ngắn\nSáng 31/1, dự án khởi công. Dự án được quyết định đầu tư từ ngày 5/7/2000.", None),
        ("Tin ngắn\nHiệp định được ký kết từ ngày 15/12/1998.\nĐến nay, Việt Nam đã miễn thị thực cho 30 nước.", None),
        # ... a day's start still dates the days on or after it in its year, wherever they are written
        ("Tin ngắn\nSáng 12/7, Sở kiểm tra giá điện, tăng từ ngày 1/7/2005.", 2005),
        # ... but the text's days written after it lie in the period: its year, or the next
        ("Tin ngắn\nTừ tháng 6/2003, dự án được cấp phép. Chiều 21/7, Sở kiểm tra.", 2003),
        ("Tin ngắn\nTừ tháng 6/2003, dự án được cấp phép. Chiều 21/2, Sở kiểm tra.", 2004),
        # another year of the text still dates it
        ("Tin ngắn\nCâu lạc bộ hoạt động từ năm 1998. Năm 2005, câu lạc bộ có 300 hội viên.", 2005),
        # the same time of a written year is a year before the text's
        ("Tin ngắn\nMực nước sông thấp hơn cùng kỳ năm 2004 là 0,6 m. Ngày 12/1, Bộ họp.", 2005),
        ("Tin ngắn\nSố ca bệnh tăng so với cùng kỳ năm 2005. Ngày 3/3 Sở họp.", 2006),
        ("Tin ngắn\nTháng 1 có 44 ca, trong khi cùng kỳ 2004 chỉ có 20 ca. Ngày 3/3 Sở họp.", 2005),
        # a year said to be over: the text is of the year after
        ("Tin ngắn\nPháo hoa rực sáng. 2005 khép lại, một năm mới đã đến. Ngày 1/1 trời lạnh.", 2006),
        ("Tin ngắn\nNăm 2005 vừa qua nhiều khó khăn. Ngày 4/1 Sở họp.", 2006),
        ("Tin ngắn\nVới ngành du lịch, 2005 khép lại với nhiều thành công. Ngày 4/1 Sở họp.", 2006),
        # ... but after an event's name it is the event that is over, this year
        ("Tin ngắn\nHội thành lập vào dịp trung thu 2005 vừa qua. Ngày 4/11 hội họp.", 2005),
        # a year the text compares with is past, like the base of "so với"
        ("Tin ngắn\nTrường dự kiến điểm chuẩn cao hơn năm 2004. Sáng 12/8, Hội đồng họp.", 2005),
        ("Tin ngắn\nMực nước thấp hơn năm 2003 khoảng 3 m. Ngày 5/4 Bộ họp.", 2004),
    ],
)
def test_reference_year_from_period_starts_and_the_same_time_a_year_before(text: str, ref: int | None) -> None:
    assert reference_year(text) == ref


@pytest.mark.parametrize(
    "text, ref, dates",
    [
        # a school year written with a relative word says the year the text is written in, and so
        # the relative ones
        ("Tin ngắn\nNăm học mới 2005-2006 đã được hơn 1 tháng nay. Năm ngoái, năm học vừa rồi có 300 em bỏ học.",
         2005, [("Năm học mới 2005-2006", "2005/2006"), ("Năm ngoái", "2004"), ("năm học vừa rồi", "2004/2005")]),
        ("Tin ngắn\nNăm học vừa qua 2004-2005, ngày 20/5 là ngày thi.", 2005,
         [("Năm học vừa qua 2004-2005", "2004/2005"), ("ngày 20/5", "2005-05-20")]),
        # "năm học này" is said the whole school year through: no vote
        ("Tin ngắn\nTrong năm học này 2005-2006, trường có 300 học sinh. Năm ngoái trường có 250 em.", None,
         [("năm học này 2005-2006", "2005/2006")]),  # "Năm ngoái" then has no year to count from
    ],
)
def test_reference_year_from_a_relative_school_year(text: str, ref: int | None, dates: list) -> None:
    assert reference_year(text) == ref
    assert found(text, None) == dates


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        # a bare year after a comparison, an edition or a lunar year's name is a date
        ("Sản lượng tăng 4,1% so với 2004.", "2004", "2004"),
        ("Nhà trường phát miễn phí cuốn cẩm nang, ấn bản 2005.", "2005", "2005"),
        ("Khởi hành: mùng 3 Tết âm lịch 2005.", "2005", "2005"),
        # ... the year that lunar year's stem and branch name: "Ất Dậu" is 1945, 2005, ...
        ("Các khách sạn trong dịp Tết Ất Dậu 2005 đều thắng lớn.", "2005", "2005"),
        ("Kiều bào mừng Xuân Ất Dậu 2005 tại Hà Nội.", "2005", "2005"),
        ("Nạn đói khủng khiếp năm Ất Dậu 1945 tại Việt Nam.", "1945", "1945"),
        # a bare year that opens a clause and is closed is its subject
        ("Pháo hoa rực sáng. 2005 khép lại, một năm mới đã đến.", "2005", "2005"),
    ],
)
def test_bare_years_after_comparisons_editions_and_lunar_names(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


@pytest.mark.parametrize(
    "sentence",
    ["Sản lượng tăng so với 2004 tấn.", "Nhà trường in ấn bản 2000 cuốn.",
     # a number after a lunar year's name that is not that year: no restatement ("Bính Tuất" is 2006)
     "Dịp Tết Bính Tuất 2005 khách đến đông."],
)
def test_bare_years_after_the_new_contexts_still_yield_to_counts(sentence: str) -> None:
    assert found(sentence) == []


# ------------------------------------------------------------------ session 39's rules


def test_a_lead_late_in_the_year_names_the_coming_tet() -> None:
    # written on 10 November ("Chiều 10-11"): Tết Ất Dậu (2005) is the coming one, so the text is of
    # 2004, and the 24 January it speaks of is 2005's, the year the range it opens ends in
    text = ("Xe lửa tết: sẽ có vé chợ đen?\nChiều 10-11, tại cuộc gặp báo chí về việc bán vé dịp Tết Ất Dậu, "
            "ông cho biết giá vé tăng 4-7% kể từ 0g ngày 24-1 đến hết ngày 7-2-2005.")
    assert reference_year(text) == 2004
    assert found(text, None) == [("Chiều 10-11", "2004-11-10"), ("ngày 24-1", "2005-01-24"),
                                 ("ngày 7-2-2005", "2005-02-07")]


@pytest.mark.parametrize(
    "sentence, dates",
    [
        # a day without its year joined by "đến" to a dated one takes its year, or the year before
        ("Giá vé tăng từ 0g ngày 24-1 đến hết ngày 7-2-2005.", [("ngày 24-1", "2005-01-24"), ("ngày 7-2-2005", "2005-02-07")]),
        ("Tàu chạy từ 6g ngày 28/12 đến ngày 3/1/2006.", [("ngày 28/12", "2005-12-28"), ("ngày 3/1/2006", "2006-01-03")]),
    ],
)
def test_a_yearless_day_takes_the_year_of_the_dated_day_it_runs_to(sentence: str, dates: list) -> None:
    assert found(sentence) == dates


def test_a_day_in_a_related_link_is_placed_near_the_links_date() -> None:
    text = ("Hà Nội họp bàn về xe máy\nNgày 18/2/2004, thành phố họp.\n"
            "Hà Nội dừng đăng ký xe máy tại 4 quận từ 1/9(08/08/2003)\n"
            "Hà Nội tạm ngừng đăng ký xe từ 1/3(20/12/2003)\n")
    values = dict(found(text, None))
    assert [v for t, v in found(text, None) if t == "1/9"] == ["2003-09-01"]
    assert [v for t, v in found(text, None) if t == "1/3"] == ["2004-03-01"]
    assert values["08/08/2003"] == "2003-08-08"


@pytest.mark.parametrize(
    "sentence",
    ["Ở những ngã tư bình thường thì lại có tới 2-3 cảnh sát giao thông đứng.",
     "Chi phí lên tới 4-5 tỷ đồng.", "Sản lượng giảm tới 1/6 công suất."],
)
def test_as_much_as_before_a_number_pair_makes_it_an_amount(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("Hạn nộp hồ sơ đăng ký dự tuyển: 1/8.", "1/8", "2018-08-01"),
        ("Việc giải tỏa sẽ tiến hành trong quí I/2006.", "quí I/2006", "2006-01/2006-03"),
        ("Việc giải tỏa sẽ tiến hành vào cuối năm.", "cuối năm", "2018"),
    ],
)
def test_deadline_labels_the_older_quarter_spelling_and_a_part_of_the_year(sentence: str, phrase: str, value: str) -> None:
    check(sentence, phrase, value)


@pytest.mark.parametrize(
    "sentence",
    ["Ông ngửa mặt nhìn bầu trời cuối năm.", "Tại công trường trong những ngày cuối năm, cầu đã nối nhịp.",
     "Hội chia sẻ gánh nặng học phí đầu năm cho tân sinh viên."],
)
def test_a_part_of_the_year_describing_a_noun_is_no_date(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        # no month of writing known: "nay" is the latest month the text tells of as past
        ("Đình công\nTỉ lệ ngày càng tăng. Ngày 4-6-2004, LĐLĐ tổ chức hội thảo. Từ giữa tháng tư tới nay có 5 vụ.",
         "Từ giữa tháng tư tới nay", "2004-04/2004-06"),
        ("Tin ngắn\nTỉnh có nhiều vụ.\nTỉnh đã họp tổng kết vào ngày 3/12 với 20 đại biểu. Từ đầu năm đến nay có 30 vụ.",
         "Từ đầu năm đến nay", "2004-01/2004-12"),
        # ... not when the period starts after it: the year alone
        ("Tin ngắn\nTỉnh có nhiều vụ.\nTỉnh đã họp tổng kết vào ngày 3/2 với 20 đại biểu. Từ tháng 6 đến nay có 30 vụ.",
         "Từ tháng 6 đến nay", "2004-06/2004"),
    ],
)
def test_now_is_bounded_by_the_latest_past_month_when_no_lead_dates_the_text(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in found(text, 2004)


def test_a_number_ending_the_line_before_counts_no_relative_day() -> None:
    # the title ends in "số 6"; "Sáng sớm nay" opens the next line and is the day of writing
    text = "Nghệ An có thể ở tâm bão số 6\nSáng sớm nay, bão đi lệch về phía tây."
    assert found(text, dt.date(2005, 9, 18)) == [("Sáng sớm nay", "2005-09-18")]


def test_a_year_range_ending_a_table_line_counts_nothing_on_the_next() -> None:
    # no count of the next line's first word, and no number before the next line's month
    assert found("Thời gian\r\nĐông xuân 2004-2005\r\nTháng 11") == [
        ("Đông xuân 2004-2005", "2004/2005"), ("Tháng 11", "2018-11")]


def test_a_date_preposition_glued_to_the_number_before_it_still_opens_a_date() -> None:
    # "Từ 21đến 24/1": a typo, the range as if spaced
    assert found("Từ 21đến 24/1, Sở Y tế đã giám sát chặt chẽ.") == [("Từ 21đến 24/1", "2018-01-21/2018-01-24")]


def test_a_related_articles_date_gives_the_year_not_the_day_of_writing() -> None:
    # the link's headline runs into its date: that article's day; "Sáng nay" stays unknown
    text = ("Khai mạc Đại hội điện ảnh\nSáng nay, tại Hà Nội, Đại hội đã khai mạc.\nÔng Kim phát biểu.\n"
            "Để có phim hay cần nhất là vấn đề nhân lực(22/07/2005)\n")
    assert reference_year(text) == 2005
    assert ("Sáng nay", "2005-07-22") not in found(text, None)


def test_a_dated_byline_still_gives_the_day_of_writing() -> None:
    text = "Khai mạc Đại hội điện ảnh\nSáng nay, tại Hà Nội, Đại hội đã khai mạc.\nÔng Kim phát biểu.\n(22/07/2005)\n"
    assert ("Sáng nay", "2005-07-22") in found(text, None)


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("Giá tour áp dụng trong tháng 5 đã thấp hơn so với tháng trước.", "tháng trước", "XXXX-04"),
        ("Tháng 3/2005, giá tăng 5% so với tháng trước.", "tháng trước", "2005-02"),
        ("Đợt một diễn ra vào tháng 11/2005, đợt hai vào tháng sau.", "tháng sau", "2005-12"),
    ],
)
def test_the_month_before_or_after_counts_from_a_month_told_in_its_sentence(sentence, phrase, value) -> None:
    doc = Document("Tin ngắn\n" + sentence)
    spans = recognize(doc)
    assert [(s.text, s.attrs.get("value") or s.attrs.get("pattern")) for s in spans if s.text == phrase] == [(phrase, value)]


def test_the_month_before_with_no_month_in_its_sentence_counts_from_the_day_of_writing() -> None:
    assert ("tháng trước", "2018-02") in found("Tháng 3 có nhiều vụ. Doanh thu giảm hơn nửa so với tháng trước.",
                                               dt.date(2018, 3, 20))


def test_a_title_month_the_body_writes_only_as_coming_is_not_the_year_of_writing() -> None:
    text = ("Tháng 1/2006 thi thử trắc nghiệm Ngoại ngữ\nBộ vừa có công văn. Ngay trong tháng 11, sẽ tổ chức "
            "thí điểm, tiến tới thi thử vào đầu năm sau. Đề sẽ được ra trong kỳ thi tốt nghiệp (tháng 6/2006).\n"
            "Năm 2006 thi trắc nghiệm Ngoại ngữ(19/08/2005)\nHoãn thi trắc nghiệm(21/01/2005)\n")
    assert reference_year(text) == 2005


@pytest.mark.parametrize(
    "sentence, phrase",
    [("Có 46 đề án dự thi Thiết kế chung cư điển hìnhnăm 2005 đã được chấm.", "năm 2005"),
     ("Ông Bành Tiến LongNăm 2006 và các năm tiếp theo sẽ có học sinh tốt nghiệp.", "Năm 2006"),
     ("Liên hoan năm 2003đã thu hút hơn 500.000 lượt khách.", "năm 2003")],
)
def test_a_written_year_glued_to_the_word_beside_it_is_still_a_date(sentence, phrase) -> None:
    # a scraped text dropped the space; "năm" and a year in digits say it is a year
    assert (phrase, phrase[-4:]) in found(sentence)


def test_a_glued_year_word_without_its_digits_is_none() -> None:
    assert found("Cả mười lămnăm nay anh vẫn đi.") == []


def test_a_day_the_text_dates_elsewhere_needs_no_preposition() -> None:
    # the holiday is written as a date after "dịp lễ"; the title and "lịch nghỉ" name it again
    text = "Cháy tour du lịch 30/4\nDịp lễ 30/4 đông khách. Giá tour rẻ và lịch nghỉ 30/4 thuận lợi."
    assert found(text, None) == [("30/4", None)] * 3


@pytest.mark.parametrize(
    "text, spans",
    [("Tin\nNgày 2/3 họp. Có 2/3 đại biểu tán thành.", ["Ngày 2/3"]),  # a fraction: the day is not above its month
     ("Tin\nSáng 19/6 họp. Cùng ngày 19/6, bệnh viện cấp cứu.", ["Sáng 19/6", "Cùng ngày"])],  # part of the one before
)
def test_a_restated_day_is_no_fraction_and_no_second_date(text, spans) -> None:
    assert [span for span, _ in found(text, None)] == spans


def test_the_plural_markers_are_quantifiers_too() -> None:
    # one list says which quantifiers mark a plural; before a month or a year they still count
    import vnreport

    data = json.loads((Path(vnreport.__file__).parent / "data" / "dates.json").read_text(encoding="utf-8"))
    assert set(data["plural_markers"]) <= set(data["quantifiers_before"])
    assert found("Nắng nóng kéo dài vào các tháng 6 và 7.") == [("tháng 6 và 7", "2018-06/2018-07")]
    assert found("Những năm 1990, xã còn nghèo.") == [("Những năm 1990", "1990/1999")]  # a decade, not the year
