"""Export a whole project as a REFI-QDA project archive (``.qdpx``, Project.xsd 1.0).

The archive holds ``project.qde`` and ``sources/<GUID>.txt`` (UTF-8, no BOM), one per
document, referred to as ``internal://<GUID>.txt``. Coders become users; the codebook keeps
nesting, colours and descriptions (kind, names and indicators in readable lines, see
``qdc_text``); every coding is a ``PlainTextSelection`` with one ``Coding`` → ``CodeRef`` by
its coder, its memo as the selection's description (an inferred coding's starts with
``[inferred]``); participants are cases with their
documents as member sources and their attributes as variable values; project, document and
code memos are notes.

Positions are Unicode code points into the stored text, which is what REFI-QDA means by a
character position and what the workbench stores, so an emoji counts as one character.
GUIDs are derived from the project (its creation time) and each row's id: exporting the same
project twice gives the same GUIDs, so another program can recognise what it imported before.
"""

from __future__ import annotations

import os
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from workbench.core.commands.base import now_iso
from workbench.exchange.errors import ExchangeError
from workbench.exchange.qdc import ORIGIN, PROJECT_NS, clean_xml_text, normalise_color
from workbench.exchange.qdc_text import format_description
from workbench.schemes import SchemeCode
from workbench.schemes.model import TEXT_FIELDS

Progress = Callable[[int, int], None]
EXCERPT = 100  # characters of the coded text in a selection's name
VARIABLE_TYPE_PREFIX = "Type: "  # our attribute type, kept in the variable's description
LANGUAGE_PREFIX = "Language: "  # a document's language, kept in its source's description
# An inferred coding (an interpretation, not a statement) has no REFI-QDA counterpart: its
# selection's description starts with this line, readable in any program and read back by ours.
INFERRED_MARK = "[inferred]"
COMPRESS_LEVEL = 3  # text and XML shrink ~4×; higher levels cost far more time than they save


@dataclass
class ExportSummary:
    path: Path
    documents: int = 0
    codes: int = 0
    codings: int = 0
    cases: int = 0
    variables: int = 0
    notes: int = 0
    users: int = 0

    def as_dict(self) -> dict:
        return {"file": str(self.path), "documents": self.documents, "codes": self.codes,
                "codings": self.codings, "cases": self.cases, "variables": self.variables,
                "notes": self.notes, "users": self.users}


class Guids:
    """Deterministic GUIDs for one project: the same row gets the same GUID in every export."""

    def __init__(self, project):
        seed = project.setting("created_at") or project.path.stem
        self.namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:depth-interview-workbench:{seed}")
        self._prefixes: dict[str, str] = {}

    def __call__(self, kind: str, key) -> str:
        if isinstance(key, int) and 0 <= key < 16 ** 12:
            # Rows: a name-based UUID per kind with the row id as its last group; as stable
            # as a UUID per row and fast enough for 40,000 codings.
            prefix = self._prefixes.get(kind)
            if prefix is None:
                prefix = self._prefixes[kind] = str(uuid.uuid5(self.namespace, kind)).upper()[:24]
            return f"{prefix}{key:012X}"
        return str(uuid.uuid5(self.namespace, f"{kind}:{key}")).upper()


def _datetime(value: str) -> str | None:
    """An xsd:dateTime, or None for a value that is not one."""
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return value if "T" in value else None


def _excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= EXCERPT else line[:EXCERPT - 1] + "…"


def _sub(parent: ET.Element, tag: str, attrs: dict | None = None, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in (attrs or {}).items() if v is not None})
    if text is not None:
        element.text = clean_xml_text(text)
    return element


# --------------------------------------------------------------------------- parts


def _users(root, project, guids) -> dict[str, str]:
    names = [r[0] for r in project.conn.execute(
        "SELECT name FROM coders UNION SELECT coder FROM codings WHERE coder != '' ORDER BY 1")]
    users = {name: guids("user", name) for name in names if name}
    if users:
        element = _sub(root, "Users")
        for name, guid in users.items():
            _sub(element, "User", {"guid": guid, "name": clean_xml_text(name)})
    return users


def _scheme_code(code, lang: str) -> SchemeCode:
    names = {k: v for k, v in code.names.items() if v}
    names[lang] = code.name
    return SchemeCode(names=names, kind=code.kind, color=code.color,
                      indicators={k: list(v) for k, v in code.indicators.items()},
                      **{f: ({lang: getattr(code, f)} if getattr(code, f) else {}) for f in TEXT_FIELDS})


