"""CSV renderer: one row per entity or figure mention, across all documents."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

COLUMNS = ["source", "kind", "type", "text", "start", "end", "value", "unit", "subject",
           "action", "direction", "qualifier", "roles", "expansion", "person_id", "error"]


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        for row in rows(record):
            writer.writerow(row)
        out.flush()


def rows(record: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """The CSV rows of one record (an error record gives one row with ``error``)."""
    source = record["source"]
    if "error" in record:
        yield {"source": source, "kind": "error", "error": record["error"]}
        return
    for e in record["entities"]:
        yield {
            "source": source, "kind": "entity", "type": e["type"], "text": e["text"],
            "start": e["start"], "end": e["end"], "value": e.get("value"),
            "roles": "; ".join(e.get("roles") or []) or None, "expansion": e.get("expansion"),
            "person_id": e.get("id"),
        }
    for f in record["figures"]:
        yield {
            "source": source, "kind": "figure", "type": "figure", "text": f["text"],
            "start": f["start"], "end": f["end"], "value": _number(f.get("value")), "unit": f.get("unit"),
            "subject": f.get("subject"), "action": f.get("action"), "direction": f.get("direction"),
            "qualifier": f.get("qualifier"),
        }


def _number(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, float) else value
