"""Edits of several steps from the UI are one compound command: all or nothing, one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core import commands as c
from workbench.ui.codebook import CodebookDock

from . import wb_support
from .wb_support import codings, project, select_text

window, wb_env = wb_support.window, wb_support.wb_env  # fixtures


def test_in_vivo_whose_coding_fails_leaves_no_new_code(window, qtbot, monkeypatch):
    import workbench.ui.coding.actions as actions

    real = actions.AddCoding

    def broken(doc, code, start, end, **kw):  # the coding step is refused by the store
        return real(doc, code, start, 10**6, **kw)

    monkeypatch.setattr(actions, "AddCoding", broken)
    monkeypatch.setattr(window.controller, "choose_parent", lambda: None)
    depth = window.session.undo_stack.count()
    select_text(window, "Café-niveau service")
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert project(window).find_code("Café-niveau service") is None
    assert window.session.undo_stack.count() == depth
    assert "outside" in window.statusBar().currentMessage()


def test_in_vivo_undo_and_redo_are_one_step(window, qtbot, monkeypatch):
    monkeypatch.setattr(window.controller, "choose_parent", lambda: None)
    stack = window.session.undo_stack
    depth = stack.count()
    start, end = select_text(window, "Café-niveau service")
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == depth + 1
    assert (start, end, "Café-niveau service") in codings(window)
    stack.undo()
    assert project(window).find_code("Café-niveau service") is None
    stack.redo()
    assert (start, end, "Café-niveau service") in codings(window)
    assert stack.index() == depth + 1


def _dock(session, qtbot):
    dock = CodebookDock(session)
    qtbot.addWidget(dock)
    dock.resize(380, 480)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def _ctrl_click(qtbot, dock, ids) -> None:
    for i, cid in enumerate(ids):
        index = dock.view_index(cid)
        pos = dock.tree.visualRect(index).center()
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def test_changing_the_kind_of_several_codes_is_one_undo_step(session, qtbot):
    dock = _dock(session, qtbot)
    p = session.project
    ids = [p.code_by_path("Waarden/Eerlijkheid").id, p.code_by_path("Emoties/Boosheid").id]
    _ctrl_click(qtbot, dock, ids)
    assert sorted(dock.selected_code_ids()) == sorted(ids)
    dock.findChild(type(dock.actions.by_name["delete"]), "codebook.kind.driver").trigger()
    assert [p.code(i).kind for i in ids] == ["driver", "driver"]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Change kind of 2 codes"
    session.undo_stack.undo()
    assert [p.code(i).kind for i in ids] == ["value", "emotion"]


def test_a_refused_code_in_a_batch_leaves_the_others_unchanged(session, qtbot, monkeypatch):
    import workbench.ui.codebook.actions as actions

    dock = _dock(session, qtbot)
    p = session.project
    ids = [p.code_by_path("Waarden/Eerlijkheid").id, p.code_by_path("Emoties/Boosheid").id]
    _ctrl_click(qtbot, dock, ids)
    # the second change is refused by the store (its code was deleted meanwhile)
    monkeypatch.setattr(actions, "ChangeCode",
                        lambda cid, **kw: c.ChangeCode(10**6 if cid == ids[-1] else cid, **kw))
    dock.findChild(type(dock.actions.by_name["delete"]), "codebook.kind.driver").trigger()
    assert [p.code(i).kind for i in ids] == ["value", "emotion"]
    assert session.undo_stack.count() == 0


def test_moving_several_codes_is_one_undo_step(session, qtbot):
    dock = _dock(session, qtbot)
    p = session.project
    ids = [p.code_by_path("Waarden/Eerlijkheid").id, p.code_by_path("Waarden/Betrouwbaarheid").id]
    target = p.code_by_path("Verwachtingen").id
    dock.model._move(ids, target, -1)
    assert {p.code(i).parent_id for i in ids} == {target}
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert {p.code(i).parent_id for i in ids} == {p.code_by_path("Waarden").id}
