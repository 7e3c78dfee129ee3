"""Bring a foreign text into the stored form (DESIGN §2) and move its offsets along.

A REFI-QDA file counts selection positions in the text as the other program stored it: it
may start with a byte-order mark, end lines with ``\\r\\n`` and hold decomposed accents
(``e`` + combining acute). The workbench stores NFC text with ``\\n`` line ends, so each
position is mapped onto the normalised text. A start inside a changed run (the ``\\n`` of a
``\\r\\n``, the accent of a decomposed letter) moves to the run's start, an end to its end,
so a span never loses the characters it covered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from workbench.core.normalise import REPLACE_RE, REPLACEMENTS

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# Starters that can still compose with the character before them under NFC (Hangul vowels
# and trailing consonants, a few Indic vowel signs): a run never begins at one of them.
_COMPOSING_STARTERS = frozenset(
    [chr(c) for c in range(0x1161, 0x1176)] + [chr(c) for c in range(0x11A8, 0x11C3)]
    + list("\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf\u0ddf"
           "\u102e\u1b35")
)


@dataclass
class TextMap:
    """The normalised text and the way from raw positions to positions in it."""

    text: str
    exact: bool = True  # False: the text needed a repair and spans may be approximate
    _lo: list[int] | None = None  # None: raw and normalised positions are the same
    _hi: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw half-open span → normalised half-open span (positions clamped into the text)."""
        if self._lo is None:
            n = len(self.text)
            return min(max(start, 0), n), min(max(end, 0), n)
        last = len(self._lo) - 1
        start, end = min(max(start, 0), last), min(max(end, 0), last)
        return self._lo[start], self._hi[end]


def _compose(first: tuple[list[int], list[int]], second: tuple[list[int], list[int]] | None):
    if second is None:
        return first
    lo2, hi2 = second
    return [lo2[i] for i in first[0]], [hi2[i] for i in first[1]]


def _line_ends(raw: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """Apply core.normalise's replacements (line ends, paragraph breaks, BOMs); the position
    maps (None: unchanged)."""
    matches = list(REPLACE_RE.finditer(raw))
    if not matches:
        return raw, None
    n = len(raw)
    lo = [0] * (n + 1)
    hi = [0] * (n + 1)
    pieces: list[str] = []
    pos, q = 0, 0
    for m in matches:
        a, b = m.span()
        rep = REPLACEMENTS[m.group()]
        lo[pos:a] = hi[pos:a] = range(q, q + a - pos)
        pieces.append(raw[pos:a])
        q += a - pos
        lo[a] = hi[a] = q
        for i in range(a + 1, b):
            lo[i], hi[i] = q, q + len(rep)
        pieces.append(rep)
        pos, q = b, q + len(rep)
    lo[pos:n + 1] = hi[pos:n + 1] = range(q, q + n + 1 - pos)
    return "".join(pieces) + raw[pos:], (lo, hi)


def _nfc(text: str) -> tuple[str, tuple[list[int], list[int]] | None, bool]:
    """NFC by runs that each start at a plain starter, so each run maps as a whole."""
    if unicodedata.is_normalized("NFC", text):
        return text, None, True
    n = len(text)
    lo = [0] * (n + 1)
    hi = [0] * (n + 1)
    pieces: list[str] = []
    q = 0
    start = 0
    for i in range(1, n + 1):
        if i < n and (unicodedata.combining(text[i]) or text[i] in _COMPOSING_STARTERS):
            continue
        piece = unicodedata.normalize("NFC", text[start:i])
        lo[start] = hi[start] = q
        for j in range(start + 1, i):
            lo[j], hi[j] = q, q + len(piece)
        pieces.append(piece)
        q += len(piece)
        start = i
    lo[n] = hi[n] = q
    out = "".join(pieces)
    whole = unicodedata.normalize("NFC", text)
    if out != whole:  # a composition across runs this split does not know: keep positions close
        return whole, ([min(p, len(whole)) for p in lo], [min(p, len(whole)) for p in hi]), False
    return out, (lo, hi), True


def normalise_with_map(raw: str) -> TextMap:
    """The stored form of ``raw`` (what ``core.normalise.canonical`` makes of it) with the
    position map from ``raw``."""
    text, first = _line_ends(raw)
    text, second, exact = _nfc(text)
    if first is None and second is None:
        return TextMap(text, exact)
    lo, hi = _compose(first, second) if first is not None else second
    return TextMap(text, exact, lo, hi)


def _squash(text: str) -> str:
    return " ".join(text.split())


def utf16_positions(raw: str, samples: list[tuple[int, int, str]]) -> list[int] | None:
    """Positions counted in UTF-16 units (as .NET and Java programs count) → code points.

    REFI-QDA counts characters, but a program may count UTF-16 units, which differ after
    every emoji or other character beyond U+FFFF. ``samples`` are (start, end, name) of
    selections whose name is the selected text (many programs write it); when the names fit
    the text better read as UTF-16 units, the map from unit to code-point position is
    returned, else None. Text without such characters always returns None (no difference).
    """
    if not _ASTRAL.search(raw):
        return None
    units: list[int] = []
    for i, ch in enumerate(raw):
        units.append(i)
        if ord(ch) > 0xFFFF:
            units.append(i + 1)  # a position inside the pair rounds to after the character
    units.append(len(raw))
    votes = {"cp": 0, "utf16": 0}
    for start, end, name in samples:
        wanted = _squash(name).rstrip("…").rstrip(".").strip()
        if len(wanted) < 3 or not (0 <= start < end):
            continue
        if end <= len(raw) and _squash(raw[start:end]).startswith(wanted):
            votes["cp"] += 1
        if end < len(units) and _squash(raw[units[start]:units[end]]).startswith(wanted):
            votes["utf16"] += 1
    return units if votes["utf16"] > votes["cp"] else None
