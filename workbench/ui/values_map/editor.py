"""The organisation values editor: the organisation's stated values (name, statement) and
the customer value codes that express each, ticked in a checklist. Every edit is a core
command on the session's undo stack (Ctrl+Z), committed at once."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.core.commands import AddOrgValue, ChangeOrgValue, DeleteOrgValue, MoveOrgValue, SetOrgValueLinks
from workbench.i18n import tr
from workbench.ui.buttons import CLOSE, button_box
from workbench.ui.codebook.model import CODES_MIME  # what the codebook dock drags: a JSON list of ids

ID = Qt.ItemDataRole.UserRole


class ValuesList(QListWidget):
    """The organisation values; codes dragged from the codebook onto one are linked to it."""

    codesDropped = Signal(int, list)  # organisation value id, code ids

    def __init__(self):
        super().__init__()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # drags arrive at the viewport
        self.setDropIndicatorShown(True)

    def _target(self, event):
        item = self.itemAt(event.position().toPoint())
        return item.data(ID) if item is not None and event.mimeData().hasFormat(CODES_MIME) else None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(CODES_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        target = self._target(event)
        try:
            ids = [int(i) for i in json.loads(bytes(event.mimeData().data(CODES_MIME)).decode())]
        except (ValueError, TypeError):
            ids = []
        if target is None or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.codesDropped.emit(target, ids)


class OrgValuesEditor(QDialog):
    message = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("values_map.editor")
        self.session = session
        self.setWindowTitle(tr("vmap.editor.title"))
        self._filling = False
        self.values = ValuesList()
        self.values.setObjectName("values_map.values")
        self.values.codesDropped.connect(self.link_dropped)
        self.values.setToolTip(tr("vmap.editor.drop_hint"))
        self.values.currentItemChanged.connect(lambda *_: self._show_current())
        self.buttons = {}
        row = QHBoxLayout()
        for key, slot in (("add", self.add_value), ("up", lambda: self.move(-1)),
                          ("down", lambda: self.move(1)), ("delete", self.delete_value),
                          ("import", self.import_file)):
            button = QPushButton(tr(f"vmap.editor.{key}"))
            button.setObjectName(f"values_map.{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("vmap.editor.values")))
        lv.addWidget(self.values)
        lv.addLayout(row)

        self.name = QLineEdit()
        self.name.setObjectName("values_map.name")
        self.name.editingFinished.connect(self.rename)
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("values_map.statement")
        self.statement.setPlaceholderText(tr("vmap.editor.statement_hint"))
        self.statement.setMaximumHeight(90)
        self._statement_timer = QTimer(self, singleShot=True, interval=700)
        self._statement_timer.timeout.connect(self.save_statement)
        self.statement.textChanged.connect(lambda: not self._filling and self._statement_timer.start())
        self.codes = QListWidget()
        self.codes.setObjectName("values_map.codes")
        self.codes.itemChanged.connect(self._code_toggled)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(tr("vmap.editor.name")))
        rv.addWidget(self.name)
        rv.addWidget(QLabel(tr("vmap.editor.statement")))
        rv.addWidget(self.statement)
        rv.addWidget(QLabel(tr("vmap.editor.codes")))
        rv.addWidget(self.codes, 1)
        self.detail = right

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 420])
        layout = QVBoxLayout(self)
        help_text = QLabel(tr("vmap.editor.help"))
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        layout.addWidget(split, 1)
        box = button_box(CLOSE)
        box.rejected.connect(self.close)
        layout.addWidget(box)
        self.resize(760, 520)
        QShortcut(QKeySequence("Ctrl+Z"), self, activated=session.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, activated=session.undo_stack.redo)
        session.changed.connect(self.on_change)
        self._attached = True
        self.refresh()

    # ---- showing ----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.values.currentItem()
        return item.data(ID) if item else None

    def refresh(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_id()
        self._filling = True
        self.values.clear()
        for value in self.session.project.org_values():
            item = QListWidgetItem(value.name)
            item.setData(ID, value.id)
            item.setToolTip(value.description)
            self.values.addItem(item)
            if value.id == select:
                self.values.setCurrentItem(item)
        if self.values.currentItem() is None and self.values.count():
            self.values.setCurrentRow(0)
        self._filling = False
        self._show_current()

    def _show_current(self) -> None:
        if self._filling:
            return
        self._filling = True
        value_id = self.current_id()
        value = next((v for v in self.session.project.org_values() if v.id == value_id), None)
        self.detail.setEnabled(value is not None)
        for key in ("up", "down", "delete"):
            self.buttons[key].setEnabled(value is not None)
        self.name.setText(value.name if value else "")
        if self.statement.toPlainText().strip() != (value.description if value else ""):
            self.statement.setPlainText(value.description if value else "")
        linked = set(value.code_ids) if value else set()
        project = self.session.project
        values = [code for code in project.codes() if code.kind == "value"]
        value_ids = {code.id for code in values}
        # a top-level value code with sub-values is a category ("Waarden"): a heading, not a value
        categories = {c.parent_id for c in values if c.parent_id in value_ids}
        categories = {cid for cid in categories if next(c for c in values if c.id == cid).parent_id not in value_ids}
        rows = [(code.id, project.code_path(code.id), code.name) for code in values]
        current = [self.codes.item(i).toolTip() for i in range(self.codes.count())]
        if current != [path for _, path, _ in rows]:  # the codebook changed: rebuild the checklist
            self.codes.clear()
            for cid, path, name in rows:
                item = QListWidgetItem("    " * path.count("/") + name)
                item.setToolTip(path)
                if cid in categories:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                else:
                    item.setData(ID, cid)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.codes.addItem(item)
            if not rows:
                self.codes.addItem(QListWidgetItem(tr("vmap.editor.no_value_codes")))
        for i in range(self.codes.count()):  # tick in place: the list keeps its scroll position
            item = self.codes.item(i)
            if item.data(ID) is not None:
                item.setCheckState(Qt.CheckState.Checked if item.data(ID) in linked else Qt.CheckState.Unchecked)
        self._filling = False

    def on_change(self, change) -> None:
        if change.entity in ("org_value", "org_value_link", "code"):
            self.refresh()

    # ---- edits ------------------------------------------------------------------------------
    def _run(self, command) -> bool:
        ok = self.session.execute(command)
        if not ok:
            QMessageBox.warning(self, tr("vmap.editor.title"), tr("vmap.editor.refused"))
        return ok

    def add_value(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, tr("vmap.editor.add_title"), tr("vmap.editor.add_prompt"))
            if not ok or not name.strip():
                return
        command = AddOrgValue(name)
        if self.session.execute(command):
            self.refresh(select=command.created_id)
            self.name.setFocus()

    def rename(self) -> None:
        value_id = self.current_id()
        text = self.name.text().strip()
        if self._filling or value_id is None or not text or text == self.values.currentItem().text():
            return
        if not self.session.execute(ChangeOrgValue(value_id, name=text)):
            self.name.setText(self.values.currentItem().text())

    def save_statement(self) -> None:
        value_id = self.current_id()
        if value_id is None:
            return
        self.session.execute(ChangeOrgValue(value_id, description=self.statement.toPlainText()))

    def _code_toggled(self, item: QListWidgetItem) -> None:
        value_id = self.current_id()
        if self._filling or value_id is None or item.data(ID) is None:
            return
        code_id = item.data(ID)
        if item.checkState() == Qt.CheckState.Checked:
            self.session.execute(SetOrgValueLinks.link(value_id, code_id))
        else:
            self.session.execute(SetOrgValueLinks.unlink(value_id, code_id))

    def import_file(self, path: str | None = None) -> bool:
        """Add (or update by name) organisation values from a .yaml or .csv file, as one edit."""
        from workbench.core.commands import ImportOrgValues
        from workbench.errors import user_message
        from workbench.exchange.errors import ExchangeError
        from workbench.exchange.org_values import read_values_file, resolve_codes

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("vmap.editor.import_title"), "",
                                                  tr("vmap.editor.import_filter"))
            if not path:
                return False
        try:
            entries = resolve_codes(self.session.project, read_values_file(path), path)
        except ExchangeError as exc:
            QMessageBox.warning(self, tr("vmap.editor.import_title"), user_message(exc))
            return False
        command = ImportOrgValues(entries)
        if not self.session.execute(command):
            return False
        self.message.emit(tr("vmap.editor.imported", added=command.added, updated=command.updated))
        return True

    def link_dropped(self, value_id: int, code_ids: list) -> None:
        """Codes dragged from the codebook onto an organisation value: link them (one undo step)."""
        project = self.session.project
        linked = next((set(v.code_ids) for v in project.org_values() if v.id == value_id), set())
        new = [cid for cid in code_ids if cid not in linked]
        if new and self.session.execute(SetOrgValueLinks.link(value_id, *new)):
            self.refresh(select=value_id)

    def move(self, step: int) -> None:
        value_id = self.current_id()
        if value_id is not None:
            self.session.execute(MoveOrgValue(value_id, max(0, self.values.currentRow() + step)))

    def delete_value(self) -> None:
        value_id = self.current_id()
        if value_id is not None:
            self.session.execute(DeleteOrgValue(value_id))

    def _detach(self) -> None:
        """Save a statement still being typed, then stop following the session."""
        if self._statement_timer.isActive():
            self._statement_timer.stop()
            self.save_statement()
        if self._attached:
            self._attached = False
            self.session.changed.disconnect(self.on_change)

    def closeEvent(self, event) -> None:
        self._detach()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._detach()
        super().done(result)
