"""The Analysis dock, File › Export › Excel summary and Project › Merge codings, with real clicks."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.analysis.handmade import code, make_handmade
from workbench.ui.main_window import MainWindow

from . import wb_support

wb_env = wb_support.wb_env  # fixture


def _open_window(qtbot, path) -> MainWindow:
    return wb_support.open_window(qtbot, path, (1500, 950))


@pytest.fixture
def win(qtbot, tmp_path, wb_env):
    project, ids = make_handmade(tmp_path / "hand.iwb")
    code(project, "d1", "Ik wacht lang.", "Wachten", coder="D", ids=ids)
    code(project, "d1", "Wees", "Eerlijk", coder="D", ids=ids)
    project.close()
    w = _open_window(qtbot, tmp_path / "hand.iwb")
    w.analysis.dock.show()
    w.analysis.dock.raise_()
    yield w
    w.close()
    # let a later test's first click not pair with our last one into a double click
    qtbot.wait(QApplication.doubleClickInterval() + 50)


def click_cell(qtbot, table, row: int, col: int) -> None:
    index = table.model().index(row, col)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def tab(w, key: str):
    from workbench.ui.analysis.dock import TABS

    dock = w.analysis.dock
    dock.tabs.setCurrentIndex(TABS.index(key))
    return dock.view(key)


def test_frequency_row_click_shows_its_quotes(win, qtbot):
    view = tab(win, "frequencies")
    rows = view.model.rows
    pijn = next(i for i, r in enumerate(rows) if r.path == "Pijn")
    assert (rows[pijn].segments, rows[pijn].participants) == (6, 3)
    click_cell(qtbot, view.table, pijn, 0)
    assert len(win.retrieval.model.rows) == 6
    assert {r.code_path for r in win.retrieval.model.rows} == {"Pijn", "Pijn/Wachten", "Pijn/Kosten"}


def test_matrix_cell_click_and_attribute_columns(win, qtbot):
    view = tab(win, "matrix")
    m = view.model.matrix
    assert m.columns == ["Ann", "Bob", "Cas"]
    row = m.paths.index("Pijn/Kosten")
    click_cell(qtbot, view.table, row, 2)  # Kosten × Cas
    assert [(r.case, r.text) for r in win.retrieval.model.rows] == [("Cas", "Het kost veel geld.")]
    view.columns.setCurrentIndex(view.columns.findData("segment"))
    m = view.model.matrix
    assert m.columns == ["A", "B"] and m.cells[m.paths.index("Pijn")] == [2, 1]
    click_cell(qtbot, view.table, m.paths.index("Pijn"), 0)
    assert {r.case for r in win.retrieval.model.rows} == {"Ann", "Cas"}


def test_coder_filter_narrows_every_tab(win, qtbot):
    dock = win.analysis.dock
    view = tab(win, "frequencies")
    dock.coder.setCurrentIndex(dock.coder.findData("D"))
    rows = {r.path: r for r in view.model.rows}
    assert (rows["Pijn"].segments, rows["Waarde"].segments) == (1, 1)
    ag = tab(win, "agreement")  # agreement still compares both coders
    assert ag.result is not None and {ag.result.coder_a, ag.result.coder_b} == {"S", "D"}


def test_cooccurrence_pair_click(win, qtbot):
    view = tab(win, "cooccurrence")
    pairs = [(view.model.result.paths[i], view.model.result.paths[j]) for i, j, *_ in view.model.pairs]
    assert ("Pijn", "Pijn/Wachten") in pairs
    click_cell(qtbot, view.table, pairs.index(("Pijn", "Pijn/Wachten")), 0)
    assert sorted(r.text for r in win.retrieval.model.rows) == ["Ik wacht lang.", "wacht lang"]
    view.mode.setCurrentIndex(1)
    assert view.model.result.mode == "turn"


def test_saturation_chart_and_settings(win, qtbot):
    view = tab(win, "saturation")
    assert view.result.documents == ["d2", "d1", "d3"]
    assert "at least 6" in view.verdict.text()
    view.base.setValue(1)
    view.run.setValue(1)
    assert view.result.base_size == 1 and view.verdict.text()
    assert view.chart.grab().width() > 100


def test_agreement_lists_disagreements_side_by_side(win, qtbot):
    view = tab(win, "agreement")
    assert (view.coder_a.currentText(), view.coder_b.currentText()) == ("S", "D")
    codes = [view.codes.item(r, 0).toolTip() for r in range(view.codes.rowCount())]
    row = codes.index("Waarde/Eerlijk")
    assert view.codes.item(row, 0).text() == "Eerlijk"
    click_cell(qtbot, view.codes, row, 0)
    cells = [[view.diffs.item(r, c).text() for c in range(3)] for r in range(view.diffs.rowCount())]
    assert cells == [["d1", "Wees eerlijk.", "Wees"]]
    assert "S and D on 1 interview" in view.summary.text()


def test_export_summary_from_the_menu(win, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "summary.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    export_menu = win.menus.menus["file/export"]
    assert export_menu.menuAction() in win.menus.menus["file"].actions()
    action = win.menus.actions["export_xlsx"]
    assert action in export_menu.actions() and action.isEnabled() and action.text() == "Excel summary…"
    action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    wb = load_workbook(target)
    assert "Agreement" in wb.sheetnames and "Quotes" in wb.sheetnames
    assert "summary.xlsx" in win.statusBar().currentMessage()


def test_export_cancel_writes_nothing(win, qtbot, tmp_path):
    from workbench.ui import workers

    target = tmp_path / "cancelled.xlsx"
    original = workers.ProgressDialog.report

    def cancel_at_once(self, done, total):
        original(self, done, total)
        self.request_cancel()

    workers.ProgressDialog.report = cancel_at_once
    try:
        assert win.analysis.export_summary(str(target)) is None
    finally:
        workers.ProgressDialog.report = original
    assert not target.exists()


def test_merge_from_the_menu_and_undo(win, qtbot, tmp_path, monkeypatch):
    other = tmp_path / "daan.iwb"
    p, ids = make_handmade(other)  # the same interviews, coded again
    code(p, "d3", "kost veel", "Kosten", coder="Daan", ids=ids)
    p.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    before = len(win.session.project.codings())
    assert win.menus.actions["merge_project"] in win.menus.menus["project"].actions()
    win.menus.actions["merge_project"].trigger()
    box = win.analysis.report_box
    assert "1 coding merged" in box.text() and "7 codings were already here" in box.text()
    box.close()
    assert len(win.session.project.codings()) == before + 1
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(win.session.project.codings()) == before
    QApplication.processEvents()


def test_merge_refuses_a_broken_file(win, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "broken.iwb"
    bad.write_bytes(b"not a project")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert win.analysis.merge_project(str(bad)) is None
    assert shown and "broken.iwb" in shown[0] and "Traceback" not in shown[0]


def test_analysis_fits_a_laptop_screen(win, qtbot):
    """However its tabs are filled, the Analysis dock never forces the window wider."""
    for key in ("frequencies", "matrix", "cooccurrence", "saturation", "agreement"):
        tab(win, key)
        assert win.minimumSizeHint().width() <= 1200, key


def test_follows_edits_and_refreshes_on_request(win, qtbot, monkeypatch):
    from workbench.core.commands import AddCoding
    from workbench.ui.analysis import dock as dock_module

    view = tab(win, "frequencies")
    project = win.session.project
    doc = project.document_by_name("d3")
    drijf = project.code_by_path("Drijf").id
    win.session.execute(AddCoding(doc.id, drijf, 0, 3, coder="S"))
    qtbot.waitUntil(lambda: {r.path: r.segments for r in view.model.rows}.get("Drijf") == 1, timeout=3000)
    monkeypatch.setattr(dock_module, "AUTO_REFRESH_CODINGS", 1)  # now a "large" project
    win.session.execute(AddCoding(doc.id, drijf, 4, 8, coder="S"))
    qtbot.wait(600)
    assert {r.path: r.segments for r in view.model.rows}["Drijf"] == 1
    assert win.analysis.dock.summary.text() == "Changed since: press Refresh"
    qtbot.mouseClick(win.analysis.dock.refresh_button, Qt.MouseButton.LeftButton)
    assert {r.path: r.segments for r in view.model.rows}["Drijf"] == 2


def test_tabs_are_built_when_first_chosen(win, qtbot):
    """Opening a project builds the visible tab only; another tab is built, with the data,
    when the user picks it."""
    from workbench.ui.analysis.dock import TABS

    dock = win.analysis.dock
    assert set(dock.views) == {"frequencies"}
    qtbot.mouseClick(dock.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=dock.tabs.tabBar().tabRect(TABS.index("matrix")).center())
    assert set(dock.views) == {"frequencies", "matrix"}
    assert dock.views["matrix"].model.rowCount() > 0


def test_behind_its_tab_nothing_is_built_or_computed_until_the_tab_is_clicked(qtbot, tmp_path, wb_env):
    from PySide6.QtWidgets import QTabBar

    make_handmade(tmp_path / "hand.iwb")[0].close()
    w = _open_window(qtbot, tmp_path / "hand.iwb")
    qtbot.wait(50)
    dock = w.analysis.dock
    assert not dock.built and dock.data is None
    bar = next(b for b in w.findChildren(QTabBar)
               if any(b.tabText(i) == dock.windowTitle() for i in range(b.count())))
    index = next(i for i in range(bar.count()) if bar.tabText(i) == dock.windowTitle())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: dock.built and dock.data is not None, timeout=3000)
    assert any(r.path == "Pijn" for r in dock.view("frequencies").model.rows)
    w.close()


def test_a_floating_analysis_follows_edits(win, qtbot):
    """Undocked into its own window, the Analysis still follows edits (its contents cover
    the whole dock there, so whether it is in front is taken from Qt's tab signals)."""
    from workbench.core.commands import AddCoding

    dock = win.analysis.dock
    view = tab(win, "frequencies")
    dock.setFloating(True)
    qtbot.waitUntil(dock.isVisible)
    project = win.session.project
    doc = project.document_by_name("d3")
    win.session.execute(AddCoding(doc.id, project.code_by_path("Drijf").id, 0, 3, coder="S"))
    qtbot.waitUntil(lambda: {r.path: r.segments for r in view.model.rows}.get("Drijf") == 1, timeout=3000)
