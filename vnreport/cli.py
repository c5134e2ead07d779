"""The command line: read files, call the library, format the results.

Exit codes: 0 when every input was processed, 1 when some failed (each named
on stderr, the rest still processed), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__

FORMATS = ("table", "json", "jsonl", "csv", "html")


def _parse_size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 50M or 200000") from None


# options extract and summary share, defined once so their wording cannot drift apart
_output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                              help="Write to FILE (atomically: never left half-written) instead of stdout.")
_workers_option = click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
                               help="Worker processes for folders and many files.")
_glob_option = click.option("--glob", "pattern", metavar="PATTERN",
                            help="Which files to take from folders (default: *.txt, *.md, *.docx, *.pdf).")
_engine_option = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                              help='Where documents are processed: local worker processes, or a Dask cluster '
                                   '(pip install "vnreport[dask]").')
_scheduler_option = click.option("--scheduler", metavar="ADDRESS",
                                 help="With --engine dask: a running Dask scheduler (tcp://host:8786); without it "
                                      "a local cluster of --workers processes is started.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnreport")
def cli() -> None:
    """Extract people, organizations, places, dates and figures from Vietnamese reports."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format: rich tables, one JSON object (an array for several inputs), "
                   "JSON lines streamed per document, CSV rows per mention, or one standalone HTML page "
                   "(text highlighted, tables below; an index for several inputs).")
@click.option("--json", "as_json", is_flag=True, help="Short for --format json.")
@_output_option
@click.option("--reference-date", metavar="DATE",
              help="Year or date (2018, 2018-01-31) for dates written without a year.")
@_workers_option
@_glob_option
@click.option("--encoding", metavar="NAME",
              help="Text encoding of the inputs (utf-8, utf-16, windows-1258, tcvn3, vni); detected when absent.")
@click.option("--max-size", default="50M", show_default=True, metavar="SIZE",
              help="Refuse input files larger than SIZE (e.g. 50M, 2G).")
@click.option("--include-text", is_flag=True, help="Put each document's text into JSON output.")
@click.option("--resume", is_flag=True,
              help="With --format jsonl and -o: skip sources already in the output file and append the rest.")
@_engine_option
@_scheduler_option
@click.option("--unordered", is_flag=True,
              help="With --engine dask: write records as they finish, not in input order.")
def extract(paths: tuple[str, ...], fmt: str, as_json: bool, output: str | None, reference_date: str | None,
            workers: int, pattern: str | None, encoding: str | None, max_size: str, include_text: bool,
            resume: bool, engine: str, scheduler: str | None, unordered: bool) -> None:
    """Extract from PATHS: files (.txt, .md, .docx, .pdf), folders (recursive) or - for standard input."""
    from .batch import Options
    from .inputs import expand

    if as_json:
        fmt = "json"
    if fmt == "html":
        include_text = True  # the page highlights the text itself
    if resume and not (fmt == "jsonl" and output):
        raise click.UsageError("--resume needs --format jsonl and -o FILE")
    if engine != "dask" and (scheduler or unordered):
        raise click.UsageError("--scheduler and --unordered go with --engine dask")
    options = Options(_reference_date(reference_date), _encoding(encoding), _parse_size(max_size), include_text)
    sources = list(expand(list(paths), pattern))
    keep, done = _resumable(output) if resume else ("", set())
    skipped = sum(1 for s in sources if s.name in done)
    sources = [s for s in sources if s.name not in done]

    stats = {"processed": 0, "failed": 0}
    records = _counted(_produced(sources, options, workers, engine, scheduler, unordered), stats, len(sources))
    from .errors import VnreportError

    try:
        if output:
            from .atomic import atomic_output

            with atomic_output(output, keep=keep) as out:
                _write(records, fmt, out, many=len(sources) + skipped > 1, to_terminal=False)
        else:
            _write(records, fmt, sys.stdout, many=len(sources) + skipped > 1, to_terminal=sys.stdout.isatty())
    except VnreportError as e:  # the engine lost track of documents: say so, keep any old output file
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    if stats["failed"] or len(sources) > 1 or skipped:
        click.echo(f"processed {stats['processed']}, failed {stats['failed']}, skipped {skipped}", err=True)
    sys.exit(1 if stats["failed"] else 0)


def _produced(sources: list, options: Any, workers: int, engine: str, scheduler: str | None,
              unordered: bool) -> Iterator[dict[str, Any]]:
    """Records from the local worker processes or from a Dask cluster."""
    if engine == "dask":
        from .engines import process_dask
        from .errors import VnreportError

        try:
            return process_dask(sources, options, scheduler=scheduler, workers=workers, ordered=not unordered)
        except VnreportError as e:  # dask is not installed
            raise click.UsageError(str(e)) from None
    from .batch import process_all

    return process_all(sources, options, workers)


def _reference_date(value: str | None) -> Any:
    if value is None:
        return None
    from .recognizers.dates import parse_reference_date

    try:
        return parse_reference_date(value)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--reference-date") from None


def _encoding(value: str | None) -> str | None:
    if value is None:
        return None
    from .encoding import canonical_encoding
    from .errors import UnknownEncoding

    try:
        return canonical_encoding(value)
    except UnknownEncoding as e:
        raise click.BadParameter(str(e), param_hint="--encoding") from None


