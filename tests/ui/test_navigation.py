"""Keyboard: next/previous coding, next coding of the chosen code, zoom with keys and wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from workbench.core.commands import AddCoding
from workbench.ui.coding.navigate import step_in_document

from .wb_support import code_id, project, put_cursor

ALT = Qt.KeyboardModifier.AltModifier


def _starts(window, *words):
    return [window.view.text.index(w) for w in words]


def test_alt_down_and_up_walk_through_the_codings(window, qtbot):
    kastje, eerlijk = _starts(window, "drie keer doorverbonden", "Eerlijkheid")
    put_cursor(window, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    assert window.view.cursor_offset() == kastje
    assert window.inspector.path.text() == "Pijnpunten/Van het kastje naar de muur"
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    assert window.view.cursor_offset() == eerlijk
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)  # wraps to the first
    assert window.view.cursor_offset() == kastje
    qtbot.keyClick(window.view, Qt.Key.Key_Up, ALT)
    assert window.view.cursor_offset() == eerlijk


def test_next_coding_of_the_chosen_code_crosses_documents(window, qtbot):
    p = project(window)
    david = p.document_by_name("david")
    start = david.text.index("sofa")
    window.session.execute(AddCoding(david.id, code_id(window, "Waarden/Eerlijkheid"), start, start + 4))
    window.choose_codes([code_id(window, "Waarden/Eerlijkheid")])
    put_cursor(window, 0)
    window.view.setFocus()
    shift_alt = ALT | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Down, shift_alt)
    assert window.view.document_id == p.document_by_name("marieke").id
    qtbot.keyClick(window.view, Qt.Key.Key_Down, shift_alt)
    assert window.view.document_id == david.id and window.view.cursor_offset() == start
    assert window.inspector.path.text() == "Waarden/Eerlijkheid"


def test_zoom_with_keys_and_ctrl_wheel_is_remembered(window, qtbot):
    size = window.settings.font_size
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.font_size == size + 1
    assert window.view.font().pointSize() == size + 1
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.font_size == size - 1
    pos = QPointF(window.view.viewport().rect().center())
    wheel = QWheelEvent(pos, QPointF(window.view.viewport().mapToGlobal(pos.toPoint())), QPoint(),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.view.viewport(), wheel)
    assert window.settings.font_size == size


def test_step_in_document_wraps_both_ways():
    class C:
        def __init__(self, i, s):
            self.id, self.start, self.end = i, s, s + 3

    codings = [C(1, 10), C(2, 30), C(3, 50)]
    assert step_in_document(codings, 10, True).id == 2
    assert step_in_document(codings, 60, True).id == 1
    assert step_in_document(codings, 10, False).id == 3
    assert step_in_document([], 0, True) is None
