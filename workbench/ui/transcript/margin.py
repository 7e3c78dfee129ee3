"""MAXQDA-style coding stripes: one bracket per coding beside its lines, in columns.

Hover shows code path, coder and memo; a click selects the coding; dragging a bracket's top
or bottom end resizes the coding to the line under the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.core.offsets import snap_to_words
from workbench.i18n import tr
from workbench.ui.transcript.stripes import assign_columns

COL_W = 88
MAX_COLS = 5
RESERVED_COLS = 2  # reserved when a document opens, so coding does not push the text aside
MAX_SHARE = 0.3  # more columns than that only when this share of the view's width allows
NARROW_SHARE = 0.5  # a narrowed view gives columns back once they would take more than this
TIME_W = 46
HANDLE = 4
LINE_BITS = 20  # a line key is block << LINE_BITS | line within the block
LAST_LINE = (1 << LINE_BITS) - 1  # "the block's last line", for codings placed by whole blocks
_LABEL_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)  # or-ed once, not per label


@dataclass
class Bracket:
    coding_id: int
    x: int  # the vertical line
    left: int
    top: int
    bottom: int
    label: QRect | None = None  # where its code name was written (None: no room left)


def fmt_time(ms: int) -> str:
    s = ms // 1000
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class CodingMargin(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.columns: dict[int, int] = {}
        self._keys: dict[int, tuple[int, int]] = {}  # coding id → (first line, last line), see _line_key
        self._ncols = 1
        self._brackets: list[Bracket] = []
        self._drag: tuple[int, str] | None = None  # (coding id, "start" | "end")
        self._drag_y = 0
        self._pending = False
        self._reserved: int | None = None  # columns kept for the shown document
        self._coarse: set[int] = set()  # codings placed by blocks, not yet by lines
        self.setMouseTracking(True)
        # The background is filled by Qt: fillRect from Python makes PySide build QGradient's
        # types on the first paint (~3 ms once) to choose among its overloads.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#F6F7F9"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFont(QFont(self.font().family(), max(7, self.font().pointSize() - 2)))

    # ---- layout ------------------------------------------------------------------------
    def width_hint(self, ncols: int | None = None) -> int:
        return (TIME_W if self.view.turn_times else 4) + (ncols or self._ncols) * COL_W

    def reset_reservation(self) -> None:
        """A new document (or font size): choose its columns once, on the next layout."""
        self._reserved = None

    def _columns(self) -> int:
        """Columns to show. Chosen when the document opens, then kept: a new coding or a narrower
        view never moves the text sideways; deeper nesting shares the outer column instead.
        At least RESERVED_COLS; more when several codings share a paragraph and the view is
        wide. Paragraphs, not lines: the choice is made before the text is laid out (so it is
        laid out once), and comes out the same on every path that shows a document."""
        width = self.view.width()
        if self._reserved is None:
            shared = max(map(len, self.view.highlighter.by_block.values()), default=0)
            room = int(width * MAX_SHARE) // COL_W
            self._reserved = max(RESERVED_COLS, min(MAX_COLS, shared, room))
        ncols = self._reserved
        while ncols > 1 and ncols * COL_W > width * NARROW_SHARE:
            ncols -= 1
        return ncols

    def forget(self) -> None:
        """Another document is coming: the measured lines belong to the one leaving."""
        self._keys, self._coarse, self._brackets = {}, set(), []

    def _line_key(self, pos16: int) -> int:
        """The visual line at a position as one int, block number then line within the block:
        ints sort several times quicker than (block, line) pairs, and thousands are sorted."""
        doc = self.view.document()
        block = doc.findBlock(pos16)
        layout = block.layout()
        if layout is None:  # past the end (the text is being replaced)
            return max(0, doc.blockCount() - 1) << LINE_BITS
        if layout.lineCount() == 0:
            doc.documentLayout().blockBoundingRect(block)
        line = layout.lineForTextPosition(pos16 - block.position())
        return block.blockNumber() << LINE_BITS | (min(line.lineNumber(), LAST_LINE) if line.isValid() else 0)

    def schedule_relayout(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._relayout_all)

    def _relayout_all(self) -> None:
        self._pending = False
        self.relayout()

    def _line_keys(self, span) -> tuple[int, int]:
        return self._line_key(span.start), self._line_key(max(span.start, span.end - 1))

    def reserve_before_layout(self) -> None:
        """A document opened before the view was first painted (the window is being built):
        choose its columns before Qt first lays its text out at the view's real size (the
        view's resize calls this first), not once brackets are placed, which would lay it out
        again, narrower. In a view on screen, the deferred relayout chooses the same columns
        (and margins set here would resize the viewport within its own resize)."""
        if self._reserved is not None or self.view.document_id is None or self.view.painted:
            return
        self._fit(self._columns())

    def relayout(self, changed: set[int] | None = None) -> None:
        """Assign columns; `changed` limits which codings need their lines measured again."""
        spans = self.view.highlighter.spans
        if changed is None:
            self._keys, self._coarse = {}, set()
        for cid in list(self._keys):
            if cid not in spans or (changed and cid in changed):
                del self._keys[cid]
                self._coarse.discard(cid)
        # Whole blocks (never narrower than the lines a coding takes) for every coding, then
        # line keys for those on screen; the rest are refined when they scroll into view:
        # opening a long transcript does not lay out all of it to place brackets.
        keys, coarse, ranges = self._keys, self._coarse, self.view.highlighter.block_ranges
        new = {cid: (r[0] << LINE_BITS, r[-1] << LINE_BITS | LAST_LINE)
               for cid, r in ranges.items() if cid not in keys}
        keys.update(new)
        coarse.update(new)
        if self.view.document_id is not None:
            first, last = self.view.visible_block_range()  # lays out what is on screen
            for cid in self.view.highlighter.ids_in_blocks(first, last) & coarse:
                blocks = ranges[cid]
                if first <= blocks[0] and blocks[-1] <= last:
                    keys[cid] = self._line_keys(spans[cid])
                    coarse.discard(cid)
        self._assign()

    def _assign(self) -> None:
        ids = list(self._keys)
        cols = assign_columns([self._keys[i] for i in ids])
        self.columns = dict(zip(ids, cols, strict=True))
        self._fit(self._columns())
        self.update()

    def _fit(self, ncols: int) -> None:
        """Make room for ncols columns beside the text."""
        width = self.width_hint(ncols)
        # Compare with the viewport margin itself: the view's resizeEvent may already have
        # given this widget the new width while the text still starts under it.
        if ncols != self._ncols or self.view.viewportMargins().left() != width or self.width() != width:
            self._ncols = ncols
            self.view.setViewportMargins(width, 0, 0, 0)
            rect = self.view.contentsRect()
            self.setGeometry(rect.left(), rect.top(), width, rect.height())

    def on_update_request(self, rect: QRect, dy: int) -> None:
        # Repainted whole below: scrolling the old pixels first (scroll()) would only be copied over.
        if self._coarse and self.view.document_id is not None:
            first, last = self.view.visible_block_range()
            spans = self.view.highlighter.spans
            refine = self.view.highlighter.ids_in_blocks(first, last) & self._coarse
            for cid in refine:
                self._keys[cid] = self._line_keys(spans[cid])
            self._coarse -= refine
            if refine:
                self._assign()
        self.update()

    # ---- painting ----------------------------------------------------------------------
    def _y_of(self, pos16: int, bottom: bool) -> int:
        view = self.view
        block = view.document().findBlock(pos16)
        geo = view.blockBoundingGeometry(block).translated(view.contentOffset())
        line = block.layout().lineForTextPosition(pos16 - block.position())
        if not line.isValid():
            return int(geo.bottom() if bottom else geo.top())
        y = geo.top() + line.y() + (line.height() if bottom else 0)
        return int(y)

    def _visible_blocks(self) -> tuple[int, int]:
        view = self.view
        first = view.firstVisibleBlock()
        block, last = first, first.blockNumber()
        offset = view.contentOffset()
        h = self.height()
        while block.isValid():
            last = block.blockNumber()
            if view.blockBoundingGeometry(block).translated(offset).top() > h:
                break
            block = block.next()
        return first.blockNumber(), last

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(QColor("#DADCE0"))
        p.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        self._brackets = []
        view = self.view
        if view.document_id is None:
            return
        first, last = self._visible_blocks()
        fm = QFontMetrics(self.font())
        self._paint_times(p, first, last, fm)
        spans = view.highlighter.spans
        shown = []
        for cid in view.highlighter.ids_in_blocks(first, last):
            span, coding = spans.get(cid), view.codings.get(cid)
            if span is None or coding is None:
                continue
            col = min(self.columns.get(cid, 0), self._ncols - 1)  # overflow shares the outer column
            top = self._y_of(span.start, False) + 1
            bottom = self._y_of(max(span.start, span.end - 1), True) - 1
            if self._drag and self._drag[0] == cid:
                top, bottom = (self._drag_y, bottom) if self._drag[1] == "start" else (top, self._drag_y)
            shown.append((-col, top, cid, span, coding, bottom))
        labels: dict[int, list[QRect]] = {}  # column x → the names already written there
        for neg_col, top, cid, span, coding, bottom in sorted(shown, key=lambda s: s[:3]):
            x = self.width() - 6 - (-neg_col) * COL_W
            color = QColor(span.color)
            p.setPen(QPen(color.darker(110), 3 if cid == view.selected_coding else 2))
            p.drawLine(x, top, x, bottom)
            p.drawLine(x, top, x + 4, top)
            p.drawLine(x, bottom, x + 4, bottom)
            label = self._label_room(labels.setdefault(x, []), x, top, bottom, fm.height())
            if label is not None:
                text = fm.elidedText(self._name(coding.code_id), Qt.TextElideMode.ElideRight, COL_W - 12)
                p.setPen(color.darker(140))
                p.drawText(label, _LABEL_ALIGN, text)
            self._brackets.append(Bracket(cid, x, x - COL_W + 8, top, bottom, label))

    @staticmethod
    def _label_room(placed: list[QRect], x: int, top: int, bottom: int, height: int) -> QRect | None:
        """Where a bracket's name goes: at its top, or lower down beside it when codings that
        share the outer column already wrote there; None when its bracket has no room left
        (hovering still names the code)."""
        label = QRect(x - COL_W + 8, top, COL_W - 12, height)
        for other in sorted(placed, key=QRect.top):
            if other.intersects(label):
                label.moveTop(other.bottom() + 1)
        if placed and (label.top() > max(top, bottom - height + 1) or any(o.intersects(label) for o in placed)):
            return None
        placed.append(label)
        return label

    def _paint_times(self, p: QPainter, first: int, last: int, fm: QFontMetrics) -> None:
        if not self.view.turn_times:
            return
        doc = self.view.document()
        p.setPen(QColor("#80868B"))
        for pos16, ms in self.view.turn_times:
            n = doc.findBlock(pos16).blockNumber()
            if first <= n <= last:
                y = self._y_of(pos16, False)
                p.drawText(QRect(2, y, TIME_W - 6, fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                           fmt_time(ms))

    def _name(self, code_id: int) -> str:
        return self.view.code_names.get(code_id, "?")

    # ---- mouse -------------------------------------------------------------------------
    def bracket_at(self, pos: QPoint) -> tuple[Bracket | None, str | None]:
        """The bracket under the point and which part: "start"/"end" handle or "body"."""
        for b in reversed(self._brackets):  # a name belongs to its own bracket, wherever it sits
            if b.label is not None and b.label.contains(pos):
                return b, "body"
        for b in reversed(self._brackets):
            if b.x - 8 <= pos.x() <= b.x + 5 and b.top - HANDLE <= pos.y() <= b.bottom + HANDLE:
                if abs(pos.y() - b.top) <= HANDLE:
                    return b, "start"
                if abs(pos.y() - b.bottom) <= HANDLE:
                    return b, "end"
                return b, "body"
        return None, None

    def mousePressEvent(self, event) -> None:
        bracket, part = self.bracket_at(event.position().toPoint())
        if bracket is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if part in ("start", "end"):
            self._drag = (bracket.coding_id, part)
            self._drag_y = int(event.position().y())
        self.view.codingClicked.emit(bracket.coding_id)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self._drag:
            self._drag_y = pos.y()
            self.update()
            return
        _, part = self.bracket_at(pos)
        self.setCursor(Qt.CursorShape.SizeVerCursor if part in ("start", "end")
                       else Qt.CursorShape.PointingHandCursor if part else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        if not self._drag:
            return
        cid, part = self._drag
        self._drag = None
        coding = self.view.codings.get(cid)
        if coding is None:
            return
        y = int(event.position().y())
        start, end = coding.start, coding.end
        if part == "start":
            start = self.view.offset_at(QPoint(1, y), "start")
        else:
            end = self.view.offset_at(QPoint(self.view.viewport().width() - 2, y), "end")
        start, end = snap_to_words(self.view.text, min(start, end), max(start, end))
        if start < end and (start, end) != (coding.start, coding.end):
            self.view.resizeRequested.emit(cid, start, end)
        self.update()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bracket, _ = self.bracket_at(event.pos())
            if bracket is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(bracket.coding_id), self)
            return True
        return super().event(event)

    def tooltip_for(self, coding_id: int) -> str:
        coding = self.view.codings.get(coding_id)
        if coding is None:
            return ""
        project = self.view.project
        lines = [f"<b>{_esc(project.code_path(coding.code_id))}</b>"]
        if coding.coder:
            lines.append(tr("wb.tip.coder", coder=_esc(coding.coder)))
        if coding.inferred:
            lines.append(f"<i>{tr('wb.tip.inferred')}</i>")
        if coding.memo:
            lines.append(tr("wb.tip.memo", memo=_esc(coding.memo)))
        return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
