"""What a .qdpx import made and what it left out, shown before the new project opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from workbench.i18n import group_digits, tr
from workbench.ui.buttons import OK, button_box


class QdpxReportDialog(QDialog):
    COLUMNS = ("item", "name", "count", "reason")

    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setObjectName("qdpx.report")
        self.report = report
        self.setWindowTitle(tr("qdpx.report.title"))
        self.resize(820, 460)
        self.heading = QLabel(tr("qdpx.report.heading", file=report.source.name,
                                 origin=report.origin or "?", project=report.project.name))
        self.heading.setObjectName("qdpx.report.heading")
        self.heading.setWordWrap(True)
        self.counts = QLabel(" · ".join(f"{tr('qdpx.count.' + k)}: {group_digits(v)}"
                                        for k, v in report.counts.items()))
        self.counts.setObjectName("qdpx.report.counts")
        self.counts.setWordWrap(True)
        rows = [(tr(f"qdpx.item.{s.item}"), s.name, s.count, s.text()) for s in report.skipped]
        rows += [(tr("qdpx.item.warning"), w.name, w.count, w.text()) for w in report.warnings]
        self.table = QTableWidget(len(rows), len(self.COLUMNS))
        self.table.setObjectName("qdpx.report.table")
        self.table.setHorizontalHeaderLabels([tr(f"qdpx.report.col.{c}") for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(group_digits(value) if isinstance(value, int) else str(value))
                item.setToolTip(str(value))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.nothing = QLabel(tr("qdpx.report.nothing_skipped"))
        self.nothing.setObjectName("qdpx.report.nothing")
        buttons = button_box(OK, ok_text=tr("qdpx.report.open"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        if rows:
            layout.addWidget(QLabel(tr("qdpx.report.skipped")))
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
            layout.addWidget(self.nothing)
            layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.button(OK).setDefault(True)
        buttons.button(OK).setFocus()

    def row_texts(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]
