"""UI fixtures: a Session over the sample project."""

from __future__ import annotations

import pytest

from workbench import schemes
from workbench.ui.session import Session


@pytest.fixture
def scheme_specs():
    return schemes.scheme_specs


@pytest.fixture
def session(sample_project, qtbot):
    s = Session(sample_project, coder="Sanne")
    yield s
    s.project.events.unsubscribe(s._relay)
    s.undo_stack.clear()
