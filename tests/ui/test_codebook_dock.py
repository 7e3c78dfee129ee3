"""The codebook dock driven like a user: clicks, keys, context-menu actions and drops."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit, QMessageBox

from workbench.ui.codebook import CodebookDock
from workbench.ui.codebook.merge_dialog import MergeTargetDialog
from workbench.ui.codebook.model import SELECTION_MIME


@pytest.fixture
def dock(session, attach, qtbot):
    widget = attach(CodebookDock())
    qtbot.addWidget(widget)
    widget.resize(380, 480)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def cid(project, path: str) -> int:
    return project.code_by_path(path).id


def click(qtbot, dock, code_id: int, column: int = 0, double: bool = False) -> None:
    index = dock.view_index(code_id, column)
    dock.tree.scrollTo(index)
    pos = dock.tree.visualRect(index).center()
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:  # a real double-click is a click followed by the double-click event
        qtbot.mouseDClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def action(dock, name: str) -> QAction:
    found = dock.findChild(QAction, f"codebook.{name}")
    assert found is not None, name
    return found


def undo(session) -> None:
    session.undo_stack.undo()


def test_tree_shows_codes_with_aggregate_counts(dock, session):
    project = session.project
    waarden = cid(project, "Waarden")
    assert dock.model.data(dock.model.index_of(waarden, 1)) == "1 · 1"
    assert dock.view_index(cid(project, "Waarden/Eerlijkheid")).data() == "Eerlijkheid"
    tip = dock.model.data(dock.model.index_of(waarden), Qt.ItemDataRole.ToolTipRole)
    assert "Waarden" in tip
    assert dock.tree.isExpanded(dock.view_index(waarden))


def test_click_selects_and_reports(dock, session, qtbot):
    code = cid(session.project, "Emoties/Boosheid")
    with qtbot.waitSignal(dock.selectionChanged) as blocker:
        click(qtbot, dock, code)
    assert blocker.args == [[code]]
    assert dock.selected_code_ids() == [code]


def test_double_click_and_enter_activate(dock, session, qtbot):
    code = cid(session.project, "Waarden/Eerlijkheid")
    with qtbot.waitSignal(dock.codeActivated) as blocker:
        click(qtbot, dock, code, double=True)
    assert blocker.args == [code]
    click(qtbot, dock, code)
    with qtbot.waitSignal(dock.codeActivated) as blocker:
        qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    assert blocker.args == [code]


def test_f2_renames_inline_and_undo(dock, session, qtbot):
    project = session.project
    code = cid(project, "Waarden/Eerlijkheid")
    click(qtbot, dock, code)
    qtbot.keyClick(dock.tree, Qt.Key.Key_F2)
    assert dock.tree.state() == QAbstractItemView.State.EditingState
    editor = dock.tree.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Eerlijkheid & transparantie")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: project.code(code).name == "Eerlijkheid & transparantie")
    assert dock.selected_code_ids() == [code]  # selection survives the refresh
    undo(session)
    assert project.code(code).name == "Eerlijkheid"
    assert dock.view_index(code).data() == "Eerlijkheid"


def test_rename_to_taken_name_is_refused_with_message(dock, session):
    project = session.project
    code = cid(project, "Waarden/Eerlijkheid")
    assert not dock.model.setData(dock.model.index_of(code), "betrouwbaarheid")
    assert project.code(code).name == "Eerlijkheid"
    assert dock.status.isVisibleTo(dock) and "Betrouwbaarheid" in dock.status.text()


def test_recolour_via_context_action(dock, session, qtbot, monkeypatch):
    from PySide6.QtWidgets import QColorDialog

    project = session.project
    code = cid(project, "Verwachtingen")
    click(qtbot, dock, code)
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#00897b")))
    action(dock, "recolour").trigger()
    assert project.code(code).color == "#00897B"
    undo(session)
    assert project.code(code).color == "#6A1B9A"


def test_change_kind_submenu(dock, session, qtbot):
    project = session.project
    code = cid(project, "Waarden/Betrouwbaarheid")
    click(qtbot, dock, code)
    assert action(dock, "kind.value").isChecked()
    action(dock, "kind.driver").trigger()
    assert project.code(code).kind == "driver"
    undo(session)
    assert project.code(code).kind == "value"


def test_new_code_and_sub_code_start_inline_editing(dock, session, qtbot):
    project = session.project
    before = len(project.codes())
    action(dock, "new_code").trigger()
    assert len(project.codes()) == before + 1
    assert dock.tree.state() == QAbstractItemView.State.EditingState
    editor = dock.tree.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Gemak")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: project.find_code("Gemak") is not None)
    gemak = project.code_by_path("Gemak")
    assert project.code(gemak.id).parent_id is None

    click(qtbot, dock, gemak.id)
    action(dock, "new_subcode").trigger()
    sub = [c for c in project.codes() if c.parent_id == gemak.id]
    assert len(sub) == 1 and sub[0].kind == gemak.kind and sub[0].color == gemak.color
    qtbot.keyClick(dock.tree.viewport().findChild(QLineEdit), Qt.Key.Key_Escape)
    assert dock.tree.isExpanded(dock.view_index(gemak.id))

    undo(session)  # the sub-code
    undo(session)  # the rename
    undo(session)  # the new code
    assert len(project.codes()) == before


def test_drag_moves_code_into_other_parent_and_reorders(dock, session, qtbot):
    project = session.project
    model = dock.model
    boos = cid(project, "Emoties/Boosheid")
    waarden = cid(project, "Waarden")
    mime = model.mimeData([model.index_of(boos)])
    # Dropped between Eerlijkheid (row 0) and Betrouwbaarheid (row 1) under Waarden.
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, model.index_of(waarden))
    assert project.code_path(boos) == "Waarden/Boosheid"
    assert [c.name for c in project.child_codes(waarden)] == ["Eerlijkheid", "Boosheid", "Betrouwbaarheid"]
    assert dock.view_index(boos).isValid()
    undo(session)
    assert project.code_path(boos) == "Emoties/Boosheid"

    # Drop on a code (row -1) makes it the last child; reorder at top level through the proxy.
    verw = cid(project, "Verwachtingen")
    proxy_mime = dock.proxy.mimeData([dock.view_index(verw)])
    dock.proxy.dropMimeData(proxy_mime, Qt.DropAction.MoveAction, 0, 0, dock.view_index(-1))
    assert project.child_codes(None)[0].name == "Verwachtingen"
    undo(session)
    assert [c.name for c in project.child_codes(None)] == ["Pijnpunten", "Waarden", "Verwachtingen", "Emoties"]


def test_cannot_drop_code_into_its_own_branch(dock, session):
    project = session.project
    model = dock.model
    waarden = cid(project, "Waarden")
    mime = model.mimeData([model.index_of(waarden)])
    child = model.index_of(cid(project, "Waarden/Eerlijkheid"))
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, child)


def test_dropping_a_text_selection_codes_it(dock, session, qtbot):
    project = session.project
    doc = project.document_by_name("marieke")
    start = doc.text.index("terugbellen")
    code = cid(project, "Verwachtingen")
    mime = QMimeData()
    mime.setData(SELECTION_MIME, json.dumps(
        {"document_id": doc.id, "start": start, "end": start + len("terugbellen")}).encode())
    target = dock.view_index(code)
    assert dock.proxy.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert dock.proxy.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    codings = project.codings(code_ids=[code])
    assert [(c.start, c.end, c.coder) for c in codings] == [(start, start + 11, "Sanne")]
    # counts refresh on the next event-loop turn, after the coding is stored and painted
    qtbot.waitUntil(lambda: dock.model.data(dock.model.index_of(code, 1)) == "1 · 1", timeout=2000)
    undo(session)
    assert project.codings(code_ids=[code]) == []


def test_merge_into_picked_target(dock, session, qtbot, monkeypatch):
    project = session.project
    source = cid(project, "Pijnpunten/Van het kastje naar de muur")
    target = cid(project, "Emoties/Boosheid")

    def pick(dialog):
        assert not (dialog.model.flags(dialog.model.index_of(source)) & Qt.ItemFlag.ItemIsSelectable)
        dialog.filter_edit.setText("boos")
        dialog.select(target)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeTargetDialog, "exec", pick)
    click(qtbot, dock, source)
    action(dock, "merge").trigger()
    assert project.find_code("Pijnpunten/Van het kastje naar de muur") is None
    assert len(project.codings(code_ids=[target])) == 1
    undo(session)
    assert project.code(source).name == "Van het kastje naar de muur"
    assert project.codings(code_ids=[target]) == []


def test_delete_asks_with_counts_and_is_undoable(dock, session, qtbot, monkeypatch):
    project = session.project
    code = cid(project, "Pijnpunten")
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    click(qtbot, dock, code)
    qtbot.keyClick(dock.tree, Qt.Key.Key_Delete)
    assert "1 coding" in asked[0] and "1 sub-code" in asked[0]
    assert project.find_code("Pijnpunten") is not None  # said no
    action(dock, "delete").trigger()
    assert project.find_code("Pijnpunten") is None
    assert len(project.codings()) == 1
    undo(session)
    assert project.find_code("Pijnpunten/Van het kastje naar de muur") is not None
    assert len(project.codings()) == 2


def test_filter_keeps_parents_and_ignores_accents(dock, session, qtbot):
    qtbot.keyClicks(dock.filter_edit, "eerlijk")
    assert dock.proxy.rowCount() == 1  # only Waarden
    waarden = dock.proxy.index(0, 0)
    assert waarden.data() == "Waarden" and dock.proxy.rowCount(waarden) == 1
    dock.filter_edit.clear()
    assert dock.proxy.rowCount() == 4


def test_refresh_keeps_expansion(dock, session, qtbot):
    project = session.project
    emoties = cid(project, "Emoties")
    dock.tree.collapse(dock.view_index(emoties))
    action(dock, "new_code").trigger()
    assert not dock.tree.isExpanded(dock.view_index(emoties))
    assert dock.tree.isExpanded(dock.view_index(cid(project, "Waarden")))


def test_context_menu_holds_every_operation(dock):
    menu = dock.actions.menu(dock.tree)
    names = {a.objectName() for a in menu.actions()} | {
        a.objectName() for a in dock.actions.kind_menu.actions()}
    for name in ("new_code", "new_subcode", "rename", "recolour", "edit_entry", "merge", "delete",
                 "expand_all", "collapse_all", "apply_scheme", "import_codebook", "export_codebook",
                 "kind.emotion"):
        assert f"codebook.{name}" in names
        assert action(dock, name).text()


def test_apply_scheme_from_menu(dock, session, monkeypatch, scheme_specs):
    from workbench.ui.codebook.scheme_dialog import SchemeDialog

    def choose(dialog):
        dialog.select("plutchik")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SchemeDialog, "exec", choose)
    before = len(session.project.codes())
    action(dock, "apply_scheme").trigger()
    added = len(session.project.codes()) - before
    assert added > 0 and str(added) in dock.status.text()


def test_kind_menu_shows_each_kind_with_its_glyph(dock, qtbot):
    """The kind glyphs are painted when the menu first opens (not when the window is built)."""
    from PySide6.QtCore import QPoint

    menu = dock.actions.kind_menu
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert entries and all(a.icon().isNull() for a in entries)
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible)
    assert all(not a.icon().isNull() for a in entries)
    menu.close()


def test_count_column_fits_its_widest_number_collapsed_rows_included(dock, session, qtbot):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QProxyStyle, QStyle

    from workbench.core.commands import AddCodings, NewCoding

    class WideMargins(QProxyStyle):  # as macOS: more room around an item's text than Fusion
        def pixelMetric(self, metric, option=None, widget=None):
            if metric == QStyle.PixelMetric.PM_FocusFrameHMargin:
                return 6
            return super().pixelMetric(metric, option, widget)

    def fits() -> bool:
        tree = dock.tree
        width = tree.header().sectionSize(1)
        collapsed = [i for i in range(dock.proxy.rowCount()) if not tree.isExpanded(dock.proxy.index(i, 0))]
        tree.expandAll()  # Qt's own measure of the column, with every row shown
        ok = width >= tree.sizeHintForColumn(1) and width >= tree.header().sectionSizeHint(1)
        for row in collapsed:
            tree.collapse(dock.proxy.index(row, 0))
        return ok

    project = session.project
    child = cid(project, "Waarden/Eerlijkheid")
    dock.tree.collapseAll()
    doc = project.document_by_name("marieke")
    many = [NewCoding(doc.id, child, i, i + 5, "Sanne") for i in range(0, len(doc.text) - 6, 3)]
    assert session.execute(AddCodings(many))
    text = dock.model.data(dock.model.index_of(child, 1))
    qtbot.waitUntil(lambda: dock.model.data(dock.model.index_of(child, 1)) != text, timeout=2000)
    assert fits()  # the collapsed child's number counted, and refitted when counts changed

    style = WideMargins()
    dock.tree.setStyle(style)
    assert fits()
    font = QFont(dock.tree.font())
    font.setPointSize(font.pointSize() + 6)
    dock.tree.setFont(font)
    assert fits()
