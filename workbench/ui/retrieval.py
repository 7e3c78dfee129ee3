"""Retrieval dock: every segment of the selected code(s), filterable by participant, attribute
and coder, sortable by any column; double-click jumps to the source, Ctrl+C copies quotes with
their source, Export writes .csv or .xlsx. Rows come from analysis.retrieval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.retrieval import (
    Segment,
    attribute_values,
    citation,
    filter_segments,
    participants,
    segments,
)
from workbench.core.events import Change
from workbench.export.segments import ExportError, write_segments
from workbench.i18n import tr
from workbench.ui.dock_body import compact, fill_filter, set_scrolling_body

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
    codingChosen = Signal(int)  # after a jump: the coding, for the inspector
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("retrieval")
        self.session = None
        self._pending = False
        self.code_ids: list[int] = []
        self.all_rows: list[Segment] = []
        self.model = SegmentModel()
        self.proxy = QSortFilterProxyModel(self)  # click a column header to sort by it
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order until asked
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.attribute = QComboBox()
        self.value = QComboBox()
        self.coder = QComboBox()
        self.case = QComboBox()
        self.case_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export())
        self.copy_action = QAction(self.table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.export_action = QAction(self.table)
        self.export_action.triggered.connect(lambda: self.export())
        self.table.addActions([self.copy_action, self.export_action])
        self.subcodes = QCheckBox()
        self.subcodes.setChecked(True)
        self.count = QLabel()
        self.filter_label = QLabel()
        self.coder_label = QLabel()
        # Filters on one line, what to do with the rows on the next: the dock shares the
        # bottom row with Search and Analysis, so one long line would not fit a laptop.
        bar = QHBoxLayout()
        for w in (self.case_label, self.case, self.filter_label, self.attribute, self.value,
                  self.coder_label, self.coder):
            bar.addWidget(w)
        bar.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.subcodes)
        actions.addStretch(1)
        actions.addWidget(self.count)
        actions.addWidget(self.export_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        for combo in (self.attribute, self.value, self.coder, self.case):
            compact(combo)
        set_scrolling_body(self, body)
        self.attribute.currentIndexChanged.connect(self._fill_values)
        self.value.currentIndexChanged.connect(self._apply_filter)
        self.coder.currentIndexChanged.connect(self._apply_filter)
        self.case.currentIndexChanged.connect(self._apply_filter)
        self.subcodes.toggled.connect(lambda _: self.refresh())
        self.table.doubleClicked.connect(self._jump)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("wb.dock.retrieval"))
        self.filter_label.setText(tr("wb.retrieval.filter"))
        self.coder_label.setText(tr("wb.retrieval.coder"))
        self.subcodes.setText(tr("wb.retrieval.subcodes"))
        self.case_label.setText(tr("wb.retrieval.participant"))
        self.export_button.setText(tr("wb.retrieval.export"))
        self.export_button.setToolTip(tr("wb.retrieval.export_tip"))
        self.copy_action.setText(tr("wb.retrieval.copy"))
        self.export_action.setText(tr("wb.retrieval.export"))
        for combo in (self.attribute, self.value, self.coder, self.case):
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
        self._set_items(self.case, participants(self.all_rows), self.case.currentData())
        self._fill_values(keep=keep[1])

    def _set_items(self, combo: QComboBox, values: list[str], keep) -> None:
        fill_filter(combo, tr("wb.retrieval.any"), values, keep)

    def _fill_values(self, *_, keep=None) -> None:
        name = self.attribute.currentData()
        values = attribute_values(self.all_rows).get(name, []) if name else []
        self._set_items(self.value, values, keep)
        self.value.setEnabled(bool(name))
        self._apply_filter()

    def _apply_filter(self, *_) -> None:
        rows = filter_segments(self.all_rows, self.attribute.currentData(), self.value.currentData(),
                               self.coder.currentData(), self.case.currentData())
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
            for col in range(len(COLUMNS) - 1):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 180))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(tr("wb.retrieval.count", n=self.model.rowCount(), total=len(self.all_rows)))

    def _jump(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.jumpRequested.emit(row.document_id, row.start, row.end)
        self.codingChosen.emit(row.coding_id)

    def shown_rows(self) -> list[Segment]:
        """The rows as the table shows them (filtered and sorted)."""
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
                for i in range(self.proxy.rowCount())]

    def selected_rows(self) -> list[Segment]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.rows[self.proxy.mapToSource(i).row()] for i in rows]

    def copy_selection(self) -> None:
        """Ctrl+C: the selected segments as quotes with their source, one per paragraph."""
        rows = self.selected_rows()
        if rows:
            QGuiApplication.clipboard().setText("\n\n".join(citation(r) for r in rows))

    def export(self, path: str | None = None) -> bool:
        """Write the shown segments to .csv or .xlsx (asks where when no path is given)."""
        rows = self.shown_rows()
        if not rows:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("wb.retrieval.export_title"),
                                                  tr("wb.retrieval.export_name"),
                                                  tr("wb.retrieval.export_filter"))
            if not path:
                return False
            if not Path(path).suffix:
                path += ".xlsx"
        try:
            write_segments(rows, path)
        except ExportError as exc:
            QMessageBox.warning(self, tr("wb.retrieval.export_title"), str(exc))
            return False
        self.message.emit(tr("wb.retrieval.exported", n=len(rows), file=Path(path).name))
        return True

    def show_rows(self, rows: list[Segment]) -> None:
        """Show given segments (a matrix cell, a frequency row) instead of the selected codes'."""
        self.code_ids = []
        self.all_rows = list(rows)
        self._set_items(self.attribute, list(attribute_values(self.all_rows)), None)
        self._set_items(self.coder, sorted({r.coder for r in self.all_rows if r.coder}), None)
        self._set_items(self.case, participants(self.all_rows), None)
        self._fill_values()
