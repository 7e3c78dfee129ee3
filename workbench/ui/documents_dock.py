"""Documents dock: each interview with its participant, words and number of codings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTreeWidget, QTreeWidgetItem

from workbench.core.events import Change
from workbench.i18n import group_digits, tr
from workbench.ui.document_actions import DocumentActions


class DocumentsDock(QDockWidget):
    documentActivated = Signal(int)
    message = Signal(str)  # for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documents")
        self.session = None
        self._pending = False
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(4)
        self._names: list[str] = []  # columns are fitted again when these change
        self._shown: int | None = None  # the document the window shows
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # the user may resize
        self.setWidget(self.tree)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        # Arrow keys open the document they move to (selection changes from code are blocked).
        self.tree.currentItemChanged.connect(lambda item, _: item is not None and self._activate(item))
        self.actions = DocumentActions(self)
        self.context_menu = self.actions.menu(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.currentItemChanged.connect(lambda *_: self.actions.update_enabled())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("wb.dock.documents"))
        self.tree.setHeaderLabels([tr("wb.docs.name"), tr("wb.docs.case"), tr("wb.docs.words"),
                                   tr("wb.docs.codings")])
        self.actions.retranslate()

    def set_session(self, session) -> None:
        self.session = session
        self.refresh()
        self.actions.update_enabled()

    def on_change(self, change: Change) -> None:
        # counts can wait a moment: coalesce bursts and keep coding itself fast
        if change.entity in ("document", "coding", "case") and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        try:
            if self.session is not None:
                self._fill(current)
        finally:
            self.tree.blockSignals(False)
        self.actions.update_enabled()

    def _fill(self, current: int | None) -> None:
        project = self.session.project
        cases = {c.id: c.name for c in project.cases()}
        counts = project.codings_per_document()
        documents = project.documents()
        for doc in documents:
            item = QTreeWidgetItem([doc.name, cases.get(doc.case_id, ""), group_digits(doc.word_count),
                                    str(counts.get(doc.id, 0))])
            item.setData(0, Qt.ItemDataRole.UserRole, doc.id)
            for col in (2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if doc.id == current:
                self.tree.setCurrentItem(item)
        names = [d.name for d in documents]
        if names != self._names:  # new or renamed documents: fit the columns to them
            self._names = names
            for col in range(self.tree.columnCount()):
                self.tree.resizeColumnToContents(col)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def mark_current(self, document_id: int | None) -> None:
        self._shown = document_id
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == document_id:
                self.tree.setCurrentItem(item)
                break
        self.tree.blockSignals(False)
        self.actions.update_enabled()

    def _activate(self, item: QTreeWidgetItem, *_) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        if doc_id != self._shown:
            self._shown = doc_id
            self.documentActivated.emit(doc_id)

    def activate_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activate(item)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.actions.update_enabled()
        self.context_menu.popup(self.tree.viewport().mapToGlobal(pos))
