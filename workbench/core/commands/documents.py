"""Document, participant, attribute, memo and speaker-role edits."""

from __future__ import annotations

import hashlib
import unicodedata

from workbench.core.commands.base import Command, CommandError, delete, dumps, insert, now_iso, update
from workbench.core.kinds import LANGUAGES, ROLES
from workbench.core.normalise import canonical
from workbench.core.offsets import count_words

# Speaker turns per document. A ten-hour interview has a few thousand; far more means a file
# that is not a transcript (or a machine dump), and every turn costs memory during the import.
MAX_TURNS = 200_000


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _case_id(store, name: str, out: list) -> int:
    """Id of the participant with this name, adding it to the patch when new."""
    name = unicodedata.normalize("NFC", name)
    for cid, row in store.rows_where("cases").items():
        if row["name"].casefold() == name.strip().casefold():
            return cid
    for change in out:
        if change.table == "cases" and change.after["name"].casefold() == name.strip().casefold():
            return change.id
    change = insert(store, "cases", {"name": name.strip()})
    out.append(change)
    return change.id


class AddDocument(Command):
    """Import one transcript: the document, its turns and (if new) its participant."""

    label_key = "cmd.add_document"

    def __init__(self, name: str, text: str, turns: list[dict], language: str = "nl",
                 case: str | None = None, source_file: str = "", metadata: dict | None = None):
        if language not in LANGUAGES:
            raise CommandError("cmd.err.language", allowed=", ".join(LANGUAGES), language=language)
        self.text = canonical(text)
        if turns and self.text != text:
            # Turn offsets point into the text as given; normalising would shift them.
            raise CommandError("cmd.err.not_nfc", name=name)
        if len(turns) > MAX_TURNS:
            raise CommandError("cmd.err.too_many_turns", name=name, n=len(turns), max=MAX_TURNS)
        if not turns and self.text.strip():
            turns = [{"start": 0, "end": len(self.text), "speaker": "", "role": "respondent"}]
        self.name, self.turns = unicodedata.normalize("NFC", name.strip()), turns
        self.language, self.case, self.source_file = language, case, source_file
        self.metadata = metadata or {}
        self.word_count = count_words(self.text)

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        if not self.text.strip():
            raise CommandError("cmd.err.no_text", name=self.name)
        if any(n.casefold() == self.name.casefold() for n in store.document_names()):
            raise CommandError("cmd.err.document_exists", name=self.name)
        out: list = []
        case_id = _case_id(store, self.case, out) if self.case else None
        doc = insert(store, "documents", {
            "name": self.name, "language": self.language, "text": self.text,
            "sha256": sha256_text(self.text), "source_file": self.source_file,
            "imported_at": now_iso(), "case_id": case_id, "metadata": dumps(self.metadata),
            "word_count": self.word_count, "position": store.count_rows("documents"),
        })
        out.append(doc)
        for t in self.turns:
            if not (0 <= t["start"] < t["end"] <= len(self.text)):
                raise CommandError("cmd.err.turn_outside", name=self.name)
            out.append(insert(store, "turns", {
                "document_id": doc.id, "start": t["start"], "end": t["end"],
                "speaker": t.get("speaker", ""), "role": t.get("role", "respondent"),
                "time_ms": t.get("time_ms")}))
        self.created_id = doc.id
        return out


class RemoveDocument(Command):
    label_key = "cmd.remove_document"

    def __init__(self, document_id: int):
        self.document_id, self._name = document_id, ""

    def label_args(self) -> dict:
        return {"name": self._name}

    def changes(self, store) -> list:
        row = store.row("documents", self.document_id)
        if row is None:
            raise CommandError("cmd.err.no_document", id=self.document_id)
        self._name = row["name"]
        out = []
        for table in ("codings", "suggestions", "turns"):
            rows = store.rows_where(table, document_id=self.document_id)
            out += [delete(table, rid, r) for rid, r in rows.items()]
        out += [delete("memos", rid, r) for rid, r in
                store.rows_where("memos", target="document", target_id=self.document_id).items()]
        out.append(delete("documents", self.document_id, row))
        return out


class AddCase(Command):
    label_key = "cmd.add_case"

    def __init__(self, name: str):
        self.name = name

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        if not self.name.strip():
            raise CommandError("cmd.err.case_needs_name")
        out: list = []
        self.created_id = _case_id(store, self.name, out)
        return out


