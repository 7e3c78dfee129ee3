"""Preview one transcript before importing it: who speaks (and in which role), whose
interview it is, its language, and the first lines of the clean text.

The choices fill in the engine's import plan (importers.batch.plan_document), which also
decides duplicates and names; importing stores that plan, one undoable edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from workbench.core.kinds import LANGUAGES
from workbench.core.offsets import count_words
from workbench.i18n import tr
from workbench.importers.batch import ImportOutcome, participant_from_file, plan_document, store_plan
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.importing.roles_table import RolesTable

PREVIEW_LINES = 40

__all__ = ["ImportPreviewDialog", "participant_from_file"]


class ImportPreviewDialog(QDialog):
    def __init__(self, session, path, document, parent=None):
        super().__init__(parent)
        self.setObjectName("import.preview")
        self.session = session
        self.path = Path(path)
        self.doc = document
        self.document_id: int | None = None
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(tr("import.preview_title", file=self.path.name))
        self.resize(760, 720)
        self.plan = plan_document(session.project, self.path, document, case_mode="file")

        words = count_words(document.text)
        fmt = document.metadata.get("format", self.path.suffix.lstrip(".")).upper()
        info = QLabel(tr("import.preview_info", file=self.path.name, format=fmt, words=words,
                         turns=len(document.turns)))
        info.setObjectName("import.info")
        info.setWordWrap(True)

        form = QFormLayout()
        self.case_edit = QLineEdit(participant_from_file(self.path.stem))
        self.case_edit.setObjectName("import.case")
        self.case_edit.setPlaceholderText(tr("import.case_none"))
        completer = QCompleter([c.name for c in session.project.cases()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.case_edit.setCompleter(completer)
        form.addRow(tr("import.case"), self.case_edit)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("import.language")
        for lang in LANGUAGES:
            self.language_combo.addItem(tr(f"import.lang.{lang}"), lang)
        guessed = self.plan.language if not isinstance(self.plan, ImportOutcome) else session.project.language
        self.language_combo.setCurrentIndex(LANGUAGES.index(guessed))
        form.addRow(tr("import.language"), self.language_combo)

        speakers = self.plan.speakers() if not isinstance(self.plan, ImportOutcome) else []
        self.speakers = RolesTable(speakers)
        self.speakers.fit_height()
        self.role_combos = self.speakers.role_combos
        no_speakers = QLabel(tr("import.no_speakers"))
        no_speakers.setWordWrap(True)

        self.preview = QPlainTextEdit("\n".join(document.text.splitlines()[:PREVIEW_LINES]))
        self.preview.setObjectName("import.text")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))

        self.error_label = QLabel()
        self.error_label.setObjectName("import.error")
        self.error_label.setStyleSheet("color: #B71C1C;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = button_box(OK, CANCEL)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("import.do_import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(QLabel(f"<b>{tr('import.speakers')}</b>"))
        layout.addWidget(self.speakers if self.role_combos else no_speakers)
        layout.addWidget(QLabel(f"<b>{tr('import.first_lines', n=PREVIEW_LINES)}</b>"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # ---- choices ------------------------------------------------------------------
    def roles(self) -> dict[str, str]:
        return self.speakers.roles()

    def set_role(self, speaker: str, role: str) -> None:
        self.speakers.set_role(speaker, role)

    def language(self) -> str:
        return self.language_combo.currentData()

    def case_name(self) -> str | None:
        return self.case_edit.text().strip() or None

    # ---- importing ----------------------------------------------------------------
    def import_document(self) -> int | None:
        # planned again: the project may have changed while the dialog was open
        plan = plan_document(self.session.project, self.path, self.doc, case=self.case_name(),
                             case_mode="none", language=self.language())
        if isinstance(plan, ImportOutcome):
            return self._error(plan.localized_reason())
        plan.roles.update(self.roles())
        self.outcome = store_plan(self.session.project, plan)
        if self.outcome.status != "imported":
            return self._error(self.outcome.localized_reason())
        self.session.record(self.outcome.inverse)
        self.document_id = self.session.project.document_by_name(plan.name).id
        return self.document_id

    def _error(self, text: str) -> None:
        self.error_label.setText(tr("import.not_imported", reason=text))
        self.error_label.show()
        return None

    def accept(self) -> None:
        if self.import_document() is not None:
            super().accept()
