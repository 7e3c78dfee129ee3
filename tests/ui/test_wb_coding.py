"""Coding gestures in the workbench, driven with real keys and clicks."""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from workbench.ui.transcript.viewer import SELECTION_MIME

from .wb_support import code_id, codings, project, put_cursor, select_text, wait_focus


def test_select_text_and_press_enter_codes_with_the_codebook_selection(window, qtbot):
    assert window.codebook is not None
    window.codebook.select_code(code_id(window, "Waarden/Betrouwbaarheid"))
    start, end = select_text(window, "kan vertrouwen")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert (start, end, "Waarden/Betrouwbaarheid") in codings(window)
    stored = project(window).codings(code_ids=[code_id(window, "Waarden/Betrouwbaarheid")])[0]
    assert stored.coder == "Tester"


def test_code_activated_in_codebook_codes_the_selection(window):
    start, end = select_text(window, "terugbellen")
    window.codebook.codeActivated.emit(code_id(window, "Verwachtingen"))
    assert (start, end, "Verwachtingen") in codings(window)


def test_selection_snaps_to_whole_words(window):
    text = window.view.text
    start = text.index("doorverbonden")
    window.view.select_span(start + 3, start + 8)  # "rverb"
    assert window.view.selection_span() == (start, start + len("doorverbonden"))


def test_emoji_offsets_are_code_points(window, qtbot):
    """Coding a word after 😤 stores code-point offsets (Qt counts two units for it)."""
    text = window.view.text
    start = text.index("niemand")
    window.view.select_span(start, start + len("niemand"))
    cursor = window.view.textCursor()
    assert cursor.selectionStart() == start + 1  # UTF-16 position is one further
    assert cursor.selectedText() == "niemand"
    window.codebook.select_code(code_id(window, "Emoties/Boosheid"))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    (c,) = project(window).codings(code_ids=[code_id(window, "Emoties/Boosheid")])
    assert (c.start, c.end) == (start, start + 7)
    assert project(window).document(c.document_id).text[c.start:c.end] == "niemand"


def _drag_events(tree, index, mime):
    """Enter, move and drop events as the platform delivers them over `index`'s row."""
    tree.scrollTo(index)
    pos = tree.visualRect(index).center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return (QDragEnterEvent(pos, *args), QDragMoveEvent(pos, *args), QDropEvent(QPointF(pos), *args))


