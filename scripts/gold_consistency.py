"""How far the development gold's figure subjects agree with themselves where the text is the same.

    python scripts/gold_consistency.py

Two measures, over the development gold files whose subject starts right after the quantity
("220 biên chế", "3 người bị thương"), where the end of the phrase is the whole question:

- the same context: figures of the same unit followed by the same five tokens in different
  articles are grouped, and the share of pairs within a group with the same subject (compared as
  `vnreport eval` compares them) is printed: a ceiling for any reader of the text alone;
- a clause after the noun: for each word that may open one ("bị", "được", "có" ...), how often a
  subject holds it (it runs on into the clause) and how often it stops right before it.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vnreport.scoring import read_gold, same_phrase  # noqa: E402

#: words that may open a clause or a phrase after a counted noun
CLAUSE_OPENERS = ("bị", "được", "đã", "có", "đang", "sẽ", "dành", "tham", "của", "trên", "tại", "ở", "thuộc", "làm",
                  "không", "chưa", "với", "cho", "trong", "mà", "do", "từ", "theo", "về", "vào", "phải", "nhận")
CONTEXT = 5


def _subjects_after_quantity():
    """(article, unit, the text after the quantity, gold subject) of each development figure whose
    subject starts right after its quantity."""
    for path in sorted((ROOT / "tests/gold").glob("*.json")):
        gold, text = read_gold(path, ROOT)
        if gold["split"] != "dev":
            continue
        for figure in gold["figures"]:
            subject, end = figure.get("subject"), figure["end"]
            if subject and 0 <= text.find(subject, end) - end <= 2:
                yield path.stem, figure.get("unit") or "", text[end : end + 200], subject


def main() -> int:
    groups: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    kept, stopped = Counter(), Counter()
    for article, unit, after, subject in _subjects_after_quantity():
        tokens = re.findall(r"\w+|[^\w\s]", after.lower())[:CONTEXT]
        if len(tokens) == CONTEXT:
            groups[(unit, tuple(tokens))].append((article, subject))
        words = subject.lower().split()
        opener = next((w for w in words[1:] if w in CLAUSE_OPENERS), None)
        if opener:
            kept[opener] += 1
        else:
            rest = after[after.find(subject) + len(subject):]
            following = re.match(r" (\w+)", rest)
            if following and following.group(1).lower() in CLAUSE_OPENERS:
                stopped[following.group(1).lower()] += 1
    pairs = same = figures = 0
    shared = [members for members in groups.values() if len({article for article, _ in members}) > 1]
    for members in shared:
        figures += len(members)
        for (a, x), (b, y) in combinations(members, 2):
            pairs += 1
            same += same_phrase(x, y)
    print(f"same {CONTEXT} tokens after the quantity in different articles: {len(shared)} groups, "
          f"{figures} figures, {same / max(1, pairs):.3f} of {pairs} pairs with the same subject")
    print("a clause after the noun: the subject holds it / stops right before it")
    for word in CLAUSE_OPENERS:
        print(f"  {word:6} {kept[word]:4} / {stopped[word]:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
