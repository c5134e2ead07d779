"""Dates: calendar expressions normalized to ISO 8601.

One ordered regular expression (built at import from ``data/dates.json``)
finds the expressions; :func:`_parts` reads a match into a :class:`_Parts`
record (day, month, year, quarter, offsets ...), and :func:`_value` turns the
record plus the document's reference year into an ISO value. A pass joins
"từ <date> đến <date>" into one interval, and a last one gives anaphoric
expressions ("Trong năm", "năm đó") the year written before them.

Conventions (see the project README for the user-facing version):

* values are ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``start/end``; a date
  whose year cannot be known has value ``None`` and its written parts are kept
  in ``attrs["pattern"]`` (``"XXXX-01-20"``);
* ``year_inferred`` is True when the year was not written in the expression
  (day-month, "tháng 6", "năm nay", "cùng kỳ năm trước" ...);
* forms the grammar reads besides the ISO ones: a full date run into the next
  line's first word by a lost line break ("ngày 25/09/2005Lịch thi"), two full
  dates joined by a bare dash ("(7/5/1954-7/5/2004)", two dates), lists of years
  ("(1996, 1997, 1998)", "các năm 2003, 2004 và 2005"), a day-month after a
  holiday's name ("Quốc tế lao động 1/5") or alone after a date label's colon
  ("Hạn nhận đơn: 20/8."), "năm học 2006" (the year as written), "năm qua" and
  "năm vừa qua" (the year before the reference year; "20 năm qua", "Hai mươi
  năm trước" are counted spans, no dates); a law's year ("Luật thương mại năm
  1997", "Luật đất đai mới (1993)") is part of its name, no date;
* "đầu/giữa/cuối" + a period keep the period's value ("cuối tháng 5" ->
  ``YYYY-05``, "đầu năm 2018" -> ``2018``) and record the side in
  ``attrs["modifier"]`` ("early", "mid", "late"): the text does not say where
  "the beginning of the year" ends, so we do not invent a boundary. Counted
  periods are explicit and become intervals: "6 tháng đầu năm 2018" ->
  ``2018-01/2018-06``, "quý I/2018" -> ``2018-01/2018-03``;
* a written time goes to ``attrs["time"]``: a clock as ``HH:MM`` (24-hour:
  "6g chiều" -> ``18:00``) followed by the part of day when one is written
  ("18g chiều 23-4" -> ``"18:00 chiều"``, "sáng 23-4" -> ``"sáng"``). The
  span starts at the part of day or "ngày" ("chiều 23-4", "ngày 2/9" of "lúc
  8 giờ 30 ngày 2/9"): the clock is in ``time``, the span is the date;
* a weekday written before the date is kept as ISO ``attrs["weekday"]``
  (1 = thứ hai ... 7 = chủ nhật) and left out of the span, with what comes
  before it ("Chủ nhật, 25/9" -> "25/9", "sáng thứ Bảy ngày 30/7" -> "ngày
  30/7"), unless a relative day joins the date ("Chiều qua thứ Ba 3/4");
* a year keeps in its span the season it is of ("mùa lũ 2004", "mùa khô năm
  nay", "hè 2005"), not "cùng kỳ" ("năm ngoái" of "cùng kỳ năm ngoái", whose
  value is last year's; "cùng kỳ năm" alone keeps it);
* a month written without its year keeps in its span the word after it that
  says which ("tháng 7 tới", "tháng 11 này", "tháng 7 vừa rồi"); a day does
  not ("Ngày 8-6" of "Ngày 8-6 tới");
* "hôm nay", "sáng nay", "tháng này" ... are reported only when a full
  reference date is known (they name a day, not a year), when a written date
  in apposition names them (below; such a day then places the others too,
  before the news lead), or else from the day of the news lead: a
  single day-month opening one of the first two lines ("10/9 là hạn cuối cùng
  ...", "(NLĐ) - Ngày 5-8, ...") is the day of writing (without one, the day
  that opens the paragraph of the first relative day: "Chiều 31/10, trời mưa
  to. ... nơi hôm qua có những ngôi nhà")
  ("hôm qua" -> ``XXXX-09-09`` when the year is unknown; not reported when
  the month and day depend on a leap year, "ngày mai" after "28/2"), unless it
  is yesterday's ("Tối qua (10/4)"), a coming one ("Ngày 17/8 tới") or a past
  one ("hôm 26.3", "tối hôm 26.3"). A relative day followed on its line by its
  written date (one day, not one of a list) is that date: one span when
  nothing separates them ("Chiều qua 5.4"), else two with the same value
  ("Hôm qua (30-3)", "Hôm qua, 24-1"); "năm nay", "năm ngoái", "cùng kỳ năm
  trước", "năm học mới" ... only
  when a reference year is known (without it they say nothing: no value, no
  written part; nor does "từ hôm qua đến nay" without a full reference date);
* decades are intervals: "thập niên 90", "những năm 1990" -> ``1990/1999``
  ("đầu thập kỷ 90" keeps the interval, the side in ``modifier``);
* school years are ``YYYY/YYYY+1`` ("năm học 2005-2006" -> ``2005/2006``).
  "năm học mới/này/tới" is the school year that starts in the reference year,
  "năm học vừa qua/trước" the one before, whatever the reference month (news
  about a school year is written around its September start, when "the new
  school year" and "the coming one" are the same);
* "từ A đến nay": "nay" is written at A's precision as far as it is known: the
  reference day after a day, the reference month after a month (the month of
  the news lead's date when only the reference year is known: "(NLĐ) - Ngày
  5-8, ..."), else the reference year. "từ đầu năm đến nay" starts in January:
  ``2005-01/2005-08``, or ``2005-01/2005`` with only a year; with no reference
  year "nay" is unknown and only A is reported ("từ năm 2004 đến nay" -> "năm 2004");
* anaphora: "Trong năm, ..." (opening a clause: inside one, "lễ hội trong năm
  cần ...", it speaks of any year), "năm đó", "cùng năm" take the year last written
  before them in the text (not reported when there is none); a day-month or a
  month without year takes the year of a date with written month and year
  earlier in the same sentence ("quyết định ký ngày 29-12-2005 buộc bàn giao
  trước ngày 31-12" -> ``2005-12-31``). "Cùng ngày" takes the day last written before
  it, not a coming one ("dự kiến kết thúc vào ngày 28/1"); "hôm sau", "hôm trước" are the
  day after or before the one last written in their sentence ("từ 21h45 ngày 2/2/2003 đến
  hơn 3h sáng hôm sau" -> ``2003-02-03``). All are ``year_inferred``;
* two days of one month are an interval: "ngày 7-10/2", "từ 2 - 4/9", "8 và 9-3";
  so are two day-months joined by a dash, "ngày 20/1-20/2", the first days of a
  month, "10 ngày đầu tháng 1", or of a year, "5 ngày đầu năm mới", and a crop
  season, "Đông Xuân 2003-2004"; a year's first or last day with its year said is
  one day ("ngày cuối cùng của năm 2004" -> ``2004-12-31``, "ngày đầu tiên của
  năm mới"; not "ngày đầu năm", any early day);
  an edition's year is a date ("lần thứ 2/2004" -> ``2004``, the span is the year);
  without "từ", a month that a time word opens joined by "đến"/"tới" to a later date on
  its line is an interval ("vào tháng 5 đến tháng 10"), not two days or a moved date;
* a date that "âm lịch" follows is of the lunar calendar: it recurs every year and is
  no day of the solar one, so it has no value, its pattern without a year
  ("ngày 15/8 âm lịch" -> ``XXXX-08-15``) and ``attrs["calendar"] = "lunar"``.

Reference year (for expressions without a year), first that applies:

1. the date the user gave (``doc.reference_source == "given"``);
2. a date written in the title (first non-empty line) or a short byline (the
   last two non-empty lines after the first body line, each at most 100
   characters and not a sentence of the body, more than ten syllables ending in
   a full stop ("Năm nay, ... 0,5 điểm. Mùa tuyển sinh 2003, ... là 1 điểm."),
   and above them the block of related-article links the text may end with,
   "Sống trong ổ dịch cúm(10/11/2005)"): the full date there when all its full
   dates outside the links name one day (a dated byline, "(10/11/2005)": a
   ``datetime.date``, so "hôm nay" resolves); else the year of the most recent
   (related links are older than the text, which comes on a day they do not
   say; a title's year the body writes only as coming, or in an earlier year's
   link headline, announces the future and does not count);
   else the most recent year; else a year ending a name in the title, outside its
   dates and before its end, a colon or a bracket ("Du lịch 2005: Khởi đầu thuận
   lợi": the subject of the text, of the year it is written in, though its body
   speaks of the year before; not a year opening the title, "2007: bắt buộc ...",
   announced ahead); ``reference_source = "title"``;
3. the year of the related-article links written anywhere else in the text,
   two or more lines "... chủ xe(22/04/2005)", often a block in the middle of
   it before "Xem tiếp": the most recent (they are older than the text, and a
   page gains links after it is written, so their days do not date it; a year
   a link's headline writes, "Năm 2006 chưa áp dụng học phí(08/11/2005)", is
   its article's subject); ``reference_source = "text"``;
4. the text's own years, weighted by how precise the expression is (a full
   date 3, a month or quarter with a year 2, "năm YYYY" or a bare year 1,
   "năm 2006 này" and the year so far, "5 tháng đầu năm 2005", 100 because
   they say it is the current year; year ranges 0
   because they name plans, not the writing time; a year alone after a
   comparison, condition or deadline word, "so với năm 2005", "nếu năm 2005",
   "dự kiến hoàn thành năm 2010", 0 too, and so does one later in the clause
   of a goal word, "với mục tiêu giảm ... xuống còn 15% vào năm 2010", and a
   year alone later in the clause of a forecast word, "dự kiến sẽ kết thúc vào
   năm 2006" (not its middle, "dự kiến hoàn thiện vào giữa năm 2005", nor a
   year of a future word: "lũ sẽ ở mức cao nhất năm 2005" is this year's); the coming
   start of a year after the text's coming months, "tháng 12 tới ... sẽ triển
   khai đầu năm 2006", votes for the year before it; a coming month or day written with
   its year, "đến hết tháng 2/2006", "phải hoàn thành vào tháng 9/2006", votes
   for the year before when every month the text writes without a year comes
   later in the calendar: "tháng 11" before the end of February 2006 is
   November 2005, and so when a day the text speaks of as past lies in a
   later month than it, whatever earlier months the text also writes ("vừa
   khởi công ngày 3/12" beside "đến ngày 30/4/2006 sẽ hoàn thành"); "tới"
   after a date makes it coming too, "ngày 13-1-2005 tới"; the edition year
   of an event the text speaks of as coming votes as a year written once,
   "Liên hoan du lịch 2005 sẽ khai mạc" (the next year's in a text whose
   months without a year all lie at the year's end);
   a past month or day with its year, "vi phạm vào tháng 7/2005", votes for
   the year after when every month the text writes without a year comes
   earlier in the calendar, unless it ends a period ("tính đến tháng 7/2005")
   or its sentence speaks of the future (the start of one, "Từ tháng 6/2003,
   ...", is before the days written after it); a period reaching the time of
   writing, "từ tháng 5/1998 đến nay", only bounds it and does not vote; a
   closed period whose end's year is inferred, "Từ 27/10/2003 đến 10/3", votes
   as its end; a date listed after a coming one, "sẽ khai giảng vào tháng
   1/2006 (...); tháng 8/2006", is coming; a birth or founding year, "sinh
   năm 1991", does not vote, nor does a full date or month after a goal,
   comparison or condition word, "mục tiêu hoàn thành từ ngày 31/12/2002",
   "so với tháng 3/2004", nor a dated event in brackets, "(6/1/1946)",
   "(1996, 1997, 1998)", nor the founding day of an anniversary, "dịp 60 năm ... (19.4.1946-
   19.4.2006)" (its anniversary in brackets votes as a year written once), nor a date closing a bracketed aside, "(Bình Phước
   40,6 độ C ... xảy ra ngày 29/3/1998)", nor a source's year, "(NXB Trẻ, 2003)", nor a date
   cited as an example, "Ví dụ, ngày 24/11/1971, tại Sìn Hồ ...", nor the day a
   document cited by its number was issued, "quyết định 130 ngày 20/6/1975"; a full date
   written in January or February after yearless days of November or December, "Ngày 31-12 ... Ngày 3-1-2006", puts them in the year
   before (the turn of the year), unless the text looks back to it ("Hồi
   tháng 2/2004"); a lunar year's Tết is the coming one in a text of November
   or December): the heaviest year, ties going to the most recent, unless a
   date with a month (not a coming one) names a later year: a report tells
   what happened up to the time it is written, so its most recent dated event
   is nearer that time than the year it dates most often ("ngày 26-5-2003 ...
   hoàn thành vào cuối tháng 1-2005 ... khánh thành vào 29-3" is 2005); only
   "năm 2006 này", "năm 2005 vừa qua" and lunar years outweigh it;
   ``reference_source = "text"``;
5. with no year stated where it votes: in a text that writes months without a
   year, the periods that only bound the writing time, "từ đầu tháng 4-2005 đến
   nay", "từ tháng 3 đến 12/2005", and a school year or a two-year season
   ("năm học 2005 - 2006" with "ngày 28-4" is 2006), none after a comparison
   word; else the edition
   year ending the name of an event the text reports on, "Mekong Festival
   2006", "cuộc thi Dynamic 2005" (no date itself; not a past or compared
   edition, "Tiếp nối Festival Huế 2004"); else the year of the earliest month a
   condition sets, still to come, "thu hồi đất nếu đầu tháng 10/2005 không triển
   khai";
   the most frequent, then the latest; ``reference_source = "text"``;
6. none: values needing the year are ``None``.

A day-month is placed in the reference year even when it falls after the
reference date: the text does not tell a past 31-12 from a future one.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..document import Document
from ..numbers import load_data
from ..spans import Span

_DATA: dict[str, Any] = json.loads((Path(__file__).resolve().parent.parent / "data" / "dates.json").read_text("utf-8"))
_CLASSIFIERS: list[str] = load_data()["classifiers"]  # figures.json's, parsed once for both recognizers

BARE_MIN_YEAR, BARE_MAX_YEAR = 1800, 2199  # without "năm": only plausible modern years
_TITLE_BYLINE_MAX = 100
_LINK_LINE_MAX = 120  # a related-article link: a headline and its date, a little longer than a byline


# --------------------------------------------------------------------------- grammar


def _words(items: Any) -> str:
    """An alternation of ``items`` (longest first, so "thứ bảy" beats "thứ"); spaces match any run."""
    escaped = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True)]
    return "(?:" + "|".join(escaped) + ")"


_W = r"(?<![\w])"  # start of a word
_E = r"(?![\w])"  # end of a word
# a number starts where no digit-with-separator precedes it (not the "2" of "1.2")
_NUM_START = r"(?<![\w])(?<!\d[.,/:-])"
# a number ends where no further digit group follows, nor a letter code (05-CT/TW, 15/2004/QH11)
_NUM_END = r"(?![\w])(?![.,/-]\d)(?![/-][^\W\d_])(?!\s*%)"
# a year run into the next line's first word, its line break lost in scraping ("ngày 25/09/2005Lịch thi"):
# a capital then a small letter, case-sensitive inside the case-insensitive grammar
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha() and len(c.lower()) == 1)
_LOWER = "".join(c.lower() for c in _UPPER)
_RUN_ON = rf"(?-i:(?=[{_UPPER}][{_LOWER}]))"
# two full dates joined by a dash without spaces, "(7/5/1954-7/5/2004)": each is a date
_BEFORE_FULL_DATE = r"(?=[-–]\d{1,2}[./]\d{1,2}[./][12]\d{3}(?!\d))"
_AFTER_FULL_DATE = r"(?<=\d[./][12]\d{3}[-–])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:[12]\d{3})"  # 1000-2999: with "năm" historical years are fine
_SP = r"\s+"


def _until_now(modifier: str) -> str:
    """After a period modifier (group ``modifier``), a relative word that is also a range's
    "until" ("tới") before "now" is that "until": "từ đầu năm tới nay" is from the year's start
    until now, not the start of next year ("kế hoạch năm tới nay đã xong" keeps next year)."""
    joins = [w for w in _DATA["relative_years"] if w in _DATA["range_joins"]]
    until = "|".join(f"(?<={re.escape(w)})" for w in joins)
    return rf"(?({modifier})(?!(?:{until})\s+{_words(_DATA['now_words'])}(?![\w]))|)"


_REL_YEAR = _words(_DATA["relative_years"])
_MONTH_WORD = _words(_DATA["month_words"])
_MONTH_NAMES = frozenset(_DATA["month_names"])  # "giêng", "chạp": months whatever their case
_MONTH_NAME_RE = re.compile(rf"{_W}tháng\s+{_words(_DATA['month_names'])}{_E}", re.IGNORECASE)
_MOD = _words(_DATA["period_modifiers"])
PARTS_OF_DAY: tuple[str, ...] = tuple(_DATA["parts_of_day"])  # "sáng", "chiều tối" ... (also read by the figures)
_POD = _words(PARTS_OF_DAY)
_WEEKDAY = _words(_DATA["weekdays"])
_CLOCK = r"(?:\d{1,2}\s*(?:giờ|[gh])(?:\s*\d{2}(?:\s*phút|')?)?|\d{1,2}:\d{2})"
# the words that may open a day expression: "18g chiều", "sáng thứ hai,", "ngày", "hôm"
# (repeated, in any order, so "sáng thứ hai ngày 12/4" is one lead)
_LEAD = rf"(?P<{{f}}_lead>(?:(?:{_CLOCK}|{_POD}|{_WEEKDAY}|{_words(_DATA['day_leads'])}){_E}[\s,(]*(?:\.\.\.|…)?\s*)+)?"
# a year after a date: "/2018", "-2004", " năm 2018", " năm nay"
# (a comma before a written year only: in "ngày 28/12, năm qua ngành đã ..." "năm qua" opens the next clause)
_YEAR_TAIL = rf"(?:(?:\s*[/-]\s*|\.)(?P<{{f}}_year>{_YEAR})|,?{_SP}năm{_SP}(?P<{{f}}_year2>{_YEAR})|{_SP}năm{_SP}(?P<{{f}}_rel>{_REL_YEAR}){_E})"
# the year of a period said after "năm" or its side, in digits or relative: "(6 tháng đầu năm) 2005", "(nửa đầu) năm nay"
_SAID_YEAR = rf"(?:(?P<{{f}}_year>{_YEAR})|(?P<{{f}}_rel>{_REL_YEAR})){_E}"


def _form(name: str, pattern: str) -> str:
    """One named alternative; ``{f}`` in the pattern becomes the form's name (group names must be unique)."""
    return f"(?P<{name}>{pattern.replace('{f}', name)})"


# The alternatives in the order they are tried at one position. The reasons:
# - counted periods ("6 tháng đầu năm") start with a number, before the day forms
#   would read "6 tháng" as nothing and the month form would take "tháng đầu";
# - school years before year ranges and years ("năm học mới 2005-2006" is one school year,
#   "năm học" no calendar year);
# - year ranges before single years ("năm 2005-2006" is one interval), and decades ("những năm
#   1990" is ten years, which the year form would reject);
# - dotted/slashed full dates before day-months (the year is part of the date);
# - "D tháng M năm Y" before "tháng M" (the day belongs to it);
# - quarters and months before years ("quý I năm 2018": the year is its tail);
# - anaphoric years before years ("năm đó": the year form would take "năm" and reject it);
# - relative days last: they are words that other forms never start with.
_FORMS: list[tuple[str, str]] = [
    ("nmonths", rf"{_W}(?P<nmonths_n>\d{{1,2}}|{_words(_DATA['count_words'])}){_SP}tháng{_SP}"
                rf"(?P<nmonths_side>{_words(_DATA['months_of_year_sides'])}){_SP}năm"
                rf"(?:{_SP}{_SAID_YEAR})?"),
    ("ndays", rf"{_W}(?P<ndays_n>\d{{1,2}}|{_words(_DATA['count_words'])}){_SP}ngày{_SP}đầu{_SP}tháng{_SP}"
              rf"(?:(?P<ndays_m>{_MONTH})|(?P<ndays_mw>{_MONTH_WORD}))(?:{_YEAR_TAIL})?{_NUM_END}"),
    # "5 ngày đầu năm mới", "Bốn ngày đầu năm": the first (last) days of a year
    ("ydays", rf"{_W}(?P<ydays_n>\d{{1,2}}|{_words(_DATA['count_words'])}){_SP}ngày{_SP}"
              rf"(?P<ydays_side>{_words(_DATA['months_of_year_sides'])}){_SP}năm"
              rf"(?:{_SP}{_SAID_YEAR})?"),
    # "ngày cuối cùng của năm 2004", "ngày đầu tiên của năm mới": one day, with its year said
    ("yday", rf"{_W}ngày{_SP}(?P<yday_side>{_words(_DATA['year_day_sides'])}){_SP}(?:của{_SP})?năm{_SP}"
             rf"{_SAID_YEAR}"),
    ("half", rf"{_W}(?P<half_side>{_words(_DATA['half_year'])})(?:{_SP}{_SAID_YEAR})?"),
    ("school", rf"{_W}(?P<school_lead>{_words(_DATA['school_year_leads'])})(?:{_SP}(?P<school_rel>{_words(_DATA['relative_school_years'])}){_E})?"
               rf"(?:{_SP}(?P<school_a>{_YEAR})(?:\s*[-–/]\s*(?P<school_b>{_YEAR}))?{_NUM_END})?"),
    ("century", rf"{_W}thế{_SP}k[ỷỉ]{_SP}(?P<century_n>\d{{1,2}}|(?-i:X{{0,2}}(?:IX|IV|V?I{{0,3}}))){_NUM_END}(?![^\W\d_])"),
    ("decade", rf"{_W}(?:(?P<decade_mod>{_MOD}){_SP})?(?:thập{_SP}(?:kỷ|kỉ|niên)|những{_SP}năm){_SP}"
               rf"(?P<decade_y>(?:1[89]|20)?[1-9]0|(?:1[89]|20)00)(?:\s*[-–]\s*(?P<decade_y2>[1-9]0)(?!\d)"
               rf"|(?:\s*,\s*|{_SP}và{_SP})(?P<decade_y3>(?:1[89]|20)?[1-9]0|(?:1[89]|20)00)(?!\d))?{_NUM_END}"
               rf"(?:{_SP}(?:của{_SP})?thế{_SP}k[ỷỉ]{_SP}(?:trước|XX|20){_E})?"),  # "những năm 60 của thế kỷ trước"
    ("yrange", rf"{_W}(?P<yrange_lead>{_words(_DATA['year_period_leads'])}|những(?={_SP}năm{_E}))(?:{_SP}(?P<yrange_year>năm))?"
               rf"{_SP}(?P<yrange_a>{_YEAR})\s*[-–]\s*(?P<yrange_b>{_YEAR}){_NUM_END}"),
    # a span of years alone in brackets after what it dates: "hệ chính quy (1998-2001)"
    ("pyrange", rf"(?<=\()\s*(?P<pyrange_a>{_YEAR})\s*[-–]\s*(?P<pyrange_b>{_YEAR})(?=\s*\))"),
    ("dmy", _LEAD + rf"(?:{_NUM_START}|{_AFTER_FULL_DATE})(?P<dmy_d>{_DAY})(?P<dmy_s>[./-])(?:(?<=[-/]) )?(?P<dmy_m>{_MONTH})"
            rf"(?:(?P=dmy_s)(?:(?<=[-/]) (?=\d{{4}}))?|(?<=- \d) - |(?<=- \d\d) - )(?P<dmy_y>{_YEAR})(?:{_NUM_END}|{_RUN_ON}|{_BEFORE_FULL_DATE})"),  # "30- 4 - 2005"
    ("dmrange", _LEAD + rf"{_NUM_START}(?P<dmrange_d>{_DAY})(?P<dmrange_s>[./])(?P<dmrange_m>{_MONTH})\s*[-–]\s*"
                rf"(?P<dmrange_d2>{_DAY})(?P=dmrange_s)(?P<dmrange_m2>{_MONTH})(?:(?P=dmrange_s)(?P<dmrange_year>{_YEAR}))?{_NUM_END}"),
    ("drange", _LEAD + rf"{_NUM_START}(?P<drange_a>{_DAY})(?:\s*,\s*{_DAY})*(?:\s*[-–]\s*|{_SP}{_words(_DATA['day_list_joins'])}{_SP})"
               rf"(?P<drange_b>{_DAY})(?P<drange_s>[./-])(?P<drange_m>{_MONTH})(?:(?P=drange_s)(?P<drange_year>{_YEAR}))?{_NUM_END}"
               rf"(?:,?{_SP}năm{_SP}(?P<drange_year2>{_YEAR}){_E}|{_SP}năm{_SP}(?P<drange_rel>{_REL_YEAR}){_E})?"),
    ("dmw", _LEAD + rf"{_NUM_START}(?P<dmw_d>{_DAY}|{_words(_DATA['day_words'])}){_SP}tháng{_SP}(?:(?P<dmw_m>{_MONTH})|(?P<dmw_mw>{_MONTH_WORD}))(?:{_YEAR_TAIL})?{_NUM_END}"),
    ("dm", _LEAD + rf"{_NUM_START}(?P<dm_d>{_DAY})(?P<dm_s>[./-])(?:(?<=-) )?(?P<dm_m>{_MONTH}){_NUM_END}(?:,?{_SP}năm{_SP}(?P<dm_year>{_YEAR}){_E}|{_SP}năm{_SP}(?P<dm_rel>{_REL_YEAR}){_E})?"),
    ("quarter", rf"{_W}(?:(?P<quarter_mod>{_MOD}){_SP})?qu[ýí]{_SP}(?P<quarter_q>{_words(_DATA['quarter_numerals'])})(?:{_YEAR_TAIL})?{_NUM_END}"),
    ("month", rf"{_W}(?:(?P<month_mod>{_MOD}){_SP})?tháng{_SP}"
              rf"(?P<month_list>{_MONTH}(?:\s*(?:,|và)\s*{_MONTH}|[-–]{_MONTH})*"
              rf"|{_MONTH_WORD}(?:\s*(?:,|và)\s*{_MONTH_WORD})*{_E})"
              rf"(?:{_YEAR_TAIL})?{_NUM_END}"),
    ("relmonth", rf"{_W}(?:(?:(?P<relmonth_mod>{_MOD}){_SP})?tháng{_SP}(?P<relmonth_w>{_words(_DATA['relative_months'])}){_until_now('relmonth_mod')}{_E}"
                 rf"|(?P<relmonth_mod2>{_MOD}){_SP}tháng{_E}(?![^\S\r\n]*(?:\d|{_MONTH_WORD})))"),  # "từ đầu tháng": this month's start
    ("edition", rf"{_W}{_words(_DATA['edition_words'])}{_SP}\d{{1,3}}\s*/\s*(?P<edition_y>{_YEAR}){_NUM_END}"),
    ("anaday", rf"{_W}(?:(?P<anaday_pod>{_POD}){_SP})?(?:ngày{_SP}(?=hôm{_E}))?(?P<anaday_w>{_words(_DATA['anaphoric_days'])}){_E}"),
    ("anaphor", rf"{_W}(?P<anaphor_w>{_words(_DATA['anaphoric_years'])}){_E}"),
    # (glued to the word before it or after it, as scraped texts drop a space, when it writes its
    # year: "điển hìnhnăm 2005", "Liên hoan năm 2003đã thu hút")
    ("year", rf"(?:{_W}|(?<=[^\W\d_])(?=năm{_SP}{_YEAR}(?!\d)))"
             rf"(?:(?P<year_same>{_words(_DATA['same_period'])}){_SP})?(?:(?P<year_mod>{_MOD}){_SP})?năm"
             rf"(?:{_SP}(?:(?:{_words(_DATA['year_epithets'])}{_SP})?(?P<year_y>{_YEAR})(?:{_NUM_END}|(?=[^\W\d_]{{2}}))|(?P<year_rel>{_REL_YEAR}){_until_now('year_mod')}{_E}))?"),
    # a month and its year without "tháng": "3.2002 chính thức nghỉ hưu", "gần 8 tháng (10/2004)"
    ("bmonth", rf"{_NUM_START}(?P<bmonth_m>{_MONTH})(?P<bmonth_s>[./])(?P<bmonth_y>{_YEAR}){_NUM_END}"),
    # a span of years without a lead word, where a bare year would be one: "kế hoạch 2006-2010"
    ("bare_yrange", rf"{_NUM_START}(?P<bare_yrange_a>{_YEAR})[^\S\r\n]*[-–][^\S\r\n]*(?P<bare_yrange_b>{_YEAR}){_NUM_END}"),
    ("bare_year", rf"{_NUM_START}(?P<bare_year_y>{_YEAR}){_NUM_END}"),
    ("relday", rf"{_W}(?:(?:(?P<relday_wpod>{_POD}){_SP})?(?:ngày{_SP}(?=hôm{_E}))?(?P<relday_w>{_words(_DATA['relative_days'])})|(?P<relday_pod>{_POD}){_SP}(?P<relday_suffix>{_words(_DATA['relative_day_suffixes'])})){_E}"),
]
DATE_RE = re.compile("|".join(_form(n, p) for n, p in _FORMS), re.IGNORECASE)

