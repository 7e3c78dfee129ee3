"""Preview one transcript before importing it: who speaks (and in which role), whose
interview it is, its language, and the first lines of the clean text.

Importing is one undoable edit: the chosen speaker roles go into the document's turns
directly, so a single Undo removes the whole import.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.core.commands import AddDocument, sha256_text
from workbench.core.kinds import LANGUAGES, ROLES
from workbench.core.offsets import count_words
from workbench.i18n import tr
from workbench.nlp.language import guess_language
from workbench.ui.buttons import CANCEL, OK, button_box

PREVIEW_LINES = 40


_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t"}


def participant_from_file(stem: str) -> str:
    """A readable default participant name: '05_jan_de_vries' → 'Jan de Vries'; a name that
    already has capitals is kept as written."""
    name = re.sub(r"^[\d\s_.\-]+", "", stem)
    name = re.sub(r"[_\-]+", " ", name).strip() or stem
    if any(ch.isupper() for ch in name):
        return name
    words = name.split()
    return " ".join(w if i and w in _PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(words))


def speaker_summary(doc) -> list[tuple[str, int, str]]:
    """(speaker, number of turns, most frequent role) in order of first appearance."""
    counts: dict[str, dict[str, int]] = {}
    for turn in doc.turns:
        if turn.speaker:
            roles = counts.setdefault(turn.speaker, {})
            roles[turn.role] = roles.get(turn.role, 0) + 1
    return [(name, sum(roles.values()), max(roles, key=roles.get)) for name, roles in counts.items()]


def unique_document_name(project, name: str) -> str:
    taken = {d.name.casefold() for d in project.documents()}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


class ImportPreviewDialog(QDialog):
    def __init__(self, session, path, document, parent=None):
        super().__init__(parent)
        self.setObjectName("import.preview")
        self.session = session
        self.path = Path(path)
        self.doc = document
        self.document_id: int | None = None
        self.setWindowTitle(tr("import.preview_title", file=self.path.name))
        self.resize(760, 720)

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
        guessed = guess_language(document.text, session.project.language)
        self.language_combo.setCurrentIndex(LANGUAGES.index(guessed))
        form.addRow(tr("import.language"), self.language_combo)

        self.speakers = QTableWidget(0, 3)
        self.speakers.setObjectName("import.speakers")
        self.speakers.setHorizontalHeaderLabels([tr("import.speaker"), tr("import.turns"), tr("import.role")])
        self.speakers.verticalHeader().hide()
        header = self.speakers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.role_combos: dict[str, QComboBox] = {}
        for row, (speaker, turns, role) in enumerate(speaker_summary(document)):
            self.speakers.insertRow(row)
            self.speakers.setItem(row, 0, _readonly(speaker))
            count = _readonly(str(turns))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.speakers.setItem(row, 1, count)
            combo = QComboBox()
            for value in ROLES:
                combo.addItem(tr(f"import.role.{value}"), value)
            combo.setCurrentIndex(ROLES.index(role) if role in ROLES else 1)
            self.speakers.setCellWidget(row, 2, combo)
            self.role_combos[speaker] = combo
        self.speakers.resizeRowsToContents()
        rows_height = sum(self.speakers.rowHeight(r) for r in range(self.speakers.rowCount()))
        self.speakers.setMaximumHeight(min(200, rows_height + header.height() + 6))
        no_speakers = QLabel(tr("import.no_speakers"))
        no_speakers.setWordWrap(True)
        no_speakers.setVisible(not self.role_combos)

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
        return {speaker: combo.currentData() for speaker, combo in self.role_combos.items()}

    def set_role(self, speaker: str, role: str) -> None:
        combo = self.role_combos[speaker]
        combo.setCurrentIndex(combo.findData(role))

    def language(self) -> str:
        return self.language_combo.currentData()

    def case_name(self) -> str | None:
        return self.case_edit.text().strip() or None

    # ---- importing ----------------------------------------------------------------
    def import_document(self) -> int | None:
        project = self.session.project
        existing = project.document_with_sha(sha256_text(self.doc.text))
        if existing:
            return self._error(tr("import.already", name=existing))
        roles = self.roles()
        turns = [{"start": t.start, "end": t.end, "speaker": t.speaker,
                  "role": roles.get(t.speaker, t.role), "time_ms": t.time_ms} for t in self.doc.turns]
        command = AddDocument(unique_document_name(project, self.doc.name or self.path.stem),
                              self.doc.text, turns, self.language(), case=self.case_name(),
                              source_file=self.doc.source_file or self.path.name,
                              metadata=self.doc.metadata)
        messages: list[str] = []

        def note(message: str) -> None:
            messages.append(message)

        self.session.failed.connect(note)
        try:
            ok = self.session.execute(command)
        finally:
            self.session.failed.disconnect(note)
        if not ok:
            return self._error("; ".join(messages))
        self.document_id = command.created_id
        return self.document_id

    def _error(self, text: str) -> None:
        self.error_label.setText(tr("import.not_imported", reason=text))
        self.error_label.show()
        return None

    def accept(self) -> None:
        if self.import_document() is not None:
            super().accept()


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
