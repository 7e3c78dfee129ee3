"""Inspector, margin brackets, retrieval, search and memos."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from .wb_support import code_id, codings, mouse, project, put_cursor, select_text


def _cursor_in(window, word: str) -> None:
    put_cursor(window, window.view.text.index(word) + 1)


def test_inspector_shows_coding_at_cursor(window):
    _cursor_in(window, "Eerlijkheid")
    ins = window.inspector
    assert ins.list.count() == 1
    assert ins.path.text() == "Waarden/Eerlijkheid"
    assert ins.coder.text() == "Sanne"
    assert ins.quote.text() == "“Eerlijkheid”"


def test_inspector_resize_with_spin_box(window, qtbot):
    _cursor_in(window, "Eerlijkheid")
    start = window.view.text.index("Eerlijkheid")
    new_end = window.view.text.index(", daar gaat het om") + len(", daar gaat het om")
    spin = window.inspector.end
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(new_end))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert codings(window, "Waarden/Eerlijkheid") == [(start, new_end, "Waarden/Eerlijkheid")]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert codings(window, "Waarden/Eerlijkheid") == [(start, start + 11, "Waarden/Eerlijkheid")]


def test_inspector_memo_commits_on_enter(window, qtbot):
    _cursor_in(window, "Eerlijkheid")
    memo = window.inspector.memo
    memo.setFocus()
    qtbot.keyClicks(memo, "kern")
    qtbot.keyClick(memo, Qt.Key.Key_Return)  # a memo may have several lines
    qtbot.keyClicks(memo, "waarde")
    (c,) = project(window).codings(code_ids=[code_id(window, "Waarden/Eerlijkheid")])
    assert c.memo == ""
    qtbot.keyClick(memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (c,) = project(window).codings(code_ids=[code_id(window, "Waarden/Eerlijkheid")])
    assert c.memo == "kern\nwaarde"
    assert "kern" in window.view.margin.tooltip_for(c.id)


def test_inspector_reassign_and_remove(window, qtbot):
    _cursor_in(window, "Eerlijkheid")
    combo = window.inspector.reassign
    target = combo.findText("Waarden/Betrouwbaarheid")
    combo.setFocus()
    while combo.currentIndex() != target:  # arrow keys on a closed combo box activate items
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    start = window.view.text.index("Eerlijkheid")
    assert (start, start + 11, "Waarden/Betrouwbaarheid") in codings(window)
    qtbot.mouseClick(window.inspector.remove_button, Qt.MouseButton.LeftButton)
    assert [c[2] for c in codings(window)] == ["Pijnpunten/Van het kastje naar de muur"]


def _bracket(window, path: str):
    cid = project(window).codings(code_ids=[code_id(window, path)])[0].id
    window.view.margin.repaint()
    return next(b for b in window.view.margin._brackets if b.coding_id == cid)


def test_margin_bracket_click_selects_and_drag_resizes(window, qtbot):
    margin = window.view.margin
    bracket = _bracket(window, "Pijnpunten/Van het kastje naar de muur")
    body = QPoint(bracket.x, (bracket.top + bracket.bottom) // 2)
    put_cursor(window, 0)
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=body)
    assert window.inspector.path.text() == "Pijnpunten/Van het kastje naar de muur"
    assert window.view.selected_coding == bracket.coding_id
    # drag the bottom end down two lines: the coding grows to the end of that line
    line_h = window.view.fontMetrics().lineSpacing()
    mouse(margin, "press", QPoint(bracket.x, bracket.bottom))
    mouse(margin, "move", QPoint(bracket.x, bracket.bottom + line_h))
    mouse(margin, "release", QPoint(bracket.x, bracket.bottom + line_h), held=False)
    (c,) = project(window).codings(code_ids=[code_id(window, "Pijnpunten/Van het kastje naar de muur")])
    text = window.view.text
    assert c.start == text.index("drie keer")
    assert text[c.start:c.end].endswith("vind ik.")  # end of the turn's second line
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (c,) = project(window).codings(code_ids=[code_id(window, "Pijnpunten/Van het kastje naar de muur")])
    assert text[c.start:c.end] == "drie keer doorverbonden"


def test_overlapping_codings_get_separate_columns(window):
    select_text(window, "drie keer doorverbonden 😤 en niemand")
    window.controller.code_selection(code_id(window, "Emoties/Boosheid"))
    cols = window.view.margin.columns
    ids = {c.code_id: c.id for c in project(window).codings(document_id=window.view.document_id)}
    a = ids[code_id(window, "Pijnpunten/Van het kastje naar de muur")]
    b = ids[code_id(window, "Emoties/Boosheid")]
    assert cols[a] != cols[b]


def test_retrieval_double_click_jumps_to_source(window, qtbot):
    david = project(window).document_by_name("david")
    text = david.text
    s = text.index("sofa")
    window.view.show_document(project(window), david.id)
    window.show_document(david.id)
    select_text(window, "sofa")
    window.controller.code_selection(code_id(window, "Waarden/Betrouwbaarheid"))
    window.show_document(project(window).document_by_name("marieke").id)
    window.choose_codes([code_id(window, "Waarden")])
    table = window.retrieval.table
    assert window.retrieval.model.rowCount() == 2
    row = next(i for i in range(2) if window.retrieval.model.rows[i].document == "david")
    assert window.retrieval.model.rows[row].speaker == "David"
    index = window.retrieval.proxy.mapFromSource(window.retrieval.model.index(row, 6))
    table.scrollTo(index)  # the quote column may start out of sight in a narrow dock
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.document_id == david.id
    assert window.view.selection_span() == (s, s + 4)
    assert window.view.textCursor().selectedText() == "sofa"


def test_retrieval_filters_by_attribute_and_coder(window, qtbot):
    window.show_document(project(window).document_by_name("david").id)
    select_text(window, "sofa")
    window.controller.code_selection(code_id(window, "Waarden/Eerlijkheid"))
    window.choose_codes([code_id(window, "Waarden")])
    r = window.retrieval
    assert r.model.rowCount() == 2
    r.attribute.setCurrentIndex(r.attribute.findData("segment"))
    r.value.setCurrentIndex(r.value.findData("Webshop"))
    assert [row.case for row in r.model.rows] == ["David"]
    r.attribute.setCurrentIndex(0)
    r.coder.setCurrentIndex(r.coder.findData("Sanne"))
    assert [row.coder for row in r.model.rows] == ["Sanne"]


def test_search_jump_and_code_all_hits(window, qtbot):
    dock = window.search
    dock.raise_()  # tabbed behind the retrieval panel
    dock.edit.setFocus()
    qtbot.keyClicks(dock.edit, "cafe")  # diacritics folded: finds "Café"
    qtbot.keyClick(dock.edit, Qt.Key.Key_Return)
    assert dock.results.count() == 1
    assert "<b style='background:#FFE082'>Café</b>" in dock.results.item(0).text()
    rect = dock.results.visualItemRect(dock.results.item(0))
    qtbot.mouseClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.textCursor().selectedText() == "Café"
    dock.edit.clear()
    dock.edit.setFocus()
    qtbot.keyClicks(dock.edit, "het")
    qtbot.keyClick(dock.edit, Qt.Key.Key_Return)
    n = dock.results.count()
    assert n == 3  # one hit per turn
    window.codebook.select_code(code_id(window, "Verwachtingen"))
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog  # asks first: code, unit, which turns
    assert dialog.isVisible() and dialog.code_id() == code_id(window, "Verwachtingen")
    dialog.set_unit("hit")
    qtbot.mouseClick(dialog.respondents, Qt.MouseButton.LeftButton)  # interviewer turns too
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert len(codings(window, "Verwachtingen")) == n
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step
    assert codings(window, "Verwachtingen") == []


def test_project_and_document_memo_dialogs(window, qtbot):
    dialog = window.edit_memo("project")
    qtbot.keyClicks(dialog.editor, "Focus op terugbellen")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert project(window).memo("project", 0).text == "Focus op terugbellen"
    dialog = window.edit_memo("document")
    qtbot.keyClicks(dialog.editor, "Boze klant")
    dialog.accept()
    assert project(window).memo("document", window.view.document_id).text == "Boze klant"
    window.codebook.select_code(code_id(window, "Waarden"))
    dialog = window.edit_memo("code")
    assert dialog.editor.toPlainText() == ""
    qtbot.keyClicks(dialog.editor, "Klantwaarden")
    dialog.accept()
    assert project(window).memo("code", code_id(window, "Waarden")).text == "Klantwaarden"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project(window).memo("code", code_id(window, "Waarden")) is None


def test_find_bar(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.panel.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "niemand")
    assert window.view.textCursor().selectedText() == "niemand"
    s = window.view.text.index("niemand")
    assert window.view.selection_span() == (s, s + 7)
    qtbot.keyClicks(bar.edit, "xyz")
    assert bar.status.text() == "Not found"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
