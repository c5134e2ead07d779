"""The extraction pipeline: named stages over one :class:`Document`.

normalize -> sentences -> words (segmentation + POS) -> recognizers ->
overlap resolution -> figures' subjects and actions re-read (:mod:`vnreport.figure_crf`) ->
description (roles, person ids, expansions). Each stage takes the document and returns it; a new
recognizer is a module in ``vnreport/recognizers/`` with a
``recognize(doc) -> list[Span]`` function and one line in ``RECOGNIZERS``.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import unicodedata
from collections.abc import Callable

from .document import Document
from .spans import Span
from .tokenize import sentences

Stage = Callable[[Document], Document]

#: Recognizers in the order they run. Later ones may read earlier candidates
#: (people read the abbreviations found before them; figures read dates).
RECOGNIZERS: tuple[str, ...] = (
    "abbreviations",
    "dates",
    "names",
    "bodies",
    "figures",
)


def normalize(doc: Document) -> Document:
    """NFC, so that offsets refer to one canonical form of the text."""
    doc.text = unicodedata.normalize("NFC", doc.text)
    return doc


def split_sentences(doc: Document) -> Document:
    doc.sentences = sentences(doc.text)
    return doc


def tag_words(doc: Document) -> Document:
    from .tagging import tag_words as _tag

    return _tag(doc)


def recognize(doc: Document) -> Document:
    for name in RECOGNIZERS:
        module = importlib.import_module(f"vnreport.recognizers.{name}")
        found: list[Span] = module.recognize(doc)
        doc.candidates.extend(found)
    return doc


def resolve(doc: Document) -> Document:
    from .resolve import complete_repeated_names, resolve_overlaps

    complete_repeated_names(doc.candidates, doc.text)
    doc.spans = resolve_overlaps(doc.candidates)
    return doc


def reread_figures(doc: Document) -> Document:
    """Each figure's subject and action as the figure CRFs mark them."""
    from .figure_crf import reread_figures as _reread

    return _reread(doc)


def describe(doc: Document) -> Document:
    """Fields that need the resolved spans: roles, person ids, expansions."""
    from .organizations import expand_all
    from .people import bind_roles, link_mentions

    bind_roles(doc)
    link_mentions(doc)
    expand_all(doc)
    return doc


STAGES: tuple[Stage, ...] = (normalize, split_sentences, tag_words, recognize, resolve, reread_figures, describe)
#: The stages with the figures' subjects and actions as the rules give them.
RULES_ONLY: tuple[Stage, ...] = tuple(stage for stage in STAGES if stage is not reread_figures)
#: The stages before the figure CRFs re-read the figures: the document they read, and are trained on.
BEFORE_REREAD: tuple[Stage, ...] = STAGES[: STAGES.index(reread_figures)]
#: The stages that prepare a document for recognizers (used by tests of one recognizer).
ANALYSIS: tuple[Stage, ...] = (normalize, split_sentences, tag_words)


def run(text: str, *, reference_date: _dt.date | int | str | None = None,
        stages: tuple[Stage, ...] = STAGES) -> Document:
    """Run ``stages`` over ``text`` and return the document.

    >>> doc = run("Ngày 31.1.2018, Sở Nội vụ họp.", stages=ANALYSIS)
    >>> [w.text for w in doc.sentences[0].words][:3]
    ['Ngày', '31.1.2018', ',']
    """
    reference_date = _reference(reference_date)
    doc = Document(text, reference_date=reference_date)
    if reference_date is not None:
        doc.reference_source = "given"
    for stage in stages:
        doc = stage(doc)
    return doc


def _reference(value: _dt.date | int | str | None) -> _dt.date | int | None:
    """The reference date as the pipeline takes it: a date, a year, or either written as on the
    command line ("2018", "2018-01-31"); ValueError or TypeError, naming what is accepted, else."""
    if isinstance(value, str):
        from .recognizers.dates import parse_reference_date

        return parse_reference_date(value)
    if value is None or (isinstance(value, (int, _dt.date)) and not isinstance(value, bool)):
        return value
    raise TypeError(f"reference_date must be a date, a year or a string such as '2018-01-31', "
                    f"not {type(value).__name__}")


def analyze(text: str, *, reference_date: _dt.date | int | None = None) -> Document:
    """A document ready for recognizers: normalized, split, segmented and tagged."""
    return run(text, reference_date=reference_date, stages=ANALYSIS)