_DIGIT = "#"  # the opener of forms that start with a number
# The words each form can start with (data keys or literal words): the grammar
# tried at a word holds only the forms that word can open, which makes one try
# several times cheaper than the whole alternation.
_OPENERS: dict[str, tuple[str, ...]] = {
    "nmonths": (_DIGIT, "count_words"),
    "half": ("half_year",),
    "ndays": (_DIGIT, "count_words"),
    "ydays": (_DIGIT, "count_words"),
    "yday": ("ngày",),
    "dmrange": (_DIGIT, "day_leads", "parts_of_day", "weekdays"),
    "school": ("school_year_leads",),
    "century": ("thế",),
    "yrange": ("year_period_leads", "những"),
    "pyrange": (_DIGIT,),
    "decade": ("period_modifiers", "thập", "những"),
    "dmy": (_DIGIT, "day_leads", "parts_of_day", "weekdays"),
    "dmw": (_DIGIT, "day_leads", "parts_of_day", "weekdays", "day_words"),
    "dm": (_DIGIT, "day_leads", "parts_of_day", "weekdays"),
    "drange": (_DIGIT, "day_leads", "parts_of_day", "weekdays"),
    "edition": ("edition_words",),
    "anaday": ("anaphoric_days", "parts_of_day", "ngày"),
    "quarter": ("period_modifiers", "quý", "quí"),  # "quí I/2006": the older spelling
    "month": ("period_modifiers", "tháng"),
    "relmonth": ("period_modifiers", "tháng"),
    "anaphor": ("anaphoric_years",),
    "year": ("same_period", "period_modifiers", "năm"),
    "bmonth": (_DIGIT,),
    "bare_yrange": (_DIGIT,),
    "bare_year": (_DIGIT,),
    "relday": ("relative_days", "parts_of_day"),
}


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _decade_start(written: str, first: str | None = None) -> int:
    """The first year of a decade as written: "1990" -> 1990, "90" -> 1990, and a two-digit decade
    listed after another in that one's century ("những năm 2000 và 10" -> 2010)."""
    y = int(written)
    if y >= 100:
        return y
    century = _decade_start(first) // 100 * 100 if first is not None else 1900
    return century + y


def _century(numeral: str) -> int:
    """A century's number from digits or a Roman numeral: "15", "XV" -> 15."""
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _opener_words(form: str) -> set[str]:
    """The lowercased first words of ``form`` (``#`` for a number)."""
    words: set[str] = set()
    for item in _OPENERS[form]:
        entries = _DATA[item] if item in _DATA else [item]
        words.update(w.split()[0].lower() for w in entries)
    return words


def _grammars() -> dict[str, re.Pattern[str]]:
    """First word -> the grammar of the forms it can open (forms kept in :data:`_FORMS` order)."""
    by_word: dict[str, list[str]] = {}
    for name, _ in _FORMS:
        for word in _opener_words(name):
            by_word.setdefault(word, []).append(name)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    patterns = dict(_FORMS)
    out: dict[str, re.Pattern[str]] = {}
    for word, names in by_word.items():
        key = tuple(names)
        if key not in compiled:
            compiled[key] = re.compile("|".join(_form(n, patterns[n]) for n in names), re.IGNORECASE)
        out[word] = compiled[key]
    return out


_GRAMMARS = _grammars()
# where a grammar may start: a number or an opener word, at a word start (matched on lowercased text)
_ANCHOR_RE = re.compile(r"(?<![\w])(?:\d|" + _words(w for w in _GRAMMARS if w != _DIGIT) + r"(?![\w]))"
                        rf"|(?<=[^\W\d_])năm(?={_SP}{_YEAR}(?!\d))")  # "điển hìnhnăm 2005": a dropped space

_BEFORE_DOC = re.compile(rf"{_W}{_words(_DATA['document_markers'])}\s*[:.]?\s*$", re.IGNORECASE)
_BEFORE_EDITION = re.compile(rf"{_W}{_words(_DATA['edition_words'])}\s*$", re.IGNORECASE)
_OCCASION_BEFORE = re.compile(rf"{_W}{_words(_DATA['occasion_words'] + _DATA['holiday_names'])}\s*$", re.IGNORECASE)
# a quantifier or a number before (not the minutes of a clock time: "3h30 cùng ngày")
# (on the same line: a title ending in a number, "... bão số 6", counts nothing on the next)
_BEFORE_QUANT = re.compile(rf"(?:{_W}{_words(_DATA['quantifiers_before'])}|(?<![hHgG:\d])\d+)[^\S\r\n]*\Z", re.IGNORECASE)
_QUANTITY_WORDS_AFTER = rf"(?:{_words(_DATA['quantity_words_after'])})(?![\w])"
_AFTER_QUANT = re.compile(rf"\s*{_QUANTITY_WORDS_AFTER}", re.IGNORECASE)
_CLASSIFIER_AFTER = re.compile(rf"[^\S\r\n]+{_words(_CLASSIFIERS + _DATA['range_classifiers'])}{_E}")
_SHARE_AFTER = re.compile(rf"[^\S\r\n]+{_words(_DATA['share_nouns'])}{_E}", re.IGNORECASE)
_RANGE_COUNTER_AFTER = re.compile(rf"\s*{_words(_DATA['range_counters'])}{_E}", re.IGNORECASE)
# on the same line: a year range ending a table cell is no count of the next line's first word
_AFTER_QUANT_ON_LINE = re.compile(rf"[ \t\xa0]*{_QUANTITY_WORDS_AFTER}", re.IGNORECASE)
_BEFORE_DECADE = re.compile(rf"(?<![\w])(?:{_words([*_DATA['plural_markers'], 'thập niên'])})\s*$", re.IGNORECASE)
_AFTER_YEAR_NOUN = re.compile(rf"\s+{_words(_DATA['year_noun_continuations'])}{_E}", re.IGNORECASE)
# "trong năm 2005", "trong năm nay", "trong năm học": another expression, not "in that year"
_AFTER_ANAPHOR_BLOCK = re.compile(
    rf"\s+(?:\d|{_words([*_DATA['relative_years'], *_DATA['year_noun_continuations'], *_DATA['anaphoric_year_blockers']])}{_E})",
    re.IGNORECASE)
# (glued to a number before it, a typo: "Từ 21đến 24/1")
_BEFORE_BARE_PREP = re.compile(rf"(?<![^\W\d]){_words(_DATA['bare_date_preps'] + _DATA['holiday_names'])}\s*$", re.IGNORECASE)
# a word right before "cuối năm" that is no head of a time phrase (see data: part_of_year_heads)
_DESCRIBED_BEFORE = re.compile(rf"(?<![\w])(?!(?:{_words(_DATA['part_of_year_heads'])})\s*$)[a-zà-ỹđ]+[^\S\r\n]+$")
_AMOUNT_BEFORE = re.compile(rf"{_W}{_words(_DATA['amount_verbs'])}\s+(?:tới|đến){_E}\s*$", re.IGNORECASE)
# the same with an approximating word between: "vào khoảng 15-25/5" (but "từ khoảng 1/3" is a fraction)
_BEFORE_BARE_PREP_ABOUT = re.compile(rf"{_W}(?P<prep>{_words(_DATA['bare_date_preps'])})\s+{_words(_DATA['bare_date_approximators'])}\s*$",
                                     re.IGNORECASE)
# a word restating what was said, maybe with an approximating word: "tức khoảng 1-2/7"
_BEFORE_RESTATED = re.compile(rf"{_W}{_words(_DATA['bare_date_restatements'])}"
                              rf"(?:\s+{_words(_DATA['bare_date_approximators'])})?\s*$", re.IGNORECASE)
_RANGE_WORDS = frozenset(w.lower() for w in _DATA["range_starts"] + _DATA["range_joins"])  # "từ", "đến", "tới" ...
_LUNAR_AFTER = re.compile(r"[^.,;:()\r\n]{0,25}?âm lịch", re.IGNORECASE)  # "tức 20/4 đến 27/4 âm lịch"
_LUNAR_RIGHT = re.compile(r"[^\S\r\n]*âm lịch(?![\w])", re.IGNORECASE)  # "ngày 15/8 âm lịch"
# the tail a yearless month's span keeps, "tháng 7 tới", unless a range or a time goes on: "tháng 3 tới tháng 5",
# "tháng 3 tới nay"
_MONTH_TAIL = re.compile(rf"[^\S\r\n]+{_words(_DATA['month_tails'])}{_E}(?![^\S\r\n]*(?:\d|tháng|ngày|nay|đây))",
                         re.IGNORECASE)
_SINGLE_DAY_KINDS = frozenset(("dmy", "dmw", "dm"))  # one day written with its month
_DAY_KINDS = _SINGLE_DAY_KINDS | {"drange", "dmrange"}
_AFTER_BARE = re.compile(rf"\s+{_words(_DATA['bare_date_after'])}{_E}", re.IGNORECASE)
# between a relative day and the date that names it: spaces, commas or an opening bracket, on one line
_APPOSITION_GAP = re.compile(r"(?:[^\S\r\n]|[,(])+")
# another day-month after a written date: it is one of a list ("5/4 và 6/4"; not "5/4, 3 người")
_LISTED_AFTER = re.compile(r"[^\S\r\n]*(?:,|và|hoặc)[^\S\r\n]*\d{1,2}[/.-]\d{1,2}(?!\d)")
_BEFORE_BARE_APPOSITION = re.compile(rf"{_W}{_words(_DATA['bare_date_appositions'])}(?:{_APPOSITION_GAP.pattern})$", re.IGNORECASE)
_BEFORE_COUNT = re.compile(rf"{_W}{_words(_DATA['count_words'])}\s*$", re.IGNORECASE)
# a lowercase word after a range of months that is no word of time or of the predicate: the
# range counts that noun ("tháng 2-3 vụ cháy", "tháng 1-2 đợt")
_NOUN_AFTER_RANGE = re.compile(
    r"\s+(?!(?:tới|này|qua|vừa|năm|và|hoặc|là|đã|sẽ|mới|thì|rồi|trước|sau|đến|có|không|vẫn|đều|cũng)(?![^\W\d_]))"
    r"[a-zà-ỹđ]")
# between the months of a list or a range ("tháng 5, 6 và 7", "tháng 3-4")
_MONTH_LIST_SEP = re.compile(r"\s*(?:,|và|[-–])\s*")
_BEFORE_YEAR_CONTEXT = re.compile(rf"{_W}{_words(_DATA['year_context_nouns'])}\s*$", re.IGNORECASE)
# a season named by one or two words: "mùa lũ 2004", "mùa lễ hội 2005" (the words checked lowercase
# and no deictic, "mùa này 2005 chúng tôi làm"; a counted noun after the year makes it a count,
# "Mùa lũ 2000 ngôi nhà bị cuốn trôi", as after any context noun)
# "cùng kỳ", "cùng thời điểm" opening a year: left out of its span ("cùng kỳ năm ngoái" -> "năm ngoái")
_SAME_PERIOD = re.compile(rf"{_words(_DATA['same_period'])}{_SP}", re.IGNORECASE)
_SAME_PERIOD_BEFORE = re.compile(rf"{_W}{_words(_DATA['same_period'])}{_SP}$", re.IGNORECASE)  # "cùng kỳ 2004"
_BEFORE_SEASON = re.compile(rf"{_W}(?:{_words(_DATA['season_heads'])}(?P<name>(?:[^\S\r\n]+[^\W\d_]+){{1,2}})"
                            rf"|(?P<season>{_words(_DATA['seasons'])}))[^\S\r\n]+$", re.IGNORECASE)
_SEASONS = frozenset(_DATA["seasons"])
_SEASON_NAME_STOPS = frozenset(_DATA["season_name_stops"])
# a context noun and the levels of schooling it is for: "kỳ thi tuyển sinh ĐH, CĐ 2006"
_LEVELS = _words(_DATA["school_levels"])
_BEFORE_LEVELLED_CONTEXT = re.compile(
    rf"{_W}{_words(_DATA['year_context_nouns'])}\s+{_LEVELS}(?:\s*[,/&-]\s*{_LEVELS}|\s+và\s+{_LEVELS})*\s*$", re.IGNORECASE)
# what may follow such a year: the end of the clause or a word of the predicate, no counted noun
# ("chỉ tiêu tuyển sinh đại học 2000 sinh viên" is a count)
_AFTER_LEVELLED_YEAR = re.compile(r"\s*(?:[.,;:!?)\"”]|$|(?:hay|và|sẽ|đã|là|có|được|không|vừa|đang|tăng|giảm|diễn ra|bắt đầu|kết thúc|dự kiến)(?![^\W\d_]))")
_BEFORE_ORDINAL = re.compile(rf"{_W}{_words(_DATA['ordinal_contexts'])}\s*$", re.IGNORECASE)
_BEFORE_MONTH_NAME = re.compile(rf"{_W}{_words(_DATA['month_name_leads'])}\s+$", re.IGNORECASE)
# the year after an event named by its month, "Cách mạng Tháng Tám 1945" (a sentence's case: a
# street writes "Cách Mạng Tháng Tám", and its number is a house's or a count's)
_BEFORE_NAMED_MONTH = re.compile(
    _W + "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in _DATA["month_name_leads"])
    + r")\s+[Tt]háng\s+[^\W_]+[^\S\r\n]+$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w])([A-ZĐÀ-Ỹ]\w*)\s+$")
_COUNT_WORDS = {w.lower() for w in _DATA["count_words"]}
# "ngày 25/9 và", "dịp 30-4 và": a day after a word that makes it a date, then a list joiner
_DAY_LIST_BEFORE = re.compile(
    rf"{_W}(?:{_words(_DATA['day_leads'] + _DATA['bare_date_preps'])}|{_POD})\s+{_DAY}[./-]{_MONTH}(?:[./-]{_YEAR})?"
    rf"(?P<join>\s+(?:và|hoặc)|[^\S\r\n]*,)\s*$", re.IGNORECASE)  # after ",": no fraction ("Ngày 12/5, 2/3 đại biểu")
# lists of years: "năm 2003, 2004 và 2005" (closed by a conjunction, not by a comma alone: "Năm 2004,
# 2100 cán bộ") and a bracket of years alone, "(1996, 1997, 1998)"
_YEAR_LISTS = re.compile(
    rf"{_W}năm\s+{_YEAR}(?:\s*,\s*{_YEAR})*\s*,?\s+(?:và|hoặc|hay)\s+{_YEAR}{_NUM_END}"
    rf"|\(\s*{_YEAR}(?:\s*(?:[,;]|và)\s*{_YEAR})+\s*\)", re.IGNORECASE)
_YEAR_LIST_REACH = 120  # characters around a year searched for the list it belongs to
# years listed with commas alone, which must then run one after another ("năm 2003, 2004")
_COMMA_YEARS = re.compile(rf"{_W}năm\s+{_YEAR}(?:\s*,\s*{_YEAR})+{_NUM_END}", re.IGNORECASE)


def _in_bracket(m: re.Match[str] | None) -> bool:
    """Whether a list of years (:func:`_year_list`) is a bracket of years alone."""
    return m is not None and m.group().startswith("(")


def _year_list(start: int, end: int, text: str) -> re.Match[str] | None:
    """The list of years the year at ``start:end`` is an item of, if it is one."""
    for m in _YEAR_LISTS.finditer(text, max(0, start - _YEAR_LIST_REACH), end + _YEAR_LIST_REACH):
        if m.start() <= start and end <= m.end():
            return None if _AFTER_QUANT.match(text, m.end()) else m  # "Năm 2005, 1850 và 1920 hộ": counts
    for m in _COMMA_YEARS.finditer(text, max(0, start - _YEAR_LIST_REACH), end + _YEAR_LIST_REACH):
        years = [int(y) for y in re.findall(r"\d{4}", m.group())]
        if (m.start() <= start and end <= m.end() and all(b == a + 1 for a, b in zip(years, years[1:]))
                and not _AFTER_QUANT.match(text, m.end())):
            return m  # "trong năm 2003, 2004 cho thấy": running years (not "Năm 2004, 2100 cán bộ")
    return None


_OPEN_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BEFORE_COUNTED = re.compile(rf"(?<![\d.,])(?<!\d\s){_W}{_words(_DATA['count_syllables_before'])}\s+$", re.IGNORECASE)
_BEFORE_DAY_OR_MONTH_NAME = re.compile(r"(?<![\w])(?:thứ|tháng)\s+$", re.IGNORECASE)
_CLAUSE_INITIAL_ANAPHOR = re.compile(_words(_DATA["clause_initial_anaphoric_years"]), re.IGNORECASE)
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.,;:!?()\r\n\"“”-])\s*$")
# a bare year as a clause's subject: "Ngoài ra, 2004 cũng là năm ...", "trong khi 2003 chỉ có 17,1%",
# "thì 2005 bão hoạt động", unless a predicate of a count whose noun is unsaid follows ("Trong đó, 1900
# là nữ"; not "2004 là năm đầu tiên", "2002 là 15,8%")
_CLAUSE_OPENER_BEFORE = re.compile(r"(?:^|[.,;:!?|\r\n]|(?<![\w])(?:khi|thì))\s*$", re.IGNORECASE)
_LINE_END_AFTER = re.compile(r"[^\S\r\n]*(?:[\r\n]|$)")  # a number alone at its line's end: a count, an extension
_COUNT_SUBJECT_AFTER = re.compile(
    rf"\s+{_words(_DATA['count_subject_predicates'])}{_E}(?!\s+(?:năm{_E}|\d))", re.IGNORECASE)
