"""Window size and dock layout: the first window, relaunch with a project, unusable saved
layouts, View ▸ Reset layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHeaderView

from workbench.core.commands import AddCoding, AddDocument
from workbench.ui import window_layout
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea


def _open(qtbot, path=None) -> MainWindow:
    w = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    if path is not None:
        assert w.open_project(path)
    qtbot.wait(20)  # the post-show layout check runs from the event loop
    return w


def _in_default_place(w: MainWindow) -> None:
    assert w.dockWidgetArea(w.documents) == LEFT and w.dockWidgetArea(w.codebook) == LEFT
    assert w.dockWidgetArea(w.inspector) == Qt.DockWidgetArea.RightDockWidgetArea
    assert w.dockWidgetArea(w.retrieval) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert w.tabifiedDockWidgets(w.retrieval) == []
    # Search, Suggestions and Analysis share the place beside Retrieved segments
    assert set(w.tabifiedDockWidgets(w.search)) == {w.suggestions, w.analysis.dock}
    assert w.dockWidgetArea(w.search) == Qt.DockWidgetArea.BottomDockWidgetArea
    for dock in w.docks():
        assert not dock.isFloating(), dock.objectName()
    for dock in (w.documents, w.codebook, w.inspector, w.retrieval, w.search):
        assert dock.isVisible() and dock.width() >= 150 and dock.height() >= 100, dock.objectName()


def test_first_window_takes_a_share_of_the_screen(qtbot, wb_env):
    w = _open(qtbot)
    avail = window_layout.available_rect(w)
    assert w.width() >= 0.8 * avail.width() and w.height() >= 0.8 * avail.height()
    assert avail.contains(w.geometry().center())
    _in_default_place(w)


def test_relaunch_with_a_project_restores_the_codebook_dock(qtbot, sample_project, wb_env):
    """Quit with a project open, start again on the project: the codebook comes back whole."""
    path = sample_project.path
    sample_project.close()
    first = _open(qtbot, path)
    first.resize(760, 720)
    first.resizeDocks([first.codebook], [330], Qt.Orientation.Vertical)
    qtbot.wait(20)
    height = first.codebook.height()
    first.close()
    again = _open(qtbot, path)
    assert again.size() == first.size()
    _in_default_place(again)
    assert abs(again.codebook.height() - height) <= 30
    assert again.codebook.model.rowCount() > 0


def test_unreadable_saved_layout_falls_back_to_the_default(qtbot, wb_env):
    settings = Settings()
    settings.save_window_state(QByteArray(b"garbage"), QByteArray(b"\x00\x01garbage"))
    _in_default_place(_open(qtbot))


def test_collapsed_dock_in_saved_layout_falls_back_to_the_default(qtbot, sample_project, wb_env):
    path = sample_project.path
    sample_project.close()
    first = _open(qtbot, path)
    first.codebook.setFloating(True)
    first.codebook.resize(80, 110)  # what an unusable saved state used to bring back
    first.close()
    _in_default_place(_open(qtbot, path))


def test_reset_layout_from_the_view_menu(qtbot, window):
    window.inspector.setFloating(True)
    window.documents.hide()
    window.removeDockWidget(window.search)
    window.addDockWidget(LEFT, window.search)
    window.search.show()
    window.menus.actions["reset_layout"].trigger()
    qtbot.wait(20)
    _in_default_place(window)


def test_documents_list_fits_names_and_the_user_may_resize(window, qtbot):
    tree = window.documents.tree
    window.session.execute(AddDocument("interview_0042_mevrouw_de_jong", "Anouk: ja.", [], "nl"))
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    metrics = tree.fontMetrics()
    for i in range(3):
        name = tree.topLevelItem(i).text(0)
        assert tree.columnWidth(0) >= metrics.horizontalAdvance(name)
    header = tree.header()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    header.resizeSection(0, 90)  # the user narrows it; a new coding keeps the user's width
    start = window.view.text.index("Eerlijkheid")
    window.session.execute(AddCoding(window.view.document_id, window.codebook.model.code_ids()[0],
                                     start, start + 5))
    qtbot.wait(20)
    assert tree.columnWidth(0) == 90


def test_arrow_keys_in_documents_list_open_the_document(window, qtbot):
    tree = window.documents.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.view.document_id == tree.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert window.view.document_id == tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)


def test_docks_behind_a_tab_are_not_taken_for_collapsed(qtbot, wb_env, monkeypatch):
    """Qt keeps a dock behind another tab "visible", off screen, at whatever size it had:
    that is no reason to throw away the user's layout at every start."""
    resets = []
    monkeypatch.setattr(window_layout, "apply_default", lambda w, real=window_layout.apply_default:
                        (resets.append(w), real(w)))
    w = _open(qtbot)
    assert len(resets) == 1  # built once with the window, not again by the post-show check
    assert window_layout.collapsed_docks(w) == []
    assert w.suggestions.visibleRegion().isEmpty() and not w.suggestions.built


def test_a_panel_shown_again_from_the_view_menu_comes_to_the_front(qtbot, wb_env):
    w = _open(qtbot)
    w.analysis.dock.toggleViewAction().trigger()  # close it
    assert not w.analysis.dock.isVisible()
    w.analysis.dock.toggleViewAction().trigger()  # and bring it back
    qtbot.waitUntil(lambda: w.analysis.dock.on_screen(), timeout=2000)
    assert not w.analysis.dock.visibleRegion().isEmpty()
