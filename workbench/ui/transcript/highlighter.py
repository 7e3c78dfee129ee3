"""Paints speaker labels, role colours and coded spans; re-highlights only changed blocks.

Everything here is in UTF-16 positions (the viewer converts store offsets once). Overlapping
codings blend their colours and get an underline, so a double-coded word stands out.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

LABEL_COLORS = {"interviewer": QColor("#5B6B78"), "respondent": QColor("#0B4F8A"),
                "other": QColor("#6D4C41")}
INTERVIEWER_TEXT = QColor("#5F6368")
SUGGESTED = QColor("#7B1FA2")  # the dotted underline of a pending suggestion
IDLE_BATCH = 30  # blocks highlighted per idle moment (a few ms: typing and scrolling stay smooth)
IDLE_MS = 15  # after the first paint


class TurnSpan(NamedTuple):  # tuples: thousands are made each time a transcript opens
    start: int  # UTF-16, like everything in this module
    end: int
    role: str
    label_end: int  # end of "Speaker:" (== start when the text has no label)


class Span(NamedTuple):
    start: int
    end: int
    color: str  # "#RRGGBB"


def blend(colors: list[str]) -> QColor:
    """Average of the code colours; more overlap → more opaque."""
    qs = [QColor(c) for c in colors]
    n = len(qs)
    mixed = QColor(sum(c.red() for c in qs) // n, sum(c.green() for c in qs) // n,
                   sum(c.blue() for c in qs) // n)
    mixed.setAlpha({1: 64, 2: 100}.get(n, 130))
    return mixed


def block_starts(doc: QTextDocument) -> list[int]:
    """UTF-16 start of every block, found in the text's UTF-16 bytes (so characters outside
    the BMP count twice, as in Qt); asked of Qt block by block if line breaks are not blocks."""
    units = doc.toPlainText().encode("utf-16-le")  # paragraph separators come back as "\n"
    starts, at = [0], units.find(b"\n\x00")
    while at >= 0:
        if at % 2 == 0:  # a whole code unit, not the high byte of one and the low of the next
            starts.append(at // 2 + 1)
        at = units.find(b"\n\x00", at + 1)
    if len(starts) == doc.blockCount():
        return starts
    starts, block = [], doc.begin()
    while block.isValid():
        starts.append(block.position())
        block = block.next()
    return starts or [0]


class TranscriptHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.turns: list[TurnSpan] = []
        self._turn_starts: list[int] = []
        self.spans: dict[int, Span] = {}
        self.by_block: dict[int, set[int]] = {}
        self.block_ranges: dict[int, range] = {}  # coding id → the blocks it covers
        self._block_starts: list[int] = [0]  # UTF-16 start of every block, for bisect
        self.highlighted_blocks = 0  # how many blocks were (re)painted — for tests and benchmarks
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._todo: list[int] = []
        self._done = bytearray()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._highlight_some)
        self.suggested: list[tuple[int, int]] = []  # pending suggestions: a dotted underline

    def set_suggested(self, spans: list[tuple[int, int]]) -> None:
        """Pending suggestion spans (UTF-16). Blocks already painted that they touch are
        repainted; the others get them when their turn comes."""
        dirty = {b for a, e in (*self.suggested, *spans) for b in self.blocks_of(Span(a, e, ""))}
        self.suggested = sorted(spans)
        doc = self.document()
        for b in sorted(dirty):
            if b < len(self._done) and self._done[b]:
                self.rehighlightBlock(doc.findBlockByNumber(b))

    # ---- data ----------------------------------------------------------------------
    def set_content(self, turns: list[TurnSpan], spans: dict[int, Span], first_blocks: int = 40,
                    starts: list[int] | None = None) -> None:
        """New document content. The first blocks are highlighted at once (a view passes
        first_blocks=-1 and formats what it shows, `ensure`); the rest when they scroll into
        view or in idle moments, so opening a long transcript does not wait for all of it.
        `starts`: the blocks' UTF-16 starts if the caller knows them (used when Qt agrees on
        how many blocks there are and where the last begins; otherwise read from the document)."""
        self.suggested = []  # another document: its suggestions are set again by their owner
        self.turns = sorted(turns, key=lambda t: t.start)
        self._turn_starts = [t.start for t in self.turns]
        self.spans = dict(spans)
        self.by_block = {}
        self.block_ranges = {}
        doc = self.document()
        count = doc.blockCount()
        trusted = starts is not None and len(starts) == count and starts[-1] == doc.lastBlock().position()
        self._block_starts = starts if trusted else block_starts(doc)
        for cid, span in self.spans.items():
            blocks = self.block_ranges[cid] = self.blocks_of(span)
            for b in blocks:
                self.by_block.setdefault(b, set()).add(cid)
        self._todo = list(range(count - 1, -1, -1))  # a stack: lowest block number on top
        self._done = bytearray(count)
        self.ensure(0, first_blocks)
        # the rest waits for the first paint (`painted`): idle work never delays the window

    def painted(self) -> None:
        """The view has painted: format the blocks still waiting, a batch per idle moment."""
        if self._todo and not self._idle.isActive():
            self._idle.start()

    def ensure(self, first: int, last: int) -> None:
        """Highlight the blocks first..last that have not been highlighted yet."""
        doc = self.document()
        for b in range(max(0, first), min(last, len(self._done) - 1) + 1):
            if not self._done[b]:
                self._done[b] = 1
                self.rehighlightBlock(doc.findBlockByNumber(b))

    def complete(self) -> bool:
        return not self._todo

    def _highlight_some(self) -> None:
        doc, n = self.document(), 0
        while self._todo and n < IDLE_BATCH:
            b = self._todo.pop()
            if b < len(self._done) and not self._done[b]:
                self._done[b] = 1
                self.rehighlightBlock(doc.findBlockByNumber(b))
                n += 1
        if self._todo:
            self._idle.start()

    def finish(self) -> None:
        """Highlight everything still waiting (tests, screenshots, exports of the view)."""
        self._idle.stop()
        while self._todo:
            self._highlight_some()

    def blocks_of(self, span: Span) -> range:
        """The blocks a span covers: a bisect over block starts, not two calls into Qt per
        coding (opening a transcript with 2,000 codings made 8,000 of those)."""
        starts = self._block_starts
        first = bisect_right(starts, span.start) - 1
        last = bisect_right(starts, max(span.start, span.end - 1)) - 1
        return range(max(first, 0), max(last, first, 0) + 1)

    def update_spans(self, changed: dict[int, Span | None]) -> list[int]:
        """Apply added/changed (Span) and removed (None) codings; re-highlight their blocks."""
        dirty: set[int] = set()
        for cid, new in changed.items():
            old = self.spans.get(cid)
            if old == new:
                continue
            if old is not None:
                del self.spans[cid]
                self.block_ranges.pop(cid, None)
                for b in self.blocks_of(old):
                    dirty.add(b)
                    self.by_block.get(b, set()).discard(cid)
            if new is not None:
                self.spans[cid] = new
                self.block_ranges[cid] = self.blocks_of(new)
                for b in self.block_ranges[cid]:
                    dirty.add(b)
                    self.by_block.setdefault(b, set()).add(cid)
        doc = self.document()
        for b in sorted(dirty):
            if b < len(self._done):
                self._done[b] = 1
            self.rehighlightBlock(doc.findBlockByNumber(b))
        return sorted(dirty)

    def ids_in_blocks(self, first: int, last: int) -> set[int]:
        out: set[int] = set()
        for b in range(first, last + 1):
            out |= self.by_block.get(b, set())
        return out

    # ---- painting ------------------------------------------------------------------
    def _format(self, role: str, bold: bool, colors: tuple[str, ...], dotted: bool = False) -> QTextCharFormat:
        key = (role, bold, colors, dotted)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setForeground(LABEL_COLORS.get(role, LABEL_COLORS["other"]))
            elif role == "interviewer":
                fmt.setForeground(INTERVIEWER_TEXT)
            if colors:
                fmt.setBackground(blend(list(colors)))
                if len(colors) > 1:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(QColor(colors[-1]).darker(130))
            if dotted:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(SUGGESTED)
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        pos, n = block.position(), block.length() - 1
        if n <= 0:
            return
        self.highlighted_blocks += 1
        pieces = []  # (start, end, kind, value) relative to the block
        i = bisect_right(self._turn_starts, pos + n - 1) - 1
        while i >= 0 and self.turns[i].end > pos:
            t = self.turns[i]
            pieces.append((max(t.start, pos) - pos, min(t.end, pos + n) - pos, "role", t.role))
            if t.label_end > max(t.start, pos):
                pieces.append((max(t.start, pos) - pos, min(t.label_end, pos + n) - pos, "bold", True))
            i -= 1
        spans = sorted((self.spans[c] for c in self.by_block.get(block.blockNumber(), ())),
                       key=lambda s: (s.start, -s.end))
        for s in spans:
            a, b = max(s.start, pos) - pos, min(s.end, pos + n) - pos
            if a < b:
                pieces.append((a, b, "code", s.color))
        for a, b in self.suggested:
            if a < pos + n and b > pos:
                pieces.append((max(a, pos) - pos, min(b, pos + n) - pos, "suggest", True))
        if not pieces:
            return
        cuts = sorted({0, n, *(p[0] for p in pieces), *(p[1] for p in pieces)})
        for a, b in pairwise(cuts):
            role, bold, colors, dotted = "respondent", False, [], False
            for pa, pb, kind, value in pieces:
                if pa <= a and b <= pb:
                    if kind == "role":
                        role = value
                    elif kind == "bold":
                        bold = True
                    elif kind == "suggest":
                        dotted = True
                    else:
                        colors.append(value)
            if role != "respondent" or bold or colors or dotted:
                self.setFormat(a, b - a, self._format(role, bold, tuple(colors), dotted))
