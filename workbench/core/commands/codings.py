"""Coding edits: add, remove, resize, reassign, memo, inferred flag."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.commands.base import Command, CommandError, delete, insert, now_iso, update


def check_span(store, document_id: int, start: int, end: int) -> None:
    doc = store.row("documents", document_id)
    if doc is None:
        raise CommandError("cmd.err.no_document", id=document_id)
    if not (0 <= start < end <= len(doc["text"])):
        raise CommandError("cmd.err.span_outside", start=start, end=end, length=len(doc["text"]))


_check_span = check_span


@dataclass
class NewCoding:
    document_id: int
    code_id: int
    start: int
    end: int
    coder: str = ""
    memo: str = ""
    inferred: bool = False

    def row(self) -> dict:
        return {"document_id": self.document_id, "code_id": self.code_id, "start": self.start,
                "end": self.end, "coder": self.coder, "memo": self.memo,
                "inferred": int(self.inferred), "created_at": now_iso()}


class AddCodings(Command):
    """Code one or many segments. An identical coding (same code, span, coder) is not doubled."""

    label_key = "cmd.add_codings"

    def __init__(self, codings: list[NewCoding], code_name: str = ""):
        self.codings = codings
        self.code_name = code_name
        self.created_ids: list[int] = []

    def label_args(self) -> dict:
        return {"n": len(self.codings), "code": self.code_name}

    def describe(self) -> str:
        if len(self.codings) == 1 and self.code_name:
            self.label_key = "cmd.add_coding"
        return super().describe()

    def changes(self, store) -> list:
        # Bulk-friendly: each document and code is checked once; duplicates are looked up
        # exactly for a few codings, or from one read of the document's codings for many.
        out, lengths, codes, existing = [], {}, set(), {}
        few = len(self.codings) <= 20
        for c in self.codings:
            if c.document_id not in lengths:
                doc = store.row("documents", c.document_id)
                if doc is None:
                    raise CommandError("cmd.err.no_document", id=c.document_id)
                lengths[c.document_id] = len(doc["text"])
            if not (0 <= c.start < c.end <= lengths[c.document_id]):
                raise CommandError("cmd.err.span_outside", start=c.start, end=c.end, length=lengths[c.document_id])
            if c.code_id not in codes:
                if store.row("codes", c.code_id) is None:
                    raise CommandError("cmd.err.no_code", id=c.code_id)
                codes.add(c.code_id)
            bucket = (c.document_id, c.start) if few else c.document_id
            if bucket not in existing:
                where = {"document_id": c.document_id, "start": c.start} if few else {"document_id": c.document_id}
                existing[bucket] = {(r["code_id"], r["start"], r["end"], r["coder"])
                                    for r in store.rows_where("codings", **where).values()}
            key = (c.code_id, c.start, c.end, c.coder)
            if key in existing[bucket]:
                continue
            existing[bucket].add(key)
            out.append(insert(store, "codings", c.row()))
        self.created_ids = [ch.id for ch in out]
        self.created_id = self.created_ids[0] if self.created_ids else None
        return out


def AddCoding(document_id: int, code_id: int, start: int, end: int, coder: str = "",
              memo: str = "", inferred: bool = False, code_name: str = "") -> AddCodings:
    return AddCodings([NewCoding(document_id, code_id, start, end, coder, memo, inferred)], code_name)


@dataclass
class RemoveCodings(Command):
    ids: list[int] = field(default_factory=list)
    label_key = "cmd.remove_codings"

    def label_args(self) -> dict:
        return {"n": len(self.ids)}

    def changes(self, store) -> list:
        out = []
        for coding_id in self.ids:
            row = store.row("codings", coding_id)
            if row is not None:
                out.append(delete("codings", coding_id, row))
        return out


class ChangeCoding(Command):
    """Resize, reassign, edit memo or set the inferred flag of one coding."""

    label_key = "cmd.change_coding"
    _FIELDS = {"start", "end", "code_id", "memo", "inferred", "coder"}

    def __init__(self, coding_id: int, **fields):
        unknown = set(fields) - self._FIELDS
        if unknown:
            raise CommandError("cmd.err.cannot_change_coding", fields=", ".join(sorted(unknown)))
        self.coding_id = coding_id
        self.fields = {k: int(v) if k == "inferred" else v for k, v in fields.items()}
        self._names = {"code": "", "new": ""}  # code names for the label, read in changes()

    def label_args(self) -> dict:
        return self._names

    def _label_key(self) -> str:
        """The undo label names the edit: memo, inferred, resize or reassign."""
        keys = set(self.fields)
        if keys == {"memo"}:
            return "cmd.coding_memo"
        if keys == {"inferred"}:
            return "cmd.coding_inferred_on" if self.fields["inferred"] else "cmd.coding_inferred_off"
        if keys and keys <= {"start", "end"}:
            return "cmd.coding_resize"
        if keys == {"code_id"}:
            return "cmd.coding_reassign"
        return "cmd.change_coding"

    def changes(self, store) -> list:
        change = update(store, "codings", self.coding_id, **self.fields)
        old_code = store.row("codes", change.before["code_id"])
        new_code = store.row("codes", change.after["code_id"])
        self._names = {"code": old_code["name"] if old_code else "",
                       "new": new_code["name"] if new_code else ""}
        self.label_key = self._label_key() if self._names["code"] else "cmd.change_coding"
        row = change.after
        check_span(store, row["document_id"], row["start"], row["end"])
        if store.row("codes", row["code_id"]) is None:
            raise CommandError("cmd.err.no_code", id=row["code_id"])
        return [change]
