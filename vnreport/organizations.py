"""Organizations: expanding the abbreviations inside their names, and telling which are
named by their level of government or their kind alone ("UBND tỉnh", "Viện KSND")."""

from __future__ import annotations

import functools

from .document import Document
from .textkey import match_key


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


def named_by_level(text: str) -> bool:
    """Whether an organization's name ends in a bare level of local government or its party
    committee ("Ban Thường vụ Thành ủy"; data: gazetteer/admin_levels.txt).

    "UBND tỉnh" is the committee of whichever province the text is about, not a name;
    VLSP 2018 leaves such mentions unannotated (none of the 40 that vnreport finds in
    its training folder is annotated). A level that ends a compound word is none
    ("Liên minh Hợp tác xã", "Thông tấn xã").

    >>> [named_by_level(t) for t in ("UBND tỉnh", "Sở Nội vụ tỉnh", "Ủy ban nhân dân các tỉnh",
    ...                              "UBND tỉnh Quảng Nam", "UBND Thành phố", "Bộ Nội vụ", "Liên minh Hợp tác xã")]
    [True, True, True, False, False, False, False]
    """
    from .models import dictionary

    words = text.split()
    for n in (2, 1):  # "thành phố", "tỉnh"
        if len(words) > n and " ".join(words[-n:]) in _levels():
            compounds = (" ".join(words[-n - k:]).lower() for k in (1, 2))  # "hợp tác xã"
            return not any(c in dictionary() for c in compounds)
    return False


@functools.cache
def _levels() -> frozenset[str]:
    from .gazetteer import word_list

    return frozenset(word_list("gazetteer/admin_levels.txt"))


@functools.cache
def _kinds() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The bodies named by their kind, the heads of local bodies, and the fields they are named by."""
    from .gazetteer import word_list

    def keys(name: str) -> frozenset[str]:  # the lists space their marks apart: "Lao động , Thương binh"
        return frozenset(match_key(entry.replace(" , ", ", ")) for entry in word_list(f"gazetteer/{name}.txt"))

    return keys("body_kinds"), tuple(keys("local_heads")), keys("agency_fields")


def named_by_kind(text: str) -> bool:
    """Whether an organization is named by its kind alone ("Viện KSND", "CQĐT"; data:
    gazetteer/body_kinds.txt) or is a local body named by its field alone ("Sở Y tế", "Chi cục
    Thủy sản"; local_heads.txt, agency_fields.txt): whichever procuracy, agency or province's
    department the story is about.

    >>> [named_by_kind(t) for t in ("Viện KSND", "Toà án nhân dân", "Sở Y tế", "Sở Y tế Hà Nội", "Bộ Y tế")]
    [True, True, True, False, False]
    """
    kinds, heads, fields = _kinds()
    key = match_key(" ".join(text.split()))
    return key in kinds or any(key.startswith(head + " ") and key[len(head) + 1:] in fields for head in heads)


def expand_all(doc: Document) -> None:
    """Set ``attrs["expansion"]`` on organization spans that contain an abbreviation, and
    ``attrs["generic"]`` on those named by their level or their kind alone."""
    for span in doc.spans:
        if span.label == "organization":
            span.attrs["expansion"] = expand(span.text, doc.abbreviations)
            if named_by_level(span.text) or named_by_kind(span.text):
                span.attrs["generic"] = True
