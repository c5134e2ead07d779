"""What a whole corpus is about: one pass over its records, counters only.

:class:`CorpusSummary` takes the records of :func:`vnreport.batch.process_all`
one at a time and keeps counters, never the records, so a folder of any size
is summarized in the memory of its distinct names and subjects. Names are
matched with :func:`vnreport.textkey.match_key`, so "Hoà" and "Hòa" count as
one person; the form shown is the one written most often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .textkey import match_key

#: Figures kept per subject; the count goes on, so a subject's total is exact.
FIGURES_PER_SUBJECT = 50


@dataclass
class _Named:
    """Counters for one name (a person, a body, a place) across the corpus."""

    forms: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    documents: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    role_forms: dict[str, Counter[str]] = field(default_factory=dict)
    expansions: Counter[str] = field(default_factory=Counter)

    def add_document(self, forms: Counter[str]) -> None:
        # forms weigh by mentions, so the name shown is the one written most often
        self.forms.update(forms)
        self.mentions += sum(forms.values())
        self.documents += 1

    def add_role(self, role: str, count: int = 1) -> None:
        key = match_key(role)
        self.roles[key] += count
        self.role_forms.setdefault(key, Counter())[role] += count

    def name(self) -> str:
        return _most_common(self.forms)

    def roles_ranked(self) -> list[list[Any]]:
        return [[_most_common(self.role_forms[key]), n] for key, n in self.roles.most_common()]


@dataclass
class _Subject:
    """The figures counting one thing ("biên chế"), the first few kept."""

    forms: Counter[str] = field(default_factory=Counter)
    count: int = 0
    figures: list[dict[str, Any]] = field(default_factory=list)


class CorpusSummary:
    """Streaming aggregate of many records: frequent names, date range, figures by subject.

    ``add`` each record (error records are only counted), then ``to_dict``.
    People are grouped by their name as written: within a document the
    longest name each person id is written with, across documents the
    :func:`~vnreport.textkey.match_key` of that name.

    >>> s = CorpusSummary()
    >>> s.add({"source": "a.txt", "figures": [], "entities": [
    ...     {"type": "person", "text": "Nguyễn Văn Hoà", "id": "p1", "roles": ["Chủ tịch"]},
    ...     {"type": "person", "text": "Hoà", "id": "p1", "roles": []}]})
    >>> s.add({"source": "b.txt", "figures": [], "entities": [
    ...     {"type": "person", "text": "Nguyễn Văn Hòa", "id": "p1", "roles": ["Chủ tịch"]}]})
    >>> s.add({"source": "c.txt", "error": "binary file"})
    >>> d = s.to_dict()
    >>> d["documents"], d["failed"], d["people"][0]["mentions"], d["people"][0]["roles"]
    (2, 1, 3, [['Chủ tịch', 2]])
    """

    def __init__(self, figures_per_subject: int = FIGURES_PER_SUBJECT) -> None:
        self.documents = 0
        self.failed = 0
        self.figures_per_subject = figures_per_subject
        self.figures_without_subject = 0
        self.people: dict[str, _Named] = {}
        self.organizations: dict[str, _Named] = {}
        self.locations: dict[str, _Named] = {}
        self.subjects: dict[str, _Subject] = {}
        self.earliest: str | None = None
        self.latest: str | None = None
        self.documents_with_dates = 0

    def add(self, record: dict[str, Any]) -> None:
        """Count one record of the JSON contract (an error record only as failed)."""
        if "error" in record:
            self.failed += 1
            return
        self.documents += 1
        entities = record.get("entities") or []
        self._add_people(entities)
        self._add_named(self.organizations, entities, "organization")
        self._add_named(self.locations, entities, "location")
        self._add_dates(entities)
        self._add_figures(record.get("figures") or [], record.get("source", ""))

    def add_all(self, records: Iterable[dict[str, Any]]) -> CorpusSummary:
        """``add`` every record, returning the summary itself (records are consumed lazily)."""
        for record in records:
            self.add(record)
        return self

    # ------------------------------------------------------------------ adding

    def _add_people(self, entities: list[dict[str, Any]]) -> None:
        for key, (forms, roles) in _people_in(entities).items():
            named = self.people.setdefault(key, _Named())
            named.add_document(forms)
            for role, n in roles.items():
                named.add_role(role, n)

    def _add_named(self, table: dict[str, _Named], entities: list[dict[str, Any]], kind: str) -> None:
        forms: dict[str, Counter[str]] = {}
        expansions: dict[str, Counter[str]] = {}
        for e in entities:
            if e.get("type") != kind:
                continue
            key = match_key(e["text"])
            forms.setdefault(key, Counter())[e["text"]] += 1
            if e.get("expansion"):
                expansions.setdefault(key, Counter())[e["expansion"]] += 1
        for key, written in forms.items():
            named = table.setdefault(key, _Named())
            named.add_document(written)
            named.expansions.update(expansions.get(key, {}))

    def _add_dates(self, entities: list[dict[str, Any]]) -> None:
        dated = False
        for e in entities:
            if e.get("type") != "date" or not e.get("value"):
                continue
            first, last = _ends(e["value"])
            if first is not None and (self.earliest is None or first < self.earliest):
                self.earliest = first
            if last is not None and (self.latest is None or _latest_key(last) > _latest_key(self.latest)):
                self.latest = last
            dated = dated or first is not None or last is not None
        self.documents_with_dates += int(dated)

    def _add_figures(self, figures: list[dict[str, Any]], source: str) -> None:
        for f in figures:
            if not f.get("subject"):
                self.figures_without_subject += 1
                continue
            subject = self.subjects.setdefault(match_key(f["subject"]), _Subject())
            subject.forms[f["subject"]] += 1
            subject.count += 1
            if len(subject.figures) < self.figures_per_subject:
                subject.figures.append({
                    "value": f.get("value"), "unit": f.get("unit"), "action": f.get("action"),
                    "direction": f.get("direction"), "source": source, "text": f.get("text"),
                })

    # ----------------------------------------------------------------- reading

    def to_dict(self, top: int = 20) -> dict[str, Any]:
        """The summary as JSON-ready data, each list cut to its ``top`` most frequent entries.

        The figures of a subject are its first ``top`` in input order (of the
        ``figures_per_subject`` kept); its ``count`` is always the full total.

        >>> CorpusSummary().to_dict()["dates"]
        {'earliest': None, 'latest': None, 'documents_with_dates': 0}
        """
        return {
            "documents": self.documents,
            "failed": self.failed,
            "people": [
                {"name": p.name(), "mentions": p.mentions, "documents": p.documents, "roles": p.roles_ranked()[:top]}
                for p in _ranked(self.people, top)
            ],
            "organizations": [
                {"name": o.name(), "expansion": _most_common(o.expansions) or None,
                 "mentions": o.mentions, "documents": o.documents}
                for o in _ranked(self.organizations, top)
            ],
            "locations": [
                {"name": p.name(), "mentions": p.mentions, "documents": p.documents}
                for p in _ranked(self.locations, top)
            ],
            "dates": {"earliest": self.earliest, "latest": self.latest,
                      "documents_with_dates": self.documents_with_dates},
            "figures_by_subject": [
                {"subject": _most_common(s.forms), "count": s.count, "figures": s.figures[:top]}
                for s in sorted(self.subjects.values(), key=lambda s: -s.count)[:top]
            ],
            "figures_without_subject": self.figures_without_subject,
        }


def summarize(records: Iterable[dict[str, Any]], top: int = 20) -> dict[str, Any]:
    """The ``to_dict`` summary of ``records``, read one at a time.

    >>> summarize([{"source": "a", "entities": [], "figures": [
    ...     {"text": "cắt giảm 220 biên chế", "value": 220, "unit": None,
    ...      "subject": "biên chế", "action": "cắt giảm", "direction": "-"}]}])["figures_by_subject"][0]["count"]
    1
    """
    return CorpusSummary().add_all(records).to_dict(top)


def _people_in(entities: list[dict[str, Any]]) -> dict[str, tuple[Counter[str], Counter[str]]]:
    """The people of one document by the match key of their name: (name -> mentions, role -> mentions).

    >>> _people_in([{"type": "person", "text": "Quách Minh Cường", "id": "p2", "roles": ["chuyên viên"]},
    ...             {"type": "person", "text": "Cường", "id": "p2", "roles": []}])
    {'quách minh cường': (Counter({'Quách Minh Cường': 2}), Counter({'chuyên viên': 1}))}
    """
    # every mention of one person shares an id; the longest text is the fullest name
    names: dict[str, str] = {}
    mentions: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = {}
    for e in entities:
        if e.get("type") != "person":
            continue
        pid = e.get("id") or e["text"]
        if len(e["text"]) > len(names.get(pid, "")):
            names[pid] = e["text"]
        mentions[pid] += 1
        roles.setdefault(pid, Counter()).update(e.get("roles") or [])
    # two ids with one name in a document are one name to the corpus
    people: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for pid, name in names.items():
        forms, role_counts = people.setdefault(match_key(name), (Counter(), Counter()))
        forms[name] += mentions[pid]
        role_counts.update(roles[pid])
    return people


def _most_common(counter: Counter[str]) -> str:
    # Counter.most_common keeps first-seen order among ties, so the result is deterministic
    return counter.most_common(1)[0][0] if counter else ""


def _ranked(table: dict[str, _Named], top: int) -> list[_Named]:
    # sorted() is stable: equal counts stay in the order the names first appeared
    return sorted(table.values(), key=lambda n: (-n.mentions, -n.documents))[:top]


def _ends(value: str) -> tuple[str | None, str | None]:
    """First and last ISO date of a value ("2018", "2018-01-31", "2005/2006"), None where the year is unknown.

    >>> _ends("2005-09/2006-05")
    ('2005-09', '2006-05')
    >>> _ends("--04-28")
    (None, None)
    """
    first, _, last = value.partition("/")
    last = last or first
    # "--04-28" is a day without a year: it cannot be placed in a range
    return (None if first.startswith("--") else first), (None if last.startswith("--") else last)


def _latest_key(value: str) -> str:
    # a coarser value reaches further: "2018" ends after "2018-06-11", so pad past any digit or "-"
    return value + "~"
