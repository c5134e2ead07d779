"""Renderers of a corpus summary (the dict of :meth:`vnreport.summary.CorpusSummary.to_dict`).

``tables`` gives rich tables for a terminal; ``write_csv`` one CSV whose
``section`` column says which part of the summary each row belongs to. JSON
needs no renderer: the summary dict is already the JSON.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from . import format_value

CSV_COLUMNS = ["section", "name", "expansion", "mentions", "documents", "roles", "value", "unit",
               "action", "direction", "source", "text"]


def _table(title: str, *columns: tuple[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for name, opts in columns:
        table.add_column(name, overflow="fold", **opts)
    return table


def _roles_text(roles: list[list[Any]]) -> str:
    return "\n".join(f"{role} ({n})" for role, n in roles)


def people_table(summary: dict[str, Any]) -> Table:
    """The most frequent people with their roles, each role with how many mentions carry it.

    >>> people_table({"people": [{"name": "Lệ Thu", "mentions": 2, "documents": 1, "roles": []}]}).row_count
    1
    """
    table = _table("People", ("Name", {"style": "bold"}), ("Roles", {}),
                   ("Mentions", {"justify": "right"}), ("Docs", {"justify": "right"}))
    for p in summary["people"]:
        table.add_row(p["name"], _roles_text(p["roles"]), str(p["mentions"]), str(p["documents"]))
    return table


def organizations_table(summary: dict[str, Any]) -> Table:
    """The most frequent organizations, abbreviations beside their expansion.

    >>> organizations_table({"organizations": []}).row_count
    0
    """
    table = _table("Organizations", ("Name", {"style": "bold"}), ("Expansion", {}),
                   ("Mentions", {"justify": "right"}), ("Docs", {"justify": "right"}))
    for o in summary["organizations"]:
        table.add_row(o["name"], o.get("expansion") or "", str(o["mentions"]), str(o["documents"]))
    return table


def locations_table(summary: dict[str, Any]) -> Table:
    """The most frequent places.

    >>> locations_table({"locations": [{"name": "Hà Nội", "mentions": 3, "documents": 2}]}).row_count
    1
    """
    table = _table("Locations", ("Name", {"style": "bold"}), ("Mentions", {"justify": "right"}),
                   ("Docs", {"justify": "right"}))
    for p in summary["locations"]:
        table.add_row(p["name"], str(p["mentions"]), str(p["documents"]))
    return table


def dates_table(summary: dict[str, Any]) -> Table:
    """The date range the corpus covers, "?" where no document gives a dated value.

    >>> dates_table({"dates": {"earliest": None, "latest": None, "documents_with_dates": 0}}).row_count
    1
    """
    dates = summary["dates"]
    table = _table("Date range", ("Earliest", {"style": "bold"}), ("Latest", {"style": "bold"}),
                   ("Documents with dates", {"justify": "right"}))
    table.add_row(dates["earliest"] or "?", dates["latest"] or "?", str(dates["documents_with_dates"]))
    return table


def figures_table(summary: dict[str, Any]) -> Table:
    """Figures grouped by what they count: one row per figure, the subject on the first of its rows.

    >>> figures_table({"figures_by_subject": [{"subject": "biên chế", "count": 1, "figures": [
    ...     {"value": 220, "unit": None, "action": "cắt giảm", "direction": "-", "source": "a.txt",
    ...      "text": "cắt giảm 220 biên chế"}]}]}).row_count
    1
    """
    table = _table("Figures by subject", ("Subject", {"style": "bold"}), ("Value", {"justify": "right"}),
                   ("Action", {}), ("Source", {"style": "dim"}))
    for group in summary["figures_by_subject"]:
        label = f"{group['subject']} ({group['count']})"
        for i, f in enumerate(group["figures"]):
            table.add_row(label if i == 0 else "", _value_text(f), _action_text(f), f.get("source") or "",
                          end_section=i == len(group["figures"]) - 1)
    return table


def _value_text(figure: dict[str, Any]) -> str:
    value = "" if figure.get("value") is None else format_value(figure["value"])
    return f"{value} {figure['unit']}" if figure.get("unit") else value


def _action_text(figure: dict[str, Any]) -> str:
    return (figure.get("action") or "") + (f" ({figure['direction']})" if figure.get("direction") else "")


def tables(summary: dict[str, Any]) -> Group:
    """All of a summary as rich renderables: a heading line, then People, Organizations,
    Locations, Date range and Figures by subject (tables with no rows left out).

    >>> from vnreport.summary import CorpusSummary
    >>> len(tables(CorpusSummary().to_dict()).renderables)  # the heading and the date range
    2
    """
    heading = Text(f"{summary['documents']} documents, {summary['failed']} failed", style="bold")
    parts: list[RenderableType] = [heading]
    for table in (people_table(summary), organizations_table(summary), locations_table(summary),
                  dates_table(summary), figures_table(summary)):
        if table.row_count:
            parts.append(table)
    return Group(*parts)


def csv_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The summary flattened to CSV rows, each naming its ``section``.

    >>> csv_rows({"documents": 1, "failed": 0, "people": [], "organizations": [], "locations": [],
    ...           "dates": {"earliest": "2018", "latest": "2018-06-11", "documents_with_dates": 1},
    ...           "figures_by_subject": []})[2]
    {'section': 'dates', 'name': 'earliest', 'value': '2018'}
    """
    rows: list[dict[str, Any]] = [
        {"section": "corpus", "name": "documents", "value": summary["documents"]},
        {"section": "corpus", "name": "failed", "value": summary["failed"]},
    ]
    for p in summary["people"]:
        rows.append({"section": "people", "name": p["name"], "mentions": p["mentions"], "documents": p["documents"],
                     "roles": "; ".join(f"{role} ({n})" for role, n in p["roles"])})
    for o in summary["organizations"]:
        rows.append({"section": "organizations", "name": o["name"], "expansion": o.get("expansion"),
                     "mentions": o["mentions"], "documents": o["documents"]})
    for p in summary["locations"]:
        rows.append({"section": "locations", "name": p["name"], "mentions": p["mentions"],
                     "documents": p["documents"]})
    rows += _date_rows(summary["dates"])
    for group in summary["figures_by_subject"]:
        for f in group["figures"]:
            rows.append({"section": "figures", "name": group["subject"], "mentions": group["count"],
                         "value": f.get("value"), "unit": f.get("unit"), "action": f.get("action"),
                         "direction": f.get("direction"), "source": f.get("source"), "text": f.get("text")})
    return rows


def _date_rows(dates: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"section": "dates", "name": "earliest", "value": dates["earliest"]},
        {"section": "dates", "name": "latest", "value": dates["latest"]},
        {"section": "dates", "name": "documents_with_dates", "value": dates["documents_with_dates"]},
    ]


def write_csv(summary: dict[str, Any], out: TextIO, excel: bool = False) -> None:
    """Write the summary as one CSV; ``excel`` puts a UTF-8 byte order mark first and ends
    lines with CRLF, which is what Excel needs to read Vietnamese letters as UTF-8.

    >>> import io
    >>> buf = io.StringIO()
    >>> write_csv({"documents": 0, "failed": 0, "people": [], "organizations": [], "locations": [],
    ...            "dates": {"earliest": None, "latest": None, "documents_with_dates": 0},
    ...            "figures_by_subject": []}, buf, excel=True)
    >>> buf.getvalue().startswith("\\ufeffsection,name,")
    True
    """
    if excel:
        out.write("\ufeff")
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n" if excel else "\n")
    writer.writeheader()
    writer.writerows(csv_rows(summary))
