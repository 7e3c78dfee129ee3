"""A table of speakers with their number of turns and a role to choose: used by the
one-file preview and the role editor of the multi-file preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from workbench.core.kinds import ROLES
from workbench.i18n import tr


class RolesTable(QTableWidget):
    def __init__(self, speakers: list[tuple[str, int, str]], parent=None):
        super().__init__(len(speakers), 3, parent)
        self.setObjectName("import.speakers")
        self.setHorizontalHeaderLabels([tr("import.speaker"), tr("import.turns"), tr("import.role")])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.role_combos: dict[str, QComboBox] = {}
        for row, (speaker, turns, role) in enumerate(speakers):
            self.setItem(row, 0, _readonly(speaker))
            count = _readonly(str(turns))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 1, count)
            combo = QComboBox()
            for value in ROLES:
                combo.addItem(tr(f"import.role.{value}"), value)
            combo.setCurrentIndex(ROLES.index(role) if role in ROLES else 1)
            self.setCellWidget(row, 2, combo)
            self.role_combos[speaker] = combo
        self.resizeRowsToContents()

    def roles(self) -> dict[str, str]:
        return {speaker: combo.currentData() for speaker, combo in self.role_combos.items()}

    def set_role(self, speaker: str, role: str) -> None:
        combo = self.role_combos[speaker]
        combo.setCurrentIndex(combo.findData(role))

    def fit_height(self, limit: int = 200) -> None:
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMaximumHeight(min(limit, rows + self.horizontalHeader().height() + 6))


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
