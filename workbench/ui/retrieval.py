"""Retrieval dock: every segment of the selected code(s), filterable by participant attribute
and coder; double-click jumps to the source. Rows come from analysis.retrieval."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.retrieval import Segment, attribute_values, filter_segments, segments
from workbench.core.events import Change
from workbench.i18n import tr

COLUMNS = ("document", "participant", "attributes", "speaker", "coder", "code", "text")


class SegmentModel(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.rows: list[Segment] = []

    def set_rows(self, rows: list[Segment]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "document": row.document, "participant": row.case,
                "attributes": ", ".join(f"{k}: {v}" for k, v in row.attributes.items() if v is not None),
                "speaker": row.speaker, "coder": row.coder, "code": row.code_path,
                "text": " ".join(row.text.split()),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == "text":
            return row.text + (f"\n\n{tr('wb.inspector.memo')} {row.memo}" if row.memo else "")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(f"wb.retrieval.col.{COLUMNS[section]}")
        return None


class RetrievalDock(QDockWidget):
    jumpRequested = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("retrieval")
        self.session = None
        self._pending = False
        self.code_ids: list[int] = []
        self.all_rows: list[Segment] = []
        self.model = SegmentModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.attribute = QComboBox()
        self.value = QComboBox()
        self.coder = QComboBox()
        self.subcodes = QCheckBox()
        self.subcodes.setChecked(True)
        self.count = QLabel()
        self.filter_label = QLabel()
        self.coder_label = QLabel()
        bar = QHBoxLayout()
        for w in (self.filter_label, self.attribute, self.value, self.coder_label, self.coder,
                  self.subcodes):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.attribute.currentIndexChanged.connect(self._fill_values)
        self.value.currentIndexChanged.connect(self._apply_filter)
        self.coder.currentIndexChanged.connect(self._apply_filter)
        self.subcodes.toggled.connect(lambda _: self.refresh())
        self.table.doubleClicked.connect(self._jump)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("wb.dock.retrieval"))
        self.filter_label.setText(tr("wb.retrieval.filter"))
        self.coder_label.setText(tr("wb.retrieval.coder"))
        self.subcodes.setText(tr("wb.retrieval.subcodes"))
        for combo in (self.attribute, self.value, self.coder):
            if combo.count():
                combo.setItemText(0, tr("wb.retrieval.any"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._show_count()

    def set_session(self, session) -> None:
        self.session = session
        self.set_codes([])

    def set_codes(self, code_ids: list[int]) -> None:
        self.code_ids = list(code_ids)
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.entity in ("coding", "code", "case", "document") and self.code_ids and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        project = self.session.project if self.session else None
        self.all_rows = segments(project, self.code_ids, self.subcodes.isChecked()) if project else []
        keep = (self.attribute.currentData(), self.value.currentData(), self.coder.currentData())
        self._set_items(self.attribute, list(attribute_values(self.all_rows)), keep[0])
        self._set_items(self.coder, sorted({r.coder for r in self.all_rows if r.coder}), keep[2])
        self._fill_values(keep=keep[1])

    def _set_items(self, combo: QComboBox, values: list[str], keep) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("wb.retrieval.any"), None)
        for v in values:
            combo.addItem(v, v)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def _fill_values(self, *_, keep=None) -> None:
        name = self.attribute.currentData()
        values = attribute_values(self.all_rows).get(name, []) if name else []
        self._set_items(self.value, values, keep)
        self.value.setEnabled(bool(name))
        self._apply_filter()

    def _apply_filter(self, *_) -> None:
        rows = filter_segments(self.all_rows, self.attribute.currentData(), self.value.currentData(),
                               self.coder.currentData())
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
            for col in range(len(COLUMNS) - 1):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 180))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(tr("wb.retrieval.count", n=self.model.rowCount(), total=len(self.all_rows)))

    def _jump(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        self.jumpRequested.emit(row.document_id, row.start, row.end)

    def show_rows(self, rows: list[Segment]) -> None:
        """Show given segments (a matrix cell, a frequency row) instead of the selected codes'."""
        self.code_ids = []
        self.all_rows = list(rows)
        self._set_items(self.attribute, list(attribute_values(self.all_rows)), None)
        self._set_items(self.coder, sorted({r.coder for r in self.all_rows if r.coder}), None)
        self._fill_values()
