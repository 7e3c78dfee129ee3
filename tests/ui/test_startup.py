"""Starting where the user left off; an empty project points to Import; the pin menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.commands import AddDocument
from workbench.store import Project
from workbench.ui.app import startup_project
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings

from .wb_support import code_id, project


def test_bare_start_reopens_the_last_project(wb_env, tmp_path):
    settings = Settings()
    assert startup_project(None, settings) is None
    path = tmp_path / "p.iwb"
    Project.create(path).close()
    settings.add_recent(str(path))
    assert startup_project(None, settings) == str(path)
    assert startup_project("other.iwb", settings) == "other.iwb"
    path.unlink()
    assert startup_project(None, settings) is None  # gone: start without a project


def test_the_last_document_is_shown_again(window, qtbot):
    path = project(window).path
    david = project(window).document_by_name("david").id
    window.show_document(david)
    window.close()
    again = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(again)
    assert again.open_project(path)
    assert again.view.document_id == david


def test_empty_project_points_to_import(qtbot, wb_env, monkeypatch):
    path = wb_env / "leeg.iwb"
    Project.create(path).close()
    w = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(path)
    panel = w.panel
    assert "Import transcripts" in panel.placeholder.text()
    assert panel.import_button.isVisible()
    asked = []
    monkeypatch.setattr(w, "import_files", lambda paths=None: asked.append(paths))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert asked == [None]
    w.session.execute(AddDocument("anouk", "Anouk: ja, prima.", [], "nl"))
    assert panel.placeholder.text() == "Choose an interview in the Documents list."
    assert not panel.import_button.isVisible()
    w.close()


def test_pin_menu_shows_the_code_on_each_key(window):
    window.choose_codes([code_id(window, "Waarden/Eerlijkheid")])
    window.menus.actions["pin3"].trigger()
    window.menus.menus["code/pin"].aboutToShow.emit()
    assert window.menus.actions["pin3"].text() == "Key 3 — Eerlijkheid"
    assert window.menus.actions["pin4"].text() == "Key 4"


def test_codebook_count_column_explains_itself(window):
    model = window.codebook.model
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Codings" in tip and "participants" in tip
    cell = model.index_of(code_id(window, "Waarden"), 1)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).startswith("1 coding from 1 participant")
