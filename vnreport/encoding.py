"""Reading real-world Vietnamese text files, and keys for matching words against word lists.

Vietnamese reports arrive as UTF-8 (with or without a byte-order mark), as UTF-16 from Windows, and
from older offices in one of the 8-bit encodings of the 1990s: Windows-1258 (tone marks as separate
combining characters), TCVN3/ABC (.VnTime fonts), VNI-Windows (VNI-Times fonts) and VISCII.
:func:`decode` tells them apart and returns NFC text; it refuses binary files and refuses to guess
when no reading is convincing, because mojibake passed on silently would poison every later stage.

The letter tables of the 8-bit encodings, the accepted encoding names, the magic numbers of binary
formats and the shape of a Vietnamese syllable are data files in ``vnreport/data/encodings/``; this
module holds only the mechanisms that use them.
"""

from __future__ import annotations

import codecs
import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .errors import BinaryFile, UnknownEncoding

__all__ = ["ENCODINGS", "Decoded", "canonical_encoding", "decode", "encode", "is_syllable", "match_key"]

DATA = Path(__file__).parent / "data" / "encodings"

#: every encoding decode() may report, in the order detection prefers them
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16-le",
    "utf-16-be",
    "windows-1258",
    "tcvn3",
    "vni",
    "viscii",
)
#: the 8-bit candidates, in order of preference when two of them read the bytes identically
LEGACY = ("windows-1258", "tcvn3", "vni", "viscii")
#: encodings whose letters come from a table file in DATA (Windows-1258 is Python's own codec)
TABLE_ENCODINGS = ("tcvn3", "vni", "viscii")

UNKNOWN_MESSAGE = "cannot tell the text encoding; name it with --encoding"

BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detection of 8-bit encodings reads at most this much; a report shows its encoding long before.
SAMPLE_BYTES = 256 * 1024
# A reading is convincing when this share of its non-ASCII words read as Vietnamese syllables.
# Measured on the sample reports converted to each 8-bit encoding: the right table scores 0.995 or
# more, the best wrong one at most 0.52 (VISCII and TCVN3 read each other's toned vowels as other
# toned vowels); on single lines the right table can dip to 0.8 when a foreign word is half of it.
MIN_SHARE = 0.75
# ... and when every reading that gives a different text scores this much lower. Otherwise two
# tables both make sense of a short text ("Lệ Thu" is one word in TCVN3, another in VNI), and
# choosing one would be a coin toss; refusing with UnknownEncoding is the honest answer.
MIN_LEAD = 0.3
# Text has tabs, line breaks and the odd form feed; more than this share of other control bytes
# means a binary format without a known magic number.
MAX_CONTROL_SHARE = 0.05
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1a\x1b") + b"\x7f"
# The typographic punctuation Windows code pages put in 0x80-0x9F (“ ” – … •) and a few signs that
# sit inside Vietnamese words as written ("25°C", "100.000₫").
WORD_SIGNS = frozenset("\u00a0°₫€") | frozenset(map(chr, range(0x2010, 0x205F)))
_LETTER_RUN = re.compile(r"[^\W\d_]+")  # letters only: no digits, no "_", no combining marks
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read in.

    ``text`` is NFC-normalized and otherwise exactly as written: line endings, no-break spaces and
    zero-width characters are kept (only a leading byte-order mark is dropped, it is not text).
    ``encoding`` is one of :data:`ENCODINGS`.
    """

    text: str
    encoding: str


# --------------------------------------------------------------------------------------- API


def decode(data: bytes, *, encoding: str | None = None, path: str | None = None) -> Decoded:
    """Decode the bytes of a text file to NFC text, detecting the encoding unless one is named.

    Detection trusts, in order: a byte-order mark, strict UTF-8 (BOM-less UTF-16 is recognised by
    its NUL bytes), then the 8-bit Vietnamese encodings, scored by the share of words that read
    as Vietnamese syllables. Binary data raises :class:`~vnreport.errors.BinaryFile`; bytes that
    no encoding reads convincingly, an unknown name, or bytes invalid in the named encoding raise
    :class:`~vnreport.errors.UnknownEncoding`. ``path`` only labels those errors.

    >>> decode("Hà Nội".encode("utf-8"))
    Decoded(text='Hà Nội', encoding='utf-8')
    >>> decode(b"H\\xb5 N\\xe9i, n\\xa8m 2018")  # TCVN3
    Decoded(text='Hà Nội, năm 2018', encoding='tcvn3')
    >>> decode(b"Vie\\xe4t Nam", encoding="VNI-Windows")
    Decoded(text='Việt Nam', encoding='vni')
    """
    if not data:
        return Decoded("", "utf-8")
    if encoding is not None:
        return _decoded_as_named(data, canonical_encoding(encoding, path), path)
    return _decoded_by_detection(data, path)


def encode(text: str, encoding: str) -> bytes:
    """Encode text the way a file in that encoding holds it; the inverse of :func:`decode`.

    Meant for tests and fixtures: UTF-8-sig and UTF-16 get a byte-order mark as Windows writes
    them, Windows-1258 spells a toned letter as base letter + combining tone mark where the code
    page has no precomposed form, the 8-bit tables are the ones :func:`decode` reads. Characters
    the encoding cannot hold raise :class:`UnicodeEncodeError` (TCVN3, for one, has no upper-case
    toned letters); an unknown encoding name raises :class:`~vnreport.errors.UnknownEncoding`.

    >>> encode("Việt", "windows-1258")
    b'Vi\\xea\\xf2t'
    >>> encode("Việt", "vni")
    b'Vie\\xe4t'
    """
    name = canonical_encoding(encoding)
    text = unicodedata.normalize("NFC", text)
    if name in TABLE_ENCODINGS:
        return _encoded_by_table(text, _table(name))
    if name == "windows-1258":
        return _encoded_cp1258(text)
    if name == "utf-8":
        return text.encode("utf-8")
    if name == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if name == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")  # also "utf-16": Windows' own order


def canonical_encoding(name: str, path: str | None = None) -> str:
    """The canonical name for an encoding name or alias, as :class:`Decoded` reports it.

    Case, spaces, dashes, underscores and dots are ignored. ``"utf-16"`` stays ``"utf-16"`` (its
    byte-order mark decides the order). An unknown name raises
    :class:`~vnreport.errors.UnknownEncoding` listing the names that work.

    >>> canonical_encoding("CP1258"), canonical_encoding("abc"), canonical_encoding("VNI_Win")
    ('windows-1258', 'tcvn3', 'vni')
    """
    canonical = _aliases().get(_alias_key(name))
    if canonical is None:
        raise UnknownEncoding(
            f"unknown encoding {name!r}; use one of: {', '.join(ENCODINGS)}", path
        )
    return canonical


# an HTML character reference as the tokenizer keeps it, one token: "&amp;", "&#39;"
_CHARACTER_REFERENCE = re.compile(r"&(?:[a-z]{2,6}|#\d{1,5});")


@functools.lru_cache(maxsize=65536)
def match_key(s: str) -> str:
    """A key for looking words up in gazetteers, equal for spellings a reader takes as the same.

    Lower case and NFC; the tone mark of each Vietnamese syllable moved to one agreed vowel, the
    one the project's word lists use ("hoà" -> "hòa", "uỷ" -> "ủy", misplaced "qúy" -> "quý");
    no-break and other spaces become a plain space; zero-width and other invisible format
    characters are dropped; "Ð" (Icelandic eth, a common stand-in) becomes "đ". Idempotent.
    Only for lookups: document text is never rewritten with it.

    >>> match_key("Tỉnh uỷ Hoà Bình")
    'tỉnh ủy hòa bình'
    >>> match_key("Thuỷ\\u00a0lợi\\u200b")
    'thủy lợi'
    """
    if "&" in s and _CHARACTER_REFERENCE.fullmatch(s):
        s = html.unescape(s)  # "&amp;" left in scraped text is "&"
    if s.isascii():
        return s.lower()
    text = unicodedata.normalize("NFC", s).lower()
    text = "".join(_key_char(c) for c in text)
    text = _LETTER_RUN.sub(lambda m: _keyed_word(m.group()), unicodedata.normalize("NFC", text))
    return unicodedata.normalize("NFC", text)


# ------------------------------------------------------------------------ decoding by name


def _decoded_as_named(data: bytes, name: str, path: str | None) -> Decoded:
    """Strictly decode data in the named encoding (binary data is refused all the same)."""
    _refuse_binary(data, path, name)
    name = _bom_resolved(data, name)
    try:
        text = _text_in(data, name)
    except UnicodeDecodeError as error:
        raise UnknownEncoding(_invalid_bytes_message(data, name, error), path) from None
    return Decoded(unicodedata.normalize("NFC", text), name)


def _bom_resolved(data: bytes, name: str) -> str:
    """The precise name when a byte-order mark settles it: "utf-16" and "utf-8" with a BOM."""
    if name == "utf-16":
        return "utf-16-be" if data.startswith(codecs.BOM_UTF16_BE) else "utf-16-le"
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if name == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    return name


def _text_in(data: bytes, name: str) -> str:
    """The text of data in a canonical encoding, strict, without a leading BOM (not yet NFC)."""
    if name in TABLE_ENCODINGS:
        return _decoded_by_table(data, _table(name))
    python_codec = {"windows-1258": "cp1258", "utf-8-sig": "utf-8-sig"}.get(name, name)
    text = data.decode(python_codec)
    # Python keeps a UTF-16 BOM as U+FEFF when the byte order is named; it is not text.
    return text[1:] if name.startswith("utf-16") and text.startswith("\ufeff") else text


def _invalid_bytes_message(data: bytes, name: str, error: UnicodeDecodeError) -> str:
    """One line saying where the bytes stop being valid in the named encoding."""
    offset = error.start
    line = data.count(b"\n", 0, offset) + 1
    return (
        f"not valid {name} text: byte 0x{data[offset]:02X} at offset {offset} (line {line}); "
        "name another --encoding or leave it out to detect"
    )


# ------------------------------------------------------------------------ detection


def _decoded_by_detection(data: bytes, path: str | None) -> Decoded:
    """Detect the encoding of non-empty data: BOM, UTF-16, UTF-8, then the 8-bit encodings."""
    _refuse_magic(data, path)
    bom_encoding = _bom_encoding(data)
    if bom_encoding == "utf-32":
        raise UnknownEncoding("UTF-32 text is not supported; convert it to UTF-8", path)
    if bom_encoding is not None:
        return _decoded_checked(data, bom_encoding, path)
    if b"\x00" in data:
        decoded = _bomless_utf16(data)
        if decoded is None:
            raise BinaryFile("binary file (contains NUL bytes), not text", path)
        return decoded
    _refuse_control_bytes(data, path)
    try:
        utf8 = Decoded(unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _utf8_or_legacy(data, utf8, path)
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    return _decoded_legacy(data, path)


def _utf8_or_legacy(data: bytes, utf8: Decoded, path: str | None) -> Decoded:
    """Valid UTF-8 is UTF-8, unless none of its words reads as Vietnamese, one mixes Latin
    letters with another script's character, and an 8-bit reading clearly reads as Vietnamese,
    every word of it a clean syllable: a short text can be valid UTF-8 by chance ("Nước" in
    VISCII is the bytes of "N߾c"). Words wholly in another script ("Рф") stay UTF-8, and so
    does text with no clean 8-bit reading ("2πr" reads "2ẽ€r" in TCVN3) or one that does not
    give back its very bytes."""
    head = utf8.text[:SAMPLE_BYTES]
    if data.isascii() or _some_word_vietnamese(head) or not _mixed_script_word(head):
        return utf8
    try:
        legacy = _decoded_legacy(data, path)
    except UnknownEncoding:
        # too few Vietnamese words to tell the 8-bit encodings apart by their share ("Tokyo
        # Education ... ShurinTr߶ng Tokyo KanaiTr߶ng"): the one whose reading is all clean syllables
        clean: dict[str, str] = {}
        for reading in filter(None, (_reading(data, name) for name in LEGACY)):
            if _clean_reading(reading.text, reading.encoding, data):
                clean.setdefault(reading.text, reading.encoding)
        return Decoded(*clean.popitem()) if len(clean) == 1 else utf8
    return legacy if _clean_reading(legacy.text, legacy.encoding, data) else utf8


def _clean_reading(text: str, name: str, data: bytes) -> bool:
    """``text``, read from ``data`` in encoding ``name``, gives back its very bytes and its words
    (as far as the sample goes) are all clean syllables."""
    try:
        faithful = encode(text, name) == data
    except UnicodeEncodeError:
        return False
    return faithful and _all_syllables(text[:SAMPLE_BYTES])


def _some_word_vietnamese(text: str) -> bool:
    """A Vietnamese share above zero (:func:`_vietnamese_share`), read only up to the first word
    that settles it: every UTF-8 file is asked, and Vietnamese text answers at once."""
    judged = (word for word in text.split() if not word.isascii())
    first = next(judged, None)
    return first is None or _reads_as_vietnamese(first) or any(map(_reads_as_vietnamese, judged))


def _mixed_script_word(text: str) -> bool:
    """A word with ASCII letters and a character of no Latin letter between them ("N߾c"): what
    8-bit bytes read as UTF-8 by chance look like; a word wholly in another script ("Рф", "π")
    is that script."""
    for word in _ASCII_SPACES.split(text):
        if any(c.isascii() and c.isalpha() for c in word) and any(
                not c.isascii() and not unicodedata.name(c, "").startswith("LATIN") for c in word):
            return True
    return False


_ASCII_SPACES = re.compile(r"[ \t\r\n]+")  # a no-break space inside a word is a sign, not a break


def _all_syllables(text: str) -> bool:
    """Every word with a non-ASCII character has no other non-ASCII characters than letters,
    and each of its letter runs is a Vietnamese syllable of two letters or more: no typographic
    sign, no stray letter ("ẽ€" is how TCVN3 reads the UTF-8 of "π"). A capital after a small
    letter starts another run: words a lost line break ran together ("ShurinTrường")."""
    judged = [word for word in _ASCII_SPACES.split(text) if not word.isascii()]
    return bool(judged) and all(
        all(c.isascii() or c.isalpha() for c in word)
        and all(len(run) > 1 and _reads_as_syllable(run)
                for letters in _LETTER_RUN.findall(word) for run in _case_runs(letters) if not run.isascii())
        for word in judged)


def _case_runs(letters: str) -> list[str]:
    """``letters`` cut before each capital that follows a small letter: "ShurinTrường" ->
    ["Shurin", "Trường"]; "TRƯỜNG" and "Trường" stay whole."""
    cuts = [k for k in range(1, len(letters)) if letters[k].isupper() and letters[k - 1].islower()]
    return [letters[a:b] for a, b in zip([0, *cuts], [*cuts, len(letters)])]


#: at most this share of a UTF-8 file's bytes may be broken for it to be read as damaged UTF-8
_DAMAGE_LIMIT = 0.01


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a truncated last character, a bad sector) as UTF-8.

    The file is UTF-8 when its valid multi-byte sequences vastly outnumber its
    broken bytes; the broken ones become U+FFFD, which no word matches, so the
    rest of the text is read as written instead of the whole file being refused.
    A legacy 8-bit file has almost no valid multi-byte UTF-8 sequences and
    still goes to detection.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F) - broken
    if broken and broken <= _DAMAGE_LIMIT * len(data) and multibyte >= 20 * broken:
        return Decoded(unicodedata.normalize("NFC", text), "utf-8")
    return None


def _decoded_checked(data: bytes, name: str, path: str | None) -> Decoded:
    """Decode data whose encoding a BOM or NUL pattern named, refusing it if the text is binary."""
    try:
        text = _text_in(data, name)
    except UnicodeDecodeError as error:
        raise UnknownEncoding(_invalid_bytes_message(data, name, error), path) from None
    if _control_share(text) > MAX_CONTROL_SHARE or "\x00" in text:
        raise BinaryFile("binary file (control characters), not text", path)
    return Decoded(unicodedata.normalize("NFC", text), name)


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a leading byte-order mark announces, or None."""
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def _bomless_utf16(data: bytes) -> Decoded | None:
    """Data read as UTF-16 without a byte-order mark, if its NUL bytes say so and the text
    then reads as text (Vietnamese or ASCII); None otherwise.

    In UTF-16 text every ASCII character (spaces, digits, most consonants) has a NUL high byte,
    so NULs fill a good share of one byte column and are nearly absent from the other. Binary
    data can match that pattern by chance, hence the check of what it decodes to.
    """
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= pairs * 0.2 and even <= pairs * 0.01:
        name = "utf-16-le"
    elif even >= pairs * 0.2 and odd <= pairs * 0.01:
        name = "utf-16-be"
    else:
        return None
    try:
        text = unicodedata.normalize("NFC", _text_in(data, name))
    except UnicodeDecodeError:
        return None
    if _control_share(text) > MAX_CONTROL_SHARE or _vietnamese_share(text) < MIN_SHARE:
        return None
    return Decoded(text, name)


