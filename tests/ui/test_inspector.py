"""The coding inspector keeps showing the coding the user is working on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .wb_support import code_id, project, put_cursor


def test_keeps_the_coding_after_its_start_moves_past_the_cursor(window, qtbot):
    text = window.view.text
    start = text.index("Eerlijkheid")
    put_cursor(window, start + 1)
    ins = window.inspector
    coding_id = ins.current_id()
    assert ins.path.text() == "Waarden/Eerlijkheid"
    spin = ins.start
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(start + 5))  # the coding now starts after the cursor
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert project(window).coding(coding_id).start == start + 5
    assert ins.current_id() == coding_id and ins.details.isVisible()
    assert ins.start.value() == start + 5


def test_shows_the_coding_after_a_jump_from_retrieval(window, qtbot):
    window.show_document(project(window).document_by_name("david").id)
    window.choose_codes([code_id(window, "Pijnpunten")])
    dock = window.retrieval
    (row,) = dock.model.rows
    rect = dock.table.visualRect(dock.proxy.index(0, 0))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.document_id == row.document_id
    assert window.inspector.current_id() == row.coding_id
    assert window.inspector.path.text() == "Pijnpunten/Van het kastje naar de muur"
