"""Reading codings."""

from __future__ import annotations

from workbench.core.model import Coding

_COLS = 'id, document_id, code_id, start, "end", coder, memo, inferred, created_at'


def _coding(r) -> Coding:
    # positional: keyword arguments cost twice as much, and a transcript loads thousands
    return Coding(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8])


class CodingsMixin:
    def codings(self, document_id: int | None = None, code_ids=None) -> list[Coding]:
        where, params = [], []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if code_ids is not None:
            ids = list(code_ids)
            where.append(f"code_id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        sql = f"SELECT {_COLS} FROM codings"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_coding(r) for r in self.conn.execute(sql + " ORDER BY document_id, start", params)]

    def coding(self, coding_id: int) -> Coding | None:
        row = self.conn.execute(f"SELECT {_COLS} FROM codings WHERE id = ?", (coding_id,)).fetchone()
        return _coding(row) if row else None

    def codings_at(self, document_id: int, offset: int) -> list[Coding]:
        rows = self.conn.execute(
            f'SELECT {_COLS} FROM codings WHERE document_id = ? AND start <= ? AND "end" > ? '
            "ORDER BY start",
            (document_id, offset, offset),
        )
        return [_coding(r) for r in rows]

    def codings_per_document(self) -> dict[int, int]:
        return dict(self.conn.execute("SELECT document_id, count(*) FROM codings GROUP BY document_id"))

    def coders(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT coder FROM codings WHERE coder != '' ORDER BY coder")]
