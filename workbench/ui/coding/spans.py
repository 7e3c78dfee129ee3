"""Pure helpers for choosing what to code: sentence at a cursor, in-vivo code names."""

from __future__ import annotations

import re

from workbench.core.offsets import snap_to_words

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s|$)|\n")


def sentence_span(text: str, offset: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence around `offset`, kept inside [lo, hi) (usually the turn); words snapped."""
    hi = len(text) if hi is None else hi
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.end() <= offset:
            start = m.end()
        else:
            end = m.end()
            break
    else:
        end = hi
    return snap_to_words(text, start, max(start + 1, min(end, hi)))


def in_vivo_name(selected: str, limit: int = 60) -> str:
    """A code name from the respondent's own words: one line, no '/', quotes trimmed."""
    name = " ".join(selected.replace("/", " ").split()).strip("\"'“”‘’«» .,;:!?")
    if len(name) > limit:
        name = name[:limit].rsplit(" ", 1)[0] + "…"
    return name
