"""Helpers for the coding-workbench GUI tests (the fixtures are in conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.ui import conftest as _fixtures

wb_env, window = _fixtures.wb_env, _fixtures.window  # for modules that still import them from here
open_window = _fixtures.open_window


def project(window):
    return window.session.project


def select_text(window, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Select a phrase in the shown document; returns its code-point span."""
    text = window.view.text
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    window.view.select_span(start, start + len(needle))
    window.view.setFocus()
    return start, start + len(needle)


def put_cursor(window, offset: int) -> None:
    window.view.select_span(offset, offset)
    window.view.setFocus()


def code_id(window, path: str) -> int:
    return project(window).code_by_path(path).id


def codings(window, path: str | None = None) -> list[tuple[int, int, str]]:
    p = project(window)
    ids = [p.code_by_path(path).id] if path else None
    return [(c.start, c.end, p.code_path(c.code_id)) for c in p.codings(code_ids=ids)]


def mouse(widget, kind, pos: QPoint, button=Qt.MouseButton.LeftButton, held=True) -> None:
    """A mouse event with the button state set (qtbot.mouseMove cannot hold a button)."""
    event_type = {"press": QMouseEvent.Type.MouseButtonPress, "move": QMouseEvent.Type.MouseMove,
                  "release": QMouseEvent.Type.MouseButtonRelease}[kind]
    buttons = button if held and kind != "release" else Qt.MouseButton.NoButton
    event = QMouseEvent(event_type, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton if kind == "move" else button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def wait_focus(qtbot, widget) -> None:
    """Dialogs get keyboard focus once the (offscreen) window manager activates them."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