def test_drag_selection_onto_codebook(window, qtbot):
    """The viewer's own drag data, dropped through the tree's real drag and drop handlers.

    QDrag.exec cannot run offscreen; the rest of the path is the one a mouse drag takes (the
    text view offers only CopyAction since it is read-only). Before the fix the viewer's
    selection format was hidden by Qt's QTextEditMimeData, so the tree refused the drag."""
    start, end = select_text(window, "terugbellen")
    mime = window.view.createMimeDataFromSelection()
    assert mime.hasFormat(SELECTION_MIME) and mime.hasText()
    payload = json.loads(bytes(mime.data(SELECTION_MIME)).decode())
    assert payload == {"document_id": window.view.document_id, "start": start, "end": end}
    dock = window.codebook
    tree = dock.tree
    assert tree.acceptDrops() and tree.viewport().acceptDrops()
    target = dock.view_index(code_id(window, "Verwachtingen"))
    enter, move, drop = _drag_events(tree, target, mime)
    QApplication.sendEvent(tree.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(tree.viewport(), drop)
    assert drop.isAccepted()
    assert (start, end, "Verwachtingen") in codings(window)


def test_pinned_key_codes_the_selection(window, qtbot):
    window.controller.pin(3, code_id(window, "Waarden/Eerlijkheid"))
    start, end = select_text(window, "vertrouwen")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert (start, end, "Waarden/Eerlijkheid") in codings(window)
    # pins live in the settings, keyed by project
    assert window.settings.pins(str(project(window).path)) == {3: code_id(window, "Waarden/Eerlijkheid")}


def test_quick_code_palette(window, qtbot):
    start, end = select_text(window, "terugbellen")
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.palette
    assert palette is not None and palette.isVisible()
    wait_focus(qtbot, palette.edit)
    qtbot.keyClicks(palette.edit, "betrouw")
    assert palette.list.currentItem().text() == "Waarden/Betrouwbaarheid"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert (start, end, "Waarden/Betrouwbaarheid") in codings(window)


def test_palette_arrows_choose_another_code(window, qtbot):
    select_text(window, "terugbellen")
    palette = window.open_palette()
    wait_focus(qtbot, palette.edit)
    qtbot.keyClicks(palette.edit, "waarden")
    first = palette.list.currentItem().text()
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    second = palette.list.currentItem().text()
    assert first == "Waarden" and second.startswith("Waarden/")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert any(path == second for _, _, path in codings(window))


def test_in_vivo_creates_code_and_coding_in_one_undo_step(window, qtbot, monkeypatch):
    parent = code_id(window, "Verwachtingen")
    monkeypatch.setattr(window.controller, "choose_parent", lambda: parent)
    start, end = select_text(window, "Café-niveau service")
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert (start, end, "Verwachtingen/Café-niveau service") in codings(window)
    assert window.session.undo_stack.undoText() == "Code in vivo 'Café-niveau service'"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project(window).find_code("Verwachtingen/Café-niveau service") is None
    assert not any(p.startswith("Verwachtingen/") for _, _, p in codings(window))


def test_code_turn_and_sentence(window, qtbot):
    p = project(window)
    window.codebook.select_code(code_id(window, "Verwachtingen"))
    text = window.view.text
    put_cursor(window, text.index("gewoon verwachten"))
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    sentence = "Je mag toch gewoon verwachten dat ze je terugbellen, vind ik."
    s = text.index(sentence)
    assert (s, s + len(sentence), "Verwachtingen") in codings(window)
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    turn = next(t for t in p.turns(window.view.document_id) if t.start <= s < t.end)
    body = turn.start + len("Marieke: ")  # the speaker label is never coded
    assert (body, turn.end, "Verwachtingen") in codings(window)
    assert not any(start == turn.start for start, _, _ in codings(window))


def test_turn_sentence_and_selection_leave_the_speaker_label_out(window, qtbot):
    window.codebook.select_code(code_id(window, "Emoties"))
    text = window.view.text
    first = text.index("Marieke:")
    put_cursor(window, first + 2)  # on the label itself
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [text[s:e] for s, e, _ in codings(window, "Emoties")] == ["Eh, nou ja."]
    window.codebook.select_code(code_id(window, "Waarden"))
    select_text(window, "Marieke: Eh, nou")  # dragged from the start of the line
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert [text[s:e] for s, e, _ in codings(window, "Waarden")] == ["Eh, nou"]


def test_uncode_at_cursor(window, qtbot):
    text = window.view.text
    put_cursor(window, text.index("keer doorverbonden"))
    assert len(codings(window)) == 2
    qtbot.keyClick(window.view, Qt.Key.Key_U,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c[2] for c in codings(window)] == ["Waarden/Eerlijkheid"]


def test_mark_inferred_toggles(window, qtbot):
    put_cursor(window, window.view.text.index("Eerlijkheid") + 2)
    window.menus.actions["inferred"].trigger()
    (c,) = project(window).codings(code_ids=[code_id(window, "Waarden/Eerlijkheid")])
    assert c.inferred
    window.menus.actions["inferred"].trigger()
    (c,) = project(window).codings(code_ids=[code_id(window, "Waarden/Eerlijkheid")])
    assert not c.inferred


def test_undo_redo_chain_with_keys(window, qtbot):
    window.codebook.select_code(code_id(window, "Verwachtingen"))
    select_text(window, "terugbellen")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    select_text(window, "vertrouwen")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert len(codings(window, "Verwachtingen")) == 2
    assert window.menus.undo_action.text().startswith("Undo Code 'Verwachtingen'")
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert len(codings(window, "Verwachtingen")) == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert codings(window, "Verwachtingen") == []
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl | shift)
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl | shift)
    assert len(codings(window, "Verwachtingen")) == 2
    # the viewer repainted what undo/redo changed
    assert len(window.view.codings) == 4
