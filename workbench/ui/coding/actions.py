"""Coding gestures → undoable commands: code the selection, pins, in-vivo, turn, sentence,
uncode, mark inferred, reassign, resize. Every edit goes through `session.execute`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from workbench.core.commands import (
    AddCode,
    AddCoding,
    ChangeCoding,
    Compound,
    RemoveCodings,
)
from workbench.core.spans import in_vivo_name, label_end, turn_body
from workbench.i18n import tr
from workbench.nlp.sentences import sentence_at
from workbench.ui.settings import Settings


def code_paths(codes) -> list[tuple[int, str]]:
    """(id, "Parent/Child") for every code, in codebook order, without a query per code."""
    by_id = {c.id: c for c in codes}

    def path(c) -> str:
        parts = []
        while c is not None:
            parts.append(c.name)
            c = by_id.get(c.parent_id)
        return "/".join(reversed(parts))

    return [(c.id, path(c)) for c in codes]


class CodingController(QObject):
    message = Signal(str)  # for the status bar
    codeWanted = Signal(object)

    def __init__(self, view, settings: Settings, selected_codes: Callable[[], list[int]],
                 parent=None):
        super().__init__(parent)
        self.view = view
        self.settings = settings
        self.selected_codes = selected_codes
        self.session = None
        self.current_coding: Callable[[], int | None] = lambda: None

    # ---- panel protocol (ui.panels): the controller only needs the session ------------
    def set_session(self, session) -> None:
        self.session = session

    def on_change(self, change) -> None:
        pass

    def retranslate(self) -> None:
        pass

    @property
    def project(self):
        return self.session.project if self.session else None

    def _code_name(self, code_id: int) -> str:
        return self.project.code(code_id).name

    def _ready(self) -> bool:
        if self.session is None or self.view.document_id is None:
            self.message.emit(tr("wb.msg.no_document"))
            return False
        return True

    # ---- coding ------------------------------------------------------------------------
    def code_span(self, code_id: int, start: int, end: int) -> bool:
        if not self._ready():
            return False
        cmd = AddCoding(self.view.document_id, code_id, start, end, coder=self.session.coder,
                        code_name=self._code_name(code_id))
        return self.session.execute(cmd)

    def _selection_or_hint(self) -> tuple[int, int] | None:
        """The selected span, or None after telling the user to select text first."""
        span = self.view.selection_span()
        if span is None:
            self.message.emit(tr("wb.msg.select_text"))
        return span

    def code_selection(self, code_id: int) -> bool:
        if not self._ready():
            return False
        span = self._selection_or_hint()
        if span is None:
            return False
        return self.code_span(code_id, *self._without_label(span))

    def _without_label(self, span: tuple[int, int]) -> tuple[int, int]:
        """A selection dragged from the start of a line leaves the speaker label out."""
        start, end = span
        turn = self._turn_at(start)
        if turn is not None and turn.start <= start:
            body = label_end(self.view.text, turn.start, turn.end, turn.speaker)
            if start < body < end:
                return body, end
        return span

    def _with_code(self, apply: Callable[[int], bool]) -> None:
        """Use the code selected in the codebook, or ask with the quick-code palette."""
        ids = self.selected_codes()
        if ids:
            apply(ids[0])
        else:
            self.codeWanted.emit(apply)

    def code_selection_with_current(self) -> None:
        self._with_code(self.code_selection)

    def apply_pin(self, key: int) -> bool:
        if self.project is None:
            return False
        code_id = self.settings.pins(str(self.project.path)).get(key)
        if code_id is None:
            self.message.emit(tr("wb.msg.no_pin", n=key))
            return False
        return self.code_selection(code_id)

    def pin(self, key: int, code_id: int | None = None) -> None:
        if self.project is None:
            return
        if code_id is None:
            ids = self.selected_codes()
            if not ids:
                self.message.emit(tr("wb.msg.select_code"))
                return
            code_id = ids[0]
        self.settings.set_pin(str(self.project.path), key, code_id)
        self.message.emit(tr("wb.msg.pinned", n=key, code=self._code_name(code_id)))

    def _turn_at(self, offset: int):
        for t in self.project.turns(self.view.document_id):
            if t.start <= offset < t.end or t.end == offset:
                return t
        return None

    def turn_span(self) -> tuple[int, int] | None:
        """The utterance of the turn at the cursor, without its speaker label."""
        turn = self._turn_at(self.view.cursor_offset())
        return turn_body(self.view.text, turn) if turn else None

    def sentence_span(self) -> tuple[int, int]:
        offset = self.view.cursor_offset()
        turn = self._turn_at(offset)
        lo, hi = turn_body(self.view.text, turn) if turn else (0, len(self.view.text))
        language = self.project.document(self.view.document_id).language
        return sentence_at(self.view.text, max(offset, lo), lo, hi, language)

    def code_turn(self) -> None:
        if self._ready() and self.turn_span():
            self._with_code(lambda cid: self.code_span(cid, *self.turn_span()))

    def code_sentence(self) -> None:
        if self._ready():
            span = self.sentence_span()
            self._with_code(lambda cid: self.code_span(cid, *span))

    def in_vivo(self, parent_id: int | str | None = "ask") -> bool:
        """A new code named after the selected words, then coded with it: one undo step."""
        if not self._ready():
            return False
        span = self._selection_or_hint()
        if span is None:
            return False
        name = in_vivo_name(self.view.text[span[0]:span[1]])
        if parent_id == "ask":
            parent_id = self.choose_parent()
            if parent_id == "cancel":
                return False
        existing = [c for c in self.project.child_codes(parent_id) if c.name.casefold() == name.casefold()]
        doc_id, coder = self.view.document_id, self.session.coder
        if existing:
            steps = [AddCoding(doc_id, existing[0].id, *span, coder=coder, code_name=name)]
        else:
            # the coding needs the new code's id: a step built from the applied AddCode
            steps = [AddCode(parent_id, name),
                     lambda done: AddCoding(doc_id, done[0].created_id, *span, coder=coder,
                                            code_name=name)]
        return self.session.execute(Compound(steps, "wb.cmd.in_vivo", name=name))

    def choose_parent(self) -> int | str | None:
        """Ask under which code the in-vivo code goes; "cancel" when the user backs out."""
        paths = code_paths(self.project.codes())
        items = [tr("wb.invivo.top")] + [p for _, p in paths]
        selected = self.selected_codes()
        current = next((i + 1 for i, (cid, _) in enumerate(paths) if selected and cid == selected[0]), 0)
        item, ok = QInputDialog.getItem(self.view, tr("wb.invivo.title"), tr("wb.invivo.parent"),
                                        items, current, False)
        if not ok:
            return "cancel"
        index = items.index(item)
        return None if index == 0 else paths[index - 1][0]

    # ---- changing codings ---------------------------------------------------------------
    def codings_here(self) -> list:
        """Codings overlapping the selection, or at the cursor."""
        codings = self.view.codings.values()
        span = self.view.selection_span(snap=False)
        if span:
            s, e = span
            return sorted((c for c in codings if c.start < e and s < c.end), key=lambda c: c.start)
        offset = self.view.cursor_offset()
        return sorted((c for c in codings if c.start <= offset < c.end), key=lambda c: c.start)

    def uncode(self) -> int:
        """Remove the codings here (only the selected code's when it is among them)."""
        if not self._ready():
            return 0
        found = self.codings_here()
        chosen = set(self.selected_codes())
        if any(c.code_id in chosen for c in found):
            found = [c for c in found if c.code_id in chosen]
        if not found:
            self.message.emit(tr("wb.msg.nothing_here"))
            return 0
        self.session.execute(RemoveCodings([c.id for c in found]))
        return len(found)

    def toggle_inferred(self) -> None:
        if not self._ready():
            return
        current = self.current_coding()
        found = [c for c in self.codings_here() if current is None or c.id == current]
        if not found:
            self.message.emit(tr("wb.msg.nothing_here"))
            return
        flag = not all(c.inferred for c in found)
        self.session.execute(Compound([ChangeCoding(c.id, inferred=flag) for c in found],
                                      "wb.cmd.inferred"))

    def change(self, coding_id: int, **fields) -> bool:
        if self.session is None:
            return False
        return self.session.execute(ChangeCoding(coding_id, **fields))

    def remove(self, coding_ids: list[int]) -> bool:
        return self.session is not None and self.session.execute(RemoveCodings(list(coding_ids)))
