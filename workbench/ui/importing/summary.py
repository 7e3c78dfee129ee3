"""What happened to each file of a batch import: imported, skipped or refused, and why."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.i18n import tr
from workbench.ui.buttons import CLOSE, button_box

STATUS_COLOURS = {"imported": "#2E7D32", "skipped": "#8D6E00", "refused": "#B71C1C"}


class ImportSummaryDialog(QDialog):
    def __init__(self, outcomes, parent=None, cancelled: bool = False):
        super().__init__(parent)
        self.setObjectName("import.summary")
        self.outcomes = list(outcomes)
        self.setWindowTitle(tr("import.summary_title"))
        self.resize(780, 420)
        counts = {s: sum(1 for o in self.outcomes if o.status == s) for s in STATUS_COLOURS}
        text = tr("import.summary_counts", imported=counts["imported"], skipped=counts["skipped"],
                  refused=counts["refused"])
        if cancelled:
            text += " " + tr("import.summary_cancelled")
        self.heading = QLabel(text)
        self.heading.setObjectName("import.summary_heading")
        self.heading.setWordWrap(True)

        self.table = QTableWidget(len(self.outcomes), 3)
        self.table.setObjectName("import.summary_table")
        self.table.setHorizontalHeaderLabels([tr("import.file"), tr("import.status"), tr("import.details")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, outcome in enumerate(self.outcomes):
            self.table.setItem(row, 0, QTableWidgetItem(outcome.path.name))
            status = QTableWidgetItem(tr(f"import.status.{outcome.status}"))
            status.setForeground(QColor(STATUS_COLOURS.get(outcome.status, "#000000")))
            if any(w.key == "plan.no_speakers" for w in getattr(outcome, "warnings", ())):
                status.setText(tr("import.summary_no_speakers"))  # imported as one unnamed text
                status.setForeground(QColor(STATUS_COLOURS["skipped"]))
            font = status.font()
            font.setBold(True)
            status.setFont(font)
            self.table.setItem(row, 1, status)
            details = QTableWidgetItem(self.details(outcome))
            details.setToolTip(self.details(outcome))
            self.table.setItem(row, 2, details)
        self.table.resizeRowsToContents()

        buttons = button_box(CLOSE)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @staticmethod
    def details(outcome) -> str:
        if outcome.status == "imported":
            return tr("import.detail_imported", name=outcome.document, words=outcome.words)
        if outcome.status == "skipped":
            return tr("import.detail_skipped", name=outcome.document)
        return outcome.localized_reason()

    def row_texts(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]

