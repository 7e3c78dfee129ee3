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
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setWidget(self.tree)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
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
        self.tree.clear()
        if self.session is None:
            return
        project = self.session.project
        cases = {c.id: c.name for c in project.cases()}
        counts = project.codings_per_document()
        for doc in project.documents():
            item = QTreeWidgetItem([doc.name, cases.get(doc.case_id, ""), group_digits(doc.word_count),
                                    str(counts.get(doc.id, 0))])
            item.setData(0, Qt.ItemDataRole.UserRole, doc.id)
            for col in (2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if doc.id == current:
                self.tree.setCurrentItem(item)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def mark_current(self, document_id: int | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == document_id:
                self.tree.setCurrentItem(item)
                return

    def _activate(self, item: QTreeWidgetItem, *_) -> None:
        self.documentActivated.emit(item.data(0, Qt.ItemDataRole.UserRole))

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
