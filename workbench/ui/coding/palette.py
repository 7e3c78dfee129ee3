"""Quick-code palette (Ctrl+K): type a few letters of a code path, arrows, Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from workbench.analysis.fuzzy import rank
from workbench.i18n import tr
from workbench.ui.coding.actions import code_paths


def color_icon(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


class QuickCodePalette(QDialog):
    chosen = Signal(int)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("wb.palette.title"))
        self.setModal(True)
        self.resize(460, 360)
        codes = project.codes()
        self.colors = {c.id: c.color for c in codes}
        self.candidates = code_paths(codes)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("wb.palette.placeholder"))
        self.list = QListWidget()
        self.hint = QLabel(tr("wb.palette.hint"))
        self.hint.setStyleSheet("color: #5F6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self.refilter)
        self.edit.installEventFilter(self)
        self.edit.returnPressed.connect(self.accept_current)
        self.list.itemActivated.connect(lambda _: self.accept_current())
        self.refilter("")
        self.edit.setFocus()

    def refilter(self, query: str) -> None:
        self.list.clear()
        for cid, path in rank(query, self.candidates, limit=100):
            item = QListWidgetItem(color_icon(self.colors.get(cid, "#808080")), path)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            row = self.list.currentRow()
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8,
                    Qt.Key.Key_PageDown: 8}[event.key()]
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row + step)))
            return True
        return super().eventFilter(obj, event)

    def current_code(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept_current(self) -> None:
        code_id = self.current_code()
        if code_id is None:
            return
        self.accept()
        self.chosen.emit(code_id)
