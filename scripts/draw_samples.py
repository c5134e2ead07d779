"""Draw a fresh held-out set of sample reports and write the annotators' briefs.

    python scripts/draw_samples.py MIRROR SEED            # print the draw, nothing written
    python scripts/draw_samples.py MIRROR SEED --add --briefs DIR

MIRROR is a git copy of magizbox/underthesea.classification (`fetch` gives a bare one; fetched,
never committed). From the VNTC "Chính trị - Xã hội" test folder at the commit the samples come
from, it takes the files not yet in `samples/vntc/MANIFEST.tsv` (sorted by their names there),
draws 30 of them with ``random.Random(SEED).sample`` and keeps, in the order drawn, the first 24
that share no more than 30% of their five-word runs with a sample already in the folder or kept
before them (a near-copy would be scored on text the tool was developed on). With ``--add`` it
converts the 24 to UTF-8 (the originals are UTF-16LE with a BOM; nothing else changes) into
`samples/vntc/` and appends their rows to the manifest. With ``--briefs DIR`` it deals them to four
annotators A-D in snake order of size (largest first: A B C D D C B A ...) and writes each one's
brief, `tests/gold/BRIEF.md` with its letter, its files, its output folder (DIR/ann/<letter>) and
the line where the rules part of `tests/gold/CONVENTIONS.md` ends filled in.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "samples/vntc/MANIFEST.tsv"
ORIGIN = "magizbox/underthesea.classification"
COMMIT = "785f98ec821eb2cb6ad214fcad37b13c30aa5137"
FOLDER = "data/raw/Test_Full/Chinh tri Xa hoi"
DRAWN, KEPT, MAX_SHARED = 30, 24, 0.30


def sample_name(original: str) -> str:
    """The name a corpus file gets in samples/vntc ("XH_VNE_T_ (430).txt" -> "XH_VNE_T_430.txt")."""
    return original.replace("_ (", "_").replace(")", "")


def five_word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def draw(mirror: Path, seed: int) -> list[tuple[str, str]]:
    """The kept (original name, text) pairs, in the order drawn; near-copies reported on stderr."""
    def git(*args: str) -> bytes:
        return subprocess.run(["git", "-C", str(mirror), *args], capture_output=True, check=True).stdout

    used = {line.split("\t")[0] for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:]}
    names = sorted(n for n in git("ls-tree", "--name-only", f"{COMMIT}:{FOLDER}").decode().splitlines()
                   if n and sample_name(n) not in used)
    existing = [five_word_runs(p.read_text(encoding="utf-8-sig")) for p in (ROOT / "samples/vntc").glob("*.txt")]
    kept: list[tuple[str, str]] = []
    for name in random.Random(seed).sample(names, DRAWN):
        text = git("show", f"{COMMIT}:{FOLDER}/{name}").decode("utf-16")
        runs = five_word_runs(text)
        shared = max((len(runs & other) / max(1, len(runs)) for other in existing), default=0.0)
        if shared > MAX_SHARED:
            print(f"left out {sample_name(name)}: {shared:.2f} of its five-word runs in a sample", file=sys.stderr)
            continue
        kept.append((name, text))
        existing.append(runs)
        if len(kept) == KEPT:
            break
    return kept


def add(kept: list[tuple[str, str]]) -> None:
    rows = []
    for name, text in kept:
        target = ROOT / "samples/vntc" / sample_name(name)
        if target.exists():
            raise SystemExit(f"{target} exists")
        target.write_bytes(text.encode("utf-8"))
        rows.append(f"{sample_name(name)}\t{ORIGIN}\t{COMMIT}\t{FOLDER}/{name}\n")
    with MANIFEST.open("a", encoding="utf-8") as f:
        f.writelines(rows)


def write_briefs(kept: list[tuple[str, str]], out: Path) -> None:
    # by the size of the UTF-8 copy, largest first
    stems = [sample_name(n)[:-4] for n, _ in sorted(kept, key=lambda k: -len(k[1].encode("utf-8")))]
    groups: dict[str, list[str]] = {letter: [] for letter in "ABCD"}
    for stem, letter in zip(stems, "ABCDDCBA" * 3):
        groups[letter].append(stem)
    conventions = (ROOT / "tests/gold/CONVENTIONS.md").read_text(encoding="utf-8").splitlines()
    rules_end = next(i for i, line in enumerate(conventions) if line.startswith("## Decisions recorded"))
    template = (ROOT / "tests/gold/BRIEF.md").read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    for letter, group in groups.items():
        files = "\n".join(f"- `samples/vntc/{stem}.txt`" for stem in group)
        brief = (template.replace("{LETTER}", letter).replace("{FILES}", files)
                 .replace("{RULES_END}", str(rules_end)).replace("{DECISIONS_FROM}", str(rules_end + 1))
                 .replace("{OUT}", str(out / "ann")))
        (out / f"brief_{letter}.md").write_text(brief, encoding="utf-8")
        print(letter, " ".join(group))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mirror", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("--add", action="store_true", help="copy the draw into samples/vntc and the manifest")
    parser.add_argument("--briefs", type=Path, help="write the four annotators' briefs into this folder")
    args = parser.parse_args()
    kept = draw(args.mirror, args.seed)
    for name, _ in kept:
        print(sample_name(name))
    if args.add:
        add(kept)
    if args.briefs:
        write_briefs(kept, args.briefs)


if __name__ == "__main__":
    main()
