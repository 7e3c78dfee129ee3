"""Code a segment with a code given by its path, adding the missing codes on the way
(`workbench code --create`, and in-vivo style edits): one patch, one transaction, one undo
step. Everything is checked before anything is written, so a refusal leaves no codes behind."""

from __future__ import annotations

import unicodedata

from workbench.core.commands.base import Command, CommandError, insert
from workbench.core.commands.codes import check_depth, check_name, code_row, next_position
from workbench.core.commands.codings import NewCoding, check_span


def split_path(path: str) -> list[str]:
    return [part.strip() for part in path.strip().strip("/").split("/") if part.strip()]


class CodeAtPath(Command):
    label_key = "cmd.code_at_path"

    def __init__(self, document_id: int, path: str, start: int, end: int, coder: str = "",
                 memo: str = "", inferred: bool = False, create: bool = True):
        self.document_id, self.path, self.start, self.end = document_id, path, start, end
        self.coder, self.memo, self.inferred, self.create = coder, memo, inferred, create
        self.code_id: int | None = None
        self.added_codes = 0

    def label_args(self) -> dict:
        return {"code": self.path}

    def changes(self, store) -> list:
        parts = split_path(self.path)
        if not parts:
            raise CommandError("cmd.err.code_needs_name")
        check_span(store, self.document_id, self.start, self.end)
        check_depth(len(parts))
        out: list = []
        parent: int | None = None
        new_parent = False
        for part in parts:
            found = None
            if not new_parent:
                wanted = unicodedata.normalize("NFC", part).casefold()
                found = next((cid for cid, row in store.rows_where("codes", parent_id=parent).items()
                              if row["name"].casefold() == wanted), None)
            if found is None:
                if not self.create:
                    raise CommandError("cmd.err.no_code_path", path=self.path)
                name = check_name(store, parent, part) if not new_parent else check_name(None, None, part)
                kind_color = {}
                if parent is not None:
                    prow = next((c.after for c in out if c.id == parent), None) or store.row("codes", parent)
                    kind_color = {"kind": prow["kind"], "color": prow["color"]}
                position = 0 if new_parent else next_position(store, parent)
                change = insert(store, "codes", code_row(parent, name, position=position, **kind_color))
                out.append(change)
                found, new_parent = change.id, True
                self.added_codes += 1
            parent = found
        self.code_id = parent
        existing = store.rows_where("codings", document_id=self.document_id, code_id=parent,
                                    start=self.start, end=self.end, coder=self.coder) if not new_parent else {}
        if existing:
            self.created_id = None
            return out
        coding = insert(store, "codings", NewCoding(self.document_id, parent, self.start, self.end, self.coder,
                                                    self.memo, self.inferred).row())
        out.append(coding)
        self.created_id = coding.id
        return out
