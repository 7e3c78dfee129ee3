"""Reading coded segments fast (retrieval): codings with their turn, speaker and text.

A coding's text is cut from its document's text, held in memory: a researcher retrieves code
after code from the same documents, and reading ~1,000 turn bodies from the file each time cost
more than the whole rest of a retrieval. A cached text is dropped when this connection writes
its document row (`forget_texts`, called for every patch) and all are dropped when another
connection has committed (`PRAGMA data_version`). The cache is bounded; texts a retrieval needs
are never evicted by that retrieval.
"""

from __future__ import annotations

CHUNK = 900  # stays under SQLite's smallest limit on parameters per statement
TEXT_CACHE_CHARS = 64_000_000  # ~64-128 MB of text: several hundred long interviews


def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


class SegmentsMixin:
    def segment_rows(self, code_ids) -> list[tuple]:
        """For every coding of the codes, in document order: (coding id, document id, code id,
        start, end, coder, memo, inferred, speaker, role, text). Speaker and role are None
        outside turns."""
        ids = list(code_ids)
        # The turn a coding starts in: the last turn starting at or before it (turns_document).
        codings = self.conn.execute(
            'SELECT c.id, c.document_id, c.code_id, c.start, c."end", c.coder, c.memo, c.inferred, '
            't."end", t.speaker, t.role FROM codings c LEFT JOIN turns t ON t.id = '
            "(SELECT id FROM turns WHERE document_id = c.document_id AND start <= c.start "
            "ORDER BY start DESC LIMIT 1) "
            f"WHERE c.code_id IN ({', '.join('?' * len(ids))}) "
            "ORDER BY c.document_id, c.start", ids).fetchall()
        texts = self.document_texts({r[1] for r in codings})
        return [(cid, doc_id, code_id, start, end, coder, memo, inferred,
                 *((speaker, role) if turn_end is not None and start < turn_end else (None, None)),
                 texts[doc_id][start:end])
                for cid, doc_id, code_id, start, end, coder, memo, inferred, turn_end, speaker, role
                in codings
                if doc_id in texts]  # a document another program removed a moment ago

    def document_heads(self) -> dict[int, tuple[str, int | None, str]]:
        """document id → (name, case id, sha256), without the texts."""
        return {r[0]: r[1:] for r in self.conn.execute("SELECT id, name, case_id, sha256 FROM documents")}

    def document_texts(self, doc_ids) -> dict[int, str]:
        """The texts of these documents, from the cache where it has them."""
        cache: dict[int, str] = self._text_cache()
        doc_ids = set(doc_ids)
        missing = sorted(d for d in doc_ids if d not in cache)
        for chunk in _chunks(missing):
            cache.update(self.conn.execute(
                f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
        if missing:
            _evict(cache, doc_ids)
        return {d: cache[d] for d in doc_ids if d in cache}

    def forget_texts(self, doc_ids) -> None:
        cache = self.__dict__.get("_texts")
        if cache:
            for d in doc_ids:
                cache.pop(d, None)

    def _text_cache(self) -> dict[int, str]:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self.__dict__.get("_texts_version") != version:  # another connection committed
            self.__dict__["_texts_version"] = version
            self.__dict__["_texts"] = {}
        return self.__dict__["_texts"]


def _evict(cache: dict[int, str], keep: set[int]) -> None:
    """Drop the oldest texts (dicts keep insertion order) until the cache fits its bound."""
    total = sum(map(len, cache.values()))
    for doc_id in list(cache):
        if total <= TEXT_CACHE_CHARS:
            break
        if doc_id not in keep:
            total -= len(cache.pop(doc_id))