_DECADE_LISTED_AFTER = re.compile(r"\s*(?:,|và|hoặc|đến|tới|-|–)\s*\d", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
_OF_AFTER = re.compile(rf"\s+của{_E}", re.IGNORECASE)  # "kế hoạch 2006-2010 của tỉnh"
_PERIOD_SUBJECT_AFTER = re.compile(rf"[^\S\r\n]+{_words(_DATA['period_subjects_after'])}{_E}", re.IGNORECASE)
# a law named with "năm" and its year, "Luật thương mại năm 1997": the year is part of the name
# (capitalized, as a law's name is: not "pháp luật", "luật sư", "ĐH Luật"; "Luật Giáo dục 2005"
# without "năm" is no date anyway, a bare year needing a date context)
_LAW_NAME_BEFORE = re.compile(
    rf"(?<![\w])(?<!(?i:ĐH) )(?<!(?i:khoa) )(?<!(?i:trường) )(?<!(?i:đại học) )"
    rf"{_words(name[0].upper() + name[1:] for name in _DATA['law_names'])}(?!\s+sư{_E})"
    rf"(?:[^\S\r\n]+[^\s(),.;:]+){{0,4}}[^\S\r\n]+$")
_LEGAL_NAME_BEFORE = re.compile(rf"{_W}{_words(_DATA['legal_document_names'])}(?:[^\S\r\n]+[^\s()]+){{0,4}}\s*\(\s*$",
                                re.IGNORECASE)
_CLOSE_BRACKET_AFTER = re.compile(r"\s*\)")
# the rest of a line holds nothing visible
_LINE_END_AFTER = re.compile(r"[^\S\r\n]*(?:\r|\n|$)")
# a line holding only a year or a slashed month of a year: a table's cell ("Thời điểm hoàn thành"
# over "2005", "11/2006")
_CELL_TIME = r"(?:(?:0?[1-9]|1[0-2])/)?(?:18|19|20|21)\d\d"
_YEAR_CELL = re.compile(rf"(?:^|(?<=[\r\n]))[^\S\r\n]*{_CELL_TIME}[^\S\r\n]*(?=[\r\n]|$)")
_CELL_TIME_RE = re.compile(_CELL_TIME)
_CITED_YEAR_BEFORE = re.compile(rf"\([^()\r\n]{{1,60}},\s*$|\(\s*{_words(_DATA['publisher_words'])}{_E}[^()\r\n]{{0,60}}\s$",
                                re.IGNORECASE)


def _subject_year(start: int, end: int, text: str) -> bool:
    """A bare year opening a clause as its subject ("Ngoài ra, 2004 cũng là năm ...", "; 1947 bắt đầu
    hoạt động", "thì 2005 bão hoạt động dồn dập nhất"): not a count whose noun is left unsaid
    ("Trong đó, 1900 là nữ"), nor the first of a list of counts ("1850 và 1920 hộ"), nor a number
    alone at its line's end, nor a year still to come ("Năm 2004, 2100 cán bộ về hưu" counts)."""
    after = text[end:end + 30]
    return (_CLAUSE_OPENER_BEFORE.search(text, max(0, start - 30), start) is not None
            and text[start:end].isdigit() and int(text[start:end]) <= _dt.date.today().year
            and not _COUNT_SUBJECT_AFTER.match(after) and not _LINE_END_AFTER.match(after)
            and not _DECADE_LISTED_AFTER.match(after) and _year_list(start, end, text) is None)


def _cited_year(start: int, end: int, text: str) -> re.Match[str] | None:
    """A year closing a bracket after a comma or a publisher: the year of a cited source ("(NXB Trẻ,
    2003)", "(NXB ĐH Quốc gia TP HCM 2004)")."""
    if not _CLOSE_BRACKET_AFTER.match(text, end):
        return None
    return _CITED_YEAR_BEFORE.search(text, max(0, start - 70), start)


_RANGE_START = re.compile(rf"{_W}{_words(_DATA['range_starts'])}\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(rf"\s*{_words(_DATA['range_joins'])}\s*", re.IGNORECASE)
_PLURAL_BEFORE = re.compile(rf"{_W}(?:{_words(_DATA['plural_markers'])})\s+$", re.IGNORECASE)
# two months a dash joins ("tháng 5-10", "tháng 3-4/2005"), not a list that ends on a year ("tháng 5, 6 và 7-2005")
_MONTH_DASH_RANGE = re.compile(r"tháng\s+\d{1,2}\s*[-–]\s*\d{1,2}(?!\d)", re.IGNORECASE)
# "từ ngày 15 đến hết ngày 31.12", "Từ tối 29 đến sáng 30-3": a day alone opening a range takes the end's month
_DAY_RANGE_START = re.compile(
    rf"{_W}(?:{_words(_DATA['range_starts'])})\s+(?:(?:{_words(_DATA['day_leads'])}|{_POD})\s+)?"
    rf"(?P<day>\d{{1,2}})(?:{_RANGE_JOIN.pattern})$",
    re.IGNORECASE,
)
# "từ tháng 3 đến 12/2005": a month and year closing a range that opened with a month, without "tháng"
_MONTH_RANGE_END = re.compile(rf"(?:{_RANGE_JOIN.pattern})(?P<month>{_MONTH})\s*[/-]\s*(?P<year>{_YEAR}){_NUM_END}", re.IGNORECASE)
# "Từ tháng 6 đến 9, ...": a bare month number closing a range of months, before punctuation
_MONTH_RANGE_BARE_END = re.compile(rf"(?:{_RANGE_JOIN.pattern})(?P<month>{_MONTH})(?=\s*[,.;:)](?!\d)|\s*$)",
                                   re.IGNORECASE)
# "vào tháng 5 đến tháng 10": joined by "đến" alone on one line, without "từ" (see _unmarked_range)
_WORD_JOINS = _words(w for w in _DATA["range_joins"] if w[0].isalpha())  # "đến", "cho tới hết" ...: no dash
_WORD_JOIN = re.compile(rf"[^\S\r\n]*{_WORD_JOINS}[^\S\r\n]*")
_RANGE_BREAKER_AFTER = re.compile(rf"[^\S\r\n]*{_words(_DATA['unmarked_range_breakers_after'])}{_E}", re.IGNORECASE)
_MOVING_BEFORE = re.compile(rf"{_W}{_words(_DATA['moving_verbs'])}{_E}[^.;:!?\r\n]*$", re.IGNORECASE)
_CALENDAR_KINDS = frozenset(("dmy", "dmw", "dm", "month"))
# a word opening a period before its first month: "vào tháng 5 đến tháng 10", "trong tháng 3 đến tháng 6"
# or a label's colon: "Có 2 học kỳ: Tháng Hai đến Tháng Sáu"
_PERIOD_OPENER_BEFORE = re.compile(rf"(?:{_W}{_words(_DATA['period_openers'])}[^\S\r\n]+|:[^\S\r\n]*)$", re.IGNORECASE)
_RANGE_NOW = re.compile(rf"\s*{_words(_DATA['range_joins'])}\s*{_words(_DATA['now_words'])}{_E}", re.IGNORECASE)
_NOW_RANGE = re.compile(rf"{_W}{_words(_DATA['range_starts'])}\s+{_words(_DATA['now_words'])}(?:{_RANGE_JOIN.pattern})$", re.IGNORECASE)
_CLOCK_RE = re.compile(r"(\d{1,2})\s*(?:giờ|[gh:])\s*(\d{2})?", re.IGNORECASE)
_POD_RE = re.compile(rf"{_W}{_POD}{_E}", re.IGNORECASE)
_WEEKDAY_RE = re.compile(rf"{_W}{_WEEKDAY}{_E}", re.IGNORECASE)


def _lookup(table: dict[str, Any], word: str) -> Any:
    """``table[word]`` matched case-insensitively with spaces collapsed."""
    key = " ".join(word.split())
    for k, v in table.items():
        if k.lower() == key.lower():
            return v
    raise KeyError(word)


# --------------------------------------------------------------------------- parts


@dataclass(frozen=True, slots=True)
class _Parts:
    """What an expression says: a first and last calendar unit (each maybe without year)."""

    year: int | None = None  # written year (of the first unit)
    year_offset: int | None = None  # relative to the reference year ("năm ngoái" -1)
    month: int | None = None
    day: int | None = None
    last_year: int | None = None  # for intervals: written year of the last unit
    last_month: int | None = None
    last_day: int | None = None
    day_offset: int | None = None  # relative to the full reference date ("hôm qua" -1)
    month_offset: int | None = None
    modifier: str | None = None
    time: str | None = None
    weekday: int | None = None
    end_is_now: bool = False
    end_inferred: bool = False  # an interval whose end year was not written ("... đến 27/2 năm nay")
    start_inferred: bool = False  # an interval whose start year was not written ("Từ tháng 11 đến 2/2006")
    last_year_offset: int | None = None  # the end's year relative to the reference year
    anaphoric: bool = False  # the year was taken from an earlier expression ("Trong năm", "năm đó")
    # a written school year's relative word that places the text at its start or just after its end,
    # as relative_school_years reads it ("Năm học mới 2005-2006": 0; data: school_year_votes)
    school_offset: int | None = None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _number(s: str, words: str) -> int:
    """A number in digits, or a word of the data table ``words``."""
    return int(s) if s.isdigit() else _lookup(_DATA[words], s)


def _day(d: str) -> int:
    """A day of the month in digits or a word ("rằm": the 15th)."""
    return _number(d, "day_words")


def _count(n: str) -> int:
    """A count in digits or words: "10", "sáu"."""
    return _number(n, "count_words")


def _year_tail(g: dict[str, str | None], f: str) -> tuple[int | None, int | None]:
    """(written year, relative offset) from a form's year tail groups."""
    year = _int(g.get(f"{f}_year") or g.get(f"{f}_year2") or g.get(f"{f}_y"))
    rel = g.get(f"{f}_rel")
    return year, (_lookup(_DATA["relative_years"], rel) if rel else None)


def _lead_info(lead: str | None) -> tuple[str | None, int | None]:
    """(time, ISO weekday) written in a day expression's lead."""
    if not lead:
        return None, None
    pod_m = _POD_RE.search(lead)
    pod = " ".join(pod_m.group().lower().split()) if pod_m else None
    clock = _CLOCK_RE.search(lead)
    time: str | None = pod
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        if pod in _DATA["parts_of_day_pm"] and 1 <= hour < 12:
            hour += 12  # "6g chiều" is 18:00
        time = f"{hour:02d}:{minute:02d}" + (f" {pod}" if pod else "")
    wd = _WEEKDAY_RE.search(lead)
    weekday = _lookup(_DATA["weekdays"], wd.group()) if wd else None
    return time, weekday


def _parts(m: re.Match[str]) -> _Parts:
    """Read a grammar match into :class:`_Parts`."""
    f = m.lastgroup or ""
    g = m.groupdict()
    if f == "nmonths":
        count = _count(g["nmonths_n"])
        year, off = _year_tail(g, f)
        first = _lookup(_DATA["months_of_year_sides"], g["nmonths_side"]) == "first"
        lo, hi = (1, count) if first else (13 - count, 12)
        return _Parts(year=year, year_offset=off, month=lo, last_year=year, last_month=hi)
    if f == "ndays":  # "10 ngày đầu tháng 1": the first days of a month
        count = _count(g["ndays_n"])
        month = _int(g["ndays_m"]) or _lookup(_DATA["month_words"], g["ndays_mw"])
        year, off = _year_tail(g, f)
        return _Parts(year=year, year_offset=off, month=month, day=1, last_year=year, last_month=month, last_day=count)
    if f == "ydays":  # "5 ngày đầu năm mới": the first days of a year
        count = _count(g["ydays_n"])
        year, off = _year_tail(g, f)
        first = _lookup(_DATA["months_of_year_sides"], g["ydays_side"]) == "first"
        month, lo, hi = (1, 1, count) if first else (12, 32 - count, 31)
        return _Parts(year=year, year_offset=off, month=month, day=lo, last_year=year, last_month=month, last_day=hi)
    if f == "yday":  # "ngày cuối cùng của năm 2004"
        year, off = _year_tail(g, f)
        first = _lookup(_DATA["year_day_sides"], g["yday_side"]) == "first"
        return _Parts(year=year, year_offset=off, month=1 if first else 12, day=1 if first else 31)
    if f == "dmrange":  # "ngày 20/1-20/2": from one day-month to another
        time, weekday = _lead_info(g["dmrange_lead"])
        year = _int(g["dmrange_year"])
        first = (int(g["dmrange_m"]), int(g["dmrange_d"]))
        first_year = year - 1 if year is not None and first > (int(g["dmrange_m2"]), int(g["dmrange_d2"])) else year
        return _Parts(year=first_year, month=int(g["dmrange_m"]), day=int(g["dmrange_d"]), last_year=year,
                      last_month=int(g["dmrange_m2"]), last_day=int(g["dmrange_d2"]), time=time, weekday=weekday)
    if f == "half":
        lo, hi = _lookup(_DATA["half_year"], g["half_side"])
        year, off = _year_tail(g, f)
        return _Parts(year=year, year_offset=off, month=lo, last_year=year, last_month=hi)
    if f == "century":  # "thế kỷ 15", "thế kỷ XV": the years 1401 to 1500
        n = _century(g["century_n"])
        return _Parts(year=100 * n - 99, last_year=100 * n)
    if f in ("yrange", "pyrange", "bare_yrange"):
        return _Parts(year=int(g[f"{f}_a"]), last_year=int(g[f"{f}_b"]))
    if f == "decade":  # "thập niên 90", "đầu những năm 2000": the ten years, a two-digit decade of the 1900s
        start = _decade_start(g["decade_y"])
        mod = _lookup(_DATA["period_modifiers"], g["decade_mod"]) if g["decade_mod"] else None
        # a second decade, joined ("những năm 50-60") or listed ("những năm 1980 và 1990"): both
        second = g["decade_y2"] or g["decade_y3"]
        last = _decade_start(second, g["decade_y"]) if second else start
        return _Parts(year=start, last_year=max(last, start) + 9, modifier=mod)
    if f == "school":
        if g["school_b"]:
            said = g["school_rel"] and " ".join(g["school_rel"].lower().split()) in _DATA["school_year_votes"]
            return _Parts(year=int(g["school_a"]), last_year=int(g["school_b"]),
                          school_offset=_lookup(_DATA["relative_school_years"], g["school_rel"]) if said else None)
        if g["school_a"]:  # "năm học 2006": the year as written (which school year it opens the text does not say)
            return _Parts(year=int(g["school_a"]))
        off = _lookup(_DATA["relative_school_years"], g["school_rel"])
        return _Parts(year_offset=off, last_year_offset=off + 1)
    if f == "anaphor":
        return _Parts(anaphoric=True)  # the year is filled in by :func:`_anaphora`
    if f == "anaday":  # the day is filled in by :func:`_anaphora`
        pod = " ".join(g["anaday_pod"].lower().split()) if g["anaday_pod"] else None
        return _Parts(anaphoric=True, time=pod, day_offset=_lookup(_DATA["anaphoric_days"], g["anaday_w"]))
    if f == "edition":
        return _Parts(year=int(g["edition_y"]))
    if f == "drange":  # "ngày 7-10/2": from the first day to the second of one month
        time, weekday = _lead_info(g["drange_lead"])
        year, off = _year_tail(g, f)
        month = int(g["drange_m"])
        return _Parts(year=year, year_offset=off, month=month, day=int(g["drange_a"]),
                      last_year=year, last_month=month, last_day=int(g["drange_b"]), time=time, weekday=weekday)
    if f in _SINGLE_DAY_KINDS:
        time, weekday = _lead_info(g[f"{f}_lead"])
        if f == "dmy":
            year, off = int(g["dmy_y"]), None
            month = int(g["dmy_m"])
        elif f == "dmw":
            year, off = _year_tail(g, f)
            month = _int(g["dmw_m"]) or _lookup(_DATA["month_words"], g["dmw_mw"])
        else:
            year, off = _year_tail(g, f)
            month = int(g["dm_m"])
        return _Parts(year=year, year_offset=off, month=month, day=_day(g[f"{f}_d"]), time=time, weekday=weekday)
    if f == "quarter":
        q = g["quarter_q"]
        quarter = _lookup(_DATA["quarter_numerals"], q)
        year, off = _year_tail(g, f)
        mod = _lookup(_DATA["period_modifiers"], g["quarter_mod"]) if g["quarter_mod"] else None
        return _Parts(year=year, year_offset=off, month=3 * quarter - 2, last_year=year, last_month=3 * quarter, modifier=mod)
    if f == "month":
        items = _MONTH_LIST_SEP.split(g["month_list"].strip())
        months = [int(x) if x.isdigit() else _lookup(_DATA["month_words"], x) for x in items]
        year, off = _year_tail(g, f)
        mod = _lookup(_DATA["period_modifiers"], g["month_mod"]) if g["month_mod"] else None
        if len(months) > 1:  # "tháng 5, 6 và 7-2005": the months it covers
            return _Parts(year=year, year_offset=off, month=months[0], last_year=year, last_month=months[-1], modifier=mod)
        return _Parts(year=year, year_offset=off, month=months[0], modifier=mod)
    if f == "relmonth":
        mod_word = g["relmonth_mod"] or g["relmonth_mod2"]
        mod = _lookup(_DATA["period_modifiers"], mod_word) if mod_word else None
        offset = _lookup(_DATA["relative_months"], g["relmonth_w"]) if g["relmonth_w"] else 0
        return _Parts(month_offset=offset, modifier=mod)
    if f == "year":
        mod = _lookup(_DATA["period_modifiers"], g["year_mod"]) if g["year_mod"] else None
        if g["year_y"]:
            return _Parts(year=int(g["year_y"]), modifier=mod)
        off = _lookup(_DATA["relative_years"], g["year_rel"]) if g["year_rel"] else 0
        if g["year_same"] and g["year_rel"] is None:
            off = -1  # "cùng kỳ năm" alone is elliptic for last year's same period
        return _Parts(year_offset=off, modifier=mod)
    if f == "bmonth":
        return _Parts(year=int(g["bmonth_y"]), month=int(g["bmonth_m"]))
    if f == "bare_year":
        return _Parts(year=int(g["bare_year_y"]))
    if f == "relday":
        if g["relday_w"]:  # "hôm qua", "Chiều hôm qua"
            pod = " ".join(g["relday_wpod"].lower().split()) if g["relday_wpod"] else None
            return _Parts(day_offset=_lookup(_DATA["relative_days"], g["relday_w"]), time=pod)
        pod = " ".join(g["relday_pod"].lower().split())
        return _Parts(day_offset=_lookup(_DATA["relative_day_suffixes"], g["relday_suffix"]), time=pod)
    raise AssertionError(f"unknown form {f}")


# --------------------------------------------------------------------------- acceptance


def _accepts(m: re.Match[str], text: str, restated: bool = False) -> bool:
    """Whether a grammar match is a date in its context (the guards for numbers that only look like dates).

    ``restated``: a day-month the text writes as a date elsewhere, which needs no preposition here
    (see :func:`_restated_days`)."""
    f = m.lastgroup or ""
    g = m.groupdict()
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 20]
    if f == "dmrange":
        first, last = (int(g["dmrange_m"]), int(g["dmrange_d"])), (int(g["dmrange_m2"]), int(g["dmrange_d2"]))
        # a first day above its month opens no range of fractions: "sẽ diễn ra 21/2-4/4" needs no preposition
        unlike_fraction = first[1] > first[0] and not _BEFORE_DOC.search(before)
        if not g["dmrange_lead"] and (not (_bare_context(m, text) or unlike_fraction) or _AFTER_QUANT.match(after)
                                      or (first[1] < first[0] and last[1] < last[0])):
            return False  # "từ 2/3-3/4 diện tích", "từ 8/12-11/12": fractions (each a day below its month,
            # without "ngày"); "từ 1/7-30/10" and "từ 4/10-10/10" are no range of fractions
        # 2000 is a leap year: 29/2 is a valid day-month; across a year only with the year written
        return (_valid(2000, *first) and _valid(2000, *last)
                and (first < last or (g["dmrange_year"] is not None and first[0] > last[0])))
    if f == "ndays":  # "một ngày đầu tháng 3" is one day of it, not the first day
        return 2 <= _count(g["ndays_n"]) <= 28
    if f == "ydays":
        return 2 <= _count(g["ydays_n"]) <= 31
    if f == "drange":
        lead = g["drange_lead"]
        if not lead and (_BEFORE_DOC.search(before) or not (_bare_context(m, text) or _opens_line_not_fraction(m, text))):
            return False  # a bare range needs a date's context, or to open a line as no fraction can ("26-27/6: Hội thảo")
        if not (g["drange_year"] or g["drange_year2"] or g["drange_rel"]) and _AFTER_QUANT.match(after):
            return False  # "2-3/4 số phiếu"
        a, b, month = int(g["drange_a"]), int(g["drange_b"]), int(g["drange_m"])
        return a < b and _valid(2000, month, b)
    if f in ("dmy", "dm", "dmw"):
        lead = g[f"{f}_lead"]
        if not lead and _BEFORE_DOC.search(before):
            return False  # "số 12/5", "Quyết định 15-3"
        if f == "dmy":
            return _valid(int(g["dmy_y"]), int(g["dmy_m"]), int(g["dmy_d"]))
        spelled = (g["dmw_mw"] or "").lower() if f == "dmw" else ""
        if f == "dmw" and not (lead or g["dmw_year"] or g["dmw_year2"] or g["dmw_rel"]) and not (
                not g["dmw_d"].isdigit() or spelled in _MONTH_NAMES
                or (_OCCASION_BEFORE.search(before) and spelled not in ("một", "năm")
                    and not _COUNTED_TIME_AFTER.match(after) and not _AFTER_QUANT.match(after))):
            # "3 tháng 5 ngày" is a duration; a day-month in words needs "ngày", a year, a day or
            # a month that is nothing else ("rằm tháng 7", "26 tháng chạp") or an occasion's word
            # ("dịp lễ 30 tháng tư"; not "Sau 3 tháng tư vấn", "đến hết 9 tháng năm 2005")
            return False
        if f == "dm":
            written_year = (g["dm_year"] or g["dm_rel"]) and int(g["dm_d"]) >= int(g["dm_m"])
            if not lead and not written_year and not (
                    restated or _bare_context(m, text) or _opens_line_not_fraction(m, text)
                    or _labelled_day_month(m, text)):
                return False  # a year after one that is no fraction makes it a date: "nghỉ 30/4 năm nay"
            if not (g["dm_year"] or g["dm_rel"]) and _AFTER_QUANT.match(after) and not _strong_lead(lead):
                return False  # "sau 7-10 ngày", "2/3 số phiếu"
            if not lead and g["dm_s"] == "-" and not (g["dm_year"] or g["dm_rel"]) and _CLASSIFIER_AFTER.match(after):
                return False  # "cần tới 5-6 cây cầu", "6-7 cơn": a range of counts
            if (not lead and not (g["dm_year"] or g["dm_rel"]) and g["dm_s"] == "/"
                    and int(g["dm_d"]) < int(g["dm_m"]) and _SHARE_AFTER.match(after)):
                return False  # "dành tới 2/3 thời gian", "1/2 tổng diện tích": a share of a whole
            if (not lead and not (g["dm_year"] or g["dm_rel"]) and g["dm_s"] == "-"
                    and int(g["dm_d"]) < int(g["dm_m"]) and _RANGE_COUNTER_AFTER.match(after)):
                return False  # "cao tới 3-4 tầng", "từ 1-2 chuyến/ngày" (not "Từ 15-1 chuyến bay đầu tiên")
        month = _int(g[f"{f}_m"]) or _lookup(_DATA["month_words"], g["dmw_mw"])
        return _valid(2000, month, _day(g[f"{f}_d"]))  # 2000 is a leap year: 29/2 is a valid day-month
    if f == "month":
        written = g["month_year"] or g["month_year2"] or g["month_rel"]
        word = g["month_list"].strip()
        if _BEFORE_MONTH_NAME.search(before):
            return False  # "đường Cách Mạng Tháng Tám", "Cách mạng tháng 8": a name
        day_name = _CAPITAL_WORD_BEFORE.search(before)
        if day_name and m.group(0)[:1] == "T" and day_name.group(1).lower() in _COUNT_WORDS:
            return False  # "đường Ba Tháng Hai": a street named after a day, written in words
        months = [int(x) if x.isdigit() else _lookup(_DATA["month_words"], x) for x in _MONTH_LIST_SEP.split(word)]
        if months != sorted(set(months)):
            return False  # "tháng 3-4", "tháng 5, 6 và 7" run forwards
        if (re.search(r"\d[-–]\d", word) and not written and _NOUN_AFTER_RANGE.match(after)
                and not _RANGE_START.search(before)):
            return False  # "Trung bình tháng 2-3 vụ cháy": a count each month (not "từ tháng 5-10 ít hơn")
        if not word[0].isdigit():  # spelled month: needs a year, a capital (tháng Tư) or a time word
            if written or word[0].isupper() or word.lower() in _MONTH_NAMES:
                return True
            if not _timed_spelled_month(m, word, before):
                return False  # else as a month in digits, not counting: "vào tháng hai lần" is none
        if not written and _BEFORE_QUANT.search(before) and not (len(months) > 1 and _PLURAL_BEFORE.search(before)):
            return False  # "3 tháng 5", "mỗi tháng 2 lần" (not "vào các tháng 6 và 7": a list of months)
        if not written and not m["month_mod"] and _AFTER_QUANT.match(after):
            return False  # "tháng 3 người" (not "Đến đầu tháng 7 căn nhà vẫn còn": a part of a month counts nothing)
        return True
    if f == "relmonth":  # "hai tháng sau" is a duration, "mỗi tháng" none
        return not _BEFORE_QUANT.search(before) and not _BEFORE_COUNT.search(before)
    if f == "relday":  # "mấy hôm nay", "vài hôm nay": these days, "những ngày mai": the future
        return not _BEFORE_QUANT.search(before)
    if f == "year":
        if g["year_y"] and _LAW_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return False  # "Luật thương mại năm 1997": the law's name
        if g["year_y"]:
            # "những năm 1990" is a decade, not the year; "các năm 2003, 2004 và 2005" are years
            return not _BEFORE_DECADE.search(before) or _year_list(m.start("year_y"), m.end("year_y"), text) is not None
        if _BEFORE_QUANT.search(before) or _BEFORE_COUNT.search(before) or _AFTER_YEAR_NOUN.match(after):
            return False  # "5 năm trước", "hai năm sau đó" are durations, "các năm trước" plural, "năm học" not the calendar year
        if _BEFORE_COUNTED.search(before):
            return False  # "Hai mươi năm trước", "giếng ngàn năm nay": a span counted in words
        if _BEFORE_DAY_OR_MONTH_NAME.search(before):
            return False  # "Thứ Năm qua": last Thursday; "tháng năm": May
        if g["year_mod"] and not (g["year_rel"] or g["year_same"]) and _DESCRIBED_BEFORE.search(before):
            return False  # "bầu trời cuối năm", "học phí đầu năm": a part of the year describing a noun
        return bool(g["year_rel"] or g["year_mod"] or g["year_same"])  # bare "năm" alone is no date
    if f == "quarter" and g["quarter_q"].lower() == "nhất" and _year_tail(g, f) == (None, None):
        return False  # "điều đáng quý nhất" (the most precious thing); the first quarter is "quý nhất năm 2005"
    if f == "bmonth":
        # dotted, it can be no Vietnamese number (a group of thousands has three digits), unless it
        # numbers a document or an edition or counts; slashed, only alone in brackets ("(10/2004)")
        # or in a table's column of times (else an edition, a fraction or a number, "lần thứ
        # 2/2004", "3/2005")
        cell = g["bmonth_s"] == "/" and _in_year_column(text, m.start(), m.end())
        if _BEFORE_DOC.search(before) or _BEFORE_EDITION.search(before) or (_AFTER_QUANT.match(after) and not cell):
            return False  # "số 3.2002", "lần thứ 2/2004", "1.2005 người"
        if g["bmonth_s"] == "/":
            scale = int(g["bmonth_m"]) == 1 and int(g["bmonth_y"]) % 1000 == 0  # "quy hoạch chi tiết (1/2000)"
            return bool(_OPEN_BRACKET_BEFORE.search(before) and _CLOSE_BRACKET_AFTER.match(after) or cell) and not scale
        # dotted, opening a clause ("; 3.2002 chính thức nghỉ hưu"; not "giảm xuống 1.1950", "Phiên bản 2.2005")
        return _CLAUSE_START_BEFORE.search(before) is not None
    if f == "bare_year":
        y = int(g["bare_year_y"])
        # "của Đỗ Tất Lợi (1986)": a year alone in brackets (not a law's, "Luật đất đai mới (1993)");
        # "năm 2004 và 2005", "(1996, 1997, 1998)": an item of a list of years
        opened = _OPEN_BRACKET_BEFORE.search(before)
        cited = _cited_year(m.start(), m.end(), text)  # "(NXB Trẻ, 2003)"
        levelled = (_BEFORE_LEVELLED_CONTEXT.search(text, max(0, m.start() - 60), m.start())
                    and _AFTER_LEVELLED_YEAR.match(after))
        context = (_BEFORE_YEAR_CONTEXT.search(before) or levelled or _year_list(m.start(), m.end(), text)
                   or _season_before(text, m.start()) or _BEFORE_NAMED_MONTH.search(before)
                   or _restates_lunar_year(before, y)
                   or _subject_year(m.start(), m.end(), text)
                   or (opened and _CLOSE_BRACKET_AFTER.match(after) and not _BEFORE_DOC.search(before[:opened.start()])
                       and not _LEGAL_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()))
                   or (cited and not _BEFORE_DOC.search(text, max(0, cited.start() - 30), cited.start())))
        cell = _in_year_column(text, m.start(), m.end())
        return (BARE_MIN_YEAR <= y <= BARE_MAX_YEAR and bool(context or cell)
                and not (_AFTER_QUANT.match(after) and not cell) and not _BEFORE_DOC.search(before))
    if f == "century":
        return 1 <= _century(g["century_n"]) <= 21
    if f == "decade":  # not the first of listed years, "những năm 2010 đến 2015", nor an age, "những năm 20 tuổi"
        if g["decade_y3"]:
            # two decades listed: the second the next one, and the list ending its clause or naming
            # its century ("những năm 80, 90 của thế kỷ trước"); not "những năm 90, 20 doanh nghiệp"
            first, second = _decade_start(g["decade_y"]), _decade_start(g["decade_y3"], g["decade_y"])
            if second != first + 10 or not (_CLAUSE_END_AFTER.match(after) or _AFTER_LEVELLED_YEAR.match(after)
                                            or "thế" in m.group().lower()):
                return False
        return not _AFTER_QUANT.match(after) and not _DECADE_LISTED_AFTER.match(after)
    if f == "yrange":
        a, b = int(g["yrange_a"]), int(g["yrange_b"])
        lead = " ".join(g["yrange_lead"].lower().split())
        if lead in _DATA["range_starts"] and not g["yrange_year"] and not (
                _CLAUSE_START_BEFORE.search(before) and _CLAUSE_END_AFTER.match(after)):
            return False  # "Từ 1993-1994, ông ..." opens a clause; "có từ 1900-2000 trẻ em" counts
        # a period its lead names ("giai đoạn 2001-2005 tỉnh ...", "từ năm 2001-2005 tỉnh ...") is no
        # count of the place or body after it (data: period_subjects_after); of a unit or anything
        # else it may be ("Vụ đông xuân 1000-1080 ha"), as after "năm" alone or "từ"
        named = (bool(g["yrange_year"]) or lead not in (*_DATA["range_starts"], "năm")) and (
            BARE_MIN_YEAR <= a and b <= BARE_MAX_YEAR and _PERIOD_SUBJECT_AFTER.match(after) is not None)
        return a < b <= a + 100 and (named or not _AFTER_QUANT_ON_LINE.match(after))
    if f == "bare_yrange":
        # after what makes a bare year a date ("kế hoạch 2006-2010", "vào 2006-2010") or after a
        # season ("mùa lũ 2004 - 2005"), when a clause end, a predicate or "của" follows: a noun
        # after it is what the pair counts ("Chỉ tiêu 1950-2000 sinh viên"); after "từ" the span
        # is the year range's to judge ("có từ 1900-2000 trẻ em" counts)
        a, b = int(g["bare_yrange_a"]), int(g["bare_yrange_b"])
        context = _BEFORE_YEAR_CONTEXT.search(before)
        word = " ".join(context.group().lower().split()) if context is not None else None
        # after "từ", a pair that ends its clause ("học ở Mỹ từ 1969 - 1972.") counts nothing
        placed = (word is not None and (word not in _RANGE_WORDS or _CLAUSE_END_AFTER.match(after))
                  or _season_before(text, m.start()) is not None)
        return (BARE_MIN_YEAR <= a < b <= min(a + 100, BARE_MAX_YEAR) and placed
                and bool(_AFTER_LEVELLED_YEAR.match(after) or _OF_AFTER.match(after))
                and not _BEFORE_DOC.search(before))
    if f == "pyrange":
        # "(1998-2001)", an era however long ("triều Nguyễn (1802- 1945)"); not "(1500-1800) kg/ha"
        # nor a phone number "(1800-1091)"
        a, b = int(g["pyrange_a"]), int(g["pyrange_b"])
        return (BARE_MIN_YEAR <= a < b <= BARE_MAX_YEAR
                and not _AFTER_QUANT.match(after.lstrip().removeprefix(")")))
    if f == "school":
        if g["school_b"]:
            return int(g["school_b"]) == int(g["school_a"]) + 1  # a school year spans two calendar years
        if g["school_a"]:
            return True
        return bool(g["school_rel"]) and not _BEFORE_QUANT.search(before)  # "các năm học trước" is plural
    if f == "anaday":
        return not _BEFORE_QUANT.search(before)
    if f == "anaphor":
        if (_CLAUSE_INITIAL_ANAPHOR.fullmatch(g["anaphor_w"]) and not _CLAUSE_START_BEFORE.search(before)
                and not after.startswith(",")):
            return False  # "Chương trình lễ hội trong năm cần ...": any year's ("Cũng trong năm, ..." is that year)
        return not _BEFORE_QUANT.search(before) and not _AFTER_ANAPHOR_BLOCK.match(after)
    if f in ("nmonths",):
        return 1 <= _count(g["nmonths_n"]) <= 12
    return True


