"""The overlap policy: which candidate spans survive.

Entities (people, organizations, locations, dates) form one layer of
non-overlapping mentions; figures form a second layer beside it.

The rule, applied in this order:

1. A date beats any other entity it overlaps: dates come from a grammar that
   is certain, and "Ngày 31.1" is never a place.
2. Among other overlapping entities, the one with the higher ``priority``
   wins, then the longer, then the earlier. A span that extends another of
   the same label from the same start takes that span's priority: the
   grammar's "Bộ Tài nguyên và Môi trường" completes the model's
   "Bộ Tài nguyên" instead of losing to it, unless it runs into a mention of
   another label that outranks it ("UBND tỉnh" before the person "Nguyễn Văn A").
   A span that nests the places inside it (an agency: "Sở Y tế TP.HCM")
   outranks the model's locations there.
3. A figure whose quantity overlaps a date is part of that date and is
   dropped ("11" in "11.6.1948"); a date inside a figure's phrase
   ("tăng 5% so với năm 2016") stays a date, and the figure stays too.
4. A figure that ends where a body's name does, on the number closing it, is
   part of the name and is dropped ("1" in "Công ty Tư vấn thí nghiệm 1");
   a name the model ran on into a measure ("Hoàng Thạch 20 MW") keeps it.

Before the policy, a body's name found cut short where the text writes a longer
name found elsewhere in full is completed to it (:func:`complete_repeated_names`):
a text names a body the same way each time.
"""

from __future__ import annotations

from .spans import Span


def _rank(span: Span) -> tuple[int, int, int, int]:
    return (span.label == "date", span.priority, span.length, -span.start)


def _runs_into_other(span: Span, entities: list[Span]) -> bool:
    """Whether ``span`` overlaps a mention of another label that outranks it: then it does not
    complete the shorter span it extends ("UBND tỉnh" + the person "Nguyễn Văn A" after it)."""
    return any(x.label != span.label and x.priority > span.priority and span.overlaps(x) for x in entities)


def _place_inside(place: Span, body: Span) -> bool:
    """Whether ``place`` is a location that qualifies ``body`` from inside it, after its head ("TP.HCM" in
    "Sở Y tế TP.HCM"), not one listed after it ("Liên minh châu Âu và Nhật Bản")."""
    before = body.text[: place.start - body.start].rstrip()
    return (place.label == "location" and body.start < place.start and place.end <= body.end
            and not before.endswith((" và", "&", ",")))


def _head_of(part: Span, body: Span) -> bool:
    """Whether ``part`` is a shorter mention of ``body``'s label at its start ("Sở Y tế" of "Sở Y tế TP.HCM")."""
    return part.label == body.label and part.start == body.start and part.end < body.end


def complete_repeated_names(candidates: list[Span], text: str) -> None:
    """Extend, in place, each organization candidate that is the start of a longer one found
    elsewhere in ``text`` when the text goes on with the rest of that name there: the model's
    "Công ty Xây lắp và Vật tư" before "xây dựng 5" is the "Công ty Xây lắp và Vật tư xây dựng 5"
    it found in full earlier."""
    bodies = [s for s in candidates if s.label == "organization"]
    names = sorted({s.text for s in bodies}, key=len, reverse=True)
    for span in bodies:
        for name in names:
            if len(name) <= span.length:
                break
            if name.startswith(span.text) and text.startswith(name, span.start):
                span.end = span.start + len(name)
                span.text = name
                break


def resolve_overlaps(candidates: list[Span]) -> list[Span]:
    """Keep the winners of the policy above; the result is sorted by start.

    >>> a = Span(0, 9, "location", "Ngày 31.1"); b = Span(0, 9, "date", "Ngày 31.1")
    >>> [s.label for s in resolve_overlaps([a, b])]
    ['date']
    """
    entities = [s for s in candidates if s.label != "figure"]
    for span in entities:
        for other in entities:
            if _head_of(other, span) and other.priority > span.priority and not _runs_into_other(span, entities):
                span.priority = other.priority
    for span in entities:
        inner = [x for x in entities if x.priority > span.priority and span.overlaps(x)]
        # the places after its head, and the model's shorter reading of its head ("Sở Y tế" + "TP.HCM")
        if span.nests_places and inner and all(_place_inside(x, span) or _head_of(x, span) for x in inner):
            span.priority = max(x.priority for x in inner)
    kept: list[Span] = []
    for span in sorted(entities, key=_rank, reverse=True):
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    dates = [s for s in kept if s.label == "date"]
    bodies = [s for s in kept if s.label == "organization"]
    for figure in (s for s in candidates if s.label == "figure"):
        start = figure.attrs.get("quantity_start", figure.start)
        end = figure.attrs.get("quantity_end", figure.end)
        if any(d.start < end and start < d.end for d in dates):
            continue
        if any(b.start < start and figure.end == b.end and b.text[-1:].isdigit() for b in bodies):
            continue  # the number closing a body's name: "Công ty Tư vấn thí nghiệm 1"
        kept.append(figure)
    return sorted(kept, key=lambda s: (s.start, s.label == "figure", -s.end))