def _codebook(root, project, guids, code_notes: dict[int, str]) -> dict[int, str]:
    codes = project.codes()
    if not codes:
        return {}
    lang = project.language
    parents: dict[int | None, ET.Element] = {None: _sub(_sub(root, "CodeBook"), "Codes")}
    out: dict[int, str] = {}
    for code in codes:  # parents come before their children
        guid = out[code.id] = guids("code", code.id)
        name = clean_xml_text(code.name).strip() or "(unnamed)"
        element = _sub(parents[code.parent_id], "Code", {
            "guid": guid, "name": name, "isCodable": "true", "color": normalise_color(code.color)})
        _sub(element, "Description", text=format_description(_scheme_code(code, lang), lang, name))
        if code.id in code_notes:
            _sub(element, "NoteRef", {"targetGUID": code_notes[code.id]})
        parents[code.id] = element
    return out


def _variable_type(kind: str, values: list[str]) -> str:
    if kind == "number" and values:
        try:
            numbers = [Decimal(v) for v in values]
        except InvalidOperation:
            return "Text"
        return "Integer" if all(n == n.to_integral_value() for n in numbers) else "Float"
    if kind == "date" and values:
        try:
            for v in values:
                date.fromisoformat(v)
        except ValueError:
            return "Text"
        return "Date"
    return "Text"


def _typed_value(parent, var_type: str, raw: str) -> None:
    if var_type == "Integer":
        _sub(parent, "IntegerValue", text=str(int(Decimal(raw))))
    elif var_type == "Float":
        _sub(parent, "FloatValue", text=format(Decimal(raw), "f"))
    elif var_type == "Date":
        _sub(parent, "DateValue", text=raw)
    else:
        _sub(parent, "TextValue", text=raw)


def _variables(root, project, guids) -> dict[int, tuple[str, str]]:
    """attribute id → (GUID, typeOfVariable)."""
    attributes = project.attributes()
    if not attributes:
        return {}
    values: dict[int, list[str]] = {}
    for row in project.rows_where("case_attributes").values():
        if row["value"] not in (None, ""):
            values.setdefault(row["attribute_id"], []).append(row["value"])
    element = _sub(root, "Variables")
    out = {}
    for attr_id, (name, kind) in attributes.items():
        var_type = _variable_type(kind, values.get(attr_id, []))
        guid = guids("variable", attr_id)
        var = _sub(element, "Variable", {"guid": guid, "name": clean_xml_text(name), "typeOfVariable": var_type})
        _sub(var, "Description", text=f"{VARIABLE_TYPE_PREFIX}{kind}")
        out[attr_id] = (guid, var_type)
    return out


def _cases(root, project, guids, variables, doc_guids: dict[int, str]) -> int:
    rows = project.conn.execute("SELECT id, name FROM cases ORDER BY name COLLATE NOCASE").fetchall()
    if not rows:
        return 0
    values: dict[int, list[tuple[int, str]]] = {}
    for row in project.rows_where("case_attributes").values():
        if row["value"] not in (None, ""):
            values.setdefault(row["case_id"], []).append((row["attribute_id"], row["value"]))
    members: dict[int, list[int]] = {}
    for doc_id, case_id in project.conn.execute(
            "SELECT id, case_id FROM documents WHERE case_id IS NOT NULL ORDER BY position, name"):
        members.setdefault(case_id, []).append(doc_id)
    element = _sub(root, "Cases")
    order = list(variables)
    for case_id, name in rows:
        case = _sub(element, "Case", {"guid": guids("case", case_id), "name": clean_xml_text(name)})
        for attr_id, raw in sorted(values.get(case_id, []), key=lambda v: order.index(v[0])):
            var_guid, var_type = variables[attr_id]
            value = _sub(case, "VariableValue")
            _sub(value, "VariableRef", {"targetGUID": var_guid})
            _typed_value(value, var_type, raw)
        for doc_id in members.get(case_id, []):
            _sub(case, "SourceRef", {"targetGUID": doc_guids[doc_id]})
    return len(rows)


def _memos(project, guids) -> list[tuple]:
    """(note GUID, name, target, target id, text, updated) for every memo with text."""
    names = {"project": lambda _i: "Project memo",
             "document": lambda i: f"Document memo: {project.document(i).name}",
             "code": lambda i: f"Code memo: {project.code_path(i)}"}
    out = []
    for memo_id, row in project.rows_where("memos").items():
        if not row["text"].strip():
            continue
        try:
            name = names[row["target"]](row["target_id"])
        except Exception:  # a memo whose document or code is gone: still worth keeping
            name = f"Memo ({row['target']})"
        out.append((guids("note", memo_id), name, row["target"], row["target_id"], row["text"],
                    row["updated_at"]))
    return out


