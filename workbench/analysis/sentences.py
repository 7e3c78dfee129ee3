"""Sentence units for agreement: spans of the text split at sentence ends and line breaks.

A plain rule (end punctuation followed by white space, or a line break) is enough here: both
coders are measured against the same units, so a rare wrong split costs both alike.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^\n]*?(?:[.!?…]+(?=\s)|\n|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and (not out or out[-1] != (start, end)):
            out.append((start, end))
    return out
