"""Rich tables: per document, People, Organizations, Locations, Dates, Figures.

Render functions return rich renderables; the CLI prints them. Columns fold
long Vietnamese text instead of truncating it, so an 80-column terminal
stays readable.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..report import names_of, people_of
from . import format_value


def _table(title: str, *columns: tuple[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for name, opts in columns:
        table.add_column(name, overflow="fold", **opts)
    return table


def people(record: dict[str, Any]) -> Table | None:
    rows = people_of(record["entities"])
    if not rows:
        return None
    table = _table("People", ("Name", {"style": "bold"}), ("Roles", {}), ("Mentions", {"justify": "right"}))
    for person in rows:
        table.add_row(person.name, "\n".join(person.roles), str(person.mentions))
    return table


def _named(record: dict[str, Any], kind: str, title: str, with_expansion: bool) -> Table | None:
    names = names_of(record["entities"], kind)
    if not names:
        return None
    columns = [("Name", {"style": "bold"})]
    if with_expansion:
        columns.append(("Expansion", {}))
    columns.append(("Mentions", {"justify": "right"}))
    table = _table(title, *columns)
    for name, n, expansion in names:
        cells = [name] + ([expansion or ""] if with_expansion else []) + [str(n)]
        table.add_row(*cells)
    return table


def dates(record: dict[str, Any]) -> Table | None:
    mentions = [e for e in record["entities"] if e["type"] == "date"]
    if not mentions:
        return None
    table = _table("Dates", ("As written", {}), ("ISO value", {"style": "bold"}), ("Year", {}))
    for e in mentions:
        year = "inferred" if e.get("year_inferred") else "written"
        table.add_row(e["text"], e.get("value") or "?", year)
    return table


def figures(record: dict[str, Any]) -> Table | None:
    if not record["figures"]:
        return None
    table = _table("Figures", ("Value", {"justify": "right", "style": "bold"}), ("Unit", {}),
                   ("Counts", {}), ("Action", {}), ("Phrase", {"style": "dim"}))
    for f in record["figures"]:
        value = format_value(f.get("value"))
        if f.get("qualifier"):
            value = f"{f['qualifier']} {value}"
        action = (f.get("action") or "") + (f" ({f['direction']})" if f.get("direction") else "")
        table.add_row(value, f.get("unit") or "", f.get("subject") or "", action, f["text"])
    return table


def document(record: dict[str, Any]) -> RenderableType:
    """Everything for one record, under its title (or its error)."""
    heading = Text(record.get("title") or record["source"], style="bold")
    if "error" in record:
        return Group(Rule(Text(record["source"]), align="left"), Text(f"error: {record['error']}", style="red"))
    parts: list[RenderableType] = [Rule(heading, align="left"), Text(_subtitle(record), style="dim")]
    for table in (
        people(record),
        _named(record, "organization", "Organizations", True),
        _named(record, "location", "Locations", False),
        dates(record),
        figures(record),
    ):
        if table is not None:
            parts.append(table)
    if record.get("abbreviations"):
        abbr = _table("Abbreviations", ("Short", {"style": "bold"}), ("Long", {}))
        for a in record["abbreviations"]:
            abbr.add_row(a["short"], a["long"])
        parts.append(abbr)
    return Group(*parts)


def _subtitle(record: dict[str, Any]) -> str:
    ref = record.get("reference_date")
    how = record.get("reference_source")
    bits = [record["source"]]
    if ref:
        bits.append(f"reference date {ref}" + (f" ({how})" if how else ""))
    return " · ".join(bits)
