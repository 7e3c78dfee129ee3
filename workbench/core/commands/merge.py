"""Merging another project's codings into this one (two researchers coded copies).

Documents are matched by the SHA-256 of their text (so the offsets mean the same words), codes
by their path of names (case-insensitive); codes missing here are created with their parents,
kind, colour and codebook entry. A coding identical to one already here (same code, span and
coder) is not doubled. One command: one transaction, one undo step.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from workbench.core.commands.base import Command, insert


@dataclass
class SourceCode:
    path: tuple[str, ...]
    row: dict  # the codes row of the other project (kind, colour, definition, …)


@dataclass
class SourceCoding:
    sha256: str
    document: str
    code_path: tuple[str, ...]
    start: int
    end: int
    coder: str
    memo: str
    inferred: bool
    created_at: str


@dataclass
class MergeSource:
    name: str
    codes: list[SourceCode]  # parents before children
    codings: list[SourceCoding]


@dataclass
class MergeReport:
    documents_matched: list[str] = field(default_factory=list)
    documents_missing: list[str] = field(default_factory=list)  # in the other file only
    codes_created: list[str] = field(default_factory=list)
    codings_added: int = 0
    codings_present: int = 0  # already here, not doubled
    coders: dict[str, int] = field(default_factory=dict)  # coder → codings added

    def as_dict(self) -> dict:
        return {"documents_matched": self.documents_matched, "documents_missing": self.documents_missing,
                "codes_created": self.codes_created, "codings_added": self.codings_added,
                "codings_present": self.codings_present, "coders": self.coders}


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


class MergeProject(Command):
    label_key = "cmd.merge_project"

    def __init__(self, source: MergeSource, default_coder: str = ""):
        self.source, self.default_coder = source, default_coder
        self.report = MergeReport()

    def label_args(self) -> dict:
        return {"name": self.source.name}

    def changes(self, store) -> list:
        report = self.report = MergeReport()
        out = []
        docs = {row["sha256"]: (doc_id, row["name"]) for doc_id, row in store.rows_where("documents").items()}
        codes = store.rows_where("codes")
        by_path: dict[tuple[str, ...], int] = {}

        def path_of(code_id):
            parts = []
            while code_id is not None:
                parts.append(_key(codes[code_id]["name"]))
                code_id = codes[code_id]["parent_id"]
            return tuple(reversed(parts))

        for code_id in codes:
            by_path[path_of(code_id)] = code_id
        next_position: dict[int | None, int] = {}
        for row in codes.values():
            parent = row["parent_id"]
            next_position[parent] = max(next_position.get(parent, 0), row["position"] + 1)
        source_rows = {tuple(map(_key, c.path)): c for c in self.source.codes}

        def ensure(path: tuple[str, ...]) -> int:
            key = tuple(map(_key, path))
            if key in by_path:
                return by_path[key]
            parent = ensure(path[:-1]) if len(path) > 1 else None
            template = source_rows.get(key)
            row = dict(template.row) if template else {}
            row.update(parent_id=parent, name=path[-1], position=next_position.get(parent, 0))
            row.setdefault("kind", codes[parent]["kind"] if parent else "theme")
            row.setdefault("color", codes[parent]["color"] if parent else "#808080")
            for col in ("definition", "use_when", "do_not_use_when", "example"):
                row.setdefault(col, "")
            row.setdefault("indicators", "{}")
            row.setdefault("names", "{}")
            change = insert(store, "codes", row)
            out.append(change)
            codes[change.id] = row
            by_path[key] = change.id
            next_position[parent] = row["position"] + 1
            report.codes_created.append("/".join(path))
            return change.id

        existing: dict[int, set] = {}
        for c in self.source.codings:
            if c.sha256 not in docs:
                if c.document not in report.documents_missing:
                    report.documents_missing.append(c.document)
                continue
            doc_id, doc_name = docs[c.sha256]
            if doc_name not in report.documents_matched:
                report.documents_matched.append(doc_name)
            code_id = ensure(c.code_path)
            if doc_id not in existing:
                existing[doc_id] = {(r["code_id"], r["start"], r["end"], r["coder"])
                                    for r in store.rows_where("codings", document_id=doc_id).values()}
            coder = c.coder or self.default_coder
            key = (code_id, c.start, c.end, coder)
            if key in existing[doc_id]:
                report.codings_present += 1
                continue
            existing[doc_id].add(key)
            out.append(insert(store, "codings", {
                "document_id": doc_id, "code_id": code_id, "start": c.start, "end": c.end, "coder": coder,
                "memo": c.memo, "inferred": int(c.inferred), "created_at": c.created_at}))
            report.codings_added += 1
            report.coders[coder] = report.coders.get(coder, 0) + 1
        return out
