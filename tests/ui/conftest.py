"""UI fixtures: a Session over the sample project, panels attached to it the way the main
window attaches them, and the main window itself on the sample project."""

from __future__ import annotations

import pytest

from workbench import i18n, schemes
from workbench.ui.main_window import MainWindow
from workbench.ui.panels import Panels
from workbench.ui.session import Session
from workbench.ui.settings import Settings


@pytest.fixture
def scheme_specs():
    return schemes.scheme_specs


@pytest.fixture
def session(sample_project, qtbot):
    s = Session(sample_project, coder="Sanne")
    yield s
    s.project.events.unsubscribe(s._relay)
    s.undo_stack.clear()


@pytest.fixture
def attach(session):
    """attach(panel): give a panel the session and route its changes, as the window does."""
    registries = []

    def attach_panel(panel):
        panels = Panels([panel])
        panels.set_session(session)
        registries.append(panels)
        return panel

    yield attach_panel
    for panels in registries:
        panels.set_session(None)


@pytest.fixture
def wb_env(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("WORKBENCH_CODER", "Tester")
    i18n.set_language("en")
    yield tmp_path
    i18n.set_language("en")


def open_window(qtbot, path, size=(1400, 900)) -> MainWindow:
    """The main window, shown at a fixed size, with the project at path open."""
    w = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(path)
    return w


@pytest.fixture
def window(qtbot, sample_project, wb_env):
    path = sample_project.path
    sample_project.close()  # the window opens its own connection
    w = open_window(qtbot, path)
    yield w
    w.close()
