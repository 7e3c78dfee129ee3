"""Import many transcript files into a project: one transaction per file, a bad file is
reported and the rest go on, text already in the project is skipped."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.commands import AddDocument, Command, CommandError, sha256_text
from workbench.errors import Msg, UserError, printable_name, storage_reason
from workbench.importers.base import ImportRefused
from workbench.nlp.language import guess_language

Progress = Callable[[int, int], None]


@dataclass
class ImportOutcome:
    path: Path
    status: str  # imported | skipped | refused
    document: str = ""
    reason: str | Msg = ""  # English text after construction; reason_msg renders per language
    words: int = 0
    inverse: Command | None = None  # undo of this import, for the UI's undo stack
    reason_msg: Msg | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.reason_msg is None:
            self.reason_msg = Msg.of(self.reason) if self.reason else None
        self.reason = str(self.reason_msg) if self.reason_msg else ""

    @property
    def file(self) -> str:
        return printable(str(self.path))

    def localized_reason(self, lang: str | None = None) -> str:
        return self.reason_msg.render(lang) if self.reason_msg else ""

    def message(self, lang: str | None = None) -> str:
        """One line for this file, in the user's language (English when lang="en")."""
        name = printable_name(self.path.name)
        if self.status == "imported":
            return Msg("batch.imported", file=name, document=printable_name(self.document),
                       words=self.words).render(lang)
        return Msg(f"batch.{self.status}", file=name, reason=self.reason_msg or "").render(lang)


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
    """File names that are not valid UTF-8 arrive with surrogate escapes, which SQLite cannot
    store; they become \\xNN (as do control and bidi characters), so nothing is lost."""
    return printable_name(name)


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
        return ImportOutcome(path, "refused", reason_msg=exc.reason_msg)
    except MemoryError:
        return ImportOutcome(path, "refused", reason_msg=Msg("batch.too_large"))
    except RecursionError:
        return ImportOutcome(path, "refused", reason_msg=Msg("batch.too_deep"))
    except Exception:  # a reader bug must not stop a batch or show a traceback
        return ImportOutcome(path, "refused", reason_msg=Msg("batch.unreadable"))
    if not doc.text.strip():
        return ImportOutcome(path, "refused", reason_msg=Msg("batch.no_text"))
    existing = project.document_with_sha(sha256_text(doc.text))
    if existing:
        return ImportOutcome(path, "skipped", document=existing,
                             reason_msg=Msg("batch.duplicate", document=existing))
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
    except (CommandError, UserError) as exc:  # refused edit; or disk full, damaged: named
        return ImportOutcome(path, "refused", reason_msg=getattr(exc, "reason_msg", exc.msg))
    except Exception as exc:  # e.g. a storage error: this file fails, the batch goes on
        return ImportOutcome(path, "refused", reason_msg=Msg("batch.not_stored", reason=storage_reason(exc)))
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
