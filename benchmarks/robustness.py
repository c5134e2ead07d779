"""Robustness sweep: many awkward inputs through the CLI's batch path; count crashes and losses.

    python benchmarks/robustness.py [--files 1000]

Builds a folder of files from the samples: intact, in every supported
encoding, truncated, with random bytes flipped, random bytes only, empty,
binary headers (PDF, PNG, ZIP), NUL-ridden, NFD, huge lines; runs
`vnreport extract DIR --format jsonl --workers 2` and checks that every file
gives exactly one record, in sorted order, that no record is an internal
error, and that every record is valid against the schema.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnreport.encoding import encode  # noqa: E402

HEADERS = [b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x1f\x8b\x08", b"\xff\xd8\xff\xe0"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "windows-1258", "tcvn3", "vni", "viscii"]


def variants(texts: list[str], n: int, rng: random.Random) -> list[tuple[str, bytes]]:
    """(kind, bytes) for ``n`` files."""
    out = []
    for i in range(n):
        text = texts[i % len(texts)]
        kind = rng.choice(["intact", "encoded", "truncated", "flipped", "random", "empty", "binary",
                           "nul", "nfd", "long-line"])
        if kind == "intact":
            data = text.encode("utf-8")
        elif kind == "encoded":
            name = rng.choice(ENCODINGS)
            try:
                data = encode(text, name)
            except (UnicodeError, ValueError):
                kind, data = "intact", text.encode("utf-8")
        elif kind == "truncated":
            raw = text.encode("utf-8")
            data = raw[: rng.randrange(len(raw) + 1)]
        elif kind == "flipped":
            raw = bytearray(text.encode("utf-8"))
            for _ in range(rng.randint(1, 50)):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            data = bytes(raw)
        elif kind == "random":
            data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000)))
        elif kind == "empty":
            data = b""
        elif kind == "binary":
            data = rng.choice(HEADERS) + bytes(rng.randrange(256) for _ in range(500))
        elif kind == "nul":
            data = text.encode("utf-8").replace(b" ", b"\x00", 5)
        elif kind == "nfd":
            data = unicodedata.normalize("NFD", text).encode("utf-8")
        else:
            data = (text.replace("\n", " ") * 20).encode("utf-8")
        out.append((kind, data))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    import jsonschema

    schema = json.loads((ROOT / "vnreport/data/schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    samples = sorted(ROOT.glob("samples/**/*.txt"))
    texts = [unicodedata.normalize("NFC", p.read_bytes().decode("utf-8-sig")) for p in samples]
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        kinds = {}
        for i, (kind, data) in enumerate(variants(texts, args.files, rng)):
            name = f"f{i:05d}.txt"
            (folder / name).write_bytes(data)
            kinds[name] = kind
        done = subprocess.run([sys.executable, "-m", "vnreport", "extract", str(folder), "--format", "jsonl",
                               "--workers", "2"], capture_output=True, text=True)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    names = [Path(r["source"]).name for r in records]
    crashes = [r for r in records if "internal error" in r.get("error", "")]
    invalid = [r for r in records if not validator.is_valid(r)]
    failed = Counter(kinds[Path(r["source"]).name] for r in records if "error" in r)
    print(f"inputs tried: {args.files} ({dict(Counter(kinds.values()))})")
    print(f"records out: {len(records)}, in sorted order: {names == sorted(kinds)}")
    print(f"files lost: {len(set(kinds) - set(names))}, crashes (internal errors): {len(crashes)}, "
          f"records invalid against the schema: {len(invalid)}")
    print(f"refused with a one-line error, by kind: {dict(failed)}")
    print(f"exit code: {done.returncode} (1 when any input failed)")
    return 0 if not crashes and not invalid and len(records) == args.files else 1


if __name__ == "__main__":
    sys.exit(main())
