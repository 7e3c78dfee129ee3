"""Speakers of one document after import: rename a speaker, change a role, merge two names
that are one person ("Interviewer1" and "Interviewer 1"). OK applies everything as one
compound edit (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.core.commands import Compound, RenameSpeaker, SetSpeakerRole
from workbench.core.kinds import ROLES
from workbench.i18n import tr
from workbench.ui.buttons import CANCEL, OK, button_box


def speaker_rows(project, document_id: int) -> list[tuple[str, int, str]]:
    """(speaker, turns, most frequent role) in order of first appearance."""
    counts: dict[str, dict[str, int]] = {}
    for turn in project.turns(document_id):
        if turn.speaker:
            roles = counts.setdefault(turn.speaker, {})
            roles[turn.role] = roles.get(turn.role, 0) + 1
    return [(name, sum(r.values()), max(r, key=r.get)) for name, r in counts.items()]


def other_document_rows(project, document_id: int, rows: list[tuple[str, str, str, str]]) -> dict:
    """The same edits for every other document with one of these speakers: document id →
    rows in that document's terms (its own role for a speaker whose role was not changed)."""
    out = {}
    for doc in project.documents():
        if doc.id == document_id:
            continue
        theirs = {name: role for name, _turns, role in speaker_rows(project, doc.id)}
        leaving = {old for old, new, _, _ in rows if new and new != old}
        # A new name someone else already has there would merge two people: that rename
        # is left to be made in that interview itself.
        mine = [(old, new, theirs[old], role if role != old_role else theirs[old])
                for old, new, old_role, role in rows
                if old in theirs and not (new != old and new in theirs and new not in leaving)]
        if any(new != old or role != old_role for old, new, old_role, role in mine):
            out[doc.id] = mine
    return out


def plan_edits(document_id: int, rows: list[tuple[str, str, str, str]]) -> list:
    """Commands for (old name, new name, old role, new role) rows: renames first (a name that
    another row gives up is renamed before it is taken), then roles by final name."""
    renames = [(old, new) for old, new, _, _ in rows if new and new != old]
    ordered: list[tuple[str, str]] = []
    while renames:
        # a rename is safe once no other pending rename still starts from its target
        sources = {old for old, _ in renames}
        ready = [(old, new) for old, new in renames if new not in sources]
        if not ready:
            raise ValueError("cycle")
        ordered += ready
        renames = [r for r in renames if r not in ready]
    commands: list = [RenameSpeaker(document_id, old, new) for old, new in ordered]
    roles: dict[str, str] = {}
    changed: set[str] = set()
    for old, new, old_role, role in rows:
        final = new or old
        roles.setdefault(final, role)
        if role != old_role or final != old:
            changed.add(final)
    commands += [SetSpeakerRole(document_id, name, roles[name]) for name in sorted(changed)]
    return commands


class SpeakersDialog(QDialog):
    def __init__(self, session, document_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("speakers")
        self.session, self.document_id = session, document_id
        doc = session.project.document(document_id)
        self.setWindowTitle(tr("speakers.title", name=doc.name))
        self.resize(560, 320)
        intro = QLabel(tr("speakers.intro"))
        intro.setWordWrap(True)
        self.rows = speaker_rows(session.project, document_id)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("speakers.table")
        self.table.setHorizontalHeaderLabels([tr("speakers.name"), tr("speakers.turns"), tr("speakers.role")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.role_combos: list[QComboBox] = []
        for row, (name, turns, role) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            count = QTableWidgetItem(str(turns))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count)
            combo = QComboBox()
            for value in ROLES:
                combo.addItem(tr(f"import.role.{value}"), value)
            combo.setCurrentIndex(combo.findData(role))
            self.table.setCellWidget(row, 2, combo)
            self.role_combos.append(combo)
        self.merge_button = QPushButton(tr("speakers.merge"))
        self.merge_button.setObjectName("speakers.merge")
        self.merge_button.setToolTip(tr("speakers.merge_tip"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.itemSelectionChanged.connect(self._update)
        self.error = QLabel()
        self.error.setObjectName("speakers.error")
        self.error.setStyleSheet("color: #B71C1C;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = button_box(OK, CANCEL)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.all_documents = QCheckBox(tr("speakers.all_documents"))
        self.all_documents.setObjectName("speakers.all_documents")
        self.all_documents.setToolTip(tr("speakers.all_documents_tip"))
        tools = QHBoxLayout()
        tools.addWidget(self.merge_button)
        tools.addStretch(1)
        tools.addWidget(self.all_documents)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.merge_button.setEnabled(len(self._selected_rows()) >= 2)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    # ---- editing ------------------------------------------------------------------
    def set_name(self, row: int, name: str) -> None:
        self.table.item(row, 0).setText(name)

    def set_role(self, row: int, role: str) -> None:
        self.role_combos[row].setCurrentIndex(self.role_combos[row].findData(role))

    def merge_selected(self) -> None:
        """The selected speakers become one: ask which name they share (the one with the most
        turns is offered first; another can be typed); they take that speaker's role."""
        rows = self._selected_rows()
        if len(rows) < 2:
            return
        rows.sort(key=lambda r: -self.rows[r][1])
        names = list(dict.fromkeys(self.table.item(r, 0).text() for r in rows))
        name, ok = QInputDialog.getItem(self, tr("speakers.merge"), tr("speakers.merge_prompt"),
                                        names, 0, True)
        name = " ".join(name.replace(":", " ").split())
        if not ok or not name:
            return
        source = next((r for r in rows if self.table.item(r, 0).text() == name), rows[0])
        role = self.role_combos[source].currentData()
        for row in rows:
            self.set_name(row, name)
            self.set_role(row, role)

    def edits(self) -> list[tuple[str, str, str, str]]:
        out = []
        for row, (name, _turns, role) in enumerate(self.rows):
            new = " ".join(self.table.item(row, 0).text().replace(":", " ").split())
            out.append((name, new, role, self.role_combos[row].currentData()))
        return out

    def command(self) -> Compound | None:
        project = self.session.project
        per_document = {self.document_id: self.edits()}
        if self.all_documents.isChecked():
            per_document.update(other_document_rows(project, self.document_id, self.edits()))
        try:
            commands = [c for doc_id, rows in per_document.items() for c in plan_edits(doc_id, rows)]
        except ValueError:
            self._error(tr("speakers.swap"))
            return None
        if not commands:
            return None
        if len(per_document) > 1:
            return Compound(commands, "cmd.speakers_all", n=len(per_document))
        return Compound(commands, "cmd.speakers", name=project.document(self.document_id).name)

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if any(not new for _, new, _, _ in self.edits()):
            self._error(tr("speakers.empty"))
            return
        command = self.command()
        if command is None:
            if self.error.isHidden():
                super().accept()
            return
        messages: list[str] = []
        self.session.failed.connect(messages.append)
        try:
            ok = self.session.execute(command)
        finally:
            self.session.failed.disconnect(messages.append)
        if ok:
            super().accept()
        else:
            self._error("; ".join(messages))
