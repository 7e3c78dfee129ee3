"""The codebook-entry editor, the scheme dialog and the new-project dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.ui.codebook import CodeEditorDialog, SchemeDialog
from workbench.ui.new_project import NewProjectDialog


def test_editor_commits_one_undoable_change(session, qtbot):
    project = session.project
    code = project.code_by_path("Waarden/Eerlijkheid")
    dialog = CodeEditorDialog(session, code.id)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Eerlijkheid en openheid")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("expectation"))
    dialog.set_colour("#00897B")
    dialog.boxes["definition"].setPlainText("De klant wil eerlijk behandeld worden.")
    dialog.boxes["use_when"].setPlainText("Respondent noemt eerlijkheid of openheid.")
    dialog.boxes["do_not_use_when"].setPlainText("Alleen over prijs.")
    dialog.boxes["example"].setPlainText("Eerlijkheid, daar gaat het om.")
    dialog.indicator_boxes["nl"].setPlainText("eerlijk\n\n  open kaart  \n")
    dialog.indicator_boxes["en"].setPlainText("honest")
    depth = session.undo_stack.count()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.undo_stack.count() == depth + 1
    saved = project.code(code.id)
    assert (saved.name, saved.kind, saved.color) == ("Eerlijkheid en openheid", "expectation", "#00897B")
    assert saved.definition == "De klant wil eerlijk behandeld worden."
    assert saved.do_not_use_when == "Alleen over prijs."
    assert saved.indicators == {"nl": ["eerlijk", "open kaart"], "en": ["honest"]}
    session.undo_stack.undo()
    restored = project.code(code.id)
    assert (restored.name, restored.kind, restored.definition, restored.indicators) == (
        "Eerlijkheid", "value", "", {})


def test_editor_without_changes_adds_nothing(session, qtbot):
    dialog = CodeEditorDialog(session, session.project.code_by_path("Emoties").id)
    qtbot.addWidget(dialog)
    assert dialog.commit()
    assert session.undo_stack.count() == 0


def test_editor_refusal_is_shown_and_dialog_stays(session, qtbot):
    code = session.project.code_by_path("Waarden/Eerlijkheid")
    dialog = CodeEditorDialog(session, code.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Betrouwbaarheid")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog) and "Betrouwbaarheid" in dialog.error_label.text()
    assert session.project.code(code.id).name == "Eerlijkheid"


def test_scheme_dialog_applies_and_reports(session, qtbot, scheme_specs):
    from workbench.schemes import load_builtin

    dialog = SchemeDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.current().name == "klantbeleving"  # the default
    dialog.select("schwartz")
    assert "Schwartz" in dialog.heading.text()
    assert dialog.codes.topLevelItemCount() > 0
    before = len(session.project.codes())
    added = dialog.apply()
    assert added == load_builtin("schwartz").count() == len(session.project.codes()) - before
    assert dialog.apply() == 0  # applying twice adds nothing
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert len(session.project.codes()) == before


def test_new_project_dialog_values(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dialog = NewProjectDialog(directory=str(tmp_path))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "energie"), "")))
    dialog.browse()
    assert ok.isEnabled()
    assert dialog.values() == (str(tmp_path / "energie.iwb"), "en", "klantbeleving")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dialog.scheme_combo.setCurrentIndex(0)
    assert dialog.values()[1:] == ("nl", None)
