"""Assisted coding in the app: the review panel (a dock and a panel in the sense of ui.panels)
with the dotted underline of pending suggestions in the transcript."""

from __future__ import annotations

from workbench.ui.suggestions.dock import SuggestionsDock
from workbench.ui.suggestions.overlay import SuggestionOverlay


class SuggestionsPanel(SuggestionsDock):
    """The dock plus its transcript overlay, as one part of the main window."""

    overlay = None  # set once the base class (which calls set_session) is built

    def __init__(self, window):
        super().__init__(window)
        self.overlay = SuggestionOverlay(window.view, self)
        self.jumpRequested.connect(window.jump_to)
        self.message.connect(window.show_message)

    def set_session(self, session) -> None:
        super().set_session(session)
        if self.overlay is not None:
            self.overlay.refresh()

    def document_shown(self, document_id: int | None) -> None:
        super().document_shown(document_id)
        self.overlay.refresh()

    def on_change(self, change) -> None:
        super().on_change(change)
        if change.entity in ("suggestion", "document") and (
                not change.document_ids or self.overlay.view.document_id in change.document_ids):
            self.overlay.refresh()
