"""Filtering the code tree by name: accent- and case-insensitive, parents of hits stay."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from workbench.store.search import fold


class CodeFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)  # a matching parent shows its whole branch

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filtering(self) -> bool:
        return bool(self._needle)

    def filterAcceptsRow(self, source_row, source_parent):
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in fold(str(index.data() or ""))
