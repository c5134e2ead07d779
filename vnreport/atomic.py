"""Writing output files so that no half-written file is ever left behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import TextIO


@contextlib.contextmanager
def atomic_output(path: str, *, keep: str = "") -> Iterator[TextIO]:
    """A text file that replaces ``path`` only when the block ends normally.

    Writes go to a temporary file beside ``path`` (same file system, so the
    final rename is atomic); on an exception or Ctrl-C the temporary file is
    removed and ``path`` keeps its old content, or stays absent. ``keep`` is
    text written first (what --resume carries over).
    """
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".vnreport-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(keep)
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(path: str) -> int:
    """The permissions an ordinary write would give: the old file's, else 0666 less the umask.

    mkstemp creates its file readable by the owner alone; a report file must not
    lose the permissions users expect just because it was written atomically.
    """
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
