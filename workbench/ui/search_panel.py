"""Search dock: full-text search over turns, hits with the term highlighted, jump, code all."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from workbench.core.events import Change
from workbench.i18n import tr
from workbench.store.errors import NotFound
from workbench.ui.code_hits import CodeHitsDialog

SHOWN = 500  # hits listed; "Code all hits" codes every one
FIRST_ROWS = 30  # listed at once; the rest as soon as those are on screen (Qt draws a list only
# after measuring every row, and a rich-text row takes a fifth of a millisecond)
REST_AFTER_MS = 250  # the rest of the rows at the latest (a list behind a tab is not painted)
REST_BATCH = 50  # rows measured per event-loop turn while the rest is listed
MEASURED = 4 * SHOWN  # row heights remembered (per text, width and font)


def snippet_html(snippet: str, term: str) -> str:
    """The snippet with the first occurrence of the matched text in bold on a yellow mark."""
    i = snippet.find(term) if term else -1
    if i < 0:
        return html.escape(snippet)
    return (html.escape(snippet[:i]) + "<b style='background:#FFE082'>" + html.escape(term)
            + "</b>" + html.escape(snippet[i + len(term):]))


class HtmlDelegate(QStyledItemDelegate):
    """Rows of rich text (a hit's document and snippet), each measured once per width and font:
    a list of hundreds of hits is laid out again whenever its scroll bar comes or goes."""

    painted = Signal()  # a row was drawn: the list is on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self._doc = QTextDocument(self)  # refilled per row: making one costs more than its layout
        self._heights: dict[tuple, int] = {}

    def forget(self) -> None:
        self._heights.clear()

    def _laid_out(self, option, width: int) -> QTextDocument:
        doc = self._doc
        doc.setDefaultFont(option.font)
        doc.setHtml(option.text)
        doc.setTextWidth(width)
        return doc

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        doc = self._laid_out(option, option.rect.width())
        text = option.text
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                                          option.widget)
        option.text = text
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()
        self.painted.emit()

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        width = max(200, option.rect.width() or 400)
        key = (option.text, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > MEASURED:  # a long drag of the dock's edge
                self._heights.clear()
            height = self._heights[key] = int(self._laid_out(option, width).size().height())
        return QSize(width, height)  # (idealWidth would lay it out twice)


class SearchDock(QDockWidget):
    jumpRequested = Signal(int, int, int)
    message = Signal(str)

    def __init__(self, selected_codes, parent=None):
        super().__init__(parent)
        self.setObjectName("search")
        self.selected_codes = selected_codes
        self.session = None
        self.query = ""
        self._pending = False
        self.hits = []
        self.code_dialog: CodeHitsDialog | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.search_button = QPushButton()
        self.code_all = QPushButton()
        self.code_all.setEnabled(False)
        self.results = QListWidget()
        self.delegate = HtmlDelegate(self.results)
        self.delegate.painted.connect(self._rows_painted)
        self.results.setItemDelegate(self.delegate)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self._texts: dict[int, str] = {}  # document texts of the hits still to be listed
        # Lists the rest: at once after a paint (_rows_painted), else after REST_AFTER_MS.
        self._rest_timer = QTimer(self, singleShot=True)
        self._rest_timer.timeout.connect(self._list_rest)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.code_all)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.setWidget(body)
        self.edit.returnPressed.connect(lambda: self.run_search())
        self.search_button.clicked.connect(lambda: self.run_search())
        self.results.itemDoubleClicked.connect(self._jump)
        self.results.itemActivated.connect(self._jump)
        self.code_all.clicked.connect(self.code_all_hits)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("wb.dock.search"))
        self.edit.setPlaceholderText(tr("wb.search.placeholder"))
        self.search_button.setText(tr("wb.search.button"))
        self.code_all.setText(tr("wb.search.code_all"))
        self.code_all.setToolTip(tr("wb.search.code_all_tip"))
        self._show_count()

    def set_session(self, session) -> None:
        self.session = session
        self.query = ""
        self.hits, self._texts = [], {}
        self._rest_timer.stop()
        self.results.clear()
        self._show_count()

    def on_change(self, change: Change) -> None:
        """Hits point into documents: follow imports, removals and undone imports."""
        if not self.query or change.entity not in ("document", "turn"):
            return
        if change.action == "removed":
            self.run_search(self.query)  # at once: a hit must never point into a removed document
        elif not self._pending:
            self._pending = True
            QTimer.singleShot(0, lambda: self.run_search(self.query))

    def run_search(self, query: str | None = None) -> None:
        self._pending = False
        self.results.setLayoutMode(QListWidget.LayoutMode.SinglePass)  # the first rows: drawn at once
        self.results.clear()
        self.delegate.forget()
        self._texts = {}
        project = self.session.project if self.session else None
        query = (self.edit.text() if query is None else query).strip()
        self.query = query
        self.hits = [h for h in project.search(query, SHOWN) if h.start < h.end] if project and query else []
        # The first rows now, the rest once they are drawn (_rows_painted), or a moment later
        # when nothing draws them (a closed dock, or one behind another tab, which Qt calls
        # visible but never paints): a list shown later also shows its first rows at once.
        self._list_rows(FIRST_ROWS)
        if self.results.count() < len(self.hits):
            self._rest_timer.start(REST_AFTER_MS)
        self.code_all.setEnabled(bool(self.hits))
        self._show_count()

    def _list_rows(self, upto: int) -> None:
        project = self.session.project if self.session else None
        if project is None:
            return
        rows = []
        for hit in self.hits[self.results.count():upto]:
            text = self._texts.get(hit.document_id)
            if text is None:
                try:
                    text = project.document(hit.document_id).text
                except NotFound:  # removed by another program since the search: no highlight
                    text = ""
                self._texts[hit.document_id] = text
            term = text[hit.start:hit.end]
            rows.append(f"<span style='color:#1A73E8'>{html.escape(hit.document)}</span> — "
                        + snippet_html(hit.snippet, term))
        self.results.addItems(rows)  # one insertion for the list, not one per row
        if self.results.count() >= len(self.hits):
            self._texts = {}

    def _rows_painted(self) -> None:
        if self.results.count() < len(self.hits):
            self._rest_timer.start(0)  # the next event-loop turn, after this paint

    def _list_rest(self) -> None:
        self._rest_timer.stop()
        if self.results.count() < len(self.hits):
            # Measured a batch per event-loop turn: the rows already drawn stay on screen, and
            # typing is not held up by hundreds of rows measured in one go.
            self.results.setLayoutMode(QListWidget.LayoutMode.Batched)
            self.results.setBatchSize(REST_BATCH)
        self._list_rows(len(self.hits))

    def _show_count(self) -> None:
        key = "wb.search.count_first" if len(self.hits) >= SHOWN else "wb.search.count"
        self.count.setText(tr(key, n=len(self.hits)) if self.query else "")

    def _jump(self, item: QListWidgetItem) -> None:
        hit = self.hits[self.results.row(item)]
        try:
            self.session.project.document(hit.document_id)
        except NotFound:  # removed by another program since the search
            self.message.emit(tr("wb.search.gone"))
            self.run_search(self.query)
            return
        self.jumpRequested.emit(hit.document_id, hit.start, hit.end)

    def code_all_hits(self):
        """Ask which code, which unit and which turns; code them as one edit. Returns the
        (window-modal) dialog, or None when there is nothing to code."""
        if not self.hits or self.session is None:
            return None
        ids = self.selected_codes()
        query = self.query  # what the list shows, not what was typed since
        # every hit, not only the ones the list shows (it stops at SHOWN)
        hits = [h for h in self.session.project.search(query, limit=None) if h.start < h.end]
        self.code_dialog = CodeHitsDialog(self.session, hits, query,
                                          ids[0] if ids else None, self)
        self.code_dialog.accepted.connect(self._coded)
        self.code_dialog.finished.connect(self.code_dialog.deleteLater)
        self.code_dialog.open()
        return self.code_dialog

    def _coded(self) -> None:
        dialog = self.sender()
        code = self.session.project.code(dialog.code_id()).name
        self.message.emit(tr("hits.coded", n=len(dialog.plan.segments), code=code))
