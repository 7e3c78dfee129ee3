"""Reading coded segments fast (retrieval): codings with their turn, speaker and text.

A coding's text is cut from the indexed body of the turn it lies in (a few hundred characters
read, not the whole document); only codings that run past their turn need the document text,
and those texts are kept by content hash (sha256), so a cached text can never be stale.
"""

from __future__ import annotations

CHUNK = 900  # stays under SQLite's smallest limit on parameters per statement


def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


class SegmentsMixin:
    def segment_rows(self, code_ids) -> list[tuple]:
        """For every coding of the codes, in document order: (coding id, document id, code id,
        start, end, coder, memo, inferred, speaker, role, text). Speaker and role are None
        outside turns; text is None when the coding runs past its turn."""
        ids = list(code_ids)
        codings = self.conn.execute(
            'SELECT c.id, c.document_id, c.code_id, c.start, c."end", c.coder, c.memo, c.inferred, '
            "(SELECT id FROM turns WHERE document_id = c.document_id AND start <= c.start "
            "ORDER BY start DESC LIMIT 1) "
            f"FROM codings c WHERE c.code_id IN ({', '.join('?' * len(ids))}) "
            "ORDER BY c.document_id, c.start", ids).fetchall()
        # Turn bodies come from the FTS table's own content table (a plain b-tree keyed by
        # rowid): a lookup per turn through the fts5 virtual table cost ~2 ms per 1,000 turns.
        turn_ids = sorted({r[8] for r in codings if r[8] is not None})
        turns = {}
        for chunk in _chunks(turn_ids):
            turns.update((r[0], r[1:]) for r in self.conn.execute(
                'SELECT t.id, t.start, t."end", t.speaker, t.role, f.c0 FROM turns t '
                f"JOIN turn_fts_content f ON f.id = t.id WHERE t.id IN ({', '.join('?' * len(chunk))})",
                chunk))
        out = []
        for cid, doc_id, code_id, start, end, coder, memo, inferred, tid in codings:
            turn = turns.get(tid)
            speaker = role = text = None
            if turn is not None and start < turn[1]:
                speaker, role = turn[2], turn[3]
                if end <= turn[1]:
                    text = turn[4][start - turn[0]:end - turn[0]]
            out.append((cid, doc_id, code_id, start, end, coder, memo, inferred, speaker, role, text))
        return out

    def document_heads(self) -> dict[int, tuple[str, int | None, str]]:
        """document id → (name, case id, sha256), without the texts."""
        return {r[0]: r[1:] for r in self.conn.execute("SELECT id, name, case_id, sha256 FROM documents")}

    def document_texts(self, doc_ids, heads: dict | None = None) -> dict[int, str]:
        """The texts of these documents, from a cache keyed by content hash."""
        heads = heads or self.document_heads()
        cache: dict[str, str] = self.__dict__.setdefault("_texts_by_sha", {})
        missing = sorted({d for d in doc_ids if heads[d][2] not in cache})
        for chunk in _chunks(missing):
            for sha, text in self.conn.execute(
                    f"SELECT sha256, text FROM documents WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk):
                cache[sha] = text
        return {d: cache[heads[d][2]] for d in doc_ids}
