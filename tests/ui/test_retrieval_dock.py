"""Retrieved segments: participant filter, sorting, copy with source, export."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from .wb_support import code_id, project, select_text


def _two_segments(window):
    """Waarden has a coding in Marieke's interview; add one in David's."""
    window.show_document(project(window).document_by_name("david").id)
    select_text(window, "sofa")
    window.controller.code_selection(code_id(window, "Waarden/Betrouwbaarheid"))
    window.choose_codes([code_id(window, "Waarden")])
    return window.retrieval


def _click_row(qtbot, dock, row: int, double: bool = False) -> None:
    rect = dock.table.visualRect(dock.proxy.index(row, 0))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_filter_by_participant(window):
    dock = _two_segments(window)
    assert [dock.case.itemText(i) for i in range(dock.case.count())] == ["(all)", "David", "Marieke"]
    dock.case.setCurrentIndex(dock.case.findData("David"))
    assert [r.case for r in dock.model.rows] == ["David"]
    assert dock.count.text() == "1 of 2 segments"
    dock.case.setCurrentIndex(0)
    assert dock.model.rowCount() == 2


def test_sort_by_a_column_and_jump_from_the_sorted_row(window, qtbot):
    dock = _two_segments(window)
    header = dock.table.horizontalHeader()
    pos = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, 5))
    assert [r.document for r in dock.shown_rows()] == ["david", "marieke"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, 5))
    assert [r.document for r in dock.shown_rows()] == ["marieke", "david"]
    _click_row(qtbot, dock, 1, double=True)  # david, now the second row
    assert window.view.document_id == project(window).document_by_name("david").id
    assert window.view.textCursor().selectedText() == "sofa"


def test_copy_segment_with_its_source(window, qtbot):
    dock = _two_segments(window)
    dock.case.setCurrentIndex(dock.case.findData("David"))
    _click_row(qtbot, dock, 0)
    dock.table.setFocus()
    qtbot.keyClick(dock.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    start = project(window).document_by_name("david").text.index("sofa")
    assert text == f"“sofa” (David — david, {start}–{start + 4})"


def test_export_shown_segments_to_xlsx_and_csv(window, qtbot, tmp_path, monkeypatch):
    dock = _two_segments(window)
    dock.case.setCurrentIndex(dock.case.findData("David"))
    target = tmp_path / "fragmenten.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Code", "Document", "Participant", "Speaker")
    assert rows[1][:3] == ("Waarden/Betrouwbaarheid", "david", "David") and len(rows) == 2
    assert "segment" in rows[0] and "Webshop" in rows[1]
    assert "1 segment written to fragmenten.xlsx" in window.statusBar().currentMessage()
    assert dock.export(str(tmp_path / "all.csv"))
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert len(lines) == 2 and lines[1][9] == "sofa"
