"""The suggestions panel in the main window: run in the background, review, accept with undo,
reject, accept all above a threshold, and the dotted underline in the transcript."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workbench.core.commands import DeleteCode
from workbench.ui.suggestions import runner

from . import wb_support
from .wb_support import project

window, wb_env = wb_support.window, wb_support.wb_env  # fixtures


def _run(window, qtbot):
    dock = window.suggestions
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() > 0, timeout=30000)
    return dock


def _rows(dock):
    return [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]


def test_run_lists_suggestions_with_score_reason_and_underlines_them(window, qtbot):
    dock = _run(window, qtbot)
    items = _rows(dock)
    scores = [float(it.text(0)) for it in items]
    assert scores == sorted(scores, reverse=True)
    assert all(it.text(3) for it in items)  # every suggestion says why
    pending = project(window).suggestions()
    assert len(pending) == len(items)
    assert window.view.highlighter.suggested  # the shown document has dotted spans
    # Interviewer questions are not read by default.
    text = window.view.text
    assert not any(text[s.start:s.end].startswith("Hoe ging") for s in pending)
    assert window.menus.actions["suggest"].isEnabled()


def test_selecting_a_row_shows_it_in_context_and_in_the_transcript(window, qtbot):
    dock = _run(window, qtbot)
    item = _rows(dock)[0]
    dock.tree.setCurrentItem(item)
    s = project(window).suggestion(item.data(0, Qt.ItemDataRole.UserRole))
    assert window.view.document_id == s.document_id
    assert window.view.selection_span(snap=False) == (s.start, s.end)
    assert "<b" in dock.context.text() and dock.context.text().count("…") >= 1


def test_accept_is_one_undo_step_and_reject_is_for_good(window, qtbot):
    dock = _run(window, qtbot)
    p = project(window)
    before = len(p.codings())
    first = _rows(dock)[0]
    sid = first.data(0, Qt.ItemDataRole.UserRole)
    dock.tree.setCurrentItem(first)
    qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
    assert len(p.codings()) == before + 1
    assert p.suggestion(sid).status == "accepted"
    assert sid not in [it.data(0, Qt.ItemDataRole.UserRole) for it in _rows(dock)]
    window.menus.undo_action.trigger()
    assert len(p.codings()) == before and p.suggestion(sid).status == "pending"
    assert sid in [it.data(0, Qt.ItemDataRole.UserRole) for it in _rows(dock)]
    # Reject: gone, and a new run does not bring it back.
    item = next(it for it in _rows(dock) if it.data(0, Qt.ItemDataRole.UserRole) == sid)
    dock.tree.setCurrentItem(item)
    qtbot.mouseClick(dock.reject_button, Qt.MouseButton.LeftButton)
    assert p.suggestion(sid).status == "rejected"
    _run(window, qtbot)
    assert sid not in [it.data(0, Qt.ItemDataRole.UserRole) for it in _rows(dock)]


def test_accept_all_above_threshold(window, qtbot, monkeypatch):
    dock = _run(window, qtbot)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dock.threshold.setValue(0.7)
    high = [r for r in project(window).suggestions() if r.score >= 0.7]
    low = [r for r in project(window).suggestions() if r.score < 0.7]
    assert high
    qtbot.mouseClick(dock.accept_all, Qt.MouseButton.LeftButton)
    assert {r.id for r in project(window).suggestions()} == {r.id for r in low}
    assert window.session.undo_stack.count() == 1  # one step for all of them


def test_clicking_a_dotted_span_opens_the_suggestion(window, qtbot):
    dock = _run(window, qtbot)
    s = project(window).suggestions(document_id=window.view.document_id)[0]
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(view.map.to16(s.start) + 2)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    selected = dock.selected_ids()
    assert selected and project(window).suggestion(selected[0]).start <= s.start + 2 < s.end
    tip = dock.overlay.tip(s.start + 2)
    assert tip and tip.startswith("Suggested:") and "Click to review" in tip
    assert dock.overlay.tip(0) is None  # the interviewer's first words carry no suggestion


def test_kind_filter_and_this_document_only(window, qtbot):
    dock = _run(window, qtbot)
    dock.kind.setCurrentIndex(dock.kind.findData("emotion"))
    kinds = {c.id: c.kind for c in project(window).codes()}
    assert all(kinds[dock.rows[i].code_id] == "emotion" for i in dock.rows)
    dock.kind.setCurrentIndex(0)
    dock.this_document.setChecked(True)
    assert {r.document_id for r in dock.rows.values()} == {window.view.document_id}


def test_cancelled_run_stores_nothing_and_empty_codebook_says_so(window, qtbot, monkeypatch):
    dock = window.suggestions
    monkeypatch.setattr(runner, "run_with_progress", lambda *a, **k: None)  # Cancel pressed
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert project(window).suggestions() == []
    monkeypatch.undo()
    for code in [c for c in project(window).codes() if c.parent_id is None]:
        window.session.execute(DeleteCode(code.id))
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert "codebook is empty" in dock.context.text()


def test_dutch_labels(window):
    window.menus.actions["lang_nl"].trigger()
    assert window.suggestions.run_button.text() == "Codes voorstellen…"
    assert window.menus.actions["suggest"].text() == "Co&des voorstellen…"


def test_panel_behind_a_tab_is_built_when_first_used(window, qtbot):
    """The panel starts behind the Search tab and is not built when the window opens; the
    menu command builds it, with the open project, and runs."""
    dock = window.suggestions
    assert not dock.built and "tree" not in dock.__dict__
    window.menus.actions["suggest"].trigger()
    qtbot.waitUntil(lambda: dock.built and dock.tree.topLevelItemCount() > 0, timeout=30000)
    assert dock.run_button.isEnabled()  # it caught up with the session opened before it was built
    window.search.raise_()
    dock.raise_()  # shown again later: nothing is built twice
    assert dock.tree.topLevelItemCount() > 0
