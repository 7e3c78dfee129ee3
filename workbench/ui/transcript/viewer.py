"""The read-only transcript view: one document, its turns and codings, in Qt positions.

Store offsets (code points) are converted to UTF-16 here and nowhere else in the UI: every
public method takes and returns code-point offsets.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from workbench.core.events import Change
from workbench.core.model import Coding
from workbench.core.offsets import snap_to_words
from workbench.store.errors import NotFound
from workbench.ui.transcript.highlighter import Span, TranscriptHighlighter, TurnSpan, blend
from workbench.ui.transcript.margin import CodingMargin
from workbench.ui.transcript.offsetmap import OffsetMap

SELECTION_MIME = "application/x-workbench-selection"
NO_COLOR = "#808080"  # a coding whose code has no colour (or is gone)


class TranscriptView(QPlainTextEdit):
    cursorOffsetChanged = Signal(int, int)  # document id, code-point offset
    codingClicked = Signal(int)
    resizeRequested = Signal(int, int, int)  # coding id, start, end (code points)
    zoomRequested = Signal(int)  # +1 / -1: Ctrl+wheel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(True)
        self.document().setDocumentMargin(10)
        self.highlighter = TranscriptHighlighter(self.document())
        self.margin = CodingMargin(self)
        self.project = None
        self.document_id: int | None = None
        self.text = ""
        self.map = OffsetMap("")
        self.codings: dict[int, Coding] = {}
        self.code_colors: dict[int, str] = {}
        self.code_names: dict[int, str] = {}
        self.turn_times: list[tuple[int, int]] = []  # (UTF-16 start, ms)
        self.selected_coding: int | None = None
        self._highlighting = False
        self.painted = False  # until the first paint the text has not been laid out to be seen
        # Callables that see the viewport's events first (mouse, tool tips) and return True
        # when they handled one: an event filter on viewport() would cost the same lookup.
        self.viewport_hooks: list = []
        self.cursorPositionChanged.connect(self._emit_cursor)
        self.updateRequest.connect(lambda _rect, dy: dy and self._highlight_visible())
        self.updateRequest.connect(self.margin.on_update_request)

    # ---- loading -------------------------------------------------------------------
    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        self.margin.reset_reservation()
        self.margin.relayout()
        self._highlight_visible()  # a smaller font shows blocks not formatted yet

    def show_document(self, project, document_id: int | None) -> None:
        self.project, self.document_id = project, document_id
        self.selected_coding = None
        self.margin.forget()
        self.setExtraSelections([])
        if document_id is None:
            self.text, self.map, self.codings, self.turn_times = "", OffsetMap(""), {}, []
            self._set_text("")
            self.highlighter.set_content([], {})
            self.margin.reset_reservation()
            self.margin.relayout()
            return
        doc = project.document(document_id)
        self.text, self.map = doc.text, OffsetMap(doc.text)
        self._set_text(doc.text)
        turns, self.turn_times = [], []
        for t in project.turns(document_id):
            label = t.start + len(t.speaker) + 1 if t.speaker and doc.text.startswith(
                t.speaker + ":", t.start) else t.start
            turns.append(TurnSpan(self.map.to16(t.start), self.map.to16(t.end), t.role,
                                  self.map.to16(label)))
            if t.time_ms is not None:
                self.turn_times.append((self.map.to16(t.start), t.time_ms))
        self._load_codes()
        self.codings = {c.id: c for c in project.codings(document_id=document_id)}
        # Only the blocks on screen are formatted now (the resize that shows the view formats
        # again if its size changes), not a fixed number a large window may not even show.
        self.highlighter.set_content(turns, self._spans(self.codings.values()), first_blocks=-1,
                                     starts=self.map.line_starts16())
        self.margin.reset_reservation()  # only now: the columns are chosen from these codings
        self._highlight_visible()
        # Deferred: the resize that follows a change of margin width lays out again anyway,
        # and both requests coalesce into one pass.
        self.margin.schedule_relayout()

    def _set_text(self, text: str) -> None:
        """Replace the text without the highlighter formatting every block as it arrives
        (set_content formats what is shown next). With the document's signals blocked the
        highlighter is not even called per block; Qt's layout is told directly, not by signal."""
        doc = self.document()
        doc.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            doc.blockSignals(False)

    def _reload_if_edited(self, force: bool = False) -> None:
        """Show the document again when its text or turns changed (a speaker renamed, turns
        detected again), keeping the scroll position."""
        try:
            doc = self.project.document(self.document_id)
        except NotFound:  # the turns' removal is announced before the document's own
            self.show_document(self.project, None)
            return
        if force or doc.text != self.text:
            scroll = self.verticalScrollBar().value()
            self.show_document(self.project, self.document_id)
            self.verticalScrollBar().setValue(scroll)

    def _load_codes(self) -> None:
        codes = self.project.codes()
        self.code_colors = {c.id: c.color for c in codes}
        self.code_names = {c.id: c.name for c in codes}

    def _spans(self, codings) -> dict[int, Span]:
        colors = self.code_colors
        if self.map.all_bmp:  # offsets need no conversion: thousands of spans are made on opening
            return {c.id: Span(c.start, c.end, colors.get(c.code_id, NO_COLOR)) for c in codings}
        return {c.id: self._span(c) for c in codings}

    def _span(self, c: Coding) -> Span:
        return Span(self.map.to16(c.start), self.map.to16(c.end), self.code_colors.get(c.code_id, NO_COLOR))

    def on_change(self, change: Change) -> None:
        """Follow store edits: repaint only the codings that changed."""
        if self.document_id is None or self.project is None:
            return
        if change.entity == "document" and self.document_id in change.ids:
            if change.action == "removed":
                self.show_document(self.project, None)
            else:
                self._reload_if_edited()
            return
        if change.entity == "turn" and self.document_id in change.document_ids:
            self._reload_if_edited(force=True)  # roles or speakers: the label styling changes
            return
        if change.entity == "code":
            self._load_codes()
            changed = self._spans(self.codings.values())
            # codes deleted or merged take their codings along (their coding events follow)
            self.highlighter.update_spans(changed)
            self.margin.relayout()
            return
        if change.entity != "coding" or self.document_id not in change.document_ids:
            return
        changed: dict[int, Span | None] = {}
        for cid in change.ids:
            coding = self.project.coding(cid) if change.action != "removed" else None
            if coding is not None and coding.document_id == self.document_id:
                self.codings[cid] = coding
                changed[cid] = self._span(coding)
            elif cid in self.codings:
                del self.codings[cid]
                changed[cid] = None
        self.highlighter.update_spans(changed)
        if self.selected_coding is not None:
            self.select_coding(self.selected_coding if self.selected_coding in self.codings else None)
        self.margin.relayout(changed=set(changed))

    # ---- offsets and selections (code points outside, UTF-16 inside) ---------------------
    def cursor_offset(self) -> int:
        return self.map.from16(self.textCursor().position())

    def selection_span(self, snap: bool = True) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.map.from16(cursor.selectionStart())
        end = self.map.from16(cursor.selectionEnd())
        if snap:
            start, end = snap_to_words(self.text, start, end)
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to16(start))
        cursor.setPosition(self.map.to16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def offset_at(self, point: QPoint, line_edge: str | None = None) -> int:
        """Code-point offset at a viewport point; line_edge 'start'/'end' snaps to that line."""
        cursor = self.cursorForPosition(point)
        if line_edge == "start":
            cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        elif line_edge == "end":
            cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        return self.map.from16(cursor.position())

    def select_coding(self, coding_id: int | None) -> None:
        """Outline one coding (the inspector's current one) on top of the painted spans."""
        self.selected_coding = coding_id
        coding = self.codings.get(coding_id) if coding_id is not None else None
        if coding is None:
            self.setExtraSelections([])
        else:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.map.to16(coding.start))
            cursor.setPosition(self.map.to16(coding.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            color = blend([self.code_colors.get(coding.code_id, NO_COLOR)] * 2)
            sel.format.setBackground(color)
            sel.format.setProperty(QTextFormat.Property.OutlinePen, color.darker(150))
            self.setExtraSelections([sel])
        self.margin.update()

    def visible_block_range(self) -> tuple[int, int]:
        first = self.firstVisibleBlock()
        block, last, offset = first, first.blockNumber(), self.contentOffset()
        # The viewport's height without asking for the viewport: the first Python reference
        # to that Qt-made widget costs PySide ~15 ms (a one-time type lookup) on opening.
        margins = self.viewportMargins()
        height = self.contentsRect().height() - margins.top() - margins.bottom()
        while block.isValid():
            last = block.blockNumber()
            if self.blockBoundingGeometry(block).translated(offset).bottom() >= height:
                break
            block = block.next()
        return first.blockNumber(), last

    def _highlight_visible(self, *_) -> None:
        """Blocks scrolled into view are highlighted before they are painted."""
        if self.document_id is None or self._highlighting or self.highlighter.complete():
            return
        if not self.isVisible():  # not laid out yet: formatted when it is shown (showEvent)
            return
        self._highlighting = True  # highlighting a block asks for an update: no recursion
        try:
            first, last = self.visible_block_range()
            self.highlighter.ensure(first, last + 5)
        finally:
            self._highlighting = False

    def _emit_cursor(self) -> None:
        if self.document_id is not None:
            self.cursorOffsetChanged.emit(self.document_id, self.cursor_offset())

    # ---- drag a selection onto the codebook ----------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own result is a QTextEditMimeData whose formats() is a fixed list: a format
        # added to it is invisible to hasFormat() and to the drop target, so a real drag
        # onto the codebook was refused. Copy its formats into a plain QMimeData instead.
        rich = super().createMimeDataFromSelection()
        mime = QMimeData()
        for fmt in rich.formats():
            mime.setData(fmt, rich.data(fmt))
        span = self.selection_span()
        if span and self.document_id is not None:
            payload = {"document_id": self.document_id, "start": span[0], "end": span[1]}
            mime.setData(SELECTION_MIME, json.dumps(payload).encode())
        return mime

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoomRequested.emit(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # ---- margin geometry -------------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        for hook in self.viewport_hooks:
            if hook(event):
                return True
        return super().viewportEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted = True
        self.highlighter.painted()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._highlight_visible()  # shown again at the size it had, or scrolled while hidden

    def resizeEvent(self, event) -> None:
        self.margin.reserve_before_layout()  # the text is then laid out once, beside the brackets
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.margin.setGeometry(rect.left(), rect.top(), self.margin.width_hint(), rect.height())
        self._highlight_visible()
        self.margin.schedule_relayout()
