"""Table models behind the participants dialog: participants × typed attributes, and which
interview belongs to which participant. Every edit is a command through the session."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate

from workbench.core.commands import RenameCase, SetAttribute, SetDocumentCase
from workbench.i18n import tr

TYPES = ("text", "number", "date", "choice")
DATE_FORMAT = "yyyy-MM-dd"
FIXED = 2  # participant name, number of interviews; attributes follow


def display_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _refresh(model) -> None:
    """Reload; when the rows and columns stay the same only the values are announced, so an
    open cell editor (the edit that caused this change) is not torn down mid-commit."""
    before = model._shape()
    model._load()
    if model._shape() == before:
        if model.rowCount() and model.columnCount():
            model.dataChanged.emit(model.index(0, 0),
                                   model.index(model.rowCount() - 1, model.columnCount() - 1))
        return
    model.beginResetModel()
    model._load()  # again, inside the reset (views must not see new rows before it)
    model.endResetModel()


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.cases: list = []
        self.attributes: list[tuple[str, str]] = []
        self.documents: dict[int, int] = {}
        self._load()
        session.changed.connect(self._on_changed)

    def _load(self) -> None:
        project = self.session.project
        self.cases = project.cases()
        self.attributes = list(project.attributes().values())
        self.documents = {}
        for doc in project.documents():
            if doc.case_id is not None:
                self.documents[doc.case_id] = self.documents.get(doc.case_id, 0) + 1

    def _shape(self) -> tuple:
        return [c.id for c in self.cases], list(self.attributes)

    def _on_changed(self, change) -> None:
        if change.entity in ("case", "document"):
            _refresh(self)

    def attribute(self, column: int) -> tuple[str, str] | None:
        i = column - FIXED
        return self.attributes[i] if 0 <= i < len(self.attributes) else None

    def values_of(self, column: int) -> list[str]:
        name = self.attribute(column)[0]
        return sorted({display_value(c.attributes.get(name)) for c in self.cases} - {""}, key=str.casefold)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else FIXED + len(self.attributes)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        attr = self.attribute(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("people.participant")
            if section == 1:
                return tr("people.interviews")
            return attr[0]
        if role == Qt.ItemDataRole.ToolTipRole and attr:
            return tr("people.attribute_tip", name=attr[0], type=tr(f"people.type.{attr[1]}"))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self.cases[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return case.name
            if col == 1:
                return str(self.documents.get(case.id, 0))
            return display_value(case.attributes.get(self.attribute(col)[0]))
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                col == 1 or (self.attribute(col) or ("", ""))[1] == "number"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        case = self.cases[index.row()]
        text = "" if value is None else str(value).strip()
        if index.column() == 0:
            if not text or text == case.name:
                return False
            return self.session.execute(RenameCase(case.id, text))
        attr = self.attribute(index.column())
        if attr is None or text == display_value(case.attributes.get(attr[0])):
            return False
        return self.session.execute(SetAttribute(case.id, attr[0], text or None, attr[1]))


class DocumentsModel(QAbstractTableModel):
    """Interview → participant (editable: pick one, or type a new name)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        self.case_names: dict[int, str] = {}
        self._load()
        session.changed.connect(self._on_changed)

    def _load(self) -> None:
        project = self.session.project
        self.rows = project.documents()
        self.case_names = {c.id: c.name for c in project.cases()}

    def _shape(self) -> tuple:
        return [d.id for d in self.rows], sorted(self.case_names)

    def _on_changed(self, change) -> None:
        if change.entity in ("case", "document"):
            _refresh(self)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(("people.document", "people.participant", "people.words")[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        doc = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return doc.name
            if index.column() == 1:
                return self.case_names.get(doc.case_id, "")
            return str(doc.word_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        doc = self.rows[index.row()]
        name = (value or "").strip() or None
        if name == self.case_names.get(doc.case_id):
            return False
        return self.session.execute(SetDocumentCase(doc.id, name))


class AttributeDelegate(QStyledItemDelegate):
    """Editors by attribute type: a date picker, a combo of the values in use, plain text."""

    def createEditor(self, parent, option, index):
        model = index.model()
        attr = model.attribute(index.column()) if isinstance(model, ParticipantsModel) else None
        if attr and attr[1] == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(DATE_FORMAT)
            return editor
        if attr and attr[1] == "choice":
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.addItems(["", *model.values_of(index.column())])
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QDateEdit):
            date = QDate.fromString(value, DATE_FORMAT)
            editor.setDate(date if date.isValid() else QDate.currentDate())
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString(DATE_FORMAT))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class CaseComboDelegate(QStyledItemDelegate):
    """Pick the participant of an interview, or type a new participant's name."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(["", *sorted(index.model().case_names.values(), key=str.casefold)])
        editor.lineEdit().setPlaceholderText(tr("people.no_participant"))
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())
