"""Text-offset rules (DESIGN §2).

Offsets everywhere are Python code-point indices into NFC text with "\\n" line ends,
half-open [start, end). Qt counts UTF-16 code units; convert only at the widget boundary
with the two functions below.
"""

from __future__ import annotations

import re


def _astral_prefix(text: str, n: int) -> int:
    return sum(1 for ch in text[:n] if ord(ch) > 0xFFFF)


def to_utf16(text: str, offset: int) -> int:
    """Code-point offset → UTF-16 position (what QTextCursor uses)."""
    return offset + _astral_prefix(text, offset)


def from_utf16(text: str, pos16: int) -> int:
    """UTF-16 position → code-point offset; a position inside a surrogate pair rounds down."""
    units = 0
    for i, ch in enumerate(text):
        step = 2 if ord(ch) > 0xFFFF else 1
        if units + step > pos16:
            return i
        units += step
    return len(text)


def check_span(text_length: int, start: int, end: int) -> None:
    if not (0 <= start < end <= text_length):
        raise ValueError(f"span [{start}, {end}) is outside the text (length {text_length})")


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    # counted one match at a time: a list of every word of a 45 MB transcript costs ~400 MB
    return sum(1 for _ in _WORD.finditer(text))


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection so it never cuts a word in half; trims surrounding spaces."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end
