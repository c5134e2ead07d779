"""Renderers: turn report records (the JSON objects) into output text or rich tables.

Extraction never formats and renderers never extract: every renderer takes
the records that :func:`vnreport.batch.process_all` yields.
"""

FORMATS = ("table", "json", "jsonl", "csv", "html")


def format_value(value: object) -> str:
    """A figure's value as Vietnamese writes it: dots between thousands, a decimal comma.

    >>> format_value(87239), format_value(1234.5), format_value("?")
    ('87.239', '1.234,5', '?')
    """
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        return f"{value:,.6g}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return str(value)
