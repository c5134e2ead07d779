"""Recognizer: people, organizations and locations.

The statistical part is vnreport's CRF (``vnreport/ner.py``, trained on VLSP
2018) over the tokens of each sentence. Around it, rules that are certain:
a standard agency abbreviation with its administrative unit and place
("UBND tỉnh Quảng Nam") is one organization, and a person's name never
begins with a title, rank or honorific ("Thượng tướng Tô Lâm" -> "Tô Lâm"),
a title's body and its holder's name are two entities ("Bộ trưởng Bộ Công an
Lê Hồng Anh"), and initials after an honorific or a noun for a person are a person whose
name the text withholds ("chị L.T.H.", "bệnh nhân N.V.A."). After the model, a name listed
among places is a place ("các tuyến đường Nguyễn Huệ, Hàm Nghi, Lê Lợi"), an abbreviation the
text defines names its long form's body wherever it stands alone, and a place's noun with a
number is a place ("quận 1", "quốc lộ 1A").
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet

from ..document import Document, Sentence, Token
from ..gazetteer import DATA, Gazetteer, abbreviations, gazetteers, listed, phrase_key, word_list
from ..models import ner_tagger
from ..ner import known_entities, rows, spans_from_bio
from ..spans import Span
from ..textkey import match_key

_NOT_IN_NAMES = ("honorific", "title", "modifier")


def recognize(doc: Document) -> list[Span]:
    model = [s for s in _model_spans(doc) if not _term_abbreviation(doc, s.text)]
    rules = [a for s in doc.sentences for a in (*_agency_abbreviations(doc, s), *_initials(doc, s))]
    runs = _capitalized_run_ends(doc.tokens)
    brands, titled = _brand_names(doc, model)
    found = _given_names(doc, _with_state_forms(doc, _consistent(doc, model, runs, brands, titled)), runs) + rules
    return _addressed_streets(doc, _listed_places(doc, _defined_abbreviations(doc, found))) + _numbered_places(doc, found)


def _term_abbreviation(doc: Document, text: str) -> bool:
    """An abbreviation of a common term ("CCHC" = cải cách hành chính) names nothing.

    Terms are the standard abbreviations typed "term", and the ones a text
    defines with a lowercase long form.
    """
    entry = abbreviations().get(text)
    if entry is not None:
        return entry.type == "term"
    long = doc.abbreviations.get(text)
    return long is not None and long[:1].islower()


def _model_spans(doc: Document) -> list[Span]:
    tagger = ner_tagger()
    found: list[Span] = []
    for sentence in doc.sentences:
        if tagger is not None and sentence.tokens:
            tags = tagger.tag(rows(sentence))
            sentence.tags["ner"] = tags
            for first, last, kind in spans_from_bio(tags):
                first = _name_start(sentence, first, last) if kind == "person" else first
                name = _name_after_title_and_body(sentence, first, last) if kind == "organization" else last
                if name < last:  # "Bộ trưởng [Bộ Công an] [Lê Hồng Anh]"
                    found.append(_span(doc, sentence, name, last, "person", "crf", 0))
                    tags[name:last] = ["B-PER"] + ["I-PER"] * (last - name - 1)  # the agency grammar reads them
                    last = name
                if kind == "location" and _institution_abbreviation(sentence.tokens[first].text):
                    kind = "organization"  # "ĐH Huế": an institution, not its town
                if kind in ("person", "location") and (school := _school_start(sentence, first)) is not None:
                    first, kind = school, "organization"  # "THPT Lê Viết Thuật": the school, not the man
                if kind == "person" and _never_a_person(sentence, first, last):
                    continue
                if first < last and _plausible(sentence.tokens[first:last], kind):
                    found.append(_span(doc, sentence, first, last, kind, "crf", 0))
    return found


def _never_a_person(sentence: Sentence, first: int, last: int) -> bool:
    """Tokens ``first:last`` lie inside a common noun the model reads as a name ("Việt" of
    "Việt kiều": gazetteer/name_like_nouns.txt) or name a lunar year ("Bính Tuất"; not after
    an honorific or a title, "anh Đinh Hợi")."""
    n = listed("gazetteer/name_like_nouns.txt").match_at(sentence.keys, first)
    if n:
        return first + n >= last
    gaz = gazetteers()
    return (" ".join(sentence.keys[first:last]) in _lunar_year_names()
            and not any(gaz[g].match_before(sentence.keys, first) for g in ("honorific", "title")))


@functools.cache
def _lunar_year_names() -> frozenset[str]:
    """The sixty years of the lunar cycle as match keys ("bính tuất"; the dates recognizer's)."""
    from .dates import lunar_year_names

    return frozenset(" ".join(match_key(w) for w in name.split()) for name in lunar_year_names())


_SCHOOL_KINDS = (("dân", "lập"), ("bán", "công"))  # between a level and the name: "ĐH dân lập Văn Hiến"


def _school_start(sentence: Sentence, first: int) -> int | None:
    """Where a school's name starts when a level of schooling written as an abbreviation comes
    right before token ``first``, maybe with "dân lập" or "bán công" after it ("THPT Lê Viết
    Thuật", "ĐH dân lập Văn Hiến"; data: gazetteer/school_levels.txt): at the level, or at
    "trường" right before it ("trường THPT Chu Văn An"), not inside another body's name ("Vụ
    trưởng Vụ ĐH và Sau ĐH Trần Thị Hà"); None when none does."""
    keys, tokens = sentence.keys, sentence.tokens
    k = first - 2 if first >= 2 and tuple(keys[first - 2:first]) in _SCHOOL_KINDS else first
    n = listed("gazetteer/school_levels.txt").match_before(keys, k)
    if not n or not tokens[k - n].text.isupper():
        return None
    start = k - n
    if start > 0 and keys[start - 1] == "trường":
        return start - 1
    if start > 0 and (tokens[start - 1].text[:1].isupper() or keys[start - 1] == "sau"):
        return None  # "Vụ ĐH và Sau ĐH Trần Thị Hà", "Vụ phó ĐH sau ĐH Ngô Kim Khôi"
    return start


def _institution_abbreviation(text: str) -> bool:
    """Whether ``text`` abbreviates a kind of organization (abbreviations file): "ĐH", "HTX"."""
    entry = abbreviations().get(text)
    return entry is not None and entry.type == "organization"


def _name_after_title_and_body(sentence: Sentence, first: int, last: int) -> int:
    """Where a person's name begins inside an organization the model read too far.

    After a title, a body and the name of the one who holds the title follow each
    other ("Bộ trưởng Bộ Công an Lê Hồng Anh", "Phó Chủ tịch Quốc hội Trương Quang
    Được"); the model may run them into one organization. The name is split off when
    what comes before it is a whole known body (a name of an organization in the
    training corpus, or a body such as "Quốc hội") or a state agency's head and more
    ("Tổng cục Thuế"; data: gazetteer/state_agencies.txt), and it is a surname and one to
    three more capitalized words ending the span; "Hiệu trưởng Trường THPT Nguyễn
    Trãi" stays whole, a school bearing a person's name. ``last`` if no split.
    """
    tokens, keys = sentence.tokens, sentence.keys
    gaz = gazetteers()
    if not gaz["title"].match_before(keys, first):
        return last
    for k in range(max(first + 1, last - 4), last - 1):
        if not gaz["surname"].match_at(keys, k):
            continue
        if not all(t.kind == "word" and t.text[0].isupper() for t in tokens[k:last]):
            continue
        unit = gaz["admin_unit"].match_before(keys, k)  # a word of its own: not "thôn" of "nông thôn"
        if gaz["place"].match_at(keys, k) == last - k or (unit and any(w.first == k - unit for w in sentence.words)):
            continue  # "Sở Công Thương Hà Nội", "TAND huyện Nông Sơn": a place, not a name
        body = k - first
        if (known_entities()["organization"].match_at(keys, first) == body or gaz["body"].match_at(keys, first) == body
                or _agency_body(sentence, first, k)):
            return k
    return last


def _agency_body(sentence: Sentence, first: int, end: int) -> bool:
    """Tokens ``first`` to ``end`` name a state agency by its head and what names it ("Tổng cục
    Thuế", "UBND tỉnh"): a capitalized word or an abbreviated head, and after it no head of a
    body that may bear a person's name ("Bộ môn Toán Trường THPT" is a school's department,
    "Bộ môn" no ministry; "Văn phòng Quốc hội", "Bộ Tài nguyên Môi trường" are agencies)."""
    tokens, keys = sentence.tokens, sentence.keys
    gaz = gazetteers()
    head = gaz["agency"].match_at(keys, first)
    if not head or first + head >= end:
        return False
    named = tokens[first + head].text[:1].isupper() or tokens[first + head - 1].text.isupper()
    return named and not any(gaz["org_head"].match_at(keys, i) and tokens[i].text[:1].isupper()
                             and not gaz["body"].match_at(keys, i) and not gaz["agency"].match_at(keys, i)
                             for i in range(first + head, end))


# words that, between a brand noun and a name, make the name someone else's: "công ty của bà Huệ"
_NOT_BEFORE_BRAND = frozenset({"của", "cho", "bởi", "do", "với", "và", "là", "này", "đó", "các", "những", "mà"})


def _brand_names(doc: Document, spans: list[Span]) -> tuple[set[str], set[int]]:
    """Names the model read as a person's that the text also writes after a lowercase noun for
    a company or medium, up to four lowercase syllables between ("hãng Nestle", "tập đoàn
    thương mại điện tử Alibaba", data: gazetteer/brand_nouns.txt): bodies, in every mention
    that no honorific or title opens (:func:`_consistent`). Not a name opening with a surname
    ("công ty Nguyễn Kim" may be its founder's), nor after a noun for a person, which the
    company noun then qualifies ("Nhân viên ngân hàng Nguyễn Thị Lan", "Phóng viên tờ X").
    Also the names the model read as a person's that are the names of its organizations that
    open with a head noun, "Công ty Matternet", "Tập đoàn Alibaba" (:func:`_body_name`).
    Returns those names, and the starts of the model's person mentions that an honorific or a
    title opens."""
    gaz = gazetteers()
    nouns, honorifics = listed("gazetteer/brand_nouns.txt"), gaz["honorific"]
    people = {s.start: s for s in spans if s.label == "person"}
    bodies = {s.start: s for s in spans if s.label == "organization"}
    read_as_people = {s.text for s in people.values()}
    found: set[str] = set()
    titled: set[int] = set()
    for sentence in doc.sentences:
        keys, tokens = sentence.keys, sentence.tokens
        word_starts = {w.first for w in sentence.words}
        for i, tok in enumerate(tokens):
            if tok.start in bodies and (name := _body_name(doc, sentence, i, bodies[tok.start].end, read_as_people)):
                found.add(name)
            span = people.get(tok.start)
            if span is None:
                continue
            if honorifics.match_before(keys, i) or gaz["title"].match_before(keys, i):
                titled.add(tok.start)
            if gaz["surname"].match_at(keys, i):
                continue
            for j in range(i, max(i - 5, 0), -1):
                n = nouns.match_before(keys, j)
                if n and tokens[j - n].text[:1].islower() and j - n in word_starts:  # not "tượng đài"
                    k = j - n
                    if not any(gaz[g].match_before(keys, k) for g in ("title", "honorific")) and not (
                            _person_nouns().match_before(keys, k)):
                        found.add(span.text)
                    break
                prev = tokens[j - 1]
                if (prev.kind != "word" or not prev.text[:1].islower() or keys[j - 1] in _NOT_BEFORE_BRAND
                        or honorifics.match_before(keys, j)):
                    break
    return found, titled


def _body_name(doc: Document, sentence: Sentence, first: int, end: int, names: AbstractSet[str]) -> str | None:
    """The name among ``names`` that the organization starting at token ``first`` and ending at
    offset ``end`` is called by, when a head noun opens it ("Công ty", or an abbreviation of
    one, "CTCP"): the capitalized words after the head and its lowercase descriptors ("Công ty
    cổ phần Thiên Nam" -> "Thiên Nam"), or their end from a capitalized word on, the
    capitalized descriptors left out ("CTCP Thang máy Thiên Nam" -> "Thiên Nam"); none that a
    surname or a place opens."""
    gaz = gazetteers()
    keys, tokens = sentence.keys, sentence.tokens
    head = gaz["org_head"].match_at(keys, first) or (1 if _head_abbreviation(tokens[first].text) else 0)
    if not head:
        return None
    for i in range(first + head, len(tokens)):
        if tokens[i].end > end:
            break
        # a name opens right after the head or a lowercase word: not "Kim" of "Công ty Nguyễn Kim"
        # (a company may bear its founder's name), nor "Nebenzia" of "LHQ Vasily Nebenzia"
        opens = i == first + head or tokens[i - 1].text[:1].islower()
        if (opens and tokens[i].text[:1].isupper() and (name := doc.text[tokens[i].start:end]) in names
                and not any(gaz[g].match_at(keys, i) for g in ("surname", "place", "admin_unit"))
                and not gaz["admin_unit"].match_before(keys, i)):  # "Trường Mầm non phường Kỳ Trinh"
            return name
    return None


@functools.cache
def _head_abbreviation(text: str) -> bool:
    """Whether ``text`` is a standard abbreviation of a body's head noun: "CTCP" (Công ty cổ
    phần), "NXB" (Nhà xuất bản)."""
    entry = abbreviations().get(text)
    return entry is not None and bool(gazetteers()["org_head"].match_at(phrase_key(entry.long.split()), 0))


def _consistent(doc: Document, spans: list[Span], runs: dict[int, int],
                brands: AbstractSet[str] = frozenset(), titled: AbstractSet[int] = frozenset()) -> list[Span]:
    """One reading of a name per document.

    A news text names the same person, body or place many times; the model
    may read some mentions differently or miss them. Each name takes its
    majority type, and its other occurrences that the model left untagged
    become mentions too (on token boundaries, capitalized as the name is:
    ``runs`` holds the document's runs of capitalized words, :func:`_capitalized_run_ends`).
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for span in spans:
        votes[span.text][span.label] += 1
    majority = {text: c.most_common(1)[0][0] for text, c in votes.items()}
    # a brand the model mostly reads as a person is a body (not a place it mostly reads as one)
    majority.update((text, "organization") for text in brands if majority.get(text) == "person")
    for span in spans:
        if span.text in brands and span.label == "person" and span.start in titled:
            continue  # "Ông Nguyễn Kim" stays the man, whatever company bears his name
        span.label = majority[span.text]
    taken = sorted((s.start, s.end) for s in spans)
    extra: list[Span] = []
    for text, label in majority.items():
        # only names the model read the same way at least twice: one stray
        # reading must not be copied all over the document
        if not text[0].isupper() or len(text) < 2 or votes[text][label] < 2 or len(votes[text]) > 1:
            continue
        for m in re.finditer(re.escape(text), doc.text):
            # the whole capitalized run must be the name: "Nam" is not in "miền Nam Bộ"
            if runs.get(m.start()) == m.end() and not _overlaps(taken, m.start(), m.end()):
                extra.append(doc.span(m.start(), m.end(), label, source="consistency", priority=-2))
    return spans + extra


def _with_state_forms(doc: Document, spans: list[Span]) -> list[Span]:
    """A capitalized form of state right before a location is part of its name ("Vương quốc
    Thụy Điển", "Cộng hòa Liên bang Đức"), whether the model left it out or read it as a
    location of its own, unless it continues a longer name ("Đảng Cộng hòa Mỹ"); VLSP 2018
    train includes it in 8 of its 10 such places."""
    forms = gazetteers()["state_form"]
    out: list[Span] = []
    drop: set[int] = set()
    for sentence in doc.sentences:
        keys = sentence.keys
        for i, tok in enumerate(sentence.tokens):
            n = forms.match_at(keys, i) if tok.text[:1].isupper() else 0
            if not n or i + n >= len(sentence.tokens) or (i and sentence.tokens[i - 1].text[:1].isupper()):
                continue  # not inside a longer name: "Đảng Cộng hòa Mỹ"
            after = sentence.tokens[i + n].start
            place = next((s for s in spans if s.start == after and s.label == "location"), None)
            if place is None:
                continue
            inside = [s for s in spans if s is not place and s.start < after and tok.start < s.end]
            if any(s.label != "location" or s.start < tok.start for s in inside):
                continue  # the form belongs to something else ("Đại sứ quán Cộng hòa ...")
            drop.update(id(s) for s in (place, *inside))
            out.append(doc.span(tok.start, place.end, "location", source=place.source, priority=place.priority))
    return [s for s in spans if id(s) not in drop] + out


def _given_names(doc: Document, spans: list[Span], runs: dict[int, int]) -> list[Span]:
    """A person named in full is named by the given name alone afterwards ("Ngô Tấn Quyết ...
    Quyết từng có 4 tiền án"): a later capitalized word that is the last word of such a name,
    a word by itself (not "Bình quân") and alone in its run of capitalized words, is that
    person unless something else claims it, an honorific can be read ("Anh có một gia đình")
    or a place's type word comes before it ("miền Nam"). VLSP 2018 tags 263 of the 277 such
    mentions in its training folder as people (most of the rest are the pronoun "Anh")."""
    first_full: dict[str, int] = {}
    for span in spans:
        words = span.text.split()
        if span.label == "person" and len(words) >= 2 and len(words[-1]) > 1 and not words[-1].isupper():
            first_full[words[-1]] = min(first_full.get(words[-1], span.end), span.end)
    if not first_full:
        return spans
    gaz = gazetteers()
    taken = sorted((s.start, s.end) for s in spans)
    extra: list[Span] = []
    for sentence in doc.sentences:
        keys = sentence.keys
        for w in sentence.words:
            if w.last - w.first != 1:
                continue
            tok = sentence.tokens[w.first]
            after = first_full.get(tok.text)
            if (after is None or tok.start < after or runs.get(tok.start) != tok.end
                    or _overlaps(taken, tok.start, tok.end)
                    or any(gaz[g].match_at(keys, w.first) for g in ("honorific", "title", "admin_unit", "place"))
                    or (w.first > 0 and gaz["admin_unit"].match_before(keys, w.first))):
                continue
            extra.append(doc.span(tok.start, tok.end, "person", source="given_name", priority=-2))
    return spans + extra


def _numbered_places(doc: Document, spans: list[Span]) -> list[Span]:
    """A place's noun and a number name a place: "quận 1", "tổ 10", "quốc lộ 1A", "hẻm 438"
    (data: gazetteer/numbered_places.txt), where no name is read already ("Công an quận 3").
    The number has one to three digits and maybe a capital letter written on to it; not one
    that goes on as a fraction, an address or a decimal ("ngõ 120/46"), nor one that counts
    the noun after it ("tổ 3 người": dates.json quantity words and gazetteer/counted_nouns.txt)
    or follows "mỗi"/"một" ("mỗi tổ 4 người"). "tổ" names a place only in an address: after a
    word of residence ("trú tổ 13") or before another unit ("tổ 10, khu phố 4")."""
    gaz = gazetteers()
    nouns, counted, units = gaz["numbered_place"], _counted_nouns(), gaz["admin_unit"]
    taken = sorted((s.start, s.end) for s in spans)
    found: list[Span] = []
    for sentence in doc.sentences:
        tokens, keys = sentence.tokens, sentence.keys
        for i in range(len(tokens)):
            n = nouns.match_at(keys, i)
            j = i + n
            if not n or j >= len(tokens) or tokens[j].kind != "number" or not tokens[j].text.isdigit() \
                    or len(tokens[j].text) > 3 or tokens[j].start - tokens[j - 1].end > 1 \
                    or (i and keys[i - 1] in _SINGLES):
                continue
            end = j + 1
            if end < len(tokens) and tokens[end].start == tokens[j].end:
                if len(tokens[end].text) == 1 and tokens[end].text.isupper():
                    end += 1  # "quốc lộ 1A"
                elif (tokens[end].text in "/.,-" and end + 1 < len(tokens) and tokens[end + 1].text[:1].isdigit()
                      and tokens[end + 1].start == tokens[end].end):
                    continue  # "ngõ 120/46", "tổ 1.000" (not "các quận 6, 11")
            if end < len(tokens) and counted.match_at(keys, end):
                continue  # "tổ 3 người", "khối 10 nước"
            if keys[i] in _ADDRESS_ONLY and not (
                    (i and keys[i - 1] in _RESIDENCE)
                    or (end + 1 < len(tokens) and keys[end] == "," and (units.match_at(keys, end + 1)
                                                                        or nouns.match_at(keys, end + 1)))):
                continue  # "tổ trưởng tổ 10 nói", "Tổ 2 đi tuần"
            span = _span(doc, sentence, i, end, "location", "numbered_place", -2)
            if not _overlaps(taken, span.start, span.end):
                found.append(span)
                if i and (keys[i - 1] in _PLURALS or keys[i - 1] == "liên"):
                    # "các quận 6, 11", "liên phường 1, 2, 3" (not "Trên quốc lộ 1, 2 xe khách")
                    found.extend(_listed_numbers(doc, sentence, end, counted))
    return found


def _listed_numbers(doc: Document, sentence: Sentence, k: int, counted: Gazetteer) -> list[Span]:
    """The numbers listed after a numbered place its plural opens, from token ``k``, name places
    of its noun: "các quận 6, 11, Tân Phú" ("11"); not one that counts the noun after it ("các
    quận 6, 11 người")."""
    tokens, keys = sentence.tokens, sentence.keys
    found: list[Span] = []
    while k + 1 < len(tokens) and keys[k] in _NUMBER_LIST_JOINS and tokens[k + 1].kind == "number" \
            and tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) <= 3:
        k += 1
        after = k + 1
        if after < len(tokens) and (counted.match_at(keys, after) or (
                tokens[after].start == tokens[k].end and tokens[after].text not in ",;)")):
            break  # "quận 6, 11 người", "quận 6, 11/2"
        found.append(_span(doc, sentence, k, k + 1, "location", "numbered_place", -2))
        k = after
    return found


_SINGLES = frozenset({"mỗi", "một", "từng"})  # "mỗi tổ 4 người": one of many, counted
_NUMBER_LIST_JOINS = frozenset({",", "và"})  # "các quận 1, 3 và 5"
_ADDRESS_ONLY = frozenset({"tổ"})  # a team as often as a residents' group
_RESIDENCE = frozenset({"ở", "tại", "thuộc", "ngụ", "trú"})


@functools.cache
def _counted_nouns() -> Gazetteer:
    """Nouns a number before them counts: dates.json quantity words and gazetteer/counted_nouns.txt."""
    dates = json.loads((DATA / "dates.json").read_text(encoding="utf-8"))
    return Gazetteer([*dates["quantity_words_after"], *word_list("gazetteer/counted_nouns.txt")])


def _defined_abbreviations(doc: Document, spans: list[Span]) -> list[Span]:
    """An abbreviation the text defines names what its long form names, wherever it stands
    alone: after "Học viện Quản lý Singapore (SIM)", "học tập tại SIM" and "SIM nổi tiếng"
    are the academy.

    The long form's type is the one the model gave the names that hold it (their majority:
    "đường Trường Sơn Đông (TSĐ)" is a road), else an organization when it opens with an
    agency head noun and a capitalized word names which one ("Hiệp hội doanh nghiệp Nhật
    Bản (SPJD)"; not "Câu lạc bộ (CLB)", "Hội chứng ...", "Hội đồng quản trị (HĐQT)"); a
    long form of neither kind, a document's ("Bộ luật Hình sự (BLHS)") or a common term's
    ("cải cách hành chính (CCHC)") makes no entity.
    A mention is a whole word spelling the short form, not already inside a name, that
    nothing continues: no capitalized word ("SIM Global"), no number ("tàu CSB 4006": a
    designation), and no capitalized word after its bracket ("Tổng Liên đoàn Lao động
    (LĐLĐ) Việt Nam": the name goes on around it).
    """
    defined = doc.extras.get("abbreviations_defined", ())
    if not defined:
        return spans
    heads, documents = gazetteers()["org_head"], gazetteers()["document"]
    taken = sorted((s.start, s.end) for s in spans)
    tokens = doc.tokens
    ends = {t.start: t.end for t in tokens}
    following = {a.end: b for a, b in zip(tokens, tokens[1:])}

    def continues(end: int) -> bool:  # a capitalized word or a number right after ``end``
        after = following.get(end)
        return after is not None and after.start - end <= 1 and (after.text[:1].isupper() or after.text[:1].isdigit())

    extra: list[Span] = []
    for short in defined:
        long = doc.abbreviations.get(short, "")
        if not long[:1].isupper():
            continue  # a term ("cải cách hành chính") names nothing
        words = long.split()
        keys = [match_key(w) for w in words]
        if documents.match_at(keys, 0):
            continue  # a law or a report ("Bộ luật Hình sự (BLHS)") is no body
        votes = Counter(s.label for s in spans if long in s.text and s.label in _NAME_LABELS)
        head = heads.match_at(keys, 0)
        named = head and any(w[:1].isupper() for w in words[head:])
        label = votes.most_common(1)[0][0] if votes else "organization" if named else None
        if label is None:
            continue
        for m in re.finditer(re.escape(short), doc.text):
            bracketed = doc.text[m.start() - 1:m.start()] == "(" and doc.text[m.end():m.end() + 1] == ")"
            if (ends.get(m.start()) == m.end() and not continues(m.end())
                    and not (bracketed and continues(m.end() + 1)) and not _overlaps(taken, m.start(), m.end())):
                extra.append(doc.span(m.start(), m.end(), label, source="abbreviation", priority=-2))
    return spans + extra


_NAME_LABELS = ("person", "organization", "location")


# what joins the items of a list, by kind: commas (maybe closed by a conjunction) or dashes
_LIST_JOINS = {",": "comma", "và": "comma", "hoặc": "comma", "-": "dash", "–": "dash"}
_LIST_CLOSERS = ("và", "hoặc")


def _lists(doc: Document, spans: list[Span]) -> list[list[Span]]:
    """The lists of names in the text: names one after another on a line, joined by commas
    (the last maybe by "và" or "hoặc", which closes the list) or all by dashes."""
    names = sorted((s for s in spans if s.label in _NAME_LABELS), key=lambda s: (s.start, -s.end))
    lists: list[list[Span]] = []
    kind: str | None = None  # how the current list joins its names, once it has two
    closed = True
    for span in names:
        if lists and span.start < lists[-1][-1].end:
            continue  # overlapping readings: the list goes on with the first
        between = doc.text[lists[-1][-1].end:span.start] if lists else ""
        join = _LIST_JOINS.get(between.strip()) if "\n" not in between and "\r" not in between else None
        if join is not None and not closed and kind in (None, join):
            lists[-1].append(span)
            kind, closed = join, between.strip() in _LIST_CLOSERS
        else:
            lists.append([span])
            kind, closed = None, False
    return [names for names in lists if len(names) > 1]


def _listed_places(doc: Document, spans: list[Span]) -> list[Span]:
    """A name listed after places is a place: "các tuyến đường Nguyễn Huệ, Hàm Nghi, Lê Lợi",
    "các xã Sông Lũy, Phước Tiến", "Điện Biên Phủ - Võ Thị Sáu - Ba Tháng Hai". Streets and
    villages bear people's names, which the model reads as people.

    A name the model read as a person becomes a place when every name before it in its list
    is a place, two of them are or the list opens with a place's type word ("xã", "đường":
    the admin_unit list) before or at its first name, and the list is one of places by its
    form: its names are joined by dashes, a place the model read follows the name in the
    list, a plural opens it ("các tuyến đường", "3 hồ") or nothing goes on after its last
    name (a mark or the line's end). So does a place's name the model read as a body's, after
    one place ("(Thăng Bình, Quảng Nam)"). A place phrase before a clause's subject is no list:
    "Tại xã Tân Phú, huyện Đức Hòa, Trần Văn Hùng đã dùng dao ...", "Trở về Mỹ, Khoa ..."."""
    lists = _lists(doc, spans)
    if not lists:
        return spans
    admin = gazetteers()["admin_unit"]
    at: dict[int, tuple[Sentence, int]] = {t.start: (s, i) for s in doc.sentences for i, t in enumerate(s.tokens)}
    for names in lists:
        sentence, i = at.get(names[0].start, (None, 0))
        head, plural = 0, False
        if sentence is not None:
            keys = sentence.keys
            before = admin.match_before(keys, i)
            head = before or admin.match_at(keys, i)
            first = i - before  # where the type word starts
            plural = any(0 <= first - d < len(keys)
                         and (keys[first - d] in _PLURALS or sentence.tokens[first - d].kind == "number")
                         for d in (1, 2))  # "các xã", "các tuyến đường", "3 hồ"
        closed = _LIST_END.match(doc.text, names[-1].end) is not None
        for k, span in enumerate(names[1:], start=1):
            if any(s.label != "location" for s in names[:k]):
                break
            dashed = doc.text[names[k - 1].end:span.start].strip() in ("-", "–")
            placed_after = any(s.label == "location" for s in names[k + 1:])
            # a person's name after two places or a type word, or a place's name the model read as
            # a body's after one ("Thăng Bình, Quảng Nam")
            if span.label == "person":
                named = k >= 2 or head
            else:
                named = span.label == "organization" and span.text in gazetteers()["place"]
            if named and (dashed or placed_after or (head and plural) or closed):
                span.label = "location"
    return spans


def _addressed_streets(doc: Document, spans: list[Span]) -> list[Span]:
    """A name the model read as a person right after a house number is the street of an
    address: "Đà Nẵng: 93 Nguyễn Chí Thanh", "tại 93 Nguyễn Chí Thanh", "2A-4A Tôn Đức Thắng".
    The number opens a line or follows a mark or "tại"/"ở"; a number after a word is no house
    number ("quận 12 Nguyễn Văn Của", "bậc 4/7 Nguyễn Hùng", "2-2 Tô Ký" of a match score).
    Right after a lowercase noun for a place often named after people, the name is that place,
    the noun in its span ("đường Phạm Hùng", "tượng đài Bác Tôn"; data: gazetteer/street_nouns.txt)."""
    out = []
    for span in spans:
        if span.label == "person" and _HOUSE_NUMBER_BEFORE.search(doc.text, max(0, span.start - 30), span.start):
            span.label = "location"
        elif span.label == "person" and (noun := _street_noun_before(doc.text, span.start)):
            span = doc.span(noun.start(), span.end, "location", source=span.source, priority=span.priority)
        out.append(span)
    return out


def _street_noun_before(text: str, start: int) -> re.Match[str] | None:
    """The noun for a place named after people that ends right before ``start`` ("đường ")."""
    return _street_noun_pattern().search(text, max(0, start - 20), start)


@functools.cache
def _street_noun_pattern() -> re.Pattern[str]:
    nouns = sorted(word_list("gazetteer/street_nouns.txt"), key=len, reverse=True)
    # not "phố" of "thành phố" ("Phó chủ tịch UBND thành phố Nguyễn Thành Tài")
    return re.compile(r"(?<![\w])(?<![Tt]hành )(?:" + "|".join(map(re.escape, nouns)) + r")[ \t]+$")


_HOUSE_NUMBER_BEFORE = re.compile(
    r"(?:^|[\r\n]|(?<!\d)[,:;(•–-][ \t]*|(?<!\w)(?:tại|ở)[ \t]+)"
    r"\d+[A-Za-z]?(?:[ \t]*[/-][ \t]*\d+[A-Za-z]?)*[ \t]+$", re.IGNORECASE)


# before a list's place type word, these make it a list of places ("các xã", "những con đường")
_PLURALS = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy", "nhiều"})
# nothing goes on after a list's last name: a mark, "hay", or the line's end
_LIST_END = re.compile(r"[^\S\r\n]*(?:[.;:)\]!?…]|$|\r|\n|hay(?!\w))")


def _capitalized_run_ends(tokens: list[Token]) -> dict[int, int]:
    """Start -> end offset of each maximal run of capitalized words (within a line)."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(tokens):
        if tokens[i].kind in ("word", "abbr") and tokens[i].text[0].isupper():
            j = i
            while (j + 1 < len(tokens) and tokens[j + 1].kind in ("word", "abbr") and tokens[j + 1].text[0].isupper()
                   and tokens[j + 1].start - tokens[j].end <= 1):
                j += 1
            runs[tokens[i].start] = tokens[j].end
            i = j + 1
        else:
            i += 1
    return runs


def _overlaps(sorted_ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_ranges, (start, start))
    for j in (i - 1, i):
        if 0 <= j < len(sorted_ranges) and sorted_ranges[j][0] < end and start < sorted_ranges[j][1]:
            return True
    return False


def _span(doc: Document, sentence: Sentence, first: int, last: int, kind: str, source: str, priority: int) -> Span:
    return doc.span(sentence.tokens[first].start, sentence.tokens[last - 1].end, kind,
                    source=source, priority=priority)


def _name_start(sentence: Sentence, first: int, last: int) -> int:
    """Skip titles, ranks and honorifics the model swept into a person's name.

    Only what cannot be a given name is skipped: a title of two or more
    syllables ("Thượng tướng"), or a lowercase title or honorific ("ông");
    "Anh Đức" and "Nguyên Hoàng" stay whole.
    """
    tokens, keys = sentence.tokens, sentence.keys
    gaz = gazetteers()
    while first < last:
        n = gaz["modifier"].match_at(keys, first)
        m = gaz["title"].match_at(keys, first + n) or gaz["honorific"].match_at(keys, first + n)
        if not m or first + n + m >= last:
            break
        skipped = tokens[first : first + n + m]
        if n + m < 2 and skipped[0].text[0].isupper():
            break
        first += n + m
    return first


def _plausible(tokens: list[Token], kind: str) -> bool:
    """Numbers, dates and lowercase runs are never names."""
    if not any(t.kind in ("word", "abbr") for t in tokens):
        return False
    if kind == "person":
        return any(t.text[0].isupper() for t in tokens if t.kind == "word")
    return True


def _agency_abbreviations(doc: Document, sentence: Sentence) -> list[Span]:
    """UBND/HĐND/... + unit word + optional place name: "UBND tỉnh Quảng Nam".

    A bare abbreviation is left to the model: "CP" is Chính phủ in one text and
    "cổ phần" in "Công ty CP" in another.
    """
    toks = sentence.tokens
    table = abbreviations()
    units = gazetteers()["admin_unit"]
    keys = sentence.keys
    tags = sentence.tags.get("ner") or ["O"] * len(toks)
    found = []
    for i, tok in enumerate(toks):
        entry = table.get(tok.text)
        if entry is None or entry.type != "organization":
            continue
        j = i + 1
        n = units.match_at(keys, j) if j < len(toks) else 0
        if not n or toks[j].kind != "word":
            continue
        j += n
        # the place's name, unless the model reads it as a person ("UBND tỉnh Nguyễn Văn Phóng")
        while j < len(toks) and _continues_name(toks[j]) and not tags[j].endswith("PER"):
            j += 1
        found.append(_span(doc, sentence, i, j, "organization", "abbreviation", 1))
    return found


# "N.T.T.", "B.T.Th.", "Đ.T.H", "H.C.G": capitals, each but maybe the last with a dot
_INITIALS = re.compile(r"(?:[A-ZĐ][a-zđ]?\.)+[A-ZĐ]?[a-zđ]?\.?")


def _person_nouns() -> Gazetteer:
    """Honorifics and nouns for a person, which may stand before initials."""
    return listed("gazetteer/honorifics.txt", "gazetteer/person_nouns.txt")


def _initials(doc: Document, sentence: Sentence) -> list[Span]:
    """Initials after an honorific or a noun for a person: "chị L.T.H.", "bệnh nhân N.V.A."."""
    toks, keys = sentence.tokens, sentence.keys
    nouns = _person_nouns()
    found = []
    for i, tok in enumerate(toks):
        if tok.kind != "abbr" or sum(ch.isupper() for ch in tok.text) < 2 or not _INITIALS.fullmatch(tok.text):
            continue
        if nouns.match_before(keys, i):
            found.append(_span(doc, sentence, i, i + 1, "person", "initials", 1))
    return found


def _continues_name(token: Token) -> bool:
    return token.kind == "number" or (token.kind == "word" and token.text[0].isupper())
