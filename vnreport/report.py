"""The report: what vnreport found in one document, in the shape of the JSON contract.

``Report.to_dict()`` is the ``vnreport/1`` object that ``--format json``
prints and ``vnreport/data/schema.json`` validates; the grouped views
(``people()``, ``organizations()`` ...) feed the tables.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .spans import Span

SCHEMA = "vnreport/1"

#: the JSON fields of each entity type beyond type/text/start/end, with defaults
ENTITY_FIELDS: dict[str, dict[str, Any]] = {
    "person": {"id": None, "roles": []},
    "organization": {"expansion": None, "generic": False},
    "location": {},
    "date": {"value": None, "year_inferred": False, "time": None},
}
FIGURE_FIELDS: dict[str, Any] = {
    "value": None, "unit": None, "subject": None, "action": None, "direction": None,
    "qualifier": None, "comparison": None, "quantity_start": None, "quantity_end": None,
}


@dataclass
class Mention:
    """One entity or figure occurrence in the document."""

    type: str
    text: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type == "figure":
            return {"text": self.text, "start": self.start, "end": self.end, **self.fields}
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end, **self.fields}


@dataclass
class Person:
    """A person across mentions: the longest name written, every role, mention count."""

    id: str
    name: str
    roles: list[str]
    mentions: int


@dataclass
class Report:
    source: str
    title: str
    text: str
    reference_date: str | None
    reference_source: str | None
    entities: list[Mention]
    figures: list[Mention]
    abbreviations: list[dict[str, str]]
    encoding: str | None = None

    @classmethod
    def from_document(cls, doc: Document, source: str = "-", encoding: str | None = None) -> "Report":
        entities = [_mention(s, ENTITY_FIELDS[s.label]) for s in doc.spans if s.label in ENTITY_FIELDS]
        figures = [_mention(s, FIGURE_FIELDS) for s in doc.spans if s.label == "figure"]
        used = {m.text for m in entities} | {t.text for t in doc.tokens if t.text in doc.abbreviations}
        defined = set(doc.extras.get("abbreviations_defined", ()))
        abbreviations = [
            {"short": short, "long": long, "source": "text" if short in defined else "standard"}
            for short, long in sorted(doc.abbreviations.items())
            if short in defined or any(short in u.split() for u in used)
        ]
        return cls(source, doc.title, doc.text, _iso(doc.reference_date), doc.reference_source,
                   entities, figures, abbreviations, encoding)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "source": self.source,
            "title": self.title,
            "reference_date": self.reference_date,
            "reference_source": self.reference_source,
            "encoding": self.encoding,
            "entities": [m.to_dict() for m in self.entities],
            "figures": [m.to_dict() for m in self.figures],
            "abbreviations": self.abbreviations,
        }
        if include_text:
            out["text"] = self.text
        return out

    def of_type(self, kind: str) -> list[Mention]:
        return [m for m in self.entities if m.type == kind]

    def people(self) -> list[Person]:
        """One row per person id, in order of first mention."""
        return people_of([m.to_dict() for m in self.of_type("person")])


def people_of(entities: list[dict[str, Any]]) -> list[Person]:
    """Person mentions (JSON entities) grouped by id, in order of first mention.

    Each person is named by the longest text of its mentions and carries every
    role they were given, once.

    >>> people_of([{"type": "person", "text": "Phạm Thị Hằng", "id": "p1", "roles": ["Giám đốc"]},
    ...            {"type": "person", "text": "Hằng", "id": "p1", "roles": []}])
    [Person(id='p1', name='Phạm Thị Hằng', roles=['Giám đốc'], mentions=2)]
    """
    people: dict[str, Person] = {}
    for e in entities:
        if e["type"] != "person":
            continue
        pid = e.get("id") or e["text"]
        person = people.setdefault(pid, Person(pid, e["text"], [], 0))
        person.mentions += 1
        if len(e["text"]) > len(person.name):
            person.name = e["text"]
        person.roles += [r for r in e.get("roles") or [] if r not in person.roles]
    return list(people.values())


def names_of(entities: list[dict[str, Any]], kind: str) -> list[tuple[str, int, str | None]]:
    """(name, mentions, expansion) per distinct name of one entity type, in order of first mention.

    >>> names_of([{"type": "organization", "text": "UBND tỉnh", "expansion": "Ủy ban nhân dân tỉnh"},
    ...           {"type": "organization", "text": "UBND tỉnh", "expansion": "Ủy ban nhân dân tỉnh"}],
    ...          "organization")
    [('UBND tỉnh', 2, 'Ủy ban nhân dân tỉnh')]
    """
    mentions = [e for e in entities if e["type"] == kind]
    counts = Counter(e["text"] for e in mentions)
    expansions = {e["text"]: e.get("expansion") for e in mentions}
    return [(name, n, expansions[name]) for name, n in counts.items()]


def error_dict(source: str, message: str) -> dict[str, Any]:
    """The JSON record of a file that could not be processed."""
    return {"schema": SCHEMA, "source": source, "error": message}


def _mention(span: Span, defaults: dict[str, Any]) -> Mention:
    fields = {key: span.attrs.get(key, default) for key, default in defaults.items()}
    for key, value in span.attrs.items():
        fields.setdefault(key, value)  # extra fields a recognizer adds are welcome
    return Mention(span.label, span.text, span.start, span.end, fields)


def _iso(value: _dt.date | int | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, _dt.date) else f"{value:04d}"