def _refuse_binary(data: bytes, path: str | None, name: str) -> None:
    """Raise BinaryFile for known binary formats, and, unless the named encoding is UTF-16, for
    NUL bytes and control bytes (except those the encoding uses for letters: VISCII's Ẫ is 0x06)."""
    _refuse_magic(data, path)
    if name.startswith("utf-16"):
        return
    if b"\x00" in data:
        raise BinaryFile("binary file (contains NUL bytes), not text", path)
    letters = _table(name).letters.values() if name in TABLE_ENCODINGS else ()
    _refuse_control_bytes(data.translate(None, b"".join(letters)), path)


def _refuse_magic(data: bytes, path: str | None) -> None:
    """Raise BinaryFile naming the format when data starts with a known magic number."""
    for prefix, what in _magic_numbers():
        if data.startswith(prefix):
            raise BinaryFile(f"binary file ({what}), not text", path)


def _refuse_control_bytes(data: bytes, path: str | None) -> None:
    """Raise BinaryFile when control bytes other than whitespace are a large share of data."""
    head = data[:SAMPLE_BYTES]
    if not head:
        return
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if controls > len(head) * MAX_CONTROL_SHARE:
        share = controls * 100 // len(head)
        raise BinaryFile(f"binary file ({share}% control bytes), not text", path)


