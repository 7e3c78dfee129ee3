"""The codebook entry of one code: name, kind, colour, definition, when to use it and when
not, an example, and indicator phrases per language. OK commits one undoable ChangeCode."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.commands import ChangeCode, CommandError
from workbench.core.kinds import KINDS, kind_label
from workbench.i18n import language, tr
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.codebook.icons import colour_icon, kind_icon

TEXT_FIELDS = ("definition", "use_when", "do_not_use_when", "example")


def _text_box(text: str, lines: int, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _cap(box: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    """Grow to `lines` at most, so spare room goes to the indicator lists."""
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class CodeEditorDialog(QDialog):
    def __init__(self, session, code_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("codebook.editor")
        self.session = session
        self.code = session.project.code(code_id)
        self.path = session.project.code_path(code_id).replace("/", " / ")
        self.setWindowTitle(tr("editor.title", name=self.code.name))
        self.resize(640, 720)
        self._color = self.code.color

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.path_label = QLabel(f"<span style='color:#616161'>{self.path}</span>")
        form.addRow(self.path_label)
        self.path_label.setVisible(self.code.parent_id is not None)
        self.name_edit = QLineEdit(self.code.name)
        self.name_edit.setObjectName("editor.name")
        form.addRow(tr("editor.name"), self.name_edit)

        row = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("editor.kind")
        for kind in KINDS:
            self.kind_combo.addItem(kind_icon(kind), kind_label(kind, language()).capitalize(), kind)
        self.kind_combo.setCurrentIndex(list(KINDS).index(self.code.kind) if self.code.kind in KINDS else 0)
        row.addWidget(self.kind_combo, 1)
        row.addSpacing(12)
        row.addWidget(QLabel(tr("editor.colour")))
        self.color_button = QPushButton()
        self.color_button.setObjectName("editor.colour")
        self.color_button.clicked.connect(self._pick_colour)
        row.addWidget(self.color_button)
        form.addRow(tr("editor.kind"), row)
        self._show_colour()

        self.boxes: dict[str, QPlainTextEdit] = {}
        for key, lines in zip(TEXT_FIELDS, (3, 2, 2, 2), strict=True):
            box = _cap(_text_box(getattr(self.code, key), lines, f"editor.{key}"), lines + 3)
            self.boxes[key] = box
            form.addRow(tr(f"codebook.field.{key}"), box)

        self.indicator_tabs = QTabWidget()
        self.indicator_tabs.setObjectName("editor.indicators")
        self.indicator_boxes: dict[str, QPlainTextEdit] = {}
        for lang in ("nl", "en"):
            page = QWidget()
            lay = QVBoxLayout(page)
            lay.setContentsMargins(6, 6, 6, 6)
            box = _text_box("\n".join(self.code.indicators.get(lang, [])), 5, f"editor.indicators.{lang}")
            box.setPlaceholderText(tr("editor.indicators_hint"))
            lay.addWidget(box)
            self.indicator_boxes[lang] = box
            self.indicator_tabs.addTab(page, tr(f"editor.lang.{lang}"))
        form.addRow(tr("editor.indicators"), self.indicator_tabs)

        self.error_label = QLabel()
        self.error_label.setObjectName("editor.error")
        self.error_label.setStyleSheet("color: #B71C1C;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = button_box(OK, CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    # ---- colour -------------------------------------------------------------------
    def _show_colour(self) -> None:
        self.color_button.setIcon(colour_icon(self._color))
        self.color_button.setText(self._color)

    def _pick_colour(self) -> None:
        color = QColorDialog.getColor(QColor(self._color), self, tr("codebook.pick_colour"))
        if color.isValid():
            self.set_colour(color.name().upper())

    def set_colour(self, color: str) -> None:
        self._color = color
        self._show_colour()

    # ---- committing ---------------------------------------------------------------
    def changed_fields(self) -> dict:
        fields: dict = {}
        name = self.name_edit.text().strip()
        if name != self.code.name:
            fields["name"] = name
        kind = self.kind_combo.currentData()
        if kind != self.code.kind:
            fields["kind"] = kind
        if self._color.upper() != self.code.color.upper():
            fields["color"] = self._color
        for key, box in self.boxes.items():
            text = box.toPlainText().strip()
            if text != getattr(self.code, key).strip():
                fields[key] = text
        indicators = {lang: [line.strip() for line in box.toPlainText().splitlines() if line.strip()]
                      for lang, box in self.indicator_boxes.items()}
        old = {lang: list(self.code.indicators.get(lang, [])) for lang in self.indicator_boxes}
        if indicators != old:
            fields["indicators"] = {**self.code.indicators, **indicators}
        return fields

    def commit(self) -> bool:
        """Apply the edits as one ChangeCode; False (with the reason shown) when refused."""
        fields = self.changed_fields()
        if not fields:
            return True
        messages: list[str] = []

        def note(message: str) -> None:
            messages.append(message)

        self.session.failed.connect(note)
        try:
            ok = self.session.execute(ChangeCode(self.code.id, **fields))
        except CommandError as exc:
            ok, messages = False, [str(exc)]
        finally:
            self.session.failed.disconnect(note)
        if not ok:
            self.error_label.setText(tr("editor.refused", reason="; ".join(messages)))
            self.error_label.show()
        return ok

    def accept(self) -> None:
        if self.commit():
            super().accept()
