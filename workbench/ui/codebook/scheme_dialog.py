"""Choose one of the built-in coding schemes, see its codes, and add them to the codebook.

Codes are named in the project's language; codes that already exist (same path) are kept,
so applying a scheme twice adds nothing. The whole scheme is one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench import schemes
from workbench.core.commands import ApplyCodeTree
from workbench.errors import user_message
from workbench.i18n import language, tr
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.codebook.icons import code_icon


def load_schemes() -> list:
    out = []
    for name in schemes.builtin_scheme_names():
        try:
            out.append(schemes.load_builtin(name))
        except schemes.SchemeError:
            continue  # a broken file must not hide the others
    return out


class SchemeDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("codebook.scheme_dialog")
        self.session = session
        self.added: int | None = None
        self.applied_title = ""
        self.schemes = load_schemes()
        self.code_lang = session.project.language
        self.setWindowTitle(tr("scheme.title"))
        self.resize(820, 540)

        self.list = QListWidget()
        self.list.setObjectName("scheme.list")
        self.list.setSpacing(2)
        ui = language()
        for scheme in self.schemes:
            item = QListWidgetItem(f"{scheme.title_in(ui)}\n{tr('scheme.count', n=scheme.count())}")
            item.setData(Qt.ItemDataRole.UserRole, scheme.name)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)

        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("scheme.heading")
        self.description = QLabel()
        self.description.setObjectName("scheme.description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codes = QTreeWidget()
        self.codes.setObjectName("scheme.codes")
        self.codes.setHeaderHidden(True)
        self.codes.setIconSize(QSize(30, 16))
        lay.addWidget(self.heading)
        lay.addWidget(self.description)
        lay.addWidget(self.codes, 1)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 560])

        self.note = QLabel(tr("scheme.note", lang=tr(f"editor.lang.{self.code_lang}")))
        self.note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #B71C1C;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = button_box(OK, CANCEL)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("scheme.apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        default = next((i for i, s in enumerate(self.schemes) if s.name == schemes.DEFAULT_SCHEME), 0)
        if self.schemes:
            self.list.setCurrentRow(default)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.schemes))

    def current(self):
        row = self.list.currentRow()
        return self.schemes[row] if 0 <= row < len(self.schemes) else None

    def select(self, name: str) -> None:
        for row, scheme in enumerate(self.schemes):
            if scheme.name == name:
                self.list.setCurrentRow(row)

    def _show(self, _row: int) -> None:
        scheme = self.current()
        if scheme is None:
            return
        ui = language()
        self.heading.setText(f"<b>{scheme.title_in(ui)}</b> — {tr('scheme.count', n=scheme.count())}")
        self.description.setText(scheme.description_in(ui))
        self.codes.clear()

        def add(parent, codes):
            for code in codes:
                item = QTreeWidgetItem(parent, [code.name(self.code_lang)])
                item.setIcon(0, code_icon(code.color, code.kind))
                item.setToolTip(0, code.text("definition", ui))
                add(item, code.children)

        add(self.codes.invisibleRootItem(), scheme.codes)
        self.codes.expandToDepth(0)

    def apply(self) -> int | None:
        """Add the chosen scheme's codes; the number added, or None when refused."""
        scheme = self.current()
        if scheme is None:
            return None
        try:
            specs = schemes.scheme_specs(scheme, self.code_lang)
        except (AttributeError, schemes.SchemeError) as exc:
            self._error(user_message(exc))
            return None
        command = ApplyCodeTree(specs, scheme.title_in(self.code_lang))
        if not self.session.execute(command):
            self._error(tr("scheme.refused"))
            return None
        self.added = command.added
        self.applied_title = scheme.title_in(language())
        return self.added

    def _error(self, reason: str) -> None:
        self.error_label.setText(tr("scheme.failed", reason=reason))
        self.error_label.show()

    def accept(self) -> None:
        if self.apply() is not None:
            super().accept()
