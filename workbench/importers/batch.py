"""Import many transcript files into a project: one transaction per file, a bad file is
reported and the rest go on, text already in the project is skipped."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.core.commands import AddDocument, Command, CommandError, sha256_text
from workbench.importers.base import ImportRefused
from workbench.nlp.language import guess_language

Progress = Callable[[int, int], None]


@dataclass
class ImportOutcome:
    path: Path
    status: str  # imported | skipped | refused
    document: str = ""
    reason: str = ""
    words: int = 0
    inverse: Command | None = None  # undo of this import, for the UI's undo stack

    @property
    def file(self) -> str:
        return printable(str(self.path))

    def message(self) -> str:
        if self.status == "imported":
            return f"{printable(self.path.name)}: imported as '{self.document}' ({self.words} words)"
        return f"{printable(self.path.name)}: {self.status} — {self.reason}"


def case_from_name(stem: str, pattern: str | None) -> str | None:
    """Participant name from a file name by a user pattern (a regex; its first group, or the
    whole match). Example: r"^\\d+_(\\w+)" turns "03_fatima" into "fatima"."""
    if not pattern:
        return None
    match = re.search(pattern, stem)
    if not match:
        return None
    return (match.group(1) if match.groups() else match.group(0)).strip() or None


def _unique_name(project, name: str) -> str:
    taken = {d.name.casefold() for d in project.documents()}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def printable(name: str) -> str:
    """File names that are not valid UTF-8 arrive with surrogates; store them readably."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def import_one(
    project,
    path: Path,
    *,
    case: str | None = None,
    case_pattern: str | None = None,
    language: str | None = None,
) -> ImportOutcome:
    from workbench.importers import read_file

    try:
        doc = read_file(path)
    except ImportRefused as exc:
        return ImportOutcome(path, "refused", reason=exc.reason)
    except MemoryError:
        return ImportOutcome(path, "refused", reason="the file is too large to read")
    except Exception as exc:  # a reader bug must not stop a batch or show a traceback
        return ImportOutcome(path, "refused", reason=f"could not be read ({type(exc).__name__}: {exc})")
    if not doc.text.strip():
        return ImportOutcome(path, "refused", reason="the file contains no text")
    existing = project.document_with_sha(sha256_text(doc.text))
    if existing:
        return ImportOutcome(
            path, "skipped", document=existing, reason=f"its text is already in the project as '{existing}'"
        )
    name = _unique_name(project, printable(doc.name or path.stem))
    turns = [
        {"start": t.start, "end": t.end, "speaker": t.speaker, "role": t.role, "time_ms": t.time_ms}
        for t in doc.turns
    ]
    command = AddDocument(
        name,
        doc.text,
        turns,
        language or guess_language(doc.text),
        case=case or case_from_name(printable(path.stem), case_pattern),
        source_file=printable(doc.source_file or path.name),
        metadata=doc.metadata,
    )
    try:
        inverse = command.apply(project)
    except CommandError as exc:
        return ImportOutcome(path, "refused", reason=str(exc))
    except Exception as exc:  # e.g. the disk is full: this file fails, the batch goes on
        return ImportOutcome(path, "refused", reason=f"could not be stored ({type(exc).__name__}: {exc})")
    return ImportOutcome(path, "imported", document=name, words=command.word_count, inverse=inverse)


def import_files(
    project,
    paths: Sequence[Path | str],
    *,
    case: str | None = None,
    case_pattern: str | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    paths = [Path(p) for p in paths]
    outcomes: list[ImportOutcome] = []
    for i, path in enumerate(paths):
        if cancel and cancel():
            break
        outcomes.append(import_one(project, path, case=case, case_pattern=case_pattern, language=language))
        if progress:
            progress(i + 1, len(paths))
    return outcomes