def _control_share(text: str) -> float:
    """The share of control characters other than whitespace in a (sample of) text."""
    head = text[:SAMPLE_BYTES]
    controls = sum(1 for c in head if unicodedata.category(c) == "Cc" and c not in "\t\n\v\f\r")
    return controls / max(len(head), 1)


@dataclass(frozen=True)
class _Reading:
    """One 8-bit encoding's reading of the detection sample, and how Vietnamese it looks."""

    encoding: str
    text: str
    share: float


def _decoded_legacy(data: bytes, path: str | None) -> Decoded:
    """Choose among the 8-bit encodings the reading that is clearly the most Vietnamese."""
    sample = _sample(data)
    readings = [reading for name in LEGACY if (reading := _reading(sample, name)) is not None]
    if not readings:
        raise UnknownEncoding(UNKNOWN_MESSAGE, path)
    best = max(readings, key=lambda r: r.share)  # max keeps the first of equals: LEGACY order
    rivals = [r.share for r in readings if r.text != best.text]
    if best.share < MIN_SHARE or (rivals and max(rivals) > best.share - MIN_LEAD):
        raise UnknownEncoding(UNKNOWN_MESSAGE, path)
    if len(sample) == len(data):
        return Decoded(best.text, best.encoding)
    try:
        text = _text_in(data, best.encoding)
    except UnicodeDecodeError:
        raise UnknownEncoding(UNKNOWN_MESSAGE, path) from None
    return Decoded(unicodedata.normalize("NFC", text), best.encoding)


