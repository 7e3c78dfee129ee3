"""Between the project and the engine: read its input, store its output.

`gather` and `save` touch the project (the UI calls them on its own thread); `compute` in
between reads only plain data, so it can run in a worker. Saving is not an undoable edit: it
refreshes the pending list. Re-running never duplicates (one row per document, code and span),
never brings back a rejected or accepted suggestion, and withdraws pending ones the sources
no longer support.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.commands.base import delete, insert, now_iso, update
from workbench.nlp.suggest.engine import compute
from workbench.nlp.suggest.model import DocInput, SuggestInput, Suggestion


def gather(project, document_ids: list[int] | None = None, include_interviewer: bool = False) -> SuggestInput:
    roles = {"respondent", "other"} | ({"interviewer"} if include_interviewer else set())
    wanted = None if document_ids is None else set(document_ids)
    docs = []
    texts: dict[int, tuple[str, str]] = {}
    for d in project.documents(with_text=True):
        texts[d.id] = (d.text, d.language)
        if wanted is not None and d.id not in wanted:
            continue
        turns = project.turns(d.id)
        spans = ([_without_label(d.text, t) for t in turns if t.role in roles] if turns
                 else [(0, len(d.text))])
        docs.append(DocInput(d.id, d.name, d.language, d.text, spans))
    coded, existing = [], set()
    for c in project.codings():
        text, lang = texts.get(c.document_id, ("", "nl"))
        coded.append((c.code_id, lang, text[c.start:c.end]))
        existing.add((c.document_id, c.code_id, c.start, c.end))
    rejected = []
    for s in project.suggestions(status="rejected"):
        text, lang = texts.get(s.document_id, ("", "nl"))
        rejected.append((s.document_id, s.code_id, s.start, s.end, lang, text[s.start:s.end]))
    for s in project.suggestions(status="accepted"):  # decided once: never suggested again
        existing.add((s.document_id, s.code_id, s.start, s.end))
    return SuggestInput(docs, project.codes(), project.language, coded, rejected, existing)


def _without_label(text: str, turn) -> tuple[int, int]:
    """The turn's span without its "Speaker:" label, which is no part of what was said."""
    start = turn.start
    if turn.speaker and text.startswith(turn.speaker, start):
        after = start + len(turn.speaker)
        colon = text.find(":", after, after + 40)
        if colon != -1 and not text[after:colon].strip(" ])0123456789:.[("):
            start = colon + 1
    while start < turn.end and text[start].isspace():
        start += 1
    return (start, turn.end) if start < turn.end else (turn.start, turn.end)


@dataclass
class SaveResult:
    added: int = 0
    kept: int = 0
    removed: int = 0


def save(project, suggestions: list[Suggestion], document_ids: list[int]) -> SaveResult:
    """Store the run's suggestions as the pending list of the documents that were read."""
    result = SaveResult()
    decided, pending = set(), {}
    for doc_id in document_ids:
        for row_id, row in project.rows_where("suggestions", document_id=doc_id).items():
            key = (row["document_id"], row["code_id"], row["start"], row["end"])
            if row["status"] == "pending":
                pending[key] = (row_id, row)
            else:
                decided.add(key)
    changes, seen = [], set()
    stamp = now_iso()
    for s in suggestions:
        if s.key in decided or s.key in seen:
            continue
        seen.add(s.key)
        fields = {"score": s.score, "reason": s.reason, "source": s.source, "inferred": int(s.inferred)}
        if s.key in pending:
            row_id, row = pending.pop(s.key)
            if any(row[k] != v for k, v in fields.items()):
                changes.append(update(project, "suggestions", row_id, **fields))
            result.kept += 1
        else:
            changes.append(insert(project, "suggestions", {
                "document_id": s.document_id, "code_id": s.code_id, "start": s.start, "end": s.end,
                "status": "pending", "created_at": stamp, **fields}))
            result.added += 1
    for row_id, row in pending.values():
        changes.append(delete("suggestions", row_id, row))
        result.removed += 1
    if changes:
        with project.transaction():
            project.apply_patch(changes)
    return result


def run(project, document_ids: list[int] | None = None, include_interviewer: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None) -> tuple[list[Suggestion], SaveResult]:
    """Read, suggest and store in one go (the CLI). A cancelled run stores nothing."""
    inp = gather(project, document_ids, include_interviewer)
    suggestions = compute(inp, progress=progress, cancel=cancel)
    if cancel and cancel():
        return suggestions, SaveResult()
    return suggestions, save(project, suggestions, [d.id for d in inp.documents])


def scheme_codes(name: str = "klantbeleving", language: str = "nl") -> list:
    """The codes of a built-in scheme as a project holds them (built in a scratch project)."""
    import tempfile

    from workbench.core.commands import ApplyCodeTree
    from workbench.schemes import load_builtin
    from workbench.schemes.specs import scheme_specs
    from workbench.store.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "scheme.iwb", language=language)
        try:
            ApplyCodeTree(scheme_specs(load_builtin(name), language), name).apply(project)
            return project.codes()
        finally:
            project.close()
