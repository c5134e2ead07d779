"""Tests of vnreport.formats: text out of .docx and .pdf files built here from the sample report.

Grouped by phenomenon: the founding sample as .docx and .pdf gives the same facts as the .txt;
legacy-font runs in Word files; damaged, protected and image-only files; joining the lines of
a PDF paragraph. Every file is made by the test itself (python-docx, fpdf2), none is shipped.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import vnreport
from vnreport.encoding import encode
from vnreport.formats import (
    SUFFIXES,
    CorruptFile,
    NoTextLayer,
    ProtectedFile,
    paragraph_text,
    text_of,
)

from .conftest import FOUNDING, read_sample

docx = pytest.importorskip("docx")  # a runtime dependency: only skipped outside the project
fpdf = pytest.importorskip("fpdf")  # the test extra's PDF writer

# Fonts with Vietnamese glyphs, so that the PDF's text layer holds real Vietnamese: Debian's
# fonts-dejavu-core (on the project's machines), then other usual places.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
# The sample's two photo captions go into a two-cell table, so the .docx text equals the .txt.
CAPTION = "Toàn cảnh hội nghị"


# ------------------------------------------------------------------------------ builders


def sample_lines() -> list[str]:
    return read_sample(FOUNDING).splitlines()


def docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def sample_docx() -> bytes:
    """The founding sample, one paragraph per line, its two caption lines as a 1x2 table."""

    def build(document) -> None:
        lines = sample_lines()
        index = 0
        while index < len(lines):
            if lines[index] == CAPTION and lines[index + 1] == CAPTION:
                table = document.add_table(rows=1, cols=2)
                table.cell(0, 0).text = CAPTION
                table.cell(0, 1).text = CAPTION
                index += 2
                continue
            document.add_paragraph(lines[index])
            index += 1

    return docx_bytes(build)


def vietnamese_font() -> str:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    pytest.skip("no TrueType font with Vietnamese glyphs (install fonts-dejavu-core)")


class _NumberedPdf(fpdf.FPDF):
    """An A5 page with its number in the footer, as reports print them."""

    def footer(self) -> None:
        self.set_y(-12)
        self.cell(0, 8, f"- {self.page_no()} -", align="C")


def pdf_bytes(paragraphs: list[str], *, size: int = 12) -> bytes:
    pdf = _NumberedPdf(format=(148, 210))  # A5
    pdf.add_font("Vietnamese", fname=vietnamese_font())
    pdf.set_font("Vietnamese", size=size)
    pdf.add_page()
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph.strip() or " ", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)  # paragraph spacing, as Word's "spacing after"
    return bytes(pdf.output())


def facts(text: str) -> dict[str, set[tuple]]:
    """What extract finds, by kind, as (text, value) so positions may differ."""
    report = vnreport.extract(text)
    found: dict[str, set[tuple]] = {}
    for mention in report.entities:
        if mention.type in ("person", "organization", "date"):
            value = mention.fields.get("value")
            found.setdefault(mention.type, set()).add((mention.text, str(value)))
    found["figure"] = {(m.text, str(m.fields.get("value"))) for m in report.figures}
    return found


@pytest.fixture(scope="module")
def txt_facts() -> dict[str, set[tuple]]:
    return facts(read_sample(FOUNDING))


# ---------------------------------------------------------------- the sample as .docx / .pdf


def test_docx_reads_paragraphs_and_table_cells_in_order() -> None:
    text, label = text_of(sample_docx(), ".docx", "so-noi-vu-2018.docx")
    assert label == "docx"
    assert text.splitlines() == [line for line in sample_lines()]


def test_docx_gives_the_facts_of_the_txt(txt_facts) -> None:
    text, _ = text_of(sample_docx(), ".docx", "so-noi-vu-2018.docx")
    assert facts(text) == txt_facts
    assert txt_facts["person"] and txt_facts["organization"] and txt_facts["date"]
    assert txt_facts["figure"]


def test_pdf_spans_several_pages() -> None:
    import pdfplumber

    data = pdf_bytes(sample_lines())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 3


def test_pdf_gives_one_paragraph_per_line_of_the_txt() -> None:
    text, label = text_of(pdf_bytes(sample_lines()), ".pdf", "so-noi-vu-2018.pdf")
    assert label == "pdf"
    expected = [line.strip() for line in sample_lines() if line.strip()]
    assert text.split("\n\n") == [*expected[:-1], expected[-1] + "\n"]
    assert "- 2 -" not in text  # page numbers in the footer are not report text


def test_pdf_gives_the_facts_of_the_txt(txt_facts) -> None:
    text, _ = text_of(pdf_bytes(sample_lines()), ".pdf", "so-noi-vu-2018.pdf")
    assert facts(text) == txt_facts


def test_pdf_paragraph_running_onto_the_next_page_is_joined() -> None:
    long = " ".join(line.strip() for line in sample_lines() if len(line) > 500)
    text, _ = text_of(pdf_bytes([long], size=14), ".pdf", "long.pdf")
    assert text == long.strip() + "\n"


def test_suffix_is_case_insensitive_and_unknown_ones_are_refused() -> None:
    assert set(SUFFIXES) == {".docx", ".pdf"}
    assert text_of(sample_docx(), ".DOCX", "A.DOCX")[1] == "docx"
    with pytest.raises(ValueError):
        text_of(b"", ".odt", "a.odt")


# ----------------------------------------------------------------------- legacy Word fonts


def legacy_run(paragraph, text: str, encoding: str, font: str):
    """A run as Word keeps text typed in an 8-bit font: the bytes read as Windows-1252."""
    run = paragraph.add_run(encode(text, encoding).decode("cp1252"))
    run.font.name = font
    return run


def test_docx_legacy_font_runs_are_decoded() -> None:
    def build(document) -> None:
        legacy_run(document.add_paragraph(), "sở nội vụ", "tcvn3", ".VnTimeH")
        legacy_run(document.add_paragraph(), "Ông Nguyễn Văn Phóng dự hội nghị", "vni", "VNI-Times")
        paragraph = document.add_paragraph("Năm 2017, ")
        legacy_run(paragraph, "toàn tỉnh cắt giảm 220 biên chế", "tcvn3", ".VnTime")
        document.add_paragraph("Chủ tịch UBND tỉnh bình thường")  # Unicode, no legacy font

    text, label = text_of(docx_bytes(build), ".docx", "cu.docx")
    assert text.splitlines() == [
        "SỞ NỘI VỤ",
        "Ông Nguyễn Văn Phóng dự hội nghị",
        "Năm 2017, toàn tỉnh cắt giảm 220 biên chế",
        "Chủ tịch UBND tỉnh bình thường",
    ]
    assert label == "docx+tcvn3+vni"


def test_docx_legacy_font_set_in_the_normal_style() -> None:
    def build(document) -> None:
        document.styles["Normal"].font.name = ".VnTime"
        document.add_paragraph(encode("Hà Nội, người được", "tcvn3").decode("cp1252"))

    assert text_of(docx_bytes(build), ".docx", "cu.docx") == ("Hà Nội, người được\n", "docx+tcvn3")


def test_docx_unicode_typed_in_a_legacy_font_is_left_alone() -> None:
    def build(document) -> None:
        document.add_paragraph().add_run("Người được giao").font.name = ".VnTime"

    assert text_of(docx_bytes(build), ".docx", "a.docx") == ("Người được giao\n", "docx")


# ------------------------------------------------------------------ broken and image files


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("hong.docx", b"not a zip at all"),
        ("hong.docx", lambda: sample_docx()[:2000]),
        ("hong.pdf", b"%PDF-1.7\n1 0 obj garbage\n%%EOF"),
        ("hong.pdf", b"plain text named .pdf"),
    ],
)
def test_damaged_file_gives_one_line_naming_it(name: str, data) -> None:
    data = data() if callable(data) else data
    with pytest.raises(CorruptFile) as caught:
        text_of(data, Path(name).suffix, f"in/{name}")
    message = str(caught.value)
    assert message.startswith(f"in/{name}: not a readable ")
    assert "\n" not in message


def test_protected_docx_is_named() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(ProtectedFile, match=r"^khoa\.docx: password-protected"):
        text_of(ole, ".docx", "khoa.docx")


def test_protected_pdf_is_named() -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica")
    pdf.cell(0, 10, "secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    with pytest.raises(ProtectedFile, match=r"^khoa\.pdf: password-protected PDF"):
        text_of(bytes(pdf.output()), ".pdf", "khoa.pdf")


def image_only_pdf() -> bytes:
    from PIL import Image, ImageDraw

    scan = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(scan).text((20, 80), "So Noi vu", fill=0)  # drawn, not text
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(scan, x=10, y=10, w=150)
    return bytes(pdf.output())


def blank_pdf() -> bytes:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_page()
    return bytes(pdf.output())


@pytest.mark.parametrize("build", [image_only_pdf, blank_pdf], ids=["image-only", "blank"])
def test_pdf_without_text_layer_says_so(build) -> None:
    with pytest.raises(NoTextLayer) as caught:
        text_of(build(), ".pdf", "scan.pdf")
    assert str(caught.value) == "scan.pdf: PDF has no text layer (scanned?); vnreport does no OCR"


# ------------------------------------------------------------- joining a paragraph's lines

JOINS = {
    "plain wrap": (["Sở Nội vụ tổ chức", "hội nghị tổng kết"], "Sở Nội vụ tổ chức hội nghị tổng kết"),
    "spaced dash": (["Sở Giao thông -", "Vận tải"], "Sở Giao thông - Vận tải"),
    "en dash": (["từ 11.6.1948 –", "11.6.2018"], "từ 11.6.1948 – 11.6.2018"),
    "abbreviation": (["Sở GD-", "ĐT tỉnh"], "Sở GD-ĐT tỉnh"),
    "decree number": (["Nghị định 108/2014/NĐ-", "CP"], "Nghị định 108/2014/NĐ-CP"),
    "digit after": (["dịch COVID-", "19 bùng phát"], "dịch COVID-19 bùng phát"),
    "transliteration": (["thủ đô Mát-", "xcơ-va"], "thủ đô Mát-xcơ-va"),
    "hyphenated rest": (["nước Ma-", "lai-xi-a"], "nước Ma-lai-xi-a"),
    "short syllable": (["thủ đô Pa-", "ri"], "thủ đô Pa-ri"),
    "one letter": (["hộp thư e-", "mail"], "hộp thư e-mail"),
    "english word": (["dự án (infra-", "structure) mới"], "dự án (infrastructure) mới"),
    "soft hyphen": (["chương trình develop\u00ad", "ment"], "chương trình development"),
    "blank and padded": (["  Lệ Thu ", "", " viết"], "Lệ Thu viết"),
}


@pytest.mark.parametrize(("lines", "expected"), JOINS.values(), ids=JOINS.keys())
def test_paragraph_text_joins_lines(lines: list[str], expected: str) -> None:
    assert paragraph_text(lines) == expected

