"""The participants dialog: edit cells, add participants and attributes, assign interviews."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from workbench.ui.participants import ParticipantsDialog


@pytest.fixture
def dialog(session, qtbot):
    widget = ParticipantsDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def edit_cell(qtbot, view, index, text: str) -> None:
    """Double-click the cell, type, press Enter — as a user does."""
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    # the previous cell's editor may still be waiting for deletion: take the visible one
    def visible_editor():
        return next((e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()), None)

    qtbot.waitUntil(lambda: visible_editor() is not None, timeout=2000)
    editor = visible_editor()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on the next turn of the event loop


def test_shows_participants_and_attributes(dialog):
    model = dialog.model
    assert [c.name for c in model.cases] == ["David", "Marieke"]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "segment"
    row = dialog.row_of("Marieke")
    assert dialog.cell(row, 1).data() == "1"
    assert dialog.cell(row, dialog.column_of("segment")).data() == "Energie"


def test_edit_attribute_cell_and_undo(dialog, session, qtbot):
    row, col = dialog.row_of("David"), dialog.column_of("segment")
    edit_cell(qtbot, dialog.table, dialog.cell(row, col), "Retail")
    assert session.project.case_by_name("David").attributes["segment"] == "Retail"
    assert dialog.cell(row, col).data() == "Retail"
    session.undo_stack.undo()
    assert session.project.case_by_name("David").attributes["segment"] == "Webshop"
    assert dialog.cell(row, col).data() == "Webshop"


def test_number_attribute_refuses_text_with_message(dialog, session, qtbot):
    assert dialog.add_attribute("NPS", "number")
    col = dialog.column_of("NPS")
    row = dialog.row_of("Marieke")
    edit_cell(qtbot, dialog.table, dialog.cell(row, col), "acht")
    assert dialog.error_label.isVisibleTo(dialog) and "acht" in dialog.error_label.text()
    assert "NPS" not in session.project.case_by_name("Marieke").attributes
    edit_cell(qtbot, dialog.table, dialog.cell(row, col), "8,5")
    assert session.project.case_by_name("Marieke").attributes["NPS"] == 8.5
    assert dialog.cell(row, col).data() == "8.5"
    assert not dialog.error_label.isVisibleTo(dialog)


def test_add_and_rename_participant(dialog, session, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Fatima", True)))
    qtbot.mouseClick(dialog.add_case_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in dialog.model.cases] == ["David", "Fatima", "Marieke"]
    edit_cell(qtbot, dialog.table, dialog.cell(dialog.row_of("Fatima"), 0), "Fatima B")
    assert session.project.find_case_id("Fatima B") is not None
    session.undo_stack.undo()
    assert session.project.find_case_id("Fatima") is not None
    session.undo_stack.undo()
    assert session.project.find_case_id("Fatima") is None


def test_add_attribute_column_with_type(dialog, session):
    assert dialog.add_attribute("leeftijdsgroep", "choice")
    assert ("leeftijdsgroep", "choice") in dialog.model.attributes
    assert not dialog.add_attribute("Segment", "text")  # exists already: refused, nothing lost
    assert session.project.case_by_name("Marieke").attributes["segment"] == "Energie"
    assert "segment" in dialog.error_label.text()


def test_assign_interview_to_participant(dialog, session, qtbot):
    docs = dialog.documents_model
    row = next(i for i, d in enumerate(docs.rows) if d.name == "david")
    index = docs.index(row, 1)
    assert index.data() == "David"
    assert docs.setData(index, "Marieke")
    assert session.project.document_by_name("david").case_id == session.project.find_case_id("Marieke")
    assert dialog.model.index(dialog.row_of("Marieke"), 1).data() == "2"
    session.undo_stack.undo()
    assert session.project.document_by_name("david").case_id == session.project.find_case_id("David")