def _sample(data: bytes) -> bytes:
    """The head of data to score, cut after a line break or space so that no multi-byte (VNI)
    letter is split."""
    if len(data) <= SAMPLE_BYTES:
        return data
    head = data[:SAMPLE_BYTES]
    cut = max(head.rfind(b"\n"), head.rfind(b" "))
    return head[: cut + 1] if cut > 0 else head


def _reading(sample: bytes, name: str) -> _Reading | None:
    """The sample read in one 8-bit encoding with its Vietnamese share; None if it cannot be."""
    try:
        text = unicodedata.normalize("NFC", _text_in(sample, name))
    except UnicodeDecodeError:
        return None
    return _Reading(name, text, _vietnamese_share(text))


def _vietnamese_share(text: str) -> float:
    """The share of words with non-ASCII characters that read as Vietnamese.

    Only such words tell encodings apart: ASCII reads the same in all of them. A text with
    none (its only non-ASCII bytes are spaces) has nothing against it and scores 1.
    """
    judged = [word for word in text.split() if not word.isascii()]
    if not judged:
        return 1.0
    return sum(map(_reads_as_vietnamese, judged)) / len(judged)


@lru_cache(maxsize=1 << 16)  # bounded: words recur across a file's readings and a batch's files
def _reads_as_vietnamese(word: str) -> bool:
    """Whether every letter run of a word reads as a syllable, and its other characters are
    ASCII or typographic signs (mojibake leaves µ ¸ « © ... inside words)."""
    signs = _LETTER_RUN.sub("", word)
    if not all(c.isascii() or c in WORD_SIGNS for c in signs):
        return False
    return all(_reads_as_syllable(run) for run in _LETTER_RUN.findall(word))


def is_syllable(word: str) -> bool:
    """Whether ``word`` (lower case, Title case or capitals) is one Vietnamese syllable spelled
    right: "Nam", "hóa", "NỘI" are; "Pte", "gov", "Tp" are not.

    >>> [is_syllable(w) for w in ("Nam", "hóa", "Pte", "Tp")]
    [True, True, False, False]
    """
    lower = word.lower()
    syllable = _syllable(lower)
    return syllable is not None and lower in _accepted_spellings(syllable)


def _reads_as_syllable(run: str) -> bool:
    """Whether a letter run is ASCII (judged elsewhere) or a Vietnamese syllable in lower case,
    Title case or capitals. A capital non-ASCII letter right after a small one ("vÒ", "cƠu") is
    mojibake; a small one amid capitals is not (TCVN3 headings: "CộNG HòA", see tcvn3.tsv).
    A lone "đ" is the đồng sign ("15.000đ")."""
    if run.isascii() or _is_acronym(run) or run == "đ":
        return True  # "đ" alone: the đồng sign after an amount ("15.000đ")
    if any(a.islower() and b.isupper() and not b.isascii() for a, b in itertools.pairwise(run)):
        return False
    return is_syllable(run)


def _is_acronym(run: str) -> bool:
    """Capitals whose only non-ASCII letter is Đ: HĐND, ĐHQG, NLĐ."""
    return run.isupper() and set(run) - _ASCII_CAPITALS <= {"Đ"}


# ------------------------------------------------------------------------ 8-bit tables


