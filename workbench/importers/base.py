"""What every importer returns, the errors it raises, and the extension registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Files above this size are refused before reading: transcripts are never this big,
# and reading one would freeze the app.
MAX_FILE_BYTES = 50 * 1024 * 1024


class ImportRefused(Exception):
    """A file cannot be imported; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass
class ImportedTurn:
    start: int  # code-point offsets into ImportedDocument.text, half-open
    end: int
    speaker: str = ""
    role: str = "respondent"  # interviewer | respondent | other
    time_ms: int | None = None


@dataclass
class ImportedDocument:
    name: str  # file name without extension
    text: str  # NFC, "\n" line ends; the clean transcript a user reads
    turns: list[ImportedTurn] = field(default_factory=list)
    source_file: str = ""
    metadata: dict = field(default_factory=dict)  # e.g. {"encoding": "cp1252", "format": "docx"}


Reader = Callable[[Path], ImportedDocument]
_REGISTRY: dict[str, Reader] = {}


def register(*extensions: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for ext in extensions:
            _REGISTRY[ext.lower().lstrip(".")] = fn
        return fn

    return deco


def supported_extensions() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)


def for_path(path: Path | str) -> Reader:
    _load_all()
    ext = Path(path).suffix.lower().lstrip(".")
    try:
        return _REGISTRY[ext]
    except KeyError:
        raise ImportRefused(path, f"unsupported file type '.{ext}'") from None


def _load_all() -> None:
    # Importing the format modules registers them; done lazily to keep start-up light.
    from workbench.importers import formats  # noqa: F401