def _in_year_column(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills its line, and the text has at least one more line holding only
    a year or a slashed month of a year: a table's column of times ("Thời điểm hoàn thành" over
    "2005", "11/2006", "6/2007"), not one number alone on its line (a count, a page, an extension;
    the next line's first word is no unit of it)."""
    return (opens_line(text, start) and _LINE_END_AFTER.match(text, end) is not None
            and _year_cells(text) >= 2)


@functools.lru_cache(maxsize=8)
def _year_cells(text: str) -> int:
    """How many lines of ``text`` hold only a year or a slashed month of a year."""
    return sum(1 for _ in _YEAR_CELL.finditer(text))


def _timed_spelled_month(m: re.Match[str], word: str, before: str) -> bool:
    """A lowercase spelled month that a time word opens ("vào khoảng tháng hai", "giữa tháng tư",
    "từ tháng ba"), or listed with another ("tháng hai, tháng ba", "Tháng ba, tháng tư là mùa
    khô"); not "một" or "năm", which count ("mỗi tháng một lần", "năm tháng") as often as they
    name January or May."""
    if word.lower() in ("một", "năm") or _NUMBER_WORD_AFTER.match(m.string, m.end()):
        return False  # "đến tháng sáu mươi người", "tháng bảy tám người": numbers
    tail = _MONTH_TAIL.match(m.string, m.end())
    return bool(m["month_mod"] or _BEFORE_BARE_PREP.search(before) or _BEFORE_BARE_PREP_ABOUT.search(before)
                or _MONTH_BEFORE_IN_LIST.search(before) or _SPELLED_MONTH_LISTED_AFTER.match(m.string, m.end())
                or (tail and not _NUMBER_WORD_AFTER.match(m.string, tail.end())))  # "tháng chín vừa qua"


_NUMBER_WORD_AFTER = re.compile(
    rf"[^\S\r\n]+(?:{_words(list(_DATA['month_words']) + _DATA['number_word_continuations'])}){_E}", re.IGNORECASE)
_MONTH_BEFORE_IN_LIST = re.compile(r"tháng\s+\w+(?:\s+\w+)?\s*,\s*$", re.IGNORECASE)
_SPELLED_MONTH_LISTED_AFTER = re.compile(
    rf"\s*(?:,|và|hoặc)\s*tháng\s+{_words(w for w in _DATA['month_words'] if w not in ('một', 'năm'))}{_E}",
    re.IGNORECASE)


def _strong_lead(lead: str | None) -> bool:
    """A lead with "ngày", a part of day or a weekday makes a day-month certain."""
    return bool(lead and lead.strip(" ,(.…"))


def _bare_context(m: re.Match[str], text: str) -> bool:
    """A day/month without "ngày": after a date preposition, in apposition to a relative day
    ("Hôm qua, 30-3,"), or alone in parentheses ("(10/4)")."""
    before = text[max(0, m.start() - 30):m.start()]
    if _AMOUNT_BEFORE.search(before):
        return False  # "có tới 2-3 cảnh sát", "giảm tới 1/6 công suất": as much as, an amount
    if _BEFORE_BARE_PREP.search(before) or _AFTER_BARE.match(text, m.end()) or _BEFORE_BARE_APPOSITION.search(before):
        return True
    about = _BEFORE_BARE_PREP_ABOUT.search(before)
    if about and (_beyond_fraction(m) or (m.lastgroup == "drange" and about["prep"].lower() not in _RANGE_WORDS)):
        return True  # "vào khoảng 15-25/5", "vào khoảng 2-3/10 hằng năm" (not "từ khoảng 2-3/10")
    if _BEFORE_RESTATED.search(before) and (
            _LUNAR_AFTER.match(text, m.end()) or (m.lastgroup != "dm" or _beyond_fraction(m))):
        return True  # "tức 15/4 âm lịch" is a (lunar) date, whatever it could be as a fraction
    listed = _DAY_LIST_BEFORE.search(before)
    if listed and (listed["join"].strip() != "," or (m.lastgroup == "dm" and int(m["dm_d"]) > int(m["dm_m"]))):
        # "ngày 25/9 và 28/9", "từ ngày 30/7, 31/7 sẽ ...": the second of two days (after a comma
        # one that is neither fraction nor count: not "Ngày 12/5, 3/3 đại biểu", "2-3 người")
        return True
    # "(10/4)", not "chương trình GCSE (1-2) năm": a dashed count of the time unit after the bracket
    # (still "Ngày Môi trường Thế giới (5/6) năm nay", "Ngày Nhà giáo Việt Nam (20/11) học sinh ...")
    return (before.endswith("(") and text[m.end():m.end() + 1] == ")"
            and not ("-" in m.group() and _COUNTED_TIME_AFTER.match(text, m.end() + 1)))


# a time unit counted by the number pair before it, not "năm nay", "tháng tới": "(1-2) năm"
_COUNTED_TIME_AFTER = re.compile(
    rf"\s*(?:năm|tháng|tuần|ngày|giờ|lần){_E}(?!\s+(?:{_REL_YEAR}|{_words(_DATA['relative_months'])}){_E})",
    re.IGNORECASE)


def _opens_line_not_fraction(m: re.Match[str], text: str) -> bool:
    """A day/month that opens a line, as a news lead's date does ("10/9 là hạn cuối cùng
    ..."), and cannot be read as a fraction: slashed, the first number not below the second
    ("2/3 thời gian ..." is two thirds, "10/9" no fraction anyone writes); a range of days
    whose last day is above its month ("26-27/6: Hội thảo du học"; not "2-3/10")."""
    if m.lastgroup == "drange":
        return opens_line(text, m.start()) and _beyond_fraction(m)
    return opens_line(text, m.start()) and _no_fraction(m)


def _beyond_fraction(m: re.Match[str]) -> bool:
    """A bare day/month, or a range of days in a month, whose last number is above its month:
    no fraction or range of fractions ("15-25/5", "20/5"; not "1/3", "10/10", "2-3/10")."""
    if m.lastgroup == "dm":
        return m["dm_s"] != "/" or int(m["dm_d"]) > int(m["dm_m"])
    if m.lastgroup == "drange":
        return int(m["drange_b"]) > int(m["drange_m"])
    return True


def _no_fraction(m: re.Match[str]) -> bool:
    """A day/month that cannot be read as a fraction: slashed, the day not below the month."""
    return m["dm_s"] == "/" and int(m["dm_d"]) >= int(m["dm_m"])


# a date label opening its line or sentence, then its words, then a colon: "Hạn nhận đơn và các giấy tờ kèm theo: "
_LABEL_BEFORE = re.compile(rf"(?:^|[\r\n.;])[^\S\r\n]*{_words(_DATA['date_labels'])}{_E}[^\r\n.;:]{{0,60}}:[^\S\r\n]*$",
                           re.IGNORECASE)
# a deadline or departure label, whole words, and what it is of ("Hạn nộp hồ sơ đăng ký dự tuyển: ",
# not "Hạn mức cho vay: ")
_DEADLINE_BEFORE = re.compile(rf"(?:^|[\r\n.;])[^\S\r\n]*{_words(_DATA['deadline_labels'])}{_E}[^\r\n.;:,]{{0,40}}"
                              rf":[^\S\r\n]*$", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"[^\S\r\n]*(?:[.;]|\r|\n|$)")
_ALONE_OR_LISTED_AFTER = re.compile(r"[^\S\r\n]*(?:[.;,]|\r|\n|$)")


def _labelled_day_month(m: re.Match[str], text: str) -> bool:
    """A day/month alone after the colon of a date label: one that cannot be read as a fraction
    ("Hạn nhận đơn: 20/8."; data: date_labels), or any after a deadline or departure label,
    maybe before a comma ("Hạn nộp hồ sơ: 1/9.", "Khởi hành: 26-12, ..."; data: deadline_labels)."""
    window = max(0, m.start() - 90)
    if _DEADLINE_BEFORE.search(text, window, m.start()) is not None:
        return _ALONE_OR_LISTED_AFTER.match(text, m.end()) is not None
    return (_no_fraction(m) and _LABEL_BEFORE.search(text, window, m.start()) is not None
            and _ALONE_AFTER.match(text, m.end()) is not None)


_VISIBLE = re.compile(r"[^\s\ufeff]")  # not a space nor a byte order mark


def _lines(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the non-empty lines of ``text``, whatever ends them (LF, CRLF or a lone
    CR); only the first ``limit`` when given."""
    lines = ((m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text) if _VISIBLE.search(m.group()))
    return list(itertools.islice(lines, limit))


def _line_start(text: str, pos: int) -> int:
    """Where the line of ``pos`` starts, whatever ends the one before (LF, CRLF or a lone CR)."""
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def opens_line(text: str, pos: int) -> bool:
    """Whether nothing visible comes before ``pos`` on its line (also read by the figures)."""
    return not _VISIBLE.search(text, _line_start(text, pos), pos)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- values


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO 8601 at the written precision, or None when the day does not exist in that year (29/2)."""
    if year is None:
        return None
    if day is not None and month is not None:
        return _dt.date(year, month, day).isoformat() if _valid(year, month, day) else None
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _pattern(year: int | None, month: int | None, day: int | None) -> str:
    """The written parts with unknown ones as X: "XXXX-01-20"."""
    out = f"{year:04d}" if year else "XXXX"
    if month:
        out += f"-{month:02d}"
    if day:
        out += f"-{day:02d}"
    return out


def _ref_year(ref: _dt.date | int | None) -> int | None:
    return ref.year if isinstance(ref, _dt.date) else ref


def _year_of(p: _Parts, ref: _dt.date | int | None) -> int | None:
    """The year of ``p``'s first unit: the written one, else the reference year moved by the
    relative offset ("năm ngoái" -1); None when neither is known."""
    if p.year is not None:
        return p.year
    ref_year = _ref_year(ref)
    return ref_year + (p.year_offset or 0) if ref_year is not None else None


def _value(p: _Parts, ref: _dt.date | int | None) -> tuple[str | None, bool, str | None]:
    """(ISO value, year_inferred, pattern for an unresolved value) of parts against the reference date."""
    if p.day_offset is not None:
        if not isinstance(ref, _dt.date):
            return None, True, None
        return (ref + _dt.timedelta(days=p.day_offset)).isoformat(), True, None
    if p.month_offset is not None:
        if not isinstance(ref, _dt.date):
            return None, True, None
        index = ref.year * 12 + ref.month - 1 + p.month_offset
        return _iso(index // 12, index % 12 + 1), True, None
    inferred = p.year is None or p.end_inferred or p.anaphoric
    ref_year = _ref_year(ref)
    year = _year_of(p, ref)
    if p.last_month is not None or p.last_year is not None or p.last_year_offset is not None:
        last_year = p.last_year if p.last_year is not None else year
        if (p.last_year is None and p.last_year_offset is None and last_year is not None
                and (p.last_month or 12) < (p.month or 1)):
            last_year += 1  # "từ 30/12 đến 2/1": the end is in the next year (not "từ 20/5 đến 10/5")
        if p.last_year_offset is not None and ref_year is not None:
            last_year = ref_year + p.last_year_offset
            end_key, start_key = (last_year, p.last_month or 12, p.last_day or 31), (year, p.month or 1, p.day or 1)
            if year is not None and end_key < start_key:
                # "từ tháng 12/2003 đến 27/2 năm nay" read with a reference year of 2003:
                # "this year" comes after the start, so it is the first year that keeps the order
                last_year = year + (1 if (p.last_month or 12, p.last_day or 31) < (p.month or 1, p.day or 1) else 0)
        first = _iso(year, p.month, p.day)
        last = _iso(last_year, p.last_month, p.last_day)
        if first is None or last is None:
            return None, inferred, _pattern(year, p.month, p.day) + "/" + _pattern(last_year, p.last_month, p.last_day)
        return f"{first}/{last}", inferred, None
    value = _iso(year, p.month, p.day)
    return value, inferred, (None if value else _pattern(year, p.month, p.day))


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    parts: _Parts
    kind: str
    first: "_Found | None" = None  # the start expression of "từ A đến nay"


_LEAD_ITEM_RE = re.compile(
    rf"(?:(?P<clock>{_CLOCK})|(?P<weekday>{_WEEKDAY})|{_POD}|{_words(_DATA['day_leads'])}){_E}[\s,(]*(?:\.\.\.|…)?\s*",
    re.IGNORECASE,
)


def _span_start(m: re.Match[str], text: str) -> int:
    """Where the span starts: after a leading clock ("14h30 chiều 3/1": the time goes to
    ``attrs["time"]``, the span is the date), after an ordinal "thứ 6" mistaken for a
    weekday ("kỳ họp thứ 6, ngày 12/4"), and inside a bracket the lead runs into ("2
    ngày(08/10/2005)")."""
    f = m.lastgroup or ""
    if f == "edition":
        return m.start("edition_y")  # "lần thứ 2/2004": the date is the year
    if f not in ("dmy", "dmw", "dm", "drange", "dmrange") or not m.group(f"{f}_lead"):
        return m.start()
    pos, lead_end = m.start(f"{f}_lead"), m.end(f"{f}_lead")
    bracket = text.rfind("(", pos, lead_end)
    if bracket >= 0:  # "trong 2 ngày(08/10/2005)": the bracket opens the date; "ngày" is the count's
        return lead_end - len(text[bracket + 1:lead_end].lstrip())
    for item in _lead_items(text, pos, lead_end):
        ordinal = item.group("weekday") and _BEFORE_ORDINAL.search(text[max(0, pos - 20):pos])
        if not (item.group("clock") or ordinal):
            break
        pos = item.end()
    return pos


def _matches(text: str) -> list[_Found]:
    """Every accepted grammar match in ``text``.

    The grammar is only tried where a word that can open an expression starts
    (a number, "ngày", "tháng" ...), and only with the forms that word opens:
    trying the whole grammar at every character costs twenty times more. A
    rejected match leaves the next word free to start one.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # rare letters whose lowercase is longer would shift offsets
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found: list[_Found] = []
    unplaced: list[re.Match[str]] = []  # bare day-months left out for want of a preposition
    done = 0
    for a in _ANCHOR_RE.finditer(lowered):
        pos = a.start()
        if pos < done:
            continue
        grammar = _GRAMMARS[_DIGIT if a.group()[0].isdigit() else a.group()]
        m = grammar.match(text, pos)
        if m is None or m.end() == m.start():
            continue
        if not _accepts(m, text):
            if m.lastgroup == "dm" and not m["dm_lead"]:
                unplaced.append(m)
            # a rejected list of spelled months leaves its first month to stand alone ("Tháng Mười,
            # hai bên"), as before lists were read; a rejected list in digits is no date at all
            sep = (_MONTH_LIST_SEP.search(m["month_list"])
                   if m.lastgroup == "month" and not m["month_list"][0].isdigit() else None)
            m = grammar.match(text, pos, m.start("month_list") + sep.start()) if sep is not None else None
            if m is None or m.end() == m.start() or not _accepts(m, text):
                continue
        kind = "month" if m.lastgroup == "bmonth" else m.lastgroup or ""  # a month, whatever its form
        start, parts = _span_start(m, text), _parts(m)
        if parts.weekday is not None and not any(item.group("weekday") for item in _lead_items(text, start, m.end())):
            parts = replace(parts, weekday=None)  # "kỳ họp thứ 6, ngày 12/4": the ordinal was no weekday
        found.append(_Found(start, _trim_end(m, text), parts, kind))
        done = m.end()
    return _restated_days(found, unplaced, text)


def _restated_days(found: list[_Found], unplaced: list[re.Match[str]], text: str) -> list[_Found]:
    """``found`` and the bare day-months of ``unplaced`` that the text writes as a date elsewhere,
    a day above its month (no fraction): a holiday or an event's day named again without a
    preposition ("dịp lễ 30/4 ... lịch nghỉ 30/4 thuận lợi", the title "Cháy tour du lịch 30/4")."""
    days = {(f.parts.day, f.parts.month) for f in found if f.kind in _SINGLE_DAY_KINDS and f.parts.day is not None}
    added = False
    for m in unplaced:
        day, month = _day(m["dm_d"]), int(m["dm_m"])
        if ((day, month) in days and day > month and _accepts(m, text, restated=True)
                and not any((f.start < m.end() and m.start() < f.end)
                            or (f.end <= m.start() and not text[f.end:m.start()].strip())
                            for f in found)):  # nor one right after another ("Cùng ngày 19/6")
            found.append(_Found(_span_start(m, text), _trim_end(m, text), _parts(m), "dm"))
            added = True
    return sorted(found, key=lambda f: f.start) if added else found


def _trim_end(m: re.Match[str], text: str) -> int:
    """The span's end: without trailing spaces or commas the pattern may have consumed."""
    end = m.end()
    while end > m.start() and text[end - 1] in " \t,(\u00a0":
        end -= 1
    return end


def _joined(found: list[_Found], text: str) -> list[_Found]:
    """Join "từ A đến B" into one interval, and "từ A đến nay" into A/now."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        day_start = _DAY_RANGE_START.search(text, max(0, a.start - 40), a.start)
        if day_start and a.parts.day is not None and a.parts.month is not None and a.parts.last_day is None:
            first_day = int(day_start["day"])
            if 1 <= first_day < a.parts.day and (not out or out[-1].end <= day_start.start()):
                start_parts = replace(a.parts, day=first_day, time=None)
                out.append(_Found(day_start.start(), a.end, _interval(start_parts, a.parts), "interval"))
                i += 1
                continue
        from_now = _NOW_RANGE.search(text, max(0, a.start - 30), a.start)
        if from_now and _year_written(a.parts) and a.parts.month is None and a.parts.modifier is None:
            # "từ nay đến năm 2010": a period from the time of writing, its span and value the written
            # end alone, as the annotators write it, and no vote for the year of writing (as "từ nay đến
            # hết tháng 3/2006" and "Từ nay đến cuối năm 2004" give the month, or the part of the year)
            out.append(_Found(a.start, a.end, a.parts, "interval"))
            i += 1
            continue
        starts = _RANGE_START.search(text[max(0, a.start - 12):a.start])
        if not starts and i + 1 < len(found) and _unmarked_range(a, found[i + 1], text):
            out.append(_Found(a.start, found[i + 1].end, _interval(a.parts, found[i + 1].parts), "interval"))
            i += 2
            continue
        if starts:
            start = a.start - (len(text[max(0, a.start - 12):a.start]) - starts.start())
            if a.kind in ("drange", "dmrange", "bare_yrange") or (a.kind == "month" and a.parts.last_month is not None
                                                                  and _MONTH_DASH_RANGE.search(text, a.start, a.end)):
                # "từ ngày 5 đến 13/5", "từ 2 - 4/9", "từ tháng 5-10", "từ 1969 - 1972": a range already;
                # "từ" opens it
                out.append(_Found(start, a.end, a.parts, a.kind))
                i += 1
                continue
            if i + 1 < len(found):
                b = found[i + 1]
                join = _RANGE_JOIN.fullmatch(text, a.end, b.start)
                if join and b.kind not in ("relday",):
                    this_year = (a.parts.year_offset == 0 and a.parts.year is None and a.parts.month is None
                                 and a.parts.modifier is None)  # not "từ đầu năm nay"
                    if this_year and _year_written(b.parts) and b.parts.month is None:
                        # "từ năm nay đến năm 2010": as "từ nay đến năm 2010" (not "đến tháng 6/2006",
                        # whose start would be a year and "nay" a month)
                        out.append(_Found(b.start, b.end, b.parts, "interval"))
                    else:
                        out.append(_Found(start, b.end, _interval(a.parts, b.parts), "interval"))
                    i += 2
                    continue
            month_end = _MONTH_RANGE_END.match(text, a.end)
            if month_end and a.kind == "month" and a.parts.last_month is None:
                end = replace(a.parts, year=int(month_end["year"]), month=int(month_end["month"]))
                ordered = a.parts.year is None or (a.parts.year, a.parts.month or 1) <= (end.year, end.month)
                if (i + 1 >= len(found) or found[i + 1].start >= month_end.end()) and ordered:
                    out.append(_Found(start, month_end.end(), _interval(a.parts, end), "interval"))
                    i += 1
                    continue
            bare_end = _MONTH_RANGE_BARE_END.match(text, a.end)
            if (bare_end and a.kind == "month" and a.parts.last_month is None and a.parts.year is None
                    and (i + 1 >= len(found) or found[i + 1].start >= bare_end.end())):
                end = replace(a.parts, month=int(bare_end["month"]), modifier=None)
                out.append(_Found(start, bare_end.end(), _interval(a.parts, end), "interval"))
                i += 1
                continue
            now = _RANGE_NOW.match(text, a.end)
            if now:
                out.append(_Found(start, now.end(), replace(a.parts, end_is_now=True), "interval", a))
                i += 1
                continue
        out.append(a)
        i += 1
    return out


def _unmarked_range(a: _Found, b: _Found, text: str) -> bool:
    """"vào tháng 7 đến tháng 8", "cuối tháng 4 cho tới ngày 31/5": a month that a time word or
    a modifier opens and a later month or day, neither a range itself, joined by "đến" or "tới"
    alone on one line; or two days restated in the lunar calendar ("20/4 đến 27/4 âm lịch"). Not
    two solar days ("nhập viện ngày 5/3 đến ngày 8/3 thì tử vong" is two events), not a month
    nothing opens ("khởi công tháng 3 đến tháng 10 đã hoàn thành"), not when the second is when
    something only then happened ("vào tháng 6 đến tháng 12 mới xong"), nor a date moved to
    another ("dời tháng 5 đến tháng 8"). Two months joined by a dash are a period whatever
    opens them ("Tháng Bảy - Tháng Mười Một (Học kỳ II)"): a dash joins no two events."""
    if _month_dash_month(a, b, text):
        return True
    if (b.kind not in _CALENDAR_KINDS or a.parts.last_month is not None or b.parts.last_month is not None
            or _WORD_JOIN.fullmatch(text, a.end, b.start) is None):
        return False
    lunar = _LUNAR_RIGHT.match(text, b.end)
    opened = a.parts.modifier is not None or _PERIOD_OPENER_BEFORE.search(text, max(0, a.start - 20), a.start)
    return ((a.kind == "month" and opened or a.kind in _DAY_KINDS and lunar is not None)  # "20/4 đến 27/4 âm lịch"
            and not _RANGE_BREAKER_AFTER.match(text, lunar.end() if lunar else b.end)
            and not _MOVING_BEFORE.search(text, max(0, a.start - 40), a.start))


def _month_dash_month(a: _Found, b: _Found, text: str) -> bool:
    """Two months, each written with its own "tháng", a dash between them on one line, the
    second later in the year or in a later year: "tháng 7 - tháng 11", "Tháng Bảy - Tháng Mười Một"."""
    if a.kind != "month" or b.kind != "month" or _PAIR_DASH.fullmatch(text, a.end, b.start) is None:
        return False
    pa, pb = a.parts, b.parts
    if pa.last_month is not None or pb.last_month is not None or pa.month is None or pb.month is None:
        return False
    if pa.year is not None and pb.year is not None:
        return (pa.year, pa.month) < (pb.year, pb.month)
    return pa.month < pb.month


def _year_written(p: _Parts) -> bool:
    return p.year is not None or p.last_year is not None


def _interval(a: _Parts, b: _Parts) -> _Parts:
    """One interval from the first unit of ``a`` to the last unit of ``b``; a missing year is borrowed from the other side."""
    b_last_year = b.last_year if (b.last_month is not None or b.last_year is not None) else b.year
    b_last_month = b.last_month if b.last_month is not None else b.month
    b_last_day = b.last_day if b.last_day is not None else b.day
    a_year, last_year = a.year, b_last_year
    if a_year is None and last_year is not None and a.year_offset is None:
        a_year = last_year
        if (a.month or 1, a.day or 1) > (b_last_month or 12, b_last_day or 31):
            a_year -= 1  # "từ 15/12 đến 10/1/2019": the start is in the year before
    elif last_year is None and a_year is not None and b.year_offset is None:
        last_year = a_year
        if (b_last_month or 12, b_last_day or 31) < (a.month or 1, a.day or 1):
            last_year += 1  # "từ tháng 12/2003 đến 27/2": the end is in the next year
    wraps = (b_last_month or 12, b_last_day or 31) < (a.month or 1, a.day or 1)
    a_offset, last_offset = a.year_offset, b.year_offset
    if a_year is None and last_year is None:
        if a_offset is None and last_offset is not None and last_offset <= 0:
            a_offset = last_offset - wraps  # "tháng 5 đến tháng 10 năm ngoái": both last year
            # (not "từ tháng 9 đến tháng 9 năm sau": the start is this year)
        elif last_offset is None and a_offset is not None:
            last_offset = a_offset + wraps  # "ngày 30/12 năm ngoái đến ngày 2/1": the end this year
    return _Parts(year=a_year, year_offset=a_offset, month=a.month, day=a.day,
                  last_year=last_year if last_year is not None else None,
                  last_month=b_last_month, last_day=b_last_day,
                  time=a.time or b.time, weekday=None,
                  end_inferred=b.year is None and b.last_year is None,
                  start_inferred=a.year is None,
                  last_year_offset=last_offset if last_year is None else None)


def _value_of(found: _Found, ref: _dt.date | int | None, now_month: tuple[int, int] | None = None,
              today: _dt.date | None = None) -> tuple[str | None, bool, str | None]:
    """The value of a found expression, including "từ A đến nay".

    "nay" (now) is written at the start's precision as far as it is known: the
    reference day after a day, the month ``now_month`` (the reference date's, or
    the news lead's: see :func:`_now_month`) after a month, else the reference
    year. "từ đầu năm" starts in January: "từ đầu năm đến nay" is
    ``YYYY-01/YYYY-MM``, or ``YYYY-01/YYYY`` when only the year is known. With no
    reference year, ``today`` is the day of writing whose year is unknown (the news
    lead's: "Ngày 21/12 ... từ 11/12 đến nay" is ``XXXX-12-11/XXXX-12-21``); a
    yearless start later in the calendar than it is left alone (its year is not today's).
    """
    p = found.parts
    if ref is None and p.year is None and p.year_offset == 0 and p.last_year is not None:
        # "Từ cuối năm nay đến năm 2010" with "năm nay" unknown: the written end alone
        return _value(_Parts(year=p.last_year, month=p.last_month, day=p.last_day), ref)
    if p.end_is_now:
        start_parts = replace(p, end_is_now=False)
        if p.modifier == "early" and p.month is None and p.day is None and p.last_year is None:
            start_parts = replace(start_parts, month=1)  # "từ đầu năm": from January
        first, inferred, pattern = _value(start_parts, ref)
        if first is None:
            if today is None or pattern is None or not pattern.startswith("XXXX-") or "/" in pattern:
                return None, True, pattern
            now = f"XXXX-{today.month:02d}" + (f"-{today.day:02d}" if len(pattern) == 10 else "")
            if pattern > now:
                return None, True, pattern
            return None, True, pattern if pattern == now else f"{pattern}/{now}"
        start = first.split("/")[0]
        if len(start) == 10 and isinstance(ref, _dt.date):
            now = ref.isoformat()
        elif len(start) >= 7 and now_month is not None:
            now = f"{now_month[0]:04d}-{now_month[1]:02d}"
        elif ref is not None:
            now = str(_ref_year(ref))
        else:
            return None, True, (pattern or first) + "/XXXX"
        if (p.year is None or p.anaphoric) and start[:len(now)] > now:
            # "từ tháng 3 đến nay" written in January: March of the year before
            year = int(start[:4]) - 1
            start = _value(replace(start_parts, year=year), ref)[0].split("/")[0]  # type: ignore[union-attr]
        return (start if start == now else f"{start}/{now}"), True, None  # "từ tháng 8 đến nay" in August is August
    return _value(p, ref)


_DATELINE_MAX = 30  # a news lead's date opens its line: "(NLĐ) - Ngày 5-8, ..."


def _now_month(lead: _Found | None, ref: _dt.date | int | None,
               lead_day: tuple[_dt.date, _dt.timedelta, bool] | None = None) -> tuple[int, int] | None:
    """(year, month) of "now" for "đến nay": the full reference date's; with only a reference
    year, the month of the news lead's date (a day-month within the first characters of one of
    the first two non-empty lines: "(NLĐ) - Ngày 5-8, ...") when it falls in the reference year
    (the lead reports what happened at the time of writing), else the month of the day of
    writing ``lead_day`` gives (see :func:`_lead_day`: "sáng nay (30/10)" anywhere) when its year
    is known and the reference year; else unknown."""
    if isinstance(ref, _dt.date):
        return ref.year, ref.month
    if ref is None:
        return None
    if lead is not None and lead.parts.month and _year_of(lead.parts, ref) == ref:
        return ref, lead.parts.month
    if lead_day is not None and lead_day[2] and (today := lead_day[0] + lead_day[1]).year == ref:
        return today.year, today.month
    return None


# a news agency's or paper's tag opening a lead: "(NLĐ)-", "(TTO) –", "(VnExpress) -"
_SOURCE_TAG = re.compile(r"\([A-ZĐ][A-Za-zĐđ]{1,11}\)[^\S\r\n]*[-–][^\S\r\n]*")


def _news_lead(found: list[_Found], text: str) -> _Found | None:
    """The news lead's date: the first day-month within the first characters of one of the
    first two non-empty lines ("(NLĐ) - Ngày 5-8, ...", "10/9 là hạn cuối cùng ...") or after
    a source tag on one of them."""
    lines = _lines(text, 2)
    starts = [m.start() for start, end in lines if (m := _VISIBLE.search(text, start, end))]
    # a title run together with its lead: the lead starts after the source tag, "... taxi “dù” (NLĐ)- Rạng sáng 2-5"
    starts += [m.end() for start, end in lines for m in _SOURCE_TAG.finditer(text, start, end)]
    for f in found:
        if f.kind in ("dmy", "dmw", "dm", "drange") and any(0 <= f.start - s <= _DATELINE_MAX for s in starts):
            return f
    return None


# a comma, then a day (its lead in its span), then the end of the sentence: ", sáng 17/8."
_CLOSING_COMMA = re.compile(r",[^\S\r\n]*$")
_CLOSING_END = re.compile(r"[^\S\r\n]*(?:[.!?…](?:\s|$)|$)", re.MULTILINE)


def _closing_dateline(found: list[_Found], text: str) -> _Found | None:
    """The first day that closes a sentence of one of the first two non-empty lines after a
    comma or said with a part of day, the day of the event the lead reports: "... tại phiên họp
    Thường vụ QH, sáng 29/9.", "... ngay khi Bộ trưởng trả lời chất vấn sáng 10/6." (the dateline
    some papers write at the end of the lead rather than at its start)."""
    for start, end in _lines(text, 2):
        for f in found:
            if (start <= f.start and f.end <= end and f.kind in _SINGLE_DAY_KINDS
                    and (_CLOSING_COMMA.search(text, start, f.start) or f.parts.time) and _CLOSING_END.match(text, f.end)):
                return f
    return None


def _paragraph_lead(found: list[_Found], text: str) -> _Found | None:
    """The day opening the paragraph of the first relative day, before it: "Chiều 31/10, trời
    mưa to. ... nơi hôm qua có những ngôi nhà", "Khoảng 22h ngày 9/11, xe vào nhận hàng ... Đêm
    nay là ca trực" (a report whose lead dates nothing tells the paragraph's day first)."""
    first = next((f for f in found if f.kind == "relday"), None)
    if first is None:
        return None
    line = _line_start(text, first.start)
    opening = [f for f in found if line <= f.start and f.end <= first.start and f.kind in _SINGLE_DAY_KINDS
               and f.start - line <= _DATELINE_MAX]
    return opening[-1] if opening else None


def _day_of_same_part(found: list[_Found], text: str,
                      ref: _dt.date | int | None) -> tuple[_dt.date, _dt.timedelta, bool] | None:
    """The day of writing from a "nay" said with a part of day ("Chiều nay", "tối nay") and the
    day written before it with that part of day ("chiều 25/5", "20:30 tối 21/4"): a report dates
    what it tells, then speaks of that afternoon as "chiều nay" (see :func:`_lead_day`). None
    when such pairs give different days."""
    days = {}
    for r in found:
        if r.kind != "relday" or r.parts.day_offset != 0 or not r.parts.time:
            continue
        for w in found:
            if (w.end <= r.start and w.kind in _SINGLE_DAY_KINDS and w.parts.time
                    and w.parts.time.split()[-1] == r.parts.time and (day := _lead_day(w, found, text, ref))):
                days[day[0] + day[1]] = day
    return next(iter(days.values())) if len(days) == 1 else None


_PAST_DAY_LEAD = re.compile(rf"{_W}{_words(_DATA['past_day_leads'])}{_E}", re.IGNORECASE)  # "tối hôm 26.3"


def _lead_day(lead: _Found | None, found: list[_Found], text: str,
              ref: _dt.date | int | None) -> tuple[_dt.date, _dt.timedelta, bool] | None:
    """The day of the report when no full reference date is known, from the news lead's single
    day (the lead reports what happens on the day of writing): (the lead's date, the days from
    it to the day of writing, whether its year is known; the year is 2000, a leap year, when it
    is not). A lead in apposition to a relative day is that day counted from the day of writing
    ("Sáng nay (24-1)" is the day of writing, "Tối qua (10/4)" the day before it). None when the
    lead names another day: a coming one ("Ngày 17/8 tới") or a past one ("hôm 26.3")."""
    if lead is None or lead.parts.day is None or lead.parts.month is None or lead.parts.last_day is not None:
        return None
    if _opens_period(lead, text):
        return None  # "Từ 1/4 Hà Nội tăng giá nước": the start of a period, not the day of writing
    if _AFTER_BARE.match(text, lead.end) or _PAST_DAY_LEAD.search(text, lead.start, lead.end) or _is_coming(lead, text):
        return None  # "Ngày 17/8 tới", "tối hôm 24-3", "từ 1/4, sẽ tăng giá": not the day of writing
    if _is_lunar(lead, text):
        return None  # "Tối 15/8 âm lịch, ...": a lunar day is no day of the solar calendar to count from
    relative = next((r for r in found if r.end <= lead.start and _names_relative_day(r, lead, text)), None)
    if relative is None and _BEFORE_BARE_APPOSITION.search(text, max(0, lead.start - 30), lead.start):
        return None  # apposition to a relative day not read as one
    to_writing = _dt.timedelta(days=-(relative.parts.day_offset or 0) if relative else 0)
    year = _year_of(lead.parts, ref)
    known = year is not None
    if not known:  # a year for the arithmetic only (2000 is a leap year, so 29/2 exists): see _from_lead_day
        year = 2000
    if not _valid(year, lead.parts.month, lead.parts.day):
        return None
    return _dt.date(year, lead.parts.month, lead.parts.day), to_writing, known


def _named_day(found: list[_Found], text: str, ref: _dt.date | int | None) -> tuple[_dt.date, _dt.timedelta, bool] | None:
    """The day of writing from a relative day the text names by its date anywhere: "Chiều qua
    21/12" says the text is written on 22/12, so its "chiều nay" is 22/12 (see :func:`_lead_day`),
    whatever day the news lead tells of ("Tối 18/9, bão đã suy yếu ... Hôm qua (18/9)": the 19th).
    None when two such days disagree."""
    days = {}
    links = _header_lines(text)[1:]  # related-article links come before the day of writing
    for relative, written in zip(found, found[1:]):
        if not _names_relative_day(relative, written, text):
            continue
        line_start = text.rfind("\n", 0, relative.start) + 1
        quoted = text.count("“", line_start, relative.start) > text.count("”", line_start, relative.start)
        if quoted or any(start <= written.start < end for start, end in links):
            continue  # "“Hôm nay, 30/4, Sài Gòn đã giải phóng”" in a diary quoted years later
        day = _lead_day(written, found, text, ref)
        if day is not None:
            days[day[0] + day[1]] = day
    return next(iter(days.values())) if len(days) == 1 else None


def _names_relative_day(relative: _Found, written: _Found, text: str) -> bool:
    """``written``, one day and month, stands in apposition to the relative day ``relative`` on
    its line and names it: "Hôm qua (30-3)", "Sáng nay, 24-1", "hôm qua 3/3"; not one day of
    a list or a range ("Hôm qua (30 và 31-3)", "Hôm nay, 5/4 và 6/4"), nor a lunar day."""
    return (relative.kind == "relday" and written.parts.day is not None and written.parts.last_day is None
            and _APPOSITION_GAP.fullmatch(text, relative.end, written.start) is not None
            and not _LISTED_AFTER.match(text, written.end)
            and not _is_lunar(written, text))  # "Hôm nay (15/8 âm lịch)" names no solar day


def _from_lead_day(f: _Found, lead_day: tuple[_dt.date, _dt.timedelta, bool]) -> tuple[str | None, bool, str | None] | None:
    """(value, year_inferred, pattern) of a relative day or month counted from the day of
    writing the news lead gives (see :func:`_lead_day`). With the lead's year unknown, the value
    is the written parts ("hôm qua" the day before "10/9": ``XXXX-09-09``), or None when they
    depend on whether the year is a leap year ("ngày mai" after "28/2" is 29/2 or 1/3; "hôm nay"
    after "Hôm qua (28-2)" too)."""
    lead, to_writing, known = lead_day
    if known:
        return _value_of(f, lead + to_writing, None)
    month_days = set()  # "-09-09": the value without its year, in a leap year and in a common one
    for year in (2000, 2001):
        if _valid(year, lead.month, lead.day):
            value = _value_of(f, lead.replace(year=year) + to_writing, None)[0]
            month_days.add(value[4:] if value else None)
    if len(month_days) != 1 or None in month_days:
        return None
    return None, True, "XXXX" + month_days.pop()


_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*\s|[\r\n]")  # "31.1" or "TP.HCM" end nothing
# between a solar date and the lunar date that restates it: "12-9-2005 (tức 9-8 âm lịch)", "25/4, tức 10/3"
# (a lead such as "ngày" belongs to the lunar date's span)
_RESTATING_GAP = re.compile(rf"[^\S\r\n]*[,(]?[^\S\r\n]*{_words(_DATA['lunar_restatements'])}[^\S\r\n]*", re.IGNORECASE)


def _anaphora(found: list[_Found], text: str) -> list[_Found]:
    """Years taken from earlier expressions.

    * "Trong năm", "năm đó" ... take the year last written before them in the text (a
      single written year: "năm 2017", "3/1/2002", "tháng 8-2005"; not a range, not an
      inferred year); without one they are dropped;
    * a day-month or a month without year takes the year of a date with a written month
      and year earlier in the same sentence ("quyết định ký ngày 29-12-2005 buộc bàn giao
      trước ngày 31-12"), not the reference year;
    * "cùng ngày" takes the day last written before it (not a coming one), "hôm sau" and
      "hôm trước" the day after or before the one last written in their sentence.
    """
    out: list[_Found] = []
    last: int | None = None
    dated: _Found | None = None  # the last expression with a written month and year
    day: _Parts | None = None  # the last single day written ("ngày 28/9")
    told: _Found | None = None  # the last single solar day written, coming or not
    month: _Found | None = None  # the last single solar month written, with or without its day
    for f in found:
        p = f.parts
        if (f.kind == "relmonth" and month is not None and p.month_offset
                and _ANAPHORIC_MONTH.search(text, f.start, f.end)
                and not _SENTENCE_END.search(text, month.end, f.start)):
            # "tháng trước", "tháng sau": the month before or after one told of in the same sentence
            # ("Giá ... áp dụng trong tháng 5 đã thấp hơn so với tháng trước": April)
            base = month.parts
            index = base.month - 1 + p.month_offset
            if 0 <= index < 12:
                f = replace(f, kind="month", parts=replace(p, year=base.year, year_offset=base.year_offset,
                                                           month=index + 1, month_offset=None,
                                                           anaphoric=base.year is not None))
                out.append(f)
                continue
        if f.kind == "anaday" and p.day_offset:
            if told is not None and not _SENTENCE_END.search(text, told.end, f.start):
                # "hôm sau", "hôm trước": the day after or before one told of in the same sentence, coming
                # or not ("sẽ nói chuyện vào 17h30 ngày 20/3 ...; phỏng vấn từ 9 đến 12h ngày hôm sau"); a
                # later sentence may tell of a habit ("Do ba tuần vừa qua phải tăng ca tới 3g sáng hôm sau")
                base = told.parts
                year = base.year or 2000  # a leap year holds every day-month; an unknown year's February
                moved = _dt.date(year, base.month, base.day) + _dt.timedelta(days=p.day_offset)  # end is unknown
                if moved.year == year and not (base.year is None and (moved.month, moved.day) == (2, 29)):
                    out.append(replace(f, parts=replace(p, year=base.year, year_offset=base.year_offset,
                                                        month=moved.month, day=moved.day, day_offset=None)))
            continue
        if f.kind == "anaday":
            if day is not None:
                out.append(replace(f, parts=replace(p, year=day.year, year_offset=day.year_offset,
                                                    month=day.month, day=day.day, day_offset=None)))
            continue
        if f.kind == "anaphor":
            if last is not None:
                out.append(replace(f, parts=replace(p, year=last)))
            continue
        if (p.year is None and p.year_offset is None and p.month is not None and p.month_offset is None
                and p.last_year is None and p.last_year_offset is None and dated is not None
                and not _SENTENCE_END.search(text, dated.end, f.start) and not _is_lunar(f, text)):
            # (a lunar day takes no solar year: "Ngày 3/8/2005, trăng rằm tháng 8 rất sáng")
            f = replace(f, parts=replace(p, year=dated.parts.year, anaphoric=True))
        elif p.year is not None and not p.anaphoric and p.year_offset is None and p.last_year in (None, p.year):
            last = p.year
            dated = f if p.month is not None else None
        if _is_lunar(f, text):
            # "Sáng 12-9-2005 (tức 9-8 âm lịch) ... Chiều cùng ngày" is the solar day the lunar date
            # restates; after a lunar day of its own ("Chính hội vào ngày 9/4 âm lịch. Sáng cùng
            # ngày") no solar day is known
            if out and _RESTATING_GAP.fullmatch(text, out[-1].end, f.start) is None:
                day = told = None
        elif f.parts.month is not None and f.parts.last_month is None:
            month = f
        if (not _is_lunar(f, text) and f.parts.day is not None and f.parts.last_day is None
                and f.parts.last_month is None):
            told = f
            if not _is_coming(f, text) and not _RUNS_TO_BEFORE.search(text, max(0, f.start - 30), f.start):
                # not a coming day ("sẽ chuyển hồ sơ ... vào ngày 1/9 tới. Chiều cùng ngày" is the day told
                # of before it), nor the end a time runs to ("ngày 20-3, công ty yêu cầu tăng ca tới 3g sáng
                # 21-3 ... Cùng ngày" is 20-3)
                day = f.parts
        out.append(f)
    return out


# "tháng trước", "tháng sau" (not "tháng tới", "tháng này": the writing's): counted from a month the sentence tells of
_ANAPHORIC_MONTH = re.compile(rf"{_W}tháng{_SP}(?:{_words(_DATA['anaphoric_months'])}){_E}", re.IGNORECASE)


# a range's joining word ("đến", "tới hết") and up to two words of a clock or a part of day before a
# day: the end a time runs to
_RUNS_TO_BEFORE = re.compile(rf"{_W}{_WORD_JOINS}(?:\s+[\w:]+){{0,2}}\s+$", re.IGNORECASE)


# --------------------------------------------------------------------------- reference date


_WEIGHT = {"dmy": 3, "dmw": 3, "dm": 3, "month": 2, "edition": 1, "quarter": 2, "nmonths": 2, "ndays": 2, "half": 2,
           "year": 1, "bare_year": 1}


_CURRENT_MARK = re.compile(rf"\s+{_words(_DATA['current_year_marks'])}{_E}", re.IGNORECASE)
_CURRENT_WEIGHT = 100  # "năm 2006 này" says which year the text is written in


_NO_REF_BEFORE = re.compile(rf"(?:{_W}|(?<=\())(?:{_words(_DATA['reference_year_blockers'])})"
                            rf"(?:\s+{_words(_DATA['reference_blocker_preps'])})?\s*$", re.IGNORECASE)
_PAST_BEFORE = re.compile(rf"{_W}(?:{_words(_DATA['past_year_marks_before'])})\s*$", re.IGNORECASE)
# a comparative just before the year, with the word it follows: "cao hơn năm 2004"
_COMPARATIVE_BEFORE = re.compile(rf"{_W}(\w+)\s+{_words(_DATA['comparative_marks'])}\s*$", re.IGNORECASE)
# a four-digit number written earlier in the same clause (no sentence end, semicolon or line
# break after it): a year when it is a plausible bare one ("tháng 3/2006 ... cao hơn năm 2005")
_NUMBER_EARLIER_IN_CLAUSE = re.compile(r"(?<![\d.,])(\d{4})(?![\d.,])(?=[^.;!?\r\n]*$)")
_PAST_AFTER = re.compile(rf"\s+{_words(_DATA['past_year_marks_after'])}{_E}", re.IGNORECASE)
_YEAR_ONLY = ("year", "bare_year", "edition")
# "Năm 1988, ... đầu tiên. Đến nay, ...": a year opening its sentence with "Năm" and a comma, the
# rest of that sentence ("1.000" ends nothing), then a sentence opening with "now"
_HISTORY_START = re.compile(r"(?:^\s*|[.!?…][\"”’')]*\s+|[\r\n]\s*)$")
_NOW_NEXT_SENTENCE = re.compile(rf"[^\S\r\n]*,(?:[^.!?…\r\n]|[.!?…](?!\s))*[.!?…][\"”’')]*\s+"
                                rf"(?:{_words(_DATA['now_sentence_openers'])}){_E}", re.IGNORECASE)


def _mark_in_clause_before(words: list[str], syllables: int, tail: str = "", mark_end: str = "") -> re.Pattern[str]:
    """One of ``words`` (then ``mark_end``), then up to ``syllables`` more of the same clause (no
    punctuation, no line break), then ``tail``, ending where the pattern's search ends: the
    expression that follows."""
    return re.compile(rf"{_W}(?:{_words(words)}){mark_end}(?:[^\S\r\n]+[^\s.,;:!?()]+){{0,{syllables}}}"
                      rf"[^\S\r\n]+{tail}$", re.IGNORECASE)


# a plan noun, then up to six words of the same clause, then the year: "chương trình giám sát của QH năm 2005"
_PLAN_BEFORE = _mark_in_clause_before(_DATA["plan_nouns"], 6, r"(?:năm\s+)?")
# a review word, then up to six words of the same clause, then the year: "hội nghị tổng kết công tác
# khám chữa bệnh năm 2004" (a year is reviewed once it is over)
_REVIEW_BEFORE = _mark_in_clause_before(_DATA["review_marks"], 6, r"(?:năm\s+)?")
# the base of a comparison a few words before a year: "so với 160 vụ trong năm 2003" (the year compared with is past)
_COMPARED_BEFORE = _mark_in_clause_before(["so với"], 6)
_PLAN_WORD = re.compile(rf"{_W}{_words(_DATA['plan_nouns'] + _DATA['goal_marks'])}{_E}", re.IGNORECASE)
# a coming-date mark, then up to twelve syllables of the same clause, then the date:
# "phải hoàn thành đồng bộ với Trung tâm Hội nghị quốc gia vào tháng 9/2006"
_FUTURE_BEFORE = _mark_in_clause_before(_DATA["future_year_marks"], 12)
# a goal word, then up to twelve syllables of the clause, then "vào" before the year:
# "với mục tiêu giảm tỷ lệ hộ nghèo từ 26% xuống còn 15% vào năm 2010" (not "phấn đấu hoàn thành kế hoạch năm 2005")
_GOAL_BEFORE = _mark_in_clause_before(_DATA["goal_marks"], 12, r"vào\s+")
# a forecast word, then up to twelve syllables of the clause, then the year: "dự kiến sẽ kết thúc vào năm 2006"
_FORECAST_BEFORE = _mark_in_clause_before(_DATA["forecast_marks"], 12)
# a deadline, comparison, condition or origin word, then up to three syllables of the same clause, then the date
_DATED_BLOCKER = _mark_in_clause_before(_DATA["dated_reference_blockers"], 3)
# an example mark, maybe a comma, then up to three syllables of the clause, then the date: "Ví dụ, ngày 24/11/1971"
_EXAMPLE_BEFORE = _mark_in_clause_before(_DATA["example_marks"], 3, mark_end=r"[^\S\r\n]*,?")
# a condition word, then up to three syllables of the same clause, then the date: "nếu đầu tháng 10/2005"
_CONDITION_BEFORE = _mark_in_clause_before(_DATA["condition_marks"], 3)
# ... unless another blocker stands between the condition and the date: "nếu so với tháng 10/2005"
_OTHER_BLOCKER_BEFORE = _mark_in_clause_before(
    [w for w in _DATA["dated_reference_blockers"] if w not in _DATA["condition_marks"]], 2)
_YEAR_TURN = _DATA["year_turn_months"]
_SCHOOL_YEAR_START = 9  # September: a school year's months from here on are of its first calendar year
_FUTURE_KINDS = ("dmy", "dmw", "dm", "month", "quarter")  # a month's deadline is near; a year's can be far
_DATED_KINDS = ("dmy", "dmw", "dm", "month", "quarter", "nmonths", "ndays", "half")  # dates with a month


# "tính đến 15/7/2005": the end of a period the text's days may lie in (the start of one,
# "Từ tháng 6/2003, ...", is before them: its year or a later one)
_UNTIL_BEFORE = re.compile(rf"{_W}(?:{_words(_DATA['range_joins'])})\s*$", re.IGNORECASE)
# between two items of a list: a bracketed remark, then a comma, semicolon or conjunction, on one line
_LIST_GAP = re.compile(r"[^\S\r\n]*(?:\([^()\r\n]{0,40}\)[^\S\r\n]*)?(?:[,;]|và|hoặc)[^\S\r\n]*", re.IGNORECASE)
_FUTURE_IN_SENTENCE = re.compile(rf"{_W}(?:{_words(_DATA['future_year_marks'])}){_E}", re.IGNORECASE)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence around ``position`` starts (see :func:`_sentence_at`)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 400), position)]
    return starts[-1] if starts else max(0, position - 400)


def _planned(f: _Found, text: str) -> re.Match[str] | None:
    """A plan's noun before ``f`` in its clause ("kế hoạch ... năm 2006"): the year a plan is made for."""
    return _PLAN_BEFORE.search(text, max(0, f.start - 80), f.start)


def _future_before(f: _Found, text: str) -> bool:
    """A future mark ("sẽ", "dự kiến" ...) earlier in the sentence of ``f``."""
    return _FUTURE_IN_SENTENCE.search(text, _sentence_start(text, f.start), f.start) is not None


def _sentence_at(text: str, position: int) -> str:
    """The sentence around ``position``, between the sentence ends of :data:`_SENTENCE_END`
    ("TP.HCM" and "31.1" end nothing)."""
    end = _SENTENCE_END.search(text, position)
    return text[_sentence_start(text, position):end.start() if end else len(text)]


# "Từ 1/1/2006, giá vé sẽ tăng": the date opens a clause whose verb is in the future
_FUTURE_LATER = re.compile(rf"[,:]?(?:[^\S\r\n]+[^\s.,;:!?()]+){{0,6}}[^\S\r\n]+(?:{_words(_DATA['future_verbs_later'])}){_E}",
                           re.IGNORECASE)
_FUTURE_AFTER = re.compile(rf"\s+{_words(_DATA['future_marks_after'])}{_E}", re.IGNORECASE)
# an intake, an opening, a start, a taking effect or a registration deadline at most three words
# before the date ("khoá nhập học tháng 2/2006", "có hiệu lực thi hành từ ngày 1-1-2006"), and a
# past mark anywhere in the date's sentence ("đã khai giảng vào tháng 9/2005": no longer coming)
_COMING_LEAD_BEFORE = _mark_in_clause_before(_DATA["coming_leads"], 3)
_PAST_MARK = re.compile(rf"{_W}{_words(_DATA['coming_lead_past_marks'])}{_E}", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _inside_other_word(blocker: str, text: str, start: int) -> bool:
    """Whether the blocker word ``blocker``, at ``start`` of ``text``, is the second syllable of
    another word: "sinh" in "học sinh", "tuyển sinh", "phát sinh" (data: blocker_compounds) is no
    birth; after a person's name ending in such a syllable ("ông Cao Đức Phát sinh năm 1956") it is one."""
    first = blocker.split()[0].lower() if blocker.split() else ""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return (before is not None and before.group(1).lower() in _DATA["blocker_compounds"].get(first, ())
            and not _after_a_named_person(text, start))


_NAME_SYLLABLES = 4  # at most, after the honorific


def _after_a_named_person(text: str, end: int) -> bool:
    """Whether ``text`` ends at ``end`` in a person's name after an honorific, on one line:
    "ông Cao Đức Phát", "Ông Phát" (not "Hội đồng Tuyển", nor a heading in capitals)."""
    from ..gazetteer import gazetteers

    honorifics = gazetteers()["honorific"]
    line = re.split(r"[\r\n]", text[max(0, end - 80):end])[-1]
    words = [w.strip(",;:()\"") for w in line.split()]
    name = 0  # capitalized syllables (not all in capitals) ending the line
    while name < len(words) and _name_syllable(words[-1 - name]):
        name += 1
    for size in range(honorifics.longest, 0, -1):
        for lead in (len(words) - name - size, len(words) - name):  # before the name, or opening it ("Ông Phát")
            rest = len(words) - lead - size
            if lead >= 0 and 1 <= rest <= _NAME_SYLLABLES and " ".join(words[lead:lead + size]) in honorifics:
                return True
    return False


def _name_syllable(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _opens_period(f: _Found, text: str) -> bool:
    """Whether ``f`` is written as the start of a period: "Từ 1/1/2006, ...", "kể từ tháng 6/2003"."""
    return _RANGE_START.search(text, max(0, f.start - 12), f.start) is not None


def _frames_clause(f: _Found, text: str) -> bool:
    """Whether ``f``, the start of a period, opens its clause ("Từ ngày 1/7/2005, CSGT đã xử phạt"):
    the time frame of what the clause tells, not a state holding since ("ký kết từ ngày 15/12/1998")."""
    start = _RANGE_START.search(text, max(0, f.start - 12), f.start)
    return start is not None and _CLAUSE_START_BEFORE.search(text, max(0, start.start() - 20), start.start()) is not None


def _is_coming(f: _Found, text: str) -> bool:
    """Whether the text speaks of ``f`` as coming: a mark of the future earlier in its clause
    ("phải hoàn thành ... vào tháng 9/2006", "đến hết tháng 2/2006"), right after it
    ("ngày 13-1-2005 tới"), for the start of a period later in the clause it opens ("Từ
    1/1/2006, giá vé sẽ tăng"; not "Ngày 12/4, hàng trăm hộ phải sơ tán"), or an intake, opening,
    start, taking effect or registration deadline just before its month or day ("khoá nhập học
    tháng 2/2006"; not in a sentence with a past mark, "đã khai giảng vào tháng 9/2005", "bắt đầu
    vào tháng 3/2004, đến nay ...", nor the end of a period, "hiệu lực đến tháng 1/2010", nor a
    school year)."""
    lead = (f.kind in _FUTURE_KINDS and _COMING_LEAD_BEFORE.search(text, max(0, f.start - 60), f.start)
            and not _UNTIL_BEFORE.search(text, max(0, f.start - 30), f.start)  # "hiệu lực đến tháng 1/2010"
            and not _PAST_MARK.search(_sentence_at(text, f.start)))  # "đã khai giảng", "bắt đầu ..., đến nay"
    return bool(_FUTURE_BEFORE.search(text, max(0, f.start - 100), f.start) or _FUTURE_AFTER.match(text, f.end)
                or (_opens_period(f, text) and _FUTURE_LATER.match(text, f.end)) or lead)


_STEMS, _BRANCHES = _DATA["heavenly_stems"], _DATA["earthly_branches"]
# a lunar year's name: its stem and its branch ("Ất Dậu")
_STEM_BRANCH = rf"(?P<stem>{_words(_STEMS)})\s+(?P<branch>{_words([name for names in _BRANCHES for name in names])})"
_LUNAR_YEAR = re.compile(rf"{_W}(?:{_words(_DATA['lunar_year_leads'])})\s+{_STEM_BRANCH}{_E}", re.IGNORECASE)
_LUNAR_NAME_BEFORE = re.compile(rf"{_W}{_STEM_BRANCH}\s+$", re.IGNORECASE)  # "Tết Ất Dậu " before "2005"


_STEM_INDEX = {stem.lower(): i for i, stem in enumerate(_STEMS)}
_BRANCH_INDEX = {name.lower(): i for i, names in enumerate(_BRANCHES) for name in names}


def _lunar_years(text: str) -> list[int]:
    """The cycle positions (0 = Giáp Tý, 1984 - 60k) of the lunar years the text names ("Tết Ất Dậu")."""
    return [k for m in _LUNAR_YEAR.finditer(text) if (k := _cycle_position(m)) is not None]


def _cycle_position(m: re.Match[str]) -> int | None:
    """The cycle position of the lunar year a match of :data:`_STEM_BRANCH` names, None for a
    stem and branch that name no year."""
    stem, branch = _STEM_INDEX[m["stem"].lower()], _BRANCH_INDEX[m["branch"].lower()]
    return next(k for k in range(60) if k % 10 == stem and k % 12 == branch) if _in_cycle(stem, branch) else None


def _restates_lunar_year(before: str, year: int) -> bool:
    """Whether ``year`` restates the lunar year named just before it ("Tết Ất Dậu 2005", "nạn đói
    năm Ất Dậu 1945"): it is at that year's place in the sixty-year cycle."""
    m = _LUNAR_NAME_BEFORE.search(before)
    return m is not None and _cycle_position(m) == (year - 1984) % 60


def _in_cycle(stem: int, branch: int) -> bool:
    """Whether a stem and a branch (their indexes) name a year: only 60 of the 120 pairs do."""
    return stem % 2 == branch % 2


def lunar_year_names() -> frozenset[str]:
    """The sixty years of the lunar cycle, lowercase "stem branch" ("bính tuất", and each
    branch's other spellings)."""
    return frozenset(f"{stem} {branch}" for stem, i in _STEM_INDEX.items()
                     for branch, j in _BRANCH_INDEX.items() if _in_cycle(i, j))


def _lunar_year(position: int, near: list[int]) -> int:
    """The Gregorian year of a cycle position: nearest the years in ``near``, else the latest up to today."""
    latest = _dt.date.today().year
    latest -= (latest - 1984 - position) % 60
    if not near:
        return latest
    centre = sorted(near)[len(near) // 2]
    return min((latest - 60 * k for k in range(-1, 40)), key=lambda y: (abs(y - centre), -y))


# a dash on one line between two dates: "(1.6.1948 - 1.6.2018)", "tháng 7 - tháng 11"
_PAIR_DASH = re.compile(r"[^\S\r\n]*[-–][^\S\r\n]*")
# between an anniversary's count and the day it counts from: words of one clause, no punctuation
_CLAUSE_GAP = re.compile(r"[^\W\d_]*(?:[^\S\r\n]+[^\W\d_]+)*[^\S\r\n]+")


def _anniversary_count(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` naming an anniversary, then its count of years on the same line."""
    return re.compile(rf"{_W}(?:{_words(words)}){_E}[^\r\n]{{0,60}}?{_W}(?P<years>\d{{1,4}})\s+năm{_E}", re.IGNORECASE)


# an anniversary word, then its count of years, on the line before the pair
_ANNIVERSARY_COUNT = _anniversary_count(_DATA["anniversary_words"])
# the same for the day an anniversary counts from, written alone (data: founding_day)
_FOUNDING_COUNT = _anniversary_count(_DATA["founding_day"]["anniversary_words"])
_TIME_PREPOSITION_END = re.compile(rf"{_W}{_words(_DATA['founding_day']['time_prepositions'])}\s+$", re.IGNORECASE)


def _anniversary_pairs(found: list[_Found], text: str) -> tuple[list[_Found], list[_Found]]:
    """The full dates of the same day and month in two years joined by a dash, after an
    anniversary word and a count of years that is their distance, on their line: "kỷ niệm 70
    năm ... (11.6.1948 - 11.6.2018)" is a founding day and its anniversary (the earlier ones,
    the later ones). Without them such a pair is a period of whole years ("Nhân dịp ký hợp đồng
    thuê đất (1/1/2005 - 1/1/2010)", "Nhân dịp kỷ niệm 10 năm thành lập, ... (1/6/2006 - 1/6/2007)").
    A full date written bare in the anniversary's clause, after its count, is a founding day too."""
    founding, anniversary = [], []
    for a, b in zip(found, found[1:]):
        if not (a.kind == b.kind == "dmy" and (a.parts.month, a.parts.day) == (b.parts.month, b.parts.day)
                and a.parts.year < b.parts.year and _PAIR_DASH.fullmatch(text, a.end, b.start)):
            continue
        line_start = max(text.rfind("\n", 0, a.start) + 1, a.start - 200)
        counts = {int(m["years"]) for m in _ANNIVERSARY_COUNT.finditer(text, line_start, a.start)}
        if b.parts.year - a.parts.year in counts:
            founding.append(a)
            anniversary.append(b)
    for f in found:
        # a full date written bare in the anniversary's own clause is the day counted from: "nhân
        # kỷ niệm 30 năm ngày Giải phóng hoàn toàn miền Nam ... 30/4/1975" (not "Kỷ niệm 30 năm
        # ..., ngày 15/12/2004, Thành ủy đã họp", after a comma, nor "... diễn ra sáng 30/4/2005",
        # "... vào 2/9/2005": the day of the celebration)
        if f.kind == "dmy" and f not in founding and f not in anniversary and text[f.start].isdigit():
            line_start = max(text.rfind("\n", 0, f.start) + 1, f.start - 200)
            if any((gap := _CLAUSE_GAP.fullmatch(text, m.end(), f.start))
                   and not _TIME_PREPOSITION_END.search(gap.group())
                   for m in _FOUNDING_COUNT.finditer(text, line_start, f.start)):
                founding.append(f)
    return founding, anniversary


def _written_years(found: list[_Found], text: str, within: tuple[int, int] | None = None,
                   next_year_spoken: bool = False, dated: set[int] | None = None,
                   weak: Counter[int] | None = None, lead_month: int | None = None) -> Counter[int]:
    """Weighted votes for the year the text is written in, from the years written in ``found``.

    A year alone after a comparison, condition, plan or deadline word ("so với năm 2005",
    "dự kiến hoàn thành năm 2010") says nothing of the writing year and counts 0; a year
    the text speaks of as past ("năm 2005 vừa qua", "hồi năm 2005", "cuối năm 2005")
    votes for the year after it. When the text speaks of "năm tới" (``next_year_spoken``),
    a year a plan is made for ("nhiệm vụ năm 2005") is that next year: it votes for the
    year before it. A coming month or day written with its year ("đến hết tháng 2/2006")
    votes for the year before when every month written without a year comes later in the
    calendar (they are of the year before the deadline), or when the text writes no month
    without a year and it lies in its year's first months ("khai giảng vào tháng 1/2006"), and
    so does a full date early in the year written after yearless days late in it (the turn of
    the year); a past one whose month comes later than all of them votes for the year after it
    (the start of a period, "Từ tháng 6/2003, ...", only when they are written after it). A
    date listed after a coming one is coming. A period "từ A đến nay" only bounds the writing
    time and does not vote, nor does a year opening a period ("hoạt động từ năm 1998"), nor a day a
    state holds since, inside its clause, with no day of the text on or after it in the calendar
    ("Sáng 31/1 ... đầu tư từ ngày 5/7/2000"); the same
    time of a year ("cùng kỳ năm 2004") votes for the year after it, as a past one does ("2005
    khép lại"); a closed period whose end's year is inferred ("Từ 27/10/2003 đến 10/3") votes
    as its end. A year a plan is made for ("chương trình giám sát năm 2006"), one its sentence speaks of
    as coming ("sẽ kết thúc vào năm 2006") or one the text talks about as a clause's subject ("2004 là
    năm đầu tiên thực hiện Luật") weighs half a written year (a title
    opening with such a year, "2007: bắt buộc ...", is its topic and does not vote); a year being
    reviewed ("hội nghị tổng kết công tác năm 2004") is over, unless the text's yearless months are
    the year's last. Births, goals ("với mục tiêu ... vào năm 2010"), comparisons, dated events in
    brackets and cited sources' years do not vote (see the module docstring). Lunar years are
    looked for ``within`` (start, end) of the text. Over the whole text, once something else has
    voted, an event's edition year the text speaks of as coming votes as a year written once. The
    years of the dates with a month that vote for their own year, coming ones left out, are added
    to ``dated``. Periods that do not vote but still bound the writing time add a weak vote to
    ``weak``, for a text that states nothing else and writes months without a year: "từ đầu tháng 4-2005 đến nay" its start's
    year (a month's, not a year's: "từ năm 1998 đến nay" may be long ago), "từ tháng 3 đến
    12/2005" its year, a school year or a season of two years (not a coming one) the calendar
    year of the months the text writes without one ("năm học 2005 - 2006" with "ngày 28-4":
    2006; "Mùa khô 2003-2004" with "tháng 3": 2004).
    """
    weights: Counter[int] = Counter()
    # the months the text writes without a year ("tháng 11", "ngày 3/11"): those of the reference year
    # (not a lunar one, "25/12 âm lịch": no month of the solar year)
    yearless = [f for f in found if f.parts.year is None and f.parts.year_offset is None
                and f.parts.month is not None and f.parts.month_offset is None and not f.parts.anaphoric
                and not _is_lunar(f, text)]
    undated = [f.parts.month for f in yearless]
    # all of them in the year's last months, or the news lead's day without its year in them ("Chiều
    # 10-11, ... Tết Ất Dậu ... từ 0g ngày 24-1"): the turn of the year or a coming Tết may follow
    late = _YEAR_TURN["last_from"]
    late_year = (bool(undated) and min(undated) >= late) or (lead_month or 0) >= late
    first_yearless = min((f.start for f in yearless), default=len(text))
    # yearless months the text speaks of as coming ("tháng 12 tới"), none of them early in the year
    coming_months = any(_is_coming(y, text) for y in yearless) and min(undated) > 1
    founding, anniversary = _anniversary_pairs(found, text)
    previous, previous_coming = None, False
    for f in found:
        p = f.parts
        kind = f.kind
        # "sẽ khai giảng vào tháng 1/2006 (khóa dự bị); tháng 8/2006": an item listed after a coming date is coming
        listed_after_coming = (previous_coming and previous is not None
                               and _LIST_GAP.fullmatch(text, previous.end, f.start) is not None)
        previous, previous_coming = f, False
        # the start of a period the text's later days lie in: "Từ tháng 6/2003, ...", "từ tháng 4-2005 đến nay"
        period_start = kind in _FUTURE_KINDS and _opens_period(f, text)
        if kind == "interval" and p.month is not None and not p.start_inferred and not p.anaphoric:
            if p.end_is_now:  # "từ đầu tháng 4-2005 đến nay": only a lower bound of the writing time
                p, kind, period_start = replace(p, last_year=None, last_month=None, last_day=None), "month", True
            elif p.end_inferred and p.last_month is not None:
                # "Từ 27/10/2003 đến 10/3": the end, in the year after, is the time nearest the writing
                # (not "Từ tháng 11 đến 2/2006", whose written year is the end's, nor a period with both years)
                end_year = p.last_year
                if end_year is None and p.last_year_offset == 0 and (p.last_month, p.last_day or 1) < (p.month, p.day or 1):
                    # "từ tháng 12/2003 đến ngày 27/2 năm nay": this year's day comes after the start, so
                    # in the year after it
                    end_year = p.year + 1
                p = replace(p, year=end_year, month=p.last_month, day=p.last_day,
                            last_year=None, last_month=None, last_day=None)
                kind = "dmy" if p.day is not None else "month"
        if weak is not None and p.year is not None and undated and not _compared(f, text):
            if (kind in ("school", "yrange") and p.month is None and p.last_year == p.year + 1
                    and not _is_coming(f, text)):  # not "dự kiến áp dụng từ năm học 2006-2007"
                # a school year, a crop or dry season, a contest "năm 2004-2005": the calendar year
                # of the months written without a year
                weak[p.year if min(undated) >= _SCHOOL_YEAR_START else p.year + 1] += 1
            elif kind == "interval" and p.month is not None and p.start_inferred and p.last_year == p.year:
                weak[p.year] += 1  # "từ tháng 3 đến 12/2005" (not "từ tháng 11 đến 2/2006")
        if kind == "school" and p.school_offset is not None and p.last_year == p.year + 1:
            # "Năm học mới 2005-2006 đã được hơn 1 tháng": the new school year is the one starting
            # in the year the text is written (data: relative_school_years)
            weights[p.year - p.school_offset] += _CURRENT_WEIGHT
            continue
        if p.year is None or p.last_year not in (None, p.year) or kind not in _WEIGHT:
            continue
        if f in founding:
            continue  # "dịp 60 năm ... (19.4.1946- 19.4.2006)": the founding day says nothing of the writing
        if _EXAMPLE_BEFORE.search(text, max(0, f.start - 60), f.start):
            continue  # "Ví dụ, ngày 24/11/1971, tại Sìn Hồ ...": an example from another time
        if _CELL_TIME_RE.fullmatch(text, f.start, f.end) and _in_year_column(text, f.start, f.end):
            continue  # a column's cell ("Thời điểm hoàn thành": "6/2007"): a row's time, not the writing's
        weak_vote = False
        if kind in _YEAR_ONLY:
            if _opens_period(f, text):
                continue  # "hoạt động từ năm 1998", "kể từ đầu năm 2006": only later (or a coming start)
            if _SAME_PERIOD.match(text, f.start) or _SAME_PERIOD_BEFORE.search(text, max(0, f.start - 20), f.start):
                weights[p.year + 1] += _WEIGHT[kind]  # "thấp hơn cùng kỳ năm 2004": the same time a year before
                continue
            before = text[max(0, f.start - 30):f.start]
            blocked = _reference_blocked(f, text)
            planned = _planned(f, text)
            # a plan's year or a year the text talks about ("2004 là năm đầu tiên thực hiện Luật", "; 2002
            # hơn 1.400 người") weighs less than one that dates what it reports
            subject = kind == "bare_year" and _subject_year(f.start, f.end, text)
            if subject and "\n" not in text[:f.start]:
                continue  # a title's topic ("2007: bắt buộc HS-SV tham gia bảo hiểm y tế?"), often still to come
            # a year the sentence speaks of as coming ("sẽ triển khai và kết thúc vào năm 2006") is
            # no earlier than the writing, maybe later: half a vote
            coming_year = kind in ("year", "bare_year") and p.modifier is None and _future_before(f, text)
            weak_vote = planned is not None or subject or coming_year
            if (next_year_spoken or late_year) and (planned or _FUTURE_LATER.match(text, f.end)):
                # beside "năm tới" or in a text of the year's last months, a plan's year or a year spoken of
                # as coming ("nhiệm vụ năm 2005", "hội nghị kế hoạch và ngân sách năm 2006 tổ chức ngày
                # 27-12", "Năm 2005: Môn ngoại ngữ sẽ được thi trắc nghiệm" with "kỳ thi ... năm tới"):
                # the year before
                weights[p.year - 1] += _WEIGHT[kind]
                continue
            if (kind in ("year", "bare_year") and _PAST_AFTER.match(text, f.end)
                    and (kind == "year" or not _WORD_BEFORE.search(text, max(0, f.start - 20), f.start))):
                # the year itself is over ("năm 2005 vừa qua", "Với du lịch, 2005 khép lại"); a bare
                # year right after a word is an event's edition, and it is the event that is over
                # ("dịp trung thu 2005 vừa qua", of this year)
                weights[p.year + 1] += _CURRENT_WEIGHT
                continue
            compared = _COMPARED_BEFORE.search(text, max(0, f.start - 60), f.start)
            if compared and _PLAN_WORD.search(text, compared.start(), f.start):
                compared = None  # "so với kế hoạch năm 2005", "so với mục tiêu đến năm 2010": no past
            reviewed = not late_year and _REVIEW_BEFORE.search(text, max(0, f.start - 80), f.start)
            # "cuối năm 2005" is over, unless the sentence speaks of it as coming ("sẽ ... trình Quốc hội
            # tại kỳ họp cuối năm 2005")
            late_past = (kind == "year" and p.modifier == "late" and not blocked
                         and not _future_before(f, text))
            if (_PAST_BEFORE.search(before) or late_past or compared
                    or reviewed or _compares_with_past(f, text)):
                weights[p.year + 1] += _WEIGHT[kind]
                continue
            if (kind == "year" and p.modifier == "early" and coming_months
                    and _FUTURE_BEFORE.search(text, max(0, f.start - 100), f.start)):
                # "trình Chính phủ vào tháng 12 tới ... dự án sẽ triển khai đầu năm 2006": the text's
                # coming months come before the coming start of that year
                weights[p.year - 1] += _WEIGHT[kind]
                continue
            if (blocked or _GOAL_BEFORE.search(text, max(0, f.start - 100), f.start)
                    or (kind == "year" and p.modifier is None
                        and _FORECAST_BEFORE.search(text, max(0, f.start - 100), f.start))):
                # "với mục tiêu giảm tỷ lệ hộ nghèo ... vào năm 2010", "dự kiến sẽ kết thúc vào năm 2006"
                # (not "dự kiến sẽ hoàn thiện vào giữa năm 2005", often this year's)
                continue
            if _history_start(f, text):
                continue  # "Năm 1988, ... đầu tiên. Đến nay, ...": long ago or not
        if kind in _DATED_KINDS and (_dated_blocked(f, text) or _issued(f, text)):
            # "đặt mục tiêu hoàn thành từ ngày 31/12/2002", "so với tháng 3/2004", "quyết định 130 ngày 20/6/1975"
            continue
        if within is None and _cited_year(f.start, f.end, text):
            continue  # "cuốn sách (NXB Y học, 1986)": a source's year
        if within is None and ((_OPEN_BRACKET_BEFORE.search(text, max(0, f.start - 3), f.start)
                                and _CLOSE_BRACKET_AFTER.match(text, f.end)
                                and not _BEFORE_BARE_APPOSITION.search(text, max(0, f.start - 40), f.start))
                               or (kind == "bare_year" and _in_bracket(_year_list(f.start, f.end, text)))
                               or (_ends_aside(f, text) and not _is_coming(f, text))):
            # "Tổng tuyển cử bầu Quốc hội khóa đầu tiên (6/1/1946)", "7 lần tổ chức (1996, 1997, 1998)",
            # "(Bình Phước 40,6 độ C ... xảy ra ngày 29/3/1998)": the dates of events named before
            # them or in an aside, not of the writing ("Hôm qua (15/3/2005)" is, and so is a coming
            # one, "(dự kiến trong tháng 3-2005)")
            if f in anniversary:
                # the anniversary in brackets still says which year the text is written for, as a
                # year written once: a date the text states outweighs it ("Chuẩn bị kỷ niệm 30 năm
                # (30/4/1975 - 30/4/2005), ngày 15/12/2004, Thành ủy đã họp")
                weights[p.year] += _WEIGHT["year"]
            continue
        coming = kind in _DATED_KINDS and (listed_after_coming or _is_coming(f, text))
        previous_coming = coming
        month = p.last_month or p.month or 13
        # "Ngày 31-12, sáng: hóa. Ngày 3-1-2006, sáng: toán": yearless days at a year's end and a
        # written date at the next one's start lie across the turn of the year
        # (a full date written after those days, not one the text looks back to: "Hồi tháng 2/2004")
        turn = (late_year and month <= _YEAR_TURN["first_until"] and kind == "dmy" and f.start > first_yearless
                and not _PAST_BEFORE.search(text[max(0, f.start - 30):f.start]))
        if undated and kind in _FUTURE_KINDS and (
                (min(undated) > month and (coming or turn))
                or (coming and any(y.parts.month > month for y in yearless if not _is_coming(y, text)))):
            # "giữ nguyên giá cũ đến hết tháng 2/2006" in a text about "tháng 11": November comes
            # before the deadline, so it is November of the year before; so is a day the text speaks
            # of as past in a month later than a coming one's ("vừa được khởi công ngày 3/12" beside
            # "đến ngày 30/4/2006 sẽ hoàn thành"), whatever other months it writes
            weights[p.year - 1] += _WEIGHT[kind]
            continue
        if not undated and coming and kind in _FUTURE_KINDS and month <= _YEAR_TURN["coming_until"]:
            # "Khoá học khai giảng vào tháng 1/2006" in a text that writes no month without a year:
            # announced ahead, in the year before (in January itself the year would go unwritten)
            weights[p.year - 1] += _WEIGHT[kind]
            continue
        # a period's start bounds only the days written after it ("Ngày 30/6 ... Từ ngày 1/7/2005": not 30/6)
        after = [y.parts.month for y in yearless if y.start > f.start] if period_start else undated
        if (after and kind in _FUTURE_KINDS and not coming and max(after) < (p.month or 0)
                and not _UNTIL_BEFORE.search(text, max(0, f.start - 30), f.start)
                and not _FUTURE_IN_SENTENCE.search(_sentence_at(text, f.start))):
            # "vi phạm vào tháng 7/2005" in a text about "13/2": the text's own days come after
            # that past event, so they are of the year after it
            weights[p.year + 1] += _WEIGHT[kind]
            if dated is not None:
                dated.add(p.year + 1)
            continue
        if p.end_is_now:
            if weak is not None and p.month is not None and undated:
                weak[p.year] += 1  # "từ đầu tháng 4-2005 đến nay": no earlier than April 2005
            continue  # "Từ tháng 5/1998 đến nay": the text is written after May 1998 (its only year, weakly)
        if period_start and not after:
            # "Từ tháng 6/2003, ... được cấp phép" and no day after it; a day a state holds since, inside
            # its clause, with no day of the text in its year after it ("Sáng 31/1 ... quyết định đầu tư
            # từ ngày 5/7/2000"): only known to be later ("Ngày 30/6 ... Từ ngày 1/7/2005, CSGT đã xử
            # phạt" frames what the text tells, and votes)
            holds_since = (kind == "dmy" and not _frames_clause(f, text)
                           and not any((y.parts.month, y.parts.day or 1) >= (p.month, p.day) for y in yearless))
            if kind == "month" or holds_since:
                continue
        # "năm 2006 này"; "trong 5 tháng đầu năm 2005", the year so far: the text is written as it ends
        current = ((kind == "year" and _CURRENT_MARK.match(text, f.end))
                   or (kind == "nmonths" and p.month == 1 and not coming))
        weights[p.year] += _CURRENT_WEIGHT if current else _WEIGHT[kind] / (2 if weak_vote else 1)
        if dated is not None and kind in _DATED_KINDS and not coming:
            dated.add(p.year)
    lunar = _lunar_years(text[slice(*within)] if within else text)
    if lunar:
        near = [y for y, n in weights.items() for _ in range(math.ceil(n))]  # a half vote places a year too
        # in a text of the year's last months, the Tết it names is the coming one, next January or February
        for position in lunar:
            weights[_lunar_year(position, near) - late_year] += _CURRENT_WEIGHT
    if within is None and weights:
        # an edition of an event the text speaks of as coming ("Liên hoan du lịch 2005 sẽ khai
        # mạc") is of the year it is written in, as a year written once; in a text of the year's
        # last months, the coming edition is the next year's
        for year, n in _event_years(text, coming=True).items():
            weights[year - late_year] += n * _WEIGHT["year"]
    return weights


# a related-article link: a headline ending in its date, "Sống trong ổ dịch cúm(10/11/2005)"
_LINK_LINE = re.compile(r"[^\r\n]*\(\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\)\s*")


_TITLE_MAX = 150  # characters of the first line read as the title
# a short last line that is a sentence of the body, more than ten syllables ending in a full stop
# ("Năm nay, điểm ưu tiên ... 0,5 điểm. Mùa tuyển sinh 2003, ... là 1 điểm."), is no byline
_BODY_SENTENCE = re.compile(r"\s*(?:\S+\s+){10,}\S*[.!?…][\"”’')]*\s*")


def _history_start(f: _Found, text: str) -> bool:
    """A year that opens its sentence ("Năm 1988, ...") when the next sentence opens with "now"
    ("Đến nay", "Hiện nay": data now_sentence_openers): the start of a history the text contrasts
    with the present, which only bounds the writing time, like "từ năm 1988 đến nay". Not a year
    inside its sentence ("Kỳ thi năm 2005 diễn ra 1/6. Hiện nay, ..."), nor a coming one."""
    return (f.kind == "year" and text[f.start:f.start + 3].lower() == "năm"
            and _HISTORY_START.search(text[max(0, f.start - 6):f.start]) is not None
            and _NOW_NEXT_SENTENCE.match(text, f.end) is not None
            and not _FUTURE_IN_SENTENCE.search(_sentence_at(text, f.start)))


def _coming_in_body(year: int, found: list[_Found], text: str, body: int) -> bool:
    """The text after the title (from ``body``) writes ``year``, alone or with a month, and only as
    coming or as a plan's ("Năm 2006, tăng 22.050 chỉ tiêu" over "Năm 2006, các trường ... sẽ
    tuyển"; "Tháng 1/2006 thi thử trắc nghiệm" over "sẽ được ra ... (tháng 6/2006)"), or in the
    headline of a related article of an earlier year, which announced it: a title naming it
    announces what is to come, not the year it is written in."""
    mentions = [f for f in found if f.start >= body and f.kind in (*_YEAR_ONLY, *_DATED_KINDS)
                and f.parts.year == year and f.parts.last_year in (None, year)]
    return bool(mentions) and all(
        _future_before(f, text) or _FUTURE_LATER.match(text, f.end) or _planned(f, text)
        or (f.kind in _DATED_KINDS and _is_coming(f, text)) or _in_earlier_link(f, text) for f in mentions)


def _in_earlier_link(f: _Found, text: str) -> bool:
    """``f`` lies in the headline of a related article dated in an earlier year ("Năm 2006 thi trắc
    nghiệm Ngoại ngữ(19/08/2005)")."""
    m = _link_headline(f, text)
    return m is not None and int(m["y"]) < (f.parts.year or 0)


def _header_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the title line and of the short byline lines (the last two non-empty
    ones, and above them the whole block of related-article links the text may end with)."""
    lines = _lines(text)
    if not lines:
        return []
    # a byline follows at least one body line: in "title + one paragraph" the paragraph is no byline
    byline = [i for i in range(max(2, len(lines) - 2), len(lines))
              if lines[i][1] - lines[i][0] <= _TITLE_BYLINE_MAX and not _BODY_SENTENCE.fullmatch(text, *lines[i])]
    if byline:  # the links above the byline, up to the first body line
        first = byline[0]
        while (first > 2 and lines[first - 1][1] - lines[first - 1][0] <= _LINK_LINE_MAX
               and _LINK_LINE.fullmatch(text, *lines[first - 1])):
            first -= 1
        byline = [*range(first, byline[0]), *byline]
    # a title run together with the lead paragraph (one line in many scraped texts) is only its start
    title = (lines[0][0], min(lines[0][1], lines[0][0] + _TITLE_MAX))
    return [title, *(lines[i] for i in byline)]


# a year ending an event's name: the event noun, up to six words of its name in the same clause,
# then the year ("Mekong Festival 2006", "Triển lãm du học quốc tế Thái Lan 2004")
_EVENT_YEAR = re.compile(
    rf"{_W}(?P<noun>{_words(_DATA['event_nouns'])})(?P<name>(?:[ \t]+[^\s,.;:()\[\]\"“”]+){{0,6}}?)"
    r"[ \t]+(?P<y>(?:19|20)\d\d)(?!\d|[./-]\d)",
    re.IGNORECASE)
_EVENT_PAST = re.compile(rf"{_W}(?:{_words(_DATA['event_past_marks'])})\s*$", re.IGNORECASE)
_AFTER_EVENT_YEAR_OK = re.compile(r"\s*(?:$|[^\w\s]|[A-ZĐÀ-Ỹ][a-zđà-ỹ])")  # an end, a mark or a capitalized word


def _ends_aside(f: _Found, text: str) -> bool:
    """``f`` closes a bracketed aside opened earlier on its line, after other words: "(Bình
    Phước 40,6 độ C, TP HCM 39,6 độ C xảy ra ngày 29/3/1998)"."""
    if not _CLOSE_BRACKET_AFTER.match(text, f.end):
        return False
    line_start = max(text.rfind("\n", 0, f.start), f.start - 200)
    opened = text.rfind("(", line_start, f.start)
    return opened >= 0 and ")" not in text[opened:f.start] and bool(text[opened + 1:f.start].strip(" ("))


def _reference_blocked(f: _Found, text: str) -> bool:
    """A comparison, condition, deadline or birth word right before ``f`` ("so với năm 2005",
    "sinh năm 1991"), not the end of another word ("Tuyển sinh năm 2005")."""
    before = text[max(0, f.start - 30):f.start]
    blocked = _NO_REF_BEFORE.search(before)
    return bool(blocked and not _inside_other_word(blocked.group(), text, f.start - len(before) + blocked.start()))


def _compares_with_past(f: _Found, text: str) -> bool:
    """A comparative just before ``f`` ("cao hơn năm 2004", also in a forecast: "dự kiến điểm
    chuẩn cao hơn năm 2004"): the year compared with is past, unless the comparative bounds a time
    ("không muộn hơn năm 2010") or the clause writes the year that is compared first ("dự kiến năm
    2006 giá xăng sẽ cao hơn năm 2005": the base is the year before that one, not before the
    writing)."""
    m = _COMPARATIVE_BEFORE.search(text, max(0, f.start - 30), f.start)
    return bool(m and m.group(1).lower() not in _DATA["deadline_comparatives"]
                and not any(BARE_MIN_YEAR <= int(y[1]) <= BARE_MAX_YEAR
                            for y in _NUMBER_EARLIER_IN_CLAUSE.finditer(text, max(0, f.start - 100), m.start())))


# a document's name and number, maybe its issuer, before its day of issue ("quyết định 130 ngày
# 20/6/1975", "Quyết định số 42/2002/QĐ-BCN ngày 9/10/2002", "Nghị định 178 của Chính phủ ngày")
_ISSUED_BEFORE = re.compile(rf"{_W}{_words(_DATA['issued_document_names'])}(?:[^\S\r\n]+số)?[^\S\r\n]+[^\s,.;:()]*\d[^\s,.;:()]*"
                            r"(?:[^\S\r\n]+(?:của|do|ban hành|ký)(?:[^\S\r\n]+[^\s\d,.;:()]+){0,4}?)?"
                            r"(?:[^\S\r\n]+ngày)?[^\S\r\n]*$", re.IGNORECASE)


def _issued(f: _Found, text: str) -> bool:
    """A full date that is the day a document cited by its number was issued ("quyết định 130
    ngày 20/6/1975 của Hội đồng Chính phủ"): an old decision as often as a new one, so it says
    nothing of when the text is written."""
    return f.kind == "dmy" and _ISSUED_BEFORE.search(text, max(0, f.start - 80), f.start) is not None


def _dated_blocked(f: _Found, text: str) -> bool:
    """A goal, comparison, condition or origin word a few syllables before ``f`` ("đặt mục tiêu
    hoàn thành từ ngày 31/12/2002", "so với tháng 3/2004")."""
    dated = _DATED_BLOCKER.search(text, max(0, f.start - 60), f.start)
    return bool(dated and not _inside_other_word(dated.group(), text, dated.start()))


def _compared(f: _Found, text: str) -> bool:
    """A comparison, condition or origin word just before ``f`` ("So với năm học 2004-2005")."""
    return _reference_blocked(f, text) or _dated_blocked(f, text)


def _event_years(text: str, coming: bool = False) -> Counter[int]:
    """Years written at the end of an event's name, once per mention: the event noun is a word
    by itself ("giải" in "giải phóng" is not) and its name ends in a capitalized word ("cuộc thi
    Dynamic 2005"; not "Luật Đất đai 2003", with no event noun, nor "hội chợ hàng năm 2005",
    nor a rank, "Giải Nhất 2000 USD"); a name of a capitalized event noun alone must end there
    ("Festival 2006, ...", not "Triển lãm 2000 tác phẩm"); a past or compared edition does not
    count ("Tiếp nối Festival Huế 2004", "So với ..."). With ``coming``, only the editions the
    text speaks of as coming ("Liên hoan du lịch 2005 sẽ khai mạc", "... 2005 tới")."""
    from ..models import dictionary

    years: Counter[int] = Counter()
    for m in _EVENT_YEAR.finditer(text):
        name = m["name"].split()
        if name and " ".join([m["noun"], name[0]]).lower() in dictionary():
            continue  # "giải phóng Sài Gòn 1975"
        if name:  # its last word capitalized, maybe in its first syllable only ("Quốc gia 2006")
            ok = ((name[-1][:1].isupper() or len(name) > 1 and name[-2][:1].isupper())
                  and name[-1].lower() not in _DATA["event_rank_words"])
        else:
            ok = m["noun"][:1].isupper() and _AFTER_EVENT_YEAR_OK.match(text, m.end()) is not None
        before = text[max(0, m.start() - 30):m.start()]
        if coming:
            if not (_FUTURE_LATER.match(text, m.end()) or _FUTURE_AFTER.match(text, m.end())):
                continue
            # a capitalized event noun names the event whatever words follow ("Liên hoan du lịch 2005 sẽ ...")
            ok = ok or (m["noun"][:1].isupper() and not (name and name[-1].lower() in _DATA["event_rank_words"]))
        if (ok and not _AFTER_QUANT.match(text, m.end()) and not _EVENT_PAST.search(before)
                and not _NO_REF_BEFORE.search(before)):
            years[int(m["y"])] += 1
    return years


def _condition_years(found: list[_Found], text: str) -> Counter[int]:
    """The earliest year of the months a condition sets ("thu hồi đất nếu đầu tháng 10/2005
    không triển khai được"): deadlines still to come, the earliest in or just after the year of
    writing."""
    years = [f.parts.year for f in found
             if f.kind in _FUTURE_KINDS and f.parts.year is not None and f.parts.month is not None
             and _CONDITION_BEFORE.search(text, max(0, f.start - 60), f.start)
             and not _OTHER_BLOCKER_BEFORE.search(text, max(0, f.start - 60), f.start)]
    # the text is written before the earliest of its deadlines
    return Counter({min(years): len(years)}) if years else Counter()


# a year ending a name in the title: words of the name, then the year, then the end of the
# title, a colon or a bracket ("Du lịch 2005: Khởi đầu thuận lợi", "... APEC 2006 (NLĐ)")
_TITLE_NAME_YEAR = re.compile(rf"(?<=[^\W\d_])[ \t]+(?P<y>{_YEAR}){_NUM_END}(?=[ \t]*(?:$|[:(]))", re.MULTILINE)


def _title_name_years(text: str, title: tuple[int, int], found: list[_Found]) -> set[int]:
    """The years that end a name in the ``title`` (start, end), outside its dates ("Du lịch 2005:
    ...", "Trí tuệ VN 2004: ..."): the subject of the text, of the year it is written in. Not a
    year opening the title ("2007: bắt buộc ...", announced ahead) nor one a word follows
    ("Triển lãm 2000 tác phẩm" is a count)."""
    return {int(m["y"]) for m in _TITLE_NAME_YEAR.finditer(text, *title)
            if BARE_MIN_YEAR <= int(m["y"]) <= BARE_MAX_YEAR and not any(f.start <= m.start("y") < f.end for f in found)}


def _link_years(text: str) -> Counter[int]:
    """The years of the related-article links anywhere in the text, when it has two or more: lines
    of their own whose headline runs into its date in brackets ("30 cựu chiến binh tử nạn trên
    đường vào TP HCM(21/04/2005)"), a block of them often in the middle of the text before "Xem
    tiếp". They are articles published near the text, so of the year it is most likely written
    in, though not of its day (a page gains links after it is written). A sentence that ends in a
    date in brackets after a space ("Bác Hồ đọc bản Tuyên ngôn độc lập (02/09/1945)") is none."""
    years = Counter(int(m["y"]) for start, end in _lines(text) if (m := _link_line(text, start, end)))
    return years if sum(years.values()) >= 2 else Counter()


def _link_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """The line ``text[start:end]`` read as a related-article link, its date's parts named ``d``,
    ``m`` and ``y``; None when it is longer than a link or does not end in a date in brackets."""
    return _LINK_LINE_DATE.fullmatch(text, start, end) if end - start <= _LINK_LINE_MAX else None


_LINE_REST = re.compile(r"[^\r\n]*")
_LINK_LINE_DATE = re.compile(r"[^\r\n]*\S\((?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})\)\s*")


def _link_headline(f: _Found, text: str) -> re.Match[str] | None:
    """The related-article link whose headline ``f`` lies in, before its date (see
    :func:`_link_line`); None outside one."""
    start = _line_start(text, f.start)
    m = _link_line(text, start, _LINE_REST.match(text, start).end())
    return m if m is not None and f.end <= m.start("d") else None


def _link_day(f: _Found, text: str) -> _dt.date | None:
    """The date of the related-article link ``f`` lies in (a line of its own whose headline runs
    into its date in brackets, see :func:`_link_years`), the day its "hôm nay" and "sáng nay"
    are; None outside one, or when the date is no calendar day."""
    m = _link_headline(f, text)
    if m is None:
        return None
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    return _dt.date(year, month, day) if _valid(year, month, day) else None


def reference_year_of(doc: Document, found: list[_Found],
                      lead: _Found | None) -> tuple[_dt.date | int | None, str | None]:
    """The reference date of ``doc`` and where it came from (see the module docstring for the rule);
    ``lead`` is its news lead's date (:func:`_news_lead`)."""
    if doc.reference_source == "given" and doc.reference_date is not None:
        return doc.reference_date, "given"
    next_year = any(f.parts.year is None and f.parts.year_offset == 1 for f in found)
    lead_month = lead.parts.month if lead is not None and lead.parts.year is None else None
    header: Counter[int] = Counter()
    header_dates: list[_dt.date] = []
    header_lines = _header_lines(doc.text)
    for start, end in header_lines:
        in_line = [f for f in found if start <= f.start < end and not _is_coming(f, doc.text)]
        header.update({y: 1 for y in _written_years(in_line, doc.text, (start, end), next_year,
                                                       lead_month=lead_month)})
        founding, _ = _anniversary_pairs(in_line, doc.text)  # "Kỷ niệm 30 năm ngày giải phóng 30/4/1975"
        if _link_line(doc.text, start, end) is None:
            # a related article's date is that article's: the text comes on that day or later, its year
            # votes above, its day is unknown ("Để có phim hay cần nhất là vấn đề nhân lực(22/07/2005)")
            header_dates += [_dt.date(f.parts.year, f.parts.month, f.parts.day) for f in in_line
                             if f.kind == "dmy" and f not in founding]
    if len(set(header_dates)) == 1:  # a dated title or byline "(10/11/2005)": "hôm nay" can be resolved
        return header_dates[0], "title"
    if header_dates:  # related links of several days: the text comes after the newest, on a day it does not say
        return max(header_dates).year, "title"
    body = header_lines[0][1] if header_lines else 0
    header = Counter({y: n for y, n in header.items() if not _coming_in_body(y, found, doc.text, body)})
    if header:
        return max(header), "title"
    named = _title_name_years(doc.text, header_lines[0], found) if header_lines else set()
    if named:
        return max(named), "title"
    links = _link_years(doc.text)
    if links:  # a block of related-article links before "Xem tiếp": articles published near the text
        return max(links), "text"
    dated: set[int] = set()
    weak: Counter[int] = Counter()
    weights = _written_years(found, doc.text, None, next_year, dated, weak, lead_month)
    if weights:
        best = max(weights.values())
        heaviest = max(y for y, w in weights.items() if w == best)
        dated = {y for y in dated if y <= _dt.date.today().year}  # no text is written in the future
        if best < _CURRENT_WEIGHT and dated and max(dated) > heaviest:
            # a report tells what happened up to the time it is written: its most recent
            # dated event, not the year it dates most often, is nearest that time
            return max(dated), "text"
        return heaviest, "text"
    # no year stated where it dates the text: the periods that bound the writing time, else the
    # edition of the event the text reports on, else a condition's coming month
    for votes in (weak, _event_years(doc.text), _condition_years(found, doc.text)):
        if votes:
            best = max(votes.values())
            return max(y for y, n in votes.items() if n == best), "text"
    return None, None


# --------------------------------------------------------------------------- public API


def recognize(doc: Document) -> list[Span]:
    """Find the dates of ``doc``, set its reference date when the user gave none, and return date spans.

    Each span has ``attrs["value"]`` (ISO 8601 or ``None``), ``attrs["year_inferred"]``
    and, when written, ``attrs["time"]``, ``attrs["modifier"]`` and ``attrs["weekday"]``.

    >>> doc = Document("Sở Nội vụ triển khai nhiệm vụ năm 2018\\n\\nNgày 31.1, Sở họp.")
    >>> [(s.text, s.attrs["value"], s.attrs["year_inferred"]) for s in recognize(doc)]
    [('năm 2018', '2018', False), ('Ngày 31.1', '2018-01-31', True)]
    >>> doc.reference_date, doc.reference_source
    (2018, 'title')
    """
    found = _anaphora(_joined(_matches(doc.text), doc.text), doc.text)
    lead = _news_lead(found, doc.text)
    ref, source = reference_year_of(doc, found, lead)
    if doc.reference_source != "given":
        doc.reference_date, doc.reference_source = ref, source
    lead_day = None
    if isinstance(ref, _dt.date):
        lead = None  # a full reference date is the day of writing itself
    else:
        # a relative day the text names by its date ("Hôm qua (18/9)") places the day of writing
        # before the news lead's day, which may tell of an earlier event ("Tối 18/9, ... bão đã suy
        # yếu"); else the day closing the lead, a "chiều nay" after "chiều 25/5", the day opening
        # the paragraph of the first relative day
        lead_day = (_named_day(found, doc.text, ref)
                    or _lead_day(lead, found, doc.text, ref)
                    or _lead_day(_closing_dateline(found, doc.text), found, doc.text, ref)
                    or _day_of_same_part(found, doc.text, ref)
                    or _lead_day(_paragraph_lead(found, doc.text), found, doc.text, ref))
    now_month = _now_month(lead, ref, lead_day)
    writing_month = now_month[1] if now_month is not None and now_month[0] == _ref_year(ref) else None
    # the day of writing without its year, for "từ 11/12 đến nay" in a text of unknown year
    today = lead_day[0] + lead_day[1] if ref is None and lead_day is not None else None
    spans: list[Span] = []
    joined_to: _Found | None = None
    # with no month of writing known, the latest month the text tells of as past, for "từ A đến nay"
    latest = (_latest_past_month(found, doc.text, ref) if now_month is None and isinstance(ref, int)
              and any(f.parts.end_is_now for f in found) else None)
    for f, after in zip(found, [*found[1:], None]):
        if f is joined_to:
            continue
        if (f.parts.end_is_now and f.first is not None and ref is None
                and "/XXXX-" not in (_value_of(f, None, None, today)[2] or "")):
            # "Tính từ năm 2004 đến nay" when "nay" is unknown: the start is the date (not when the lead's
            # day, its year unknown, ends a period of days or months: "từ 11/12 đến nay")
            f = f.first
        p = f.parts
        lunar = _is_lunar(f, doc.text)
        end = f.end
        if after is not None and _names_relative_day(f, after, doc.text):
            # "Hôm qua (30-3)", "Hôm qua, 24-1": the written date names the day, and both are that date
            value, inferred, pattern = _value_of(after, ref, now_month)
            if not doc.text[f.end:after.start].strip():  # "hôm qua 3/3", "Chiều qua thứ Ba 5.4": one date
                joined_to, end = after, after.end
                p = replace(after.parts, time=f.parts.time or after.parts.time)
        elif f.kind in ("relday", "relmonth") and (link_day := _link_day(f, doc.text)) is not None:
            # "Sáng nay, thí sinh cả nước bắt đầu cuộc tranh đua(04/07/2005)": a related article's
            # headline speaks from the day its date names, not from the day of writing
            value, inferred, pattern = _from_lead_day(f, (link_day, _dt.timedelta(0), True))
        elif f.kind in ("relday", "relmonth") and not isinstance(ref, _dt.date):
            relative = _from_lead_day(f, lead_day) if lead_day is not None else None
            if relative is None:
                continue  # "hôm nay" names a day: without a full reference date or a lead's day that places it, no date
            value, inferred, pattern = relative
        elif lunar:
            # a date of the lunar calendar recurs every year and is no day of the solar one:
            # its month and day without a year ("tức 20/4 đến 27/4 âm lịch" -> XXXX-04-20/XXXX-04-27)
            value, inferred, pattern = _value_of(f, None, None)
            if value is not None:  # "15/8/1945 âm lịch": its year is a lunar one too
                value, pattern = None, value
            right = _LUNAR_RIGHT.match(doc.text, f.end)
            end = right.end() if right else end
        else:
            borrowed = (_year_from_end(f, after, doc.text) or _year_near_link(f, doc.text)
                        or _year_restated(f, found))
            if borrowed is not None:
                f = replace(f, parts=replace(p, year=borrowed))
            elif shift := _year_shift(f, doc.text, writing_month):
                f = replace(f, parts=replace(p, year_offset=shift))
            until = now_month
            if until is None and p.end_is_now and isinstance(ref, int):
                # no month of writing known: the latest month the text tells of as past bounds it
                first = p.month or (1 if p.modifier == "early" else 13)  # "từ đầu năm đến nay": from January
                until = latest if latest is not None and first <= latest[1] and p.year in (None, ref) else None
            value, inferred, pattern = _value_of(f, ref, until, today)
            inferred = inferred or borrowed is not None
            if value is None and p.year is None and p.last_year is None and p.month is None and p.day is None:
                continue  # "năm nay", "từ hôm qua đến nay" without a reference: nothing is known
        if f.kind == "month" and not _year_written(p) and (tail := _MONTH_TAIL.match(doc.text, end)):
            end = tail.end()  # "tháng 7 tới", "tháng 11 này": the month's span keeps the word saying which
        start = _year_start(f, doc.text) if f.kind in ("year", "bare_year") else _after_weekday(f, doc.text)
        attrs: dict[str, Any] = {"value": value, "year_inferred": inferred if value is not None else False}
        if lunar:
            attrs["calendar"] = "lunar"
        if value is None and pattern:
            attrs["pattern"] = pattern
        for key in ("time", "modifier", "weekday"):
            if getattr(p, key) is not None:
                attrs[key] = getattr(p, key)
        spans.append(doc.span(start, end, "date", source="dates", **attrs))
    return spans


def _latest_past_month(found: list[_Found], text: str, ref: int) -> tuple[int, int] | None:
    """(``ref``, month) of the latest day or month of the reference year the text writes and does
    not speak of as coming ("Ngày 4-6-2004, LĐLĐ đã tổ chức hội thảo" in a text of 2004: June);
    the text is written then or later. None when it writes none."""
    months = [f.parts.month for f in found
              if f.kind in ("dmy", "dm", "dmw", "month") and f.parts.month is not None and f.parts.last_month is None
              and f.parts.year in (None, ref) and f.parts.year_offset in (None, 0) and not f.parts.anaphoric
              and not f.parts.end_is_now and not _is_coming(f, text) and not _is_lunar(f, text)]
    return (ref, max(months)) if months else None


def _year_from_end(f: _Found, after: _Found | None, text: str) -> int | None:
    """The year of ``f``, a day without its year, that "đến" (or "đến hết", a dash) joins to the
    next date ``after``, written with its year: the end's year, or the year before when the day
    comes later in the calendar ("kể từ 0g ngày 24-1 đến hết ngày 7-2-2005": 2005; "ngày 28/12
    đến ngày 3/1/2006": 2005). A period or two events, the first is no later than the second."""
    if (after is None or f.kind not in _SINGLE_DAY_KINDS or after.kind != "dmy" or _year_written(f.parts)
            or f.parts.year_offset is not None or f.parts.anaphoric or f.parts.month is None
            or _RANGE_JOIN.fullmatch(text, f.end, after.start) is None):
        return None
    a, b = f.parts, after.parts
    return b.year - ((a.month, a.day or 1) > (b.month, b.day or 1))


def _year_restated(f: _Found, found: list[_Found]) -> int | None:
    """The year of ``f``, a day without its year, that an earlier date wrote with its year: the
    text restates that day ("vụ tấn công 11-9-2001 ... sau sự kiện 11-9": 2001)."""
    p = f.parts
    if (f.kind not in _SINGLE_DAY_KINDS or _year_written(p) or p.year_offset is not None or p.anaphoric
            or p.month is None or p.day is None):
        return None
    years = [e.parts.year for e in found if e.end <= f.start and e.kind in _SINGLE_DAY_KINDS and _year_written(e.parts)
             and (e.parts.month, e.parts.day) == (p.month, p.day)]
    return years[-1] if years else None


def _year_near_link(f: _Found, text: str) -> int | None:
    """The year of ``f``, a day or month without its year in a related-article link's headline,
    that places it nearest the link's date: the headline speaks from that day ("Hà Nội dừng
    đăng ký xe máy tại 4 quận từ 1/9(08/08/2003)": 2003-09-01; "... từ 1/3(20/12/2003)": 2004)."""
    p = f.parts
    if ((f.kind not in _SINGLE_DAY_KINDS and f.kind != "month") or _year_written(p) or p.year_offset is not None
            or p.anaphoric or p.month is None or p.last_month is not None):
        return None
    link = _link_day(f, text)
    if link is None:
        return None
    day = min(p.day or 15, 28)  # a month's middle; any day of it, for the distance
    return min((link.year - 1, link.year, link.year + 1), key=lambda y: abs((_dt.date(y, p.month, day) - link).days))


_SHIFTABLE_KINDS = frozenset(("dm", "dmw", "month", "drange", "dmrange"))  # a day or a month, one or a range


def _year_shift(f: _Found, text: str, writing_month: int | None) -> int:
    """The years from the reference year to ``f``, a day or month without its year, as the month
    of writing ``writing_month`` places it: 1 when the text speaks of it as still to come ("từ nay
    đến 31/3", "sẽ khởi công vào tháng 2") and it is earlier in the calendar (in a text written in
    November, March to come is next year's); -1 when it is marked as past right after or before it
    ("tháng 11 vừa qua", "hồi tháng 10") and later in the calendar (in a text written in February,
    the November gone is last year's); else 0."""
    p = f.parts
    if (writing_month is None or f.kind not in _SHIFTABLE_KINDS or p.month is None or p.anaphoric
            or _year_written(p) or p.year_offset is not None):
        return 0
    if p.month < writing_month and (_NOW_RANGE.search(text, max(0, f.start - 30), f.start) or _is_coming(f, text)):
        return 1
    if p.month > writing_month and (_PAST_AFTER.match(text, f.end)
                                    or _PAST_BEFORE.search(text, max(0, f.start - 20), f.start)):
        return -1
    return 0


def _season_before(text: str, start: int) -> re.Match[str] | None:
    """The season named just before ``start``: "mùa" and a lowercase name with no deictic ("mùa lũ
    2004", "mùa khô năm nay"; "mùa này 2005 chúng tôi làm" names none) or one of the four seasons
    ("mùa Thu năm 1945"), or a season alone, lowercase or opening a clause ("tình nguyện hè 2005",
    "Hè 2004, Khoa sang Ấn Độ")."""
    season = _BEFORE_SEASON.search(text, max(0, start - 30), start)
    if season is None:
        return None
    if season["season"]:
        opening = _CLAUSE_START_BEFORE.search(text, max(0, season.start() - 20), season.start())
        return season if season["season"].islower() or opening else None
    name = season["name"].strip()
    if name.lower() in _SEASONS or (name.islower() and not _SEASON_NAME_STOPS.intersection(name.split())):
        return season
    return None


def _year_start(f: _Found, text: str) -> int:
    """Where the span of a year starts: at the season it is of ("mùa lũ 2004"), after "cùng kỳ"
    when the year is written or named ("cùng kỳ năm ngoái" -> "năm ngoái"; "cùng kỳ năm" alone
    keeps it), else where ``f`` starts."""
    season = _season_before(text, f.start)
    if season:
        return season.start()
    same = _SAME_PERIOD.match(text, f.start, f.end)
    if same and text[same.end():f.end].strip().lower() != "năm":
        return same.end()
    return f.start


def _after_weekday(f: _Found, text: str) -> int:
    """Where the span of a day starts: after the weekday written before it, and whatever came
    before that ("Chủ nhật, 25/9" -> "25/9", "sáng thứ Bảy ngày 30/7/2005" -> "ngày 30/7/2005";
    the weekday stays in ``attrs["weekday"]``), else where ``f`` starts."""
    if f.parts.weekday is None:
        return f.start
    return max((item.end() for item in _lead_items(text, f.start, f.end) if item.group("weekday")), default=f.start)


def _lead_items(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The clock, weekday, part of day and "ngày" items a date's lead is made of, from ``start``."""
    items = []
    while (item := _LEAD_ITEM_RE.match(text, start, end)) is not None and item.end() > start:
        items.append(item)
        start = item.end()
    return items


def _is_lunar(f: _Found, text: str) -> bool:
    """A day or month that "âm lịch" follows: "ngày 15/8 âm lịch", "tức 20/4 đến 27/4 âm lịch"
    (not "ngày 31/1 trước Tết âm lịch", nor "ngày 16/2 tức mùng 1 Tết âm lịch"), or one of the
    months named in the lunar calendar's words, written without a year: "23 tháng chạp", "từ
    tháng Giêng" (not "tháng Giêng năm 2001"), or a day named in its words, with a year or
    not ("rằm tháng 7", "ngày rằm tháng 4 năm 1968")."""
    return (f.kind in _DAY_KINDS or f.kind == "month" or f.kind == "interval" and f.parts.month is not None) and bool(
        _LUNAR_RIGHT.match(text, f.end) or _DAY_WORD_RE.search(text, f.start, f.end)
        or (f.parts.year is None and f.parts.last_year is None and _MONTH_NAME_RE.search(text, f.start, f.end)))


_DAY_WORD_RE = re.compile(rf"{_W}{_words(_DATA['day_words'])}{_E}", re.IGNORECASE)


_REF_RE = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?")


def parse_reference_date(s: str) -> _dt.date | int:
    """The reference date given on the command line: a year ("2018") or an ISO date ("2018-01-31").

    Raises :class:`ValueError` with a message naming the accepted forms otherwise.

    >>> parse_reference_date("2018"), parse_reference_date("2018-01-31")
    (2018, datetime.date(2018, 1, 31))
    """
    m = _REF_RE.fullmatch(s.strip())
    if not m:
        raise ValueError(f"invalid reference date {s!r}: expected a year (2018) or a date (2018-01-31)")
    if m.group(2) is None:
        return int(m.group(1))
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ValueError(f"invalid reference date {s!r}: {exc}") from None
