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
        people: dict[str, Person] = {}
        for m in self.of_type("person"):
            pid = m.fields.get("id") or m.text
            person = people.setdefault(pid, Person(pid, m.text, [], 0))
            person.mentions += 1
            if len(m.text) > len(person.name):
                person.name = m.text
            for role in m.fields.get("roles", []):
                if role not in person.roles:
                    person.roles.append(role)
        return list(people.values())

    def counted(self, kind: str) -> list[tuple[str, int, Mention]]:
        """(name, mentions, first mention) per distinct name of an entity type."""
        counts = Counter(m.text for m in self.of_type(kind))
        first: dict[str, Mention] = {}
        for m in self.of_type(kind):
            first.setdefault(m.text, m)
        return [(name, counts[name], first[name]) for name in first]


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
