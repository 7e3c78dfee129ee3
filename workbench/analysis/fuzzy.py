"""Fuzzy matching of code paths for the quick-code palette; pure, no Qt."""

from __future__ import annotations

import unicodedata


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fuzzy_score(query: str, candidate: str) -> int | None:
    """Score a subsequence match (higher is better); None when `query` does not match.

    Consecutive letters, word starts and matches in the last path part score higher, so
    "eerl" finds "Waarden/Eerlijkheid" before "Waarden/Betrouwbaarheid".
    """
    q, c = _fold(query.strip()), _fold(candidate)
    if not q:
        return 0
    leaf_start = c.rfind("/") + 1
    if q in c[leaf_start:]:
        return 1000 - c[leaf_start:].index(q) - len(c) // 10
    if q in c:
        return 800 - c.index(q) - len(c) // 10
    score, pos, prev = 0, 0, -2
    for ch in q:
        if ch == " ":
            continue
        found = c.find(ch, pos)
        if found < 0:
            return None
        score += 10 if found == prev + 1 else 1
        if found == 0 or c[found - 1] in " /-_":
            score += 8
        if found >= leaf_start:
            score += 2
        prev, pos = found, found + 1
    return score


def rank(query: str, candidates: list[tuple[int, str]], limit: int = 50) -> list[tuple[int, str]]:
    """(id, path) pairs that match, best first; ties keep their codebook order."""
    scored = []
    for order, (cid, path) in enumerate(candidates):
        s = fuzzy_score(query, path)
        if s is not None:
            scored.append((-s, order, cid, path))
    scored.sort()
    return [(cid, path) for _, _, cid, path in scored[:limit]]
