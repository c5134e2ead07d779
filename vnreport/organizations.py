"""Organizations: expanding the abbreviations inside their names."""

from __future__ import annotations

from .document import Document


def expand(text: str, table: dict[str, str]) -> str | None:
    """``text`` with each abbreviation of ``table`` written out, or None if it has none.

    >>> expand("UBND tỉnh Quảng Nam", {"UBND": "Ủy ban nhân dân"})
    'Ủy ban nhân dân tỉnh Quảng Nam'
    >>> expand("Sở Nội vụ", {"UBND": "Ủy ban nhân dân"}) is None
    True
    >>> expand("Bộ GD-ĐT", {"GD-ĐT": "Bộ Giáo dục và Đào tạo"})
    'Bộ Giáo dục và Đào tạo'

    """
    words = text.split()
    out = []
    for i, word in enumerate(words):
        long = table.get(word)
        if long is None:
            out.append(word)
            continue
        # "Bộ GD-ĐT" with GD-ĐT defined as "Bộ Giáo dục và Đào tạo": one "Bộ"
        head = long.split()[0]
        if i and words[i - 1] == head:
            long = long[len(head):].lstrip()
        out.append(long)
    return " ".join(out) if out != words else None


def expand_all(doc: Document) -> None:
    """Set ``attrs["expansion"]`` on organization spans that contain an abbreviation."""
    for span in doc.spans:
        if span.label == "organization":
            span.attrs["expansion"] = expand(span.text, doc.abbreviations)
