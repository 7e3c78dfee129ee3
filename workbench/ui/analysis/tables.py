"""Table models of the analysis views (frequencies with inline bars, heat matrix, pairs)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

from workbench.core.kinds import kind_label
from workbench.i18n import language, tr

BAR = QColor("#4F7FB0")
HEAT_LOW, HEAT_HIGH = QColor("#FFFFFF"), QColor("#3E6FA3")


def heat(value: float, top: float) -> QColor:
    """White → blue by value / top."""
    t = 0.0 if top <= 0 else max(0.0, min(1.0, value / top))
    mix = [round(a + (b - a) * t) for a, b in zip(HEAT_LOW.getRgb()[:3], HEAT_HIGH.getRgb()[:3], strict=True)]
    return QColor(*mix)


def percent(value: float) -> str:
    return f"{round(value * 100)} %"


class BarDelegate(QStyledItemDelegate):
    """Draws the share as a bar behind its number (UserRole holds the 0..1 fraction)."""

    def paint(self, painter: QPainter, option, index) -> None:
        fraction = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(fraction, float) and fraction > 0:
            r = option.rect.adjusted(3, 4, -3, -4)
            painter.save()
            painter.fillRect(QRect(r.left(), r.top(), max(1, int(r.width() * min(1.0, fraction))), r.height()),
                             BAR.lighter(150))
            painter.restore()
        super().paint(painter, option, index)


class FrequencyModel(QAbstractTableModel):
    COLUMNS = ("code", "kind", "segments", "participants", "share", "words")

    def __init__(self):
        super().__init__()
        self.rows = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"code": "    " * row.depth + row.name, "kind": kind_label(row.kind, language()),
                    "segments": row.segments, "participants": row.participants, "share": percent(row.share),
                    "words": row.words}[col]
        if role == Qt.ItemDataRole.UserRole and col == "share":
            return float(row.share)
        if role == Qt.ItemDataRole.ToolTipRole and col == "code":
            return row.path
        if role == Qt.ItemDataRole.FontRole and row.depth == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in ("code", "kind"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(f"an.col.{self.COLUMNS[section]}")
        return None


class MatrixModel(QAbstractTableModel):
    """A CodeMatrix as a heat table: rows codes, columns participants or attribute values."""

    def __init__(self):
        super().__init__()
        self.matrix = None
        self.depths: list[int] = []
        self.names: list[str] = []
        self.top = 1.0

    def set_matrix(self, matrix, names: list[str], depths: list[int]) -> None:
        self.beginResetModel()
        self.matrix, self.names, self.depths = matrix, names, depths
        # the scale follows the sub-codes: whole-kind totals would wash it out
        values = [v for row, d in zip(matrix.cells, depths, strict=True) if d > 0 for v in row]
        self.top = float(max(values, default=0) or max((v for row in matrix.cells for v in row), default=1) or 1)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.code_ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if self.matrix is None else len(self.matrix.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = self.matrix.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.matrix.group_sizes:
                return f"{value}/{self.matrix.group_sizes[index.column()]}" if value else ""
            return value or ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.matrix.group_sizes:
                size = self.matrix.group_sizes[index.column()]
                return heat(value / size if size else 0, 1.0)
            return heat(value, self.top)
        if role == Qt.ItemDataRole.ForegroundRole:
            strong = (value / self.matrix.group_sizes[index.column()] if self.matrix.group_sizes
                      else value / self.top) > 0.6
            return QColor("white") if strong else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("an.matrix.tip", code=self.matrix.paths[index.row()], column=self.matrix.columns[index.column()])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.matrix is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.matrix.columns[section]
        return "    " * self.depths[section] + self.names[section]


class PairsModel(QAbstractTableModel):
    COLUMNS = ("code_a", "code_b", "count", "jaccard")

    def __init__(self):
        super().__init__()
        self.result = None
        self.pairs: list = []

    def set_result(self, result) -> None:
        self.beginResetModel()
        self.result = result
        self.pairs = result.pairs() if result else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        i, j, count, jac = self.pairs[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"code_a": self.result.paths[i], "code_b": self.result.paths[j], "count": count,
                    "jaccard": f"{jac:.2f}"}[col]
        if role == Qt.ItemDataRole.UserRole and col == "jaccard":
            return float(jac)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(f"an.col.{self.COLUMNS[section]}")
        return None
