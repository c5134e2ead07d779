"""The command line: every option, every exit code, the exact messages."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnreport.cli import cli

from .conftest import FOUNDING, ROOT, SAMPLES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for p in SAMPLES[:4]:
        shutil.copy(p, tmp_path / p.name)
    return tmp_path


def test_table_shows_the_founding_sample_in_80_columns():
    result = run("extract", str(FOUNDING))
    assert result.exit_code == 0
    out = result.output
    for expected in ("Sở Nội vụ triển khai nhiệm vụ năm 2018", "People", "Nguyễn Văn Phóng", "Phó Bí thư Tỉnh ủy",
                     "Organizations", "Ủy ban nhân dân tỉnh", "Dates", "2018-01-31", "Figures", "biên chế",
                     "cắt giảm", "CCHC"):
        assert expected in out, expected
    assert max(len(line) for line in out.splitlines()) <= 80


def test_json_is_one_object_for_one_input(schema_validator):
    result = run("extract", str(FOUNDING), "--json")
    assert result.exit_code == 0
    record = json.loads(result.output)
    schema_validator.validate(record)
    assert record["source"] == str(FOUNDING)
    assert record["title"] == "Sở Nội vụ triển khai nhiệm vụ năm 2018"


def test_json_is_an_array_for_several_inputs(folder, schema_validator):
    result = run("extract", str(folder), "--format", "json")
    records = json.loads(result.stdout)
    assert [Path(r["source"]).name for r in records] == sorted(p.name for p in folder.iterdir())
    for record in records:
        schema_validator.validate(record)
    assert result.exit_code == 0


def test_jsonl_streams_one_line_per_document_in_sorted_order(folder):
    result = run("extract", str(folder), "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert [Path(json.loads(line)["source"]).name for line in lines] == sorted(p.name for p in folder.iterdir())
    assert result.stderr.strip() == "processed 4, failed 0, skipped 0"


def test_csv_has_a_row_per_mention():
    result = run("extract", str(FOUNDING), "--format", "csv")
    rows = result.stdout.splitlines()
    assert rows[0].startswith("source,kind,type,text,start,end,value,unit,subject,action")
    assert any(",figure,figure,cắt giảm 220 biên chế," in r for r in rows)
    assert any(",entity,person,Nguyễn Văn Phóng," in r for r in rows)


def test_stdin():
    result = run("extract", "-", "--format", "json", input=FOUNDING.read_bytes())
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert any(e["text"] == "Nguyễn Văn Phóng" for e in record["entities"])


def test_a_broken_file_in_a_folder_is_named_and_the_rest_goes_on(folder):
    (folder / "photo.txt").write_bytes(PNG)
    result = run("extract", str(folder), "--format", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    broken = [r for r in records if "error" in r]
    assert [Path(r["source"]).name for r in broken] == ["photo.txt"]
    assert f"error: {folder / 'photo.txt'}: binary file" in result.stderr
    assert "processed 4, failed 1, skipped 0" in result.stderr


def test_missing_path_is_an_error_with_exit_code_1(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"), "--json")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[0] == f"error: {tmp_path / 'nope.txt'}: no such file or folder"
    assert json.loads(result.stdout)["error"].endswith("no such file or folder")


def test_empty_file_is_an_empty_report(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty), "--json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["entities"] == [] and record["figures"] == [] and record["title"] == ""


def test_folder_without_matching_files(tmp_path):
    (tmp_path / "a.png").write_bytes(PNG)
    result = run("extract", str(tmp_path), "--json")
    assert result.exit_code == 1
    assert "no files matching '*.txt', '*.md', '*.docx', '*.pdf' in this folder" in result.stderr


def test_a_corrupt_docx_in_a_folder_is_named(tmp_path):
    shutil.copy(FOUNDING, tmp_path / "a.txt")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'b.docx'}: not a readable .docx file" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_glob_selects_other_files(tmp_path):
    shutil.copy(FOUNDING, tmp_path / "report.md")
    result = run("extract", str(tmp_path), "--glob", "*.md", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"].endswith("report.md")


@pytest.mark.parametrize("args", [["--format", "yaml"], ["--workers", "0"], ["--reference-date", "31/31"],
                                  ["--encoding", "klingon"], ["--max-size", "lots"], ["--resume"]])
def test_usage_errors_exit_2(args):
    result = run("extract", str(FOUNDING), *args)
    assert result.exit_code == 2
    assert "Error" in result.stderr


def test_no_paths_is_a_usage_error():
    assert run("extract").exit_code == 2


def test_reference_date_sets_the_year():
    result = run("extract", str(FOUNDING), "--json", "--reference-date", "2019")
    record = json.loads(result.stdout)
    assert record["reference_date"] == "2019" and record["reference_source"] == "given"
    assert any(e.get("value") == "2019-01-31" for e in record["entities"])


def test_output_file_is_written(tmp_path):
    out = tmp_path / "out.json"
    result = run("extract", str(FOUNDING), "--json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["title"].startswith("Sở Nội vụ")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_output_file_is_never_left_half_written(tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    import vnreport.render.jsonout as jsonout

    def exploding(records):
        for i, record in enumerate(records):
            if i == 1:
                raise KeyboardInterrupt
            yield json.dumps(record) + "\n"

    monkeypatch.setattr(jsonout, "jsonl_lines", exploding)
    result = run("extract", str(FOUNDING), str(SAMPLES[1]), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 1 and "Aborted" in result.stderr  # click's answer to Ctrl-C
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_resume_skips_what_is_done(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    first = sorted(folder.iterdir())[:2]
    run("extract", *map(str, first), "--format", "jsonl", "-o", str(out))
    result = run("extract", str(folder), "--format", "jsonl", "-o", str(out), "--resume")
    assert result.exit_code == 0
    assert "processed 2, failed 0, skipped 2" in result.stderr
    sources = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("*.txt"))


def test_two_workers_give_identical_output(folder):
    one = run("extract", str(folder), "--format", "jsonl", "--workers", "1").stdout
    two = run("extract", str(folder), "--format", "jsonl", "--workers", "2").stdout
    assert one == two and len(one.splitlines()) == 4


def test_max_size_refuses_big_files(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Hà Nội. " * 200, encoding="utf-8")
    result = run("extract", str(big), "--max-size", "1k", "--json")
    assert result.exit_code == 1
    assert "over --max-size" in result.stderr


def test_legacy_encoding_is_detected_and_reported(tmp_path):
    from vnreport.encoding import encode

    text = FOUNDING.read_text(encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(encode(text.replace("\u00a0", " "), "windows-1258"))
    record = json.loads(run("extract", str(legacy), "--json").stdout)
    assert record["encoding"] == "windows-1258"
    assert any(e["text"] == "Nguyễn Văn Phóng" for e in record["entities"])


def test_unknown_encoding_names_the_file_and_suggests_the_option(tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_bytes(bytes(range(0x80, 0x100)) * 20)
    result = run("extract", str(odd), "--json")
    assert result.exit_code == 1
    assert str(odd) in result.stderr and "--encoding" in result.stderr


def test_batch_of_200_with_a_broken_file_every_20(tmp_path):
    samples = sorted((p.read_bytes() for p in SAMPLES), key=len)[:20]  # short real reports: the batch is what is tested
    for i in range(210):
        data = PNG if i % 20 == 7 else samples[i % len(samples)]
        (tmp_path / f"r{i:03d}.txt").write_bytes(data)
    result = run("extract", str(tmp_path), "--format", "jsonl", "--workers", "2")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == [f"r{i:03d}.txt" for i in range(210)]
    failed = sorted(Path(r["source"]).name for r in records if "error" in r)
    assert failed == [f"r{i:03d}.txt" for i in range(210) if i % 20 == 7]
    assert result.exit_code == 1
    assert "processed 199, failed 11, skipped 0" in result.stderr


def test_every_command_and_option_has_help():
    for name, command in cli.commands.items():
        assert command.help, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"


def test_readme_usage_matches_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- extract-help -->\n```\n(.*?)```", readme, re.S)
    assert block, "README lacks the extract --help block"
    result = CliRunner().invoke(cli, ["extract", "--help"], terminal_width=100, prog_name="vnreport")
    assert block.group(1) == result.output


def test_eval_on_gold_files_prints_scores():
    gold = ROOT / "tests/gold/so-noi-vu-2018.json"
    result = run("eval", str(gold), "--json")
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert scores["gold_documents"] == 1
    assert scores["dates"]["recall"] > 0.5
    table = run("eval", str(gold))
    assert "Dates" in table.output and "Figures" in table.output


def test_eval_reads_enamex(tmp_path):
    muc = tmp_path / "a.muc"
    muc.write_text('Ông <ENAMEX TYPE="PERSON">Nguyễn Văn Phóng</ENAMEX> làm việc tại '
                   '<ENAMEX TYPE="ORGANIZATION">Sở Nội vụ</ENAMEX>.', encoding="utf-8")
    scores = json.loads(run("eval", str(tmp_path), "--json").output)
    assert scores["documents"] == 1
    assert scores["entities"]["person"]["tp"] == 1


def test_version_and_module_entry_point():
    assert run("--version").output.startswith("vnreport, version")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "vnreport", "--help"], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "80"})
    assert done.returncode == 0 and "extract" in done.stdout


def test_include_text_puts_the_document_into_json():
    record = json.loads(run("extract", str(FOUNDING), "--json", "--include-text").stdout)
    assert record["text"].startswith("Sở Nội vụ triển khai")
    for e in record["entities"]:
        assert record["text"][e["start"]: e["end"]] == e["text"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "windows-1258", "vni", "utf-8-sig"])
def test_extraction_is_the_same_whatever_the_encoding(tmp_path, encoding):
    from vnreport.encoding import encode

    text = FOUNDING.read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(encode(text, encoding))
    converted = json.loads(run("extract", str(path), "--json").stdout)
    original = json.loads(run("extract", str(FOUNDING), "--json").stdout)
    assert converted["encoding"] == encoding
    assert converted["entities"] == original["entities"] and converted["figures"] == original["figures"]


def test_named_encoding_overrides_detection(tmp_path):
    from vnreport.encoding import encode

    path = tmp_path / "report.txt"
    path.write_bytes(encode(FOUNDING.read_text(encoding="utf-8"), "vni"))
    record = json.loads(run("extract", str(path), "--json", "--encoding", "vni-windows").stdout)
    assert record["encoding"] == "vni"


def test_summary_across_a_folder(folder):
    result = run("summary", str(folder), "--format", "json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["documents"] == 4 and summary["failed"] == 0
    assert summary["people"] and summary["organizations"]
    table = run("summary", str(folder))
    assert "People" in table.stdout and max(len(line) for line in table.stdout.splitlines()) <= 80


def test_summary_excel_csv_has_a_bom(folder, tmp_path):
    out = tmp_path / "summary.csv"
    result = run("summary", str(folder), "--excel", "-o", str(out))
    assert result.exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsection,") and b"\r\n" in data
    assert run("summary", str(folder), "--excel", "--format", "json").exit_code == 2


def test_html_page_is_written_atomically(tmp_path):
    out = tmp_path / "report.html"
    result = run("extract", str(FOUNDING), str(SAMPLES[1]), "--format", "html", "-o", str(out))
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert page.count("<section") == 2 and 'data-type="person"' in page
    assert "Nguyễn Văn Phóng" in page


def test_output_file_gets_ordinary_permissions(tmp_path):
    out = tmp_path / "out.json"
    run("extract", str(FOUNDING), "--json", "-o", str(out))
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
