"""People: the roles a text gives them, and which mentions are one person.

Roles follow a small grammar over tokens: ``modifier* title modifier* tail``,
where the tail is the body the title belongs to (an organization or place
mention, a unit word with its name, capitalized words). A role written right
before the name ("Chủ tịch UBND tỉnh Nguyễn Văn Phóng") or in apposition
after it ("Nguyễn Văn Phóng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") is
bound to that mention.
"""

from __future__ import annotations

import bisect

from .document import Document, Sentence
from .gazetteer import gazetteers
from .spans import Span
from .textkey import match_key

_APPOSITION = {",", "-", "–", "—", "(", ":"}
_CONTINUE = {",", ";", "kiêm", "và"}
_WINDOW = 16  # tokens to look back for a role written before a name


class _Clause:
    """Token keys of one sentence plus which tokens start which resolved span."""

    def __init__(self, sentence: Sentence, spans: list[Span]) -> None:
        self.tokens = sentence.tokens
        self.keys = sentence.keys
        #: token index starting at / ending just before a character offset
        self.first_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.last_at = {t.end: i + 1 for i, t in enumerate(self.tokens)}
        self.span_at: dict[int, tuple[int, Span]] = {}
        for span in spans:
            if span.start in self.first_at and span.end in self.last_at:
                self.span_at[self.first_at[span.start]] = (self.last_at[span.end], span)

    def role_end(self, i: int, limit: int) -> int:
        """End (exclusive) of the role phrase starting at token ``i``, or 0."""
        gaz = gazetteers()
        j = self._modifiers(i, limit)
        n = gaz["title"].match_at(self.keys[:limit], j)
        if not n:
            return 0
        j = self._modifiers(j + n, limit)
        return self._tail(j, limit)

    def _modifiers(self, j: int, limit: int) -> int:
        modifiers = gazetteers()["modifier"]
        while j < limit and (n := modifiers.match_at(self.keys[:limit], j)):
            j += n
        return j

    def _tail(self, j: int, limit: int) -> int:
        gaz = gazetteers()
        while j < limit:
            if j in self.span_at:
                end, span = self.span_at[j]
                if span.label in ("person", "date") or end > limit:
                    break
                j = end
            elif self.tokens[j].kind == "word" and (
                n := gaz["org_head"].match_at(self.keys[:limit], j) or gaz["admin_unit"].match_at(self.keys[:limit], j)
            ):
                j += n
            elif self.tokens[j].kind in ("word", "abbr") and self.tokens[j].text[0].isupper():
                j += 1
            else:
                break
        return j

    def roles_before(self, first: int) -> list[str]:
        honorifics = gazetteers()["honorific"]
        end = first
        # "ông Nguyễn Văn Phóng": the honorific stands between role and name
        end -= honorifics.match_before(self.keys, end)
        for i in range(max(0, end - _WINDOW), end):
            if self.tokens[i].kind == "punct":
                continue
            if self.role_end(i, end) == end:
                return [self._text(i, end)]
        return []

    def roles_after(self, last: int) -> list[str]:
        roles: list[str] = []
        j = last
        limit = len(self.tokens)
        while j < limit and (self.tokens[j].text in _APPOSITION if not roles else self.keys[j] in _CONTINUE):
            end = self.role_end(j + 1, limit)
            if not end:
                break
            roles.append(self._text(j + 1, end))
            j = end
        return roles

    def _text(self, first: int, last: int) -> str:
        return " ".join(t.text for t in self.tokens[first:last])


def bind_roles(doc: Document) -> None:
    """Set ``attrs["roles"]`` on every person span (an empty list when none)."""
    entities = [s for s in doc.spans if s.label != "figure"]  # sorted by start, as resolve leaves them
    starts = [s.start for s in entities]
    for sentence in doc.sentences:
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        inside = [s for s in entities[lo:hi] if s.end <= sentence.end]
        clause = _Clause(sentence, inside)
        for span in inside:
            if span.label != "person" or span.start not in clause.first_at or span.end not in clause.last_at:
                continue
            roles = clause.roles_before(clause.first_at[span.start]) + clause.roles_after(clause.last_at[span.end])
            span.attrs["roles"] = roles


def link_mentions(doc: Document) -> None:
    """Give every person span an ``attrs["id"]`` ("p1", "p2" ...) shared by its mentions.

    A mention links to an earlier one with the same name, or to the most recent
    earlier full name it ends with ("Hằng" after "Phạm Thị Hằng").
    """
    names: list[tuple[tuple[str, ...], str]] = []  # (syllable keys, id) in order of appearance
    for span in doc.spans:
        if span.label != "person":
            continue
        key = tuple(match_key(s) for s in span.text.split())
        person_id = None
        for known, pid in reversed(names):
            if known == key or (len(key) < len(known) and known[-len(key):] == key):
                person_id = pid
                break
        if person_id is None:
            person_id = f"p{len({pid for _, pid in names}) + 1}"
        names.append((key, person_id))
        span.attrs["id"] = person_id
