"""Pick the code to merge another code into: a filterable tree; the code itself and its
sub-codes are greyed out (a code cannot be merged into its own branch)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
)

from workbench.i18n import tr
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.codebook.filter import CodeFilterProxy
from workbench.ui.codebook.model import CodeTreeModel


class MergeTargetDialog(QDialog):
    def __init__(self, session, source_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("codebook.merge_dialog")
        self.source_id = source_id
        self.model = CodeTreeModel(session, self, editable=False)
        self.model.disabled_ids = set(self.model.subtree_ids(source_id))
        self.proxy = CodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        source = self.model.code(source_id)
        codings = self.model.totals(source_id)[0]
        self.setWindowTitle(tr("merge.title", name=source.name))
        self.resize(460, 520)

        intro = QLabel(tr("merge.intro", name=source.name, codings=codings))
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("merge.filter")
        self.filter_edit.setPlaceholderText(tr("codebook.filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeView()
        self.tree.setObjectName("merge.tree")
        self.tree.setModel(self.proxy)
        self.tree.setIconSize(QSize(30, 16))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        self.tree.selectionModel().selectionChanged.connect(self._update)
        self.tree.doubleClicked.connect(lambda _: self.accept() if self.target_id() else None)
        self.buttons = button_box(OK, CANCEL)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("merge.ok"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()

    def _update(self, *_):
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.target_id() is not None)

    def target_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows(0)
        if not rows:
            return None
        cid = self.model.code_id(self.proxy.mapToSource(rows[0]))
        return None if cid in self.model.disabled_ids else cid

    def select(self, code_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        self.tree.setCurrentIndex(index)
