"""A new project typed without a folder goes to Documents (or the last folder), shown in full."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.ui.new_project import NewProjectDialog, default_folder
from workbench.ui.settings import Settings


def test_a_bare_name_lands_in_the_documents_folder_not_the_working_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.chdir(tmp_path)  # the program's working folder
    docs = tmp_path / "Documenten"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda *_: str(docs)))
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    assert str(docs) in dialog.full_path.text()
    qtbot.keyClicks(dialog.path_edit, "Klantreis 2026")
    assert dialog.path() == str(docs / "Klantreis 2026.iwb")
    assert dialog.full_path.text() == f"Will be saved as {docs / 'Klantreis 2026.iwb'}"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert default_folder(Settings()) == docs


def test_the_last_used_folder_is_the_next_default_and_paths_are_kept(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    elsewhere = tmp_path / "klanten" / "stroomwijs"
    elsewhere.mkdir(parents=True)
    first = NewProjectDialog()
    qtbot.addWidget(first)
    first.path_edit.setText(str(elsewhere / "energie"))
    first.accept()
    again = NewProjectDialog()
    qtbot.addWidget(again)
    again.path_edit.setText("webshop")
    assert again.path() == str(elsewhere / "webshop.iwb")
    again.path_edit.setText("~/x.iwb")
    assert again.path() == str(Path.home() / "x.iwb")

