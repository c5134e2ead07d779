"""The corpus summary: the streaming aggregator, its CSV and its rich tables."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from vnreport.render.summary import csv_rows, tables, write_csv
from vnreport.summary import CorpusSummary, summarize

ROOT = Path(__file__).resolve().parents[1]
VNTC = ROOT / "samples/vntc"


def person(text: str, pid: str, *roles: str) -> dict[str, Any]:
    return {"type": "person", "text": text, "start": 0, "end": len(text), "id": pid, "roles": list(roles)}


def org(text: str, expansion: str | None = None) -> dict[str, Any]:
    return {"type": "organization", "text": text, "start": 0, "end": len(text), "expansion": expansion,
            "generic": False}


def place(text: str) -> dict[str, Any]:
    return {"type": "location", "text": text, "start": 0, "end": len(text)}


def date(value: str | None) -> dict[str, Any]:
    return {"type": "date", "text": "ngày", "start": 0, "end": 4, "value": value, "year_inferred": False}


def figure(value: float, subject: str | None, action: str | None = None, direction: str | None = None,
           unit: str | None = None) -> dict[str, Any]:
    text = " ".join(str(w) for w in (action, value, subject) if w is not None)
    return {"text": text, "start": 0, "end": len(text), "value": value, "unit": unit, "subject": subject,
            "action": action, "direction": direction}


def record(source: str, entities: list[dict[str, Any]] = (), figures: list[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"schema": "vnreport/1", "source": source, "entities": list(entities), "figures": list(figures)}


def error(source: str) -> dict[str, Any]:
    return {"schema": "vnreport/1", "source": source, "error": f"{source}: binary file, not text"}


# ------------------------------------------------------------------------------------ people

PEOPLE_CASES = [
    pytest.param(
        [record("a", [person("Nguyễn Văn Phóng", "p1", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
                      person("Nguyễn Văn Phóng", "p1", "Chủ tịch UBND tỉnh")])],
        [{"name": "Nguyễn Văn Phóng", "mentions": 2, "documents": 1,
          "roles": [["Chủ tịch UBND tỉnh", 2], ["Phó Bí thư Tỉnh ủy", 1]]}],
        id="roles counted per mention, most frequent first"),
    pytest.param(
        [record("a", [person("Quách Minh Cường", "p2", "chuyên viên"), person("Cường", "p2")])],
        [{"name": "Quách Minh Cường", "mentions": 2, "documents": 1, "roles": [["chuyên viên", 1]]}],
        id="short mention folded into the longest name of its id"),
    pytest.param(
        [record("a", [person("Nguyễn Văn Hoà", "p1", "Chủ tịch")]),
         record("b", [person("Nguyễn Văn Hòa", "p1", "Chủ tịch")]),
         record("c", [person("Nguyễn Văn Hòa", "p7")])],
        [{"name": "Nguyễn Văn Hòa", "mentions": 3, "documents": 3, "roles": [["Chủ tịch", 2]]}],
        id="tone-placement variants merge, most written form shown"),
    pytest.param(
        [record("a", [person("Lê Văn A", "p1", "Tỉnh uỷ viên")]),
         record("b", [person("Lê Văn A", "p1", "Tỉnh ủy viên")]),
         record("c", [person("Lê Văn A", "p1", "Tỉnh ủy viên")])],
        [{"name": "Lê Văn A", "mentions": 3, "documents": 3, "roles": [["Tỉnh ủy viên", 3]]}],
        id="role variants merge too"),
    pytest.param(
        [record("a", [person("Trần B", "p1"), person("Lê C", "p2"), person("Lê C", "p2")]),
         record("b", [person("Trần B", "p1")])],
        [{"name": "Trần B", "mentions": 2, "documents": 2, "roles": []},
         {"name": "Lê C", "mentions": 2, "documents": 1, "roles": []}],
        id="ranked by mentions, then documents"),
    pytest.param(
        [record("a", [person("Trần B", "p1"), person("Lê C", "p2")])],
        [{"name": "Trần B", "mentions": 1, "documents": 1, "roles": []},
         {"name": "Lê C", "mentions": 1, "documents": 1, "roles": []}],
        id="full ties kept in first-seen order"),
    pytest.param(
        [record("a", [person("Trần B", "p1"), person("Trần B", "p2")])],
        [{"name": "Trần B", "mentions": 2, "documents": 1, "roles": []}],
        id="two ids with one name in a document count one document"),
]


@pytest.mark.parametrize("records, expected", PEOPLE_CASES)
def test_people(records: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    assert summarize(records)["people"] == expected


# ------------------------------------------------------------------------ bodies and places

NAMED_CASES = [
    pytest.param(
        "organizations",
        [record("a", [org("UBND tỉnh", "Ủy ban nhân dân tỉnh"), org("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
                      org("Sở Nội vụ")]),
         record("b", [org("Sở Nội vụ"), org("UBND tỉnh")])],
        [{"name": "UBND tỉnh", "expansion": "Ủy ban nhân dân tỉnh", "mentions": 3, "documents": 2},
         {"name": "Sở Nội vụ", "expansion": None, "mentions": 2, "documents": 2}],
        id="organizations with expansions"),
    pytest.param(
        "organizations",
        [record("a", [org("Tỉnh uỷ")]), record("b", [org("Tỉnh ủy"), org("Tỉnh ủy")])],
        [{"name": "Tỉnh ủy", "expansion": None, "mentions": 3, "documents": 2}],
        id="organization tone variants merge"),
    pytest.param(
        "locations",
        [record("a", [place("Hà Nội"), place("Hoà Bình")]), record("b", [place("Hòa Bình"), place("Hòa Bình")])],
        [{"name": "Hòa Bình", "mentions": 3, "documents": 2}, {"name": "Hà Nội", "mentions": 1, "documents": 1}],
        id="locations"),
]


@pytest.mark.parametrize("section, records, expected", NAMED_CASES)
def test_named(section: str, records: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    assert summarize(records)[section] == expected


def test_top_cuts_every_list() -> None:
    records = [record("a", [person(f"Người {i}", f"p{i}") for i in range(5)] + [place(f"Nơi {i}") for i in range(5)],
                      [figure(i, f"thứ {i}") for i in range(5)])]
    summary = summarize(records, top=2)
    assert [len(summary[k]) for k in ("people", "locations", "figures_by_subject")] == [2, 2, 2]


# ---------------------------------------------------------------------------------- dates

DATE_CASES = [
    pytest.param([["2018-01-31", "2017", "2018-06-11"]], ("2017", "2018-06-11", 1), id="plain values"),
    pytest.param([["2018-06-11", "2018"]], ("2018", "2018", 1), id="a year reaches past its days"),
    pytest.param([["2018-03"], ["2018-03-31"]], ("2018-03", "2018-03", 2), id="a month reaches past its days"),
    pytest.param([["2005/2006"], ["2005-09-05"]], ("2005", "2006", 2), id="interval: both ends count"),
    pytest.param([["2018-01/2018-03", "2018-02-10"]], ("2018-01", "2018-03", 1), id="interval spans a day"),
    pytest.param([[None, "--04-28"], ["2010"]], ("2010", "2010", 1), id="null and yearless values ignored"),
    pytest.param([[None], []], (None, None, 0), id="no dated document"),
]


@pytest.mark.parametrize("documents, expected", DATE_CASES)
def test_date_range(documents: list[list[str | None]], expected: tuple[Any, Any, int]) -> None:
    records = [record(f"d{i}", [date(v) for v in values]) for i, values in enumerate(documents)]
    dates = summarize(records)["dates"]
    assert (dates["earliest"], dates["latest"], dates["documents_with_dates"]) == expected


# -------------------------------------------------------------------------------- figures

def test_figures_grouped_by_subject() -> None:
    records = [
        record("a.txt", figures=[figure(220, "biên chế", "cắt giảm", "-"), figure(2, None, unit="năm"),
                                 figure(12.5, "cán bộ", "tăng", "+")]),
        record("b.txt", figures=[figure(30, "Biên chế", "tuyển dụng", "+")]),
        error("c.txt"),
    ]
    summary = summarize(records)
    assert summary["figures_by_subject"] == [
        {"subject": "biên chế", "count": 2, "figures": [
            {"value": 220, "unit": None, "action": "cắt giảm", "direction": "-", "source": "a.txt",
             "text": "cắt giảm 220 biên chế"},
            {"value": 30, "unit": None, "action": "tuyển dụng", "direction": "+", "source": "b.txt",
             "text": "tuyển dụng 30 Biên chế"}]},
        {"subject": "cán bộ", "count": 1, "figures": [
            {"value": 12.5, "unit": None, "action": "tăng", "direction": "+", "source": "a.txt",
             "text": "tăng 12.5 cán bộ"}]},
    ]
    assert summary["figures_without_subject"] == 1


def test_figures_kept_per_subject_are_bounded_but_counted() -> None:
    summary = CorpusSummary(figures_per_subject=3)
    for i in range(100):
        summary.add(record(f"{i}.txt", figures=[figure(i, "biên chế")]))
    group = summary.to_dict()["figures_by_subject"][0]
    assert group["count"] == 100 and [f["value"] for f in group["figures"]] == [0, 1, 2]


# ------------------------------------------------------------------------- error records

def test_error_records_counted_not_aggregated() -> None:
    summary = CorpusSummary()
    for r in (record("a", [person("Lê C", "p1"), date("2018")]), error("b"), error("c")):
        summary.add(r)
    result = summary.to_dict()
    assert (result["documents"], result["failed"]) == (1, 2)
    assert result["people"][0]["documents"] == 1 and result["dates"]["documents_with_dates"] == 1


def test_summary_is_json() -> None:
    summary = summarize([record("a", [person("Lê C", "p1", "Giám đốc"), org("UBND", "Ủy ban nhân dân"),
                                      place("Huế"), date("2018")], [figure(1, "hộ")])])
    assert json.loads(json.dumps(summary, ensure_ascii=False)) == summary


# ------------------------------------------------------------------------------ real records

@pytest.fixture(scope="module")
def real_summary() -> dict[str, Any]:
    from vnreport.batch import Options, process_all
    from vnreport.inputs import Source, expand

    paths = [str(VNTC / name) for name in ("XH_NLD_T_8987.txt", "XH_TN_T_8573.txt", "XH_VNE_T_191.txt")]
    sources = [*expand(paths), Source(str(VNTC / "missing.txt"), "no such file or folder")]
    return CorpusSummary().add_all(process_all(sources, Options())).to_dict()


def test_real_records(real_summary: dict[str, Any]) -> None:
    assert (real_summary["documents"], real_summary["failed"]) == (3, 1)
    assert {"name": "TP Cần Thơ", "mentions": 2, "documents": 1} in real_summary["locations"]
    people = {p["name"]: p for p in real_summary["people"]}
    assert people["Quách Minh Cường"]["mentions"] == 2  # "Cường" folded into the full name
    gao = next(g for g in real_summary["figures_by_subject"] if g["subject"] == "gạo")
    assert gao["count"] == len(gao["figures"]) >= 2
    assert {f["source"] for f in gao["figures"]} == {str(VNTC / "XH_TN_T_8573.txt")}
    dates = real_summary["dates"]
    assert dates["earliest"] <= dates["latest"] and dates["documents_with_dates"] >= 1


# ----------------------------------------------------------------------------------- CSV

def test_csv_plain(real_summary: dict[str, Any]) -> None:
    out = io.StringIO(newline="")
    write_csv(real_summary, out, excel=False)
    text = out.getvalue()
    assert not text.startswith("\ufeff") and "\r\n" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(csv_rows(real_summary))
    assert {r["section"] for r in rows} == {"corpus", "people", "organizations", "locations", "dates", "figures"}
    assert {"section": "corpus", "name": "failed", "value": "1"}.items() <= rows[1].items()


def test_csv_excel(real_summary: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "summary.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:  # as atomic_output opens it
        write_csv(real_summary, out, excel=True)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsection,")
    assert data.count(b"\r\n") == data.count(b"\n")  # every line ends CRLF
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert any(r["section"] == "locations" and r["name"] == "TP Cần Thơ" for r in rows)


# ---------------------------------------------------------------------------------- tables

def rendered(summary: dict[str, Any]) -> str:
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(tables(summary))
    return console.export_text()


def test_tables_fit_80_columns(real_summary: dict[str, Any]) -> None:
    text = rendered(real_summary)
    assert max(len(line) for line in text.splitlines()) <= 80
    for title in ("People", "Organizations", "Locations", "Date range", "Figures by subject"):
        assert title in text
    assert "3 documents, 1 failed" in text


def test_tables_fold_long_names() -> None:
    long = "Ban Chỉ đạo " + "cải cách hành chính và phát triển kinh tế xã hội " * 4
    summary = summarize([record("a", [org(long, long), person("Nguyễn " * 20, "p1", "Chủ tịch " * 10)],
                                [figure(1, long, long)])])
    text = rendered(summary)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "phát" in text  # folded onto more lines, not cut off


def test_tables_of_an_empty_corpus() -> None:
    text = rendered(CorpusSummary().to_dict())
    assert "0 documents, 0 failed" in text and "People" not in text and "?" in text
