"""The codebook dock: a filter box over the code tree, with a context menu for every edit.

Double-click or Enter on a code activates it (`codeActivated`: show its codings); F2, a
second click on a selected name, or "Rename" edit the name in place. Codes are dragged to
re-parent or reorder them, and text selections dropped on a code are coded with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import tr
from workbench.ui.codebook.actions import CodebookActions
from workbench.ui.codebook.filter import CodeFilterProxy
from workbench.ui.codebook.model import CodeTreeModel

MESSAGE_MS = 8000
COUNT_SLACK = 2  # Qt elides a text even a fraction of a pixel too wide for its cell


class CodeTreeView(QTreeView):
    returnPressed = Signal()
    lookChanged = Signal()  # its font or style changed: what was measured with them is stale

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.lookChanged.emit()

    def keyPressEvent(self, event):
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CodebookDock(QDockWidget):
    codeActivated = Signal(int)
    selectionChanged = Signal(list)
    message = Signal(str)  # short feedback (codes added, a refused edit) also shown in the dock

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.setObjectName("codebookDock")
        self.session = None
        self.model = CodeTreeModel(session, self)
        self.proxy = CodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._saved: tuple[set[int], list[int], int | None] | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("codebook.filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)

        self.tree = CodeTreeView(body)
        self.tree.setObjectName("codebook.tree")
        self.tree.setModel(self.proxy)
        self.tree.setIconSize(QSize(30, 16))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fitted once per change of the counts (_fit_counts): ResizeToContents asked every
        # row for its size again on each of the layout passes of opening a window.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.tree, 1)

        self.status = QLabel(body)
        self.status.setObjectName("codebook.status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(window-text); padding: 2px;")
        self.status.hide()
        layout.addWidget(self.status)
        self._status_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._status_timer.timeout.connect(self.status.hide)
        self.setWidget(body)

        self.actions = CodebookActions(self)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._activate)
        self.tree.returnPressed.connect(lambda: self._activate(self.tree.currentIndex()))
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelAboutToBeReset.connect(self._save_state)
        self.model.modelReset.connect(self._restore_state)
        self.model.modelReset.connect(self._fit_counts)
        self.model.countsChanged.connect(self._fit_counts)
        self.tree.lookChanged.connect(self._fit_counts)
        self.retranslate()
        self.set_session(session)

    # ---- panel protocol (ui.panels) ---------------------------------------------------
    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.failed.disconnect(self.show_message)
        self.session = session
        if session is not None:
            session.failed.connect(self.show_message)
        self.model.set_session(session)
        self.tree.expandToDepth(0)
        self.actions.update_enabled()

    def on_change(self, change) -> None:
        self.model.on_change(change)

    # ---- public API ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(tr("codebook.title"))
        self.filter_edit.setPlaceholderText(tr("codebook.filter"))
        self.actions.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._fit_counts()

    def _fit_counts(self) -> None:
        """The count column as wide as its widest text, collapsed rows included (so expanding
        a group never clips a number): the widest text measured once, by the style as the item
        delegate would, instead of asking the model for every row on every layout pass."""
        tree = self.tree
        widest = max(self.model.count_texts(), key=QFontMetricsF(tree.font()).horizontalAdvance,
                     default="")
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        option.font = tree.font()
        option.text = widest
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = tree.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), tree)
        header = tree.header()
        header.resizeSection(1, max(size.width() + COUNT_SLACK, header.sectionSizeHint(1)))

    def selected_code_ids(self) -> list[int]:
        ids = []
        for index in self.tree.selectionModel().selectedRows(0):
            cid = self.model.code_id(self.proxy.mapToSource(index))
            if cid is not None:
                ids.append(cid)
        return ids

    def current_code_id(self) -> int | None:
        return self.model.code_id(self.proxy.mapToSource(self.tree.currentIndex()))

    def view_index(self, code_id: int, column: int = 0):
        return self.proxy.mapFromSource(self.model.index_of(code_id, column))

    def select_code(self, code_id: int, edit: bool = False) -> None:
        index = self.view_index(code_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        if edit:
            self.tree.edit(index)

    def show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self._status_timer.start()
        self.message.emit(text)

    # ---- internals ----------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.filtering():
            self.tree.expandAll()

    def _activate(self, index) -> None:
        cid = self.model.code_id(self.proxy.mapToSource(index))
        if cid is not None:
            self.codeActivated.emit(cid)

    def _selection_changed(self, *_):
        self.actions.update_enabled()
        self.selectionChanged.emit(self.selected_code_ids())

    def _context_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid() and not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(index)
        elif not index.isValid():
            self.tree.clearSelection()
        self.actions.menu(self.tree).exec(self.tree.viewport().mapToGlobal(pos))

    def _save_state(self) -> None:
        expanded = {cid for cid in self.model.code_ids() if self.tree.isExpanded(self.view_index(cid))}
        self._saved = (expanded, self.selected_code_ids(), self.current_code_id())

    def _restore_state(self) -> None:
        if self._saved is None:
            return
        expanded, selected, current = self._saved
        self._saved = None
        for cid in expanded:
            index = self.view_index(cid)
            if index.isValid():
                self.tree.setExpanded(index, True)
        selection = QItemSelection()
        for cid in selected:
            index = self.view_index(cid)
            if index.isValid():
                selection.select(index, self.view_index(cid, 1))
        model = self.tree.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None and self.view_index(current).isValid():
            model.setCurrentIndex(self.view_index(current), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()
