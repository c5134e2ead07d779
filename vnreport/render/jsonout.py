"""JSON renderers: one object (or an array) for ``json``, one line per record for ``jsonl``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO


def dumps(record: dict[str, Any], *, indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def write_json(records: Iterable[dict[str, Any]], out: TextIO, *, array: bool) -> None:
    """One object for one input; an array for several (``array`` says which)."""
    items = list(records)
    payload: Any = items if array else (items[0] if items else None)
    out.write(json.dumps(payload, ensure_ascii=False, indent=2))
    out.write("\n")


def jsonl_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield dumps(record) + "\n"
