"""Import a REFI-QDA project (``.qdpx``, or a bare ``project.qde``) as a new project.

Text sources (inside the archive, external files, or inline ``PlainTextContent``), the
codebook, codings with their coders, cases with their variables, and notes are imported.
What cannot be (PDF, picture, audio and video sources and their codings; sets, graphs and
links) is listed in the report, and the rest imports.

The new project is built in a hidden file beside the target and renamed into place only when
complete, so a failure or Cancel never leaves a half-made project.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from workbench.core.commands import AddDocument, SetMemo
from workbench.core.commands.base import dumps, insert, now_iso
from workbench.core.commands.codes import MAX_CODE_NAME, code_row
from workbench.core.kinds import LANGUAGES
from workbench.core.normalise import canonical
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdc import clean_name, code_from_element, file_language
from workbench.exchange.qdpx_attributes import AttributeBuilder
from workbench.exchange.qdpx_export import INFERRED_MARK, LANGUAGE_PREFIX
from workbench.exchange.qdpx_model import QCode, QProject, QSource, parse_qde, read_project
from workbench.exchange.qdpx_report import ImportReport
from workbench.exchange.qdpx_sources import SourceReader
from workbench.exchange.textmap import TextMap, normalise_with_map, utf16_positions
from workbench.importers.speakers import detect_turns
from workbench.nlp.language import guess_language
from workbench.schemes.specs import code_spec
from workbench.store import Project
from workbench.store.lock import ProjectLock

Progress = Callable[[int, int], None]


class _Cancelled(Exception):
    pass


# --------------------------------------------------------------------------- building


class _Builder:
    def __init__(self, project: Project, qp: QProject, reader: SourceReader, report: ImportReport,
                 language: str | None):
        self.project, self.qp, self.reader, self.report = project, qp, reader, report
        self.language = language
        self.codes: dict[str, int] = {}  # code GUID → code id
        self.case_of_source: dict[str, str] = {}  # source GUID → case name
        self.attributes = AttributeBuilder(project, qp, report)
        self.coders: set[str] = set()
        self.used_notes: set[str] = set()
        self.code_notes: dict[int, list[str]] = {}  # code id → note GUIDs

    # ---- codebook
    def build_codes(self) -> None:
        if self.qp.codebook is None:
            return
        lang = self.project.language
        file_lang = file_language([c.element for c in self.qp.codes]) or lang
        changes: list = []
        self._codes(self.qp.codes, None, None, file_lang, lang, changes)
        if changes:
            self.project.apply_patch(changes)
        self.report.counts["codes"] = len(changes)

    def _codes(self, codes: list[QCode], parent_id, parent_scheme, file_lang, lang, changes) -> None:
        siblings: dict[str, tuple[int, object]] = {}
        for index, qcode in enumerate(codes):
            scheme = code_from_element(qcode.element, parent_scheme, index, file_lang)
            spec = code_spec(scheme, lang)
            if len(spec["name"]) > MAX_CODE_NAME:  # the codebook's cap on names
                spec["name"] = spec["name"][:MAX_CODE_NAME - 1].rstrip() + "…"
            key = spec["name"].casefold()
            if key in siblings:  # the same name twice at one level: one code, as in the codebook import
                code_id, scheme = siblings[key]
            else:
                extra = {f: spec[f] for f in ("definition", "use_when", "do_not_use_when", "example")}
                change = insert(self.project, "codes", code_row(
                    parent_id, spec["name"], spec["kind"], spec["color"], len(siblings),
                    indicators=dumps(spec["indicators"]), names=dumps(spec["names"]), **extra))
                changes.append(change)
                code_id = change.id
                siblings[key] = (code_id, scheme)
            self.codes[qcode.guid] = code_id
            if qcode.notes:
                self.code_notes.setdefault(code_id, []).extend(qcode.notes)
            self._codes(qcode.children, code_id, scheme, file_lang, lang, changes)

    # ---- cases
    def build_cases(self) -> None:
        names: dict[str, str] = {}
        for n, case in enumerate(self.qp.cases, 1):
            name = clean_name(case.name) if case.name else f"Case {n}"
            name = names.setdefault(name.casefold(), name)
            self.attributes.add_case(name, case.values)
            for guid in case.sources:
                current = self.case_of_source.setdefault(guid, name)
                if current != name:
                    self.report.warn("case", name, "several_cases", case=current)

    # ---- sources
    def source_text(self, source: QSource) -> TextMap | None:
        if source.content is not None and source.content.strip():
            raw, reason, args = source.content, None, {}
        elif source.plain_path:
            raw, reason, args = self.reader.text(source.plain_path, self.qp.base_path)
        elif source.rich_path:
            raw, reason, args = None, "rich_only", {"path": source.rich_path}
        else:
            raw, reason, args = None, "no_text", {}
        if raw is not None and not raw.strip():
            raw, reason, args = None, "empty", {}
        if raw is None:
            codings = sum(len(s.codings) for s in source.selections) + len(source.whole_codings)
            self.report.skip("source", source.name or source.guid, reason, codings=codings, **args)
            if codings:
                self.report.skip("coding", source.name or source.guid, "of_skipped_source", count=codings)
            return None
        textmap = normalise_with_map(raw)
        if textmap.text != canonical(raw):  # never expected; keep the stored form exact
            textmap = TextMap(canonical(raw), exact=False)
        if not textmap.exact:
            self.report.warn("source", source.name, "approximate")
        units = utf16_positions(raw, [(s.start, s.end, s.name) for s in source.selections if s.name])
        if units is not None:
            self.report.warn("source", source.name, "utf16")
            for sel in source.selections:  # to code points, the standard's count
                if 0 <= sel.start < sel.end < len(units):
                    sel.start, sel.end = units[sel.start], units[sel.end]
        return textmap

    def add_source(self, source: QSource, textmap: TextMap, taken: set[str]) -> None:
        name = clean_name(source.name) if source.name else f"Document {len(taken) + 1}"
        base, n = name, 2
        while name.casefold() in taken:
            name = f"{base} ({n})"
            n += 1
        taken.add(name.casefold())
        case = self.case_of_source.get(source.guid)
        if source.values:
            case = case or name
            self.case_of_source[source.guid] = case
            self.attributes.add_case(case, source.values)
        text = textmap.text
        turn_rows = _turns(text)
        language, description = _language_line(source.description)
        command = AddDocument(name, text, turn_rows, self.language or language or guess_language(text), case=case,
                              source_file=Path(source.plain_path).name if source.plain_path else "",
                              metadata={"format": "qdpx", "origin": self.qp.origin,
                                        **({"description": description} if description else {})})
        command.apply(self.project)
        doc_id = command.created_id
        self.report.counts["documents"] += 1
        self._codings(source, doc_id, textmap, name)
        memo = self.note_text(source.notes)
        if memo:
            SetMemo("document", doc_id, memo).apply(self.project)
            self.report.counts["memos"] += 1

    def _codings(self, source: QSource, doc_id: int, textmap: TextMap, name: str) -> None:
        length = len(textmap.text)
        raw_length = len(textmap._lo) - 1 if textmap._lo is not None else length
        seen: set[tuple] = set()
        changes = []
        spans = [(sel, sel.start, sel.end) for sel in source.selections]
        spans += [(None, 0, raw_length)] if source.whole_codings else []
        for sel, start, end in spans:
            codings = sel.codings if sel is not None else source.whole_codings
            if not codings:
                continue
            if not (0 <= start < end <= raw_length):
                self.report.skip("coding", name, "bad_span", count=len(codings), start=start, end=end,
                                 length=raw_length)
                continue
            s, e = textmap.span(start, end)
            description = sel.description if sel else ""
            inferred = description.startswith(INFERRED_MARK)  # our own mark, see qdpx_export
            if inferred:
                description = description[len(INFERRED_MARK):].strip()
            memo = "\n\n".join(t for t in (description, self.note_text(sel.notes if sel else [])) if t)
            for coding in codings:
                code_id = self.codes.get(coding.code)
                if code_id is None:
                    self.report.skip("coding", name, "unknown_code", start=start, end=end)
                    continue
                user = coding.user or (sel.user if sel else "")
                coder = self.qp.users.get(user, "")
                key = (code_id, s, e, coder)
                if key in seen:
                    continue
                seen.add(key)
                if coder:
                    self.coders.add(coder)
                changes.append(insert(self.project, "codings", {
                    "document_id": doc_id, "code_id": code_id, "start": s, "end": e, "coder": coder,
                    "memo": memo, "inferred": int(inferred),
                    "created_at": coding.created or (sel.created if sel else "") or now_iso()}))
        if changes:
            self.project.apply_patch(changes)
        self.report.counts["codings"] += len(changes)

    # ---- notes
    def note_text(self, guids: list[str]) -> str:
        parts = []
        for guid in guids:
            note = self.qp.notes.get(guid)
            if note is None:
                continue
            self.used_notes.add(guid)
            text = note.content
            if text is None and note.plain_path:
                text, _reason, _args = self.reader.text(note.plain_path, self.qp.base_path)
            if text and text.strip():
                parts.append(canonical(text).strip())
        return "\n\n".join(parts)

    def build_memos(self) -> None:
        for code_id, guids in self.code_notes.items():
            text = self.note_text(guids)
            if text:
                SetMemo("code", code_id, text).apply(self.project)
                self.report.counts["memos"] += 1
        parts = [self.qp.description] if self.qp.description else []
        if self.note_text(self.qp.project_notes):
            parts.append(self.note_text(self.qp.project_notes))
        for guid, note in self.qp.notes.items():  # free-standing notes (memos of the project)
            if guid not in self.used_notes:
                text = self.note_text([guid])
                if text:
                    parts.append(f"{note.name}\n{text}" if note.name else text)
        if parts:
            SetMemo("project", 0, "\n\n".join(parts)).apply(self.project)
            self.report.counts["memos"] += 1

    def build_coders(self) -> None:
        changes = [insert(self.project, "coders", {"name": name, "color": "#808080"})
                   for name in sorted(self.coders)]
        if changes:
            self.project.apply_patch(changes)
        self.report.counts["coders"] = len(changes)


def _language_line(description: str) -> tuple[str | None, str]:
    """Our ``Language: nl`` line (see qdpx_export) and the rest of a source's description."""
    lines = description.strip().splitlines()
    for i, line in enumerate(lines):
        value = line.strip()
        if value.startswith(LANGUAGE_PREFIX) and value[len(LANGUAGE_PREFIX):] in LANGUAGES:
            return value[len(LANGUAGE_PREFIX):], "\n".join(lines[:i] + lines[i + 1:]).strip()
    return None, description.strip()


