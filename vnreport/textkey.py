"""Keys for matching words against word lists, whatever the spelling habits.

Re-exported from :mod:`vnreport.encoding`, which owns text normalization.
"""

from __future__ import annotations

try:
    from .encoding import match_key
except ImportError:  # pragma: no cover - encoding module not written yet
    def match_key(s: str) -> str:
        return s.lower()

__all__ = ["match_key"]
