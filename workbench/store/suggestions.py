"""Reading assisted-coding suggestions (pending / accepted / rejected)."""

from __future__ import annotations

from dataclasses import dataclass

_COLS = 'id, document_id, code_id, start, "end", score, reason, status, source, inferred, created_at'


@dataclass
class StoredSuggestion:
    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    score: float
    reason: str
    status: str  # pending | accepted | rejected
    source: str
    inferred: bool
    created_at: str = ""


def _row(r) -> StoredSuggestion:
    return StoredSuggestion(*r[:9], inferred=bool(r[9]), created_at=r[10])


class SuggestionsMixin:
    def suggestions(self, document_id: int | None = None, status: str | None = "pending",
                    min_score: float = 0.0) -> list[StoredSuggestion]:
        """Suggestions, best first within each document, in document order."""
        where, params = ["score >= ?"], [min_score]
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if status is not None:
            where.append("status = ?")
            params.append(status)
        rows = self.conn.execute(
            f"SELECT {_COLS} FROM suggestions WHERE {' AND '.join(where)} ORDER BY document_id, start, score DESC",
            params)
        return [_row(r) for r in rows]

    def suggestion(self, suggestion_id: int) -> StoredSuggestion | None:
        row = self.conn.execute(f"SELECT {_COLS} FROM suggestions WHERE id = ?", (suggestion_id,)).fetchone()
        return _row(row) if row else None

    def suggestion_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT status, count(*) FROM suggestions GROUP BY status"))
