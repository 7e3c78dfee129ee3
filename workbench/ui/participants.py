"""The participants editor: participants × typed attributes (segment, age group, channel,
NPS…), and which interview belongs to whom. Every edit is undoable (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.commands import AddCase, SetAttribute
from workbench.i18n import tr
from workbench.ui.buttons import CANCEL, CLOSE, OK, button_box
from workbench.ui.participants_models import (
    TYPES,
    AttributeDelegate,
    CaseComboDelegate,
    DocumentsModel,
    ParticipantsModel,
)


class NewAttributeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("people.add_attribute_title"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("people.attribute_name")
        self.name_edit.setPlaceholderText(tr("people.attribute_hint"))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("people.attribute_type")
        for value in TYPES:
            self.type_combo.addItem(tr(f"people.type.{value}"), value)
        form = QFormLayout(self)
        form.addRow(tr("people.attribute_name"), self.name_edit)
        form.addRow(tr("people.attribute_type"), self.type_combo)
        buttons = button_box(OK, CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.type_combo.currentData()


def _table(name: str, model, delegate) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(90)
    return view


class ParticipantsDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("participants")
        self.session = session
        self.setWindowTitle(tr("people.title"))
        self.resize(860, 600)

        self.model = ParticipantsModel(session, self)
        self.table = _table("people.table", self.model, AttributeDelegate(self))
        self.documents_model = DocumentsModel(session, self)
        self.documents = _table("people.documents", self.documents_model, CaseComboDelegate(self))
        self.documents.horizontalHeader().setStretchLastSection(False)
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for model in (self.model, self.documents_model):
            model.modelReset.connect(self._fit_columns)

        self.add_case_button = QPushButton(tr("people.add_participant"))
        self.add_case_button.setObjectName("people.add_participant")
        self.add_case_button.clicked.connect(self.ask_participant)
        self.add_attribute_button = QPushButton(tr("people.add_attribute"))
        self.add_attribute_button.setObjectName("people.add_attribute")
        self.add_attribute_button.clicked.connect(self.ask_attribute)
        for button in (self.add_case_button, self.add_attribute_button):
            button.setAutoDefault(False)  # Enter that ends a cell edit must not press them
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_case_button)
        buttons_row.addWidget(self.add_attribute_button)
        buttons_row.addStretch(1)
        hint = QLabel(tr("people.hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(f"<b>{tr('people.participants')}</b>"))
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons_row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(f"<b>{tr('people.interviews_heading')}</b>"))
        bottom_layout.addWidget(self.documents, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.error_label = QLabel()
        self.error_label.setObjectName("people.error")
        self.error_label.setStyleSheet("color: #B71C1C;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        close = button_box(CLOSE)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        session.failed.connect(self.show_error)
        session.changed.connect(self._changed)
        self._fit_columns()
        self._update_buttons()

    def keyPressEvent(self, event) -> None:
        # Enter that finished a cell edit reaches the dialog too: it must not press a button.
        focus = self.focusWidget()
        in_table = focus is not None and any(t.isAncestorOf(focus) or t is focus
                                             for t in (self.table, self.documents))
        if in_table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- feedback -----------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error_label.setText(tr("people.refused", reason=message))
        self.error_label.show()

    def _changed(self, change) -> None:
        if change.entity in ("case", "document"):
            self.error_label.hide()
            self._update_buttons()

    def _update_buttons(self) -> None:
        has_cases = bool(self.model.cases)
        self.add_attribute_button.setEnabled(has_cases)
        self.add_attribute_button.setToolTip("" if has_cases else tr("people.attribute_needs_case"))

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, min(max(header.sectionSize(col) + 16, 110), 260))

    # ---- edits --------------------------------------------------------------------
    def cell(self, row: int, column: int):
        return self.model.index(row, column)

    def row_of(self, name: str) -> int:
        return next(i for i, c in enumerate(self.model.cases) if c.name == name)

    def column_of(self, attribute: str) -> int:
        return next(i + 2 for i, (n, _) in enumerate(self.model.attributes) if n == attribute)

    def add_participant(self, name: str) -> bool:
        return bool(name.strip()) and self.session.execute(AddCase(name.strip()))

    def add_attribute(self, name: str, type_: str) -> bool:
        if not name.strip() or not self.model.cases:
            return False
        existing = next((n for n, _ in self.model.attributes if n.casefold() == name.strip().casefold()), None)
        if existing is not None:
            self.show_error(tr("people.attribute_exists", name=existing))
            return False
        return self.session.execute(SetAttribute(self.model.cases[0].id, name.strip(), None, type_))

    def ask_participant(self) -> None:
        name, ok = QInputDialog.getText(self, tr("people.add_participant_title"), tr("people.participant_name"))
        if ok and self.add_participant(name):
            row = self.row_of(name.strip())
            self.table.setCurrentIndex(self.cell(row, 0))

    def ask_attribute(self) -> None:
        dialog = NewAttributeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, type_ = dialog.values()
            if self.add_attribute(name, type_):
                self.table.setCurrentIndex(self.cell(0, self.column_of(name)))
        dialog.deleteLater()