@dataclass(frozen=True)
class _Table:
    """An 8-bit encoding read from DATA: its letters, and the codec for every other byte."""

    name: str
    base: str  # Python codec for the bytes the table does not list
    letters: dict[str, bytes]  # letter -> its bytes
    sequences: re.Pattern[str] | None  # multi-byte letters as Latin-1 text, longest first
    placeholders: dict[str, str]  # multi-byte letter as Latin-1 text -> private-use placeholder
    translation: dict[int, str]  # Latin-1 char or placeholder -> text; "\ufffd" marks invalid
    claimed: frozenset[int]  # non-ASCII bytes the table uses, which no other character may use


@cache
def _table(name: str) -> _Table:
    """Load DATA/<name>.tsv: lines of "hex bytes, U+code point, letter, name", "@base codec"."""
    letters: dict[str, bytes] = {}
    base = "ascii"
    for fields in _tsv_rows(DATA / f"{name}.tsv"):
        if fields[0] == "@base":
            base = fields[1]
            continue
        letters[chr(int(fields[1].removeprefix("U+"), 16))] = bytes.fromhex(fields[0])
    return _compiled_table(name, base, letters)


def _compiled_table(name: str, base: str, letters: dict[str, bytes]) -> _Table:
    """Index a letter table for decoding: single bytes by translation, longer ones by regex.

    Multi-byte letters are first replaced by private-use placeholders, so that the single-byte
    translation, which maps every Latin-1 character, cannot touch what they decoded to.
    """
    if len(set(letters.values())) != len(letters):
        raise ValueError(f"{name}: two letters share one byte sequence")
    translation = {b: _base_char(b, base) for b in range(256)}
    placeholders: dict[str, str] = {}
    for letter, bs in sorted(letters.items(), key=lambda item: -len(item[1])):
        if len(bs) == 1:
            translation[bs[0]] = letter
            continue
        placeholder = chr(0xE000 + len(placeholders))
        placeholders[bs.decode("latin-1")] = placeholder
        translation[ord(placeholder)] = letter
    sequences = re.compile("|".join(map(re.escape, placeholders))) if placeholders else None
    return _Table(
        name=name,
        base=base,
        letters=letters,
        sequences=sequences,
        placeholders=placeholders,
        translation=translation,
        claimed=frozenset(b for bs in letters.values() for b in bs if b >= 0x80),
    )


def _base_char(byte: int, base: str) -> str:
    """What the base codec makes of one byte; U+FFFD marks a byte it does not define."""
    try:
        return bytes([byte]).decode(base)
    except UnicodeDecodeError:
        return "\ufffd"


def _decoded_by_table(data: bytes, table: _Table) -> str:
    """Decode with an 8-bit table, strictly: a byte neither table nor base defines is an error."""
    surface = data.decode("latin-1")  # one character per byte, to run str methods on
    if table.sequences is not None:
        surface = table.sequences.sub(lambda m: table.placeholders[m.group()], surface)
    text = surface.translate(table.translation)
    if "\ufffd" in text:
        offset = next(i for i, b in enumerate(data) if table.translation[b] == "\ufffd")
        raise UnicodeDecodeError(table.name, data, offset, offset + 1, "byte not in the table")
    return text


def _encoded_by_table(text: str, table: _Table) -> bytes:
    """Encode NFC text with an 8-bit table; other characters through the base codec, unless
    they are Vietnamese letters the table lacks (TCVN3 "Á" as Windows-1252 0xC1 is no TCVN3
    file's spelling) or their byte is one the table gives to a letter (it would read back so)."""
    out = bytearray()
    for index, char in enumerate(text):
        bs = table.letters.get(char)
        if bs is None:
            try:
                bs = b"" if char in _vietnamese_letters() else char.encode(table.base)
            except UnicodeEncodeError:
                bs = b""
            if not bs or any(b in table.claimed for b in bs):
                raise UnicodeEncodeError(table.name, text, index, index + 1, "not in the table")
        out += bs
    return bytes(out)


@cache
def _vietnamese_letters() -> frozenset[str]:
    """The 134 non-ASCII letters of Vietnamese (both cases), from the syllable data: each vowel
    with or without a tone, and the non-ASCII letters of the initials (đ)."""
    grammar = _grammar()
    vowels = set("".join(grammar.vowel_rules))
    lower = {unicodedata.normalize("NFC", v + t) for v in vowels for t in ("", *grammar.tones)}
    lower |= {c for initial in grammar.initials for c in initial}
    return frozenset(c for c in lower | {c.upper() for c in lower} if not c.isascii())


