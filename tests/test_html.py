"""Tests of vnreport.render.html: the standalone HTML page, as a string and in a real browser.

Grouped by what the page promises: every entity mention is a mark of its type around its exact
text; the text outside and inside the marks is the document text, nothing lost or added; the
nesting rule for figures; no external resource; a well-formed structure with one section per
record and an index linking to them; error records; and, when Chromium is installed, the DOM a
browser builds holds every mark and a phone-width screenshot is taken (kept in benchmarks/out/).
"""

from __future__ import annotations

import html
import importlib.util
import io
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from vnreport.batch import Options, process_all
from vnreport.inputs import expand
from vnreport.render.html import highlights, page, write_html
from vnreport.report import error_dict

from .conftest import FOUNDING, ROOT

SAMPLES = [FOUNDING, ROOT / "samples/vntc/XH_TN_T_8838.txt", ROOT / "samples/vntc/XH_NLD_T_8987.txt"]
SCREENSHOTS = ROOT / "benchmarks/out"


def load_browser_check() -> Any:
    """scripts/browser_check.py as a module: the test drives Chromium exactly as CI does."""
    spec = importlib.util.spec_from_file_location("browser_check", ROOT / "scripts/browser_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class PageReader(HTMLParser):
    """What the tests look at in a page: sections, index links, marks, document texts, URLs."""

    VOID = {"meta", "br", "link", "img", "input", "hr", "wbr", "area", "base", "col", "source", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.sections: list[str] = []
        self.index_links: list[str] = []
        self.urls: list[str] = []
        self.marks: list[dict[str, Any]] = []  # per mark in a document text: attrs, text, section
        self.texts: dict[str, list[str]] = {}  # per section: the pieces of its document text
        self.errors: dict[str, str] = {}
        self.text_depth: int | None = None
        self.open_mark: dict[str, Any] | None = None
        self.in_index = False
        self.in_error = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            if a.get(name) is not None:
                self.urls.append(a[name])
        if tag == "section":
            self.sections.append(a["id"])
            self.texts[a["id"]] = []
        elif tag == "nav" and "index" in classes:
            self.in_index = True
        elif tag == "a" and self.in_index:
            self.index_links.append(a["href"])
        elif tag == "div" and "doc-text" in classes:
            self.text_depth = len(self.stack)
        elif tag == "mark" and self.text_depth is not None:
            assert self.open_mark is None, "marks must not nest"
            self.open_mark = {"attrs": a, "text": "", "section": self.sections[-1]}
        elif tag == "p" and "error" in classes:
            self.in_error = True
            self.errors[self.sections[-1]] = ""
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "mark" and self.open_mark is not None:
            self.marks.append(self.open_mark)
            self.open_mark = None
        elif tag == "div" and self.text_depth == len(self.stack):
            self.text_depth = None
        elif tag == "nav":
            self.in_index = False
        elif tag == "p":
            self.in_error = False

    def handle_data(self, data: str) -> None:
        if self.text_depth is not None:
            self.texts[self.sections[-1]].append(data)
            if self.open_mark is not None:
                self.open_mark["text"] += data
        if self.in_error:
            self.errors[self.sections[-1]] += data


def read_page(markup: str) -> PageReader:
    reader = PageReader()
    reader.feed(markup)
    reader.close()
    assert reader.stack == [], f"unclosed tags: {reader.stack}"
    return reader


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    """The founding sample and two vntc samples (one with figures inside addresses), as the CLI
    makes them with the text included, then an error record."""
    # named as a user in the checkout would type them, so the page shows "samples/..."
    sources = [str(p.relative_to(ROOT)) if Path.cwd().resolve() == ROOT else str(p) for p in SAMPLES]
    found = list(process_all(expand(sources), Options(include_text=True)))
    return [*found, error_dict("broken.txt", "broken.txt: binary file (NUL bytes), not text")]


@pytest.fixture(scope="module")
def markup(records: list[dict[str, Any]]) -> str:
    return page(records)


@pytest.fixture(scope="module")
def reader(markup: str) -> PageReader:
    return read_page(markup)


# ------------------------------------------------------------------------------ marks and text


@pytest.mark.parametrize("n", range(len(SAMPLES)))
def test_every_entity_mention_is_a_mark_of_its_type_around_its_text(records, reader, n):
    entities = records[n]["entities"]
    marks = [m for m in reader.marks if m["section"] == f"doc-{n + 1}" and "ent" in m["attrs"]["class"].split()]
    assert entities, "the sample has entities"
    assert [(m["attrs"]["data-type"], m["text"]) for m in marks] == [(e["type"], e["text"]) for e in entities]
    for m, e in zip(marks, entities):
        assert m["attrs"]["class"] == f"ent {e['type']}"
        if e["type"] == "person":
            assert m["attrs"]["data-id"] == e["id"]
            assert m["attrs"].get("data-roles", "") == "; ".join(e["roles"])
        if e["type"] == "date" and e.get("value"):
            assert m["attrs"]["data-value"] == e["value"]
        if e["type"] == "organization" and e.get("expansion"):
            assert m["attrs"]["data-expansion"] == e["expansion"]
            assert f"expansion: {e['expansion']}" in m["attrs"]["title"]


@pytest.mark.parametrize("n", range(len(SAMPLES)))
def test_the_text_with_tags_stripped_is_the_document_text(records, reader, markup, n):
    assert "".join(reader.texts[f"doc-{n + 1}"]) == records[n]["text"]
    # the same, read the blunt way the issue states it: strip the tags, unescape
    body = re.search(rf'<section id="doc-{n + 1}">.*?<div class="doc-text" lang="vi">(.*?)</div>', markup, re.S)
    assert html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == records[n]["text"]


def test_figures_are_marked_by_their_quantity_unless_an_entity_holds_it(records, reader):
    for n, record in enumerate(records[: len(SAMPLES)]):
        marks = [m for m in reader.marks
                 if m["section"] == f"doc-{n + 1}" and m["attrs"]["data-type"] == "figure"]
        inside = [f for f in record["figures"] if any(
            f["quantity_start"] < e["end"] and e["start"] < f["quantity_end"] for e in record["entities"])]
        assert len(marks) == len(record["figures"]) - len(inside)
        for m in marks:
            assert m["attrs"]["class"] == "fig"
            assert "value: " in m["attrs"]["title"]
    # the samples do hold figures inside an entity, so the count above tests the rule
    assert any(f["quantity_start"] < e["end"] and e["start"] < f["quantity_end"]
               for record in records[: len(SAMPLES)] for f in record["figures"] for e in record["entities"])


def test_founding_sample_figure_carries_its_values(reader):
    cut = next(m for m in reader.marks if m["section"] == "doc-1" and m["text"] == "220")
    assert cut["attrs"]["data-type"] == "figure"
    assert cut["attrs"]["data-value"] == "220"
    assert cut["attrs"]["data-subject"] == "biên chế"
    assert cut["attrs"]["data-action"] == "cắt giảm"
    assert cut["attrs"]["data-direction"] == "-"


# "X Lê Thu có 5 người": the person is [2, 8), the quantity "5" [12, 13)
@pytest.mark.parametrize("quantity, expected", [
    ((12, 13), ["person", "figure"]),  # apart: both marked
    ((0, 4), ["person"]),  # starts before the entity and reaches into it: the entity is kept
    ((3, 6), ["person"]),  # inside the entity
    ((6, 13), ["person"]),  # from inside the entity to past it
    ((12, 99), ["person"]),  # past the end of the text: skipped, never trusted
], ids=["apart", "into-entity", "inside-entity", "out-of-entity", "out-of-range"])
def test_nesting_rule_entities_win(quantity, expected):
    record = {"text": "X Lê Thu có 5 người",
              "entities": [{"type": "person", "text": "Lê Thu", "start": 2, "end": 8, "id": "p1", "roles": []}],
              "figures": [{"text": "5 người", "start": 12, "end": 19, "quantity_start": quantity[0],
                           "quantity_end": quantity[1], "value": 5}]}
    kinds = [h.tag.split('data-type="')[1].split('"')[0] for h in highlights(record)]
    assert kinds == expected


def test_markup_in_the_text_is_escaped_not_interpreted():
    text = 'Ông <b>Lê Thu</b> & "bạn" <script>alert(1)</script>'
    start = text.index("Lê Thu")
    record = {"schema": "vnreport/1", "source": "<x>.txt", "title": text, "text": text,
              "entities": [{"type": "person", "text": "Lê Thu", "start": start, "end": start + 6, "id": "p1",
                            "roles": ['"Chủ tịch" <i>']}], "figures": [], "abbreviations": []}
    markup = page([record])
    reader = read_page(markup)
    assert "".join(reader.texts["doc-1"]) == text
    assert "<script>alert" not in markup and "<b>Lê" not in markup
    assert reader.marks[0]["attrs"]["data-roles"] == '"Chủ tịch" <i>'


# ------------------------------------------------------------------------------ structure


def test_one_section_per_record_and_the_index_links_to_them(records, reader):
    assert reader.sections == [f"doc-{i}" for i in range(1, len(records) + 1)]
    assert reader.index_links == [f"#{s}" for s in reader.sections]


def test_a_single_document_has_no_index(records):
    reader = read_page(page(records[:1]))
    assert reader.sections == ["doc-1"] and reader.index_links == []


def test_no_external_resources(markup, reader):
    # every src/href is a fragment inside the page: nothing to fetch, nothing to leak
    assert all(u.startswith("#") for u in reader.urls), reader.urls
    assert not re.search(r"https?://", markup)
    assert "<link" not in markup and "@import" not in markup and "url(" not in markup
    assert "<script src" not in markup


def test_readable_on_a_phone(markup):
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in markup
    assert "@media" in markup
    assert markup.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in markup


def test_tables_below_the_text(records, markup):
    founding = re.search(r'<section id="doc-1">.*?</section>', markup, re.S).group(0)
    for caption in ("People", "Organizations", "Dates", "Figures"):
        assert f"<caption>{caption}</caption>" in founding
    assert founding.index('class="doc-text"') < founding.index("<caption>People</caption>")
    assert "Ủy ban nhân dân tỉnh" in founding  # UBND tỉnh's expansion
    assert "<b>2018-01-31</b>" in founding  # "Ngày 31.1", the year inferred
    assert "<li>Phó Bí thư Tỉnh ủy</li><li>Chủ tịch UBND tỉnh</li>" in founding
    assert '<td class="num">2</td>' in founding  # Nguyễn Văn Phóng's two mentions


def test_an_error_record_renders_as_an_error_line(records, reader):
    last = f"doc-{len(records)}"
    assert reader.errors[last] == "error: broken.txt: binary file (NUL bytes), not text"
    assert not reader.texts[last]


def test_a_record_without_text_keeps_its_tables(records):
    record = {k: v for k, v in records[0].items() if k != "text"}
    markup = page([record])
    assert 'class="doc-text"' not in markup and "<caption>People</caption>" in markup


def test_write_html_writes_the_page(records):
    out = io.StringIO()
    write_html(iter(records), out)
    assert out.getvalue() == page(records)


# ------------------------------------------------------------------------------ in a browser


@pytest.fixture(scope="module")
def browser() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install -y chromium); the browser test needs it")
    return path


def test_chromium_builds_every_mark_and_takes_a_phone_screenshot(browser, records, markup, tmp_path):
    check = load_browser_check()
    page_file = tmp_path / "report.html"
    page_file.write_text(markup, encoding="utf-8")
    dom = check.dumped_dom(browser, page_file)
    assert check.entity_marks(dom) == sum(len(r.get("entities", [])) for r in records)
    assert 'id="doc-1"' in dom and 'class="error"' in dom
    # the founding sample alone is what a phone user sees first: keep its screenshot
    single = tmp_path / "founding.html"
    single.write_text(page(records[:1]), encoding="utf-8")
    folder = SCREENSHOTS if (ROOT / ".git").exists() else tmp_path
    png = check.screenshot(browser, single, folder / "html-phone.png", check.PHONE)
    assert png.stat().st_size > 10_000  # a blank page compresses to far less


def test_tapping_a_highlight_opens_the_panel_with_its_values(browser, records, tmp_path):
    check = load_browser_check()
    single = tmp_path / "founding.html"
    single.write_text(page(records[:1]), encoding="utf-8")
    dom = check.dumped_dom(browser, check.tapped(single, ".doc-text mark.person"))
    panel = re.search(r"<aside.*?</aside>", dom, re.S).group(0)
    assert 'class="panel open"' in panel
    assert "<h2>Nguyễn Văn Phóng · Person</h2>" in panel
    assert "<dd>Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh</dd>" in panel
    assert dom.count('class="ent person same"') == 2  # both mentions of p1 outlined
