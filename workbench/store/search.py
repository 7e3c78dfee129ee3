"""Full-text search over turns (FTS5, diacritics folded) with exact hit offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Hit:
    document_id: int
    document: str
    turn_id: int
    start: int  # code-point offsets of the first match in the document text
    end: int
    snippet: str


def fold(text: str) -> str:
    """Lower-case and strip accents, as the FTS tokenizer does (café → cafe)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fts_query(query: str) -> tuple[str, list[tuple[list[str], bool]]]:
    """User query → safe FTS5 MATCH string, plus the terms (word lists, prefix?) to locate."""
    parts, terms = [], []
    for phrase, word in _TOKEN.findall(query):
        raw = phrase or word
        prefix = raw.endswith("*")
        words = _WORD.findall(fold(raw))
        if not words:
            continue
        parts.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
        terms.append((words, prefix))
    return " AND ".join(parts), terms


def _term_regex(words: list[str], prefix: bool) -> re.Pattern:
    body = r"\W+".join(re.escape(w) for w in words)
    return re.compile(r"\b" + body + (r"\w*" if prefix else r"\b"))


def locate(turn_text: str, terms) -> tuple[int, int]:
    """Offsets of the earliest term match within a turn (folding keeps lengths for NFC text
    except in rare ligatures; we fall back to the turn start)."""
    folded = fold(turn_text)
    if len(folded) != len(turn_text):
        return 0, 0
    best = None
    for words, prefix in terms:
        m = _term_regex(words, prefix).search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best or (0, 0)


class SearchMixin:
    def search(self, query: str, limit: int = 500) -> list[Hit]:
        match, terms = fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT t.id, t.document_id, d.name, t.start, f.body FROM turn_fts f "
            "JOIN turns t ON t.id = f.rowid JOIN documents d ON d.id = t.document_id "
            "WHERE turn_fts MATCH ? ORDER BY d.position, d.name, t.start LIMIT ?",
            (match, limit),
        )
        hits = []
        for turn_id, doc_id, name, turn_start, body in rows:
            s, e = locate(body, terms)
            lo, hi = max(0, s - 60), min(len(body), e + 60)
            snippet = ("…" if lo else "") + body[lo:hi].replace("\n", " ") + ("…" if hi < len(body) else "")
            hits.append(Hit(doc_id, name, turn_id, turn_start + s, turn_start + e, snippet))
        return hits