def _encoded_cp1258(text: str) -> bytes:
    """Encode NFC text in Windows-1258: a precomposed letter where the code page has one, else
    the base letter (with its circumflex, breve or horn) followed by a combining tone mark."""
    out = bytearray()
    for index, char in enumerate(text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _grammar().tones)
        body = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        try:
            out += (body + tones).encode("cp1258")
        except UnicodeEncodeError:
            reason = "not in Windows-1258"
            raise UnicodeEncodeError("windows-1258", text, index, index + 1, reason) from None
    return bytes(out)


# ------------------------------------------------------------------------ syllables


@dataclass(frozen=True)
class _Rule:
    """A spelling rule on a neighbour: one of ``only`` (when given), none of ``never``."""

    only: frozenset[str] | None = None
    never: frozenset[str] = frozenset()

    def allows(self, neighbour: str) -> bool:
        return (self.only is None or neighbour in self.only) and neighbour not in self.never


@dataclass(frozen=True)
class _Grammar:
    """The syllable shape from DATA/syllables.tsv, compiled."""

    initials: dict[str, _Rule]  # initial -> rule on the first letter of the vowel group
    finals: dict[str, _Rule]  # final -> rule on the whole vowel group
    vowel_rules: dict[str, str]  # vowel group -> "open" | "closed" | "either"
    two_styles: frozenset[str]  # open groups whose tone may also sit on the second vowel
    stop_finals: frozenset[str]
    tones: frozenset[str]  # combining tone marks
    checked_tones: frozenset[str]  # the ones allowed before a stop final
    vowel_letters: frozenset[str]  # base letters a tone may sit on (after NFD)
    modified_vowels: frozenset[str]  # ă â ê ô ơ ư: the tone goes on these


@dataclass(frozen=True)
class _Syllable:
    """A parsed syllable: toneless parts and its tone mark ("" for none)."""

    initial: str
    vowels: str
    final: str
    tone: str


@cache
def _grammar() -> _Grammar:
    """Compile DATA/syllables.tsv (rows: kind, spelling, property, optional spelling rule)."""
    initials: dict[str, _Rule] = {}
    finals: dict[str, _Rule] = {}
    final_kinds: dict[str, str] = {}
    vowels: dict[str, str] = {}
    two_styles: set[str] = set()
    tones: dict[str, str] = {}
    for kind, spelling, *properties in _tsv_rows(DATA / "syllables.tsv"):
        rule = _rule([p for p in properties if "=" in p])
        plain = next((p for p in properties if "=" not in p), "")
        if kind == "initial":
            initials[spelling] = rule
        elif kind == "final":
            finals[spelling], final_kinds[spelling] = rule, plain
        elif kind == "vowel":
            vowels[spelling] = plain
            if "two-styles" in properties:
                two_styles.add(spelling)
        elif kind == "tone":
            tones[chr(int(spelling.removeprefix("U+"), 16))] = plain
    letters = set("".join(vowels))
    return _Grammar(
        initials=initials,
        finals=finals,
        vowel_rules=vowels,
        two_styles=frozenset(two_styles),
        stop_finals=frozenset(f for f, kind in final_kinds.items() if kind == "stop"),
        tones=frozenset(tones),
        checked_tones=frozenset(t for t, kind in tones.items() if kind == "checked"),
        vowel_letters=frozenset(unicodedata.normalize("NFD", v)[0] for v in letters),
        modified_vowels=frozenset(v for v in letters if len(unicodedata.normalize("NFD", v)) > 1),
    )


def _rule(properties: list[str]) -> _Rule:
    """A _Rule from "before=a,b" / "after=..." (only) and "not-before=..." (never) properties."""
    only: frozenset[str] | None = None
    never: frozenset[str] = frozenset()
    for prop in properties:
        key, _, values = prop.partition("=")
        if key.startswith("not-"):
            never = frozenset(values.split(","))
        else:
            only = frozenset(values.split(","))
    return _Rule(only, never)


@lru_cache(maxsize=1 << 16)
def _syllable(word: str) -> _Syllable | None:
    """Parse a lower-case NFC word as one Vietnamese syllable, or None if it is not one.

    The tone mark must sit on a vowel (mojibake puts "~" on n as ñ), there must be at most one,
    and some split into initial + vowel group + final must obey the spelling rules: the vowel
    group agrees with the final, a stop final takes only a checked tone (các, học), c/k, g/gh,
    ng/ngh and c/ch, ng/nh are spelled as the neighbouring vowels require.
    """
    grammar = _grammar()
    tones = _tone_marks(word, grammar)
    if tones is None or len(tones) > 1:
        return None
    tone = tones[0] if tones else ""
    bare = unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in grammar.tones)
    )
    for initial, vowels, final in _splits(bare, grammar):
        if _spelled_right(initial, vowels, final, tone, grammar):
            return _Syllable(initial, vowels, final, tone)
    return None


