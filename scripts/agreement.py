"""How often two human annotators agree on figure subjects, actions and date values.

    python scripts/agreement.py            # tests/agreement against tests/gold
    python scripts/agreement.py --tool     # and the tool against each annotator

tests/agreement/ holds a second, independent annotation of three sets (rows 64-79, held
out; rows 96-119 and 864-887, held out when they were annotated and development data since;
rows of samples/vntc/MANIFEST.tsv; of rows 864-887, the 18 articles whose second annotators
did not see the first annotators' recorded decisions on them): the annotators were given
the spans, values and units of the gold figures and the spans of the gold dates, never the
first annotator's subjects, actions or date values, and wrote those anew. Each set is reported on its own. Agreement uses the
comparison `vnreport eval` scores with (subjects and actions by match_key, dates exact),
so it is the ceiling to read the tool's subject and date accuracy against.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vnreport.scoring import same_date, same_phrase  # noqa: E402


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _tool_items(source: Path) -> tuple[dict, list]:
    """The tool's figures by span and its dates, for one source text."""
    import unicodedata

    import vnreport

    report = vnreport.extract(unicodedata.normalize("NFC", source.read_bytes().decode("utf-8-sig")))
    figures = {}
    for f in report.figures:
        figures.setdefault((f.start, f.end), f.fields)
    dates = [(d.start, d.end, d.fields.get("value") or d.fields.get("pattern"))
             for d in report.entities if d.type == "date"]
    return figures, dates


def _overlapping(items, start, end):
    return [x for x in items if x[0] < end and start < x[1]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", action="store_true", help="also compare the tool with each annotator")
    args = parser.parse_args()

    manifest = (ROOT / "samples" / "vntc" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    row_of = {line.split("\t")[0][:-4]: n for n, line in enumerate(manifest, 1)}
    sets: dict[str, list] = {}
    for p in sorted((ROOT / "tests" / "agreement").glob("*.json")):
        name = next(f"rows {a}-{b}" for a, b in _SETS if a <= row_of[p.stem] <= b)
        sets.setdefault(name, []).append((_load(p), _load(ROOT / "tests" / "gold" / p.name)))
    for name, pairs in sets.items():
        print(f"{name}: ", end="")
        _report(pairs, args.tool)
    return 0


_SETS = ((64, 79), (96, 119), (864, 887))  # the MANIFEST rows of each annotated set


def _report(pairs: list, tool: bool) -> None:
    """Print the agreement table for (second, first) annotation pairs."""
    rows = {"subject": [0, 0, 0], "action": [0, 0, 0], "date value": [0, 0, 0]}
    figures = dates = 0
    for second, first in pairs:
        gold_figures = {(f["start"], f["end"]): f for f in first["figures"]}
        gold_dates = {(d["start"], d["end"]): d for d in first["dates"]}
        tool_figures, tool_dates = _tool_items(ROOT / first["source"]) if tool else ({}, [])
        for f in second["figures"]:
            g = gold_figures[(f["start"], f["end"])]
            figures += 1
            t = _tool_span(tool_figures, f["start"], f["end"])
            for field in ("subject", "action"):
                row = rows[field]
                row[0] += same_phrase(g[field], f[field])
                if t is not None:
                    row[1] += same_phrase(g[field], t.get(field))
                    row[2] += same_phrase(f[field], t.get(field))
        for d in second["dates"]:
            g = gold_dates[(d["start"], d["end"])]
            dates += 1
            found = [v for _, _, v in _overlapping(tool_dates, d["start"], d["end"])]
            rows["date value"][0] += same_date(g["value"], d["value"])
            rows["date value"][1] += any(same_date(g["value"], v) for v in found)
            rows["date value"][2] += any(same_date(d["value"], v) for v in found)

    print(f"{len(pairs)} documents, {figures} figures, {dates} dates (share of all items)")
    header = f"{'':12} {'annotators':>11}"
    if tool:
        header += f" {'tool/first':>11} {'tool/second':>12}"
    print(header)
    for name, (both, tool_first, tool_second) in rows.items():
        n = dates if name == "date value" else figures
        line = f"{name:12} {both / n:11.3f}"
        if tool:
            line += f" {tool_first / n:11.3f} {tool_second / n:12.3f}"
        print(line)


def _tool_span(tool_figures: dict, start: int, end: int):
    """The tool's figure over the same quantity: same span, else the first overlapping one."""
    if (start, end) in tool_figures:
        return tool_figures[(start, end)]
    for (s, e), fields in tool_figures.items():
        if s < end and start < e:
            return fields
    return None


if __name__ == "__main__":
    sys.exit(main())
