"""Recognizer: organizations named by an agency head noun, and bare bodies.

A small grammar over the words of a sentence, for what the statistical model
misses in administrative prose:

    body  := HEAD name? | BARE
    HEAD  := a capitalized agency head noun (Sở, Bộ, Cục, Ủy ban nhân dân ...)
    name  := (capitalized word | "và" + capitalized word | unit word)+

"Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Hội đồng bầu cử Hà Nội" and
"Sở Nội vụ tỉnh Quảng Nam" are bodies; a head noun with no name after it
("các sở, ngành") is not. BARE bodies ("Đảng", "Chính phủ", "Tỉnh ủy") are
organizations when capitalized, marked ``generic`` when no name follows.
"""

from __future__ import annotations

from ..document import Document, Sentence, Word
from ..gazetteer import gazetteers
from ..spans import Span
from ..textkey import match_key

_JOINERS = {"và", "&", "-"}


def recognize(doc: Document) -> list[Span]:
    found: list[Span] = []
    for sentence in doc.sentences:
        found.extend(_bodies(doc, sentence))
    return found


def _capitalized(word: Word, sentence: Sentence) -> bool:
    first = sentence.tokens[word.first]
    return first.kind in ("word", "abbr") and first.text[0].isupper()


def _bodies(doc: Document, sentence: Sentence) -> list[Span]:
    gaz = gazetteers()
    toks = sentence.tokens
    keys = [match_key(t.text) for t in toks]
    tags = sentence.tags.get("ner") or ["O"] * len(toks)
    word_at = {w.first: k for k, w in enumerate(sentence.words)}
    found = []
    i = 0
    while i < len(toks):
        if not (toks[i].kind == "word" and toks[i].text[0].isupper()):
            i += 1
            continue
        head = gaz["org_head"].match_at(keys, i)
        bare = gaz["body"].match_at(keys, i)
        n = max(head, bare)
        if not n or (i + n) not in word_at and i + n < len(toks):
            i += 1
            continue  # the head must end on a word boundary ("Bộ" in "Bộ đội" is not a head)
        end = _name_end(sentence, word_at, i + n, tags)
        if end > i + n or bare == n:
            generic = end == i + n
            # priority -1: the grammar fills the gaps the model leaves, never overrides it
            found.append(doc.span(toks[i].start, toks[end - 1].end, "organization",
                                  source="bodies", priority=-1, generic=generic))
            i = end
        else:
            i += 1
    return found


def _name_end(sentence: Sentence, word_at: dict[int, int], j: int, tags: list[str]) -> int:
    """Token index after the name that follows a head noun at ``j`` (``j`` if none)."""
    gaz = gazetteers()
    units = gaz["admin_unit"]
    toks = sentence.tokens
    keys = [match_key(t.text) for t in toks]
    end = j
    while j in word_at:
        word = sentence.words[word_at[j]]
        if tags[j].endswith("PER"):
            break
        if _capitalized(word, sentence):
            j = end = word.last
        elif (keys[j] in _JOINERS and word.last in word_at
              and _capitalized(sentence.words[word_at[word.last]], sentence)
              and not gaz["org_head"].match_at(keys, word.last) and not gaz["body"].match_at(keys, word.last)):
            j = word.last  # "Bộ Tài nguyên và Môi trường", but not "Bộ A và Sở B"
        elif (n := units.match_at(keys, j)) and end > j - 1 and end == j:
            j = end = j + n  # "Sở Nội vụ tỉnh ...", "UBND tỉnh"
        else:
            break
    return end
