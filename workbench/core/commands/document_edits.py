"""Edits of an imported document: rename it, rename or merge a speaker, re-run turn detection.

Speaker labels are part of the stored text ("Anna: …"), so renaming a speaker or re-detecting
turns rewrites the text. Codings and suggestions move with their words (core.realign); the
turns are replaced (delete + insert keeps the search index in step). The sha256 stays that of
the imported text, so importing the same file again is still recognised as a duplicate.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from workbench.core.commands.base import Command, CommandError, delete, insert, update
from workbench.core.kinds import ROLES
from workbench.core.normalise import canonical
from workbench.core.offsets import count_words
from workbench.core.realign import OffsetMap, Piece, align


def _document(store, document_id: int) -> dict:
    row = store.row("documents", document_id)
    if row is None:
        raise CommandError("cmd.err.no_document", id=document_id)
    return row


class RenameDocument(Command):
    label_key = "cmd.rename_document"

    def __init__(self, document_id: int, name: str):
        self.document_id = document_id
        self.name = unicodedata.normalize("NFC", " ".join(name.split()))

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        row = _document(store, self.document_id)
        if not self.name:
            raise CommandError("docs.err.needs_name")
        if self.name == row["name"]:
            return []
        taken = {n.casefold() for n in store.document_names()} - {row["name"].casefold()}
        if self.name.casefold() in taken:
            raise CommandError("cmd.err.document_exists", name=self.name)
        return [update(store, "documents", self.document_id, name=self.name)]


def _rewrite(store, document_id: int, row: dict, text: str, turns: list[dict],
             pieces: list[Piece]) -> tuple[list, int]:
    """Changes that give the document a new text and turns, moving codings and suggestions
    with their words. Returns (changes, number of codings whose text is gone)."""
    offsets = OffsetMap(pieces)
    out = [delete("turns", tid, r) for tid, r in store.rows_where("turns", document_id=document_id).items()]
    out.append(update(store, "documents", document_id, text=text, word_count=count_words(text)))
    for t in turns:
        if not (0 <= t["start"] < t["end"] <= len(text)):
            raise CommandError("cmd.err.turn_outside", name=row["name"])
        out.append(insert(store, "turns", {
            "document_id": document_id, "start": t["start"], "end": t["end"],
            "speaker": t.get("speaker", ""), "role": t.get("role", "respondent"),
            "time_ms": t.get("time_ms")}))
    lost = 0
    for table in ("codings", "suggestions"):
        for rid, r in store.rows_where(table, document_id=document_id).items():
            span = offsets.span(r["start"], r["end"])
            if span is None:
                lost += table == "codings"
                out.append(delete(table, rid, r))
            elif span != (r["start"], r["end"]):
                out.append(update(store, table, rid, start=span[0], end=span[1]))
    return out, lost


class RenameSpeaker(Command):
    """Rename a speaker in one document, labels in the text included. Renaming to a name that
    already speaks there merges the two (the turns take that speaker's role)."""

    label_key = "cmd.rename_speaker"

    def __init__(self, document_id: int, speaker: str, new_name: str):
        self.document_id, self.speaker = document_id, speaker
        self.new_name = " ".join(new_name.replace(":", " ").split())
        self.lost = 0

    def label_args(self) -> dict:
        return {"old": self.speaker, "new": self.new_name}

    def changes(self, store) -> list:
        row = _document(store, self.document_id)
        if not self.new_name:
            raise CommandError("docs.err.speaker_needs_name")
        turns = sorted(store.rows_where("turns", document_id=self.document_id).values(),
                       key=lambda t: t["start"])
        if not any(t["speaker"] == self.speaker for t in turns):
            raise CommandError("docs.err.no_speaker", speaker=self.speaker, name=row["name"])
        if self.new_name == self.speaker:
            return []
        roles = {t["speaker"]: t["role"] for t in turns if t["speaker"] != self.speaker}
        role = roles.get(self.new_name)
        text, old_label, new_label = row["text"], f"{self.speaker}:", f"{self.new_name}:"
        parts, pieces, new_turns = [], [], []
        pos = shift = 0  # pos: old offset copied up to; shift: new minus old offset
        for t in turns:
            start = t["start"] + shift
            if t["speaker"] == self.speaker and text.startswith(old_label, t["start"], t["end"]):
                parts.append(text[pos:t["start"]])
                pieces.append((pos, pos + shift, t["start"] - pos))
                parts.append(new_label)
                pos = t["start"] + len(old_label)
                shift += len(new_label) - len(old_label)
            new_turn = {**t, "start": start, "end": t["end"] + shift}
            if t["speaker"] == self.speaker:
                new_turn["speaker"] = self.new_name
                new_turn["role"] = role or t["role"]
            new_turns.append(new_turn)
        parts.append(text[pos:])
        pieces.append((pos, pos + shift, len(text) - pos))
        out, self.lost = _rewrite(store, self.document_id, row, "".join(parts), new_turns, pieces)
        return out


class RedetectTurns(Command):
    """Give a document the text and turns a fresh speaker detection found (e.g. after the
    detector learnt a label style); codings move with their words, turn times are kept."""

    label_key = "cmd.redetect_turns"

    def __init__(self, document_id: int, text: str, turns: list[dict]):
        self.document_id, self.text, self.turns = document_id, text, turns
        if canonical(text) != text:
            raise CommandError("cmd.err.not_nfc", name="")
        for t in turns:
            if t.get("role", "respondent") not in ROLES:
                raise CommandError("cmd.err.role", allowed=", ".join(ROLES))
        self.lost = 0
        self._name = ""

    def label_args(self) -> dict:
        return {"name": self._name}

    def changes(self, store) -> list:
        row = _document(store, self.document_id)
        self._name = row["name"]
        if not self.text.strip():
            raise CommandError("cmd.err.no_text", name=row["name"])
        pieces = align(row["text"], self.text)
        offsets = OffsetMap(pieces)
        turns = [dict(t) for t in sorted(self.turns, key=lambda t: t["start"])]
        starts = [t["start"] for t in turns]
        # A turn's time survives when the detection found none (the text keeps no timestamps).
        for old in sorted(store.rows_where("turns", document_id=self.document_id).values(),
                          key=lambda t: t["start"]):
            moved = offsets.start(old["start"]) if old["time_ms"] is not None else None
            if moved is None:
                continue
            i = max(0, _last_at_or_before(starts, moved))
            if turns and turns[i].get("time_ms") is None:
                turns[i]["time_ms"] = old["time_ms"]
        out, self.lost = _rewrite(store, self.document_id, row, self.text, turns, pieces)
        return out


def _last_at_or_before(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1
