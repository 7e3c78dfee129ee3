"""Reading documents and their turns."""

from __future__ import annotations

import json

from workbench.core.model import Document, Turn
from workbench.store.errors import NotFound

_DOC_COLS = "id, name, language, text, sha256, source_file, imported_at, case_id, metadata, word_count"


def _doc(row) -> Document:
    return Document(*row[:8], metadata=json.loads(row[8] or "{}"), word_count=row[9])


class DocumentsMixin:
    def documents(self, with_text: bool = False) -> list[Document]:
        cols = _DOC_COLS if with_text else _DOC_COLS.replace("text,", "'' AS text,")
        rows = self.conn.execute(f"SELECT {cols} FROM documents ORDER BY position, name")
        return [_doc(r) for r in rows]

    def document(self, doc_id: int) -> Document:
        row = self.conn.execute(f"SELECT {_DOC_COLS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound(f"no document with id {doc_id}")
        return _doc(row)

    def document_by_name(self, name: str) -> Document:
        row = self.conn.execute(
            f"SELECT {_DOC_COLS} FROM documents WHERE name = ? COLLATE NOCASE", (name,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no document named '{name}'")
        return _doc(row)

    def document_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM documents")]

    def document_with_sha(self, sha256: str) -> str | None:
        row = self.conn.execute("SELECT name FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def turns(self, doc_id: int) -> list[Turn]:
        rows = self.conn.execute(
            'SELECT id, document_id, start, "end", speaker, role, time_ms FROM turns '
            "WHERE document_id = ? ORDER BY start",
            (doc_id,),
        )
        return [Turn(*r) for r in rows]

    def speakers(self, doc_id: int) -> list[tuple[str, str]]:
        """(speaker, role) pairs in order of first appearance."""
        rows = self.conn.execute(
            "SELECT speaker, role, min(start) FROM turns WHERE document_id = ? AND speaker != '' "
            "GROUP BY speaker ORDER BY min(start)",
            (doc_id,),
        )
        return [(r[0], r[1]) for r in rows]
