"""Processing many inputs: one record per source, in input order.

Each record is the report's JSON object or an error record; a failing file
never stops the batch. With ``workers > 1`` the sources are spread over
processes (underthesea's models are not thread-safe), each loading the models
once; results stream back in input order as they finish.
"""

from __future__ import annotations

import datetime as _dt
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import VnreportError
from .inputs import DEFAULT_MAX_SIZE, Source, read
from .report import error_dict


@dataclass(frozen=True)
class Options:
    reference_date: _dt.date | int | None = None
    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    include_text: bool = False


def process(source: Source, options: Options) -> dict[str, Any]:
    """The JSON record of one source: its report, or an error naming the file."""
    import vnreport

    try:
        text, encoding = read(source, encoding=options.encoding, max_size=options.max_size)
        report = vnreport.extract(text, reference_date=options.reference_date, source=source.name,
                                  encoding=encoding)
        return report.to_dict(include_text=options.include_text)
    except VnreportError as e:
        return error_dict(source.name, str(e))
    except Exception as e:  # a bug must not cost the rest of the batch; say which file
        return error_dict(source.name, f"{source.name}: internal error: {type(e).__name__}: {e}")


def _process_pair(args: tuple[Source, Options]) -> dict[str, Any]:
    return process(*args)


def _warm_up() -> None:
    from .figure_subjects import ranker
    from .models import figure_tagger, ner_tagger, pos_tagger, word_segmenter

    word_segmenter(), pos_tagger(), ner_tagger(), ranker(), figure_tagger("action")


def process_all(sources: Iterable[Source], options: Options, workers: int = 1) -> Iterator[dict[str, Any]]:
    """Records for ``sources`` in their order, computed by ``workers`` processes."""
    sources = list(sources)
    # standard input belongs to this process: with "-" among the inputs, work alone
    if workers <= 1 or len(sources) < 2 or any(s.name == "-" for s in sources):
        for source in sources:
            yield process(source, options)
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=_warm_up) as pool:
        pairs = ((s, options) for s in sources)
        yield from pool.imap(_process_pair, pairs, chunksize=4)
