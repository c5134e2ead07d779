"""Text out of Word (.docx) and PDF files, for the CLI to hand to :func:`vnreport.extract`.

A .docx gives its body paragraphs and table cells in reading order, one paragraph a line; runs
typed in a legacy Vietnamese font (.VnTime is TCVN3, VNI-Times is VNI) hold 8-bit code points that
only look Vietnamese through that font, so they are decoded with the tables of
:mod:`vnreport.encoding`. A PDF gives its text layer page by page, the lines of each paragraph
joined into one (undoing end-of-line hyphenation only where it split a word), a blank line
between paragraphs. A PDF with no text layer at all (a scan) is refused: vnreport does no OCR.

python-docx and pdfplumber are imported inside the functions that use them, so importing this
module (and ``vnreport --help``) stays fast.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import VnreportError

__all__ = [
    "SUFFIXES",
    "CorruptFile",
    "NoTextLayer",
    "ProtectedFile",
    "paragraph_text",
    "text_of",
]


class CorruptFile(VnreportError):
    """The .docx or .pdf file is damaged or is not the format its name says."""


class ProtectedFile(VnreportError):
    """The document is password-protected, so its text cannot be read."""


class NoTextLayer(VnreportError):
    """The PDF has no text to extract (a scan or images only); vnreport does no OCR."""


NO_TEXT_MESSAGE = "PDF has no text layer (scanned?); vnreport does no OCR"

# A .docx is a ZIP; these are the parts python-docx inflates. The input is already capped by
# --max-size, but a ZIP inflates a thousandfold, so the inflated size gets a cap of its own.
MAX_INFLATED_BYTES = 512 * 1024 * 1024
# An OLE2 compound file: an old binary .doc, or a password-protected .docx (Office encrypts the
# whole package into one), either way nothing python-docx can open.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# --------------------------------------------------------------------------------------- API


def text_of(data: bytes, suffix: str, path: str | None) -> tuple[str, str]:
    """(NFC text, format label) of a .docx or .pdf file's bytes; ``suffix`` says which it is.

    The label is ``"docx"`` or ``"pdf"``, with ``+tcvn3`` / ``+vni`` appended when legacy-font
    runs of a .docx were decoded. A damaged file raises :class:`CorruptFile`, a
    password-protected one :class:`ProtectedFile`, a PDF without text :class:`NoTextLayer`,
    each with a one-line message naming ``path``. A suffix not in :data:`SUFFIXES` is a
    programming error (ValueError).

    >>> text_of(b"not a zip", ".DOCX", "a.docx")
    Traceback (most recent call last):
    ...
    vnreport.formats.CorruptFile: a.docx: not a readable .docx file (File is not a zip file)
    """
    reader = SUFFIXES.get(suffix.lower())
    if reader is None:
        raise ValueError(f"no reader for {suffix!r}; known: {', '.join(SUFFIXES)}")
    text, label = reader(data, path)
    return unicodedata.normalize("NFC", text), label


def paragraph_text(lines: Sequence[str]) -> str:
    """The lines of one PDF paragraph joined into one line, undoing word-splitting hyphenation.

    A line ending in a hyphen is joined without a space, and the hyphen dropped only when it
    split a word: a soft hyphen always; a hard one between two lower-case ASCII fragments
    ("develop-" + "ment"). It is kept where it belongs to the spelling: before a capital or a
    digit ("GD-" + "ĐT", "NĐ-" + "CP"), in Vietnamese-spelt syllables ("Mát-" + "xcơ-va").
    A spaced dash ("Giao thông -" + "Vận tải") keeps its spaces.

    >>> paragraph_text(["Sở Giao thông -", "Vận tải và Sở GD-", "ĐT rà soát cơ sở hạ tầng (infra-", "structure)."])
    'Sở Giao thông - Vận tải và Sở GD-ĐT rà soát cơ sở hạ tầng (infrastructure).'
    """
    joined = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        joined = _joined_pair(joined, line) if joined else line
    return joined


# ------------------------------------------------------------------------------------ .docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Containers whose children are paragraphs and tables in reading order: the body, table rows and
# cells, content controls (Vietnamese government templates are full of them) and custom XML.
_BLOCK_CONTAINERS = frozenset(
    W + tag for tag in ("body", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "txbxContent")
)
# Run content that is not document text: what a tracked change deleted or moved away, and the
# VML copy of a drawing that Word writes beside the DrawingML one (reading both doubles it).
_SKIPPED = frozenset({W + "del", W + "moveFrom", MC_FALLBACK})

#: legacy Vietnamese font families by name prefix (lower case), and the encoding their text is in
LEGACY_FONTS = {".vn": "tcvn3", "vni-": "vni", "vni ": "vni"}


def _docx_text(data: bytes, path: str | None) -> tuple[str, str]:
    """(text, label) of a .docx: one line per paragraph, tables where they stand."""
    document = _opened_docx(data, path)
    fonts = _FontResolver(document)
    decoded: set[str] = set()
    lines: list[str] = []
    for paragraph in _paragraphs(document.element.body):
        text, encodings = _paragraph_text_docx(paragraph, fonts)
        lines.append(text)
        decoded |= encodings
    return "\n".join(lines).strip("\n") + "\n", "+".join(["docx", *sorted(decoded)])


def _opened_docx(data: bytes, path: str | None) -> Any:
    """The python-docx Document in data, or CorruptFile / ProtectedFile naming path."""
    import docx

    if data.startswith(OLE2_MAGIC):
        raise ProtectedFile(
            "password-protected .docx or old binary .doc, not a readable .docx; "
            "save it unprotected as .docx",
            path,
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
        if inflated > MAX_INFLATED_BYTES:
            raise CorruptFile(f"not a readable .docx file (inflates to {inflated} bytes)", path)
        return docx.Document(io.BytesIO(data))
    except VnreportError:
        raise
    # A damaged package fails anywhere in zipfile, lxml or python-docx with their own exception
    # types; every one of them means the same thing to the user.
    except Exception as error:  # noqa: BLE001
        raise CorruptFile(f"not a readable .docx file ({_one_line(error)})", path) from None


def _paragraphs(container: Any) -> Iterator[Any]:
    """Every w:p under a block container, in reading order, table cells row by row."""
    for child in container.iterchildren():
        if child.tag == W + "p":
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _paragraphs(child)


def _paragraph_text_docx(paragraph: Any, fonts: _FontResolver) -> tuple[str, set[str]]:
    """(text, legacy encodings decoded) of one w:p; text boxes anchored in it follow on lines
    of their own."""
    style = _paragraph_style(paragraph)
    pieces = [(text, fonts.encoding_of(run, style)) for run, text in _run_texts(paragraph)]
    # Unicode text typed while a .Vn font was still selected is common; one character no 8-bit
    # font holds shows the paragraph's "legacy" runs are really Unicode, so leave them alone.
    legacy = [raw for text, enc in pieces if enc and (raw := _code_page_bytes(text)) is not None]
    convert = len(legacy) == sum(1 for _, enc in pieces if enc)
    used: set[str] = set()
    parts: list[str] = []
    for text, enc in pieces:
        if enc and convert:
            text = _legacy_decoded(text, enc)
            used.add(enc.removesuffix("-upper"))
        parts.append(text.replace("\u00ad", ""))
    lines = ["".join(parts)]
    for box in _text_boxes(paragraph):
        for inner in _paragraphs(box):
            text, encodings = _paragraph_text_docx(inner, fonts)
            lines.append(text)
            used |= encodings
    return "\n".join(lines), used


def _run_texts(paragraph: Any) -> Iterator[tuple[Any, str]]:
    """(w:r, its text) for the runs of a paragraph, including runs inside hyperlinks, insertions
    and fields, excluding deleted ones and text boxes (read as paragraphs of their own)."""
    for child in paragraph.iterchildren():
        if child.tag in _SKIPPED or child.tag == W + "pPr":
            continue
        if child.tag == W + "r":
            yield child, "".join(_run_pieces(child))
        else:
            yield from _run_texts(child)


def _run_pieces(run: Any) -> Iterator[str]:
    """The characters of a run: text, tabs, breaks and the special hyphens."""
    for node in run.iter():
        if node.tag == W + "t":
            yield node.text or ""
        elif node.tag == W + "tab":
            yield "\t"
        elif node.tag in (W + "br", W + "cr"):
            yield "\n"
        elif node.tag == W + "noBreakHyphen":
            yield "-"
        elif node.tag == W + "softHyphen":
            # Invisible in Unicode text; but in a .Vn font run it is byte 0xAD, TCVN3's "ư",
            # which Word and LibreOffice turn into this element. _legacy_decoded drops it again
            # for Unicode runs.
            yield "\u00ad"
        elif node.tag in (W + "txbxContent", MC_FALLBACK):
            break  # a text box inside the run: its paragraphs come as lines of their own


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The w:txbxContent elements anchored in a paragraph, skipping the VML duplicates."""
    for box in paragraph.iter(W + "txbxContent"):
        if not any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            if next(box.iterancestors(W + "p")) is paragraph:
                yield box


