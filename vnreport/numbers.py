"""Numbers as Vietnamese writes them: digit notation and number words.

Two readers, both pure functions over strings:

* :func:`parse_number` reads one digit string ("87.239", "1.234,5", "12,5").
  Vietnamese groups thousands with "." and marks decimals with ","; other
  notation is accepted only when it cannot be Vietnamese ("1,234,567",
  "3.5").
* :func:`parse_number_words` reads a run of syllables such as
  ``["hai", "trăm", "hai", "mươi"]`` or ``["1,5", "tỷ"]``: digits, tens,
  hundreds and the scale words (nghìn, vạn, triệu, tỷ), returning the value and
  how many items it used.

The vocabulary (number words, scales, their variant spellings) lives in
``vnreport/data/figures.json``; this module only holds the mechanism.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

Number = int | float

DATA_FILE = Path(__file__).parent / "data" / "figures.json"
_NUMERAL_RE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary of the data file, as lookup tables."""

    digits: dict[str, int]
    digits_after_tens: dict[str, int]
    ten: frozenset[str]
    tens_multiplier: frozenset[str]
    hundred: frozenset[str]
    zero_tens: frozenset[str]
    half_after_scale: frozenset[str]
    half: frozenset[str]
    ambiguous_alone: frozenset[str]
    scales: dict[str, int]
    scale_compounds: frozenset[str]  # syllables that still make one word with a scale ("tỷ phú")
    fraction_mark: str  # "phần" of "hai phần ba"
    fraction_denominators: dict[str, int]  # words that are a denominator only after it ("phần tư")

    def is_number_word(self, word: str) -> bool:
        w = word.lower()
        return (
            w in self.digits
            or w in self.ten
            or w in self.hundred
            or w in self.scales
            or w in self.half
        )


