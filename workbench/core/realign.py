"""Carry offsets from one version of a document's text to another (DESIGN §2 offsets).

Renaming a speaker or re-running turn detection rewrites labels and layout, never what was
said. The two texts are aligned line by line (lines are nearly unique, so this is fast on a
long interview), changed lines character by character; a coding then moves with its words.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher

Piece = tuple[int, int, int]  # (old start, new start, length): text equal in both versions


def _lines(text: str) -> tuple[list[str], list[int]]:
    """The non-blank lines and where each starts (blank lines only separate paragraphs;
    leaving them out lets relabelled paragraphs pair up one to one)."""
    lines, starts, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append(line)
            starts.append(pos)
        pos += len(line) + 1
    return lines, starts


def _chars(old: str, new: str, o: int, n: int, out: list[Piece]) -> None:
    """Character alignment of two changed lines or blocks. A relabelled turn differs only at
    its start, so the common suffix and prefix are taken first; the rest is diffed."""
    limit = min(len(old), len(new))
    q = 0  # the suffix first: an utterance keeps its end when a label before it changes
    while q < limit and old[-1 - q] == new[-1 - q]:
        q += 1
    p = 0
    while p < limit - q and old[p] == new[p]:
        p += 1
    if p:
        out.append((o, n, p))
    mid_old, mid_new = old[p:len(old) - q], new[p:len(new) - q]
    if mid_old and mid_new:
        # exact diff for short middles; for long ones difflib's heuristic keeps it fast
        matcher = SequenceMatcher(None, mid_old, mid_new, autojunk=len(mid_old) * len(mid_new) > 4_000_000)
        for a, b, size in matcher.get_matching_blocks():
            if size >= 2 or (size and len(mid_old) <= 2):
                out.append((o + p + a, n + p + b, size))
    if q:
        out.append((o + len(old) - q, n + len(new) - q, q))


def align(old: str, new: str) -> list[Piece]:
    """Pieces of text that are the same in both versions, in order."""
    old_lines, old_starts = _lines(old)
    new_lines, new_starts = _lines(new)
    pieces: list[Piece] = []
    # Patience-style anchors: lines found exactly once in each version, in the same order.
    # They cut the texts into small gaps, so a long interview never meets difflib's
    # quadratic worst case; the gaps are diffed line by line.
    anchors = _unique_anchors(old_lines, new_lines)
    prev_i = prev_j = 0
    for i, j in [*anchors, (len(old_lines), len(new_lines))]:
        _gap(old, new, old_lines, old_starts, new_lines, new_starts, prev_i, i, prev_j, j, pieces)
        if i < len(old_lines):
            pieces.append((old_starts[i], new_starts[j], len(old_lines[i])))
        prev_i, prev_j = i + 1, j + 1
    return pieces


def _unique_anchors(old_lines: list[str], new_lines: list[str]) -> list[tuple[int, int]]:
    counts: dict[str, list[int]] = {}
    for i, line in enumerate(old_lines):
        counts.setdefault(line, [0, 0, -1])[0] += 1
        counts[line][2] = i
    for line in new_lines:
        if line in counts:
            counts[line][1] += 1
    pairs = [(counts[line][2], j) for j, line in enumerate(new_lines)
             if line in counts and counts[line][0] == 1 and counts[line][1] == 1]
    # longest run increasing in both (pairs are already increasing in j): O(n log n)
    tails: list[int] = []  # tails[k]: index into pairs ending the best run of length k + 1
    back: list[int] = [-1] * len(pairs)
    for k, (i, _j) in enumerate(pairs):
        pos = _bisect_tails(pairs, tails, i)
        if pos:
            back[k] = tails[pos - 1]
        if pos == len(tails):
            tails.append(k)
        else:
            tails[pos] = k
    out: list[tuple[int, int]] = []
    k = tails[-1] if tails else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


def _bisect_tails(pairs, tails, i: int) -> int:
    """First run length whose last pair starts at or after old line i."""
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if pairs[tails[mid]][0] < i:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _gap(old, new, old_lines, old_starts, new_lines, new_starts, i1, i2, j1, j2, pieces) -> None:
    """Align the lines between two anchors."""
    if i1 >= i2 or j1 >= j2:
        return
    matcher = SequenceMatcher(None, old_lines[i1:i2], new_lines[j1:j2], autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        a1, a2, b1, b2 = a1 + i1, a2 + i1, b1 + j1, b2 + j1
        if tag == "equal":
            for i, j in zip(range(a1, a2), range(b1, b2), strict=True):
                pieces.append((old_starts[i], new_starts[j], len(old_lines[i])))
        elif tag == "replace":
            if a2 - a1 == b2 - b1:  # line for line (a relabelled turn): keep it cheap
                for i, j in zip(range(a1, a2), range(b1, b2), strict=True):
                    _chars(old_lines[i], new_lines[j], old_starts[i], new_starts[j], pieces)
            else:
                o, n = old_starts[a1], new_starts[b1]
                old_block = old[o:old_starts[a2 - 1] + len(old_lines[a2 - 1])]
                new_block = new[n:new_starts[b2 - 1] + len(new_lines[b2 - 1])]
                if len(old_block) + len(new_block) <= _SMALL_BLOCK:
                    _chars(old_block, new_block, o, n, pieces)
                else:
                    _contained(old_lines[a1:a2], old_starts[a1:a2], new_lines[b1:b2],
                               new_starts[b1:b2], pieces)


_SMALL_BLOCK = 20_000
_LOOKAHEAD = 4


def _contained(old_lines, old_starts, new_lines, new_starts, out: list[Piece]) -> None:
    """Pair lines of a large changed block where one holds the other (a name line joined to
    its utterance, a timestamp dropped): linear, where a character diff would be quadratic."""
    j = 0
    for line, start in zip(old_lines, old_starts, strict=True):
        core = line.strip()
        for k in range(j, min(j + _LOOKAHEAD, len(new_lines))):
            if core in new_lines[k] or new_lines[k].strip() in line:
                _chars(line, new_lines[k], start, new_starts[k], out)
                j = k if core in new_lines[k] else k + 1
                break


class OffsetMap:
    """Old offsets → new offsets through the aligned pieces."""

    def __init__(self, pieces: list[Piece]):
        self.pieces = sorted(pieces)
        self._starts = [p[0] for p in self.pieces]

    def start(self, offset: int) -> int | None:
        """Where a span starting at `offset` starts now (the next kept text if its own is gone)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            o, n, size = self.pieces[i]
            if offset < o + size:
                return n + offset - o
        return self.pieces[i + 1][1] if i + 1 < len(self.pieces) else None

    def end(self, offset: int) -> int | None:
        """Where a span ending at `offset` ends now (the previous kept text if its own is gone)."""
        i = bisect_right(self._starts, offset - 1) - 1
        if i < 0:
            return None
        o, n, size = self.pieces[i]
        return n + min(offset - o, size)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span in the new text, or None when none of its text is left."""
        s, e = self.start(start), self.end(end)
        if s is None or e is None or s >= e:
            return None
        return s, e
