"""Full-text search over turns (FTS5, diacritics folded) with exact hit offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]+)"(\*?)|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Hit:
    document_id: int
    document: str
    turn_id: int
    start: int  # code-point offsets of the first match in the document text
    end: int
    snippet: str


class _FoldTable(dict):
    """str.translate table folding one character as the unicode61 tokenizer compares it:
    lower case, no diacritics. Never more than one character per character (unlike casefold:
    ß stays ß), so folded offsets are text offsets. Filled lazily, per distinct character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch.lower())
        kept = "".join(c for c in base if not unicodedata.combining(c))
        self[code] = folded = kept[:1] if kept else ch
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    return text.translate(_FOLD)


def fts_query(query: str) -> tuple[str, list[tuple[list[str], bool]]]:
    """User query → safe FTS5 MATCH string (every term quoted; the tokenizer folds case and
    accents itself), plus the folded terms to locate in the text."""
    parts, terms = [], []
    for phrase, star, word in _TOKEN.findall(query):
        raw = phrase or word
        prefix = bool(star) or raw.endswith("*")
        words = _WORD.findall(raw)
        if not words:
            continue
        parts.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
        terms.append(([fold(w) for w in words], prefix))
    return " AND ".join(parts), terms


def _term_regex(words: list[str], prefix: bool) -> re.Pattern:
    body = r"\W+".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)" + body + (r"\w*" if prefix else r"(?!\w)"))


def locate(turn_text: str, patterns: list[re.Pattern]) -> tuple[int, int]:
    """Offsets of the earliest term match within a turn (folding keeps one character per
    character, so folded offsets are text offsets)."""
    folded = fold(turn_text)
    best = None
    for pattern in patterns:
        m = pattern.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best or (0, 0)


def match_spans(text: str, query: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Every match of the query's terms in text[lo:hi] (offsets into `text`), in order; what a
    hit list shows once per turn, for coding each occurrence."""
    _match, terms = fts_query(query)
    hi = len(text) if hi is None else hi
    folded = fold(text[lo:hi])
    spans = {(lo + m.start(), lo + m.end()) for words, prefix in terms
             for m in _term_regex(words, prefix).finditer(folded) if m.end() > m.start()}
    return sorted(spans)


class SearchMixin:
    def search(self, query: str, limit: int | None = 500) -> list[Hit]:
        """Turns that match, in document order, with their first match; `limit=None` for all
        (coding every hit must not stop at what the hit list shows)."""
        match, terms = fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT t.id, t.document_id, d.name, t.start, f.body FROM turn_fts f "
            "JOIN turns t ON t.id = f.rowid JOIN documents d ON d.id = t.document_id "
            "WHERE turn_fts MATCH ? ORDER BY d.position, d.name, t.start LIMIT ?",
            (match, -1 if limit is None else limit),  # a negative LIMIT is no limit
        )
        patterns = [_term_regex(words, prefix) for words, prefix in terms]
        hits = []
        for turn_id, doc_id, name, turn_start, body in rows:
            s, e = locate(body, patterns)
            lo, hi = max(0, s - 60), min(len(body), e + 60)
            snippet = ("…" if lo else "") + body[lo:hi].replace("\n", " ") + ("…" if hi < len(body) else "")
            hits.append(Hit(doc_id, name, turn_id, turn_start + s, turn_start + e, snippet))
        return hits
