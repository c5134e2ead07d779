"""Renderers: turn report records (the JSON objects) into output text or rich tables.

Extraction never formats and renderers never extract: every renderer takes
the records that :func:`vnreport.batch.process_all` yields.
"""

FORMATS = ("table", "json", "jsonl", "csv", "html")
