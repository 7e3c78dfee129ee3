"""Reviewing suggestions: accept (the coding and the status change are one undo step) or reject."""

from __future__ import annotations

from workbench.core.commands.base import Command, CommandError, delete, insert, now_iso, update


class _Review(Command):
    """A review of several suggestions, named by their count."""

    def __init__(self, ids: list[int]):
        self.ids = list(dict.fromkeys(ids))

    def label_args(self) -> dict:
        return {"n": len(self.ids)}


class AcceptSuggestions(_Review):
    """Code each pending suggestion's segment with its code and mark it accepted, in one
    transaction. An expectation read from cues becomes an inferred coding. A coding that
    already exists is not doubled; the suggestion is still marked accepted."""

    label_key = "cmd.accept_suggestions"

    def __init__(self, ids: list[int], coder: str = ""):
        super().__init__(ids)
        self.coder = coder
        self.created_ids: list[int] = []

    def changes(self, store) -> list:
        out = []
        self.created_ids = []
        for sid in self.ids:
            row = store.row("suggestions", sid)
            if row is None:
                raise CommandError(f"suggestion {sid} no longer exists")
            if row["status"] != "pending":
                continue
            doc = store.row("documents", row["document_id"])
            if doc is None or store.row("codes", row["code_id"]) is None:
                raise CommandError(f"suggestion {sid} points to a document or code that no longer exists")
            if not (0 <= row["start"] < row["end"] <= len(doc["text"])):
                raise CommandError(f"suggestion {sid} lies outside its document's text")
            twins = store.rows_where("codings", document_id=row["document_id"], code_id=row["code_id"],
                                     start=row["start"], end=row["end"], coder=self.coder)
            if not twins:
                change = insert(store, "codings", {
                    "document_id": row["document_id"], "code_id": row["code_id"], "start": row["start"],
                    "end": row["end"], "coder": self.coder, "memo": row["reason"],
                    "inferred": int(row["inferred"]), "created_at": now_iso()})
                out.append(change)
                self.created_ids.append(change.id)
            out.append(update(store, "suggestions", sid, status="accepted"))
        self.created_id = self.created_ids[0] if self.created_ids else None
        return out


class RejectSuggestions(_Review):
    """Mark suggestions rejected: they are never suggested again and teach the learner."""

    label_key = "cmd.reject_suggestions"

    def changes(self, store) -> list:
        out = []
        for sid in self.ids:
            row = store.row("suggestions", sid)
            if row is not None and row["status"] == "pending":
                out.append(update(store, "suggestions", sid, status="rejected"))
        return out


class ReopenSuggestions(_Review):
    """Undo a review from anywhere (the CLI has no undo stack): accepted or rejected suggestions
    become pending again, and the coding an acceptance made (same span, code and memo) goes."""

    label_key = "cmd.reopen_suggestions"

    def changes(self, store) -> list:
        out = []
        for sid in self.ids:
            row = store.row("suggestions", sid)
            if row is None or row["status"] == "pending":
                continue
            if row["status"] == "accepted":
                made = store.rows_where("codings", document_id=row["document_id"], code_id=row["code_id"],
                                        start=row["start"], end=row["end"], memo=row["reason"])
                out.extend(delete("codings", cid, before) for cid, before in made.items())
            out.append(update(store, "suggestions", sid, status="pending"))
        return out
