"""Documents: context menu and menu entries to rename, delete, assign a participant, edit
speakers and roles, and detect turns again — each one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMenu, QMessageBox

from workbench.core.commands import AddCode, AddCoding, AddDocument

from . import wb_support
from .wb_support import project

window, wb_env = wb_support.window, wb_support.wb_env  # fixtures


def item_rect(window, name):
    tree = window.documents.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == name:
            return tree.visualItemRect(item)
    raise AssertionError(name)


def select_doc(window, qtbot, name):
    qtbot.mouseClick(window.documents.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=item_rect(window, name).center())
    assert window.view.document_id == project(window).document_by_name(name).id


def action(window, name) -> QAction:
    found = window.documents.findChild(QAction, f"documents.{name}")
    assert found is not None
    return found


def undo(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.documents._pending)


def test_right_click_opens_the_document_menu(window, qtbot):
    """A real right-click: the mouse event goes to the window, as the platform delivers it,
    so Qt itself turns it into the context-menu request."""
    from PySide6.QtTest import QTest

    tree = window.documents.tree
    pos = item_rect(window, "david").center()
    at = tree.viewport().mapTo(window, pos)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    menu = window.documents.context_menu
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Open", "Rename…", "Assign participant…", "Speakers and roles…",
                     "Detect speaker turns again", "Delete…"]
    assert window.documents.current_id() == project(window).document_by_name("david").id
    menu.close()


def test_project_menu_has_the_document_entries(window, qtbot, monkeypatch):
    document_menu = window.menus.menus["project/document"]
    assert isinstance(document_menu, QMenu) and document_menu.title() == "&Document"
    assert [a.text() for a in document_menu.actions()] == [
        "&Rename…", "Assign &participant…", "&Speakers and roles…", "Detect speaker &turns again",
        "&Delete…"]
    select_doc(window, qtbot, "david")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("David B", True)))
    window.menus.actions["doc_rename"].trigger()
    assert project(window).document_by_name("David B") is not None
    window.set_project(None)
    assert not window.menus.actions["doc_rename"].isEnabled()


def test_rename_with_f2_updates_list_and_title_and_undoes(window, qtbot, monkeypatch):
    select_doc(window, qtbot, "david")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("David (webshop)", True)))
    window.documents.tree.setFocus()
    qtbot.keyClick(window.documents.tree, Qt.Key.Key_F2)
    doc_id = window.view.document_id
    assert project(window).document(doc_id).name == "David (webshop)"
    qtbot.waitUntil(lambda: window.documents.tree.topLevelItem(1).text(0) == "David (webshop)")
    assert window.panel.title.text().startswith("David (webshop)")
    assert "renamed" in window.statusBar().currentMessage()
    undo(window, qtbot)
    assert project(window).document(doc_id).name == "david"
    assert window.panel.title.text().startswith("david")


def test_rename_to_a_taken_name_is_refused_with_a_message(window, qtbot, monkeypatch):
    select_doc(window, qtbot, "david")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Marieke", True)))
    assert not window.documents.actions.rename()
    assert "already a document" in window.statusBar().currentMessage()


def test_delete_asks_first_and_is_undoable(window, qtbot, monkeypatch):
    select_doc(window, qtbot, "marieke")
    doc_id = window.view.document_id
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    window.documents.tree.setFocus()
    qtbot.keyClick(window.documents.tree, Qt.Key.Key_Delete)
    assert "2 codings" in asked[0] and project(window).document(doc_id) is not None
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(window.documents.tree, Qt.Key.Key_Delete)
    assert [d.name for d in project(window).documents()] == ["david"]
    assert window.view.document_id == project(window).document_by_name("david").id
    undo(window, qtbot)
    assert [d.name for d in project(window).documents()] == ["marieke", "david"]
    assert len(project(window).codings(document_id=doc_id)) == 2


def test_assign_a_new_participant(window, qtbot, monkeypatch):
    select_doc(window, qtbot, "david")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Dave Jansen", True)))
    action(window, "participant").trigger()
    p = project(window)
    doc = p.document_by_name("david")
    assert next(c.name for c in p.cases() if c.id == doc.case_id) == "Dave Jansen"
    qtbot.waitUntil(lambda: window.documents.tree.topLevelItem(1).text(1) == "Dave Jansen")
    assert window.panel.title.text() == "david  ·  Dave Jansen"
    undo(window, qtbot)
    assert next(c.name for c in p.cases() if c.id == p.document_by_name("david").case_id) == "David"


def test_speakers_dialog_renames_merges_and_sets_roles_in_one_step(window, qtbot, monkeypatch):
    p = project(window)
    text = ("Interviewer1: Hoe ging het?\n\nAnna: Ik werd bijv. drie keer doorverbonden.\n\n"
            "Interviewer 1: En toen?\n\nAnna: Toen was ik klaar.")
    turns, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        turns.append({"start": start, "end": start + len(para), "speaker": para.split(":")[0],
                      "role": "respondent"})
        pos = start + len(para)
    add = AddDocument("anna", text, turns, "nl")
    window.session.execute(add)
    code = AddCode(None, "Pijn")
    window.session.execute(code)
    s = text.index("drie keer")
    window.session.execute(AddCoding(add.created_id, code.created_id, s, s + 9))
    qtbot.waitUntil(lambda: window.documents.tree.topLevelItemCount() == 3)
    select_doc(window, qtbot, "anna")
    depth = window.session.undo_stack.count()
    dialog = window.documents.actions.edit_speakers()
    qtbot.waitExposed(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(3)] == ["Interviewer1", "Anna", "Interviewer 1"]
    # merge the two spellings: select both rows (click, ctrl+click) and press Merge
    table = dialog.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(2, 1)).center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=table.visualItemRect(table.item(0, 1)).center())
    dialog.set_role(2, "interviewer")
    offered = []

    def choose(parent, title, label, items, *args):
        offered.extend(items)
        return "Interviewer 1", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert sorted(offered) == ["Interviewer 1", "Interviewer1"]
    # rename Anna by typing in the cell
    table.setCurrentCell(1, 0)
    table.editItem(table.item(1, 0))
    editor = table.viewport().focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Anna de Vries")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    doc = p.document(add.created_id)
    assert doc.text.startswith("Interviewer 1: Hoe ging het?\n\nAnna de Vries: Ik werd")
    assert {(t.speaker, t.role) for t in p.turns(doc.id)} == {("Interviewer 1", "interviewer"),
                                                             ("Anna de Vries", "respondent")}
    coding = p.codings(document_id=doc.id)[0]
    assert doc.text[coding.start:coding.end] == "drie keer"
    assert window.view.text == doc.text  # the open transcript shows the new labels
    assert window.session.undo_stack.count() == depth + 1
    undo(window, qtbot)
    assert p.document(doc.id).text == text and window.view.text == text



def _interview(window, name: str, text: str, roles: dict[str, str]) -> int:
    turns, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        speaker = para.split(":")[0]
        turns.append({"start": start, "end": start + len(para), "speaker": speaker, "role": roles[speaker]})
        pos = start + len(para)
    add = AddDocument(name, text, turns, "nl")
    assert window.session.execute(add)
    return add.created_id


def test_speaker_rename_in_all_interviews_is_one_step(window, qtbot):
    """The interviewer's name is corrected once for every interview that has it; a role the
    user did not change stays as each interview has it."""
    p = project(window)
    roles = {"Int": "interviewer", "Bram": "respondent", "Cas": "respondent"}
    first = _interview(window, "bram", "Int: Hoe ging het?\n\nBram: Slecht.", roles)
    second = _interview(window, "cas", "Int: En bij u?\n\nCas: Prima.", roles)
    # here "Lotte" is someone else (a respondent): renaming Int to Lotte must not merge them
    third = _interview(window, "lotte", "Int: En u?\n\nLotte: Goed.", {**roles, "Lotte": "respondent"})
    other = p.document_by_name("marieke")
    before = p.document(other.id).text
    qtbot.waitUntil(lambda: window.documents.tree.topLevelItemCount() == 5)
    select_doc(window, qtbot, "bram")
    depth = window.session.undo_stack.count()
    dialog = window.documents.actions.edit_speakers()
    qtbot.waitExposed(dialog)
    dialog.set_name(0, "Lotte")
    qtbot.mouseClick(dialog.all_documents, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert p.document(first).text == "Lotte: Hoe ging het?\n\nBram: Slecht."
    assert p.document(second).text == "Lotte: En bij u?\n\nCas: Prima."
    assert {(t.speaker, t.role) for t in p.turns(second)} == {("Lotte", "interviewer"), ("Cas", "respondent")}
    assert p.document(other.id).text == before  # no speaker of that name there
    assert p.document(third).text == "Int: En u?\n\nLotte: Goed."  # left for the user to decide
    assert window.session.undo_stack.count() == depth + 1
    assert window.menus.undo_action.text() == "Undo Edit speakers in 2 interviews"
    undo(window, qtbot)
    assert p.document(first).text.startswith("Int:") and p.document(second).text.startswith("Int:")

def test_detect_turns_again_finds_speakers_and_keeps_codings(window, qtbot):
    p = project(window)
    text = "Interviewer: Hoe was de levering?\n\nBram: Prima, de bezorger was vriendelijk.\n\nInterviewer: Mooi."
    add = AddDocument("bram", text, [], "nl")  # imported without speakers: one turn
    window.session.execute(add)
    s = text.index("vriendelijk")
    code = p.child_codes(None)[0].id
    window.session.execute(AddCoding(add.created_id, code, s, s + 11))
    qtbot.waitUntil(lambda: window.documents.tree.topLevelItemCount() == 3)
    select_doc(window, qtbot, "bram")
    action(window, "redetect").trigger()
    turns = p.turns(add.created_id)
    assert [(t.speaker, t.role) for t in turns] == [("Interviewer", "interviewer"), ("Bram", "respondent"),
                                                   ("Interviewer", "interviewer")]
    coding = p.codings(document_id=add.created_id)[0]
    assert p.document(add.created_id).text[coding.start:coding.end] == "vriendelijk"
    assert "3 turns, 2 speakers" in window.statusBar().currentMessage()
    undo(window, qtbot)
    assert len(p.turns(add.created_id)) == 1


@pytest.mark.parametrize("name", ["rename", "participant", "speakers", "redetect", "delete"])
def test_actions_are_disabled_without_a_document(window, name):
    window.set_project(None)
    assert not action(window, name).isEnabled()
