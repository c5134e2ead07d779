"""Number parsing: Vietnamese digit notation and number words."""

import pytest

from vnreport.numbers import parse_fraction_words, parse_number, parse_number_words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("220", 220),
        ("87.239", 87239),
        ("1.234,5", 1234.5),
        ("12,5", 12.5),
        ("1,5", 1.5),
        ("1.000.000", 1000000),
        ("0,4", 0.4),
    ],
)
def test_vietnamese_notation(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, expected", [("1,234,567", 1234567), ("3.5", 3.5), ("1,234.56", 1234.56), ("0.500", 0.5)])
def test_unambiguous_other_notation(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["31.1.2018", "12.34.567", "123/QĐ", "abc", "", "1.234.5"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_whole_values_are_int():
    assert isinstance(parse_number("87.239"), int)
    assert isinstance(parse_number_words(["1,5", "tỷ"])[0], int)


@pytest.mark.parametrize(
    "words, value, used",
    [
        (["1,5", "tỷ", "đồng"], 1_500_000_000, 2),
        (["10", "vạn", "người"], 100_000, 2),
        (["3", "nghìn", "tỷ"], 3_000_000_000_000, 3),
        (["7", "triệu"], 7_000_000, 2),
        (["400", "ngàn"], 400_000, 2),
        (["284", "tỉ"], 284_000_000_000, 2),
    ],
)
def test_scale_words(words, value, used):
    assert parse_number_words(words) == (value, used)


@pytest.mark.parametrize(
    "text, value",
    [
        ("hai trăm hai mươi", 220),
        ("ba mươi lăm", 35),
        ("mười", 10),
        ("mười lăm", 15),
        ("một trăm linh năm", 105),
        ("một trăm lẻ năm", 105),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("năm mươi", 50),
        ("hai triệu rưỡi", 2_500_000),
        ("trăm rưỡi", 150),
        ("nửa", 0.5),
        ("hai chục", 20),
        ("hai triệu ba trăm nghìn", 2_300_000),
        ("bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín", 456_789),
    ],
)
def test_number_words(text, value):
    assert parse_number_words(text.split()) == (value, len(text.split()))
    assert parse_number_words([text]) == (value, 1)  # one segmented word


@pytest.mark.parametrize(
    "words, expected",
    [
        (["năm", "học"], None),  # năm alone is the year
        (["năm", "người"], None),
        (["năm", "năm", "qua"], (5, 1)),  # ... but "năm năm" is five years
        (["chín chắn"], None),  # a word that only starts with a number word
        (["mười", "năm"], (10, 1)),  # ten years, not fifteen
        (["hai", "mươi", "năm"], (20, 2)),
        (["hai", "ba", "người"], (2, 1)),
        ([], None),
    ],
)
def test_number_word_boundaries(words, expected):
    assert parse_number_words(words) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["hai phần ba", "số"], (2 / 3, 1)),  # one segmented word
        (["ba", "phần tư", "dân số"], (0.75, 2)),
        (["một", "phần", "mười"], (0.1, 3)),
        (["năm", "phần", "mười"], (0.5, 3)),  # "năm" before "phần" is five
        (["2", "phần", "3"], (2 / 3, 3)),
        (["ba mươi", "phần trăm"], None),  # a scale after "phần": per cent, a unit
        (["hai", "phần thưởng"], None),  # "phần" starting another word
        (["ba", "phần", "quà"], None),
        (["phần", "ba"], None),
        (["hai phần ba mươi"], (2 / 30, 1)),
    ],
)
def test_fraction_words(words, expected):
    got = parse_fraction_words(words)
    if expected is None:
        assert got is None
    else:
        assert got == (pytest.approx(expected[0]), expected[1])
