"""The action table drives menus, shortcuts, enabled state and texts; panels follow one path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from workbench.core.commands import AddDocument
from workbench.ui import action_table
from workbench.ui.action_table import ACTIONS, Act
from workbench.ui.main_window import MainWindow
from workbench.ui.panels import Panel, Panels
from workbench.ui.settings import Settings

from .wb_support import project

INTERVIEW = "Interviewer: Hoe was de monteur?\n\nAnouk: De zonnepanelen lagen er binnen een dag op."


def test_every_table_entry_is_in_its_menu_with_a_text(window):
    for spec in ACTIONS:
        if spec.key in ("-", "/"):
            continue
        act = window.menus.actions[spec.key]
        if spec.menu:
            assert act in window.menus.menus[spec.menu].actions(), spec.key
            assert act.text() and not act.text().startswith("wb.menu."), spec.key
        assert act in (window.view if spec.scope == "view" else window).actions()


def test_with_a_project_every_project_action_is_enabled(window):
    """No command is silently disabled because its module 'might be missing'."""
    for spec in ACTIONS:
        if spec.key not in ("-", "/") and spec.needs in ("project", "document", ""):
            assert window.menus.actions[spec.key].isEnabled(), spec.key


def test_without_a_project_only_project_free_actions_are_enabled(window):
    window.close_project()
    for spec in ACTIONS:
        if spec.key in window.menus.actions:
            assert window.menus.actions[spec.key].isEnabled() == (spec.needs == ""), spec.key


def test_shortcut_from_the_table_reaches_its_slot(window, qtbot):
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.find_bar.isVisible()


def test_undo_and_redo_follow_the_stack(window):
    undo, redo = window.menus.undo_action, window.menus.redo_action
    assert not undo.isEnabled() and undo.text() == "Undo"
    window.session.execute(AddDocument("anouk", INTERVIEW, [], "nl"))
    assert undo.isEnabled() and undo.text() == "Undo Import 'anouk'"
    undo.trigger()
    assert redo.isEnabled() and redo.text() == "Redo Import 'anouk'"
    assert not undo.isEnabled()


def test_adding_a_command_is_one_table_line(qtbot, wb_env, monkeypatch):
    called = []
    extra = Act("demo_extra", "project", "show_message", "Ctrl+Alt+J", args=("hello",))
    monkeypatch.setattr(action_table, "ACTIONS", (*ACTIONS, extra))
    monkeypatch.setattr("workbench.ui.main_menus.ACTIONS", (*ACTIONS, extra))
    w = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(w)
    monkeypatch.setattr(w, "show_message", lambda text: called.append(text))
    act = w.menus.actions["demo_extra"]
    assert act in w.menus.menus["project"].actions()
    assert act.shortcut() == QKeySequence("Ctrl+Alt+J")
    assert not act.isEnabled()  # needs a project
    w.menus.menus["project"].setEnabled(True)
    act.setEnabled(True)
    act.trigger()
    assert called == ["hello"]


def test_every_panel_is_registered_once_and_follows_the_session(window):
    items = window.panels.items
    assert len(items) == len({id(p) for p in items})
    assert all(isinstance(p, Panel) for p in items)
    for dock in window.docks():
        assert dock in items
    assert all(getattr(p, "session", window.session) is window.session for p in items)
    window.close_project()
    assert all(getattr(p, "session", None) is None for p in items)


def test_a_panel_without_the_protocol_is_refused():
    with pytest.raises(TypeError):
        Panels([object()])


def test_search_hits_follow_an_undone_import(window, qtbot):
    """Import, search, undo the import, activate a hit: no hit into a removed document."""
    window.session.execute(AddDocument("anouk", INTERVIEW, [], "nl"))
    search = window.search
    search.edit.setFocus()
    qtbot.keyClicks(search.edit, "zonnepanelen")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert [h.document for h in search.hits] == ["anouk"]
    window.menus.undo_action.trigger()  # undo the import
    assert sorted(project(window).document_names()) == ["david", "marieke"]
    assert search.hits == [] and search.results.count() == 0
    assert search.count.text() == "0 hits"
    window.menus.redo_action.trigger()
    qtbot.waitUntil(lambda: search.results.count() == 1)
    search.results.setCurrentRow(0)
    search.results.setFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert window.view.document_id == project(window).document_by_name("anouk").id


def test_undo_menu_names_the_inspector_edit(window, qtbot):
    window.view.select_span(*(lambda s: (s + 1, s + 1))(window.view.text.index("Eerlijkheid")))
    memo = window.inspector.memo
    memo.setFocus()
    qtbot.keyClicks(memo, "kern")
    qtbot.keyClick(memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.menus.undo_action.text() == "Undo Edit memo of 'Eerlijkheid' coding"
    window.inspector.inferred.click()
    assert window.menus.undo_action.text() == "Undo Mark 'Eerlijkheid' coding as inferred"


def test_no_two_entries_of_a_menu_share_a_mnemonic(window):
    """Alt+P then D must open one thing: within every menu (and the menu bar) the underlined
    letters differ, in English and in Dutch."""
    import re

    from PySide6.QtWidgets import QMenu

    try:
        for lang in ("en", "nl"):
            window.menus.set_language(lang)
            for menu in [window.menuBar(), *window.findChildren(QMenu)]:
                letters: dict[str, list[str]] = {}
                for action in menu.actions():
                    text = action.menu().title() if action.menu() else action.text()
                    found = re.search(r"&(\w)", text)
                    if found:
                        letters.setdefault(found.group(1).lower(), []).append(text)
                clashes = {k: v for k, v in letters.items() if len(v) > 1}
                assert not clashes, (lang, clashes)
    finally:
        window.menus.set_language("en")
