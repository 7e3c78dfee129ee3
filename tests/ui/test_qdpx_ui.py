"""File → Export / Import REFI-QDA project in the real window (dialogs patched, clicks real)."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from tests.ui import wb_support
from workbench.exchange.qdpx_export import export_qdpx
from workbench.store import Project
from workbench.ui.exchange import QdpxReportDialog
from workbench.ui.workers import ProgressDialog

window, wb_env = wb_support.window, wb_support.wb_env  # fixtures


@pytest.fixture(autouse=True)
def warnings_fail(monkeypatch):
    """A warning box is modal: in a test it would wait for ever, so it fails the test instead."""
    def fail(*args, **_kw):
        raise AssertionError(f"unexpected warning: {args[2]}")
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


def _menu_action(w, key):
    act = w.menus.actions[key]
    assert act in w.menus.menus["file"].actions()
    return act


def _close_report_when_shown(qtbot, seen):
    """Click the report's button once it is up (it is modal)."""
    def check():
        dialog = next((d for d in QApplication.topLevelWidgets()
                       if isinstance(d, QdpxReportDialog) and d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, check)
            return
        seen.append(dialog.row_texts())
        seen.append(dialog.counts.text())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, check)


def test_menu_entries_and_enabled_state(window):
    assert _menu_action(window, "export_qdpx").text().replace("&", "") == "Export REFI-QDA project…"
    assert _menu_action(window, "import_qdpx").isEnabled()
    window.close_project()
    assert not window.menus.actions["export_qdpx"].isEnabled()
    assert window.menus.actions["import_qdpx"].isEnabled()


def test_export_from_the_menu(window, wb_env, monkeypatch):
    out = wb_env / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    _menu_action(window, "export_qdpx").trigger()
    written = wb_env / "export.qdpx"  # the suffix is added
    assert "project.qde" in zipfile.ZipFile(written).namelist()
    assert "export.qdpx" in window.statusBar().currentMessage()


def test_import_from_the_menu_shows_report_and_opens_project(window, wb_env, monkeypatch, qtbot):
    source = wb_env / "in.qdpx"
    with Project.open(window.session.project.path) as again:  # a second connection, same process
        export_qdpx(again, source)
    # add a PDF source to the archive so the report has a line
    with zipfile.ZipFile(source, "a") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    pdf = ('<PDFSource guid="60000000-0000-4000-8000-000000000001" name="Brochure" '
           'path="internal://b.pdf"/></Sources>')
    rebuilt = wb_env / "in2.qdpx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(rebuilt, "w") as new:
        for info in old.infolist():
            data = qde.replace("</Sources>", pdf).encode() if info.filename == "project.qde" else old.read(info)
            new.writestr(info, data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(rebuilt), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(wb_env / "imported"), "")))
    seen = []
    _close_report_when_shown(qtbot, seen)
    _menu_action(window, "import_qdpx").trigger()
    rows, counts = seen
    assert rows == [("Source", "Brochure", "1", "a PDF source; only text sources can be imported")]
    assert "documents: 2" in counts and "codings: 2" in counts
    assert window.session.project.path == wb_env / "imported.iwb"
    assert sorted(d.name for d in window.session.project.documents()) == ["david", "marieke"]


def test_bad_file_shows_a_message_naming_it(window, wb_env, monkeypatch):
    bad = wb_env / "broken.qdpx"
    bad.write_bytes(b"not a zip at all")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    before = window.session.project.path
    from workbench.ui.exchange import import_project

    assert import_project(window, bad, wb_env / "x.iwb") is None
    assert shown == ["broken.qdpx could not be imported:\nbroken.qdpx: not a REFI-QDA project: "
                     "the file is not a zip archive or the archive is damaged"]
    assert window.session.project.path == before and not (wb_env / "x.iwb").exists()


def test_cancel_during_import_leaves_nothing(window, wb_env, qtbot, monkeypatch):
    import time

    from workbench.core.commands import AddDocument
    from workbench.exchange import qdpx_import
    from workbench.ui.exchange import import_project, qdpx_actions

    with Project.create(wb_env / "many.iwb", language="en") as big:
        for i in range(5):
            AddDocument(f"doc {i}", f"Interviewer: question {i}?\n\nAnna: answer {i}", [], "en").apply(big)
        export_qdpx(big, wb_env / "many.qdpx")

    def slow_import(*args, cancel, **kwargs):  # the real import, once Cancel has been clicked
        deadline = time.monotonic() + 20
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        return qdpx_import.import_qdpx(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(qdpx_actions, "import_qdpx", slow_import)

    def cancel():
        dialog = next((d for d in QApplication.topLevelWidgets()
                       if isinstance(d, ProgressDialog) and d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(5, cancel)
        else:
            dialog.cancel_button.click()

    QTimer.singleShot(0, cancel)
    report = import_project(window, wb_env / "many.qdpx", wb_env / "cancelled.iwb")
    assert report is not None and report.cancelled
    assert not (wb_env / "cancelled.iwb").exists()
    assert not [p for p in wb_env.iterdir() if p.name.startswith(".cancelled")]
    assert "cancelled" in window.statusBar().currentMessage()


def test_report_dialog_in_dutch(qtbot, wb_env, tmp_path):
    from workbench import i18n
    from workbench.exchange.qdpx_report import ImportReport

    i18n.set_language("nl")
    report = ImportReport(tmp_path / "x.qdpx", project=tmp_path / "x.iwb", origin="MAXQDA 2022")
    report.skip("source", "Foto", "media", kind="picture", codings=3)
    report.skip("set", "Segment A", "no_sets")
    dialog = QdpxReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.row_texts()[0] == ("Bron", "Foto", "1", "een bron van het type afbeelding; alleen "
                                     "tekstbronnen kunnen worden geïmporteerd")
    assert "MAXQDA 2022" in dialog.heading.text()
