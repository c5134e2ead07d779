"""Real-world files: links, loops, duplicates, random bytes; nothing crashes, nothing is lost."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnreport.batch import Options, process
from vnreport.cli import cli
from vnreport.inputs import Source, expand

from .conftest import FOUNDING


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_broken_symlink_is_named(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    result = run("extract", str(tmp_path / "gone.txt"), "--json")
    assert result.exit_code == 1
    assert "broken symbolic link" in result.stderr


def test_symlink_loop_in_a_folder_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_bytes(FOUNDING.read_bytes())
    (tmp_path / "loop").symlink_to(tmp_path)
    sources = list(expand([str(tmp_path)]))
    assert [Path(s.name).name for s in sources] == ["a.txt"]


def test_a_path_given_twice_is_processed_once(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(FOUNDING.read_bytes())
    (tmp_path / "alias.txt").symlink_to(target)
    result = run("extract", str(target), str(target), str(tmp_path / "alias.txt"), "--format", "jsonl")
    assert len(result.stdout.splitlines()) == 1 and result.exit_code == 0


def test_a_folder_given_as_a_file_pattern_mismatch(tmp_path):
    (tmp_path / "sub").mkdir()
    result = run("extract", str(tmp_path / "sub"), "--json")
    assert result.exit_code == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(tmp_path, data):
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    record = process(Source(str(path)), Options())
    assert record["source"] == str(path)
    assert "error" in record or record["schema"] == "vnreport/1"
    if "error" in record:
        assert "\n" not in record["error"] and "internal error" not in record["error"]


def test_mangled_reports_give_records_not_crashes(tmp_path):
    rng = random.Random(7)
    original = FOUNDING.read_bytes()
    for i in range(30):
        data = bytearray(original)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"m{i:02d}.txt"
        path.write_bytes(bytes(data[: rng.randint(0, len(data))]))
    result = run("extract", str(tmp_path), "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 30
    assert not any("internal error" in r.get("error", "") for r in records)


def test_crlf_nbsp_and_zero_width_text_keeps_offsets(tmp_path):
    text = "Ngày\u00a031.1,\u200b Sở Nội vụ họp.\r\nÔng Nguyễn Văn Phóng dự.\r\n"
    path = tmp_path / "odd.txt"
    path.write_bytes(text.encode("utf-8"))
    record = process(Source(str(path)), Options(include_text=True))
    for e in record["entities"]:
        assert record["text"][e["start"]: e["end"]] == e["text"]
    assert any(e["text"] == "Nguyễn Văn Phóng" for e in record["entities"])


def test_nfd_input_is_normalized(tmp_path):
    import unicodedata

    path = tmp_path / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", FOUNDING.read_text(encoding="utf-8")).encode("utf-8"))
    nfd = process(Source(str(path)), Options())
    nfc = process(Source(str(FOUNDING)), Options())
    assert nfd["entities"] == nfc["entities"] and nfd["figures"] == nfc["figures"]


def test_unreadable_file_is_named(tmp_path):
    if os.geteuid() == 0:
        # root reads anything: make the path a folder-shaped file name instead
        path = tmp_path / "dir.txt"
        path.mkdir()
        record = process(Source(str(path)), Options())
    else:
        path = tmp_path / "locked.txt"
        path.write_text("x")
        path.chmod(0)
        record = process(Source(str(path)), Options())
    assert record["error"].startswith(str(path))
