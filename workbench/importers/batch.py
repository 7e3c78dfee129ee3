"""Import many transcript files into a project: one transaction per file, a bad file is
reported and the rest go on, text already in the project is skipped."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.commands import AddDocument, Command, CommandError, sha256_text
from workbench.errors import Msg, UserError, printable_name, storage_reason
from workbench.importers.base import ImportedDocument, ImportRefused
from workbench.importers.language import guess_language

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
    warnings: list[Msg] = field(default_factory=list)  # imported, but e.g. no speakers found

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
            bare = any(w.key == "plan.no_speakers" for w in self.warnings)
            return Msg("plan.imported_no_speakers" if bare else "batch.imported", file=name,
                       document=printable_name(self.document), words=self.words).render(lang)
        return Msg(f"batch.{self.status}", file=name, reason=self.reason_msg or "").render(lang)


class BatchOptionError(UserError):
    """The options of a batch import are unusable (blank participant, broken pattern)."""


def check_options(case: str | None, case_pattern: str | None) -> None:
    """Refuse a blank participant name or a pattern that is not a regular expression,
    before any file is read."""
    if case is not None and not case.strip():
        raise BatchOptionError("batch.blank_case")
    if case_pattern is not None:
        if not case_pattern.strip():
            raise BatchOptionError("batch.blank_pattern")
        try:
            re.compile(case_pattern)
        except (re.error, RecursionError, OverflowError) as exc:
            raise BatchOptionError("batch.bad_pattern", pattern=case_pattern,
                                   reason=getattr(exc, "msg", "")) from None


def case_from_name(stem: str, pattern: str | None) -> str | None:
    """Participant name from a file name by a user pattern (a regex; its first group, or the
    whole match). Example: r"^\\d+_(\\w+)" turns "03_fatima" into "fatima"."""
    if not pattern:
        return None
    match = re.search(pattern, stem)
    if not match:
        return None
    return (match.group(1) if match.groups() else match.group(0)).strip() or None


def _unique_name(project, name: str, taken: set[str] | None = None) -> str:
    """The name, or "name (2)", "name (3)"… when the project (or the batch so far) has it."""
    taken = {d.name.casefold() for d in project.documents()} | (taken or set())
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def printable(name: str) -> str:
    """File names that are not valid UTF-8 arrive with surrogate escapes, which SQLite cannot
    store; they become \\xNN (as do control and bidi characters), so nothing is lost."""
    return printable_name(name)


_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t"}
CASE_MODES = ("file", "none", "pattern")  # participant from the file name, none, a user pattern


def participant_from_file(stem: str) -> str:
    """A readable participant name from a file name: '05_jan_de_vries' → 'Jan de Vries'; a
    name that already has capitals is kept as written."""
    name = re.sub(r"^[\d\s_.\-]+", "", stem)
    name = re.sub(r"[_\-]+", " ", name).strip() or stem
    if any(ch.isupper() for ch in name):
        return name
    words = name.split()
    return " ".join(w if i and w in _PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(words))


@dataclass
class PlannedImport:
    """A file read and ready to import, with every choice a preview may correct: the name,
    participant, language and the role of each speaker."""

    path: Path
    document: ImportedDocument
    name: str
    language: str
    case: str | None
    roles: dict[str, str]  # speaker → role (the detector's guess until a user changes it)
    status: str = "ready"

    def speakers(self) -> list[tuple[str, int, str]]:
        """(speaker, turns, role) in order of first appearance."""
        counts: dict[str, int] = {}
        for turn in self.document.turns:
            if turn.speaker:
                counts[turn.speaker] = counts.get(turn.speaker, 0) + 1
        return [(name, n, self.roles.get(name, "respondent")) for name, n in counts.items()]

    @property
    def turn_count(self) -> int:
        return len(self.document.turns)

    def warnings(self) -> list[Msg]:
        """What a researcher should look at before importing (nothing here stops it)."""
        speakers = self.speakers()
        roles = {role for _, _, role in speakers}
        out = []
        if not speakers:
            out.append(Msg("plan.no_speakers"))
        elif len(speakers) == 1:
            out.append(Msg("plan.one_speaker", speaker=speakers[0][0]))
        else:
            if "interviewer" not in roles:
                out.append(Msg("plan.no_interviewer"))
            if "respondent" not in roles:
                out.append(Msg("plan.no_respondent"))
        if not self.case:
            out.append(Msg("plan.no_case"))
        return out

    def command(self) -> AddDocument:
        doc = self.document
        turns = [{"start": t.start, "end": t.end, "speaker": t.speaker,
                  "role": self.roles.get(t.speaker, t.role) if t.speaker else t.role, "time_ms": t.time_ms}
                 for t in doc.turns]
        return AddDocument(self.name, doc.text, turns, self.language, case=self.case or None,
                           source_file=printable(doc.source_file or self.path.name), metadata=doc.metadata)


def _read(path: Path):
    """The read document, or the refusal outcome."""
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
    return doc


def plan_document(project, path: Path, doc: ImportedDocument, *, case: str | None = None,
                  case_pattern: str | None = None, case_mode: str | None = None,
                  language: str | None = None, taken: set[str] | None = None,
                  seen: dict[str, tuple[Path, str]] | None = None) -> PlannedImport | ImportOutcome:
    """Decide name, participant, language and roles for a read document; text already in the
    project (or earlier in this batch: `seen`, sha → (path, name)) is skipped."""
    sha = sha256_text(doc.text)
    existing = project.document_with_sha(sha)
    if existing:
        return ImportOutcome(path, "skipped", document=existing,
                             reason_msg=Msg("batch.duplicate", document=existing))
    if seen is not None and sha in seen:
        first, first_name = seen[sha]
        return ImportOutcome(path, "skipped", document=first_name,
                             reason_msg=Msg("plan.same_text", file=printable(first.name)))
    stem = printable(path.stem)
    if case is None and case_mode == "file":
        case = participant_from_file(stem)
    elif case is None and (case_mode == "pattern" or case_mode is None):
        case = case_from_name(stem, case_pattern)
    name = _unique_name(project, printable(doc.name or path.stem), taken)
    if taken is not None:
        taken.add(name.casefold())
    if seen is not None:
        seen[sha] = (path, name)
    roles: dict[str, str] = {}
    for turn in doc.turns:
        if turn.speaker:
            roles.setdefault(turn.speaker, turn.role)
    return PlannedImport(path, doc, name, language or guess_language(doc.text, project.language),
                         case, roles)


def store_plan(project, plan: PlannedImport) -> ImportOutcome:
    """Import one planned file: one transaction, one inverse for the undo stack."""
    path = plan.path
    command = plan.command()
    try:
        inverse = command.apply(project)
    except (CommandError, UserError) as exc:  # refused edit; or disk full, damaged: named
        return ImportOutcome(path, "refused", reason_msg=getattr(exc, "reason_msg", exc.msg))
    except Exception as exc:  # e.g. a storage error: this file fails, the batch goes on
        return ImportOutcome(path, "refused", reason_msg=Msg("batch.not_stored", reason=storage_reason(exc)))
    warnings = [w for w in plan.warnings() if w.key == "plan.no_speakers"]
    return ImportOutcome(path, "imported", document=plan.name, words=command.word_count, inverse=inverse,
                         warnings=warnings)


def import_one(
    project,
    path: Path,
    *,
    case: str | None = None,
    case_pattern: str | None = None,
    language: str | None = None,
) -> ImportOutcome:
    doc = _read(path)
    if isinstance(doc, ImportOutcome):
        return doc
    plan = plan_document(project, path, doc, case=case, case_pattern=case_pattern, language=language)
    return plan if isinstance(plan, ImportOutcome) else store_plan(project, plan)


def plan_files(
    project,
    paths: Sequence[Path | str],
    *,
    case: str | None = None,
    case_pattern: str | None = None,
    case_mode: str | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[PlannedImport | ImportOutcome]:
    """Read every file and plan its import (what a preview shows); nothing is stored."""
    paths = [Path(p) for p in paths]
    taken: set[str] = set()
    seen: dict[str, tuple[Path, str]] = {}
    out: list[PlannedImport | ImportOutcome] = []
    for i, path in enumerate(paths):
        if cancel and cancel():
            break
        doc = _read(path)
        out.append(doc if isinstance(doc, ImportOutcome) else plan_document(
            project, path, doc, case=case, case_pattern=case_pattern, case_mode=case_mode,
            language=language, taken=taken, seen=seen))
        if progress:
            progress(i + 1, len(paths))
    return out


def import_planned(
    project,
    items: Sequence[PlannedImport | ImportOutcome],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Store the planned files (as a preview left them); refusals and skips pass through."""
    outcomes: list[ImportOutcome] = []
    for i, item in enumerate(items):
        if cancel and cancel():
            break
        outcomes.append(store_plan(project, item) if isinstance(item, PlannedImport) else item)
        if progress:
            progress(i + 1, len(items))
    return outcomes


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
    check_options(case, case_pattern)
    paths = [Path(p) for p in paths]
    outcomes: list[ImportOutcome] = []
    for i, path in enumerate(paths):
        if cancel and cancel():
            break
        outcomes.append(import_one(project, path, case=case, case_pattern=case_pattern, language=language))
        if progress:
            progress(i + 1, len(paths))
    return outcomes