@functools.cache
def load_data() -> dict:
    """The parsed ``figures.json`` (shared with the figure recognizer)."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@functools.cache
def number_words() -> NumberWords:
    """The number vocabulary, loaded once."""
    data = load_data()
    nw = data["number_words"]
    return NumberWords(
        digits=dict(nw["digits"]),
        digits_after_tens=dict(nw["digits_after_tens"]),
        ten=frozenset(nw["ten"]),
        tens_multiplier=frozenset(nw["tens_multiplier"]),
        hundred=frozenset(nw["hundred"]),
        zero_tens=frozenset(nw["zero_tens"]),
        half_after_scale=frozenset(nw["half_after_scale"]),
        half=frozenset(nw["half"]),
        ambiguous_alone=frozenset(nw["ambiguous_alone"]),
        scales={k: int(v) for k, v in data["scales"].items()},
        scale_compounds=frozenset(data["scale_compounds"]),
        fraction_mark=nw["fraction_mark"],
        fraction_denominators=dict(nw["fraction_denominators"]),
    )


def as_number(value: float) -> Number:
    """``value`` as an int when it is whole, so 1.5e9 prints as 1500000000.

    >>> as_number(1500000000.0), as_number(12.5), as_number(8.2 * 1e6)
    (1500000000, 12.5, 8200000)
    """
    if isinstance(value, int):
        return value
    # fifteen significant digits: 1.1 * 1e9 and 8.2 * 1e6 carry float noise in the sixteenth
    rounded = float(f"{value:.15g}")
    return int(rounded) if rounded.is_integer() else rounded


def parse_number(s: str) -> Number | None:
    """The value of one digit string, or None when it is not a plain number.

    Vietnamese notation first: "." groups thousands, "," marks decimals. A
    single "." followed by other than three digits ("3.5") and several ","
    each followed by three digits ("1,234,567") can only be other notation
    and are read as such. Dates and codes ("31.1.2018", "123/QĐ") give None.

    >>> [parse_number(s) for s in ["87.239", "1.234,5", "12,5", "1,234,567", "3.5", "31.1.2018"]]
    [87239, 1234.5, 12.5, 1234567, 3.5, None]
    """
    s = s.strip()
    if not _NUMERAL_RE.fullmatch(s):
        return None
    groups = re.split(r"[.,]", s)
    seps = re.findall(r"[.,]", s)
    if not seps:
        return int(s)
    if len(set(seps)) == 2:
        decimal = seps[-1]
        if seps.count(decimal) != 1:
            return None
        return _grouped(groups[:-1], groups[-1])
    if len(seps) > 1:
        return _grouped(groups, "")
    head, tail = groups
    if seps[0] == "." and len(tail) == 3 and len(head) <= 3 and not head.startswith("0"):
        return int(head + tail)
    return as_number(float(f"{head}.{tail}"))


def _grouped(int_groups: list[str], fraction: str) -> Number | None:
    """Thousand groups (first 1-3 digits, others exactly 3) plus a fraction."""
    first, rest = int_groups[0], int_groups[1:]
    if not 1 <= len(first) <= 3 or any(len(g) != 3 for g in rest):
        return None
    whole = "".join(int_groups)
    return as_number(float(f"{whole}.{fraction}")) if fraction else int(whole)


def parse_number_words(words: list[str]) -> tuple[Number, int] | None:
    """Read a number from the start of ``words``: ``(value, items used)`` or None.

    Items are syllables or space-separated words; the first may be a digit
    string, which scale words then multiply ("1,5 tỷ", "10 vạn", "3 nghìn
    tỷ"). Words read: digits (with the forms mốt, tư, lăm, nhăm after
    mươi/mười), mười, mươi/chục, trăm, linh/lẻ, the scales, rưỡi (half of the
    preceding scale) and nửa (one half). A word that is also an ordinary word
    when alone (năm = year) is read only when a tens, hundred or scale word
    or the word itself follows it ("năm năm": five years).

    >>> parse_number_words(["hai", "trăm", "hai", "mươi", "biên", "chế"])
    (220, 4)
    >>> parse_number_words(["1,5", "tỷ", "đồng"]), parse_number_words(["hai triệu rưỡi"])
    ((1500000000, 2), (2500000, 1))
    """
    syllables, items_done, ends_item = _syllables(words)
    used = _read_syllables(syllables)
    # a number ends with a whole item: "chín chắn" (one word) is not nine
    while used and not ends_item[used - 1]:
        used -= 1
    if not used:
        return None
    value = _value_of(syllables[:used], syllables[used] if used < len(syllables) else "")
    return (value, items_done[used - 1]) if value is not None else None


def parse_fraction_words(words: list[str]) -> tuple[Number, int] | None:
    """Read a fraction in words from the start of ``words``: ``(value, items used)`` or None.

    A number, the fraction mark "phần", then a number or a word that is a denominator only
    there ("tư"); a scale after the mark makes a unit, not a fraction ("ba mươi phần trăm").
    The fraction ends with a whole item.

    >>> parse_fraction_words(["hai phần ba", "số"]), parse_fraction_words(["ba", "phần tư", "dân số"])
    ((0.666666666666667, 1), (0.75, 2))
    >>> parse_fraction_words(["một", "phần", "mười"]), parse_fraction_words(["30", "phần trăm"])
    ((0.1, 3), None)
    """
    syllables, items_done, ends_item = _syllables(words)
    nw = number_words()
    low = [s.lower() for s in syllables]
    if nw.fraction_mark not in low[1:]:
        return None
    mark = low.index(nw.fraction_mark, 1)
    numerator = _whole_number(syllables[:mark])
    rest = low[mark + 1:]
    if numerator is None or not rest or rest[0] in nw.scales or rest[0] in nw.hundred:
        return None
    if rest[0] in nw.fraction_denominators:
        denominator, used = nw.fraction_denominators[rest[0]], 1
    else:
        used = _read_syllables(rest) or 1  # a lone digit word: _whole_number reads it ("một phần năm")
        denominator = _whole_number(rest[:used])
    end = mark + used  # the last syllable read
    if not denominator or not ends_item[end]:
        return None
    return as_number(numerator / denominator), items_done[end]


def _whole_number(syllables: list[str]) -> Number | None:
    """The value of ``syllables`` when all of them spell one number; a lone digit word counts
    ("năm" before "phần" is five)."""
    nw = number_words()
    if len(syllables) == 1 and syllables[0].lower() in nw.digits:
        return nw.digits[syllables[0].lower()]
    if not syllables or _read_syllables(syllables) != len(syllables):
        return None
    return _value_of(syllables)


def _syllables(words: list[str]) -> tuple[list[str], list[int], list[bool]]:
    """The syllables of ``words``, with for each the items fully read once it is read and
    whether it ends an item."""
    syllables: list[str] = []
    items_done: list[int] = []
    ends_item: list[bool] = []
    for i, item in enumerate(words):
        parts = item.split() or [item]
        syllables.extend(parts)
        items_done.extend([i] * (len(parts) - 1) + [i + 1])
        ends_item.extend([False] * (len(parts) - 1) + [True])
    return syllables, items_done, ends_item


def _read_syllables(syllables: list[str]) -> int:
    """How many leading syllables form a number."""
    reader = _Reader(number_words())
    for i, syllable in enumerate(syllables):
        nxt = syllables[i + 1].lower() if i + 1 < len(syllables) else ""
        if not reader.feed(syllable, nxt, first=i == 0):
            return i
    return len(syllables)


def _value_of(syllables: list[str], after: str = "") -> Number | None:
    """The value of the number ``syllables`` spell, ``after`` being the syllable that follows them."""
    reader = _Reader(number_words())
    for i, syllable in enumerate(syllables):
        nxt = syllables[i + 1].lower() if i + 1 < len(syllables) else after.lower()
        reader.feed(syllable, nxt, first=i == 0)
    return reader.value()


class _Reader:
    """A left-to-right state machine over number syllables.

    ``group`` holds the value below the next scale word, ``total`` what the
    scale words have already multiplied; ``last`` is the kind of the previous
    syllable, which decides what may come next.
    """

    def __init__(self, nw: NumberWords) -> None:
        self.nw = nw
        self.total: float = 0
        self.group: float = 0
        self.digit: int = 0  # the last digit read, which mươi/trăm multiply
        self.last: str | None = None
        self.last_scale = 1
        self.max_scale = 1

    def value(self) -> Number | None:
        if self.last is None:
            return None
        return as_number(self.total + self.group)

    def _multiplier_follows(self, nxt: str) -> bool:
        nw = self.nw
        return nxt in nw.tens_multiplier or nxt in nw.hundred or nxt in nw.scales

    def feed(self, syllable: str, nxt: str, *, first: bool) -> bool:
        """Take one syllable; False (state unchanged) when it cannot continue the number."""
        w, nw, last = syllable.lower(), self.nw, self.last
        if first and (literal := parse_number(w)) is not None:
            self.group, self.last = literal, "literal"
            return True
        if last in ("ten", "tens") and w in nw.digits_after_tens:
            return self._add_digit(nw.digits_after_tens[w], final=True)
        if w in nw.digits and last in (None, "hundred", "zero", "scale"):
            if w in nw.ambiguous_alone and last != "zero" and not self._multiplier_follows(nxt) and nxt != w:
                return False  # "năm" alone is a year, but "năm năm" is five of them
            return self._add_digit(nw.digits[w], final=last == "zero")
        if w in nw.ten and last in (None, "hundred", "scale"):
            self.group += 10
            self.last = "ten"
            return True
        if w in nw.tens_multiplier and last in ("digit", "literal"):
            self.group += self.digit * 9 if last == "digit" else self.group * 9
            self.last = "tens"
            return True
        if w in nw.hundred and last in (None, "digit", "literal"):
            if last == "digit":
                self.group += self.digit * 99
            elif last == "literal":
                self.group *= 100
            else:
                self.group = 100  # "trăm người": a bare trăm is one hundred
            self.last = "hundred"
            return True
        if w in nw.zero_tens and last == "hundred":
            self.last = "zero"
            return True
        if w in nw.scales and last not in (None, "zero", "half_done"):
            self._apply_scale(nw.scales[w])
            return True
        if w in nw.half_after_scale and last in ("scale", "hundred"):
            self.group += self.last_scale / 2 if last == "scale" else 50
            self.last = "half_done"
            return True
        if w in nw.half and last is None:
            self.group, self.last = 0.5, "literal"
            return True
        return False

    def _add_digit(self, d: int, *, final: bool) -> bool:
        self.group += d
        self.digit = d
        self.last = "digit_final" if final else "digit"
        return True

    def _apply_scale(self, scale: int) -> None:
        if self.last == "scale" and self.group == 0:
            # "nghìn tỷ": a scale word multiplies the scale before it
            self.total *= scale
        elif scale > self.max_scale and self.total:
            # "hai triệu ba trăm nghìn tỷ" is not written; a larger scale after a
            # complete number multiplies all of it
            self.total = (self.total + self.group) * scale
        else:
            self.total += self.group * scale
        self.group = 0
        self.last = "scale"
        self.last_scale = scale
        self.max_scale = max(self.max_scale, scale)
