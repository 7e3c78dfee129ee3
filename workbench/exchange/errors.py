"""The one error the exchange (import/export) functions raise."""

from __future__ import annotations

from pathlib import Path


class ExchangeError(Exception):
    """A file cannot be imported or exported.

    ``str(error)`` is meant for the user and names the file and the reason, e.g.
    ``codes.qdc: not an XML file (line 1, column 0: syntax error)``. ``path`` is the full
    path, ``reason`` the problem alone. ``message`` replaces the standard text when the
    reason already names the file (a coding-scheme error passed on unchanged).
    """

    def __init__(self, path: str | Path, reason: str, *, message: str | None = None):
        self.path = Path(path)
        self.reason = reason
        self.message = message or f"{self.path.name or self.path}: {reason}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message
