"""Pending suggestions in the transcript: a dotted underline; hover names the code and the
reason, a click (without selecting text) opens the suggestion in the review panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QToolTip

from workbench.i18n import tr


class SuggestionOverlay(QObject):
    def __init__(self, view, dock):
        super().__init__(view)
        self.view, self.dock = view, dock
        self.spans: list = []  # StoredSuggestion of the shown document
        view.viewport_hooks.append(self.viewport_event)

    def refresh(self) -> None:
        session, doc = self.dock.session, self.view.document_id
        if session is None or doc is None:
            self.spans = []
        else:
            self.spans = session.project.suggestions(document_id=doc)
        to16 = self.view.map.to16
        self.view.highlighter.set_suggested([(to16(s.start), to16(s.end)) for s in self.spans])

    def at(self, offset: int):
        """The best pending suggestion covering a code-point offset, or None."""
        hits = [s for s in self.spans if s.start <= offset < s.end]
        return max(hits, key=lambda s: s.score) if hits else None

    def viewport_event(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and not self.view.textCursor().hasSelection():
            hit = self.at(self.view.offset_at(event.position().toPoint()))
            if hit is not None:
                self.dock.select_suggestion(hit.id)
        elif kind == QEvent.Type.ToolTip:
            text = self.tip(self.view.offset_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.view)
                return True
        return False

    def tip(self, offset: int) -> str | None:
        """What hovering at a code-point offset tells: the suggested code, score and reason."""
        hit = self.at(offset)
        if hit is None or self.dock.session is None:
            return None
        code = self.dock.session.project.code_path(hit.code_id)
        return tr("sg.viewer.tip", code=code, score=f"{hit.score:.2f}", reason=hit.reason)
