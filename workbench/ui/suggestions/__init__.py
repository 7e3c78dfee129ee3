"""Assisted coding in the app: the review panel, the dotted underline in the transcript and
the Code menu entry. `install(window)` wires them into the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.suggestions.dock import SuggestionsDock
from workbench.ui.suggestions.overlay import SuggestionOverlay


class Suggestions(SuggestionsDock):
    """The dock plus its transcript overlay, as one part of the main window."""

    def __init__(self, window):
        super().__init__(window)
        self.overlay = SuggestionOverlay(window.view, self)
        self.jumpRequested.connect(window.jump_to)
        self.message.connect(window.show_message)

    def set_session(self, session) -> None:
        super().set_session(session)
        if hasattr(self, "overlay"):  # not yet during the base class's __init__
            self.overlay.refresh()
            self.window().menus.actions["suggest"].setEnabled(session is not None)

    def document_shown(self, document_id: int | None) -> None:
        super().document_shown(document_id)
        self.overlay.refresh()

    def on_change(self, change) -> None:
        super().on_change(change)
        if change.entity in ("suggestion", "document") and (
                not change.document_ids or self.overlay.view.document_id in change.document_ids):
            self.overlay.refresh()


def install(window) -> Suggestions:
    """Create the panel (tabbed with the retrieval dock), its View toggle and Code menu entry."""
    dock = Suggestions(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.retrieval, dock)
    window.retrieval.raise_()
    window.menus.add_dock_toggle(dock)
    menu = window.menus.menus["code"]
    menu.addSeparator()
    window.menus._add(menu, "suggest", dock.run, "Ctrl+Shift+G")
    return dock
