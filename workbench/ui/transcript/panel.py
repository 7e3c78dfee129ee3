"""The central transcript area: a title line, the view with its margin, the find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from workbench.i18n import tr
from workbench.ui.transcript.findbar import FindBar
from workbench.ui.transcript.viewer import TranscriptView


class TranscriptPanel(QWidget):
    importRequested = Signal()  # the empty project's "Import transcripts…" button

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = TranscriptView()
        self.find_bar = FindBar(self.view)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; padding: 6px 10px; color: #202124;")
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5F6368; font-size: 13pt; padding: 40px;")
        self.placeholder.setAlignment(self.placeholder.alignment().AlignCenter)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.importRequested)
        self.import_button.hide()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.placeholder)
        empty_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        page = QWidget()
        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.title)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.find_bar)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._state = "project"  # what the empty page says: open a project, import, choose
        self.retranslate()

    # ---- panel protocol (ui.panels) -----------------------------------------------------
    def set_session(self, session) -> None:
        self.show_document(session.project if session else None, None)

    def on_change(self, change) -> None:
        self.view.on_change(change)
        doc_id = self.view.document_id
        if doc_id is None:
            if change.entity == "document":  # imported into an empty project, or removed
                self.show_document(self.view.project, None)
            self.stack.setCurrentIndex(0)
        elif change.entity in ("document", "case"):
            self._set_title(self.view.project, doc_id)

    def show_document(self, project, document_id: int | None) -> None:
        self.view.show_document(project, document_id)
        if document_id is None:
            self._state = ("project" if project is None
                           else "document" if project.document_names() else "empty")
            self.stack.setCurrentIndex(0)
        else:
            self._set_title(project, document_id)
            self.stack.setCurrentIndex(1)
        self.retranslate()

    def _set_title(self, project, document_id: int) -> None:
        doc = project.document(document_id)
        case = next((c.name for c in project.cases() if c.id == doc.case_id), "")
        self.title.setText(f"{doc.name}  ·  {case}" if case else doc.name)

    def retranslate(self) -> None:
        self.placeholder.setText(tr(f"wb.placeholder.{self._state}"))
        self.import_button.setText(tr("wb.placeholder.import"))
        self.import_button.setVisible(self._state == "empty")
        self.find_bar.retranslate()