def _splits(bare: str, grammar: _Grammar) -> Iterator[tuple[str, str, str]]:
    """Every split of a toneless word into initial + known vowel group + final, longest
    initial first ("già" is gi + a before g + ia)."""
    initials = sorted((i for i in grammar.initials if bare.startswith(i)), key=len, reverse=True)
    finals = sorted((f for f in grammar.finals if bare.endswith(f)), key=len, reverse=True)
    for initial in [*initials, ""]:
        for final in [*finals, ""]:
            vowels = bare[len(initial) : len(bare) - len(final)]
            if vowels in grammar.vowel_rules:
                yield initial, vowels, final


def _spelled_right(initial: str, vowels: str, final: str, tone: str, grammar: _Grammar) -> bool:
    """Whether one split obeys the spelling rules of syllables.tsv."""
    rule = grammar.vowel_rules[vowels]
    if (rule == "open" and final) or (rule == "closed" and not final):
        return False
    if final in grammar.stop_finals and tone not in grammar.checked_tones:
        return False
    if initial and not grammar.initials[initial].allows(vowels[0]):
        return False
    return not final or grammar.finals[final].allows(vowels)


def _tone_marks(word: str, grammar: _Grammar) -> list[str] | None:
    """The tone marks of a word, or None when one sits on something other than a vowel."""
    marks: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", word):
        if not unicodedata.combining(char):
            base = char
        elif char in grammar.tones:
            if base not in grammar.vowel_letters:
                return None
            marks.append(char)
    return marks


def _tone_slot(syllable: _Syllable, grammar: _Grammar) -> int:
    """Index in the vowel group of the vowel that carries the tone in the agreed spelling.

    A vowel with its own mark (ă â ê ô ơ ư) takes it, the last of two (người); otherwise the
    last vowel before a final consonant (hoàn, quýt); in an open group of two the first (hòa,
    thủy, mía), of three the middle (ngoài, khuỷu).
    """
    vowels = syllable.vowels
    modified = [i for i, v in enumerate(vowels) if v in grammar.modified_vowels]
    if modified:
        return modified[-1]
    if syllable.final or len(vowels) == 1:
        return len(vowels) - 1
    return 0 if len(vowels) == 2 else 1


def _spelled_with_tone_at(syllable: _Syllable, slot: int) -> str:
    """The syllable written out (NFC) with its tone on vowel number ``slot`` of the group."""
    vowels = syllable.vowels
    toned = vowels[: slot + 1] + syllable.tone + vowels[slot + 1 :]
    return unicodedata.normalize("NFC", syllable.initial + toned + syllable.final)


@lru_cache(maxsize=1 << 14)
def _accepted_spellings(syllable: _Syllable) -> frozenset[str]:
    """The ways careful writers place this syllable's tone: the agreed one, and the second
    vowel of an open "two-styles" group (hoà beside hòa)."""
    grammar = _grammar()
    slot = _tone_slot(syllable, grammar)
    spellings = {_spelled_with_tone_at(syllable, slot)}
    if syllable.vowels in grammar.two_styles and not syllable.final:
        spellings.add(_spelled_with_tone_at(syllable, 1))
    return frozenset(spellings)


def _keyed_word(word: str) -> str:
    """A lower-case NFC letter run with its tone moved to the agreed vowel (other runs as is)."""
    if word.isascii():
        return word
    syllable = _syllable(word)
    if syllable is None or not syllable.tone:
        return word
    return _spelled_with_tone_at(syllable, _tone_slot(syllable, _grammar()))


def _key_char(char: str) -> str:
    """One character of a lower-cased key: spaces unified, invisible format characters gone."""
    if char == "ð":  # "Ð" (eth) lower-cased: the look-alike often typed for Đ
        return "đ"
    category = unicodedata.category(char)
    if category == "Zs":
        return " "
    if category == "Cf":
        return ""
    return char


# ------------------------------------------------------------------------ data files


def _tsv_rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a data file, skipping blanks and # comments."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")


def _alias_key(name: str) -> str:
    """An encoding name with case and separators dropped: "UTF_8", "utf 8" -> "utf8"."""
    return re.sub(r"[\s\-_.]", "", name.lower())


@cache
def _aliases() -> dict[str, str]:
    """alias key -> canonical name, from DATA/aliases.tsv."""
    return {_alias_key(alias): canonical for alias, canonical in _tsv_rows(DATA / "aliases.tsv")}


@cache
def _magic_numbers() -> tuple[tuple[bytes, str], ...]:
    """(leading bytes, what the file is), from DATA/magic.tsv."""
    return tuple((bytes.fromhex(prefix), what) for prefix, what in _tsv_rows(DATA / "magic.tsv"))
