"""Fixtures and helpers for the coding-workbench GUI tests (imported by test_wb_*.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from workbench import i18n
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings


@pytest.fixture
def wb_env(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("WORKBENCH_CODER", "Tester")
    i18n.set_language("en")
    yield tmp_path
    i18n.set_language("en")


@pytest.fixture
def window(qtbot, sample_project, wb_env):
    path = sample_project.path
    sample_project.close()  # the window opens its own connection
    w = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(path)
    yield w
    w.close()


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
