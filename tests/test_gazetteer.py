"""Word lists: loaded from data files, matched regardless of tone placement and case."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from vnreport.gazetteer import Gazetteer, gazetteers

ROOT = Path(__file__).resolve().parents[1]


def test_generated_places_match_their_source():
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts/build_gazetteers.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    mapping = json.loads(build.mapping_path().read_text(encoding="utf-8"))
    assert (ROOT / "vnreport/data/gazetteer/vn_places.txt").read_text(encoding="utf-8") == build.render(
        build.place_names(mapping))


def test_old_and_new_tone_placement_match():
    gaz = gazetteers()
    assert "Tỉnh uỷ" in gaz["body"] and "Tỉnh ủy" in gaz["body"]
    assert "chủ tịch" in gaz["title"]


def test_longest_match_wins():
    g = Gazetteer(["Ủy ban", "Ủy ban nhân dân"])
    keys = ["ủy", "ban", "nhân", "dân", "tỉnh"]
    assert g.match_at(keys, 0) == 4
    assert g.bio(keys) == ["B", "I", "I", "I", "O"]


def test_every_list_loads_and_is_not_empty():
    for name, gaz in gazetteers().items():
        assert gaz.phrases, name


def test_match_before_finds_the_longest_phrase_ending_at_a_token():
    from vnreport.gazetteer import phrase_key

    gaz = Gazetteer(["ông", "bệnh nhân", "cô giáo"])
    keys = list(phrase_key("hôm qua bệnh nhân N.T.T. và cô giáo Lan".split()))
    assert gaz.match_before(keys, 4) == 2  # "bệnh nhân" before "N.T.T."
    assert gaz.match_before(keys, 8) == 2  # "cô giáo" before "Lan"
    assert gaz.match_before(keys, 6) == 0  # "và" is no phrase
    assert gaz.match_before(keys, 0) == 0  # nothing before the first token
