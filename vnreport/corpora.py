"""Readers for annotated NER corpora, used by the evaluation and training.

Two formats: VLSP 2018 raw articles with inline, nested
``<ENAMEX TYPE="...">`` tags (only the outermost entity counts), and CoNLL
columns with a BIO tag in the last column (syllables joined by spaces; as in
PhoNER_COVID19). Both give :class:`GoldDocument` objects: plain text and
gold spans in the evaluation's three types.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: corpus type names -> vnreport entity types; anything else is not scored
TYPE_MAP = {
    "PERSON": "person", "PER": "person", "NAME": "person",
    "ORGANIZATION": "organization", "ORG": "organization",
    "LOCATION": "location", "LOC": "location",
}

_TAG = re.compile(r'<ENAMEX\s+TYPE\s*=\s*"?([A-Z\-_]+)"?\s*>|</ENAMEX>')


@dataclass
class GoldDocument:
    name: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def read_enamex(text: str, name: str = "") -> GoldDocument:
    """Strip ENAMEX tags and keep the outermost entities of the scored types.

    >>> d = read_enamex('Ông <ENAMEX TYPE="PERSON">Tô Lâm</ENAMEX> tới <ENAMEX TYPE="ORGANIZATION">Bộ '
    ...                 '<ENAMEX TYPE="LOCATION">X</ENAMEX></ENAMEX>.')
    >>> [(d.text[s:e], t) for s, e, t in d.spans]
    [('Tô Lâm', 'person'), ('Bộ X', 'organization')]
    """
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for m in _TAG.finditer(text):
        # NFC piece by piece, so the offsets refer to the normalized text
        chunk = unicodedata.normalize("NFC", text[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1):
            stack.append((m.group(1), length))
        elif stack:
            kind, start = stack.pop()
            if not stack and kind in TYPE_MAP:
                spans.append((start, length, TYPE_MAP[kind]))
    out.append(unicodedata.normalize("NFC", text[pos:]))
    plain = "".join(out)
    trimmed = (_trimmed(plain, *span) for span in spans)
    return GoldDocument(name, plain, [s for s in trimmed if s[0] < s[1]])


def _trimmed(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    # annotators sometimes include a space inside the tag
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, kind


def read_conll(text: str, name: str = "") -> Iterator[GoldDocument]:
    """One :class:`GoldDocument` per blank-line-separated sentence.

    >>> [(d.text, d.spans) for d in read_conll("Bà B-NAME\\nHoa I-NAME\\nđến O\\n\\n")]
    [('Bà Hoa đến', [(0, 6, 'person')])]
    """
    for i, block in enumerate(re.split(r"\n\s*\n", text)):
        rows = [line.split() for line in block.splitlines() if line.strip()]
        if not rows:
            continue
        words: list[str] = []
        spans: list[tuple[int, int, str]] = []
        offset = 0
        current: list = []  # [start, end, type]
        for row in rows:
            word, tag = unicodedata.normalize("NFC", row[0].replace("_", " ")), row[-1]
            start = offset + (1 if words else 0)
            end = start + len(word)
            prefix, _, kind = tag.partition("-")
            if prefix in ("B", "I") and kind in TYPE_MAP:
                if prefix == "I" and current and current[2] == TYPE_MAP[kind]:
                    current[1] = end
                else:
                    if current:
                        spans.append(tuple(current))
                    current = [start, end, TYPE_MAP[kind]]
            elif current:
                spans.append(tuple(current))
                current = []
            if prefix in ("B", "I") and kind not in TYPE_MAP and current:
                spans.append(tuple(current))
                current = []
            words.append(word)
            offset = end
        if current:
            spans.append(tuple(current))
        yield GoldDocument(f"{name}#{i}", " ".join(words), spans)


def read_path(path: Path) -> Iterator[GoldDocument]:
    """Every gold document under ``path`` (a file or a folder of .muc/.conll/.txt files)."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        raw = file.read_bytes().decode("utf-8-sig", errors="replace")
        if file.suffix == ".muc" or "<ENAMEX" in raw:
            yield read_enamex(raw, str(file))
        elif file.suffix in (".conll", ".bio", ".tsv") or _looks_like_conll(raw):
            yield from read_conll(raw, str(file))


def _looks_like_conll(raw: str) -> bool:
    lines = [line for line in raw.splitlines()[:50] if line.strip()]
    return bool(lines) and all(re.search(r"\s(?:O|[BI]-\S+)$", line) for line in lines)


def split_of(name: str) -> str:
    """The fixed train/dev/test split of a corpus file, by a hash of its name.

    One file in ten is test, one in ten dev; the split never changes when
    files are added, and does not depend on the order of the listing.

    >>> split_of("Xa hoi/23351776.muc") in ("train", "dev", "test")
    True
    """
    bucket = int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"
