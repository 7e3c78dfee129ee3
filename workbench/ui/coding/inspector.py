"""Coding inspector dock: the codings at the cursor and the details of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.events import Change
from workbench.i18n import tr
from workbench.ui.coding.actions import code_paths
from workbench.ui.coding.memo_field import MemoField
from workbench.ui.coding.palette import color_icon


class CodingInspector(QDockWidget):
    codingSelected = Signal(object)  # coding id or None

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.controller = controller
        self.session = None
        self.document_id: int | None = None
        self.offset = 0
        self.extra_id: int | None = None  # a coding chosen elsewhere (margin), not at the cursor
        self.coding = None
        body = QWidget()
        self.list = QListWidget()
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #5F6368;")
        self.empty.setWordWrap(True)
        self.chip = QLabel()
        self.path = QLabel()
        self.path.setWordWrap(True)
        self.coder = QLabel()
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("color: #3C4043; font-style: italic;")
        self.memo = MemoField()
        self.inferred = QCheckBox()
        self.start = QSpinBox()
        self.end = QSpinBox()
        self.reassign = QComboBox()
        self.remove_button = QPushButton()
        code_row = QHBoxLayout()
        code_row.addWidget(self.chip)
        code_row.addWidget(self.path, 1)
        bounds = QHBoxLayout()
        bounds.addWidget(self.start)
        bounds.addWidget(QLabel("–"))
        bounds.addWidget(self.end)
        bounds.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (code_row, self.coder, self.memo, self.inferred, bounds,
                                              self.reassign), strict=True):
            self.form.addRow(label, field)
        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.quote)
        details_layout.addLayout(self.form)
        details_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(body)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setWidget(body)
        self.list.currentItemChanged.connect(self._on_current)
        self.memo.editingFinished.connect(self._commit_memo)
        self.inferred.clicked.connect(lambda on: self._commit(inferred=bool(on)))
        self.start.editingFinished.connect(self._commit_bounds)
        self.end.editingFinished.connect(self._commit_bounds)
        self.reassign.activated.connect(self._commit_reassign)
        self.remove_button.clicked.connect(self._remove)
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("wb.dock.inspector"))
        for label, key in zip(self.labels, ("code", "coder", "memo", "inferred", "bounds", "reassign"),
                              strict=True):
            label.setText(tr(f"wb.inspector.{key}"))
        self.inferred.setText(tr("wb.inspector.inferred_hint"))
        self.memo.setPlaceholderText(tr("wb.inspector.memo_hint"))
        self.remove_button.setText(tr("wb.inspector.remove"))
        self.empty.setText(tr("wb.inspector.empty"))

    def set_session(self, session) -> None:
        self.session = session
        self.document_id, self.extra_id = None, None
        self._fill()

    # ---- what to show --------------------------------------------------------------------
    def show_at(self, document_id: int, offset: int) -> None:
        self.document_id, self.offset, self.extra_id = document_id, offset, None
        self._fill()

    def select_coding(self, coding_id: int) -> None:
        if self.current_id() == coding_id:
            return
        self.extra_id = coding_id
        self._fill(keep=coding_id)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def on_change(self, change: Change) -> None:
        if change.entity in ("coding", "code"):
            keep = self.current_id()
            if keep is not None:  # stays shown even when an edit moved it off the cursor
                self.extra_id = keep
            self._fill(keep=keep)

    def _fill(self, keep: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        codings = []
        if self.session and self.document_id is not None:
            project = self.session.project
            codings = project.codings_at(self.document_id, self.offset)
            if self.extra_id is not None and all(c.id != self.extra_id for c in codings):
                extra = project.coding(self.extra_id)
                if extra is not None:
                    codings.append(extra)
            codes = project.codes() if codings else []  # the cursor is mostly on uncoded text
            colors = {c.id: c.color for c in codes}
            paths = dict(code_paths(codes))
            for c in codings:
                text = paths.get(c.code_id, "?") + (f"  ·  {c.coder}" if c.coder else "")
                item = QListWidgetItem(color_icon(colors.get(c.code_id, "#808080")), text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.list.addItem(item)
                if c.id == keep:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        rows = max(1, min(5, self.list.count()))
        self.list.setFixedHeight(rows * max(18, self.list.sizeHintForRow(0)) + 2 * self.list.frameWidth() + 2)
        self.list.setVisible(bool(codings))
        self.empty.setVisible(not codings)
        self._on_current()

    def _on_current(self, *_) -> None:
        cid = self.current_id()
        project = self.session.project if self.session else None
        self.coding = project.coding(cid) if project and cid is not None else None
        self.details.setVisible(self.coding is not None)
        self.codingSelected.emit(cid)
        if self.coding is None:
            return
        c = self.coding
        codes = project.codes()
        color = next((k.color for k in codes if k.id == c.code_id), "#808080")
        self.chip.setPixmap(color_icon(color, 14).pixmap(14, 14))
        self.path.setText(project.code_path(c.code_id))
        self.coder.setText(c.coder or "—")
        text = project.document(c.document_id).text
        quote = " ".join(text[c.start:c.end].split())
        self.quote.setText("“" + (quote if len(quote) < 240 else quote[:240] + "…") + "”")
        for w in (self.memo, self.inferred, self.start, self.end, self.reassign):
            w.blockSignals(True)
        self.memo.setText(c.memo)
        self.inferred.setChecked(c.inferred)
        for spin in (self.start, self.end):
            spin.setRange(0, len(text))
        self.start.setValue(c.start)
        self.end.setValue(c.end)
        self.reassign.clear()
        for code_id, path in code_paths(codes):
            self.reassign.addItem(color_icon(next(k.color for k in codes if k.id == code_id)), path, code_id)
        self.reassign.setCurrentIndex(self.reassign.findData(c.code_id))
        for w in (self.memo, self.inferred, self.start, self.end, self.reassign):
            w.blockSignals(False)

    # ---- edits -----------------------------------------------------------------------------
    def _commit(self, **fields) -> None:
        if self.coding is not None and not self.controller.change(self.coding.id, **fields):
            self._on_current()  # refused: show the stored values again

    def _commit_memo(self) -> None:
        if self.coding is not None and self.memo.text() != self.coding.memo:
            self._commit(memo=self.memo.text())

    def _commit_bounds(self) -> None:
        c = self.coding
        if c is not None and (self.start.value(), self.end.value()) != (c.start, c.end):
            self._commit(start=self.start.value(), end=self.end.value())

    def _commit_reassign(self, index: int) -> None:
        code_id = self.reassign.itemData(index)
        if self.coding is not None and code_id != self.coding.code_id:
            self._commit(code_id=code_id)

    def _remove(self) -> None:
        if self.coding is not None:
            self.controller.remove([self.coding.id])
