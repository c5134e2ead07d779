"""Recognizer: organizations named by an agency head noun, and bare bodies.

A small grammar over the words of a sentence, for what the statistical model
misses in administrative prose:

    body  := HEAD name? | BARE
    HEAD  := a capitalized agency head noun (Sở, Bộ, Cục, Ủy ban nhân dân ...)
    name  := (capitalized word | "và" + capitalized word | unit word)+

"Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Hội đồng bầu cử Hà Nội" and
"Sở Nội vụ tỉnh Quảng Nam" are bodies; a head noun with no name after it
("các sở, ngành") is not. A name written in sentence case goes on with the
lowercase nouns after its capitalized words when a mark or a function word
ends them ("Cục Quản lý lao động nước ngoài thì ..."), and a body's term
ends a name ("Quốc hội khóa XI"). BARE bodies ("Đảng", "Chính phủ", "Tỉnh
ủy") are organizations when capitalized, marked ``generic`` when no name follows.
"""

from __future__ import annotations

import functools
import re

from ..document import Document, Sentence, Token
from ..gazetteer import gazetteers, listed, word_list
from ..gazetteer import abbreviations as standard_abbreviations
from ..ner import known_names
from ..spans import Span

_JOINERS = {"và", "&", "-"}
_TERM_WORD = "khóa"  # the key of "khóa" and "khoá" alike
_TERM_NUMBER = re.compile(r"[IVXLC]+|\d{1,2}")
# before a head noun, these make what follows a list of bodies sharing it ("các Bộ Tài chính,
# Xây dựng và Giao thông vận tải"), not one body listing its fields
_PLURAL_MARKERS = {"các", "những", "hai", "ba"}


def recognize(doc: Document) -> list[Span]:
    found: list[Span] = []
    for sentence in doc.sentences:
        found.extend(_bodies(doc, sentence))
    return found + _dateline_sources(doc)


# a lead's source in brackets before its dash and the lead's first word: "(NLĐ) - Chiều 30-3, ...",
# "(TITC)- Sáng nay" (not an aside, "(JCPOA) - thỏa thuận hạt nhân -")
_DATELINE = re.compile(r"\(\s*([A-ZĐ]{2,8})\s*\)\s*[-–]\s*(\w)")


def _dateline_sources(doc: Document) -> list[Span]:
    """The newspapers and agencies a lead names in brackets before its dash and its first,
    capitalized word, as datelines do ("... giàu (NLĐ)- Hiện nay ở Cà Mau"): organizations,
    unless the text defines the abbreviation or the standard table gives it another type."""
    defined = set(doc.extras.get("abbreviations_defined", ()))
    table = standard_abbreviations()
    return [doc.span(m.start(1), m.end(1), "organization", source="bodies", priority=-1)
            for m in _DATELINE.finditer(doc.text)
            if m[2].isupper() and m[1] not in defined
            and (m[1] not in table or table[m[1]].type == "organization")]


def _bodies(doc: Document, sentence: Sentence) -> list[Span]:
    gaz = gazetteers()
    toks = sentence.tokens
    keys = sentence.keys
    tags = sentence.tags.get("ner") or ["O"] * len(toks)
    word_of = sentence.word_of()  # token index -> index of its segmented word
    levels, forces = listed("gazetteer/school_levels.txt"), listed("gazetteer/forces.txt")
    found = []
    i = 0
    while i < len(toks):
        if not (toks[i].kind == "word" and toks[i].text[0].isupper()):
            i += 1
            continue
        # a level of schooling heads a school's name ("ĐH Công nghiệp", "CĐ Sư phạm")
        school = levels.match_at(keys, i)
        head = max(gaz["org_head"].match_at(keys, i), school)
        bare = gaz["body"].match_at(keys, i)
        n = max(head, bare)
        if n and _inside_place(keys, i):
            n = 0
        plural = i > 0 and (keys[i - 1] in _PLURAL_MARKERS or toks[i - 1].kind == "number")
        end = _name_end(sentence, keys, word_of, i, i + n, tags, fields=not plural) if n else -1
        if school == n and (any(levels.match_at(keys, k) for k in range(i + n, end))
                            or (i > 0 and keys[i - 1] == "thi")):
            end = -1  # levels listed or an exam's, no school: "ĐH và CĐ", "THPT và THCS", "kỳ thi THPT Quốc gia"
        if end < 0 or not (end > i + n or bare == n):
            i += 1
            continue
        if end > i + n and forces.match_at(keys, i) == n and gaz["place"].match_at(keys, i + n) == end - i - n:
            i = end  # "Không quân Israel": the country alone, a place (data: gazetteer/forces.txt)
            continue
        # priority -1: the grammar fills the gaps the model leaves, never overrides it, except
        # that an agency outranks the places that qualify it ("Sở Y tế TP.HCM"); bare bodies
        # do not ("Chính phủ Romania" is left to the model: VLSP 2018 tags only the country),
        # except those whose name takes the place ("Quốc hội Mỹ", "Công an Hà Nội")
        takes_place = not bare or gaz["body_of_place"].match_at(keys, i) == n
        found.append(doc.span(toks[i].start, toks[end - 1].end, "organization",
                              source="bodies", priority=-1, generic=end == i + n,
                              nests_places=takes_place))
        i = end
    return found


