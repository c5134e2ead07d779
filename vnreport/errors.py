"""Exceptions raised by the library; the CLI turns each into one line on stderr."""

from __future__ import annotations


class VnreportError(Exception):
    """Base class of every error vnreport raises on purpose."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class UnreadableFile(VnreportError):
    """The file could not be opened or read."""


class BinaryFile(VnreportError):
    """The file holds binary data (NUL bytes, an image, a PDF ...), not text."""


class UnknownEncoding(VnreportError):
    """The file's text encoding could not be identified; --encoding names it."""


class FileTooLarge(VnreportError):
    """The file is larger than --max-size."""
