"""What every importer returns, the errors it raises, and the extension registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import Msg, UserError, printable_name

# Files above this size are refused before reading: transcripts are never this big,
# and reading one would freeze the app.
MAX_FILE_BYTES = 50 * 1024 * 1024


class ImportRefused(UserError):
    """A file cannot be imported; the message names the file and the reason. `reason` is a
    catalogue key (with `args`) or an English sentence; `reason_msg` renders it per language."""

    def __init__(self, path: Path | str, reason: str | Msg, **args):
        self.path = Path(path)
        self.reason_msg = Msg.of(reason, **args)
        self.reason = str(self.reason_msg)
        name = printable_name(self.path.name or str(self.path))
        super().__init__(Msg("error.with_file", file=name, reason=self.reason_msg))


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
        raise ImportRefused(path, "import.err.unsupported", ext=ext) from None


def _load_all() -> None:
    # Importing the format modules registers them; done lazily to keep start-up light.
    from workbench.importers import formats  # noqa: F401
