"""Organizations: expanding the abbreviations inside their names."""

from __future__ import annotations

import re

from .document import Document

_TOKEN = re.compile(r"\S+")


def expand(text: str, table: dict[str, str]) -> str | None:
    """``text`` with each abbreviation of ``table`` written out, or None if it has none.

    >>> expand("UBND tỉnh Quảng Nam", {"UBND": "Ủy ban nhân dân"})
    'Ủy ban nhân dân tỉnh Quảng Nam'
    >>> expand("Sở Nội vụ", {"UBND": "Ủy ban nhân dân"}) is None
    True
    """
    changed = False

    def replace(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        if word in table:
            changed = True
            return table[word]
        return word

    out = _TOKEN.sub(replace, text)
    return out if changed else None


def expand_all(doc: Document) -> None:
    """Set ``attrs["expansion"]`` on organization spans that contain an abbreviation."""
    for span in doc.spans:
        if span.label == "organization":
            span.attrs["expansion"] = expand(span.text, doc.abbreviations)
