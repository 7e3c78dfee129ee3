"""Memo dialog for the project, a document or a code (SetMemo, undoable)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from workbench.core.commands import SetMemo
from workbench.i18n import tr


class MemoDialog(QDialog):
    def __init__(self, session, target: str, target_id: int, subject: str, parent=None):
        super().__init__(parent)
        self.session, self.target, self.target_id = session, target, target_id
        self.setWindowTitle(tr("wb.memo.title", subject=subject))
        self.resize(520, 360)
        memo = session.project.memo(target, target_id)
        self.original = memo.text if memo else ""
        self.editor = QPlainTextEdit(self.original)
        self.hint = QLabel(tr("wb.memo.hint"))
        self.hint.setStyleSheet("color: #5F6368;")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(self.commit)

    def commit(self) -> bool:
        text = self.editor.toPlainText().strip()
        if text == self.original.strip():
            return False
        return self.session.execute(SetMemo(self.target, self.target_id, text))


def open_memo(session, target: str, target_id: int, subject: str, parent=None) -> MemoDialog:
    """Show the memo dialog without blocking; edits are committed when OK is pressed."""
    dialog = MemoDialog(session, target, target_id, subject, parent)
    dialog.open()
    return dialog
