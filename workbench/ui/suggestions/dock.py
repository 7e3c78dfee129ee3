"""The review panel: pending suggestions with score, code, segment, reason and context.

Accept codes the segment (one undo step with the status change), Reject hides it for good,
"Accept all ≥" takes every shown suggestion at or above a score. Selecting a row shows the
segment in the transcript.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.commands import AcceptSuggestions, RejectSuggestions
from workbench.core.events import Change
from workbench.core.kinds import KINDS, kind_label
from workbench.i18n import language, tr
from workbench.ui.dock_body import compact, set_scrolling_body
from workbench.ui.on_demand import BuiltOnDemand

ID_ROLE = Qt.ItemDataRole.UserRole


class SuggestionsDock(BuiltOnDemand, QDockWidget):
    """Built on demand (ui.on_demand): it starts behind the Search tab."""

    jumpRequested = Signal(int, int, int)  # document, start, end (code points)
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("suggestions")
        self.session = None
        self.current_document: int | None = None
        self.rows: dict[int, object] = {}  # suggestion id → StoredSuggestion (shown ones)
        self.setWindowTitle(tr("sg.panel.title"))
        self._defer_build()

    def _build(self) -> None:
        self.run_button = QPushButton()
        self.run_button.setObjectName("sg.run")
        self.this_document = QCheckBox()
        self.include_interviewer = QCheckBox()
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("sg.kind")
        self.tree = QTreeWidget()
        self.tree.setObjectName("sg.tree")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.context = QLabel()
        self.context.setObjectName("sg.context")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setStyleSheet("background: #FAFAFA; border: 1px solid #E0E0E0; padding: 6px;")
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.context.setMinimumWidth(180)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("sg.accept")
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("sg.reject")
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("sg.threshold")
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(0.8)
        self.accept_all = QPushButton()
        self.accept_all.setObjectName("sg.accept_all")
        self.count = QLabel()
        # Short lines: the panel shares the bottom row with Retrieved segments.
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        options = QHBoxLayout()
        options.addWidget(self.this_document)
        options.addWidget(self.include_interviewer)
        options.addStretch(1)
        # Right of the list: the chosen row in context, and the decisions.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.context, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        above = QHBoxLayout()
        above.addWidget(self.accept_all)
        above.addWidget(self.threshold)
        above.addStretch(1)
        side_layout.addLayout(above)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(split, 1)
        compact(self.kind)
        set_scrolling_body(self, body)
        self.run_button.clicked.connect(self.run)
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all.clicked.connect(self.accept_above)
        self.kind.currentIndexChanged.connect(lambda *_: self.refresh())
        self.this_document.toggled.connect(lambda *_: self.refresh())
        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept_selected())
        self.retranslate()
        self.set_session(self.session)

    # ---- session and changes ------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        if not self.built:
            return
        for w in (self.run_button, self.accept_button, self.reject_button, self.accept_all, self.tree):
            w.setEnabled(session is not None)
        self.refresh()

    def document_shown(self, document_id: int | None) -> None:
        self.current_document = document_id
        if self.built and self.this_document.isChecked():
            self.refresh()

    def on_change(self, change: Change) -> None:
        if self.built and change.entity in ("suggestion", "code", "document"):
            self.refresh()

    # ---- list ---------------------------------------------------------------------------
    def pending(self) -> list:
        """The pending suggestions the panel shows (filters applied), best first."""
        if self.session is None:
            return []
        project = self.session.project
        doc = self.current_document if self.this_document.isChecked() else None
        rows = project.suggestions(document_id=doc) if doc is not None or not self.this_document.isChecked() else []
        kind = self.kind.currentData()
        if kind:
            kinds = {c.id: c.kind for c in project.codes()}
            rows = [r for r in rows if kinds.get(r.code_id) == kind]
        return sorted(rows, key=lambda r: (-r.score, r.document_id, r.start))

    def refresh(self) -> None:
        selected = {it.data(0, ID_ROLE) for it in self.tree.selectedItems()}
        self.tree.clear()
        self.rows = {}
        rows = self.pending()
        if self.session is not None and rows:
            project = self.session.project
            paths = {c.id: project.code_path(c.id) for c in project.codes()}
            # Only the documents that have suggestions, each read once per refresh.
            docs = {i: project.document(i) for i in {r.document_id for r in rows}}
            items = []
            for r in rows:
                doc = docs.get(r.document_id)
                if doc is None:
                    continue
                text = " ".join(doc.text[r.start:r.end].split())
                code = paths.get(r.code_id, "?") + (f" ({tr('sg.panel.inferred')})" if r.inferred else "")
                item = QTreeWidgetItem([f"{r.score:.2f}", code, text, r.reason, doc.name])
                item.setData(0, ID_ROLE, r.id)
                item.setToolTip(2, text)
                item.setToolTip(3, r.reason)
                items.append(item)
                self.rows[r.id] = r
            self.tree.addTopLevelItems(items)
            for item in items:
                if item.data(0, ID_ROLE) in selected:
                    item.setSelected(True)
        for col, width in enumerate((48, 230, 330, 300)):
            self.tree.setColumnWidth(col, width)
        self.count.setText(tr("sg.panel.count", n=len(self.rows)))
        if self.rows and not self.tree.selectedItems():
            self.context.setText(tr("sg.panel.pick"))
        elif not self.rows:
            has_codes = self.session is not None and bool(self.session.project.codes())
            self.context.setText(tr("sg.panel.empty") if has_codes or self.session is None
                                 else tr("sg.panel.no_codes"))

    def select_suggestion(self, suggestion_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == suggestion_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                self.show()
                self.raise_()
                return True
        return False

    def selected_ids(self) -> list[int]:
        return [it.data(0, ID_ROLE) for it in self.tree.selectedItems()]

    def _selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.session is None:
            return
        r = self.rows[ids[0]]
        self.context.setText(self._context_html(r))
        self.jumpRequested.emit(r.document_id, r.start, r.end)

    def _context_html(self, r) -> str:
        """The reason first, then the segment in bold between a little of what came before and after."""
        text = self.session.project.document(r.document_id).text
        before = text[max(0, r.start - 120):r.start]
        after = text[r.end:r.end + 120]
        return (f"<i>{html.escape(r.reason)}</i><br>"
                f"<span style='color:#5F6368'>…{html.escape(before)}</span>"
                f"<b style='background:#F3E5F5'>{html.escape(text[r.start:r.end])}</b>"
                f"<span style='color:#5F6368'>{html.escape(after)}…</span>")

    # ---- actions ------------------------------------------------------------------------
    def run(self) -> None:
        if self.session is None:
            return
        if not self.session.project.codes():
            self.message.emit(tr("sg.panel.no_codes"))
            self.context.setText(tr("sg.panel.no_codes"))
            return
        docs = [self.current_document] if self.this_document.isChecked() and self.current_document else None
        from workbench.ui.suggestions.runner import run_suggestions  # the engine, on first use

        result = run_suggestions(self.window(), self.session, docs, self.include_interviewer.isChecked())
        if result is not None:
            self.message.emit(tr("sg.panel.done", added=result.added, kept=result.kept, removed=result.removed))
        self.refresh()

    def _execute(self, command) -> None:
        if self.session is not None and command.ids:
            self.session.execute(command)

    def accept_selected(self) -> None:
        self._execute(AcceptSuggestions(self.selected_ids(), coder=self.session.coder if self.session else ""))

    def reject_selected(self) -> None:
        self._execute(RejectSuggestions(self.selected_ids()))

    def accept_above(self, confirm: bool = True) -> None:
        ids = [r.id for r in self.pending() if r.score >= self.threshold.value() - 1e-9]
        if not ids:
            return
        if confirm and QMessageBox.question(
                self, tr("sg.panel.title"), tr("sg.panel.accept_confirm", n=len(ids),
                                               score=f"{self.threshold.value():.2f}")) \
                != QMessageBox.StandardButton.Yes:
            return
        self._execute(AcceptSuggestions(ids, coder=self.session.coder if self.session else ""))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("sg.panel.title"))
        if not self.built:
            return
        self.run_button.setText(tr("sg.panel.run"))
        self.run_button.setToolTip(tr("sg.panel.run_tip"))
        self.this_document.setText(tr("sg.panel.this_document"))
        self.include_interviewer.setText(tr("sg.panel.include_interviewer"))
        self.kind_label.setText(tr("sg.panel.filter_kind"))
        self.accept_button.setText(tr("sg.panel.accept"))
        self.reject_button.setText(tr("sg.panel.reject"))
        self.accept_all.setText(tr("sg.panel.accept_above"))
        self.tree.setHeaderLabels([tr(f"sg.panel.col.{k}") for k in ("score", "code", "text", "reason",
                                                                          "document")])
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("sg.panel.all_kinds"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind, language()), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.refresh()