def _inside_place(keys: list[str], i: int) -> bool:
    """Whether token ``i`` goes on a place name begun before it: the "Ban" of "Tây Ban Nha"
    is no head noun."""
    place = gazetteers()["place"]
    return any(place.match_at(keys, k) > i - k for k in range(max(0, i - 3), i))


def _capital(token: Token) -> bool:
    return token.kind in ("word", "abbr") and token.text[0].isupper()


def _name_end(sentence: Sentence, keys: list[str], word_of: list[int], start: int, j: int, tags: list[str],
              fields: bool = True) -> int:
    """Token index after the name that follows a head noun from ``start`` to ``j``.

    ``j`` itself when no name follows. A field a state body is named after
    opens the name whatever its case ("Sở Giao thông vận tải", "Sở Kế hoạch đầu
    tư"; data: gazetteer/agency_fields.txt). When a lowercase noun follows the
    name, the name goes on in sentence case (:func:`_lowercase_tail_end`) or in
    a way this grammar cannot delimit ("Trường Cao đẳng nghề ..."): -1, it
    claims nothing, unless the name is a field ("Sở Xây dựng" before the
    tagger's noun "đề xuất phát"). ``fields``: the name
    may list its fields after a comma (:func:`_listed_fields_end`).
    """
    gaz = gazetteers()
    toks = sentence.tokens
    head_end = end = j
    field_end = -1
    heads, fields = listed("gazetteer/field_heads.txt"), listed("gazetteer/agency_fields.txt")
    if heads.match_at(keys, start) == j - start and (n := fields.match_at(keys, j)) and _whole_words(
            sentence, word_of, j, n):
        j = end = field_end = j + n
    while j < len(toks) and not tags[j].endswith("PER"):
        tok = toks[j]
        if _capital(tok):
            j = end = j + 1
        elif end > head_end and j == end and tok.kind == "word" and word_of[j] == word_of[j - 1]:
            j = end = j + 1  # the rest of a word the name began: "Nội vụ"
        elif (keys[j] in _JOINERS and j + 1 < len(toks) and _capital(toks[j + 1])
              and not any(gaz[g].match_at(keys, j + 1) for g in ("org_head", "body", "document"))
              and not (keys[j] == "-" and toks[j + 1].text.isascii())):  # "... - OceanBank" is an alias
            j += 1  # "Bộ Tài nguyên và Môi trường", but not "Bộ A và Sở B"
        elif (fields and end == j and end > head_end and keys[j] == ","
              and (k := _listed_fields_end(sentence, keys, word_of, j, tags)) > 0):
            j = end = k  # "Bộ Lao động, Thương binh và Xã hội", "Ủy ban Văn hóa, Giáo dục, ... và Nhi đồng"
        elif end == j and (n := gaz["admin_unit"].match_at(keys, j)) and tok.kind == "word":
            j = end = j + n  # "Sở Nội vụ tỉnh ...", "Thanh tra tỉnh"
        elif end == j and keys[j] == _TERM_WORD and j + 1 < len(toks) and _TERM_NUMBER.fullmatch(toks[j + 1].text):
            return j + 2  # a body's term ends its name: "Quốc hội khóa XI", "HĐND TP HCM khóa VI"
        else:
            word = sentence.words[word_of[j]]
            if end == j and end > head_end and word.pos == "N" and tok.text.islower() and word.first == j:
                tail = _lowercase_tail_end(sentence, keys, word_of, head_end, j, tags)
                return end if tail < 0 and end == field_end else tail
            break
    return end


# the part of speech of the words a name written in sentence case goes on with, and of the word
# that may follow it: an adverb, a preposition, a conjunction, a mark (not a verb: the tagger
# reads many verbs after a name as nouns, "Sở Xây dựng đề xuất phát phiếu")
_TAIL_POS = frozenset(("N", "A"))
_AFTER_TAIL_POS = frozenset(("R", "E", "C", "CH"))
_TAIL_MAX = 4  # words