def _paragraph_style(paragraph: Any) -> str | None:
    """The w:pStyle id of a paragraph, or None for the default style."""
    node = paragraph.find(f"{W}pPr/{W}pStyle")
    return None if node is None else node.get(W + "val")


class _FontResolver:
    """Which legacy encoding, if any, a run's effective font implies.

    Word resolves a run's font from the run's own properties, then its character style, then
    the paragraph style (each following w:basedOn), then the document defaults; legacy documents
    usually set .VnTime once in the Normal style, so all of these matter.
    """

    def __init__(self, document: Any) -> None:
        self._styles: dict[str, Any] = {}
        self._default_paragraph: str | None = None
        self._default_font: str | None = None
        root = document.styles.element
        for style in root.iterchildren(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                self._styles[style_id] = style
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
                self._default_paragraph = style_id
        self._default_font = _font_name(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self._cache: dict[str | None, str | None] = {}

    def encoding_of(self, run: Any, paragraph_style: str | None) -> str | None:
        """"tcvn3", "tcvn3-upper", "vni" or None for the run's effective font."""
        properties = run.find(W + "rPr")
        font = _font_name(properties)
        if font is None and properties is not None:
            character_style = properties.find(W + "rStyle")
            if character_style is not None:
                font = self._style_font(character_style.get(W + "val"))
        if font is None:
            font = self._style_font(paragraph_style or self._default_paragraph)
        return _legacy_encoding(font or self._default_font)

    def _style_font(self, style_id: str | None) -> str | None:
        if style_id not in self._cache:
            font, seen, current = None, set(), style_id
            while current and current not in seen and font is None:
                seen.add(current)  # a basedOn loop in a broken file must not hang us
                style = self._styles.get(current)
                if style is None:
                    break
                font = _font_name(style.find(W + "rPr"))
                based_on = style.find(W + "basedOn")
                current = None if based_on is None else based_on.get(W + "val")
            self._cache[style_id] = font
        return self._cache[style_id]


def _font_name(properties: Any) -> str | None:
    """The font an rPr sets for non-ASCII Latin text (w:hAnsi, else w:ascii), or None."""
    if properties is None:
        return None
    fonts = properties.find(W + "rFonts")
    if fonts is None:
        return None
    return fonts.get(W + "hAnsi") or fonts.get(W + "ascii")


def _legacy_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name implies: ".VnTime" -> "tcvn3", ".VnTimeH" (the capitals
    font of the ABC set) -> "tcvn3-upper", "VNI-Times" -> "vni"; None for other fonts."""
    if not font:
        return None
    name = font.strip().lower()
    for prefix, encoding in LEGACY_FONTS.items():
        if name.startswith(prefix):
            upper = encoding == "tcvn3" and name.endswith("h")
            return "tcvn3-upper" if upper else encoding
    return None


def _code_page_bytes(text: str) -> bytes | None:
    """The 8-bit bytes a legacy-font run stands for, or None when it holds real Unicode.

    Word stores such runs as the Windows-1252 reading of the bytes (the C1 slots that code page
    leaves undefined as U+0080-U+009F), or, for symbol-charset fonts, at U+F000 + byte.
    """
    out = bytearray()
    for char in text:
        code = ord(char)
        if 0xF000 <= code <= 0xF0FF:
            out.append(code - 0xF000)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if code > 0xFF:
                return None
            out.append(code)
    return bytes(out)


def _legacy_decoded(text: str, encoding: str) -> str:
    """A legacy-font run's text in Unicode; unchanged if the table cannot read it."""
    from .encoding import decode

    raw = _code_page_bytes(text)
    if raw is None:
        return text.replace("\u00ad", "")
    try:
        decoded = decode(raw, encoding=encoding.removesuffix("-upper")).text
    except VnreportError:
        return text.replace("\u00ad", "")
    # The ABC capitals fonts draw the lower-case code points as capitals.
    return decoded.upper() if encoding.endswith("-upper") else decoded


# ------------------------------------------------------------------------------------- .pdf


@dataclass(frozen=True)
class _Line:
    """One line of a PDF page's text layer, with the geometry paragraph finding uses."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


# What starts a new paragraph whatever the layout: a bullet or dash item ("- ", "• ", "+ "),
# a numbered or lettered item ("1.", "2)", "a)", "IV."), a legal heading ("Điều 5.", "Chương II").
_ITEM_START = re.compile(
    r"^(?:[-–—•▪●◦+*]\s|\(?\d{1,3}[.)]\s|\(?[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s"
    r"|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)"
)
# A line that is only a page number ("2", "- 2 -", "Trang 2", "2/10") at the top or bottom of a
# page is a running header or footer, not report text.
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)
# What a paragraph's last line ends with; a page ending otherwise stopped mid-sentence.
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", ")")
# Running headers and footers sit in this share of the page height at the top and the bottom.
_MARGIN_SHARE = 0.1
# Two lines are in different paragraphs when the second starts this much lower than the usual
# line pitch of the page (paragraph spacing); 1.0 would split on rounding noise.
_PARAGRAPH_GAP = 1.4
# ... or when it is indented this many average character widths (a first-line indent).
_INDENT_CHARS = 1.5


def _pdf_text(data: bytes, path: str | None) -> tuple[str, str]:
    """(text, "pdf") of a PDF: paragraphs joined, a blank line between them."""
    paragraphs: list[list[str]] = []
    open_paragraph = False
    for lines in _pdf_pages(data, path):
        for index, group in enumerate(_paragraph_groups(lines)):
            continues = index == 0 and open_paragraph and _continues(paragraphs[-1], group)
            if continues:
                paragraphs[-1].extend(line.text for line in group)
            else:
                paragraphs.append([line.text for line in group])
        open_paragraph = bool(lines) and not _ends_paragraph(lines[-1], None, lines)
    text = "\n\n".join(paragraph_text(p) for p in paragraphs).strip()
    if not text:
        raise NoTextLayer(NO_TEXT_MESSAGE, path)
    return text + "\n", "pdf"


def _pdf_pages(data: bytes, path: str | None) -> Iterator[list[_Line]]:
    """The text lines of each page, running headers and footers left out."""
    import logging

    import pdfplumber

    # pdfminer logs every oddity of a sloppy but readable PDF as a warning, which would reach
    # stderr between the CLI's own one-line messages.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except Exception as error:  # noqa: BLE001 - see _opened_docx: any failure means "damaged"
        raise _pdf_open_error(error, path) from None
    with pdf:
        for page in pages:
            try:
                found = page.extract_text_lines(return_chars=False)
            except Exception as error:  # noqa: BLE001
                raise CorruptFile(f"not a readable PDF ({_one_line(error)})", path) from None
            lines = [_Line(f["text"], f["x0"], f["x1"], f["top"], f["bottom"]) for f in found]
            yield _body_lines(lines, float(page.height))
            page.close()  # pdfplumber keeps every parsed page otherwise; reports can be long


def _pdf_open_error(error: Exception, path: str | None) -> VnreportError:
    """ProtectedFile for a PDF that needs a password, CorruptFile for anything else."""
    causes = [error, error.__cause__, *error.args]
    if any(type(cause).__name__ == "PDFPasswordIncorrect" for cause in causes):
        return ProtectedFile("password-protected PDF; save an unprotected copy", path)
    return CorruptFile(f"not a readable PDF ({_one_line(error)})", path)


def _body_lines(lines: list[_Line], height: float) -> list[_Line]:
    """The lines of a page without page numbers in its top and bottom margins."""
    margin = height * _MARGIN_SHARE
    return [
        line
        for line in lines
        if line.text.strip()
        and not (_PAGE_NUMBER.match(line.text) and (line.top < margin or line.bottom > height - margin))
    ]


def _paragraph_groups(lines: list[_Line]) -> list[list[_Line]]:
    """A page's lines grouped into paragraphs by the layout."""
    groups: list[list[_Line]] = []
    for index, line in enumerate(lines):
        if groups and not _ends_paragraph(lines[index - 1], line, lines):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _ends_paragraph(line: _Line, following: _Line | None, page: list[_Line]) -> bool:
    """Whether ``line`` is the last of its paragraph, ``following`` being the next line on the
    page (None: judge by the line alone, as at the foot of a page).

    A line ends a paragraph when the first word of the next line would have fitted in the room
    left at its end (a word-wrapping writer would have put it there), when the next line starts
    lower than the usual line pitch, is indented, or begins a list item or an article.
    """
    right = max(other.x1 for other in page)
    width = _char_width(page)
    if following is None:  # a typical short word and its space
        return right - line.x1 > 5 * width
    if right - line.x1 > _first_word_width(following) + 0.5 * width:
        return True
    if _ITEM_START.match(following.text):
        return True
    left = min(other.x0 for other in page)
    if following.x0 - left > _INDENT_CHARS * width and line.x0 - left < _INDENT_CHARS * width:
        return True
    return following.top - line.top > _PARAGRAPH_GAP * _line_pitch(page)


def _continues(previous: list[str], group: list[_Line]) -> bool:
    """Whether a page's first paragraph carries on the last one of the page before (whose last
    line ran to the margin): it starts in lower case, or that page stopped mid-sentence."""
    first = group[0].text.lstrip()
    if _ITEM_START.match(first):
        return False
    return first[:1].islower() or not previous[-1].rstrip().endswith(_SENTENCE_ENDS)


def _first_word_width(line: _Line) -> float:
    """The width of a line's first word, in proportion to its share of the line's characters."""
    word = line.text.split()[0]
    return (line.x1 - line.x0) * len(word) / len(line.text)


def _char_width(page: list[_Line]) -> float:
    """The average width of a character on a page."""
    widths = [(line.x1 - line.x0) / len(line.text) for line in page if len(line.text) > 10]
    return statistics.median(widths) if widths else 5.0


def _line_pitch(page: list[_Line]) -> float:
    """The usual distance from the top of one line to the top of the next on a page."""
    steps = [b.top - a.top for a, b in zip(page, page[1:]) if b.top > a.top]
    if not steps:
        return float("inf")
    return min(statistics.median(steps), statistics.median_low(steps))


# ------------------------------------------------------------------------------ hyphenation

_WORD_BEFORE_HYPHEN = re.compile(r"(\S*?)([-\u2010\u00ad])$")


def _joined_pair(left: str, right: str) -> str:
    """Two consecutive lines of a paragraph as one (see :func:`paragraph_text` for the rule)."""
    match = _WORD_BEFORE_HYPHEN.search(left)
    if match is None or not match.group(1):
        return f"{left} {right}"  # no hyphen, or a spaced dash ("Giao thông -")
    fragment, hyphen = match.groups()
    following = right.split(maxsplit=1)[0]
    if hyphen == "\u00ad":
        return left[:-1] + right
    if _splits_word(fragment, following):
        return left[:-1] + right
    return left + right


def _splits_word(fragment: str, following: str) -> bool:
    """Whether a hard hyphen between these two fragments was put there to break a word.

    Vietnamese never breaks a syllable across lines, so only foreign words are hyphenated:
    both fragments plain ASCII letters, the second in lower case and not itself hyphenated
    (a transliteration such as "Ô-xtrây-li-a" keeps its hyphens). Hyphenation programs leave at
    least two letters before the break and three after it (TeX's and Word's defaults), so a
    shorter fragment is a syllable of a hyphenated word: "e-" + "mail", "Pa-" + "ri".
    """
    left = fragment.rsplit("-", 1)[-1].lstrip("(\"'“‘[")
    right = re.match(r"[^\s.,;:!?)\]\"'”’…]*", following)
    word = right.group() if right else ""
    ascii_letters = re.compile(r"[A-Za-z]+")
    return (
        bool(ascii_letters.fullmatch(left))
        and len(left) >= 2
        and len(word) >= 3
        and ascii_letters.fullmatch(word) is not None
        and word.islower()
        and "-" not in fragment
    )


# ------------------------------------------------------------------------------------ helpers


def _one_line(error: BaseException) -> str:
    """An exception's message on one short line (library messages can span several)."""
    message = " ".join(str(error).split()) or type(error).__name__
    return message if len(message) <= 120 else message[:117] + "..."


#: the readers by file suffix (lower case); each takes (bytes, path) and returns (text, label)
SUFFIXES: dict[str, Callable[[bytes, str | None], tuple[str, str]]] = {
    ".docx": _docx_text,
    ".pdf": _pdf_text,
}
