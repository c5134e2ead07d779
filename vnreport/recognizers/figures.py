"""Figures: quantities with their value, unit, what they count and what happened.

"toàn tỉnh cắt giảm 220 biên chế" gives one span over "cắt giảm 220 biên
chế" with value 220, subject "biên chế", action "cắt giảm", direction "-".

One mechanism over each sentence's tokens and POS-tagged words:

1. a quantity grammar, ``qualifier? number (range)? scale* unit? (/per)?``,
   where the number is a digit string or a run of number words
   (:func:`vnreport.numbers.parse_number_words` reads both);
2. filters that drop numbers which are not quantities: parts of dates and
   clock times, identifiers (after a marker such as "số", "phòng", a proper
   name, glued to letters, phone-length), ordinals ("thứ 2"), years, fixed
   phrases ("một số", "một cửa") and the article "một";
3. readers around the quantity: the head noun phrase on the right (subject,
   with coordinated nouns), the governing verb on the left (action and
   direction), a comparison base ("so với ...") further right.

Conventions (documented here because the evaluation depends on them):

* ranges ("5-10 người", "từ 5 đến 10 người", "7-8 triệu đồng", "từ 15 km
  đến 31 km", "hai ba lớp lưới"): two figures, one per number (the gold
  convention); the low one ("5") has ``value`` and ``value_max``, both
  scaled, the high one ("10 người") shares its unit, subject and action;
* figures listed after one another with only separators and names between
  them ("đóng góp 34.724 phần quà và 3,7 tỉ đồng", "Hải Phòng 420 tấn, Nam
  Định: 850 tấn") share the first one's action, and its subject with the
  same unit; after "3 mức trợ cấp:" only the subject is shared;
* fractions of a total ("94/104 ha"): ``value`` 94 and ``total`` 104; a share of
  counted things ("2/3 đại biểu") and a fraction in words ("hai phần ba số
  trường hợp", "ba phần tư") are one figure, the fraction;
* rates ("65.000 đồng/m2"): ``unit`` is the numerator ("đồng") and ``per``
  the denominator ("m2"); the quantity range includes "/m2";
* the article "một" counts only before a unit or scale word ("một năm",
  "một tỷ đồng") or after a counting word from the data file ("chỉ có một
  ứng cử viên"); other number words count only before a unit or a noun;
* a bare "năm" is never the number five (it is read as five only inside a
  compound number such as "năm mươi");
* a bare scale word after a vague qualifier is one of it ("hàng chục" is 10,
  "cả triệu" 1000000, with the qualifier "hàng", "cả");
* quantities said with words that are no number: "gấp đôi" (2, unit
  "lần"), "một nửa" (0.5); a unit may be written before the number ("tuổi 83");
* a list of bare numbers before a scaled one shares its scale and unit:
  "50, 100, 200 triệu đồng" gives three figures in millions of đồng.

All vocabulary is in ``vnreport/data/figures.json``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..document import Document, Sentence, Token, Word
from ..gazetteer import abbreviations as standard_abbreviations
from ..numbers import Number, as_number, load_data, number_words, parse_fraction_words, parse_number, parse_number_words
from ..models import dictionary
from ..spans import Span
from ..tokenize import tokens as _tokenize
from .dates import PARTS_OF_DAY, opens_line

Phrase = tuple[str, ...]

_NOUN_HEAD = {"N", "Nc", "Nu", "Ny", "Nb"}
_NOUN_MODIFIER = _NOUN_HEAD | {"Np", "A"}
_OPEN_QUOTES = {"\"", "“"}
_CLAUSE_END = {".", ";", ":", "!", "?", "(", ")", "[", "]", "…", "...", "\"", "“", "”"}
_CLAUSE_OR_COMMA = _CLAUSE_END | {","}
_OPENING_BRACKETS = {"(", "["}
_CLOSING_BRACKETS = {")", "]"}
#: where a sentence part ends; commas, brackets and quotes stay inside it
_SENTENCE_PART_END = {".", ";", ":", "!", "?", "…"}
#: where a clause ends when brackets do not end it ("Tổng sản phẩm trong nước (GDP) tăng")
_CLAUSE_END_PAST_BRACKETS = _SENTENCE_PART_END | {",", "\"", "“", "”"}
#: where a clause head (read leftwards) or a comparison (read rightwards) stops
_CLAUSE_BREAK = _CLAUSE_END | {",", "-", "–"}
_RANGE_RE = re.compile(r"(\d+(?:[.,]\d+)*)[-–](\d+(?:[.,]\d+)*)")
_FRACTION_RE = re.compile(r"(\d+(?:[.,]\d+)*)/(\d+(?:[.,]\d+)*)")
#: three numbers or more joined by dashes ("hệ số 0,3-0,4-0,5"): a list, one figure each
_CHAIN_RE = re.compile(r"\d+(?:,\d+)?(?:[-–]\d+(?:,\d+)?){2,}")
_MAX_PHRASE = 4  # the longest data-file phrase, in tokens


def _phrase(text: str) -> Phrase:
    """A data-file phrase as the lower-case token texts the tokenizer gives."""
    return tuple(t.text.lower() for t in _tokenize(text))


@dataclass(frozen=True)
class Unit:
    unit: str
    kind: str
    glued: bool  # written without spaces ("%o"): its tokens must touch
    noun: bool = False  # also an ordinary noun ("điểm"): a unit only when nothing continues it


@dataclass(frozen=True)
class Lexicon:
    """``figures.json`` as phrase sets keyed by token tuples."""

    units: dict[Phrase, Unit]
    subject_after_kinds: frozenset[str]
    durational_kinds: frozenset[str]
    time_frames: frozenset[str]
    duration_adverbs: frozenset[Phrase]
    open_range_ends: frozenset[Phrase]
    lone_one_kinds: frozenset[str]
    actions: dict[Phrase, str | None]
    not_actions: frozenset[str]
    skippable: frozenset[Phrase]
    qualifiers: frozenset[Phrase]
    range_connectors: frozenset[str]
    share_verbs: frozenset[str]
    range_openers: frozenset[str]
    comparison_markers: frozenset[Phrase]
    subject_strip: frozenset[Phrase]
    subject_stop: frozenset[str]
    coordinators: frozenset[str]
    fixed_phrases: dict[str, tuple[tuple[int, Phrase], ...]]  # a token -> (its place, the phrase) of the phrases holding it
    lone_one_left: frozenset[Phrase]
    rate_bases_before: frozenset[Phrase]
    identifier_markers: frozenset[Phrase]
    rating_nouns: frozenset[Phrase]
    kind_nouns: dict[Phrase, frozenset[Phrase]]
    kind_number_max: int
    minus_words: frozenset[Phrase]
    minus_unit_kinds: frozenset[str]
    identifier_exceptions: frozenset[Phrase]
    ordinal_markers: frozenset[Phrase]
    street_nouns: frozenset[str]
    house_number_suffixes: frozenset[str]
    ward_words: frozenset[str]
    score_names: frozenset[Phrase]
    date_words: frozenset[Phrase]
    time_words_after: frozenset[Phrase]
    clock_markers: frozenset[Phrase]
    clock_clause_openers: frozenset[Phrase]
    clock_hour_qualifiers: frozenset[Phrase]
    parts_of_day: frozenset[Phrase]
    time_suffix: re.Pattern[str]
    year_range: tuple[int, int]
    phone_min_digits: int
    phone_label: re.Pattern[str]
    scales: frozenset[str]
    vague_qualifiers: frozenset[Phrase]
    scale_only_qualifiers: frozenset[Phrase]
    implied_units: dict[str, str]
    right_action_openers: frozenset[str]
    left_subject_links: frozenset[Phrase]
    change_particles: frozenset[str]
    weak_actions: frozenset[str]
    right_openers_kept: frozenset[str]
    bare_multipliers: frozenset[str]
    verb_complements: frozenset[str]
    argument_prepositions: frozenset[str]
    beneficiary_markers: frozenset[Phrase]
    recipient_markers: frozenset[Phrase]
    action_coordinators: frozenset[str]
    list_separators: frozenset[str]
    change_links: frozenset[str]
    list_introducers: frozenset[Phrase]
    passive_markers: frozenset[str]
    auxiliaries: frozenset[str]
    measure_verbs: frozenset[str]
    clause_openers: frozenset[Phrase]
    copulas: frozenset[Phrase]
    negators: frozenset[Phrase]
    link_compounds: frozenset[Phrase]
    phrase_closers: frozenset[str]
    possessive_links: frozenset[Phrase]
    scope_words: frozenset[Phrase]
    scope_prepositions: frozenset[Phrase]
    noun_postmodifiers: frozenset[Phrase]
    partitives: frozenset[Phrase]
    selection_links: frozenset[Phrase]
    nominal_heads: frozenset[Phrase]
    nominal_head_predicates: frozenset[Phrase]
    casualty_states: frozenset[Phrase]
    duration_nouns: frozenset[Phrase]
    degree_words: frozenset[str]
    measured_by_clause_kinds: frozenset[str]
    distributives: frozenset[str]
    pivot_verbs: frozenset[str]
    having_verbs: frozenset[str]
    reporting_verbs: frozenset[Phrase]
    complementizers: frozenset[str]
    predicate_particles: frozenset[Phrase]
    subordinators: frozenset[str]
    time_deictics: frozenset[str]
    measure_nouns: frozenset[Phrase]
    partitive_markers: frozenset[Phrase]
    classifiers: frozenset[str]
    amount_adjectives: frozenset[str]
    units_before: frozenset[Phrase]
    currency_signs: dict[str, str]
    rate_words: frozenset[str]
    restating_words: frozenset[Phrase]
    label_prepositions: frozenset[str]
    money_nouns: frozenset[str]
    word_quantities: dict[Phrase, tuple[float, str | None]]
    modals: frozenset[Phrase]
    particle_phrases: frozenset[Phrase]
    time_prepositions: frozenset[Phrase]
    count_syllable_words: frozenset[Phrase]
    measure_adjectives: frozenset[Phrase]
    closed_words: frozenset[str]  # function words no dictionary word is joined over
    subject_time_adverbs: frozenset[Phrase]
    subject_closing_adverbs: frozenset[Phrase]
    reading_labels: frozenset[Phrase]


def _by_part(phrases: Iterable[Phrase]) -> dict[str, tuple[tuple[int, Phrase], ...]]:
    """Each token of ``phrases`` with the places it holds in them: (place, phrase) pairs."""
    parts: dict[str, list[tuple[int, Phrase]]] = {}
    for phrase in phrases:
        for k, part in enumerate(phrase):
            parts.setdefault(part, []).append((k, phrase))
    return {part: tuple(places) for part, places in parts.items()}


@functools.cache
def lexicon() -> Lexicon:
    """The figure vocabulary, loaded once per process."""
    d = load_data()

    def phrases(key: str) -> frozenset[Phrase]:
        return frozenset(_phrase(p) for p in d[key])

    units: dict[Phrase, Unit] = {}
    for entry in d["units"]:
        for form in entry["forms"]:
            units[_phrase(form)] = Unit(entry["unit"], entry["kind"], " " not in form, bool(entry.get("noun")))
    actions: dict[Phrase, str | None] = {}
    for direction, verbs in d["actions"].items():
        for verb in verbs:
            actions[_phrase(verb)] = direction or None
    return Lexicon(
        units=units,
        subject_after_kinds=frozenset(d["subject_after_unit_kinds"]),
        durational_kinds=frozenset(d["durational_unit_kinds"]),
        time_frames=frozenset(d["time_frames"]),
        duration_adverbs=phrases("duration_adverbs"),
        open_range_ends=phrases("open_range_ends"),
        lone_one_kinds=frozenset(d["lone_one_unit_kinds"]),
        actions=actions,
        not_actions=frozenset(d["not_actions"]),
        skippable=phrases("skippable_before_quantity"),
        qualifiers=phrases("qualifiers"),
        range_connectors=frozenset(d["range_connectors"]),
        share_verbs=frozenset(d["share_verbs"]),
        range_openers=frozenset(d["range_openers"]),
        comparison_markers=phrases("comparison_markers"),
        subject_strip=phrases("subject_strip"),
        subject_stop=frozenset(d["subject_stop_words"]),
        coordinators=frozenset(d["coordinators"]),
        fixed_phrases=_by_part(_phrase(p) for p in d["fixed_phrases"]),
        lone_one_left=phrases("lone_one_counting_left"),
        rate_bases_before=phrases("rate_bases_before"),
        identifier_markers=phrases("identifier_markers") | phrases("phone_labels"),
        rating_nouns=phrases("rating_nouns"),
        kind_nouns={_phrase(noun): frozenset(map(_phrase, owners)) for noun, owners in d["kind_nouns"].items()},
        kind_number_max=d["kind_number_max"],
        minus_words=phrases("minus_words"),
        minus_unit_kinds=frozenset(d["minus_unit_kinds"]),
        identifier_exceptions=phrases("identifier_marker_exceptions"),
        ordinal_markers=phrases("ordinal_markers"),
        street_nouns=frozenset(d["street_nouns"]),
        house_number_suffixes=frozenset(d["house_number_suffixes"]),
        ward_words=frozenset(d["ward_words"]),
        score_names=phrases("score_names"),
        date_words=phrases("date_words"),
        time_words_after=phrases("time_words_after"),
        clock_markers=phrases("clock_markers_before"),
        clock_clause_openers=phrases("clock_clause_openers"),
        clock_hour_qualifiers=phrases("clock_hour_qualifiers"),
        parts_of_day=frozenset(_phrase(p) for p in PARTS_OF_DAY),
        time_suffix=_time_suffix_re(d["time_suffixes"]),
        year_range=(int(d["year_range"][0]), int(d["year_range"][1])),
        phone_min_digits=int(d["phone_min_digits"]),
        phone_label=_phone_label_re(d["phone_labels"]),
        scales=frozenset(d["scales"]),
        vague_qualifiers=phrases("vague_qualifiers"),
        scale_only_qualifiers=phrases("scale_only_qualifiers"),
        implied_units=dict(d["implied_units"]),
        right_action_openers=frozenset(d["right_action_openers"]),
        left_subject_links=phrases("left_subject_links"),
        change_particles=frozenset(d["change_particles"]),
        weak_actions=frozenset(d["weak_actions"]),
        right_openers_kept=frozenset(d["right_action_openers_kept"]),
        bare_multipliers=frozenset(
            [*d["scales"], *d["number_words"]["tens_multiplier"], *d["number_words"]["hundred"]]
        ),
        negators=phrases("negators"),
        verb_complements=frozenset(d["verb_complements"]),
        argument_prepositions=frozenset(d["argument_prepositions"]),
        beneficiary_markers=phrases("beneficiary_markers"),
        recipient_markers=phrases("recipient_markers"),
        action_coordinators=frozenset(d["action_coordinators"]),
        list_separators=frozenset(d["list_separators"]),
        change_links=frozenset(d["change_links"]),
        list_introducers=phrases("list_introducers"),
        passive_markers=frozenset(d["passive_markers"]),
        auxiliaries=frozenset(d["auxiliaries"]),
        measure_verbs=frozenset(d["measure_verbs"]),
        clause_openers=phrases("clause_openers"),
        copulas=phrases("copulas"),
        link_compounds=phrases("link_compounds"),
        phrase_closers=frozenset(d["phrase_closers"]),
        scope_words=phrases("noun_phrase_scope_words"),
        scope_prepositions=phrases("scope_prepositions"),
        noun_postmodifiers=phrases("noun_postmodifiers"),
        partitives=phrases("partitives"),
        selection_links=phrases("selection_links"),
        nominal_heads=phrases("nominal_heads"),
        nominal_head_predicates=phrases("nominal_head_predicates"),
        casualty_states=phrases("casualty_states"),
        duration_nouns=phrases("duration_nouns"),
        degree_words=frozenset(d["degree_words"]),
        measured_by_clause_kinds=frozenset(d["measured_by_clause_kinds"]),
        possessive_links=phrases("possessive_links"),
        predicate_particles=phrases("predicate_particles")
        | phrases("auxiliaries")
        | phrases("change_particles"),
        subordinators=frozenset(d["subordinators"]),
        distributives=frozenset(d["distributives"]),
        pivot_verbs=frozenset(d["pivot_verbs"]),
        having_verbs=frozenset(d["having_verbs"]),
        reporting_verbs=phrases("reporting_verbs"),
        complementizers=frozenset(d["complementizers"]),
        time_deictics=frozenset(d["time_deictics"]),
        measure_nouns=phrases("measure_nouns"),
        partitive_markers=phrases("partitive_markers"),
        classifiers=frozenset(d["classifiers"]),
        amount_adjectives=frozenset(d["amount_adjectives"]),
        units_before=phrases("units_before_number"),
        currency_signs=dict(d["currency_signs"]),
        rate_words=frozenset(d["rate_words"]),
        restating_words=phrases("restating_words"),
        label_prepositions=frozenset(d["label_prepositions"]),
        money_nouns=frozenset(d["money_nouns"]),
        word_quantities={_phrase(k): (v[0], v[1]) for k, v in d["word_quantities"].items()},
        modals=phrases("modals"),
        particle_phrases=phrases("change_particles"),
        time_prepositions=phrases("time_prepositions"),
        count_syllable_words=phrases("subject_strip_first_syllable"),
        measure_adjectives=phrases("measure_adjectives"),
        closed_words=frozenset(d["subject_stop_words"]) | frozenset(d["change_particles"])
        | frozenset(d["copulas"]),
        subject_time_adverbs=phrases("subject_time_adverbs"),
        subject_closing_adverbs=phrases("subject_closing_adverbs"),
        reading_labels=phrases("reading_labels"),
    )


def _time_suffix_re(suffixes: list[str]) -> re.Pattern[str]:
    """Clock-time suffixes glued to a number as one pattern; a one-letter hour mark may carry minutes ("7h30")."""
    marks = "|".join(re.escape(s) for s in suffixes if len(s) == 1)
    words = "|".join(re.escape(s) for s in suffixes if len(s) > 1)
    return re.compile(rf"(?:{marks})\d{{0,2}}|{words}", re.IGNORECASE)


@dataclass
class Quantity:
    """A quantity expression: tokens ``[start, end)`` of one sentence."""

    start: int
    end: int
    number_end: int  # end of the number and its scale words, before the unit
    value: Number
    value_max: Number | None = None
    total: Number | None = None
    unit: Unit | None = None
    per: str | None = None
    per_noun: bool = False  # the denominator is a plain noun ("đồng/khách"), not a unit
    multiplier: Number = 1  # what the scale words multiplied (shared along a list)
    literal: bool = True  # written in digits
    bare: bool = True  # no scale word, no unit
    #: character range of the quantity when it is not whole tokens ("94" of "94/104 ha")
    chars: tuple[int, int] | None = None
    #: the "104 ha" of "94/104 ha", reported as a figure of its own
    whole: "Quantity | None" = None
    is_whole: bool = False
    is_high: bool = False
    #: the "7 ngày" of "5 - 7 ngày", reported as a figure of its own
    high: "Quantity | None" = None
    #: tokens of a unit written before the number ("tuổi 83")
    lead: int = 0
    #: a fraction in words ("một phần ba"), which no fixed phrase ("một phần") holds
    spelled_fraction: bool = False


@dataclass
class _Clause:
    """One sentence seen by the recognizer, with lookups it needs repeatedly."""

    doc: Document
    sentence: Sentence
    low: list[str] = field(default_factory=list)
    word_of: list[int] = field(default_factory=list)
    #: words the tagger reads as nouns at least as often as verbs in the whole document
    nouns: frozenset[str] = frozenset()
    #: the sentence's words, numeral tags that are no number read as nouns (:func:`_retag_numerals`)
    words: list[Word] = field(default_factory=list)
    #: the document's candidate places and bodies by start offset (:func:`_names_by_start`)
    names: dict[int, list[Span]] = field(default_factory=dict)

    @property
    def toks(self) -> list[Token]:
        return self.sentence.tokens


def recognize(doc: Document) -> list[Span]:
    """Figure spans of ``doc``, label "figure", source "figures".

    Numbers inside a "date" candidate already in ``doc.candidates`` are skipped.

    >>> from vnreport.pipeline import analyze
    >>> doc = analyze("Trong năm, toàn tỉnh cắt giảm 220 biên chế.")
    >>> [(s.text, s.attrs["value"], s.attrs["subject"], s.attrs["direction"]) for s in recognize(doc)]
    [('cắt giảm 220 biên chế', 220, 'biên chế', '-')]
    """
    lex = lexicon()
    dates = [(s.start, s.end) for s in doc.candidates if s.label == "date"]
    found: list[Span] = []
    nouns = _document_nouns(doc)
    names = _names_by_start(doc)
    for sentence in doc.sentences:
        if sentence.tokens and sentence.words:
            found.extend(_sentence_figures(_clause(doc, lex, sentence, nouns, names), lex, dates))
    return found


def _clause(doc: Document, lex: Lexicon, sentence: Sentence, nouns: frozenset[str],
            names: dict[int, list[Span]]) -> _Clause:
    low = [t.text.lower() for t in sentence.tokens]
    return _Clause(doc, sentence, low, sentence.word_of(), nouns, _retag_numerals(lex, sentence), names)


def _names_by_start(doc: Document) -> dict[int, list[Span]]:
    """The candidate places and bodies of ``doc`` (the names recognizer runs first), by start."""
    names: dict[int, list[Span]] = {}
    for span in doc.candidates:
        if span.label in _NAME_LABELS:
            names.setdefault(span.start, []).append(span)
    return names


_ROMAN_RE = re.compile(r"[IVXLC]+")


def _retag_numerals(lex: Lexicon, sentence: Sentence) -> list[Word]:
    """The sentence's words with numeral tags that read as no number turned into nouns.

    The tagger tags some nouns after a number as numerals ("6 cặp/M vợ
    chồng", "87,47% ĐB/M tán thành"); a word tagged M that is neither digits,
    number words nor a Roman numeral ("khóa IX") is read as a noun (an
    upper-case abbreviation as "Ny"), so it can be counted.
    """
    words = list(sentence.words)
    for wi, w in enumerate(words):
        if w.pos != "M" or sentence.tokens[w.first].kind != "word" or _ROMAN_RE.fullmatch(w.text):
            continue
        syllables = w.text.lower().split()
        if all(_is_number_syllable(lex, t) for t in syllables):
            continue
        words[wi] = dataclasses.replace(w, pos="Ny" if w.text.isupper() else "N")
    return words


def _document_nouns(doc: Document) -> frozenset[str]:
    """Words tagged as nouns at least as often as verbs in ``doc``.

    The tagger reads some nouns as verbs in one sentence and as nouns in
    another ("tuyển 184.000 chỉ tiêu/V" but "tăng 22.050 chỉ tiêu/N"); the
    majority reading lets such a word head a counted noun phrase.
    """
    votes: dict[str, int] = {}
    tagged_noun: set[str] = set()
    for sentence in doc.sentences:
        for w in sentence.words:
            if w.pos in _NOUN_HEAD or w.pos == "V":
                low = w.text.lower()
                votes[low] = votes.get(low, 0) + (1 if w.pos in _NOUN_HEAD else -1)
                if w.pos in _NOUN_HEAD:
                    tagged_noun.add(low)
    return frozenset(low for low, vote in votes.items() if vote >= 0 and low in tagged_noun)


def _sentence_figures(c: _Clause, lex: Lexicon, dates: list[tuple[int, int]]) -> list[Span]:
    quantities: list[Quantity] = []
    i = 0
    while i < len(c.toks):
        q = _quantity_at(c, lex, i)
        if q is None:
            i += 1
            continue
        if _is_quantity(c, lex, q, dates) and not _rate_base(c, lex, q, quantities[-1] if quantities else None):
            if (q.whole is not None and q.unit is None and q.multiplier == 1
                    and (q.value < q.total or (q.value == q.total and _counted_next(c, q)))):
                # "19/20 tỉnh thành", "2/3 đại biểu", "3/3 môn thi": a share of counted things is one
                # figure, the fraction (with a unit, "94/104 ha" is a part and its whole, two figures;
                # a tie, "tỉ lệ 50/50", or a full score, "điểm tuyệt đối 30/30", is two numbers)
                q.value, q.total, q.whole, q.chars = as_number(q.value / q.total), None, None, None
            quantities.append(q)
            if q.whole is not None:
                quantities.append(q.whole)
            quantities.extend(_high_ends(q))
        i = max(q.end, i + 1)
    _share_list_scale(c, lex, quantities)
    _pair_unit_ranges(c, lex, quantities)
    spans: list[Span] = []
    prev: tuple[Span, int] | None = None
    for q in quantities:
        span, end = _figure_span(c, lex, q, prev)
        spans.append(span)
        prev = (span, end)
    _share_selected_subject(c, lex, quantities, spans)
    return spans


def _rate_base(c: _Clause, lex: Lexicon, q: Quantity, prev: Quantity | None) -> bool:
    """``q`` is "một" and a unit of time that is the base of a rate, what another quantity is
    per, no count of time: after an average ("trung bình một ngày có hơn 2.000 khách"; data:
    rate_bases_before) or right after the count ``prev`` and the nouns it counts ("3 kỳ một
    năm", "học 10 âm một tuần", "5-10 con vịt một ngày")."""
    if not (q.value == 1 and q.number_end - q.start == 1 and c.toks[q.start].kind == "word"
            and q.unit is not None and q.unit.kind == "time"):
        return False
    if _longest_before(c, lex.rate_bases_before, q.start) is not None:
        return True
    if prev is None:
        return False
    between = range(prev.end, q.start)
    return len(between) <= 3 and all(c.toks[k].kind == "word" and c.words[c.word_of[k]].pos in _NOUN_HEAD
                                     for k in between)


def _counted_next(c: _Clause, q: Quantity) -> bool:
    """The word after ``q`` is a noun it counts ("14/14 huyện")."""
    return q.end < len(c.toks) and c.words[c.word_of[q.end]].pos in _NOUN_HEAD


def _share_selected_subject(c: _Clause, lex: Lexicon, quantities: list[Quantity], spans: list[Span]) -> None:
    """A bare count picked out of the next figure, a count of things, counts what that one
    counts, whatever the clause says before it: "(quy định này) là 1 trong 9 giải pháp", "4 trên
    tổng số 8 máy" (data: selection_links)."""
    for k in range(len(quantities) - 1):
        q, nxt = quantities[k], quantities[k + 1]
        if q.unit is not None or nxt.unit is not None or not spans[k + 1].attrs.get("subject"):
            continue
        if tuple(c.low[q.end : nxt.start - nxt.lead]) in lex.selection_links:
            spans[k].attrs["subject"] = spans[k + 1].attrs["subject"]


def _list_link(c: _Clause, lex: Lexicon, prev_end: int, left: int) -> str | None:
    """How a figure relates to the previous one of its sentence, from the tokens between them.

    "list": only separators and names ("đóng góp 34.724 phần quà và 3,7 tỉ
    đồng", "cho Hải Phòng 420 tấn, Nam Định: 850 tấn"), so the figure shares
    the previous one's action and, with the same unit, its subject;
    "enumeration": a colon or an opening bracket right after the previous
    figure ("3 mức trợ cấp: 2 triệu đồng", "tăng 22.050 chỉ tiêu (15,5%)",
    "là 129,6 triệu đồng (65.000 đồng/m2)"), or a comma and a word that restates it ("gần 40
    căn nhà, trị giá 5 – 7 triệu đồng/căn", "192.000 NDT, tương đương 380 triệu VNĐ"), so
    only the subject is shared;
    "change": one or two change words alone ("tăng từ 15.000 đồng lên 25.000 đồng", "từ 20%
    xuống còn 15%"), so the figure is what the previous one became and shares its action and
    subject;
    else None.
    """
    between = range(prev_end, left)
    if not between:
        return None
    if len(between) == 1 and c.low[prev_end] in (":", "("):
        return "enumeration"  # "3 mức trợ cấp: 2 triệu đồng", "22.050 chỉ tiêu (15,5%)"
    if c.low[prev_end] == "," and tuple(c.low[prev_end + 1 : left]) in lex.restating_words:
        return "enumeration"  # "40 căn nhà, trị giá 5 triệu đồng/căn": the value of the houses
    if len(between) in (1, 2) and all(c.low[k] in lex.change_links for k in between):
        return "change"  # "lên", "xuống còn"
    separators = 0
    for k in between:
        low = c.low[k]
        if low in lex.list_separators or low in lex.coordinators:
            separators += 1
            continue
        word = c.words[c.word_of[k]]
        if c.toks[k].kind == "word" and (word.pos == "Np" or word.text[:1].isupper()):
            continue
        return None
    return "list" if separators else None


# --- the quantity grammar ---------------------------------------------------


def _quantity_at(c: _Clause, lex: Lexicon, i: int) -> Quantity | None:
    """The quantity expression starting at token ``i``, if one does."""
    if not _starts_word(c, i):
        return None  # a number word inside a longer word ("tư nhân")
    fixed = _longest(c, lex.word_quantities, i)
    if fixed and _ends_word(c, i + len(fixed)):
        # "tăng gấp đôi", "giảm một nửa": a quantity said with words that are no number
        value, unit = lex.word_quantities[fixed]
        end = i + len(fixed)
        q = Quantity(i, end, end, as_number(value), literal=False, bare=unit is None)
        q.unit = lex.units[_phrase(unit)] if unit else None
        return q
    q = _number_at(c, lex, i)
    if q is None:
        return None
    _read_range(c, lex, q)
    _read_unit(c, lex, q)
    if q.unit is None and q.bare and q.value_max is None and q.total is None:
        lead = _word_phrase_before(c, lex.units_before, i)
        if lead:  # "bước sang tuổi 83": a unit written before the number
            q.unit, q.lead, q.bare = lex.units[lead], len(lead), False
    _read_minus(c, lex, q)
    return q


def _read_minus(c: _Clause, lex: Lexicon, q: Quantity) -> None:
    """A minus word standing as a word of its own before a number in digits with a unit that
    can go below zero: "âm 20m" is -20 (data: minus_words, minus_unit_kinds; not the "âm" of
    "ghi âm 20 phút", nor "cách âm 40 dB")."""
    k = q.start - q.lead
    minus = _word_phrase_before(c, lex.minus_words, k) if q.literal and q.value_max is None else None
    if minus is None or q.value is None or q.value <= 0 or q.unit is None or q.unit.kind not in lex.minus_unit_kinds:
        return
    q.value, q.lead = -q.value, q.lead + len(minus)


def _read_currency_sign(c: _Clause, lex: Lexicon, q: Quantity) -> None:
    """A currency sign is the unit of the number it stands by: before it, touching it or one
    space away ("S$ 6,500", "$500", "US$ 20", "$5 triệu"), or right after it ("2000$"); not
    the end of a longer sign ("HK$ 100" is no US dollar). With a sign, commas before groups of
    three digits group thousands, in the notation the sign comes from ("S$ 6,500" and
    "1,500$" are 6500 and 1500)."""
    toks, i = c.toks, q.start
    sign = None
    for n in (2, 1):  # "US$", "S$", "$"
        k = i - n
        if k < 0 or toks[i].start - toks[i - 1].end > 1 or not _touching(toks, k, i):
            continue
        written = "".join(t.text for t in toks[k:i])
        if written in lex.currency_signs and not (
                k > 0 and _touching(toks, k - 1, k + 1) and toks[k - 1].kind != "punct"):  # not "HK$" read as "$"
            sign, q.lead = written, n
            break
    if sign is None:
        k = q.number_end
        for n in (2, 1):
            if k + n <= len(toks) and _touching(toks, k - 1, k + n):
                written = "".join(t.text for t in toks[k : k + n])
                if written in lex.currency_signs and not (
                        k + n < len(toks) and _touching(toks, k + n - 1, k + n + 1) and toks[k + n].kind != "punct"):
                    sign, q.end = written, k + n
                    break
    if sign is None:
        return
    q.unit, q.bare = lex.units[_phrase(lex.currency_signs[sign])], False
    text = toks[i].text
    if q.number_end == i + 1 and _THOUSANDS_WITH_COMMAS.fullmatch(text):
        q.value = as_number(float(text.replace(",", "")))


_THOUSANDS_WITH_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _number_at(c: _Clause, lex: Lexicon, i: int) -> Quantity | None:
    """A number (digits or words, with scale words) at token ``i``."""
    tok = c.toks[i]
    wi = c.word_of[i]
    if tok.kind == "word" and not (_is_number_syllable(lex, c.words[wi].text.split()[0].lower())
                                   or c.low[i] in lex.bare_multipliers):
        return None  # a number in words opens with a number word (most tokens: checked first)
    following = [w.text for w in c.words[wi + 1 : wi + 12]]
    if tok.kind == "number":
        if _CHAIN_RE.fullmatch(tok.text):
            return _dashed_list(c, i, following)
        for pattern, kind in ((_RANGE_RE, "range"), (_FRACTION_RE, "fraction")):
            m = pattern.fullmatch(tok.text)
            if m:
                return _compound_literal(c, i, m, kind, following)
        if parse_number(tok.text) is None:
            return None
    elif tok.kind != "word":
        return None
    if c.low[i] in lex.bare_multipliers and _longest_before(c, lex.vague_qualifiers, i):
        if not all(_is_number_syllable(lex, t) for t in c.low[i : c.words[wi].last]):
            return None  # "trên tỷ lệ": the scale syllable belongs to another word
        # "hàng trăm", "hơn chục": a bare multiplier is one of it; read syllables,
        # since the segmenter may glue "trăm năm" into one word
        vague = parse_number_words(["1", *c.low[i : i + 8]])
        if vague is None or vague[1] < 2:
            return None
        end = i + vague[1] - 1
        return Quantity(i, end, end, vague[0], multiplier=vague[0], literal=False, bare=False)
    words = [c.words[wi].text, *following]
    fraction = parse_fraction_words(words)  # "hai phần ba số trường hợp": a share, one figure
    if fraction is not None:
        end = c.words[wi + fraction[1] - 1].last
        return Quantity(i, end, end, fraction[0], literal=False, bare=False, spelled_fraction=True)
    read = parse_number_words(words)
    if read is None:
        return None
    value, n_words = read
    end = c.words[wi + n_words - 1].last
    multiplier = 1
    if tok.kind == "number" and n_words > 1:
        multiplier = parse_number_words(["1", *following[: n_words - 1]])[0]  # type: ignore[index]
    return Quantity(i, end, end, value, multiplier=multiplier, literal=tok.kind == "number", bare=n_words == 1)


def _is_number_syllable(lex: Lexicon, syllable: str) -> bool:
    """A lower-case syllable that is a number word or a scale ("hai", "mươi", "triệu")."""
    return number_words().is_number_word(syllable) or syllable in lex.bare_multipliers


def _compound_literal(c: _Clause, i: int, m: re.Match[str], kind: str, following: list[str]) -> Quantity | None:
    """"7-8 triệu" (a range) or "94/104" (a part of a total), scaled alike."""
    a, b = parse_number(m.group(1)), parse_number(m.group(2))
    if a is None or b is None:
        return None
    scaled = parse_number_words(["1", *following])
    multiplier, n_words = scaled if scaled else (1, 1)
    low_multiplier = multiplier
    if kind == "range" and not a < b:
        if not a < b * multiplier < 10 * a:
            return None  # "9-2 triệu" is no range
        low_multiplier = 1  # "800.000-1,2 triệu đồng": the low end is written whole, the scale is the high end's
    end = c.words[c.word_of[i] + n_words - 1].last
    tok = c.toks[i]
    q = Quantity(i, end, end, as_number(a * low_multiplier), multiplier=low_multiplier, bare=n_words == 1)
    q.chars = (tok.start, tok.start + m.end(1))
    # two figures sharing the unit: the low end "7" and the high end "8 triệu đồng"
    # of a range, the part "94" and the whole "104 ha" of "94/104 ha"
    second = Quantity(i, end, end, as_number(b * multiplier), multiplier=multiplier, bare=q.bare)
    second.chars = (tok.start + m.start(2), -1)  # -1: up to the end of the quantity
    if kind == "range":
        q.value_max, q.high, second.is_high = second.value, second, True
    else:
        q.total, q.whole, second.is_whole = second.value, second, True
    return q


def _dashed_list(c: _Clause, i: int, following: list[str]) -> Quantity | None:
    """"0,3-0,4-0,5": one quantity per number, each after the first chained as a high end so
    that it shares the first one's unit, subject and action. Integers with a leading zero
    ("0913-123-456") make a code, not a list."""
    tok = c.toks[i]
    parts = [(m.start(), m.group()) for m in re.finditer(r"\d+(?:,\d+)?", tok.text)]
    if any(p.startswith("0") and "," not in p and len(p) > 1 for _, p in parts):
        return None
    values = [parse_number(p) for _, p in parts]
    if any(v is None for v in values):
        return None
    scaled = parse_number_words(["1", *following])  # "10-20-30 nghìn đồng"
    multiplier, n_words = scaled if scaled else (1, 1)
    end = c.words[c.word_of[i] + n_words - 1].last
    chain: list[Quantity] = []
    for (offset, text), value in zip(parts, values):
        q = Quantity(i, end, end, as_number(value * multiplier), multiplier=multiplier, bare=n_words == 1)  # type: ignore[operator]
        q.chars = (tok.start + offset, tok.start + offset + len(text))
        if chain:
            q.is_high = True
            chain[-1].high = q
        chain.append(q)
    chain[-1].chars = (chain[-1].chars[0], -1)  # the last one up to the end of the quantity, as in a range
    return chain[0]


def _read_range(c: _Clause, lex: Lexicon, q: Quantity) -> None:
    """"5 - 7 ngày", "5 đến 10 triệu", "hai ba trăm": extend ``q`` over the high end."""
    j = q.number_end
    if q.value_max is not None or q.total is not None or j >= len(c.toks):
        return
    adjacent = _next_digit_word(c, q)
    if adjacent:
        high = _number_at(c, lex, j)  # "rào hai ba lớp lưới": two or three
        in_words = True
    else:
        if c.low[j] not in lex.range_connectors or j + 1 >= len(c.toks):
            return
        # "từ 5 đến 10 người", and in words "từ ba đến mười người"
        in_words = c.toks[j + 1].kind != "number"
        if in_words and q.literal:
            return
        high = _number_at(c, lex, j + 1)
    if high is None or high.value_max is not None or high.total is not None or (in_words and high.literal):
        return
    low_value = q.value * high.multiplier if q.bare else q.value
    if adjacent:
        low_value = q.value * high.value / (q.value + 1)  # "hai ba trăm": the low digit takes the scale
    if not low_value < high.value:
        return
    q.value, q.value_max = as_number(low_value), high.value
    q.chars = (c.toks[q.start].start, c.toks[q.number_end - 1].end)
    q.multiplier = high.multiplier
    q.end = q.number_end = high.end
    q.bare = q.bare and high.bare
    high.is_high = True
    q.high = high


def _high_ends(q: Quantity) -> list[Quantity]:
    """The quantities chained after ``q`` through ``high``: the high end of a range, or the
    items after the first of a dashed list ("0,3-0,4-0,5")."""
    ends = []
    high = q.high
    while high is not None:
        ends.append(high)
        high = high.high
    return ends


def _next_digit_word(c: _Clause, q: Quantity) -> bool:
    """A one-word digit ``q`` is followed by the next digit in words: "hai ba" (two or three)."""
    j = q.number_end
    if q.literal or not q.bare or j - q.start != 1 or c.toks[j].kind != "word" or not _starts_word(c, j):
        return False
    return number_words().digits.get(c.low[j]) == q.value + 1


def _read_unit(c: _Clause, lex: Lexicon, q: Quantity) -> None:
    """The unit after the number ("tỷ đồng" has been read up to "đồng"), and a "/per"."""
    j = q.number_end
    match = _longest(c, lex.units, j)
    if match and _exponent_counts_after(c, lex, j + len(match)):
        match = match[:-1]  # "cao 3 m 2 năm trước": the "2" counts the years, the unit is "m"
    if match:
        unit = lex.units[match]
        n = len(match)
        if ((not unit.glued or n == 1 or _touching(c.toks, j, j + n)) and _unit_ends(c, lex, unit, j + n)
                and not _opens_other_word(c, lex, unit, j + n)):
            q.unit, q.end, q.bare = unit, j + n, False
    if q.unit is None:
        _read_currency_sign(c, lex, q)
    j = q.end
    if q.unit and j + 1 < len(c.toks) and c.toks[j].text == "/" and _touching(c.toks, j - 1, j + 2):
        per = _longest(c, lex.units, j + 1)
        if per:
            q.per, q.end = lex.units[per].unit, j + 1 + len(per)
        elif c.toks[j + 1].kind == "word":
            w = c.words[c.word_of[j + 1]]  # the whole word: "đồng/nhân viên"
            last = w.last if w.first == j + 1 else j + 2
            q.per, q.end, q.per_noun = c.doc.text[c.toks[j + 1].start : c.toks[last - 1].end], last, True
    if q.unit:
        _read_rate(c, lex, q)
    parts = ([q.whole] if q.whole is not None else []) + _high_ends(q)
    for part in parts:
        part.end, part.unit, part.per, part.per_noun = q.end, q.unit, q.per, q.per_noun
        part.bare = q.bare and q.multiplier == 1
    if not q.bare or q.multiplier != 1:
        q.bare = False


def _exponent_counts_after(c: _Clause, lex: Lexicon, end: int) -> bool:
    """Whether a unit's exponent written apart ("40 m 2 đất", "1.700 m 3 /năm") is rather a number
    counting what comes after it, a unit or a classifier ("3 m 2 năm trước"; not a year's "năm":
    "8 m 2 năm 2010")."""
    if c.toks[end - 1].kind != "number" or end >= len(c.toks):
        return False
    counted = _longest(c, lex.units, end)
    if counted and end + len(counted) < len(c.toks) and c.toks[end + len(counted)].kind == "number":
        return False  # "năm 2010"
    return counted is not None or c.low[end] in lex.classifiers


def _read_rate(c: _Clause, lex: Lexicon, q: Quantity) -> None:
    """A rate written in words after the unit: "2,2 tỉ đồng mỗi trạm" is `đồng/trạm`, "5 USD
    một người mỗi năm" `USD/người/năm`, "500.000 đồng/người mỗi tháng" `đồng/người/tháng`,
    "50.000 đồng mỗi chiếc áo" `đồng/chiếc áo`. After "mỗi" (each) any noun; after "một" (one)
    a noun that ends the phrase ("1.500 USD một tháng.", not "một số", "một lượt khám"); not a
    time adverbial ("gửi 500 USD một tuần trước khi mất")."""
    pers: list[str] = []
    j = q.end
    while j + 1 < len(c.toks) and c.low[j] in lex.rate_words and c.toks[j + 1].kind == "word":
        wi = c.word_of[j + 1]
        w = c.words[wi]
        if w.first != j + 1 or w.pos not in _NOUN_HEAD or not w.text.islower():
            break
        if (w.text.lower() in lex.classifiers and wi + 1 < len(c.words) and c.words[wi + 1].pos in _NOUN_HEAD
                and c.words[wi + 1].text.islower()):
            wi += 1  # "mỗi chiếc áo": the classifier and its noun
        end = c.words[wi].last
        if c.low[j] not in lex.distributives and _longest(c, lex.duration_adverbs, end):
            break  # "một tuần trước": a time, not a rate ("mỗi tháng trước thuế" is one)
        nxt = c.words[wi + 1] if wi + 1 < len(c.words) else None
        ends = nxt is None or c.toks[nxt.first].kind != "word" or nxt.text.lower() in lex.rate_words or nxt.pos == "E"
        if c.low[j] not in lex.distributives and not ends:
            break
        pers.append(c.doc.text[w.start : c.words[wi].end].lower())
        j = end
    if pers:
        q.per = "/".join([q.per, *pers] if q.per else pers)
        q.end, q.per_noun = j, True


def _opens_other_word(c: _Clause, lex: Lexicon, unit: Unit, end: int) -> bool:
    """A currency that is the first syllable of a word of something else: "2 đồng hồ", "3 đồng
    nghiệp", "5 đồng chí" count clocks, colleagues, comrades; the segmenter's "đồng tiền" in
    "300.000 đồng tiền xăng" is the unit and the money it pays (data: money_nouns)."""
    if unit.kind != "money" or end >= len(c.toks) or c.word_of[end] != c.word_of[end - 1]:
        return False
    w = c.words[c.word_of[end]]
    return " ".join(c.low[end : w.last]) not in lex.money_nouns


def _unit_ends(c: _Clause, lex: Lexicon, unit: Unit, end: int) -> bool:
    """A noun-like unit ("điểm") ends its word and is not continued by a lowercase noun,
    verb or adjective ("26 điểm (Toán 8" but "2 điểm đến", "3 điểm giết mổ")."""
    if not unit.noun or end >= len(c.toks):
        return True
    if c.word_of[end] == c.word_of[end - 1]:
        return False
    nxt = c.words[c.word_of[end]]
    low = nxt.text.lower()
    return not (nxt.pos in _NOUN_MODIFIER | {"V"} and nxt.text[:1].islower() and low not in lex.subject_stop)


def _touching(toks: list[Token], start: int, end: int) -> bool:
    return all(toks[k].end == toks[k + 1].start for k in range(start, end - 1))


def _longest(c: _Clause, table: dict[Phrase, object] | frozenset[Phrase], i: int) -> Phrase | None:
    """The longest phrase of ``table`` starting at token ``i``."""
    for n in range(_MAX_PHRASE, 0, -1):
        cand = tuple(c.low[i : i + n])
        if len(cand) == n and cand in table:
            return cand
    return None


def _longest_before(c: _Clause, table: dict[Phrase, object] | frozenset[Phrase], i: int) -> Phrase | None:
    """The longest phrase of ``table`` ending just before token ``i``."""
    for n in range(_MAX_PHRASE, 0, -1):
        if i - n < 0:
            continue
        cand = tuple(c.low[i - n : i])
        if cand in table:
            return cand
    return None


def _word_phrase_before(c: _Clause, table: frozenset[Phrase], i: int) -> Phrase | None:
    """The longest phrase of ``table`` ending just before token ``i``, if it starts a word
    (no qualifier "độ" in "Nhiệt độ 35 độ C"); a shorter phrase is not tried."""
    found = _longest_before(c, table, i)
    return found if found and _starts_word(c, i - len(found)) else None


def _starts_word(c: _Clause, i: int) -> bool:
    """Token ``i`` is the first of its word (not "nhân" in "tư nhân")."""
    return c.words[c.word_of[i]].first == i


def _ends_word(c: _Clause, end: int) -> bool:
    """Token ``end - 1`` is the last of its word: a word boundary falls at ``end``."""
    return c.words[c.word_of[end - 1]].last == end


# --- what is not a quantity -----------------------------------------------


def _is_quantity(c: _Clause, lex: Lexicon, q: Quantity, dates: list[tuple[int, int]]) -> bool:
    """False for dates, clock times, codes and phone numbers, identifiers, ordinals, years and fixed phrases."""
    toks, i = c.toks, q.start
    start, end = toks[i].start, toks[q.number_end - 1].end
    if any(s < end and start < e for s, e in dates):
        return False
    if _is_clock_time(c, lex, q) or _is_clock_hour(c, lex, q, dates) or _is_code(c, lex, q) \
            or _is_slashed_date_or_address(c, lex, q):
        return False
    if _is_house_number(c, lex, q) or _is_item_number(c, q) or _is_rating(c, lex, q) or _is_kind(c, lex, q):
        return False
    if (_longest_before(c, lex.ordinal_markers | lex.date_words, i) and not _after_duration(c, q)
            and not (q.unit is not None and q.unit.kind in lex.subject_after_kinds)):
        return False  # "ngày 5", "thứ 3"; not an amount after them: "Lương tháng 30 triệu đồng"
    if (not q.unit or _date_unit(c, lex, q)) and _is_identifier(c, lex, q):
        return False
    if q.spelled_fraction:
        return True
    if _in_fixed_phrase(c, lex, i) or (toks[i].kind == "word" and not _counts_as_words(c, lex, q)):
        return False
    if _is_year(c, lex, q):
        return False
    return True


def _after_duration(c: _Clause, q: Quantity) -> bool:
    """``q`` follows a number and its time word ("9 năm 4 tháng", "3 ngày 2 đêm"): the time word
    is the unit of the duration before, not a date word naming ``q``. After "tháng" ``q`` needs
    a unit of its own: "3 tháng 2" is a day and month ("đường 3 tháng 2")."""
    i = q.start
    return (i >= 2 and c.toks[i - 2].kind == "number" and c.toks[i - 2].text.isdigit()
            and (c.low[i - 1] != "tháng" or q.unit is not None))


def _is_rating(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """A number of one to five right before a rating noun: "khách sạn 3 sao" (data: rating_nouns);
    not before a capitalized word, where the noun is a celebrity's ("3 sao Hollywood")."""
    toks, k = c.toks, q.number_end
    noun = _longest(c, lex.rating_nouns, k) if q.number_end - q.start == 1 and toks[q.start].text.isdigit() else None
    if noun is None or not 1 <= int(toks[q.start].text) <= 5:
        return False
    after = k + len(noun)
    return after >= len(toks) or not toks[after].text[:1].isupper()


def _is_kind(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """A small lone number before a kind noun, a word of its own, after one of the things it
    sorts, maybe past a list of such numbers: "xe 4 bánh", "môtô 2 bánh, 3 bánh", "làn xe 2 và 3
    bánh" name kinds of vehicle; "mỗi xe 1.000 bánh chưng", "xe 2 bánh xe dự phòng" count (data:
    kind_nouns, kind_number_max)."""
    if q.number_end - q.start != 1 or q.value > lex.kind_number_max:
        return False

    def listed(k: int) -> bool:  # what goes between the items of a list of numbers
        return (c.low[k] in lex.coordinators or c.low[k] == "," or c.toks[k].kind == "number"
                or number_words().is_number_word(c.low[k]))

    j = q.number_end  # forward to the noun, over later items: "2 và 3 bánh"
    while j < len(c.toks) and _longest(c, lex.kind_nouns, j) is None and j - q.number_end < 3 and listed(j):
        j += 1
    noun = _longest(c, lex.kind_nouns, j) if j < len(c.toks) else None
    after = j + len(noun) if noun is not None else 0
    if noun is not None and after < len(c.toks) and c.word_of[after] == c.word_of[after - 1]:
        return False  # "bánh xe", "bánh mì": the noun opens another word
    i = q.start
    while noun is not None and i > 0:  # back to the thing sorted, over earlier items: "2 bánh, 3 bánh"
        if _longest_before(c, lex.kind_nouns[noun], i) is not None:
            return True
        back = _longest_before(c, lex.kind_nouns.keys(), i)
        if back is not None:
            i -= len(back)
        elif listed(i - 1):
            i -= 1
        else:
            return False
    return False


# the mark after an item's number: "1. ASEM 5 diễn ra ...", "2/ - Diploma ...", "3) ..."
_ITEM_MARK = re.compile(r"[.)/][^\S\r\n]+(?!\d)")


def _is_item_number(c: _Clause, q: Quantity) -> bool:
    """A number of one or two digits opening its line, then ".", ")" or "/" and a space: it
    numbers an item of a list ("10 sự kiện nổi bật nhất.\n1. ASEM 5 diễn ra ..."), it counts nothing."""
    tok = c.toks[q.start]
    if q.number_end - q.start != 1 or not tok.text.isdigit() or len(tok.text) > 2:
        return False
    return opens_line(c.doc.text, tok.start) and _ITEM_MARK.match(c.doc.text, tok.end) is not None


def _word_after(c: _Clause, q: Quantity) -> Word | None:
    """The word right after the quantity, None at the end of the sentence."""
    return c.words[c.word_of[q.end]] if q.end < len(c.toks) else None


def _day_month(text: str) -> bool:
    """"23/9": a day and a month written with a slash."""
    m = _FRACTION_RE.fullmatch(text)
    return bool(m) and m.group(1).isdigit() and m.group(2).isdigit() and (
        1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
    )


def _is_slashed_date_or_address(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """Slashed numbers that are not parts of a total.

    "công viên 23/9", "từ 2 - 4/9" (a day and month with nothing counted after
    them, and the low end of a range up to one; not after a share verb, "bằng 1/6 so
    với ngày thường"), "ngụ tại 254/86 Bến Vân Đồn" (a house number before a name),
    "truy cập 24/24 giờ" (all of a time).
    """
    toks = c.toks
    if q.total is None:
        j = q.number_end
        return (
            q.bare
            and j + 1 < len(toks)
            and c.low[j] in lex.range_connectors
            and _day_month(toks[j + 1].text)
            and _longest(c, lex.units, j + 2) is None
        )
    if q.unit is not None:
        return q.unit.kind == "time" and q.value == q.total
    nxt = _word_after(c, q)
    if nxt is not None and toks[q.end].kind == "word" and nxt.text[:1].isupper():
        return True
    counted = nxt is not None and nxt.pos in _NOUN_HEAD and toks[q.end].kind == "word"
    # "bằng 1/6 so với ngày thường", "có hơn 1/3 là", "2/3 trong số những người này": a share of a whole
    shared = ((q.start > 0 and c.low[q.start - 1] in lex.share_verbs) or _longest_before(c, lex.qualifiers, q.start)
              or _longest(c, lex.partitive_markers, q.end) is not None)
    return q.multiplier == 1 and _day_month(toks[q.start].text) and not counted and not shared


def _is_house_number(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """Digits (or a range of them) right before a proper name: a house number in an address
    ("40 Cát Linh", "ở 109 Nguyễn Kiệm", "557-559 Sư Vạn Hạnh", "42 bis Trần Đình Xu") or a street or lane noun and its
    name ("288 đường 3 tháng 2", "9 C ngách 61/6"; data: street_nouns), not a count. With the street's ward or district
    after its name, an alley's number and a comma between are an address's too ("502/472, Nguyễn
    Đình Chiểu, P.4, Q.3", "169 Nguyễn Tri Phương phường 8").

    Every syllable of a street name is capitalized; a capitalized noun the tagger reads as a
    name ("có 5 Việt kiều") is counted. A place the names recognizer found there, every syllable
    capitalized, is a street whatever the tagger says of its words ("quán bún 197 Đê La Thành")."""
    if q.unit is not None or q.multiplier != 1:
        return False
    if re.fullmatch(r"\d+(?:/\d+)?", c.toks[q.start].text) and _street_and_ward_after(c, lex, q.number_end):
        return True
    if not q.literal or q.total is not None or not re.fullmatch(r"\d+(?:[-–]\d+)?", c.toks[q.start].text):
        return False
    nxt = _word_after(c, q)
    if nxt is None or c.toks[q.end].kind != "word" or _longest(c, lex.units, q.end) is not None:
        return False
    if c.low[q.end] in lex.house_number_suffixes and q.end + 1 < len(c.toks):
        nxt = c.words[c.word_of[q.end + 1]]  # "42 bis Trần Đình Xu": the suffix makes the number a house's
    if (nxt.pos == "Np" and all(syllable[:1].isupper() for syllable in nxt.text.split())
            and not _counted_abbreviation(nxt.text)):
        return True  # not "1334 NTU", "80 TNTN": an abbreviation counts or measures, a street has a name
    street = q.end + (re.fullmatch(r"[A-Z]", c.toks[q.end].text) is not None)  # "9 C ngách 61/6": the house's letter
    name = street + 1
    if (name < len(c.toks) and c.low[street] in lex.street_nouns
            and (c.toks[name].kind == "number" or c.toks[name].text[:1].isupper())):
        return True  # "288 đường 3 tháng 2", "1234 đường Láng", "9 C ngách 61/6": before its street or lane
    if _longest_before(c, lex.qualifiers, q.start):
        return False  # "có gần 3 Vịnh Hạ Long": an approximate number counts
    return any(s.label == "location" and all(syllable[:1].isupper() for syllable in s.text.split())
               for s in c.names.get(c.toks[q.end].start, ()))


def _counted_abbreviation(text: str) -> bool:
    """An abbreviation a number before it counts or measures: one word of two or more capital
    letters and nothing else ("NTU", "TNTN"; not "CMT8", "Lê Lợi"), other than a standard
    abbreviation of a place ("cơ sở 2 TPHCM": data/abbreviations.tsv)."""
    if not (len(text) > 1 and text.isalpha() and text.isupper()):
        return False
    known = standard_abbreviations().get(text)
    return known is None or known.type != "location"


def _street_and_ward_after(c: _Clause, lex: Lexicon, j: int) -> bool:
    """From token ``j`` on, maybe after a comma: a street's name, two or more syllables each
    capitalized, then (maybe after a comma) a ward or district word and its number or name
    ("Nguyễn Đình Chiểu, P.4", "Nguyễn Tri Phương phường 8"; data: ward_words)."""
    toks, n = c.toks, len(c.toks)
    j += j < n and toks[j].text == ","
    k = j
    while k < n and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k += 1
    if k - j < 2:
        return False
    k += k < n and toks[k].text == ","
    if k + 1 >= n or c.low[k] not in lex.ward_words:
        return False
    if toks[k + 1].text == "." and k + 2 < n:
        k += 1  # "P.4"
    return toks[k + 1].kind == "number" or toks[k + 1].text[:1].isupper()


def _is_clock_time(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """"18g", "7h30", "9 giờ sáng"."""
    j = q.number_end
    toks = c.toks
    if j < len(toks) and toks[j].kind == "word" and _touching(toks, j - 1, j + 1):
        if lex.time_suffix.fullmatch(toks[j].text):
            return True
    return _longest(c, lex.time_words_after, j) is not None


def _is_clock_hour(c: _Clause, lex: Lexicon, q: Quantity, dates: list[tuple[int, int]]) -> bool:
    """"N giờ" naming an hour of the clock, not a duration (and the minutes after it): before a
    date or a part of day ("5 giờ 30 phút ngày 23-2", "21 giờ 30 ngày 11/3", "8 giờ tối"), after "lúc" ("lúc 8 giờ";
    data: clock_markers_before), opening a clause before a comma after a time preposition
    ("Đến hơn 7 giờ, cảnh sát xuất hiện"; data: clock_clause_openers; "Sau hơn 3 giờ, ..." is a
    duration) or a sentence alone ("19 giờ, hàng ngàn thanh niên ..."), or midnight ("0 giờ")."""
    toks = c.toks
    if _bare_minutes(c, lex, q.start):
        return True  # "30" of "23 giờ 30", whatever the reading after it ("10 giờ 30 đêm")
    if q.unit is None or q.unit.kind != "time":
        return False
    if c.low[q.end - 1] == "phút" and q.start >= 2 and c.low[q.start - 1] == "giờ" and toks[q.start - 2].kind == "number":
        hour = _quantity_at(c, lex, q.start - 2)  # the minutes of a clock time: "5 giờ 30 phút ngày 23-2"
        return hour is not None and hour.end == q.start and _is_clock_hour(c, lex, hour, dates)
    if c.low[q.end - 1] != "giờ":
        return False
    after = q.end
    if after + 1 < len(toks) and toks[after].kind == "number" and c.low[after + 1] == "phút":
        after += 2  # "5 giờ 30 phút"
    date_starts = {s for s, _ in dates}
    if after + 1 < len(toks) and _minutes(toks[after]) and toks[after + 1].start in date_starts:
        after += 1  # "21 giờ 30 ngày 11/3": the minutes without "phút", then the date
    if after < len(toks) and (_longest(c, lex.parts_of_day, after) or toks[after].start in date_starts
                              or _bare_minutes(c, lex, after)):
        return True
    if q.value == 0:
        return True  # "chưa đến 0 giờ": midnight, no duration
    k = q.start
    qualifier = _longest_before(c, lex.qualifiers, k)
    if qualifier:
        k -= len(qualifier)  # "Đến hơn 7 giờ"
    if _longest_before(c, lex.clock_markers, k):
        return True
    hour = q.value is not None and q.value <= 23
    if (k == 0 and hour and after < len(toks) and c.low[after] == ","
            and (qualifier is None or qualifier in lex.clock_hour_qualifiers)):
        # a sentence opening with an hour of the day alone: "19 giờ, hàng ngàn thanh niên ...", "Hơn 20
        # giờ, các bãi xe ..." (not "72 giờ, đó là ...", "Ít nhất 6 giờ, ...": durations)
        return True
    opener = _longest_before(c, lex.clock_clause_openers, k)
    if opener is None or (" ".join(opener) == "đúng" and not hour):
        return False  # "Đúng 48 giờ, anh mới ...": a duration
    first = k - len(opener)
    opens_clause = first == 0 or c.low[first - 1] in (",", ";", ":")
    return opens_clause and after < len(toks) and c.low[after] == ","


def _minutes(tok: Token) -> bool:
    """A token that can be a clock time's minutes: two digits below 60 ("30", "05")."""
    return tok.kind == "number" and len(tok.text) == 2 and tok.text.isdigit() and int(tok.text) < 60


def _bare_minutes(c: _Clause, lex: Lexicon, i: int) -> bool:
    """Token ``i`` is the minutes of a clock time written without "phút": two digits right after
    an hour and "giờ", then a mark, the clause's end or a part of day ("Đã quá 23 giờ 30, thành
    phố đã ngủ", "10 giờ 30 đêm qua"; not "Sau 2 giờ 15 xe đã đến", nor "2 giờ 30 phút", which
    may be a duration)."""
    toks = c.toks
    return (2 <= i < len(toks) and _minutes(toks[i]) and c.low[i - 1] == "giờ" and toks[i - 2].kind == "number"
            and toks[i - 2].text.isdigit() and int(toks[i - 2].text) <= 24
            and (i + 1 == len(toks) or toks[i + 1].kind == "punct" or _longest(c, lex.parts_of_day, i + 1) is not None))


def _is_code(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """Numbers glued to letters or code punctuation ("29A", "123/QĐ-UBND", "QĐ-12"), phone numbers;
    not the high end of a range glued to its dash ("9%-25%")."""
    toks, i, j = c.toks, q.start, q.number_end
    text = toks[i].text
    if toks[i].kind == "number" and (_opens_phone_number(text) or (text.isdigit() and (
            len(text) >= lex.phone_min_digits or _in_phone_number(c, lex, i)))):
        return True
    if (toks[i].kind == "number" and q.unit is None and q.multiplier == 1
            and _after_phone_label(c.doc.text, toks[i].start, lex)):
        return True  # "ĐT: 0511-887186; 887188"
    if toks[i].kind == "number" and any(
        part.isdigit() and len(part) >= lex.phone_min_digits for part in re.split(r"[/-]", text)
    ):
        return True  # "9745508/9169446": two phone numbers
    if j < len(toks) and _touching(toks, j - 1, j + 1):
        nxt = toks[j]
        if nxt.kind == "word" and q.unit is None:
            return True
        if nxt.text in "/-" and j + 1 < len(toks) and toks[j + 1].kind == "word" and _touching(toks, j, j + 2):
            # "123/QĐ-UBND" is a code; "TOEFL 550/IELTS 6.0" two scores, the other test's name after the slash
            return q.unit is None and _phrase(toks[j + 1].text) not in lex.score_names
    if i > 0 and _touching(toks, i - 1, i + 1):
        prev = toks[i - 1]
        # a dash between two quantities of one unit is a range's ("9%-25%", "150 mm-500 mm"), a slash a
        # part's of its whole ("8 triệu m3/37 triệu m3"), not a code's
        if prev.text == "-":
            ranged = i >= 2 and q.unit is not None and j < len(toks) and toks[i - 2].text == toks[j].text
        else:
            unit_before = _longest_before(c, lex.units, i - 1) if prev.text == "/" and q.unit is not None else None
            ranged = unit_before is not None and lex.units[unit_before] == q.unit
        if (prev.kind in ("word", "abbr") or prev.text in "/-.)+") and not ranged:
            return True
    start = toks[i].start
    text = c.doc.text
    if i == 0 and toks[i].kind == "number" and start >= 2 and text[start - 1] == "." and text[start - 2].isalpha():
        return True  # "P.10" split into two sentences at the abbreviation's dot (not "Nam.Ba thành viên")
    return False


def _phone_label_re(labels: list[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    # the label, its colon, then nothing but the characters phone numbers are written with (a dot
    # only inside a number: "04.8254612", not a sentence's end)
    return re.compile(rf"(?<![\w-])(?:{words})\.?[^\S\r\n]*:(?:[\d\s()+/;,-]|\.(?=\d))*$", re.IGNORECASE)


def _after_phone_label(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the number at ``start`` follows a phone label and its colon on its line, with
    only digits and their separators between ("ĐT: 0511-887186; 887188"; not "Fax: 08.822 3344. 12
    người", after a sentence's end)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _PHONE_LABEL_REACH)
    return lex.phone_label.search(text, line_start, start) is not None


_PHONE_LABEL_REACH = 60  # characters before a number searched for its phone label


# an area code and the first digits of a phone number: "04.726", "08.5172045" (not "0,5", "0.5")
_AREA_CODE = re.compile(r"0\d+\.\d+")


def _opens_phone_number(text: str) -> bool:
    """A number token no quantity is written as: digits after a leading zero ("04", "0909999999")
    or an area code before a dot ("04.726": no number groups its thousands after a leading zero)."""
    return (text.isdigit() and text.startswith("0") and len(text) > 1) or _AREA_CODE.fullmatch(text) is not None


def _in_phone_number(c: _Clause, lex: Lexicon, i: int) -> bool:
    """Digit token ``i`` continues a phone number written in groups: "04 843 6780" (the
    groups after one that starts with 0, one space apart, "04.726 1938" too), "(04) 767
    1893" (after an area code in brackets), or groups of three digits or more that together
    have a phone number's length ("930 5593": no quantity groups its digits with spaces;
    not with a year among them: "2004 2005" in a table, "Năm 2008 1500 học sinh")."""
    toks = c.toks
    run = _digit_group_run(toks, i)
    if (len(run) >= 2 and all(len(toks[k].text) >= 3 for k in run)
            and sum(len(toks[k].text) for k in run) >= lex.phone_min_digits
            and not any(lex.year_range[0] <= int(toks[k].text) <= lex.year_range[1] for k in run)):
        return True
    while i > 0 and toks[i - 1].kind == "number" and (toks[i].start - toks[i - 1].end == 1):
        i -= 1
        if _opens_phone_number(toks[i].text):
            return True
        if not toks[i].text.isdigit():
            break
    return (i >= 3 and toks[i - 1].text == ")" and toks[i - 3].text == "(" and toks[i - 2].kind == "number"
            and toks[i - 2].text.startswith("0") and len(toks[i - 2].text) > 1)


def _digit_group_run(toks: list[Token], i: int) -> list[int]:
    """The digit-only tokens one space apart around token ``i`` ("930 5593"), by index."""
    def group(k: int) -> bool:
        return toks[k].kind == "number" and toks[k].text.isdigit()

    if not group(i):
        return []
    first = last = i
    while first > 0 and group(first - 1) and toks[first].start - toks[first - 1].end == 1:
        first -= 1
    while last + 1 < len(toks) and group(last + 1) and toks[last + 1].start - toks[last].end == 1:
        last += 1
    return list(range(first, last + 1))


def _is_identifier(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """A number naming something: after a marker ("số 7", "quận 12"), listed after such a number
    ("NV 2, 3") or, in digits, after a proper name ("Nghị quyết 388")."""
    i = q.start
    if _longest_before(c, lex.identifier_exceptions, i):
        return False
    if _identifier_marker_before(c, lex, i):
        return True
    if i >= 2 and _is_list_separator(lex, c.low[i - 1]) and _listed_identifier(c, lex, i - 2):
        return True  # "NV 2, 3", "lớp 10, 11 và 12": the list goes on naming
    wi = c.word_of[i]
    if wi == 0 or c.toks[i].kind != "number":
        return False  # a number in words after a name counts ("HĐND ba cấp")
    prev = c.words[wi - 1]
    first_of_clause = wi == 1 or c.words[wi - 2].text in _CLAUSE_OR_COMMA
    if (prev.text[:1].isupper() and not first_of_clause and _phrase(prev.text) not in lex.qualifiers
            and _phrase(prev.text) not in lex.score_names):  # "IELTS 6.5" is a score
        return True
    return _numbers_the_noun_before(c, lex, q)


# what may follow a number that names the noun before it: a verb or an adverb (the tagger's
# labels), a colon or an opening bracket; not a comma, a full stop or "và", after which a count
# goes on a list ("nam 30, nữ 45", "trường học 30 và trạm y tế 15")
_AFTER_NAMING_NUMBER = {"V", "R"}
_PUNCT_AFTER_NAMING_NUMBER = {":", "("}


def _numbers_the_noun_before(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """Bare digits right after a common noun name one of its kind, as a count stands before what
    it counts, when a verb or an adverb, a colon or an opening bracket follows them ("Chiến dịch
    162 đưa văn nghệ ...", "cảnh sát 113 phong tỏa", "Đoàn 1:"), or a comma after a body's type
    word ("quân đoàn 3, Bộ Quốc phòng"). A measured noun keeps its value ("giá 7.000", "điểm 0"),
    and so do a count the clause announces and counts listed after their nouns ("nam 30, nữ 45",
    "khoá học 4, 8, 12 đến 16 tuần")."""
    toks, i = c.toks, q.start
    if q.end != i + 1 or q.unit is not None or not toks[i].text.isdigit():
        return False
    wi = c.word_of[i]
    prev = c.words[wi - 1]
    low = _phrase(prev.text.lower())
    if (prev.pos != "N" or prev.last != i
            or low in lex.measure_nouns | lex.nominal_heads | lex.qualifiers | lex.units.keys()):
        return False
    if wi >= 2 and c.words[wi - 2].text.lower() in lex.distributives:
        return False  # "mỗi tỉnh 5": five to each
    if _counts_in_clause(c, lex, wi):
        return False  # "Số học sinh bỏ học của huyện 150": the clause says how many
    if q.end >= len(toks):
        return False
    if toks[q.end].kind == "punct":
        if c.low[q.end] in _PUNCT_AFTER_NAMING_NUMBER:
            return True
        # "Bộ tư lệnh quân đoàn 3, Bộ Quốc phòng": a body's type word heads the noun run, which
        # a comma does not make a list of counts (not after a number: "quân khu 4, 5")
        nxt_tok = q.end + 1
        return not (nxt_tok < len(toks) and toks[nxt_tok].kind == "number") and _type_word(c, prev)
    nxt = _word_after(c, q)
    return nxt is not None and nxt.pos in _AFTER_NAMING_NUMBER and c.low[q.end] not in lex.classifiers


def _counts_in_clause(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """The clause of word ``wi`` opens with a word that announces a count or a plurality ("số",
    "tổng số", "các", "những", "mỗi", "từng"; data: subject_strip), or with one the segmenter
    glued to "số" ("số học sinh"): a number after its noun phrase is the count it announces."""
    k = c.word_of[_part_start(c, c.words[wi].first, _CLAUSE_OR_COMMA)]
    opening = c.words[k].text.lower() if k < wi else ""
    return _phrase(opening) in lex.subject_strip or opening.split(" ")[0] == "số"


def _date_unit(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """The unit word of ``q`` opens a time adverbial with a deictic ("NV 2 năm nay") or is the
    month of a day and month that name a street or a park ("đường 3 tháng 2", "Công viên 23
    Tháng 9"): a number before it may name something."""
    if q.unit is None or q.unit.kind != "time" or q.end >= len(c.toks):
        return False
    if c.low[q.end] in lex.time_deictics and _phrase(c.low[q.end - 1]) in lex.date_words:
        return True
    month = c.toks[q.end].text
    return (c.low[q.end - 1] == "tháng" and q.end == q.number_end + 1 and c.toks[q.start].text.isdigit()
            and 1 <= int(c.toks[q.start].text) <= 31 and month.isdigit() and 1 <= int(month) <= 12
            and _longest(c, lex.units, q.end + 1) is None)


def _is_list_separator(lex: Lexicon, low: str) -> bool:
    """A lower-cased token that separates listed items: a comma or a coordinator ("và")."""
    return low == "," or low in lex.coordinators


def _listed_identifier(c: _Clause, lex: Lexicon, k: int) -> bool:
    """Token ``k`` is a bare integer naming something, first after its marker or listed after one."""
    while k >= 0 and c.toks[k].kind == "number" and c.toks[k].text.isdigit():
        if _after_identifier_marker(c, lex, k):
            return True
        if k < 2 or not _is_list_separator(lex, c.low[k - 1]):
            return False
        k -= 2
    return False


def _is_year(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """A bare four-digit year ("Luật Giáo dục 2005", "nhiệm vụ 2005") not followed by a counted noun."""
    text = c.toks[q.start].text
    lo, hi = lex.year_range
    if not (q.bare and text.isdigit() and len(text) == 4 and lo <= int(text) <= hi):
        return False
    nxt = _word_after(c, q)
    return nxt is None or nxt.pos not in _NOUN_HEAD


def _in_fixed_phrase(c: _Clause, lex: Lexicon, i: int) -> bool:
    """Token ``i`` is part of a fixed phrase, where a number word or number counts nothing
    ("một số", "ngã ba", "ngã 3", "trực 24/24")."""
    return any(i - k >= 0 and tuple(c.low[i - k : i - k + len(phrase)]) == phrase
               for k, phrase in lex.fixed_phrases.get(c.low[i], ()))


def _counts_as_words(c: _Clause, lex: Lexicon, q: Quantity) -> bool:
    """Number words (outside fixed phrases) count; a lone word needs a unit or noun after it."""
    i = q.start
    lone_one = q.value == 1 and q.number_end - q.start == 1
    if lone_one and q.unit and q.unit.kind == "time":
        # "chỉ trong một tháng", "dành một ngày lương" count; in "một ngày 3/1/2002"
        # the unit word opens a date (the base of a rate counts nothing either: see _rate_base)
        return not (q.end < len(c.toks) and c.toks[q.end].kind == "number")
    if lone_one and q.unit and q.unit.kind in lex.lone_one_kinds:
        return _counting_one(c, lex, i)
    if q.unit or q.multiplier != 1 or q.end - q.start > 1 and q.value != 1:
        return True
    nxt = _word_after(c, q)
    if nxt is None or nxt.pos not in _NOUN_HEAD:
        return False
    if q.value == 1:
        return _counting_one(c, lex, i)
    return True


def _counting_one(c: _Clause, lex: Lexicon, i: int) -> bool:
    """"chỉ có một ứng cử viên" counts; "không còn một khoản thu nào" does not."""
    counting = _longest_before(c, lex.lone_one_left, i)
    if counting is None:
        return False
    return _longest_before(c, lex.negators, i - len(counting)) is None


# --- list scale -------------------------------------------------------------


def _share_list_scale(c: _Clause, lex: Lexicon, quantities: list[Quantity]) -> None:
    """"50, 100, 200 triệu đồng": bare numbers before a scaled one in a list take its scale and unit."""
    for k in range(len(quantities) - 2, -1, -1):
        q, nxt = quantities[k], quantities[k + 1]
        between = c.low[q.end : nxt.start]
        if not q.bare or nxt.bare or not q.literal or not between:
            continue
        if len(between) == 1 and _is_list_separator(lex, between[0]):
            q.value = as_number(q.value * nxt.multiplier)
            q.multiplier, q.unit, q.per, q.bare = nxt.multiplier, nxt.unit, nxt.per, False


def _pair_unit_ranges(c: _Clause, lex: Lexicon, quantities: list[Quantity]) -> None:
    """"từ 15 km đến 31 km", "từ 10% đến 100%": a range whose ends each carry the unit.

    The high end shares the low end's action and subject, as in "từ 5 đến 10
    người" (read by :func:`_read_range`). Only after the opener "từ", or with a
    dash between two quantities of the same unit ("10 km - 15 km").
    """
    for k in range(len(quantities) - 1):
        q, nxt = quantities[k], quantities[k + 1]
        if q.high is not None or q.whole is not None or q.is_high or q.is_whole or nxt.value_max is not None:
            continue
        if nxt.start != q.end + 1 or c.low[q.end] not in lex.range_connectors or not q.value < nxt.value:
            continue
        left = q.start - len(_word_phrase_before(c, lex.qualifiers, q.start) or ())
        opened = left > 0 and c.low[left - 1] in lex.range_openers
        dashed = c.low[q.end] in ("-", "–") and q.unit is not None and nxt.unit == q.unit
        if opened or dashed:
            q.value_max, q.high, nxt.is_high = nxt.value, nxt, True


# --- readers around the quantity -------------------------------------------


def _figure_span(c: _Clause, lex: Lexicon, q: Quantity, prev: tuple[Span, int] | None = None) -> tuple[Span, int]:
    """The figure span of ``q`` and the token its right context ends at.

    ``prev`` is the previous figure of the sentence with its end token: a
    figure listed after it shares its action and subject (:func:`_list_link`),
    the high end of a range shares everything.
    """
    toks = c.toks
    left = q.start - q.lead
    qualifier = _word_phrase_before(c, lex.qualifiers, left)
    if qualifier in lex.scale_only_qualifiers and c.low[q.start] not in lex.bare_multipliers:
        qualifier = None  # "cả 2 trường": both schools, no approximation
    if qualifier:
        left -= len(qualifier)
    if left > 0 and c.low[left - 1] in lex.range_openers and q.value_max is not None:
        left -= 1  # "từ 5 đến 10": the opener belongs to the range
    link = None
    if prev is not None:
        link = "range" if q.is_high else _list_link(c, lex, prev[1], left)
    shared = prev[0].attrs if prev is not None and link else {}
    own_action = not (q.is_whole or q.is_high)
    action, direction, action_start = _action(c, lex, left) if own_action else (None, None, left)
    headed, head_start = _verb_after_nominal_head(c, lex, q, action, direction, action_start, left)
    if headed is not None:
        # "mức trích 70%", "phí trông coi 210.000 đồng", "Thời gian thi công 2 năm": the verb
        # belongs to the noun phrase it ends, which is what is measured; a verb right before
        # that phrase governs it ("giữ nguyên mức trích 70%", "đạt điểm thi 30")
        action, direction, action_start = None, None, left
        verb = _action(c, lex, head_start)
        if verb[0] is not None and _ends_word(c, head_start) and _whole_words(c, verb[2], head_start):
            action, direction, action_start = verb
    shares_action = action is None and link in ("list", "range", "change") and bool(shared.get("action"))
    if shares_action:
        action, direction = shared["action"], shared["direction"]
    # a verb after the counted noun modifies it when the quantity is an object (of the action
    # or of a verb further left); when no verb precedes it in its clause, the quantity opens
    # the clause and the verb is its predicate ("Mỗi ngày cả nghìn xe rời bến", "của 18 em
    # gặp nạn"); after a pivot verb it is a second predicate ("thu hút gần 500 thanh niên
    # địa phương tham gia")
    allow_verb = (action is not None or _verb_before_in_clause(c, lex, left)) and action not in lex.pivot_verbs
    subject, subject_end = _subject(c, lex, q, allow_verb=allow_verb, changed=direction is not None)
    measured = _measure_before(c, lex, q, left) if subject is None else None
    if measured is not None:
        # "tổng mức đầu tư 60.000 tỉ đồng", "có giá 3.000 đồng", "với giá bán chỉ 15.000 đồng": a
        # measure noun right before the amount is what it measures; a verb inside it is no action
        subject, _, run_start = measured
        if action is not None and action_start >= run_start:
            action, direction, action_start = None, None, left
        if action is None and own_action and run_start > 0:
            # the verb right before it governs the measured noun: "được hưởng mức phụ cấp
            # 260.000 đồng", "nộp số tiền 5 triệu đồng" (not "bán thịt xay với giá")
            verb = _action(c, lex, run_start)
            before = c.words[c.word_of[run_start - 1]].text.lower().split()
            if (verb[0] is not None and verb[0].split()[-len(before):] == before
                    and not _longest_before(c, lex.reporting_verbs, run_start)):  # not "cho thấy"
                action, direction, action_start = verb
    if subject is None and headed is not None:
        subject = headed
    if subject is None and prev is not None:
        subject = _next_reading(c, lex, prev, left)
    if subject is None and (q.unit is None or q.unit.kind == "percent"):
        subject = _partitive_whole(c, lex, q, allow_verb=allow_verb)
    unit = q.unit.unit if q.unit else None
    if unit is None and subject is None and c.low[q.number_end - 1] in lex.implied_units:
        unit = lex.implied_units[c.low[q.number_end - 1]]
    if subject is None and action is None:
        subject = _named_score(c, lex, q, left)
    if subject is None and shared.get("subject") and (link != "list" or shared.get("unit") == unit):
        subject = shared["subject"]
    if subject is None and q.unit and q.unit.kind in lex.durational_kinds and action is None:
        subject = _noun_lasting(c, lex, q, left) or _duration_topic(c, lex, left)
    if subject is None and not (q.unit and q.unit.kind in lex.durational_kinds):
        subject, verb = _subject_on_left(c, lex, left, action_start if action else None,
                                         from_change=_opens_change(c, lex, q, left))
        if verb is not None and action is None:
            action, direction, action_start = verb
        if subject is None and action is None:
            subject = _link_noun(c, lex, left) or _noun_before_bracket(c, lex, left) or _label(c, lex, left)
        if subject is None and action is None:
            subject = _topic_subject(c, lex, left, q.start)
    if action in lex.weak_actions and subject_end:
        right, right_direction = _action_on_right(c, lex, subject_end)
        if right is not None:
            action, direction, action_start = right, right_direction, left
    if subject is None and action is not None and action_start < left:
        subject = _subject_before_action(c, lex, q, action, direction, action_start)
    if subject:
        subject = _without_time_adverbs(lex, _without_count_syllable(lex, subject))
    comparison = _comparison(c, lex, max(q.end, subject_end))
    start = min(toks[action_start if action is not None else left].start, toks[left].start)
    end = max(toks[q.end - 1].end, _subject_end_offset(c, subject_end))
    if unit and q.per:
        unit = f"{unit}/{q.per}"
    q_start, q_end = _quantity_chars(c, q)
    attrs: dict[str, object] = {
        "value": q.value,
        "unit": unit,
        "subject": subject,
        "action": action,
        "direction": direction,
        "qualifier": " ".join(qualifier) if qualifier else None,
        "comparison": comparison,
        "quantity_start": q_start,
        "quantity_end": q_end,
    }
    if q.value_max is not None:
        attrs["value_max"] = q.value_max
    if q.total is not None:
        attrs["total"] = q.total
    if q.per is not None:
        attrs["per"] = q.per
    if q.unit is not None:
        attrs["unit_kind"] = q.unit.kind
    span = c.doc.span(start, end, "figure", source="figures", **attrs)
    if prev is not None and link in ("range", "change") and (shares_action or action is None):
        # the high end of a range, the end of a change, with no verb of its own: governed as the
        # figure it follows, also when the rules found no verb for either ("có giá từ 300.000 đến
        # 400.000 đồng": the action the models read for the 300.000 is the 400.000's too)
        span.shares_action_of = prev[0]
    return span, max(q.end, subject_end)


def _next_reading(c: _Clause, lex: Lexicon, prev: tuple[Span, int], left: int) -> str | None:
    """The measure of a reading labelled alone after a comma, from the reading before it: in
    "nhiệt độ thấp nhất 11-14 độ C, cao nhất là 15-18 độ C" the second reads "nhiệt độ cao nhất"
    (data: reading_labels). The previous subject must end with a label of its own."""
    subject = prev[0].attrs.get("subject")
    if not subject or prev[1] >= left or c.toks[prev[1]].text != ",":
        return None
    p = prev[1] + 1
    label = _longest(c, lex.reading_labels, p)
    if label is None:
        return None
    p += len(label)
    while p < left and (c.low[p],) in lex.copulas:
        p += 1  # "cao nhất là 15-18 độ C"
    if p != left:
        return None
    words = subject.split(" ")
    n = len(label)
    if len(words) > n and tuple(w.lower() for w in words[-n:]) in lex.reading_labels:
        return " ".join(words[:-n] + [c.toks[k].text for k in range(prev[1] + 1, prev[1] + 1 + n)])
    return None


def _subject_before_action(
    c: _Clause, lex: Lexicon, q: Quantity, action: str, direction: str | None, action_start: int
) -> str | None:
    """What a quantity with no subject of its own measures, read before its action (which
    starts at token ``action_start``, left of the quantity)."""
    subject = None
    if direction is not None or (q.unit is not None and q.unit.kind in lex.measured_by_clause_kinds):
        # "Chỉ số giá tiêu dùng tăng 6,5%", "Nhiệt độ cao nhất phổ biến 33-35 độ C": a change,
        # a share or a reading with nothing counted after it measures the clause subject
        subject = _clause_subject(c, lex, action_start)
    elif q.unit is not None:
        # "Mức phí dao động từ 5.000 đến 30.000 đồng": a clause subject that names a measure
        # (a price, a level) is what any amount after its verb measures
        opening = _clause_subject(c, lex, action_start)
        if opening is not None and any(_phrase(opening.lower())[:len(m)] == m for m in lex.measure_nouns):
            subject = opening
    if subject is None and (_is_passive(c, lex, action_start) or action in lex.measure_verbs):
        subject = _clause_head(c, lex, action_start)
        if subject is None and action in lex.measure_verbs and action not in lex.weak_actions:
            subject = _noun_right_before(c, lex, action_start)
    return subject


def _quantity_chars(c: _Clause, q: Quantity) -> tuple[int, int]:
    """Character range of the quantity itself: from a unit written before the number
    ("tuổi 83"), or one number's characters inside a token ("0,4" of "0,3-0,4-0,5")."""
    start, end = c.toks[q.start - q.lead].start, c.toks[q.end - 1].end
    if q.chars:
        start = q.chars[0]
        end = q.chars[1] if q.chars[1] >= 0 else end
    return start, end


def _without_count_syllable(lex: Lexicon, subject: str) -> str:
    """A subject opening with a word whose first syllable is the classifier "số" ("số lượng
    vé tháng", "số tiền ủng hộ"), without it: "lượng vé tháng", as "số" is dropped elsewhere."""
    syllables = subject.split(" ")
    for n in range(min(_MAX_PHRASE, len(syllables) - 1), 1, -1):
        if tuple(w.lower() for w in syllables[:n]) in lex.count_syllable_words:
            return " ".join(syllables[1:])
    return subject


def _without_time_adverbs(lex: Lexicon, subject: str) -> str:
    """A subject without the time adverb opening or closing it ("Hiện nay tỉ lệ dân số ...",
    "Giá tour Điện Biên hiện"): it dates the predicate. Never the whole subject."""
    syllables = subject.split(" ")
    cut = True
    while cut:  # "... ước", "... cũng sẽ": adverbs of the predicate (data: subject_closing_adverbs)
        cut = False
        for n in range(min(_MAX_PHRASE, len(syllables) - 1), 0, -1):
            if (tuple(w.lower() for w in syllables[-n:]) in lex.subject_closing_adverbs
                    and " ".join(syllables[-n - 1:]).lower() not in dictionary()):  # not "công ước", "đồng đều"
                syllables, cut = syllables[:-n], True
                break
    for n in range(min(_MAX_PHRASE, len(syllables) - 1), 0, -1):
        if tuple(w.lower() for w in syllables[-n:]) in lex.subject_time_adverbs:
            syllables = syllables[:-n]
            break
    for n in range(min(_MAX_PHRASE, len(syllables) - 1), 0, -1):
        if tuple(w.lower() for w in syllables[:n]) in lex.subject_time_adverbs:
            syllables = syllables[n:]
            break
    return " ".join(syllables)


def _verb_before_in_clause(c: _Clause, lex: Lexicon, left: int) -> bool:
    """A verb stands between the start of the clause (brackets do not end it) and token ``left``."""
    start = _part_start(c, left, _CLAUSE_END_PAST_BRACKETS)
    return any(
        c.words[c.word_of[k]].first == k and _is_action_word(lex, c.words[c.word_of[k]]) for k in range(start, left)
    )


def _part_start(c: _Clause, p: int, stops: set[str]) -> int:
    """The first token of the stretch that ends before token ``p`` and starts after one of ``stops``."""
    while p > 0 and c.toks[p - 1].text not in stops:
        p -= 1
    return p


def _subject_end_offset(c: _Clause, subject_end: int) -> int:
    """Character end of the subject (token index ``subject_end``), or 0 without one."""
    return c.toks[subject_end - 1].end if subject_end else 0


def _action(c: _Clause, lex: Lexicon, left: int) -> tuple[str | None, str | None, int]:
    """The governing verb left of token ``left`` in the clause: (text, direction, start token).

    Between the verb and the quantity there may be skippable words ("cắt giảm
    thêm 5%"), a recipient ("phân bổ cho Hải Phòng 420 tấn", "nộp vào ngân
    sách 2 tỷ đồng"); a verb with its object before a beneficiary is the action
    as a whole ("tặng quà tết cho 17.756 hộ"). See :func:`_action_text` for
    particles and coordinated verbs.
    """
    p = left
    skipped_beneficiary = False
    if p > 0 and c.toks[p - 1].text in _OPEN_QUOTES:
        p -= 1  # có “20 vùng cũng tốt”: an opening quote before the quantity
    for _ in range(8):
        if p <= 0 or c.toks[p - 1].kind not in ("word", "abbr"):
            break
        verb = _longest_before(c, lex.actions, p)
        if verb and " ".join(verb) not in lex.not_actions:
            start = p - len(verb)
            word = c.words[c.word_of[start]]
            if word.first < start and word.pos in _NOUN_HEAD and _phrase(word.text) not in lex.actions:
                verb = None  # a noun ending with a verb syllable ("mức phụ cấp 260.000 đồng")
            elif start > 0 and verb in lex.particle_phrases and c.low[start - 1] in lex.change_particles:
                p = start  # "xuống còn 7%": a chain of particles after the changed noun phrase
                continue
            elif _particle_after_verb(c, lex, verb, start):
                # "giảm còn 7%": the particle gives the result of the verb before it
                before = c.words[c.word_of[start - 1]]
                return _action_text(c, lex, before.first, before.last, left)
            else:
                if word.first < start:  # a longer word ends with this verb ("trợ cấp"): take the word
                    start = word.first
                return _action_text(c, lex, start, p, left)
        skip = _longest_before(c, lex.skippable | lex.qualifiers, p)
        if skip:
            skipped_beneficiary = skipped_beneficiary or skip in lex.beneficiary_markers and p == left
            p -= len(skip)
            continue
        word = c.words[c.word_of[p - 1]]
        if word.last != p:
            break
        if _is_verb(lex, word) or _verb_after_modal(c, lex, word):
            return _action_text(c, lex, word.first, p, left)
        if word.pos in _NOUN_MODIFIER:
            found = _verb_around_noun(c, lex, c.word_of[p - 1], left, with_object=skipped_beneficiary)
            if found is not None:
                return found
        break
    return None, None, left


def _particle_after_verb(c: _Clause, lex: Lexicon, verb: Phrase, start: int) -> bool:
    """The action word found at token ``start`` is a change particle ("còn") right after a
    verb with a direction: "giảm còn 7%" is "giảm"; a lone "còn 4.600 hộ" is itself the action."""
    if verb not in lex.particle_phrases or start == 0 or not _ends_word(c, start):
        return False
    before = c.words[c.word_of[start - 1]]
    return _is_action_word(lex, before) and lex.actions.get(_phrase(before.text)) is not None


def _verb_after_modal(c: _Clause, lex: Lexicon, w: Word) -> bool:
    """A word tagged as a noun right after a modal verb is a verb: "bạn có thể thu nhập
    6.000-7.000 USD/năm" (the tagger reads "thu nhập" as the noun "income")."""
    return (
        w.pos == "N"
        and w.text[:1].islower()
        and bool(_word_phrase_before(c, lex.modals, w.first))
        and w.text.lower() not in lex.subject_stop
    )


def _verb_around_noun(
    c: _Clause, lex: Lexicon, last: int, left: int, *, with_object: bool
) -> tuple[str | None, str | None, int] | None:
    """A verb before the noun phrase ending at word ``last``.

    ``with_object``: "tặng quà tết cho 17.756 hộ" gives "tặng quà tết" (the
    noun phrase is the verb's object); else the noun phrase is a recipient
    after a marker: "phân bổ cho Hải Phòng 420 tấn" gives "phân bổ".
    """
    words = c.words
    k = _before_modifiers(
        last, 4, lambda j: words[j].pos in _NOUN_MODIFIER and words[j].text.lower() not in lex.subject_stop
    )
    if k < 0 or k == last:
        return None
    if with_object:
        verb = words[k]
        if not _is_verb(lex, verb):
            return None
        # the object's nouns, without trailing adjectives ("tạo việc làm mới" -> "tạo việc làm")
        end = last
        while end > k + 1 and words[end].pos == "A":
            end -= 1
        if words[k + 1].pos not in _NOUN_HEAD:
            return None
        text, direction, start = _action_text(c, lex, verb.first, verb.last, verb.last)
        if text is None:
            return None
        obj = c.doc.text[words[k + 1].start : words[end].end].lower()
        return f"{text} {obj}", direction, start
    marker = _longest_before(c, lex.recipient_markers, words[k].last)
    if marker is None or words[k].last - len(marker) != words[k].first and len(marker) == 1:
        return None
    p = words[k].last - len(marker)
    if p <= 0:
        return None
    before = words[c.word_of[p - 1]]
    if _ends_word(c, p) and _is_action_word(lex, before):
        return _action_text(c, lex, before.first, p, left)
    return None


def _action_text(c: _Clause, lex: Lexicon, start: int, end: int, left: int) -> tuple[str, str | None, int]:
    """The action over tokens ``[start, end)`` with its particle and coordinated verbs.

    * a particle or complement verb right after the verb belongs to it: "xảy
      ra", "đẩy lên", "thu được", "chia làm", and so does one a verb of change
      is listed with ("tăng lên 3 ban", "tăng thêm 5%");
    * a verb that is itself a complement takes the verb before it ("chia làm");
    * coordinated verbs before it join it: "tịch thu và tiêu hủy".
    """
    text = c.doc.text[c.toks[start].start : c.toks[end - 1].end].lower()
    syllables = _phrase(text)
    direction = lex.actions.get(syllables)
    if (end < left and c.low[end] in lex.verb_complements and (direction is None or c.low[end] == "thêm")
            and _adjacent(c, end - 1, end)):  # "xảy ra", "mất thêm", "tăng cường thêm"
        text = f"{text} {c.low[end]}"
    elif text in lex.verb_complements and start > 0:
        prev = c.words[c.word_of[start - 1]]
        if _ends_word(c, start) and _is_verb(lex, prev):
            text = f"{prev.text.lower()} {text}"
            direction = lex.actions.get(_phrase(prev.text))
            start = prev.first
    if direction is None:
        direction = lex.actions.get(_phrase(text.split()[0]))
    if start >= 2 and c.low[start - 1] in lex.action_coordinators:
        prev = c.words[c.word_of[start - 2]]
        if _ends_word(c, start - 1) and _is_action_word(lex, prev):
            text = f"{prev.text.lower()} {c.low[start - 1]} {text}"
            start = prev.first
    return text, direction, start


def _adjacent(c: _Clause, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` have at most one character (a space) between them."""
    return c.toks[b].start - c.toks[a].end <= 1


def _is_verb(lex: Lexicon, w: Word) -> bool:
    """A word tagged as a verb that can be an action (not "được", "là" ...: ``not_actions``)."""
    return w.pos == "V" and w.text.lower() not in lex.not_actions


def _is_action_word(lex: Lexicon, w: Word) -> bool:
    """A verb, or a word of the action list whatever its tag, that can be an action."""
    return (w.pos == "V" or _phrase(w.text) in lex.actions) and w.text.lower() not in lex.not_actions


def _subject(
    c: _Clause, lex: Lexicon, q: Quantity, *, allow_verb: bool, changed: bool = False
) -> tuple[str | None, int]:
    """The noun phrase counted or measured, right of the quantity: (text, end token) or (None, 0).

    After a multiple ("lần") the noun phrase is what changed when the verb gives a direction
    (``changed``: "tăng gấp đôi giá vé xe buýt"), else the base it is compared with
    ("gấp 3 lần mức bình thường").
    """
    if q.end >= len(c.toks):
        return None, 0
    if not _starts_word(c, q.end):
        # "300.000 đồng tiền xăng" segmented "đồng tiền | xăng": the rest of the unit's word
        # opens the noun phrase measured (_opens_other_word let only a noun of money stay there)
        if q.unit is None or q.unit.kind != "money" or c.toks[q.end].kind != "word":
            return None, 0
        wi = c.word_of[q.end]
        end = _noun_phrase(c, lex, wi, allow_verb=allow_verb)
        if end is None:
            return None, 0
        return c.doc.text[c.toks[q.end].start : c.words[end - 1].end], c.words[end - 1].last
    if q.unit is not None and q.unit.kind not in lex.subject_after_kinds and not (
        changed and q.unit.kind == "times"
    ) and not (q.unit.kind == "time" and _time_measured_noun(c, lex, c.word_of[q.end])):
        return None, 0
    if q.per_noun:
        return None, 0  # "15.000 đồng/khách nước ngoài": the nouns after a rate modify its denominator
    wi = _past_classifier(c, lex, c.word_of[q.end], len(c.words) - 1, before_noun=True)
    end = _noun_phrase(c, lex, wi, allow_verb=allow_verb)
    if end is None:
        return None, 0
    if q.unit is None or q.unit.kind != "time":  # a duration measures one noun (_time_measured_noun)
        listed = _coordinated(c, lex, end)
        end = listed if listed > end else _bare_noun_list(c, lex, wi, end)
    words = c.words
    text_end = words[end - 1].end
    if end - wi > 1 and (_names_after_type_word(c, words[wi]) or _items_counted(c, lex, q, wi)):
        text_end = words[wi].end  # "3 tỉnh Thái Bình, Phú Thọ, Hoà Bình" counts "tỉnh"
    text = c.doc.text[words[wi].start : text_end]
    return text, words[end - 1].last


def _time_measured_noun(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """Word ``wi``, right after a duration, is a lower-case common noun closing the clause, which
    the duration measures: "có trên 2 năm kinh nghiệm,", "chưa được một ngày phép,"."""
    w = c.words[wi]
    after = c.words[wi + 1].text if wi + 1 < len(c.words) else "."
    return (
        w.pos == "N"
        and w.text[:1].islower()
        and c.toks[w.first].kind == "word"
        and after in _CLAUSE_OR_COMMA
        and _is_noun(lex, w, {"N"})
        and _phrase(w.text) not in lex.date_words | lex.measure_nouns
        and _longest(c, lex.units, w.first) is None
    )


def _items_counted(c: _Clause, lex: Lexicon, q: Quantity, wi: int) -> bool:
    """The one-word items listed after the head noun at word ``wi`` are as many as ``q`` counts:
    "ba cấp xã, huyện, tỉnh" counts "cấp" (its items xã, huyện, tỉnh), not "cấp xã"."""
    if q.unit is not None or not isinstance(q.value, int) or not 2 <= q.value <= 12:
        return False
    words = c.words
    if not words[wi].text[:1].islower():
        return False
    j, items, names, marked = wi + 1, 0, 0, False
    while j < len(words):
        w = words[j]
        if w.pos not in _NOUN_HEAD | {"Np"} or c.toks[w.first].kind != "word" or w.text.lower() in lex.subject_stop:
            break
        items += 1
        names += w.text[:1].isupper()
        j += 1
        if j < len(words) and (words[j].text in (",", "-", "–") or words[j].text.lower() in lex.coordinators):
            marked = marked or words[j].text in (",", "-", "–")
            j += 1
            continue
        break
    # "hai nền văn hoá và tính cách" is a noun and its pair: a list needs a comma or dash, or names
    return items == q.value and (marked or names == items)


_NAME_LABELS = ("location", "organization")


def _names_after_type_word(c: _Clause, head: Word) -> bool:
    """The lower-case head noun is the type word of a place or body named after it ("tỉnh
    Hiệp Tây", "miền Nam"): a number before it counts the type, the names list the items."""
    if not head.text[:1].islower():
        return False
    return any(s.end > head.end for s in c.names.get(head.start, ()))


def _type_word(c: _Clause, w: Word) -> bool:
    """Word ``w`` is a type word of bodies or places, or opens one ("công ty", "trường" of
    "trường đại học", "tỉnh")."""
    from ..gazetteer import gazetteers

    gaz = gazetteers()
    keys = c.sentence.keys
    return any(gaz[g].match_at(keys, w.first) >= w.last - w.first for g in ("org_head", "admin_unit"))


@functools.cache
def _countries() -> frozenset[str]:
    """Countries, continents and world regions (gazetteer/countries.txt): a noun's nationality."""
    from ..gazetteer import word_list
    from ..textkey import match_key

    return frozenset(match_key(line) for line in word_list("gazetteer/countries.txt"))


def _names_a_whole(c: _Clause, w: Word) -> bool:
    """Word ``w`` opens the name of a body or of a place within a country, which tells where
    or to what the counted noun before it belongs, not what it is ("sinh viên ĐH Khoa học Tự
    nhiên", "33 bà mẹ TP HCM"); a country or a region of the world stays, as the noun's
    nationality ("doanh nghiệp Hoa Kỳ", "doanh nghiệp Châu Âu", even where a reading as a body
    competes: "Đài Loan"), and so does a place opening with a lower-case type word ("2 bờ sông
    Nhuệ": a type word and its name say what the noun is); a body opening with one does not
    ("30 sinh viên trường Đại học Bách khoa")."""
    from ..textkey import match_key

    names = c.names.get(w.start, [])
    if not w.text[:1].isupper():
        # a body named with its lower-case type word: "30 sinh viên | trường Đại học Bách khoa"
        return _type_word(c, w) and any(s.label == "organization" and s.end > w.end for s in names)
    if any(s.label == "location" and match_key(s.text) in _countries() for s in names):
        return False
    return bool(names)


def _partitive_whole(c: _Clause, lex: Lexicon, q: Quantity, *, allow_verb: bool) -> str | None:
    """The noun counted by a part of a whole: "34.900 trong tổng số gần 53.900 hộ nghèo",
    "20% trên tổng số học sinh" count "hộ nghèo" and "học sinh"."""
    j = q.end
    marker = _longest(c, lex.partitive_markers, j) if j < len(c.toks) else None
    if not marker:
        return None
    j += len(marker)
    qualifier = _longest(c, lex.qualifiers, j) if j < len(c.toks) else None
    if qualifier:
        j += len(qualifier)
    if j >= len(c.toks) or not _starts_word(c, j):
        return None
    whole = _quantity_at(c, lex, j) if c.toks[j].kind == "number" else None
    if whole is not None and whole.unit is not None:
        return None
    return _subject(c, lex, whole or Quantity(j, j, j, 0), allow_verb=allow_verb)[0]


def _past_classifier(c: _Clause, lex: Lexicon, wi: int, last: int, *, before_noun: bool = False) -> int:
    """Word ``wi``, or the next one (up to ``last``; with ``before_noun`` a head noun) when ``wi``
    is a classifier dropped from a subject: "100% số cơ quan" counts "cơ quan"."""
    words = c.words
    if wi < last and _phrase(words[wi].text) in lex.subject_strip and (
        not before_noun or words[wi + 1].pos in _NOUN_HEAD
    ):
        return wi + 1
    return wi


def _noun_phrase(c: _Clause, lex: Lexicon, wi: int, *, allow_verb: bool) -> int | None:
    """End word index of a noun phrase starting at word ``wi`` (head noun plus modifiers).

    Modifiers after the head: nouns, adjectives and names ("ý kiến ĐB QH"; not the name of a
    body or of a place within a country, :func:`_names_a_whole`),
    a number naming a noun after an identifier marker ("thí sinh nguyện vọng
    1"), a scope word with its noun ("dân số toàn tỉnh", "doanh nghiệp ngoài
    tỉnh") and one verb that modifies the noun (see below); an identifier marker
    whose number does not end the phrase is left out ("Điểm chuẩn nguyện
    vọng 2 khối A" gives "Điểm chuẩn"). A head the tagger reads
    as a verb counts when the document mostly reads it as a noun
    (:func:`_document_nouns`). Words the segmenter split out of one
    dictionary word are read as that word (:func:`_compound_from`: "câu
    hỏi"), and a degree word after an adjective belongs to it ("thấp nhất").
    """
    words = c.words
    if wi >= len(words) or not (_is_noun(lex, words[wi], _NOUN_HEAD) or _retagged_noun(c, lex, words[wi])):
        return None
    k = wi + 1
    verbs = 0
    while k < len(words) and k - wi < 7:
        w = words[k]
        joined = _compound_from(c, lex, k - 1)
        if joined > 1:
            k += joined - 1  # "câu/N hỏi/V", "xe/N cứu/V hỏa/V": one word the segmenter split
            continue
        if _degree_word(c, lex, k):
            k += 1  # "nhiệt độ thấp nhất": the superlative of the adjective before it
            continue
        state = _casualty_state(c, lex, k)
        if state > k:
            k = state  # "30 người chết", "3 người bị thương nặng", "24 người chết và mất tích"
            break
        post = _longest(c, lex.noun_postmodifiers, w.first)
        if post and _ends_word(c, w.first + len(post)):
            after = c.word_of[w.first + len(post) - 1] + 1
            if post[0] in lex.subject_stop and after < len(words) and (
                    words[after].pos in ("N", "Np") or words[after].text[:1].isupper()):
                break  # "5 người | trong nước lũ", "du học sinh | trong nước Anh": a place, not "domestic"
            k = after  # "chim các loại", "khách trong nước": the phrase ends there
            break
        if w.pos == "Np" and words[k - 1].pos not in _NOUN_HEAD | {"Np"}:
            break  # a name after a modifier is a possessor: "ủy viên chính thức BCH"
        if _names_a_whole(c, w):
            # "phụ huynh học sinh | Trường tiểu học Bồ Đề", "bà mẹ | TP HCM": where they belong,
            # with the lower-case type word naming them ("công nhân | công ty Pouyuen")
            while k - 1 > wi and words[k - 1].text.islower() and _type_word(c, words[k - 1]):
                k -= 1
            break
        if _phrase(w.text) in lex.date_words and k + 1 < len(words) and c.toks[words[k + 1].first].kind == "number":
            break  # "50% số chỉ tiêu năm 2005": a date closes the phrase
        if _amount_predicate(c, lex, k):
            break  # "1.500 hộ đông thành viên": the households have many members
        if _is_noun(lex, w, _NOUN_MODIFIER):
            if verbs and words[k - 1].pos != "V":
                break  # "người điều khiển xe máy | đội mũ bảo hiểm": a verb modifier takes one noun
            k += 1
            continue
        if k == wi + 1 and _after_classifier(c, lex, wi):
            k += 1  # "13 con cá sấu/V": a classifier's noun, whatever its tag
            continue
        if _identifier_number(c, lex, k):
            k += 1  # "thí sinh nguyện vọng 1": a number naming the noun before it
            continue
        if (
            _phrase(w.text) in lex.scope_words
            and k + 1 < len(words)
            and words[k + 1].pos in _NOUN_HEAD
            and _is_noun(lex, words[k + 1], _NOUN_HEAD)
            and _phrase(words[k + 1].text) not in lex.date_words
        ):
            k += 2  # "dân số toàn tỉnh", "doanh nghiệp ngoài tỉnh": a scope word and its noun
            continue
        # a verb modifies the noun ("khu vực bỏ phiếu") when the figure is an
        # object and the verb ends the phrase or takes a noun of its own that
        # is not followed by another verb ("đơn vị giúp dân đón tết");
        # a verb of the action list only when it ends the phrase ("3 mức trợ cấp:");
        # before a preposition of its own argument it is the predicate ("100 đại biểu | đến
        # từ 18 tỉnh"), unless a time follows it ("200 học sinh nhập học vào tháng 9");
        # when the figure is no object, a verb before adverbs and a verb opening the
        # predicate modifies the noun ("400 bài viết | đã gửi", "14 thuyền viên mất tích |
        # được tìm thấy"; not "công nhân | làm việc rất chăm chỉ", "sinh viên | nhận được")
        nxt = words[k + 1] if k + 1 < len(words) else None
        after = words[k + 2] if k + 2 < len(words) else None
        timed = after is not None and _phrase(after.text) in lex.date_words
        ends = (nxt is None or nxt.text in _CLAUSE_OR_COMMA or nxt.text.lower() in lex.phrase_closers
                or nxt.pos == "E" and (nxt.text.lower() not in lex.argument_prepositions or timed))
        if verbs == 0 and w.pos == "V" and w.text.lower() not in lex.subject_stop and (
            allow_verb
            and (_phrase(w.text) not in lex.actions or ends and _phrase(w.text) not in lex.list_introducers)
            and (ends or nxt.pos in _NOUN_HEAD and (after is None or after.pos != "V"))
            or not allow_verb and _phrase(w.text) not in lex.actions and _adverbs_then_verb(words, k + 1)
        ):
            verbs += 1
            k += 1
            continue
        break
    return _before_cut_marker(c, lex, wi, k)


def _casualty_state(c: _Clause, lex: Lexicon, k: int) -> int:
    """End word of the casualty states listed from word ``k`` ("chết", "bị thương nặng", "chết và
    mất tích"; data: casualty_states): what the counted people suffered names them, whatever the
    clause ("846 người chết (giảm 16%)"); ``k`` when none starts there."""
    end = k
    while end < len(c.words):
        state = _longest(c, lex.casualty_states, c.words[end].first)
        if state is None or not _ends_word(c, c.words[end].first + len(state)):
            break
        end = c.word_of[c.words[end].first + len(state) - 1] + 1
        if end + 1 < len(c.words) and c.words[end].text.lower() in lex.coordinators and (
                (other := _longest(c, lex.casualty_states, c.words[end + 1].first))
                and _ends_word(c, c.words[end + 1].first + len(other))):
            end += 1  # "chết và mất tích"
            continue
        break
    if end > k and end < len(c.words) and c.words[end].pos == "N" and c.words[end].text.islower() and (
            _phrase(c.words[end].text) not in lex.date_words):
        return k  # "vụ tai nạn chết người", "xe chết máy": the verb takes an object, no casualty
    return end


def _adverbs_then_verb(words: list[Word], k: int) -> bool:
    """Words from ``k`` are adverbs, at least one, and then a verb: a predicate opens there."""
    j = k
    while j < len(words) and words[j].pos == "R":
        j += 1
    return j > k and j < len(words) and words[j].pos == "V"


def _compound_from(c: _Clause, lex: Lexicon, wi: int) -> int:
    """How many words from word ``wi`` (1, 2 or 3) spell one word of the segmenter's own
    dictionary that it split in context: "câu hỏi", "xe cứu hỏa", "giấy chứng nhận". The
    words joined on are lower-case, no function words ("điểm đến | là", "nước | lên") and no
    date words ("5.000 tấn hàng | năm 2005")."""
    words = c.words
    if c.toks[words[wi].first].kind != "word":
        return 1
    for n in (3, 2):
        part = words[wi : wi + n]
        if len(part) == n and all(c.toks[w.first].kind == "word" and w.text[:1].islower()
                                  and w.text.lower() not in lex.closed_words
                                  and _phrase(w.text) not in lex.date_words for w in part[1:]):
            if " ".join(w.text.lower() for w in part) in dictionary():
                return n
    return 1


def _amount_predicate(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """Word ``wi`` is an adjective of amount taking a noun ("đông thành viên", "đủ điều
    kiện"): it opens a predicate about the noun before it, not a modifier of it."""
    words = c.words
    return (
        words[wi].pos == "A"
        and words[wi].text.lower() in lex.amount_adjectives
        and wi + 1 < len(words)
        and words[wi + 1].pos in _NOUN_HEAD
    )


def _after_classifier(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """Word ``wi`` is a classifier ("con", "chiếc") and the word after it, tagged as a verb
    or an adjective, is the noun it classifies ("con cá sấu", "chiếc xe")."""
    words = c.words
    if words[wi].text.lower() not in lex.classifiers or wi + 1 >= len(words):
        return False
    w = words[wi + 1]
    low = w.text.lower()
    return (
        w.pos in ("V", "A")
        and c.toks[w.first].kind == "word"
        and low not in lex.subject_stop
        and low not in lex.not_actions
        and _phrase(low) not in lex.actions
    )


def _before_cut_marker(c: _Clause, lex: Lexicon, wi: int, k: int) -> int:
    """End word ``k`` of a phrase from word ``wi``, moved before an identifier marker
    whose number the phrase stopped at ("Điểm chuẩn nguyện vọng | 2 khối A")."""
    words = c.words
    if k < len(words) and c.toks[words[k].first].kind == "number":
        marker = _longest_before(c, lex.identifier_markers, words[k].first)
        start = words[k].first - len(marker) if marker else 0
        if marker and c.word_of[start] > wi and _starts_word(c, start):
            return c.word_of[start]
    return k


def _identifier_number(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """Word ``wi`` is a bare integer naming the noun before it ("nguyện vọng 1", "lớp 9"):
    it follows an identifier marker and counts nothing (no unit, scale or noun after it)."""
    words = c.words
    w = words[wi]
    tok = c.toks[w.first]
    if tok.kind != "number" or not tok.text.isdigit() or len(tok.text) > 3 or w.last - w.first != 1:
        return False
    if not _after_identifier_marker(c, lex, w.first):
        return False
    nxt = words[wi + 1] if wi + 1 < len(words) else None
    return nxt is None or not (nxt.pos in _NOUN_MODIFIER | {"M", "Nu"} or _longest(c, lex.units, nxt.first))


def _retagged_noun(c: _Clause, lex: Lexicon, w: Word) -> bool:
    """A verb-tagged word that the document mostly tags as a noun (:func:`_document_nouns`)."""
    low = w.text.lower()
    return w.pos == "V" and low in c.nouns and _phrase(low) not in lex.actions and _is_noun(lex, w, {"V"})


def _degree_word(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """A degree word after an adjective, inside a noun phrase: "nhiệt độ cao nhất 35 độ C"."""
    return (wi > 0 and c.words[wi].text.lower() in lex.degree_words and c.words[wi - 1].pos == "A")


def _is_noun(lex: Lexicon, w: Word, tags: set[str]) -> bool:
    low = w.text.lower()
    if w.pos not in tags or low in lex.subject_stop:
        return False
    first = low.split()[0]
    return parse_number(first) is None and low not in lex.scales


def _coordinated(c: _Clause, lex: Lexicon, end: int) -> int:
    """Extend a subject over "A, B, C và D": comma items count only when the list closes properly.

    A list closes at the clause end, at a coordinator before a noun, or at a
    coordinator before the next figure ("12 tấn gia cầm, trứng gia cầm và gần
    100 trâu"). One bare noun after the head noun is its pair even when a
    predicate follows ("100 con trâu, bò bị ốm", "ha lúa, màu thuộc ..."), and
    a last item may be a one-word verb-tagged noun before the clause end
    ("57 tỉnh, thành.").
    """
    words = c.words
    accepted, j = end, end
    while j + 1 < len(words):
        sep = words[j].text.lower()
        if sep != "," and sep not in lex.coordinators:
            break
        first = words[j + 1]
        item_end = _noun_phrase(c, lex, j + 1, allow_verb=False)
        if item_end is None and sep == "," and _is_final_item(c, lex, j + 1):
            item_end = j + 2
        elif item_end is None or first.pos not in {"N", "Nc", "Ny"}:
            break
        if first.text[:1].isupper():
            if not (_is_abbreviation(first) and _is_abbreviation(words[j - 1])):
                break
            accepted = j = j + 2  # "chỉ tiêu ĐH, CĐ": abbreviations listed after one another
            continue
        after = words[item_end].text.lower() if item_end < len(words) else None
        # a copula closes a clause head's list: "tỷ lệ người ủng hộ dây văng và dây võng là 50/50"
        closes = after is None or after in _CLAUSE_END or after in lex.coordinators or after == "," or (
            _phrase(after) in lex.copulas
        )
        if not closes:
            if (sep in lex.coordinators or sep == "," and j == end) and item_end == j + 2 and (
                words[item_end].pos in ("V", "R")
            ) and _bare_noun(c, lex, first):
                accepted = item_end  # "trâu, bò bị ốm", "cây dầu và sao sống đan xen"
            break
        if sep in lex.coordinators or after is None or after in _CLAUSE_END:
            accepted = item_end
        elif after in lex.coordinators and _noun_phrase(c, lex, item_end + 1, allow_verb=False) is None:
            accepted = item_end  # "gia cầm, trứng gia cầm và gần 100 trâu"
        j = item_end
    return accepted


def _bare_noun_list(c: _Clause, lex: Lexicon, wi: int, end: int) -> int:
    """Extend a one-word counted noun (maybe after its classifier) over bare one-word nouns
    listed after it with commas, when a predicate, a preposition or the clause end follows
    them: "6.000 con gà, vịt | ở Tiền Giang", "hàng trăm trâu, bò, lợn | đã bị lũ cuốn",
    "18.000 tổ chức, doanh nghiệp | là thành viên". Not after a longer phrase ("30 người chết,
    nhà sập") nor before a noun that goes on ("tỉnh, thành | cả nước")."""
    words = c.words
    head = end - wi == 1 or (end - wi == 2 and words[wi].text.lower() in lex.classifiers)
    j = end
    while head and j + 1 < len(words) and words[j].text == "," and _bare_noun(c, lex, words[j + 1]):
        j += 2
    if j == end:
        return end
    after = words[j] if j < len(words) else None
    if after is not None and _phrase(after.text) in lex.copulas:
        # "18.000 tổ chức, doanh nghiệp | là thành viên" (not "300 hộ, dân số | là 1.500 người")
        return end if j + 1 < len(words) and c.toks[words[j + 1].first].kind == "number" else j
    if after is None or after.text in _CLAUSE_OR_COMMA or after.pos in ("V", "R", "E") or (
        _phrase(after.text) in lex.possessive_links
    ):
        return j
    return end


def _bare_noun(c: _Clause, lex: Lexicon, w: Word) -> bool:
    """A lower-case one-word noun that can be a list item: no function word, date word,
    classifier, action ("tinh giản" tagged as a noun), partitive ("phần lớn là trẻ em") or
    measure ("phí")."""
    low = w.text.lower()
    return (w.pos in ("N", "Ny") and c.toks[w.first].kind == "word" and w.text.islower()
            and low not in lex.subject_stop and _phrase(low) not in lex.date_words and low not in lex.classifiers
            and _phrase(low) not in lex.actions and _phrase(low) not in lex.partitives
            and _phrase(low) not in lex.nominal_heads)  # "16 chỗ, phí trông coi 210.000 đồng"


def _is_abbreviation(w: Word) -> bool:
    """An upper-case abbreviation written as one word: "ĐH", "CĐ", "THPT"."""
    return " " not in w.text and len(w.text) > 1 and w.text.isupper()


def _is_final_item(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """A one-word last list item tagged as a verb: "tỉnh, thành." (the tagger reads "thành" as a verb)."""
    words = c.words
    w = words[wi]
    low = w.text.lower()
    if w.pos != "V" or " " in low or low in lex.subject_stop or low in lex.not_actions or _phrase(low) in lex.actions:
        return False
    return wi + 1 >= len(words) or words[wi + 1].text in _CLAUSE_END


def _comparison(c: _Clause, lex: Lexicon, j: int) -> str | None:
    """"so với cùng kỳ năm trước" after the figure, up to the end of the clause."""
    toks = c.toks
    for k in range(j, min(j + 6, len(toks))):
        if toks[k].text in _CLAUSE_END:
            return None
        marker = _longest(c, lex.comparison_markers, k)
        if marker:
            end = k + len(marker)
            while end < len(toks) and toks[end].text not in _CLAUSE_BREAK:
                end += 1
            return c.doc.text[toks[k].start : toks[end - 1].end]
    return None


def _named_score(c: _Clause, lex: Lexicon, q: Quantity, left: int) -> str | None:
    """A name opening a clause right before a number without unit is what the number scores.

    "26 điểm (Toán 8, Lý 8,5 và Hoá 9,5)" gives "Toán", "Lý" and "Hoá" (each
    item names its own, so this comes before a subject shared along a list).
    A name inside a clause before a number is an identifier ("Nghị quyết
    388"); a number with a unit has its measured noun elsewhere ("phân bổ
    cho Hải Phòng 420 tấn").
    """
    if q.unit is not None or left != q.start or left == 0:
        return None
    wi = c.word_of[left - 1]
    w = c.words[wi]
    if w.last != left or w.pos != "Np" or c.toks[w.first].kind != "word":
        return None
    opener = c.words[wi - 1].text.lower() if wi > 0 else "."
    if opener in _CLAUSE_OR_COMMA or opener in lex.coordinators:
        return w.text
    return None


def _opens_change(c: _Clause, lex: Lexicon, q: Quantity, left: int) -> bool:
    """The quantity is the start of a change, after "từ" and before a change particle and its
    end value: "nâng chuẩn nghèo từ 100.000 đồng lên 200.000 đồng"."""
    if not (left > 0 and c.low[left - 1] in lex.range_openers and q.value_max is None):
        return False
    j = q.end
    while j < len(c.toks) and j - q.end < 2 and c.low[j] in lex.change_particles:
        j += 1  # "xuống còn"
    return q.end < j < len(c.toks) and c.toks[j].kind == "number"


def _subject_on_left(
    c: _Clause, lex: Lexicon, left: int, action_start: int | None, *, from_change: bool = False
) -> tuple[str | None, tuple[str, str | None, int] | None]:
    """The measured noun left of the quantity, when none follows it.

    Two shapes: a noun right before the quantity, maybe through a link word
    ("giá 2 triệu đồng", "đoạn tuyến dài 1,1 km"), and a verb, noun phrase
    and change particle ("giảm tỉ lệ hộ nghèo xuống dưới 7%"), which also
    gives the action. Returns (subject, (action, direction, start) or None).
    """
    if action_start is not None:
        return None, None
    p = left
    if p > 1 and c.toks[p - 1].text == ":" and _longest_before(c, lex.copulas, p - 1):
        p -= 1  # "số người ủng hộ ... là: 50/50": a colon after the copula
    link = _word_phrase_before(c, lex.left_subject_links, p)  # not the "bằng" of "mặt bằng 7 triệu đồng"
    if link and _longest_before(c, lex.link_compounds, p):
        link = None  # "chiều dài 3,8 m": the link word ends the measured noun
    while not link and p > 1 and c.low[p - 1] in lex.verb_complements | lex.change_particles and (
        c.low[p - 2] in lex.change_particles
    ):
        p -= 1  # "nâng mức thu nhập lên được trên 4 triệu đồng", "xuống còn 7%": a particle chain
    particle = p > 0 and (c.low[p - 1] in lex.change_particles or from_change)  # "từ" of "từ A lên B"
    if link:
        p -= len(link)
    elif particle:
        p -= 1
    at_clause_start = p <= 0 or c.toks[p - 1].text in _CLAUSE_OR_COMMA
    if link and at_clause_start and c.words[c.word_of[p]].pos in _NOUN_HEAD:
        # "Mức 2 triệu đồng/người áp dụng ...": the link noun opens the clause and is measured
        return c.doc.text[c.toks[p].start : c.toks[p + len(link) - 1].end], None
    if link and link in lex.measure_adjectives and p > 0 and c.toks[p - 1].text == ",":
        # "Xe có chiều dài 12 m, cao 4,18 m": a measure listed after a comma is the opening
        # noun phrase's, like the one before it
        head = _opening_noun_phrase(c, lex, p - 1)
        if head is not None:
            return head, None
    if link and link in lex.copulas:
        # "tổng thiệt hại trong đợt dịch bệnh này là hơn 3.000 tỷ đồng"
        head = _clause_head(c, lex, p)
        if head is not None:
            return head, None
    if p <= 0:
        return None, None
    if not _ends_word(c, p):
        return None, None
    end_word = c.word_of[p - 1]
    k = _before_modifiers(end_word, 6, lambda j: _is_noun(lex, c.words[j], _NOUN_MODIFIER) or _degree_word(c, lex, j))
    first = k + 1
    if k >= 0 and not link and c.words[k].text.lower() in lex.distributives:
        return None, None  # "mỗi chuyến 50-100 nghìn đồng": what the quantity is per
    if k >= 0 and (c.toks[c.words[k].first].kind == "number" or c.words[k].text.lower() in lex.scales):
        # the noun is counted by another number ("1.800 m2 đất là ..."), unless that number
        # is a duration and the noun follows it ("tour 5 ngày giá 429 USD")
        unit = lex.units.get(_phrase(c.words[first].text))
        if unit is None or unit.kind not in lex.durational_kinds or first == end_word:
            return None, None
        first += 1
    # the phrase starts at its head noun: drop leading adjectives and names
    while first <= end_word and c.words[first].pos not in _NOUN_HEAD:
        first += 1
    if first > end_word:
        return None, None
    opener = k  # the word before the phrase and its leading modifiers ("cấp nhiều học bổng")
    first = _from_measure_noun(c, lex, first, end_word)
    if k >= 1 and _phrase(c.words[k].text) in lex.possessive_links:
        # "thu nguồn lợi từ cây bạch đàn hàng chục triệu đồng": the noun after the
        # preposition qualifies the one before it, which is what is measured
        head = _noun_before(c, lex, k - 1)
        if head is not None:
            first, end_word = head
            opener = first - 1
    text = c.doc.text[c.words[first].start : c.words[end_word].end]
    verb = None
    if particle and k >= 0:
        before = c.words[k]
        phrase = _phrase(before.text)
        if phrase in lex.actions:
            verb = (before.text.lower(), lex.actions[phrase], before.first)
    elif not (particle or link) and opener >= 0 and _governs_object(c, lex, opener):
        # "sử dụng vé 2.000 đồng/lượt", "có chiều dài 31 km": the measured noun is the
        # object of the verb before it, which is the action; through a link ("xây tường
        # cao 1,2 m", "Đoạn qua tỉnh Quảng Nam dài 132km") the noun is a clause subject
        before = c.words[opener]
        verb = _action_text(c, lex, before.first, before.last, left)
    if from_change and verb is None:
        return None, None  # "Lương giáo viên ở vùng sâu từ 1 triệu đồng lên ...": no verb changes the noun
    return text, verb


def _noun_lasting(c: _Clause, lex: Lexicon, q: Quantity, left: int) -> str | None:
    """The noun right before a duration or an age that it measures: "tour 10 ngày", "tuổi thọ
    30-50 năm", "với tần suất 15 phút/xe", "trẻ 1-4 tuổi".

    Not the object of a verb, right after it or through a preposition ("hưởng lương 4 tháng",
    "ngâm trong nước biển 5 ngày": the time is the verb's; "có" is no such verb: "có thâm
    niên gần 20 năm"), except a group an age range picks out ("khám chữa bệnh miễn phí trẻ em
    dưới 6 tuổi"); nor a time frame ("trong vòng 1 năm", data:
    time_frames), a person written with an honorific ("Ông 60 tuổi"), a time adverbial ("10
    năm sau", "3 năm vừa qua", data: duration_adverbs) or the end of a dashed compound."""
    from ..gazetteer import gazetteers

    age = q.unit is not None and q.unit.kind == "age"
    if not age and _longest(c, lex.duration_adverbs, q.end):
        return None
    if left > 1 and c.low[left - 1] in lex.range_openers and _longest(c, lex.open_range_ends, q.end):
        left -= 1  # "trẻ em từ 12 tuổi trở xuống": an open range
    ranged = age and left < q.start - q.lead  # "dưới 6 tuổi", "từ 12 tuổi trở xuống"
    if left <= 0 or c.toks[left - 1].kind != "word":
        return None
    word = c.words[c.word_of[left - 1]]
    if word.pos not in _NOUN_HEAD or word.text.lower() in lex.time_frames:
        return None
    subject, verb = _subject_on_left(c, lex, left, None)
    if subject is None or (verb is not None and verb[0] not in lex.weak_actions and not ranged):
        return None
    start = c.toks[left - 1].end - len(subject)  # the subject runs up to the quantity
    first_tok = next((j for j in range(left - 1, -1, -1) if c.toks[j].start <= start), 0)
    names = subject.split()
    honorific = gazetteers()["honorific"]
    if names[0] in honorific and len(names) == 1 or any(
            len(names) > n and " ".join(names[:n]) in honorific and names[n][:1].isupper() for n in (1, 2)):
        return None  # "Ông 60 tuổi", "Chị Chúc 34 tuổi", "Đồng chí Ba 60 tuổi" (not "Cô giáo 40 tuổi")
    k = first_tok - 1
    skipped = lex.subject_strip | lex.closed_words
    while k >= 0 and c.toks[k].kind == "word" and c.low[k] in skipped:
        k -= 1  # "một tour", "những em bé": past the article or classifier
    if not ranged and k >= 0 and c.toks[k].kind == "word" and c.words[c.word_of[k]].pos in ("V", "A") and not (
            c.low[k] in lex.weak_actions):
        return None
    if k >= 0 and c.toks[k].text in ("-", "–"):
        return None  # "phát triển kinh tế - xã hội 5 năm": the end of a compound, not what lasts
    return subject


def _governs_object(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """Word ``wi`` is a verb that can take the noun phrase after it as its object; not a noun
    the tagger reads as a verb after a classifier ("chú cá sấu/V con giá cả triệu bạc") or
    that the document mostly tags as a noun (:func:`_retagged_noun`)."""
    w = c.words[wi]
    if not _is_action_word(lex, w) or _retagged_noun(c, lex, w):
        return False
    return wi == 0 or c.words[wi - 1].text.lower() not in lex.classifiers


def _measure_before(c: _Clause, lex: Lexicon, q: Quantity, left: int) -> tuple[str, int, int] | None:
    """The measure noun phrase right before an amount of money (token ``left``): (text, its
    start token, the start token of the noun phrase it opens).

    A measure noun ("giá", "mức giá", "chi phí"; after "tổng" or a classifier: "tổng mức đầu
    tư", "số tiền phạt" gives "tiền phạt") must open the noun phrase that runs to the amount
    (through a copula or adverbs: "giá bán chỉ 15.000 đồng"): what comes before it is no
    noun of the same phrase ("bán căn nhà giá 2 tỷ đồng" is left to
    :func:`_subject_on_left`). The phrase runs over nouns, adjectives and the verbs right
    after the measure noun ("tổng mức đầu tư", "mức giá trông xe đạp"), but not over a verb
    after a noun, a measure verb or a change ("mức phí dao động", "Chi phí tăng": the
    predicate), and a bare "mức" is a link word ("lên tới mức 300 triệu đồng")."""
    if q.unit is None or q.unit.kind != "money":
        return None
    p = left
    for _ in range(3):  # "là", "chỉ", "đã": between the phrase and the amount
        low = c.low[p - 1] if p > 0 else ""
        if p > 0 and c.toks[p - 1].kind == "word" and low not in lex.change_particles | lex.degree_words and (
            (low,) in lex.copulas or c.words[c.word_of[p - 1]].pos == "R"
        ):
            p -= 1
            continue
        break
    if p <= 0 or not _ends_word(c, p):
        return None
    words = c.words
    last = c.word_of[p - 1]
    found = None
    k = last
    while k >= 0 and last - k < 6 and _content_word(c, lex, words[k]):
        if words[k].pos in _NOUN_HEAD and (measure := _longest(c, lex.measure_nouns, words[k].first)):
            found = k, measure
        k -= 1
    if found is None:
        return None
    k, measure = found
    opener = k - 1 if k > 0 and (_phrase(words[k - 1].text) in lex.subject_strip
                                 or words[k - 1].text.lower() == "tổng") else k
    before = words[opener - 1] if opener > 0 else None
    if before is not None and before.pos in _NOUN_HEAD | {"Np", "A"} and not (
        opener > 1 and c.toks[words[opener - 2].first].kind == "number"
    ):
        return None  # "căn nhà giá 2 tỷ đồng": the measure of a noun before it ("15 chỗ giá" is counted)
    start = words[k].first
    if opener < k and words[opener].text.lower() == "tổng":
        start = words[opener].first  # "tổng kinh phí"
    rest = [w for w in words[k:last + 1] if w.first >= words[k].first + len(measure)]
    if measure == ("mức",) and all(w.pos == "A" or w.text.lower() in lex.degree_words for w in rest):
        return None
    for i, w in enumerate(rest):
        if w.pos == "V" and (i and rest[i - 1].pos != "V" or w.text.lower() in lex.measure_verbs
                             or lex.actions.get(_phrase(w.text)) is not None):
            return None
    return c.doc.text[c.toks[start].start : words[last].end], start, words[opener].first


def _whole_words(c: _Clause, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are words, no punctuation, starting a word: a verb right before a phrase."""
    return all(c.toks[k].kind == "word" for k in range(start, end)) and _starts_word(c, start)


def _verb_after_nominal_head(c: _Clause, lex: Lexicon, q: Quantity, action: str | None, direction: str | None,
                             start: int, left: int) -> tuple[str | None, int]:
    """The noun phrase a verb right before the quantity ends, when a noun that cannot do
    the verb heads it (data: nominal_heads; maybe after "tổng", "tổng số"): "mức trích 70%",
    "sự tài trợ 10 triệu USD", "tổng số vốn đăng ký 7,7 tỷ USD". Not a change, whose noun is
    its subject ("Chi phí tăng 20%"), nor a measure verb ("Mức lương đạt 5 triệu đồng")."""
    if (action is None or direction is not None or start <= 0 or action in lex.measure_verbs
            or _phrase(action) in lex.nominal_head_predicates):
        return None, start
    word = c.words[c.word_of[start]]
    if word.first != start or word.last != left or word.pos != "V":
        return None, start
    if (q.unit is None and q.end < len(c.toks) and _starts_word(c, q.end) and c.words[c.word_of[q.end]].pos in _NOUN_HEAD
            and _phrase(action) in lex.actions):
        return None, start  # "Tiền hỗ trợ 200 hộ nghèo": the verb acts on the counted noun
    head = _longest_before(c, lex.nominal_heads, start)
    if head is None or not _starts_word(c, start - len(head)) or c.words[c.word_of[start - 1]].pos not in _NOUN_HEAD:
        return None, start
    first = start - len(head)
    if first > 0 and c.low[first - 1] == "hơn":
        return None, start  # "chạy nhanh hơn mức quy định gần 2%": a comparison's base
    for lead in (("tổng", "số"), ("tổng",)):
        if first >= len(lead) and tuple(c.low[first - len(lead) : first]) == lead and _starts_word(c, first - len(lead)):
            first -= len(lead)
            break
    return c.doc.text[c.toks[first].start : c.toks[left - 1].end], first


def _duration_topic(c: _Clause, lex: Lexicon, left: int) -> str | None:
    """The noun phrase a copula equates with a duration, when a noun of duration heads it
    (data: duration_nouns): "thời gian thi viết là 60 phút", "thời hạn khiếu nại là ba tháng"."""
    copula = _longest_before(c, lex.copulas, left)
    if copula is None or left - len(copula) <= 0 or not _starts_word(c, left - len(copula)):
        return None
    last = c.word_of[left - len(copula) - 1]
    while last > 0 and c.words[last].pos == "R":
        last -= 1  # "thời gian thi viết chỉ là 60 phút", "... sẽ là 18 tháng"
    for k in range(last, max(-1, last - 6), -1):
        w = c.words[k]
        if not _content_word(c, lex, w):
            return None
        if w.pos in _NOUN_HEAD and _phrase(w.text) in lex.duration_nouns:
            if k > 0 and c.words[k - 1].text.lower() == "tổng":
                k -= 1  # "Tổng thời gian thi công"
            return c.doc.text[c.words[k].start : c.words[last].end]
    return None


def _content_word(c: _Clause, lex: Lexicon, w: Word) -> bool:
    """A noun, verb or adjective word, no function word."""
    return c.toks[w.first].kind == "word" and w.pos in ("N", "Nc", "V", "A") and w.text.lower() not in lex.closed_words


def _from_measure_noun(c: _Clause, lex: Lexicon, first: int, last: int) -> int:
    """First word of a noun phrase (words ``first`` to ``last``) before a quantity, moved to a
    measure noun inside it: "Một ly cà phê giá hai nghìn đồng" measures "giá", "mua vé giá
    mới là 3.000 đồng" "giá mới"; the nouns before it name what has the price."""
    for j in range(first + 1, last + 1):
        w = c.words[j]
        if _longest(c, lex.measure_nouns, w.first) and w.pos in _NOUN_HEAD:
            return j
    return first


def _opening_noun_phrase(c: _Clause, lex: Lexicon, comma: int) -> str | None:
    """The noun phrase opening the sentence part that ends at token ``comma``, when that part
    has a quantity: "Xe có chiều dài 12 m" gives "Xe"."""
    k = _part_start(c, comma, _SENTENCE_PART_END)
    if not any(c.toks[j].kind == "number" for j in range(k, comma)) or not _starts_word(c, k):
        return None
    wi = _past_classifier(c, lex, c.word_of[k], c.word_of[comma - 1])
    end = _noun_phrase(c, lex, wi, allow_verb=False)
    if end is None or end > c.word_of[comma - 1]:
        return None
    if end - 1 > wi and _phrase(c.words[end - 1].text) in lex.measure_adjectives:
        end -= 1  # "Con đường dài 15 km": the adjective is the first measure, not a modifier
    if not (_is_verb(lex, c.words[end]) or _phrase(c.words[end].text) in lex.measure_adjectives):
        return None  # the opening noun phrase must be the subject of a verb or a measure
    return c.doc.text[c.words[wi].start : c.words[end - 1].end]


def _noun_before_bracket(c: _Clause, lex: Lexicon, left: int) -> str | None:
    """The noun phrase right before a bracket the quantity opens: what the bracket measures.

    "miễn giảm phân nửa viện phí (gần 1,5 triệu đồng)" gives "viện phí". A
    figure before the bracket shares its subject instead (see
    :func:`_list_link`); a name before it is no measured noun.
    """
    if left < 2 or c.toks[left - 1].text != "(":
        return None
    p = _before_dated_phrase(c, lex, left - 1)
    if p < 1 or c.toks[p - 1].kind != "word":
        return None
    last = c.word_of[p - 1]
    if c.words[last].last != p or c.words[last].pos not in _NOUN_HEAD | {"A"}:
        return None
    return _noun_before_text(c, lex, last)


def _label(c: _Clause, lex: Lexicon, left: int) -> str | None:
    """A noun phrase that opens its line, sentence or list item (after a bullet, "- Đại học:
    1581 USD/kỳ") and ends in a colon or a spaced dash right before the quantity: what the
    quantity is the value of ("Lệ phí dự thi: 150.000 đồng", "tính sáng tạo - 35 điểm, tính
    thực tế - 30 điểm"). It opens with a common noun, maybe after a preposition ("với chi
    phí: 25 USD"), or with a verb and its object naming a thing ("Cụ thể, thấm tường: 41
    điểm"); not a proper name ("Quỳnh Lưu - 70%" names a place)."""
    if left < 2 or c.toks[left - 1].text not in (":", "-", "–"):
        return None
    if c.toks[left - 1].text != ":" and not (
        c.toks[left - 2].end < c.toks[left - 1].start < c.toks[left - 1].end < c.toks[left].start
    ):
        return None  # a dash joining words ("Hà Nội-Hải Phòng") is no label's end
    def opens_line(k: int) -> bool:
        return "\n" in c.doc.text[c.toks[k - 1].end:c.toks[k].start]

    j = left - 1
    while j > 0 and c.toks[j - 1].kind in ("word", "abbr") and not opens_line(j):
        j -= 1
    bullet = j > 0 and c.toks[j - 1].text in _BULLETS and (j == 1 or opens_line(j - 1))
    opens = (j == 0 or c.toks[j - 1].text in _SENTENCE_PART_END or c.toks[j - 1].text == "," or opens_line(j)
             or bullet)
    if opens and j < left - 2 and c.words[c.word_of[j]].text.lower() in lex.label_prepositions:
        j = c.words[c.word_of[j]].last  # "Với chi phí: 25 USD/học viên": past the preposition
    words = sorted({c.word_of[k] for k in range(j, left - 1)})
    if not opens or j == left - 1 or len(words) > _LABEL_MAX_WORDS:
        return None
    head = c.words[words[0]]
    if head.pos not in _NOUN_HEAD and not (
        head.pos == "V" and len(words) > 1 and _phrase(head.text) not in lex.actions
        and c.words[words[1]].pos in _NOUN_HEAD
    ):
        return None  # "thấm tường: 41 điểm" (a defect, named by a verb and its object) is a label too
    if any(_longest(c, lex.reporting_verbs, k) for k in range(j, left - 1)):
        return None  # "Ông Hùng cho biết: 500 triệu đồng ...": a reported clause, not a label
    return c.doc.text[c.toks[j].start:c.toks[left - 2].end]


_LABEL_MAX_WORDS = 5
_BULLETS = {"-", "–", "+", "*", "•"}  # marks opening the items of a list, one per line


def _before_dated_phrase(c: _Clause, lex: Lexicon, p: int) -> int:
    """Token ``p`` moved before a date ending there and the prepositions that open it:
    "giữ nguyên giá cũ | đến hết tháng 2/2006 (60.000 đồng ...)"."""
    end = c.toks[p - 1].end if p > 0 else -1
    for span in c.doc.candidates:
        if span.label == "date" and span.end == end:
            k = p - 1
            while k > 0 and c.toks[k - 1].end > span.start:
                k -= 1
            while k > 0 and (preposition := _longest_before(c, lex.time_prepositions, k)):
                k -= len(preposition)
            return k
    return p


def _link_noun(c: _Clause, lex: Lexicon, left: int) -> str | None:
    """A link word before the quantity that is itself a noun, when no noun precedes it.

    "tương đương với mức 2%", "ở mức 20.000-30.000 đồng/xe" give "mức"
    (with a noun before it, "giá vé ở mức 50.000 đồng", that noun is measured;
    see :func:`_subject_on_left`).
    """
    link = _longest_before(c, lex.left_subject_links, left)
    if not link:
        return None
    w = c.words[c.word_of[left - 1]]
    if w.last != left or w.pos not in _NOUN_HEAD or w.first < left - len(link):
        return None
    return w.text


def _topic_subject(c: _Clause, lex: Lexicon, left: int, start: int) -> str | None:
    """The topic of a verbless predicate ending in the quantity (token ``start``; ``left`` before its qualifier).

    "mức sàn năm nay khoảng 15 điểm" gives "mức sàn", "vì số vượt trội đã
    lên xấp xỉ 250 kWh" gives "số vượt trội", "giá trị của nó cũng lên đến
    hàng chục tỉ đồng" gives "giá trị": the predicate is only the qualifier,
    auxiliaries and particles ("đã lên", "cũng chỉ độ"), maybe after a time
    adverbial ("năm nay"); the topic opens the clause (after punctuation or a
    subordinator such as "vì"), is read like a clause head and may carry a
    possessor ("chỉ số điện năng tiêu thụ của gia đình ông đã lên đến ...").
    A quantity right after a noun ("giá 2 triệu đồng") is read by
    :func:`_subject_on_left`; after a verb there is no topic, nor after an
    adjective's comparison ("các tuyến đi xa hơn từ 20.000 đến 50.000 đồng").
    """
    p = left
    while p > 0:
        particle = _word_phrase_before(c, lex.predicate_particles, p)
        if not particle:
            break
        p -= len(particle)
    if p == start or p <= 0:
        return None
    p = _before_time_adverbial(c, lex, p)
    if not _ends_word(c, p):
        return None
    last = wi = c.word_of[p - 1]
    while wi > 0:
        prev = c.words[wi - 1]
        low = prev.text.lower()
        if c.toks[prev.first].kind == "number":
            return None  # "150 thí sinh có điểm 3 môn trên 15": the noun is counted by another number
        if low in _CLAUSE_BREAK or low in lex.subordinators:
            break
        wi -= 1
    wi = c.word_of[_after_reporting(c, lex, c.words[wi].first, p)]
    opener = _longest(c, lex.clause_openers, c.words[wi].first)
    if opener and c.words[wi].first + len(opener) < p:
        wi = c.word_of[c.words[wi].first + len(opener)]
    if c.words[wi].text.lower() in lex.distributives:
        return None  # "mỗi xe vài chục nghìn": what the quantity is per
    wi = _past_classifier(c, lex, wi, last, before_noun=True)
    if _phrase(c.words[wi].text) in lex.date_words:
        return None
    end = _noun_phrase(c, lex, wi, allow_verb=False)
    if end is None:
        return None
    end = _head_end(c, lex, end, last)
    if end <= last and _phrase(c.words[end].text) not in lex.possessive_links:
        return None  # a verb or preposition in between: the quantity is not the topic's predicate
    return c.doc.text[c.words[wi].start : c.words[end - 1].end]


def _before_time_adverbial(c: _Clause, lex: Lexicon, p: int) -> int:
    """Token ``p`` moved before a time adverbial ending there: "năm nay", "năm 2004", "tháng này"."""
    if p < 2:
        return p
    wi = c.word_of[p - 1]
    if c.words[wi].last != p or wi < 1:
        return p
    last = c.words[wi]
    before = c.words[wi - 1]
    if _phrase(before.text) in lex.date_words and (
        last.text.lower() in lex.time_deictics or c.toks[last.first].kind == "number"
    ):
        return before.first
    words = last.text.lower().split()
    if len(words) == 2 and _phrase(words[0]) in lex.date_words and words[1] in lex.time_deictics:
        return last.first  # "năm nay" as one word
    return p


def _before_modifiers(last: int, most: int, is_modifier: Callable[[int], bool]) -> int:
    """The word before the run of at most ``most`` words ending at word ``last`` that ``is_modifier`` accepts.

    -1 when the run reaches the sentence start, ``last`` when there is no run.
    """
    k = last
    while k >= 0 and last - k < most and is_modifier(k):
        k -= 1
    return k


def _noun_before(c: _Clause, lex: Lexicon, last: int) -> tuple[int, int] | None:
    """The noun phrase ending at word ``last``, from its head noun: (first, last) words."""
    if last < 0 or c.toks[c.words[last].first].kind != "word":
        return None
    k = _before_modifiers(
        last, 6, lambda j: _is_noun(lex, c.words[j], _NOUN_MODIFIER) or _retagged_noun(c, lex, c.words[j])
    )
    first = k + 1
    while first <= last and c.words[first].pos not in _NOUN_HEAD and not _retagged_noun(c, lex, c.words[first]):
        first += 1
    return (first, last) if first <= last else None


def _noun_before_text(c: _Clause, lex: Lexicon, last: int) -> str | None:
    """The text of :func:`_noun_before`'s noun phrase ending at word ``last``."""
    head = _noun_before(c, lex, last)
    if head is None:
        return None
    return c.doc.text[c.words[head[0]].start : c.words[head[1]].end]


def _action_on_right(c: _Clause, lex: Lexicon, subject_end: int) -> tuple[str | None, str | None]:
    """A verb after the counted noun, introduced by "được", "tự" ...: "có 328 người được đề cử".

    Only read in place of a weak verb before the quantity ("có"): the action is the governing
    verb before the quantity, so "2 cảnh sát đã leo lên" has none.
    """
    if subject_end >= len(c.toks):
        return None, None
    wi = c.word_of[subject_end]
    opened = False
    while wi < len(c.words) and c.words[wi].text.lower() in lex.right_action_openers:
        wi += 1
        opened = True
    if not opened or wi >= len(c.words):
        return None, None
    word = c.words[wi]
    if not _is_verb(lex, word):
        return None, None
    text = word.text.lower()
    direction = lex.actions.get(_phrase(text))
    opener = c.words[wi - 1].text.lower()
    if opener in lex.right_openers_kept:
        text = f"{opener} {text}"
    return text, direction


def _is_passive(c: _Clause, lex: Lexicon, action_start: int) -> bool:
    """"Số gạo này được phân bổ ...": the verb is passive, its clause subject is what is counted."""
    k = action_start
    while k > 0 and c.low[k - 1] in lex.passive_markers | lex.auxiliaries:
        if c.low[k - 1] in lex.passive_markers:
            return True
        k -= 1
    return False


def _clause_head(c: _Clause, lex: Lexicon, action_start: int) -> str | None:
    """The head noun phrase of the clause before a passive or measuring verb.

    "Số gạo này được phân bổ cho Hải Phòng 420 tấn" gives "gạo", "(...),
    chiếc sim được đẩy lên tới 300" gives "chiếc sim", "Khi giá quả bóng đạt
    ngưỡng 300 triệu đồng" gives "giá quả bóng": the clause starts after
    punctuation, a clause opener ("khi") and a classifier ("số") are dropped,
    the phrase is read like a counted noun. A number naming the noun before
    it stays inside the clause ("Điểm chuẩn nguyện vọng 2 khối A và khối D là
    17,5" gives "Điểm chuẩn nguyện vọng 2 khối A và khối D"), and a topic with
    a time adverbial before a comma heads the clause after it ("Điểm chuẩn
    năm 2004, nguyện vọng 1 khối A và D là 15" gives "Điểm chuẩn").
    """
    k = action_start
    while k > 0 and c.toks[k - 1].text not in _CLAUSE_BREAK and (
        c.toks[k - 1].kind != "number" or _names_noun(c, lex, k - 1)
    ):
        k -= 1
    if k >= action_start or not _starts_word(c, k):
        return None
    if k > 0 and c.toks[k - 1].text == ",":
        topic = _timed_topic(c, lex, k - 1)
        if topic is not None:
            return topic
    if k > 0 and c.toks[k - 1].kind == "number":
        # "giá sàn của lô 1.800 m2 đất là 129,6 triệu đồng": a counted noun in a
        # possessor; the measured noun is the one before the preposition
        n = c.word_of[k - 1]
        if n >= 2 and c.words[n - 1].pos in _NOUN_HEAD and _phrase(c.words[n - 2].text) in lex.possessive_links:
            head = _noun_before_text(c, lex, n - 3)
            if head is not None:
                return head
        if _longest(c, lex.units, k):
            # "khách đi trên 15 km sẽ phải mua vé giá mới là 3.000 đồng": the clause
            # goes on from another quantity's unit; the noun phrase before the verb is measured
            head = _noun_before(c, lex, c.word_of[action_start - 1])
            if head is None:
                return None
            first = _from_measure_noun(c, lex, head[0], head[1])
            return c.doc.text[c.words[first].start : c.words[head[1]].end]
    k = _after_reporting(c, lex, k, action_start)
    stop = max(_before_time_adverbial(c, lex, action_start), k + 1)
    wi, last = c.word_of[k], c.word_of[stop - 1]
    opener = _longest(c, lex.clause_openers, k)
    if opener:
        wi = c.word_of[k + len(opener)] if k + len(opener) < stop else last + 1
    wi = _past_classifier(c, lex, wi, last)
    if wi > last or _opens_with_date_word(c, lex, wi):
        return None  # "Năm nay gấp tới 3 lần": a time adverbial is no subject
    end = _noun_phrase(c, lex, wi, allow_verb=False)
    if end is None:
        return None
    end = _head_end(c, lex, end, last)
    inner = _embedded_head(c, lex, end, last) or _had_noun(c, lex, end, last)
    if inner is not None:
        wi, end = inner
    return c.doc.text[c.words[wi].start : c.words[end - 1].end]


def _opens_with_date_word(c: _Clause, lex: Lexicon, wi: int) -> bool:
    """Word ``wi`` is a date word opening a time adverbial ("Năm nay"), not the first
    syllable of a measure noun ("Chiều dài toàn tuyến là 8,4 km")."""
    return _phrase(c.words[wi].text) in lex.date_words and not _longest(c, lex.link_compounds, c.words[wi].first)


def _noun_right_before(c: _Clause, lex: Lexicon, p: int) -> str | None:
    """The noun phrase ending right before token ``p``, from its head noun: "cung cấp thông
    tin về du học và học bổng trị giá hàng nghìn USD" gives "học bổng"."""
    if p <= 0 or not _ends_word(c, p):
        return None
    return _noun_before_text(c, lex, c.word_of[p - 1])


def _had_noun(c: _Clause, lex: Lexicon, end: int, last: int) -> tuple[int, int] | None:
    """The noun phrase after a having verb that ends the clause: (first, end) words.

    "quả bóng của đội tuyển Tây Ban Nha có giá khởi điểm là 20 triệu đồng":
    the quantity measures "giá khởi điểm", which the clause head has. The
    noun phrase must reach the end of the clause (word ``last``).
    """
    for k in range(last - 1, end - 1, -1):
        if c.words[k].text.lower() in lex.having_verbs and c.words[k].pos == "V":
            inner = _noun_phrase(c, lex, k + 1, allow_verb=False)
            if inner is None:
                return None
            inner = _head_end(c, lex, inner, last)
            return (k + 1, inner) if inner == last + 1 else None
    return None


def _names_noun(c: _Clause, lex: Lexicon, i: int) -> bool:
    """Token ``i`` is a bare integer right after an identifier marker: "nguyện vọng 2", "lớp 9"."""
    return c.toks[i].text.isdigit() and _after_identifier_marker(c, lex, i) and not _longest(c, lex.units, i + 1)


def _identifier_marker_before(c: _Clause, lex: Lexicon, i: int) -> Phrase | None:
    """The identifier marker ending just before token ``i``; a one-syllable marker must be a
    whole word (not the "số" of "hệ số 0,3"), a longer one may end a longer word (the
    segmenter's "chuẩn nguyện vọng 2")."""
    marker = _longest_before(c, lex.identifier_markers, i)
    if marker and (len(marker) > 1 or _starts_word(c, i - 1)):
        before = i - len(marker) - 1
        if before >= 0 and c.low[before] in lex.distributives:
            return None  # "Mỗi lớp 40 học sinh": a count per class, not class 40
        return marker
    return None


def _after_identifier_marker(c: _Clause, lex: Lexicon, i: int) -> bool:
    """Token ``i`` follows an identifier marker ("số", "lớp", "nguyện vọng") that no exception overrides."""
    if _longest_before(c, lex.identifier_exceptions, i):
        return False
    return bool(_identifier_marker_before(c, lex, i))


def _timed_topic(c: _Clause, lex: Lexicon, comma: int) -> str | None:
    """A topic noun phrase with a time adverbial, opening the sentence before the comma at token ``comma``.

    "Điểm chuẩn năm 2004, nguyện vọng 1 ... là 15" gives "Điểm chuẩn"; a
    sentence opening with the time ("Năm 2004, ...") or with anything but a
    noun phrase and the time has no such topic.
    """
    p = _before_time_adverbial(c, lex, comma)
    if p == comma or p == 0:
        return None
    k = p
    while k > 0 and c.toks[k - 1].text not in _CLAUSE_BREAK:
        k -= 1
    if not (_starts_word(c, k) and _ends_word(c, p)):
        return None
    wi, last = c.word_of[k], c.word_of[p - 1]
    if _phrase(c.words[wi].text) in lex.date_words:
        return None
    end = _noun_phrase(c, lex, wi, allow_verb=False)
    if end is None or end != last + 1:
        return None
    return c.doc.text[c.words[wi].start : c.words[last].end]


def _embedded_head(c: _Clause, lex: Lexicon, end: int, last: int) -> tuple[int, int] | None:
    """The subject of a clause embedded after the head's own predicate: (first, end) words.

    "Bộ cũng dự toán ngân sách Nhà nước chi thường xuyên cho các đơn vị là
    1.630.200 triệu đồng": an auxiliary after "Bộ" opens its predicate, whose
    verb takes the clause "ngân sách ... là ..."; the measured noun phrase is
    the one after that verb. Only an auxiliary marks the predicate, so "Phần
    ngân sách tăng thêm là ..." keeps its relative verb.
    """
    words = c.words
    k = end
    while k <= last and words[k].text.lower() in lex.auxiliaries:
        k += 1
    if k == end or k > last or not _is_verb(lex, words[k]):
        return None
    wi = k + 1
    if wi > last:
        return None
    inner = _noun_phrase(c, lex, wi, allow_verb=False)
    if inner is None:
        return None
    return wi, _head_end(c, lex, inner, last)


def _head_end(c: _Clause, lex: Lexicon, end: int, last: int) -> int:
    """End word of a clause head whose noun phrase ends at word ``end``, not past word ``last``:
    over coordinated nouns (:func:`_coordinated`) and relative verbs (:func:`_through_modifiers`),
    whose object may be coordinated in turn ("số người ủng hộ dây văng và dây võng là: 50/50")."""
    end = _through_modifiers(c, lex, min(_coordinated(c, lex, end), last + 1), last + 1)
    return min(_coordinated(c, lex, end), last + 1)


def _through_modifiers(c: _Clause, lex: Lexicon, end: int, limit: int) -> int:
    """Extend a clause head over the verbs and nouns that modify it, up to word ``limit``.

    Before its own verb a clause's subject may carry a relative verb: "chỉ
    tiêu tuyển sinh là 1.000", "Phần ngân sách tăng thêm là ...", "ngân sách
    Nhà nước chi thường xuyên cho các đơn vị là ...". The phrase stops at a
    function word (preposition, conjunction, adverb, pronoun) or an
    auxiliary: what follows ("cho các đơn vị") is a complement, not the head.
    """
    words = c.words
    k = end
    while k < limit:
        w = words[k]
        low = w.text.lower()
        if w.pos not in _NOUN_MODIFIER | {"V"} or c.toks[w.first].kind != "word":
            break
        if low in lex.subject_stop and (_phrase(low) not in lex.actions or low in lex.weak_actions):
            break
        if low in lex.not_actions or _phrase(low) in lex.date_words:
            break
        k += 1
    return _before_cut_marker(c, lex, end - 1, k) if k > end else k


def _clause_subject(c: _Clause, lex: Lexicon, action_start: int) -> str | None:
    """The noun phrase opening the clause before the action: "Chỉ số giá tiêu dùng tăng 6,5%".

    Only a phrase that starts the clause (after the sentence start, a bullet
    dash or ";" ":"), starts with a noun and holds no number is taken. Commas
    between one-syllable modifiers do not end it (:func:`_syllable_list_start`).
    A clause reported by a verb of saying starts after it ("Ông B cho biết
    doanh thu đạt 5 tỷ đồng" gives "doanh thu", :func:`_after_reporting`);
    auxiliaries and a time adverbial before the action belong to the
    predicate ("doanh thu năm nay sẽ đạt" gives "doanh thu").
    """
    k = action_start
    depth = 0  # brackets closed between here and the action ("Tổng sản phẩm trong nước (GDP) tăng")
    while k > 0:
        prev = c.toks[k - 1]
        if prev.text == "," and not depth:
            listed = _syllable_list_start(c, lex, k)
            if listed < k:
                k = listed  # "Giá trị sản xuất nông, lâm, ngư nghiệp tăng 5,2%"
                continue
        if prev.text in _CLOSING_BRACKETS:
            depth += 1
        elif prev.text in _OPENING_BRACKETS and depth:
            depth -= 1
        elif prev.text in _OPENING_BRACKETS:
            break  # the action is inside a bracket: "1.253 vụ tai nạn (giảm 13%)" measures nothing named
        if not depth and (prev.text in _SENTENCE_PART_END or prev.text == "," or prev.kind == "number"):
            break  # inside a closed bracket they end nothing: "(GDP, giá so sánh)"
        if prev.text in {"-", "–", "•"} and (k < 2 or c.toks[k - 2].end < prev.start):
            break  # a spaced dash opens a bullet
        k -= 1
    strict = k > 0 and c.toks[k - 1].text == ","
    reported = _after_reporting(c, lex, k, action_start)
    if reported > k:
        k, strict = reported, True
    stop = action_start
    while stop > k + 1 and c.low[stop - 1] in lex.auxiliaries and _starts_word(c, stop - 1):
        stop -= 1
    stop = max(_before_time_adverbial(c, lex, stop), k + 1)
    if k >= stop or stop - k > 14:
        return None
    if not (_starts_word(c, k) and _ends_word(c, stop)):
        return None
    if k > 0 and c.toks[k - 1].kind == "number" and _longest(c, lex.units, k):
        return None  # "Sau 4 ngày triển khai tăng ...": the unit of another number opens no clause
    wi, last = c.word_of[k], c.word_of[stop - 1]
    if strict and not all(_is_noun(lex, w, _NOUN_MODIFIER) for w in c.words[wi : last + 1]):
        # after a comma or a reporting verb only a noun phrase opens the
        # clause, maybe with a relative verb and a possessor: ", giá trị tăng
        # thêm tăng 3,8%", "cho biết lợi nhuận của công ty tăng 20%"
        end = _noun_phrase(c, lex, wi, allow_verb=False)
        if end is None:
            return None
        through = _through_modifiers(c, lex, end, last + 1)
        if not _possessor_to(c, lex, through, last + 1):
            if not _scope_to(c, lex, through, last + 1):
                return None
            last = through - 1  # "tỷ lệ hộ nghèo trong cả nước sẽ tăng": where is not what
    wi = _past_classifier(c, lex, wi, last)
    if c.words[wi].pos not in _NOUN_HEAD:
        return None
    return c.doc.text[c.words[wi].start : c.words[last].end]


def _syllable_list_start(c: _Clause, lex: Lexicon, k: int) -> int:
    """Token where a list of one-syllable modifiers separated by commas starts, ending at token ``k``.

    "Giá trị sản xuất nông, lâm, ngư nghiệp": the items "nông", "lâm" (each a
    lower-case one-syllable noun or adjective between commas) share the
    noun before them, so the clause goes on left of "nông". Returns ``k``
    when no such list of two items or more ends there: a comma after a
    longer phrase or a lone word separates clauses ("Ngoài ra, giá trị tăng
    thêm tăng 3,8%", "Nhờ hãng giá rẻ, chi phí vé máy bay giảm").
    """
    j = k
    while j >= 3 and c.toks[j - 1].text == "," and _lone_syllable(c, lex, j - 2):
        j -= 2
    if j > k - 4 or c.toks[j - 1].kind != "word" or c.words[c.word_of[j - 1]].pos not in _NOUN_MODIFIER | {"V"}:
        return k
    return j


def _lone_syllable(c: _Clause, lex: Lexicon, i: int) -> bool:
    """Token ``i`` is a whole one-syllable lower-case noun or adjective ("nông", "lâm")."""
    w = c.words[c.word_of[i]]
    return (
        c.toks[i].kind == "word"
        and w.first == i
        and w.last == i + 1
        and w.text.islower()
        and w.pos in {"N", "A"}
        and w.text not in lex.subject_stop
    )


def _possessor_to(c: _Clause, lex: Lexicon, end: int, limit: int) -> bool:
    """Words ``end`` to ``limit`` are nothing or a possessor: "của" and nouns, names, pronouns ("của các ngành dịch vụ")."""
    if end == limit:
        return True
    if _phrase(c.words[end].text) not in lex.possessive_links or end + 1 == limit:
        return False
    return all(w.pos in _NOUN_MODIFIER | {"P", "L"} for w in c.words[end + 1 : limit])


def _scope_to(c: _Clause, lex: Lexicon, end: int, limit: int) -> bool:
    """Words ``end`` to ``limit`` are a place or scope phrase: a preposition of place and
    nouns, names, pronouns ("trong cả nước", "ở VN"; data: scope_prepositions)."""
    if end + 1 >= limit or _phrase(c.words[end].text.lower()) not in lex.scope_prepositions:
        return False
    return all(w.pos in _NOUN_MODIFIER | {"P", "L"} for w in c.words[end + 1 : limit])


def _after_reporting(c: _Clause, lex: Lexicon, k: int, end: int) -> int:
    """Token where the clause reported by a verb of saying between tokens ``k`` and ``end`` starts.

    "Ông B cho biết doanh thu đạt 5 tỷ đồng", "Bộ dự kiến tổng chỉ tiêu là
    300.000": the clause starts after the last reporting verb and its
    complementizer ("rằng", "là", a comma), when a noun opens it; else ``k``
    ("Doanh thu dự kiến đạt 5 tỷ đồng": nothing is reported).
    """
    found = k
    i = k
    while i < end:
        verb = _longest(c, lex.reporting_verbs, i)
        if verb and _starts_word(c, i) and _ends_word(c, i + len(verb)) and c.words[c.word_of[i]].pos == "V":
            j = i + len(verb)
            while j < end and c.low[j] in lex.complementizers:
                j += 1
            if j < end and _starts_word(c, j) and c.words[c.word_of[j]].pos in _NOUN_HEAD:
                found = j
            i = j
            continue
        i += 1
    return found