def _lowercase_tail_end(sentence: Sentence, keys: list[str], word_of: list[int], head_end: int, j: int,
                        tags: list[str]) -> int:
    """Token index after the lowercase words that go on a name from token ``j``, right after the
    capitalized words that follow its head noun (ending at ``head_end``): a name written in
    sentence case ("Sở Giao thông công chính", "Cục Quản lý lao động nước ngoài", "Ban Chỉ huy
    quân sự tỉnh"). They are up to four nouns and adjectives whose syllables all occur in the
    names of organizations the model was trained on, none a time, a count or a person (data:
    gazetteer/name_tail_stops.txt), maybe with the place the body is of ("Sở Giao thông công
    chính Hà Nội"), and a mark, an adverb, a preposition, a conjunction or the sentence's end
    comes after them. -1 when they stop anywhere else ("Sở Y tế năm 2005", "Sở Y tế các tỉnh",
    "Bộ Tài chính cho hay"), or when a place, a body, an administrative unit or
    an abbreviation ends the capitalized words ("Sở GDĐT Bắc Ninh kỷ luật ...", "Ban Thường vụ
    Thành ủy nhân sự", "UBND thành phố đề án"): then the name cannot be delimited."""
    gaz, toks = gazetteers(), sentence.tokens
    capital = max((t for t in range(head_end, j) if _capital(toks[t])), default=None)  # the last one
    if (capital is None or word_of[capital] != word_of[j - 1] or toks[capital].text.isupper()
            or tags[capital].endswith("LOC") or any(gaz[g].match_before(keys, j) for g in ("place", "body"))):
        return -1
    words, stops, known = sentence.words, _tail_stops(), _name_syllables()
    k = first = word_of[j]
    while (k < len(words) and words[k].pos in _TAIL_POS and words[k].text.lower() not in stops
           and known.issuperset(words[k].text.lower().split())):
        k += 1
    if k == first or k - first > _TAIL_MAX:
        return -1
    end = words[k - 1].last
    place = gaz["place"].match_at(keys, end)  # the place it is of: "Sở Giao thông công chính Hà Nội"
    if place and toks[end].text[:1].isupper():
        end += place
        k = word_of[end] if end < len(toks) else len(words)
        if k < len(words) and words[k].first != end:
            return -1  # the place's last syllable runs into a word after it
    if k < len(words) and words[k].pos not in _AFTER_TAIL_POS:
        return -1
    return end


@functools.cache
def _name_syllables() -> frozenset[str]:
    """The syllables, lowercased, of the names of organizations the model was trained on: a word
    with one outside them ("hay" of "cho hay", "nay" of "hôm nay") goes on no name."""
    return frozenset(syllable.lower() for name in known_names()["organization"] for syllable in name.split())


@functools.cache
def _tail_stops() -> frozenset[str]:
    return frozenset(word_list("gazetteer/name_tail_stops.txt"))


def _listed_fields_end(sentence: Sentence, keys: list[str], word_of: list[int], j: int, tags: list[str]) -> int:
    """Token index after a list of fields that goes on a body's name from the comma at ``j``:
    ", Thương binh và Xã hội", ", Giáo dục, Thanh niên, Thiếu niên và Nhi đồng". A field is
    capitalized words, no abbreviation and nothing the model reads as a name of its own (B-
    tags, people, places: "Bộ Y tế, WHO và UNICEF", "Sở Công an, Lê Văn Tám và ..."), and
    none opens another body, a document or a place ("Sở Y tế, Sở Tài chính và ...", "Sở Y
    tế, Hà Nội và ..." are lists of names); the list must close with "và" and a last field,
    and a lowercase noun must not follow it ("Giám đốc Sở Tài chính, Trưởng ban và Phó ban đã
    ký" lists people's titles). -1 when what follows the comma is no such list."""
    gaz = gazetteers()
    toks = sentence.tokens
    while j < len(toks) and keys[j] in (",", "và"):
        closing = keys[j] == "và"
        j += 1
        if j >= len(toks) or toks[j].kind != "word" or not toks[j].text[0].isupper() or any(
                _whole_words(sentence, word_of, j, gaz[g].match_at(keys, j))
                for g in ("org_head", "body", "document", "admin_unit", "place", "title", "surname")):
            return -1  # whole words only: "Xã hội" is no commune
        first = j
        while j < len(toks) and keys[j] not in (",", "và") and toks[j].kind == "word" and (
                toks[j].text[0].isupper() or word_of[j] == word_of[j - 1]):
            if tags[j].startswith("B-") or tags[j].endswith(("PER", "LOC")) or toks[j].text.isupper():
                return -1
            j += 1
        if j - first > 4:
            return -1
        if closing:
            if (j < len(toks) and toks[j].kind == "word" and toks[j].text.islower()
                    and not gaz["admin_unit"].match_at(keys, j)):  # "... và Du lịch tỉnh Quảng Nam"
                word = sentence.words[word_of[j]]
                if word.pos == "N" and word.first == j:
                    return -1
            return j
    return -1


def _whole_words(sentence: Sentence, word_of: list[int], j: int, n: int) -> bool:
    """Whether the ``n`` tokens from ``j`` (a gazetteer's match, none when 0) are words of their
    own, not the start of a word that goes on in lowercase ("Xã" of "Xã hội")."""
    k = j + n
    return n > 0 and not (k < len(word_of) and word_of[k] == word_of[k - 1] and sentence.tokens[k].text[:1].islower())