class RenameCase(Command):
    label_key = "cmd.rename_case"

    def __init__(self, case_id: int, name: str):
        self.case_id, self.name = case_id, name.strip()

    def label_args(self) -> dict:
        return {"name": self.name}

    def changes(self, store) -> list:
        if not self.name:
            raise CommandError("cmd.err.case_needs_name")
        for cid, row in store.rows_where("cases").items():
            if cid != self.case_id and row["name"].casefold() == self.name.casefold():
                raise CommandError("cmd.err.case_exists", name=row["name"])
        return [update(store, "cases", self.case_id, name=self.name)]


class SetDocumentCase(Command):
    label_key = "cmd.set_document_case"

    def __init__(self, document_id: int, case_name: str | None):
        self.document_id, self.case_name, self._doc = document_id, case_name, ""

    def label_args(self) -> dict:
        return {"document": self._doc}

    def changes(self, store) -> list:
        row = store.row("documents", self.document_id)
        if row is None:
            raise CommandError("cmd.err.no_document", id=self.document_id)
        self._doc = row["name"]
        out: list = []
        case_id = _case_id(store, self.case_name, out) if self.case_name else None
        return [*out, update(store, "documents", self.document_id, case_id=case_id)]


class SetAttribute(Command):
    """Set (or clear, with None) a typed participant attribute; new attributes are created."""

    label_key = "cmd.set_attribute"
    TYPES = ("text", "number", "date", "choice")

    def __init__(self, case_id: int, attribute: str, value, type_: str = "text"):
        if type_ not in self.TYPES:
            raise CommandError("cmd.err.attribute_type", allowed=", ".join(self.TYPES))
        self.case_id, self.attribute, self.type = case_id, attribute.strip(), type_
        self.value = None if value is None or value == "" else str(value)
        self._case = ""

    def label_args(self) -> dict:
        return {"attribute": self.attribute, "case": self._case}

    def changes(self, store) -> list:
        case = store.row("cases", self.case_id)
        if case is None:
            raise CommandError("cmd.err.no_case", id=self.case_id)
        self._case = case["name"]
        if not self.attribute:
            raise CommandError("cmd.err.attribute_needs_name")
        out: list = []
        attrs = {r["name"].casefold(): (aid, r) for aid, r in store.rows_where("attributes").items()}
        hit = attrs.get(self.attribute.casefold())
        if hit is None:
            change = insert(store, "attributes", {"name": self.attribute, "type": self.type,
                                                  "position": len(attrs)})
            out.append(change)
            attr_id, attr_type = change.id, self.type
        else:
            attr_id, attr_type = hit[0], hit[1]["type"]
        if attr_type == "number" and self.value is not None:
            try:
                float(self.value.replace(",", "."))
            except ValueError:
                raise CommandError("cmd.err.not_a_number", attribute=self.attribute, value=self.value) from None
            self.value = self.value.replace(",", ".")
        current = store.rows_where("case_attributes", case_id=self.case_id, attribute_id=attr_id)
        if current:
            rid, row = next(iter(current.items()))
            if self.value is None:
                out.append(delete("case_attributes", rid, row))
            else:
                out.append(update(store, "case_attributes", rid, value=self.value))
        elif self.value is not None:
            out.append(insert(store, "case_attributes",
                              {"case_id": self.case_id, "attribute_id": attr_id, "value": self.value}))
        return out


class SetMemo(Command):
    """Memo on the project (target_id 0), a document or a code; for codings use ChangeCoding."""

    label_key = "cmd.set_memo"

    def __init__(self, target: str, target_id: int, text: str):
        if target not in ("project", "document", "code"):
            raise CommandError("cmd.err.memo_target", target=target)
        self.target, self.target_id, self.text = target, target_id, text

    def changes(self, store) -> list:
        current = store.rows_where("memos", target=self.target, target_id=self.target_id)
        if current:
            rid, row = next(iter(current.items()))
            if not self.text:
                return [delete("memos", rid, row)]
            return [update(store, "memos", rid, text=self.text, updated_at=now_iso())]
        if not self.text:
            return []
        return [insert(store, "memos", {"target": self.target, "target_id": self.target_id,
                                        "text": self.text, "updated_at": now_iso()})]


class SetSpeakerRole(Command):
    label_key = "cmd.set_role"

    def __init__(self, document_id: int, speaker: str, role: str):
        if role not in ROLES:
            raise CommandError("cmd.err.role", allowed=", ".join(ROLES))
        self.document_id, self.speaker, self.role = document_id, speaker, role

    def label_args(self) -> dict:
        return {"speaker": self.speaker}

    def changes(self, store) -> list:
        rows = store.rows_where("turns", document_id=self.document_id, speaker=self.speaker)
        return [update(store, "turns", rid, role=self.role)
                for rid, row in rows.items() if row["role"] != self.role]
