"""Transcript importers: one module per format behind a registry keyed by extension."""

from workbench.importers.base import (
    MAX_FILE_BYTES,
    ImportedDocument,
    ImportedTurn,
    ImportRefused,
    for_path,
    register,
    supported_extensions,
)

__all__ = [
    "MAX_FILE_BYTES",
    "ImportRefused",
    "ImportedDocument",
    "ImportedTurn",
    "for_path",
    "read_file",
    "register",
    "supported_extensions",
]


def read_file(path) -> ImportedDocument:
    """Read one transcript file into an ImportedDocument (raises ImportRefused)."""
    return for_path(path)(path)
