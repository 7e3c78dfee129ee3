"""The status bar's permanent fields (project, document, coder) and the window title."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from workbench.core.events import Change
from workbench.i18n import tr
from workbench.store.errors import NotFound


class StatusLine:
    def __init__(self, window):
        self.w = window
        self.session = None
        self.project_label, self.document_label, self.coder_label = QLabel(), QLabel(), QLabel()
        for label in (self.project_label, self.document_label, self.coder_label):
            label.setContentsMargins(8, 0, 8, 0)
            window.statusBar().addPermanentWidget(label)

    def set_session(self, session) -> None:
        self.session = session
        self.update()

    def on_change(self, change: Change) -> None:
        if change.entity == "document":
            self.update()

    def retranslate(self) -> None:
        self.update()

    def update(self) -> None:
        project = self.session.project if self.session else None
        self.project_label.setText(tr("wb.status.project", name=project.path.stem) if project
                                   else tr("wb.status.no_project"))
        doc_id = self.w.view.document_id
        try:
            doc = project.document(doc_id) if project and doc_id is not None else None
        except NotFound:  # removed a moment ago; the view lets go of it too
            doc = None
        self.document_label.setText(tr("wb.status.document", name=doc.name) if doc else "")
        self.coder_label.setText(tr("wb.status.coder", name=self.w.coder or "—"))
        title = tr("wb.app.title")
        self.w.setWindowTitle(f"{project.path.stem} — {title}" if project else title)
