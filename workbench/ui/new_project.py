"""Ask where a new project goes, its language, and which coding scheme to start from.

A name typed without a folder goes into the last folder a project was created in, else the
user's Documents folder (never the program's working folder); the full path is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from workbench import schemes
from workbench.core.kinds import LANGUAGES
from workbench.i18n import language, tr
from workbench.ui.buttons import CANCEL, OK, button_box
from workbench.ui.settings import Settings

SUFFIX = ".iwb"
_LAST = "projects/last_folder"


def default_folder(settings: Settings) -> Path:
    """The last folder a project was created in, else Documents, else the home folder."""
    last = str(settings.q.value(_LAST, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class NewProjectDialog(QDialog):
    def __init__(self, parent=None, directory: str = "", settings: Settings | None = None):
        super().__init__(parent)
        self.setObjectName("new_project")
        self.setWindowTitle(tr("newproj.title"))
        self.setMinimumWidth(560)
        self.settings = settings or Settings()
        self._directory = directory or str(default_folder(self.settings))

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("newproj.path")
        self.path_edit.setPlaceholderText(tr("newproj.path_hint"))
        self.path_edit.textChanged.connect(self._update)
        browse = QPushButton(tr("newproj.browse"))
        browse.setObjectName("newproj.browse")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.full_path = QLabel()
        self.full_path.setObjectName("newproj.full_path")
        self.full_path.setWordWrap(True)
        self.full_path.setStyleSheet("color: #5F6368;")

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("newproj.language")
        for lang in LANGUAGES:
            self.language_combo.addItem(tr(f"newproj.lang.{lang}"), lang)
        self.language_combo.setCurrentIndex(LANGUAGES.index(language()) if language() in LANGUAGES else 0)

        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("newproj.scheme")
        self.scheme_combo.addItem(tr("newproj.no_scheme"), None)
        for name in schemes.builtin_scheme_names():
            try:
                scheme = schemes.load_builtin(name)
            except schemes.SchemeError:
                continue
            self.scheme_combo.addItem(tr("newproj.scheme_item", title=scheme.title_in(language()),
                                         n=scheme.count()), name)
        default = self.scheme_combo.findData(schemes.DEFAULT_SCHEME)
        self.scheme_combo.setCurrentIndex(max(default, 0))
        note = QLabel(tr("newproj.note"))
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("newproj.path"), path_row)
        form.addRow("", self.full_path)
        form.addRow(tr("newproj.language"), self.language_combo)
        form.addRow(tr("newproj.scheme"), self.scheme_combo)
        self.buttons = button_box(OK, CANCEL)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("newproj.create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update()

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("newproj.title"),
                                              str(Path(self._directory) / tr("newproj.default_name")),
                                              tr("newproj.filter"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        """The full path of the project file ("" while nothing is typed)."""
        text = self.path_edit.text().strip()
        if not text:
            return ""
        if not text.lower().endswith(SUFFIX):
            text += SUFFIX
        path = Path(text).expanduser()
        if not path.is_absolute():  # a bare name: the default folder, not the working folder
            path = Path(self._directory) / path
        return str(path)

    def values(self) -> tuple[str, str, str | None]:
        return self.path(), self.language_combo.currentData(), self.scheme_combo.currentData()

    def _update(self, *_):
        path = self.path()
        self.full_path.setText(tr("newproj.full_path", path=path) if path
                               else tr("newproj.folder", folder=self._directory))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(path))

    def accept(self) -> None:
        self.settings.q.setValue(_LAST, str(Path(self.path()).parent))
        super().accept()


def ask_new_project(parent=None, directory: str = "") -> tuple[str, str, str | None] | None:
    """(path, project language, built-in scheme name or None), or None when cancelled."""
    dialog = NewProjectDialog(parent, directory)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
    finally:
        dialog.deleteLater()