# --------------------------------------------------------------------------- the export


def export_qdpx(project, path: str | Path, *, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ExportSummary | None:
    """Write the project to ``path`` as a ``.qdpx``. Returns what was written, or None when
    cancelled (then nothing is written). The file appears only when complete."""
    path = Path(path)
    if path.is_dir():
        raise ExchangeError(path, "qdpx.err.export_folder")
    guids = Guids(project)
    summary = ExportSummary(path)
    root = ET.Element("Project", {
        "xmlns": PROJECT_NS, "name": clean_xml_text(project.path.stem), "origin": ORIGIN,
        "creationDateTime": _datetime(project.setting("created_at")) or now_iso(),
        "modifiedDateTime": now_iso()})
    users = _users(root, project, guids)
    if users:
        root.set("creatingUserGUID", next(iter(users.values())))
    memos = _memos(project, guids)
    notes_for = {(target, target_id): guid for guid, _n, target, target_id, _t, _u in memos}
    code_notes = {tid: guid for (target, tid), guid in notes_for.items() if target == "code"}
    code_guids = _codebook(root, project, guids, code_notes)
    variables = _variables(root, project, guids)
    documents = project.documents()
    doc_guids = {d.id: guids("source", d.id) for d in documents}
    summary.cases = _cases(root, project, guids, variables, doc_guids)
    files: list[tuple[str, str]] = []
    total = len(documents) + 1
    if documents:
        sources = _sub(root, "Sources")
    for i, doc in enumerate(documents):
        if cancel and cancel():
            return None
        text = project.conn.execute("SELECT text FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
        guid = doc_guids[doc.id]
        source = _sub(sources, "TextSource", {
            "guid": guid, "name": clean_xml_text(doc.name), "plainTextPath": f"internal://{guid}.txt",
            "creationDateTime": _datetime(doc.imported_at)})
        _sub(source, "Description", text=f"{LANGUAGE_PREFIX}{doc.language}")
        for coding in project.codings(document_id=doc.id):
            user = users.get(coding.coder)
            created = _datetime(coding.created_at)
            selection = _sub(source, "PlainTextSelection", {
                "guid": guids("selection", coding.id), "name": _excerpt(text[coding.start:coding.end]),
                "startPosition": str(coding.start), "endPosition": str(coding.end),
                "creatingUser": user, "creationDateTime": created})
            description = f"{INFERRED_MARK}\n{coding.memo}".strip() if coding.inferred else coding.memo
            if description.strip():
                _sub(selection, "Description", text=description)
            element = _sub(selection, "Coding", {"guid": guids("coding", coding.id), "creatingUser": user,
                                                 "creationDateTime": created})
            _sub(element, "CodeRef", {"targetGUID": code_guids[coding.code_id]})
            summary.codings += 1
        if ("document", doc.id) in notes_for:
            _sub(source, "NoteRef", {"targetGUID": notes_for[("document", doc.id)]})
        files.append((f"sources/{guid}.txt", text))
        if progress:
            progress(i + 1, total)
    if memos:
        notes = _sub(root, "Notes")
        for guid, name, _target, _tid, text, updated in memos:
            note = _sub(notes, "Note", {"guid": guid, "name": clean_xml_text(name),
                                        "creationDateTime": _datetime(updated)})
            _sub(note, "PlainTextContent", text=text)
    if ("project", 0) in notes_for:
        _sub(root, "NoteRef", {"targetGUID": notes_for[("project", 0)]})
    if cancel and cancel():
        return None
    ET.indent(root, space=" ")
    # Serialised to a str first: ElementTree's byte output encodes piece by piece, 3× slower.
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")).encode("utf-8")
    _write_archive(path, xml, files)
    summary.documents, summary.codes, summary.users = len(documents), len(code_guids), len(users)
    summary.variables, summary.notes = len(variables), len(memos)
    if progress:
        progress(total, total)
    return summary


def _write_archive(path: Path, xml: bytes, files: list[tuple[str, str]]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
            archive.writestr("project.qde", xml)
            for name, text in files:
                archive.writestr(name, text.encode("utf-8"))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExchangeError(path, "exchange.err.cannot_write", reason=exc.strerror or str(exc)) from None
