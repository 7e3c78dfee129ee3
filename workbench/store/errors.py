"""Errors the store raises; each message names the file and the reason."""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class NotAProject(ProjectError):
    pass


class NewerVersion(ProjectError):
    pass


class ProjectInUse(ProjectError):
    """Another process has the project open; raised only when the caller asks to be strict."""


class NotFound(LookupError):
    """A named document, code or case does not exist in the project."""