def _resumable(output: str) -> tuple[str, set[str]]:
    """The complete lines of an earlier jsonl output and the sources they cover."""
    try:
        text = Path(output).read_text(encoding="utf-8")
    except FileNotFoundError:
        return "", set()
    keep, done = [], set()
    for line in text.splitlines(keepends=True):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            break  # a torn last line: redo that document
        if "error" in record or not line.endswith("\n"):
            continue  # failed documents are tried again
        keep.append(line)
        done.add(record["source"])
    return "".join(keep), done


def _counted(records: Iterator[dict[str, Any]], stats: dict[str, int], total: int) -> Iterator[dict[str, Any]]:
    """Pass records through, naming failures on stderr and showing progress on a terminal."""
    progress = None
    if total > 1 and sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(transient=True, console=_stderr_console())
        progress.start()
        task = progress.add_task("extracting", total=total)
    try:
        for record in records:
            if "error" in record:
                stats["failed"] += 1
                message = record["error"]
                if not message.startswith(record["source"]):
                    message = f"{record['source']}: {message}"
                click.echo(f"error: {message}", err=True)
            else:
                stats["processed"] += 1
            if progress is not None:
                progress.advance(task)
            yield record
    finally:
        if progress is not None:
            progress.stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _write(records: Iterator[dict[str, Any]], fmt: str, out: TextIO, *, many: bool, to_terminal: bool) -> None:
    if fmt == "jsonl":
        from .render.jsonout import jsonl_lines

        for line in jsonl_lines(records):
            out.write(line)
            out.flush()
    elif fmt == "json":
        from .render.jsonout import write_json

        write_json(records, out, array=many)
    elif fmt == "csv":
        from .render.csvout import write_csv

        write_csv(records, out)
    elif fmt == "html":
        from .render.html import write_html

        write_html(records, out)
    else:
        from .render.table import document

        console = _console(out, to_terminal)
        for record in records:
            console.print(document(record))
            console.print()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="Output format: rich tables, one JSON object, or one CSV whose section column says which "
                   "part of the summary each row belongs to.")
@click.option("--excel", is_flag=True,
              help="CSV for Excel: UTF-8 with a byte order mark and CRLF line ends, so Vietnamese letters show "
                   "correctly. Implies --format csv.")
@_output_option
@click.option("--top", type=click.IntRange(1), default=20, show_default=True,
              help="How many people, organizations, places, subjects (and figures per subject) to list.")
@_workers_option
@_glob_option
@_engine_option
@_scheduler_option
def summary(paths: tuple[str, ...], fmt: str, excel: bool, output: str | None, top: int, workers: int,
            pattern: str | None, engine: str, scheduler: str | None) -> None:
    """Summarize PATHS across documents: the most frequent people (with their roles), organizations and
    places, the date range covered, and figures grouped by what they count."""
    from .batch import Options
    from .inputs import expand
    from .summary import CorpusSummary

    if excel:
        if fmt not in ("table", "csv"):
            raise click.UsageError(f"--excel writes CSV; it cannot go with --format {fmt}")
        fmt = "csv"
    sources = list(expand(list(paths), pattern))
    stats = {"processed": 0, "failed": 0}
    if engine != "dask" and scheduler:
        raise click.UsageError("--scheduler goes with --engine dask")
    # in input order, so that ties in the summary's rankings break the same way on every engine
    records = _counted(_produced(sources, Options(), workers, engine, scheduler, unordered=False), stats,
                       len(sources))
    result = CorpusSummary().add_all(records).to_dict(top)
    if output:
        from .atomic import atomic_output

        with atomic_output(output) as out:
            _write_summary(result, fmt, excel, out, to_terminal=False)
    else:
        _write_summary(result, fmt, excel, sys.stdout, to_terminal=sys.stdout.isatty())
    if stats["failed"] or len(sources) > 1:
        click.echo(f"processed {stats['processed']}, failed {stats['failed']}, skipped 0", err=True)
    sys.exit(1 if stats["failed"] else 0)


def _write_summary(result: dict[str, Any], fmt: str, excel: bool, out: TextIO, *, to_terminal: bool) -> None:
    if fmt == "json":
        out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        from .render.summary import write_csv

        write_csv(result, out, excel=excel)
    else:
        from .render.summary import tables

        _console(out, to_terminal).print(tables(result))


def _console(out: TextIO, to_terminal: bool):
    from rich.console import Console

    # 80 columns when not a terminal: files and pipes read well in any viewer
    return Console(file=out, width=None if to_terminal else 80, force_terminal=to_terminal or None,
                   no_color=not to_terminal, highlight=False)


@cli.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--split", type=click.Choice(["all", "train", "dev", "test"]), default="all", show_default=True,
              help="Score only the files of this split (the fixed hash split of corpora.split_of).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--baseline", is_flag=True, help="Also score underthesea.ner the same way, side by side.")
@click.option("--scheme", type=click.Choice(["vlsp", "phoner", "vnreport"]), default="vlsp", show_default=True,
              help="Annotation scheme of NER gold: vlsp leaves out bare bodies marked generic; phoner also "
                   "scores facilities (Bệnh viện ...) as locations; vnreport scores the output as it is.")
def evaluate(gold: tuple[str, ...], split: str, as_json: bool, baseline: bool, scheme: str) -> None:
    """Score extraction against GOLD: ENAMEX (.muc) or CoNLL BIO files or folders for
    entities, or vnreport gold JSON files (tests/gold) for entities, dates and figures."""
    from .scoring import evaluate_paths, render_scores

    results = evaluate_paths([Path(g) for g in gold], split=split, baseline=baseline, scheme=scheme)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console

        Console(highlight=False).print(render_scores(results))


def main() -> None:
    cli(prog_name="vnreport")


if __name__ == "__main__":
    main()
