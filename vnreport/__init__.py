"""vnreport: who, which bodies, where, when and how much, from Vietnamese reports.

>>> import vnreport
>>> report = vnreport.extract("Ngày 31.1.2018, Sở Nội vụ cắt giảm 220 biên chế.")
>>> [(e.type, e.text) for e in report.entities]
[('date', 'Ngày 31.1.2018'), ('organization', 'Sở Nội vụ')]
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "Report", "__version__"]

if TYPE_CHECKING:
    from .report import Report


def extract(text: str, *, reference_date: _dt.date | int | str | None = None, source: str = "-",
            encoding: str | None = None) -> "Report":
    """Extract people, organizations, locations, dates and figures from ``text``.

    Pure: no I/O, no printing. ``reference_date`` (a date or a year, or either
    as a string, "2018-01-31" or "2018") fixes the year of dates written
    without one; otherwise it is inferred from the text.
    """
    from .pipeline import run
    from .report import Report

    doc = run(text, reference_date=reference_date)
    return Report.from_document(doc, source=source, encoding=encoding)


def __getattr__(name: str):  # lazy, so "import vnreport" stays light for the CLI
    if name == "Report":
        from .report import Report

        return Report
    if name == "extract_many":
        from .engines import extract_many

        return extract_many
    raise AttributeError(name)
