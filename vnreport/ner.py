"""Feature columns and templates of vnreport's named-entity CRF.

The model tags syllables (tokens) with BIO labels for PER, ORG and LOC. Each
token gets a row of attribute columns computed here once per sentence; the
feature templates below expand them over a window inside underthesea_core's
Rust featurizer. Training (scripts/train_ner.py) and tagging share this
module, so the two can never disagree about a feature.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .document import Sentence
from .gazetteer import Gazetteer, gazetteers
from .models import DATA
from .textkey import match_key

KNOWN_FILE = DATA / "ner/entities.tsv"
CLUSTER_FILE = DATA / "ner/clusters.tsv"

#: column order of a token row
COLUMNS = ("text", "lower", "shape", "ws_pos", "pos", "word_shape", *(f"gaz_{n}" for n in (
    "surname", "honorific", "title", "modifier", "org_head", "admin_unit", "place", "abbr")),
    "word", "prev_word", "next_word", "cap_run", "known_person", "known_organization", "known_location",
    "cluster_coarse", "cluster_fine")
_COL = {name: i for i, name in enumerate(COLUMNS)}


def _t(offsets: list[int], col: str) -> str:
    return f"T[{','.join(str(o) for o in offsets)}][{_COL[col]}]"


def _templates() -> list[str]:
    t: list[str] = []
    for o in (-2, -1, 0, 1, 2):
        t += [_t([o], "lower"), _t([o], "shape"), _t([o], "ws_pos")]
    t += [_t([-1, 0], "lower"), _t([0, 1], "lower"), _t([-2, -1], "lower"), _t([1, 2], "lower")]
    t += [_t([-1, 0], "shape"), _t([0, 1], "shape"), _t([-1, 1], "shape")]
    t += [_t([-1, 0], "pos"), _t([0, 1], "pos"), _t([0], "word_shape"), _t([-1], "word_shape"), _t([1], "word_shape")]
    t += [_t([0], "text")]
    for gaz in ("surname", "honorific", "title", "modifier", "org_head", "admin_unit", "place", "abbr"):
        for o in (-2, -1, 0, 1):
            t.append(_t([o], f"gaz_{gaz}"))
    t += [_t([-1, 0], "gaz_title"), _t([-1, 0], "gaz_org_head"), _t([-1, 0], "gaz_admin_unit")]
    t += [_t([0], "word"), _t([0], "prev_word"), _t([0], "next_word"), _t([0], "cap_run"),
          _t([-1], "cap_run"), _t([1], "cap_run")]
    for kind in ("person", "organization", "location"):
        t += [_t([o], f"known_{kind}") for o in (-1, 0, 1)]
    t += [_t([o], "cluster_coarse") for o in (-2, -1, 0, 1, 2)]
    t += [_t([o], "cluster_fine") for o in (-1, 0, 1)]
    t += [_t([-1, 0], "cluster_coarse"), _t([0, 1], "cluster_coarse")]
    return t


TEMPLATES = _templates()
LABELS = {"PER": "person", "ORG": "organization", "LOC": "location"}


def shape(text: str) -> str:
    """A coarse word shape: Aa (title case), AA, a, 0 (digits), 0.0, P, Mix.

    >>> [shape(s) for s in ["Hà", "UBND", "tỉnh", "2018", "31.1", ",", "H5N1"]]
    ['Aa', 'AA', 'a', '0', '0.0', 'P', 'Mix']
    """
    if text.isdigit():
        return "0"
    if text[0].isdigit() and all(c.isdigit() or c in ".,/:-" for c in text):
        return "0.0"
    if not any(c.isalnum() for c in text):
        return "P"
    if any(c.isdigit() for c in text):
        return "Mix"
    if text.isupper():
        return "AA" if len(text) > 1 else "A"
    if text[0].isupper():
        return "Aa"
    return "a" if text.islower() else "Mix"


def cluster_key(text: str, key: str) -> str:
    """What a token (its ``text`` and match ``key``) is looked up by in :func:`clusters`: every
    number by one key, "<num>", a word by its match key (as scripts/build_clusters.py counts them)."""
    return "<num>" if text[:1].isdigit() else key


@functools.cache
def clusters() -> dict[str, tuple[str, str]]:
    """Syllable -> (coarse, fine) distributional cluster (scripts/build_clusters.py)."""
    table: dict[str, tuple[str, str]] = {}
    if CLUSTER_FILE.exists():
        for line in CLUSTER_FILE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, coarse, fine = line.split("\t")[:3]
                table[key] = (coarse, fine)
    return table


@functools.cache
def known_names() -> dict[str, list[str]]:
    """Names seen as entities in the training corpus, by type (shipped beside the model)."""
    phrases: dict[str, list[str]] = {"person": [], "organization": [], "location": []}
    if KNOWN_FILE.exists():
        for line in KNOWN_FILE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                text, kind = line.split("\t")[:2]
                phrases[kind].append(text)
    return phrases


@functools.cache
def known_entities() -> dict[str, Gazetteer]:
    """The names of :func:`known_names`, by type, as gazetteers."""
    return {kind: Gazetteer(names) for kind, names in known_names().items()}


def _known_marks(toks, keys: list[str], known: Mapping[str, Gazetteer]) -> dict[str, list[str]]:
    # a known name counts only where the text capitalizes its first word, so
    # "anh" (brother) is not "Anh" (England)
    marks = {}
    for kind, gaz in known.items():
        tags = gaz.bio(keys)
        for i, tag in enumerate(tags):
            if tag == "B" and not toks[i].text[0].isupper():
                tags[i] = "O"
                j = i + 1
                while j < len(tags) and tags[j] == "I":
                    tags[j] = "O"
                    j += 1
        marks[kind] = tags
    return marks


def rows(sentence: Sentence, known: Mapping[str, Gazetteer] | None = None) -> list[list[str]]:
    """Attribute rows for the tokens of a tagged sentence (see ``COLUMNS``).

    ``known`` replaces the shipped list of known names (training builds it
    without the document at hand, so the model does not learn to trust it blindly).
    """
    from .gazetteer import abbreviations

    toks = sentence.tokens
    keys = sentence.keys
    gaz = gazetteers()
    marks = {name: gaz[name].bio(keys) for name in ("honorific", "title", "modifier", "org_head", "admin_unit", "place")}
    surnames = gaz["surname"]
    known_abbr = abbreviations()
    ws_pos = ["O"] * len(toks)
    word_shape = ["O"] * len(toks)
    word = ["O"] * len(toks)
    prev_word = ["BOS"] * len(toks)
    next_word = ["EOS"] * len(toks)
    words = sentence.words
    shapes_of = [shape(t.text) for t in toks]
    word_keys = [match_key(w.text) for w in words]
    for k, w in enumerate(words):
        shapes = set(shapes_of[w.first : w.last])
        ws = "+".join(sorted(shapes)) if len(shapes) > 1 else shapes.pop()
        before = word_keys[k - 1] if k else "BOS"
        after = word_keys[k + 1] if k + 1 < len(words) else "EOS"
        tag, key, size = w.pos or "X", word_keys[k], f"{w.last - w.first}:{ws}"
        for i in range(w.first, w.last):
            ws_pos[i] = ("B-" if i == w.first else "I-") + tag
            word_shape[i] = size
            word[i] = key
            prev_word[i], next_word[i] = before, after
    cap_run = _capitalized_runs(toks)
    known_marks = _known_marks(toks, keys, known_entities() if known is None else known)
    table = clusters()
    cluster = [table.get(cluster_key(t.text, keys[i]), ("-", "-")) for i, t in enumerate(toks)]
    honorific, title, modifier = marks["honorific"], marks["title"], marks["modifier"]
    org_head, admin_unit, place = marks["org_head"], marks["admin_unit"], marks["place"]
    person, organization, location = known_marks["person"], known_marks["organization"], known_marks["location"]
    surname_phrases = surnames.phrases
    return [[
        tok.text,
        keys[i],
        shapes_of[i],
        ws_pos[i],
        ws_pos[i][2:],
        word_shape[i],
        "B" if (keys[i],) in surname_phrases else "O",
        honorific[i],
        title[i],
        modifier[i],
        org_head[i],
        admin_unit[i],
        place[i],
        "B" if tok.text in known_abbr else "O",
        word[i],
        prev_word[i],
        next_word[i],
        cap_run[i],
        person[i],
        organization[i],
        location[i],
        cluster[i][0],
        cluster[i][1],
    ] for i, tok in enumerate(toks)]


def _capitalized_runs(toks) -> list[str]:
    """Length of the run of capitalized words a token is in, and its place in it ("3:1")."""
    out = ["0"] * len(toks)
    i = 0
    while i < len(toks):
        if toks[i].kind in ("word", "abbr") and toks[i].text[0].isupper():
            j = i
            while j < len(toks) and toks[j].kind in ("word", "abbr") and toks[j].text[0].isupper():
                j += 1
            n = min(j - i, 5)
            for k in range(i, j):
                out[k] = f"{n}:{min(k - i + 1, 5)}"
            i = j
        else:
            i += 1
    return out


def spans_from_bio(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) for each entity in a BIO sequence.

    An I- tag that does not continue an entity of its type opens a new one.

    >>> spans_from_bio(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"])
    [(0, 2, 'person'), (3, 4, 'location'), (4, 5, 'organization')]
    """
    spans: list[tuple[int, int, str]] = []
    current: list | None = None
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and current and current[2] == kind:
            current[1] = i + 1
            continue
        if current:
            spans.append((current[0], current[1], LABELS[current[2]]))
            current = None
        if prefix in ("B", "I") and kind in LABELS:
            current = [i, i + 1, kind]
    if current:
        spans.append((current[0], current[1], LABELS[current[2]]))
    return spans
