"""Main window: language switch, project errors, screenshots, error dialog, repaint scope."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from workbench.core.commands import AddCoding
from workbench.ui import errors
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings

from .wb_support import code_id, project, select_text


def _menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_language_switch_retranslates_live(window):
    assert _menu_titles(window)[:3] == ["&File", "&Edit", "&Code"]
    window.menus.actions["lang_nl"].trigger()
    assert _menu_titles(window)[:3] == ["&Bestand", "Be&werken", "&Coderen"]
    assert window.inspector.windowTitle() == "Codering bekijken"
    assert window.retrieval.model.headerData(0, Qt.Orientation.Horizontal) == "Document"
    assert window.retrieval.model.headerData(1, Qt.Orientation.Horizontal) == "Deelnemer"
    assert window.menus.undo_action.text() == "Ongedaan maken"
    assert window.settings.language == "nl"
    window.menus.actions["lang_en"].trigger()
    assert window.menus.actions["uncode"].text() == "&Uncode"


def test_undo_action_names_the_edit_after_language_switch(window):
    select_text(window, "terugbellen")
    window.controller.code_selection(code_id(window, "Verwachtingen"))
    window.menus.actions["lang_nl"].trigger()
    text = window.menus.undo_action.text()  # the edit's name is Dutch now too
    assert text.startswith("Ongedaan maken ") and "'Verwachtingen'" in text and "Code '" not in text
    window.menus.undo_action.trigger()
    assert project(window).codings(code_ids=[code_id(window, "Verwachtingen")]) == []


def test_open_non_project_shows_message_not_traceback(qtbot, wb_env, monkeypatch):
    bad = wb_env / "notes.iwb"
    bad.write_text("not a project")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert not w.open_project(bad)
    assert "notes.iwb" in shown[0] and "not a project file" in shown[0]
    assert w.session is None


def test_project_open_elsewhere_warns(qtbot, held_elsewhere, wb_env, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert w.open_project(held_elsewhere)  # another process holds it open
    assert "sample.iwb" in shown[0]
    w.close()


def test_status_bar_and_recent_projects(window):
    assert window.status.project_label.text() == "Project: sample"
    assert window.status.document_label.text() == "Document: marieke"
    assert window.status.coder_label.text() == "Coder: Tester"
    assert window.settings.recent()[0].endswith("sample.iwb")
    assert window.menus.menus["recent"].actions()[0].text().endswith("sample.iwb")


def test_dock_layout_is_remembered(qtbot, window, wb_env):
    window.retrieval.setFloating(True)
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.retrieval.isFloating()


def test_documents_dock_click_opens_document(window, qtbot):
    tree = window.documents.tree
    item = tree.topLevelItem(1)
    assert [item.text(c) for c in range(4)] == ["david", "David", "27", "0"]
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.document_id == project(window).document_by_name("david").id
    assert tree.topLevelItem(0).text(3) == "2"


def test_new_coding_rehighlights_only_its_blocks(window):
    view = window.view
    hl = view.highlighter
    before = hl.highlighted_blocks
    start, _ = select_text(window, "Dat ik ze kan vertrouwen")
    window.controller.code_selection(code_id(window, "Waarden/Betrouwbaarheid"))
    assert hl.highlighted_blocks - before == 1
    block = view.document().findBlock(view.map.to16(start))
    fmt = [r for r in block.layout().formats() if r.start <= view.map.to16(start) - block.position()
           < r.start + r.length]
    assert any(r.format.background().color().alpha() > 0 for r in fmt)


def test_document_opened_while_the_view_is_hidden_is_formatted_when_shown(window):
    """Opening from the empty page: the view is hidden while the text loads (nothing is
    formatted at a size it does not have) and shown again at its old size, without a resize:
    the blocks it shows are formatted before the first paint all the same."""
    view, hl = window.view, window.view.highlighter
    other = next(d.id for d in project(window).documents() if d.id != view.document_id)
    window.show_document(None)
    assert not view.isVisible()
    window.show_document(other)  # no event loop turn: no paint, no idle formatting yet
    assert view.isVisible()
    first, last = view.visible_block_range()
    assert last > first
    assert all(hl._done[b] for b in range(first, last + 1))

    window.panel.hide()  # scrolled while hidden: Qt sends no update request for that
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.panel.show()
    first, last = view.visible_block_range()
    assert first > 0 and all(hl._done[b] for b in range(first, last + 1))


def test_edits_from_other_widgets_are_painted(window):
    """A coding made through the session by another widget is painted too."""
    p = project(window)
    doc = p.document_by_name("marieke")
    start = doc.text.index("Café")
    window.session.execute(AddCoding(doc.id, code_id(window, "Emoties"), start, start + 4))
    assert any(c.start == start for c in window.view.codings.values())


class _Boom(QObject):
    fire = Signal()

    def explode(self):
        raise RuntimeError("kapot")


def test_exception_in_slot_shows_dialog_and_app_survives(window, qtbot, monkeypatch, wb_env):
    monkeypatch.setattr(errors, "log_path", lambda: wb_env / "logs" / "workbench.log")
    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    errors.install_excepthook()
    try:
        boom = _Boom()
        boom.fire.connect(boom.explode)
        QTimer.singleShot(0, boom.fire.emit)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        import sys
        sys.excepthook = sys.__excepthook__
    dialog = shown[0]
    assert "kapot" in dialog.informativeText() and "RuntimeError" not in dialog.informativeText()
    assert "RuntimeError: kapot" in dialog.detailedText()
    assert "Traceback" in dialog.detailedText()
    assert "kapot" in (wb_env / "logs" / "workbench.log").read_text()
    # still working
    select_text(window, "terugbellen")
    assert window.controller.code_selection(code_id(window, "Verwachtingen"))


@pytest.mark.parametrize("size", [None, (1200, 800)])
def test_screenshot_mode_writes_png(tmp_path, sample_project, wb_env, size):
    from workbench.ui.app import run_gui

    path = sample_project.path
    sample_project.close()
    out = tmp_path / "shot.png"
    assert run_gui(str(path), screenshot=str(out), size=size) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (size or (1600, 1000))
    assert os.path.getsize(out) > 10_000
