"""Finding and reading input files for the CLI (the library itself does no I/O).

``expand`` turns the paths a user gives into a sorted, de-duplicated list of
sources; ``read`` decodes one source into text, raising a
:class:`~vnreport.errors.VnreportError` subclass with a one-line message
naming the file when it cannot.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import FileTooLarge, UnreadableFile, VnreportError

#: what folders are searched for when --glob is not given
DEFAULT_GLOBS = ("*.txt", "*.md", "*.docx", "*.pdf")
DEFAULT_MAX_SIZE = 50 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One input: a file path, or "-" for standard input; ``problem`` when it cannot be read."""

    name: str
    problem: str | None = None


def expand(paths: list[str], pattern: str | None = None) -> Iterator[Source]:
    """Files named directly, then the files matching ``pattern`` under each folder.

    Without a pattern, folders give their .txt, .md, .docx and .pdf files.

    Folders are walked recursively in sorted order; a file reached twice (named
    twice, or through a symlink) is listed once; a path that does not exist or
    a folder with no matching file is reported as a problem.
    """
    patterns = (pattern,) if pattern else DEFAULT_GLOBS
    seen: set[str] = set()
    for given in paths:
        if given == "-":
            yield Source("-")
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in sorted(_walk(path, patterns)):
                key = _identity(file)
                if key in seen:
                    continue
                seen.add(key)
                found = True
                yield Source(str(file))
            if not found:
                wanted = ", ".join(repr(p) for p in patterns)
                yield Source(given, f"no files matching {wanted} in this folder")
        elif path.is_file():
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                yield Source(given)
        elif path.is_symlink():
            yield Source(given, "broken symbolic link")
        else:
            yield Source(given, "no such file or folder")


def _walk(folder: Path, patterns: tuple[str, ...]) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so symlink loops cannot trap it
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            file = Path(root) / name
            if any(file.match(p) for p in patterns) and file.is_file():
                yield file


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def read_bytes(source: Source, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The raw bytes of a source, refusing files over ``max_size``."""
    if source.problem:
        raise UnreadableFile(source.problem, source.name)
    try:
        if source.name == "-":
            data = sys.stdin.buffer.read(max_size + 1)
        else:
            size = os.path.getsize(source.name)
            if size > max_size:
                raise FileTooLarge(f"{size} bytes is over --max-size ({max_size} bytes)", source.name)
            with open(source.name, "rb") as f:
                data = f.read(max_size + 1)
    except VnreportError:
        raise
    except OSError as e:
        raise UnreadableFile(e.strerror or str(e), source.name) from None
    if len(data) > max_size:
        raise FileTooLarge(f"over --max-size ({max_size} bytes)", source.name)
    return data


def read(source: Source, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> tuple[str, str]:
    """(text, encoding name or format label) of a source, decoded and NFC-normalized.

    .docx and .pdf files are read by :mod:`vnreport.formats` (label "docx",
    "pdf"); everything else is text in one of the encodings :mod:`vnreport.encoding` knows.
    """
    data = read_bytes(source, max_size)
    suffix = Path(source.name).suffix.lower() if source.name != "-" else ""
    from .formats import SUFFIXES, text_of

    if suffix in SUFFIXES:
        return text_of(data, suffix, source.name)
    from .encoding import decode

    decoded = decode(data, encoding=encoding, path=source.name)
    return decoded.text, decoded.encoding
