"""Project-wide counts (what `workbench info` prints)."""

from __future__ import annotations


class StatsMixin:
    def counts(self) -> dict[str, int]:
        one = self.conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM turns), "
            "(SELECT count(*) FROM codes), (SELECT count(*) FROM codings), "
            "(SELECT count(*) FROM cases), (SELECT ifnull(sum(word_count), 0) FROM documents)"
        ).fetchone()
        return dict(zip(("documents", "turns", "codes", "codings", "cases", "words"), one, strict=True))

    def document_summaries(self) -> list[dict]:
        rows = self.conn.execute(
            "SELECT d.id, d.name, c.name, d.language, d.word_count, "
            "(SELECT count(*) FROM turns t WHERE t.document_id = d.id) "
            "FROM documents d LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.position, d.name"
        ).fetchall()
        speakers: dict[int, list[str]] = {}
        for doc_id, speaker in self.conn.execute(
            "SELECT document_id, speaker FROM turns WHERE speaker != '' "
            "GROUP BY document_id, speaker ORDER BY document_id, min(start)"
        ):
            speakers.setdefault(doc_id, []).append(speaker)
        return [
            {"name": name, "case": case, "language": lang, "words": words, "turns": turns,
             "speakers": speakers.get(doc_id, [])}
            for doc_id, name, case, lang, words, turns in rows
        ]
