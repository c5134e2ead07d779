"""Engines for large batches: :func:`extract_many` for any framework, :func:`process_dask` for Dask.

``extract_many`` is the pure library entry point a Dask bag or a Spark
``mapPartitions`` calls on each partition: the models load once per process
and stay cached (:mod:`vnreport.models`), so one call per partition pays that
cost once.

``process_dask`` is ``vnreport extract --engine dask``: the sources are cut
into partitions of ``partition_size`` files, one task each, run on a
dask.distributed cluster (a LocalCluster on 127.0.0.1 when no scheduler
address is given). Records come back in input order, or as they finish with
``ordered=False``. A worker that dies has its partition run again elsewhere;
a partition that still fails is retried file by file, so only the file that
fails becomes an error record; every input yields exactly one record, and
the totals are checked at the end. Dask is imported only here, and only when
asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import VnreportError

if TYPE_CHECKING:
    import datetime as _dt

    from .batch import Options
    from .inputs import Source
    from .report import Report

INSTALL_HINT = 'the dask engine needs: pip install "vnreport[dask]"'

# underthesea's models are not thread-safe: a worker with several threads extracts one document at a time
_MODEL_LOCK = threading.RLock()


class EngineError(VnreportError):
    """The engine could not run, or lost records (inputs != results + errors)."""


def extract_many(items: Iterable[tuple[str, str]], *,
                 reference_date: _dt.date | int | None = None) -> Iterator[Report]:
    """Reports for ``(source, text)`` pairs, in their order (lazily, one at a time).

    >>> [r.source for r in extract_many([("a.txt", ""), ("b.txt", "")])]
    ['a.txt', 'b.txt']
    """
    import vnreport

    for source, text in items:
        with _MODEL_LOCK:  # safe on multi-threaded workers too (held per document, never across a yield)
            report = vnreport.extract(text, source=source, reference_date=reference_date)
        yield report


def _process_chunk(chunk: list[Source], options: Options) -> list[dict[str, Any]]:
    """One task: the records of a partition (run on a worker; its models stay loaded)."""
    from .batch import process

    with _MODEL_LOCK:
        return [process(source, options) for source in chunk]


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise EngineError(INSTALL_HINT) from None
    return distributed


def process_dask(sources: Iterable[Source], options: Options, *, scheduler: str | None = None,
                 workers: int = 2, ordered: bool = True, partition_size: int = 8) -> Iterator[dict[str, Any]]:
    """Records for ``sources`` computed on a Dask cluster, one per source.

    ``scheduler`` is the address of a running scheduler (tcp://host:8786);
    without one a LocalCluster of ``workers`` single-threaded processes is
    started on 127.0.0.1 (no dashboard) and closed at the end. Files are read
    on the workers, so with a remote cluster their paths must be visible
    there. Standard input ("-") is read and processed here. Raises
    :class:`EngineError` if records were lost.
    """
    sources = list(sources)
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    distributed = _import_distributed()  # now, not at the first record: the CLI reports it before any output
    return _run(distributed, sources, options, scheduler, workers, ordered, partition_size)


def _run(distributed: Any, sources: list[Source], options: Options, scheduler: str | None, workers: int,
         ordered: bool, partition_size: int) -> Iterator[dict[str, Any]]:
    from .batch import process
    from .report import error_dict

    if not sources:
        return

    # jobs: (chunk number, first position in the chunk, sources); a chunk is done when all its slots are
    chunks: list[list[Source]] = [sources[i:i + partition_size] for i in range(0, len(sources), partition_size)]
    slots: list[list[dict[str, Any] | None]] = [[None] * len(c) for c in chunks]
    missing = [len(c) for c in chunks]
    local = {n for n, c in enumerate(chunks) if any(s.name == "-" for s in c)}  # stdin belongs to this process

    def fill(n: int, start: int, records: list[dict[str, Any]]) -> bool:
        """Put a job's records in place; whether chunk ``n`` is now complete."""
        for i, record in enumerate(records):
            if slots[n][start + i] is None:
                missing[n] -= 1
            slots[n][start + i] = record
        return missing[n] == 0

    for n in sorted(local):
        fill(n, 0, [process(s, options) for s in chunks[n]])
    if len(local) == len(chunks):
        for n in range(len(chunks)):
            yield from slots[n]  # type: ignore[misc]
        return

    cluster = client = None
    try:
        if scheduler is None:
            import logging

            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                               silence_logs=logging.ERROR)
            scheduler = cluster.scheduler_address
        client = distributed.Client(scheduler)
        window = max(16, 4 * sum(client.nthreads().values()))  # partitions in flight (or held back) at most
        done = distributed.as_completed()
        jobs: dict[Any, tuple[int, int, list[Source]]] = {}
        pending = [n for n in reversed(range(len(chunks))) if n not in local]  # popped from the end
        outstanding: set[int] = set()  # submitted, not yet yielded
        complete: set[int] = set(local)
        next_out = 0  # ordered: the first chunk not yet yielded
        emitted = 0

        def submit(n: int, start: int, chunk: list[Source]) -> None:
            future = client.submit(_process_chunk, chunk, options, retries=2, pure=False)
            jobs[future] = (n, start, chunk)
            done.add(future)

        def top_up() -> None:
            while pending and len(outstanding) < window:
                n = pending.pop()
                outstanding.add(n)
                submit(n, 0, chunks[n])

        def release(n: int) -> list[dict[str, Any]]:
            nonlocal emitted
            records, slots[n] = slots[n], []
            outstanding.discard(n)
            emitted += len(records)
            return records  # type: ignore[return-value]

        top_up()
        if not ordered:
            for n in sorted(local):
                yield from release(n)
        while True:
            while ordered and next_out < len(chunks) and next_out in complete:
                yield from release(next_out)
                next_out += 1
            top_up()
            if not jobs:
                break
            future = next(done)
            n, start, chunk = jobs.pop(future)
            try:
                records = future.result()
            except Exception as e:  # a worker died too often (KilledWorker), or the task itself broke
                if len(chunk) > 1:  # isolate the file at fault: the others still count
                    for i, source in enumerate(chunk):
                        submit(n, start + i, [source])
                    continue
                detail = (str(e).strip().splitlines() or [""])[0]  # error messages are one line
                message = f"internal error: the dask task failed: {type(e).__name__}: {detail}"
                records = [error_dict(chunk[0].name, f"{chunk[0].name}: {message}")]
            finally:
                future.release()
            if len(records) != len(chunk):
                raise EngineError(f"a partition of {len(chunk)} inputs gave {len(records)} records")
            if fill(n, start, records):
                complete.add(n)
                if not ordered:
                    yield from release(n)
        if emitted != len(sources):
            raise EngineError(f"{len(sources)} inputs but {emitted} records (results + errors) came back")
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
