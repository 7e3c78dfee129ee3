"""Find in document (Ctrl+F): a slim bar under the transcript."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from workbench.i18n import tr


class FindBar(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.prev_button = QToolButton()
        self.next_button = QToolButton()
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.status = QLabel()
        self.status.setStyleSheet("color: #B3261E;")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        self.label = QLabel()
        for w in (self.label, self.edit, self.prev_button, self.next_button, self.status):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.textChanged.connect(lambda _: self.find_next(from_start=True))
        self.next_button.clicked.connect(lambda: self.find_next())
        self.prev_button.clicked.connect(lambda: self.find_next(backward=True))
        self.close_button.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(tr("wb.find.label"))
        self.edit.setPlaceholderText(tr("wb.find.placeholder"))
        self.prev_button.setText(tr("wb.find.prev"))
        self.next_button.setText(tr("wb.find.next"))
        self.close_button.setToolTip(tr("wb.find.close"))

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.view.setFocus()
            return
        super().keyPressEvent(event)

    def find_next(self, backward: bool = False, from_start: bool = False) -> bool:
        needle = self.edit.text()
        self.status.clear()
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.view.setTextCursor(cursor)
        if self.view.find(needle, flags):
            return True
        cursor = self.view.textCursor()  # wrap around
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.view.setTextCursor(cursor)
        if self.view.find(needle, flags):
            return True
        self.status.setText(tr("wb.find.none"))
        return False
