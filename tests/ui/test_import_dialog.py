"""Importing: the one-file preview (speakers, roles, participant, language) and the batch
flow (reading → preview table → progress → summary), each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from workbench.importers import read_file
from workbench.ui import importing
from workbench.ui.importing import (
    BatchPreviewDialog,
    ImportPreviewDialog,
    ImportSummaryDialog,
    run_import_dialog,
)

INTERVIEW = (
    "Interviewer: Hoe was uw ervaring met de energieleverancier?\n\n"
    "Jan: Eerlijk gezegd viel het tegen. Ik had niet verwacht dat ik drie keer moest bellen.\n\n"
    "Interviewer: Wat had u dan verwacht?\n\n"
    "Jan: Dat ze gewoon terugbellen, dat hoort toch zo. Café-service, zeg maar 😤.\n\n"
    "Notulist: (pauze)\n"
)
OTHER = (
    "Interviewer: How was the delivery?\n\n"
    "Emma: Honestly, they carried the sofa upstairs. I did not expect that at all.\n"
)


@pytest.fixture
def wb_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_SETTINGS_FILE", str(tmp_path / "settings.ini"))


@pytest.fixture
def transcript(tmp_path):
    path = tmp_path / "05_jan_de_vries.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    return path


def test_preview_shows_speakers_roles_language_and_text(session, qtbot, transcript):
    dialog = ImportPreviewDialog(session, transcript, read_file(transcript))
    qtbot.addWidget(dialog)
    speakers = [dialog.speakers.item(r, 0).text() for r in range(dialog.speakers.rowCount())]
    assert speakers[:2] == ["Interviewer", "Jan"]
    assert dialog.speakers.item(1, 1).text() == "2"
    assert dialog.roles()["Interviewer"] == "interviewer" and dialog.roles()["Jan"] == "respondent"
    assert dialog.case_edit.text() == "Jan de Vries"
    assert dialog.language() == "nl"
    assert "drie keer moest bellen" in dialog.preview.toPlainText()


def test_preview_import_applies_choices_in_one_undo_step(session, qtbot, transcript):
    project = session.project
    dialog = ImportPreviewDialog(session, transcript, read_file(transcript))
    qtbot.addWidget(dialog)
    if "Notulist" in dialog.role_combos:
        dialog.set_role("Notulist", "other")
    dialog.case_edit.setText("Jan")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    doc = project.document(dialog.document_id)
    assert doc.language == "en" and doc.case_id == project.find_case_id("Jan")
    roles = dict(project.speakers(doc.id))
    assert roles["Interviewer"] == "interviewer" and roles["Jan"] == "respondent"
    if "Notulist" in roles:
        assert roles["Notulist"] == "other"
    session.undo_stack.undo()
    assert len(project.documents()) == 2 and project.find_case_id("Jan") is None


def test_preview_refuses_text_already_in_project(session, qtbot, transcript):
    first = ImportPreviewDialog(session, transcript, read_file(transcript))
    qtbot.addWidget(first)
    assert first.import_document() is not None
    again = ImportPreviewDialog(session, transcript, read_file(transcript))
    qtbot.addWidget(again)
    again.show()
    again.accept()
    assert again.isVisible() and again.document_id is None
    assert "05_jan_de_vries" in again.error_label.text()


def test_unreadable_single_file_names_file_and_reason(session, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    bad = tmp_path / "notities.xyz"
    bad.write_text("hallo", encoding="utf-8")
    assert run_import_dialog(session, [bad]) is None
    assert shown and "notities.xyz" in shown[0] and ".xyz" in shown[0].split(":", 1)[1]
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    assert run_import_dialog(session, [empty]) is None
    assert "leeg.txt" in shown[-1]


def test_single_file_runs_the_preview(session, qtbot, transcript, monkeypatch):
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: self.accept())
    doc_id = run_import_dialog(session, [transcript])
    assert session.project.document(doc_id).name == "05_jan_de_vries"


def test_batch_import_preview_progress_summary_and_undo(session, qtbot, tmp_path, transcript, monkeypatch,
                                                        wb_settings):
    project = session.project
    other = tmp_path / "06_emma.txt"
    other.write_text(OTHER, encoding="utf-8")
    copy = tmp_path / "07_kopie.txt"
    copy.write_text(INTERVIEW, encoding="utf-8")
    bad = tmp_path / "08_foto.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a transcript")
    plain = tmp_path / "09_notities.txt"
    plain.write_text("Losse aantekeningen zonder sprekers.\n\nNog een alinea.", encoding="utf-8")
    paths = [transcript, other, copy, bad, plain]
    seen = []

    def preview(dialog):
        seen.append({"rows": dialog.table.rowCount(), "counts": dialog.counts.text(),
                     "pattern_shown": dialog.pattern_edit.isVisibleTo(dialog)})
        row = dialog.row_of[id(dialog.plans[1])]
        assert dialog.table.item(row, 2).text() == "Emma"  # participant from the file name
        assert dialog.language_combos[id(dialog.plans[1])].currentData() == "en"
        notes = dialog.table.item(dialog.row_of[id(dialog.plans[2])], 6).text()
        assert "no speakers detected" in notes
        assert "Skipped" in dialog.table.item(2, 6).text() and "Refused" in dialog.table.item(3, 6).text()
        dialog.table.item(row, 2).setText("Emma Jansen")  # corrected before importing
        return QDialog.DialogCode.Accepted if dialog.accept() is None else None

    summaries = []

    def summary(dialog):
        summaries.append((dialog.heading.text(), dialog.row_texts()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BatchPreviewDialog, "exec", preview)
    monkeypatch.setattr(ImportSummaryDialog, "exec", summary)
    outcomes = run_import_dialog(session, paths)
    assert seen[0]["rows"] == 5 and not seen[0]["pattern_shown"]
    assert "3 files will be imported; 1 skipped, 1 refused." == seen[0]["counts"]
    assert [o.status for o in outcomes] == ["imported", "imported", "skipped", "refused", "imported"]
    heading, rows = summaries[0]
    assert "3 imported" in heading and "1 skipped" in heading and "1 refused" in heading
    assert rows[2][:2] == ("07_kopie.txt", "Skipped") and "05_jan_de_vries" in rows[2][2]
    assert rows[3][:2] == ("08_foto.jpg", "Refused") and rows[3][2]
    assert rows[4][1] == "imported, but no speakers found"
    assert project.document_by_name("06_emma").language == "en"
    assert project.find_case_id("Emma Jansen") is not None
    assert project.find_case_id("Jan de Vries") is not None
    session.undo_stack.undo()  # one step removes the whole batch
    assert [d.name for d in project.documents()] == ["marieke", "david"]
    session.undo_stack.redo()
    assert len(project.documents()) == 5


def test_preview_table_roles_language_and_remembered_participant_option(session, qtbot, tmp_path,
                                                                        transcript, wb_settings):
    from workbench.importers.batch import plan_files
    from workbench.ui.settings import Settings

    other = tmp_path / "06_emma.txt"
    other.write_text(OTHER, encoding="utf-8")
    dialog = BatchPreviewDialog(session, plan_files(session.project, [transcript, other], case_mode="file"))
    qtbot.addWidget(dialog)
    dialog.show()
    jan = dialog.plans[0]
    speakers = dialog.table.cellWidget(0, 4)
    assert speakers.text() == "Interviewer (interviewer), Jan (respondent), Notulist (respondent)"
    qtbot.mouseClick(speakers, Qt.MouseButton.LeftButton)
    roles = dialog.roles_dialog
    roles.table.set_role("Notulist", "other")
    qtbot.mouseClick(roles.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert jan.roles["Notulist"] == "other" and "Notulist (other)" in speakers.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    assert [p.language for p in dialog.plans] == ["nl", "nl"]
    # the advanced option shows the pattern field; a broken pattern blocks importing
    dialog.case_mode.setCurrentIndex(dialog.case_mode.findData("pattern"))
    assert dialog.pattern_edit.isVisibleTo(dialog)
    dialog.pattern_edit.setText("(unclosed")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.pattern_edit.setText(r"^\d+_(\w+)")
    assert [p.case for p in dialog.plans] == ["jan_de_vries", "emma"]
    dialog.case_mode.setCurrentIndex(dialog.case_mode.findData("none"))
    assert [p.case for p in dialog.plans] == [None, None] and "no participant" in dialog.table.item(0, 6).text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert Settings().q.value("import/case_mode") == "none"
    again = BatchPreviewDialog(session, plan_files(session.project, [transcript, other]))
    qtbot.addWidget(again)
    assert again.case_mode.currentData() == "none"  # remembered


def test_import_many_keeps_outcomes_when_cancelled(session, qtbot, tmp_path, transcript, monkeypatch):
    def cancel_at_once(parent, title, fn, *args, **kwargs):
        from workbench.ui.workers import WorkResult

        value = fn(*args, progress=lambda *_: None, cancel=lambda: True, **kwargs)
        return WorkResult(value=value, cancelled=True)

    monkeypatch.setattr(importing, "run_worker", cancel_at_once)
    outcomes, cancelled = importing.import_many(session, [transcript])
    assert cancelled and outcomes == []
