"""A multi-line memo field: Enter starts a new line; leaving the field or Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit

LINES = 4


class MemoField(QPlainTextEdit):
    editingFinished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(LINES * line + 2 * int(self.document().documentMargin()) + 2 * self.frameWidth())

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

    @staticmethod
    def _is_save(event) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def event(self, event) -> bool:
        # Ctrl+Enter is also "code the selection" in the window: here it saves the memo.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_save(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self._is_save(event):
            self.editingFinished.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
