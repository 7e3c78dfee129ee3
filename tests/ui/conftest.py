"""UI fixtures: a Session over the sample project, and the scheme → specs conversion when the
lead's `workbench.schemes.scheme_specs` is not there yet (test-only stand-in)."""

from __future__ import annotations

import pytest

from workbench import schemes
from workbench.ui.session import Session


def specs_stand_in(scheme, lang: str) -> list[dict]:
    def spec(code) -> dict:
        return {
            "name": code.name(lang), "kind": code.kind, "color": code.color,
            **{key: code.text(key, lang) for key in ("definition", "use_when", "do_not_use_when",
                                                     "example")},
            "indicators": {k: list(v) for k, v in code.indicators.items()},
            "children": [spec(child) for child in code.children],
        }

    return [spec(code) for code in scheme.codes]


@pytest.fixture
def scheme_specs(monkeypatch):
    if not hasattr(schemes, "scheme_specs"):
        monkeypatch.setattr(schemes, "scheme_specs", specs_stand_in, raising=False)
    return schemes.scheme_specs


@pytest.fixture
def session(sample_project, qtbot):
    s = Session(sample_project, coder="Sanne")
    yield s
    s.project.events.unsubscribe(s._relay)
    s.undo_stack.clear()