def _turns(text: str) -> list[dict]:
    """Speaker turns found in ``text``. The turn detector lays the text out anew (a blank line
    between turns), so each turn is looked up in the text as it is; when one cannot be found
    the document gets no speaker turns (one turn over the whole text) rather than wrong ones."""
    out, turns = detect_turns(text)
    rows, cursor = [], 0
    for turn in turns:
        piece = out[turn.start:turn.end]
        start = text.find(piece, cursor)
        if start < 0:
            return []
        cursor = start + len(piece)
        rows.append({"start": start, "end": cursor, "speaker": turn.speaker, "role": turn.role,
                     "time_ms": turn.time_ms})
    return rows


def _report_unsupported(qp: QProject, report: ImportReport) -> None:
    for source in qp.sources:
        if source.kind != "text":
            report.skip("source", source.name or source.guid, "media", kind=source.kind,
                        codings=source.media_codings)
            if source.media_codings:
                report.skip("coding", source.name or source.guid, "of_skipped_source",
                            count=source.media_codings)
    for item, names in (("set", qp.sets), ("graph", qp.graphs), ("link", qp.links)):
        for name in names:
            report.skip(item, name or "—", f"no_{item}s")


# --------------------------------------------------------------------------- the import


def import_qdpx(source: str | Path, target: str | Path, *, language: str | None = None,
                overwrite: bool = False, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportReport:
    """Build a new project at ``target`` from the REFI-QDA file ``source``."""
    source, target = Path(source), Path(target)
    if target.exists() and not overwrite:
        raise ExchangeError(target, "qdpx.err.target_exists")
    if target.exists() and ProjectLock.probe(target):
        raise ExchangeError(target, "qdpx.err.target_open")
    if not target.parent.is_dir():
        raise ExchangeError(target, "qdpx.err.no_folder", folder=str(target.parent))
    reader = SourceReader(source)
    try:
        qp = read_project(source, parse_qde(source, reader.project_bytes()))
        report = ImportReport(source, origin=qp.origin)
        _report_unsupported(qp, report)
        texts = [s for s in qp.sources if s.kind == "text"]
        total = len(texts) + 2
        if progress:  # project.qde is read: from here on the bar moves
            progress(0, total)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.importing")
        project = Project.create(tmp, language=language or _project_language(qp, reader), overwrite=True)
        try:
            _build(project, qp, reader, report, language, texts, total, progress, cancel)
            project.close()
            _remove_sidecars(target)
            os.replace(tmp, target)
        except BaseException as exc:
            project.close()
            _remove_sidecars(tmp)
            if isinstance(exc, _Cancelled):
                report.cancelled = True
                return report
            raise
    finally:
        reader.close()
    report.project = target
    if progress:
        progress(total, total)
    return report


def _build(project, qp, reader, report, language, texts, total, progress, cancel) -> None:
    builder = _Builder(project, qp, reader, report, language)
    with project.transaction():
        builder.build_codes()
        builder.build_cases()
        if progress:
            progress(1, total)
        taken: set[str] = set()
        for i, src in enumerate(texts):
            if cancel and cancel():
                raise _Cancelled
            textmap = builder.source_text(src)
            if textmap is not None:
                builder.add_source(src, textmap, taken)
            if progress:
                progress(i + 2, total)
        builder.attributes.write()
        builder.build_memos()
        builder.build_coders()
        report.counts["cases"] = project.count_rows("cases")
        if cancel and cancel():
            raise _Cancelled


def _project_language(qp: QProject, reader: SourceReader) -> str:
    """Dutch or English, from the first readable text source, else from the code names."""
    for src in qp.sources:
        if src.kind != "text":
            continue
        text = src.content if src.content and src.content.strip() else None
        if text is None and src.plain_path:
            text = reader.text(src.plain_path, qp.base_path)[0]
        if text and text.strip():
            return guess_language(text)
    names = " ".join((c.element.get("name") or "") for c in qp.codes)
    return guess_language(names) if names.strip() else "nl"


def _remove_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
