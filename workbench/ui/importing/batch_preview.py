"""Preview of a multi-file import: one row per file with what the engine's import plan found
(importers.batch.plan_files): document name, participant, language, speakers and roles, turn
count and warnings. Everything can be corrected before anything is imported. The participant
option is remembered; the regular-expression field only shows in the advanced option."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.core.kinds import LANGUAGES
from workbench.i18n import tr
from workbench.importers.batch import (
    CASE_MODES,
    ImportOutcome,
    PlannedImport,
    case_from_name,
    participant_from_file,
    printable,
)
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.importing.roles_table import RolesTable
from workbench.ui.settings import Settings

COLUMNS = ("file", "name", "case", "language", "speakers", "turns", "notes")
_FILE, _NAME, _CASE, _LANG, _SPEAKERS, _TURNS, _NOTES = range(len(COLUMNS))
_GREY = QColor("#80868B")
_AMBER = QColor("#8D6E00")


def saved_case_option(settings: Settings) -> tuple[str, str]:
    mode = str(settings.q.value("import/case_mode", "file"))
    return (mode if mode in CASE_MODES else "file"), str(settings.q.value("import/case_pattern", ""))


class BatchPreviewDialog(QDialog):
    def __init__(self, session, items: list[PlannedImport | ImportOutcome], parent=None,
                 settings: Settings | None = None):
        super().__init__(parent)
        self.setObjectName("import.batch_preview")
        self.session, self.items = session, list(items)
        self.settings = settings or Settings()
        self.plans = [i for i in self.items if isinstance(i, PlannedImport)]
        self.setWindowTitle(tr("bp.title", n=len(self.items)))
        self.resize(1220, 540)

        intro = QLabel(tr("bp.intro"))
        intro.setWordWrap(True)
        self.case_mode = QComboBox()
        self.case_mode.setObjectName("import.case_mode")
        for mode in CASE_MODES:
            self.case_mode.addItem(tr(f"bp.case_mode.{mode}"), mode)
        mode, pattern = saved_case_option(self.settings)
        self.pattern_edit = QLineEdit(pattern)
        self.pattern_edit.setObjectName("import.pattern")
        self.pattern_edit.setPlaceholderText(tr("bp.pattern_hint"))
        self.pattern_error = QLabel()
        self.pattern_error.setStyleSheet("color: #B71C1C;")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("import.language_all")
        self.language_combo.addItem(tr("bp.lang.auto"), "")
        for lang in LANGUAGES:
            self.language_combo.addItem(tr(f"import.lang.{lang}"), lang)
        self.form = QFormLayout()
        self.form.addRow(tr("bp.case_mode"), self.case_mode)
        self.form.addRow(tr("bp.pattern"), self.pattern_edit)
        self.form.addRow("", self.pattern_error)
        self.form.addRow(tr("bp.language"), self.language_combo)

        self.table = QTableWidget(len(self.items), len(COLUMNS))
        self.table.setObjectName("import.plan_table")
        self.table.setHorizontalHeaderLabels([tr(f"bp.col.{c}") for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.row_of: dict[int, int] = {}  # id(plan) → row
        self.language_combos: dict[int, QComboBox] = {}
        self.speaker_labels: dict[int, QLabel] = {}
        for row, item in enumerate(self.items):
            self._fill_row(row, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for col, cap in ((_FILE, 200), (_NAME, 180), (_CASE, 160), (_SPEAKERS, 280)):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 110), cap))
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._edited)

        self.counts = QLabel()
        self.counts.setObjectName("import.plan_counts")
        self.buttons = button_box(OK, CANCEL)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.buttons)

        self.case_mode.setCurrentIndex(CASE_MODES.index(mode))
        self.case_mode.currentIndexChanged.connect(self._case_option_changed)
        self.pattern_edit.textChanged.connect(self._case_option_changed)
        self.language_combo.currentIndexChanged.connect(self._language_for_all)
        self._case_option_changed()

    # ---- rows -------------------------------------------------------------------------
    def _fill_row(self, row: int, item) -> None:
        name = printable(item.path.name)
        self.table.setItem(row, _FILE, _item(name, editable=False, tip=str(item.path)))
        if isinstance(item, ImportOutcome):
            for col in (_NAME, _CASE, _LANG, _SPEAKERS, _TURNS):
                self.table.setItem(row, col, _item("", editable=False))
            note = _item(f"{tr(f'import.status.{item.status}')}: {item.localized_reason()}", editable=False)
            note.setForeground(_GREY)
            self.table.setItem(row, _NOTES, note)
            self.table.item(row, _FILE).setForeground(_GREY)
            return
        self.row_of[id(item)] = row
        self.table.setItem(row, _NAME, _item(item.name))
        self.table.setItem(row, _CASE, _item(item.case or ""))
        combo = QComboBox()
        for lang in LANGUAGES:
            combo.addItem(tr(f"import.lang.{lang}"), lang)
        combo.setCurrentIndex(LANGUAGES.index(item.language))
        combo.currentIndexChanged.connect(lambda _=0, p=item, c=combo: setattr(p, "language", c.currentData()))
        self.table.setCellWidget(row, _LANG, combo)
        self.language_combos[id(item)] = combo
        cell = QPushButton()
        cell.setObjectName("import.roles")
        cell.setFlat(True)
        cell.setStyleSheet("text-align: left; padding: 0 4px;")
        cell.clicked.connect(lambda _=False, p=item: self.edit_roles(p))
        self.table.setCellWidget(row, _SPEAKERS, cell)
        turns = _item(str(item.turn_count), editable=False)
        turns.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, _TURNS, turns)
        self.table.setItem(row, _NOTES, _item("", editable=False))
        self._show_plan(item)

    def _show_plan(self, plan: PlannedImport) -> None:
        """Speakers and warnings of one row, after any correction."""
        row = self.row_of[id(plan)]
        speakers = plan.speakers()
        text = ", ".join(f"{s} ({tr(f'import.role.{r}').lower()})" for s, _, r in speakers)
        button = self.table.cellWidget(row, _SPEAKERS)
        button.setText(text or tr("plan.no_speakers"))
        button.setToolTip(tr("bp.roles"))
        button.setEnabled(bool(speakers))
        notes = "; ".join(w.render() for w in plan.warnings())
        self.table.blockSignals(True)
        note = self.table.item(row, _NOTES)
        note.setText(notes)
        note.setToolTip(notes)
        note.setForeground(_AMBER)
        self.table.blockSignals(False)

    def _edited(self, cell: QTableWidgetItem) -> None:
        plan = next((p for p in self.plans if self.row_of[id(p)] == cell.row()), None)
        if plan is None:
            return
        text = " ".join(cell.text().split())
        if cell.column() == _NAME and text:
            plan.name = text
        elif cell.column() == _CASE:
            plan.case = text or None
        self._show_plan(plan)

    def edit_roles(self, plan: PlannedImport) -> RolesDialog:
        dialog = RolesDialog(plan, self)
        dialog.accepted.connect(lambda: self._show_plan(plan))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.roles_dialog = dialog
        return dialog

    # ---- options for all rows ----------------------------------------------------------
    def _case_option_changed(self, *_) -> None:
        mode = self.case_mode.currentData()
        advanced = mode == "pattern"
        self.form.setRowVisible(self.pattern_edit, advanced)
        self.form.setRowVisible(self.pattern_error, advanced)
        pattern = self.pattern_edit.text().strip()
        error = ""
        if advanced and pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                error = tr("bp.bad_pattern", reason=exc)
        self.pattern_error.setText(error)
        if not error:
            for plan in self.plans:
                stem = printable(plan.path.stem)
                plan.case = (participant_from_file(stem) if mode == "file"
                             else case_from_name(stem, pattern) if advanced else None)
                self.table.blockSignals(True)
                self.table.item(self.row_of[id(plan)], _CASE).setText(plan.case or "")
                self.table.blockSignals(False)
                self._show_plan(plan)
        self._update_counts(ok=not error)

    def _language_for_all(self, *_) -> None:
        lang = self.language_combo.currentData()
        if lang:
            for plan in self.plans:
                self.language_combos[id(plan)].setCurrentIndex(LANGUAGES.index(lang))

    def _update_counts(self, ok: bool = True) -> None:
        counts = {s: sum(1 for i in self.items if isinstance(i, ImportOutcome) and i.status == s)
                  for s in ("skipped", "refused")}
        self.counts.setText(tr("bp.counts", ready=len(self.plans), **counts))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setText(tr("bp.do_import", n=len(self.plans)))
        button.setEnabled(ok and bool(self.plans))

    def accept(self) -> None:
        self.settings.q.setValue("import/case_mode", self.case_mode.currentData())
        self.settings.q.setValue("import/case_pattern", self.pattern_edit.text().strip())
        super().accept()


class RolesDialog(QDialog):
    """Roles of the speakers of one planned file."""

    def __init__(self, plan: PlannedImport, parent=None):
        super().__init__(parent)
        self.setObjectName("import.roles_dialog")
        self.plan = plan
        self.setWindowTitle(tr("bp.roles_title", file=printable(plan.path.name)))
        self.resize(460, 300)
        self.table = RolesTable(plan.speakers())
        buttons = button_box(OK, CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.plan.roles.update(self.table.roles())
        super().accept()


def _item(text: str, editable: bool = True, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    return item
