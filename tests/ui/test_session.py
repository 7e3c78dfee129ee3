"""The session's undo stack: a replay the store refuses leaves the stack and the data sound;
a storage failure is a normal refusal (status message), not a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.commands import AddCoding, AddDocument, ChangeCoding

from .wb_support import code_id, project, select_text


def _coding(session):
    p = session.project
    doc = p.document_by_name("marieke")
    start = doc.text.index("terugbellen")
    cmd = AddCoding(doc.id, p.code_by_path("Verwachtingen").id, start, start + 11, coder="Sanne",
                    code_name="Verwachtingen")
    assert session.execute(cmd)
    return cmd.created_id


def test_refused_undo_is_reported_and_taken_off_the_stack(session):
    failed = []
    session.failed.connect(failed.append)
    first = _coding(session)
    session.execute(ChangeCoding(first, memo="eerst"))
    ChangeCoding(first, memo="elders").apply(session.project)  # another window changed the row
    stack = session.undo_stack
    stack.undo()  # the memo edit cannot be replayed: refused, not raised
    assert "Edit memo of 'Verwachtingen' coding" in failed[0] and "has changed since" in failed[0]
    assert session.project.coding(first).memo == "elders"  # nothing was changed
    assert (stack.count(), stack.index()) == (1, 1)  # the refused step is gone, the rest stays
    assert stack.undoText() == "Code 'Verwachtingen'"
    stack.undo()  # the coding itself changed too: refused again, never half-undone
    assert len(failed) == 2 and "Code 'Verwachtingen'" in failed[1]
    assert (stack.count(), stack.index()) == (0, 0)
    assert session.project.coding(first).memo == "elders"


def test_refused_redo_is_reported_and_the_next_redo_is_safe(session):
    failed = []
    session.failed.connect(failed.append)
    first = _coding(session)
    session.execute(ChangeCoding(first, memo="eerst"))
    stack = session.undo_stack
    stack.undo()
    ChangeCoding(first, memo="elders").apply(session.project)
    stack.redo()  # refused
    assert failed and "Could not redo" in failed[0]
    assert session.project.coding(first).memo == "elders"
    assert not stack.canRedo()
    stack.redo()  # used to raise AttributeError
    assert stack.canUndo() and stack.undoText() == "Code 'Verwachtingen'"


def test_refused_undo_in_the_window_shows_a_message(window, qtbot):
    select_text(window, "terugbellen")
    assert window.controller.code_selection(code_id(window, "Verwachtingen"))
    (coding,) = project(window).codings(code_ids=[code_id(window, "Verwachtingen")])
    window.session.execute(ChangeCoding(coding.id, memo="eerst"))
    ChangeCoding(coding.id, memo="elders").apply(project(window))
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Could not undo" in window.statusBar().currentMessage()
    assert window.menus.undo_action.isEnabled()
    assert window.menus.undo_action.text() == "Undo Code 'Verwachtingen'"
    assert not window.menus.redo_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert project(window).coding(coding.id).memo == "elders"


def test_steps_below_a_refused_one_still_undo(session):
    first = _coding(session)
    p = session.project
    doc = p.document_by_name("marieke")
    start = doc.text.index("Eerlijkheid, daar")
    second = AddCoding(doc.id, p.code_by_path("Waarden").id, start, start + 11, code_name="Waarden")
    assert session.execute(second)
    ChangeCoding(second.created_id, memo="elders").apply(p)
    session.undo_stack.undo()  # refused: the second coding changed elsewhere
    session.undo_stack.undo()  # the first one is untouched and undoes
    assert p.coding(first) is None and p.coding(second.created_id).memo == "elders"
    session.undo_stack.redo()
    assert p.coding(first) is not None


def test_disk_full_is_a_failure_message_not_an_exception(session, qtbot):
    project = session.project
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages}")
    with qtbot.waitSignal(session.failed) as blocker:
        ok = session.execute(AddDocument("groot", "R: " + "woord " * 200_000, [], "nl"))
    assert ok is False
    assert "the disk is full" in blocker.args[0]
    assert session.undo_stack.count() == 0


def test_refusal_message_is_in_the_ui_language(session, qtbot):
    from workbench import i18n
    from workbench.core.commands import AddCode

    i18n.set_language("nl")
    try:
        with qtbot.waitSignal(session.failed) as blocker:
            assert not session.execute(AddCode(None, ""))
    finally:
        i18n.set_language("en")
    assert blocker.args == ["een code heeft een naam nodig"]


def test_damaged_file_met_while_reading_is_a_warning_not_a_crash(qtbot, monkeypatch, tmp_path):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from workbench.ui import errors

    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "workbench.log")
    warned, crashed = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: crashed.append(self) or 0)
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as exc:
        errors.handle_exception(type(exc), exc, exc.__traceback__)
    assert warned == ["the project file is damaged and cannot be used"] and crashed == []


def test_undo_and_redo_names_follow_a_language_switch(window, qtbot):
    """An edit made in English is named in Dutch in the Edit menu after switching, before and
    after it is undone (and again in English after switching back)."""
    select_text(window, "terugbellen")
    assert window.controller.code_selection(code_id(window, "Verwachtingen"))
    assert window.menus.undo_action.text() == "Undo Code 'Verwachtingen'"
    try:
        window.menus.actions["lang_nl"].trigger()
        dutch = window.menus.undo_action.text()
        assert dutch.startswith("Ongedaan maken") and "Verwachtingen" in dutch and "Code '" not in dutch
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.menus.redo_action.text().endswith(dutch.split(" ", 2)[-1])
        qtbot.keyClick(window.view, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.menus.undo_action.text() == dutch  # redone: named as before, not nested
    finally:
        window.menus.actions["lang_en"].trigger()
    assert window.menus.undo_action.text() == "Undo Code 'Verwachtingen'"
