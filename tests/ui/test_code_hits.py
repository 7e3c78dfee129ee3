"""Code all hits: asks for the code and the unit, respondent turns only by default, shows the
count, and codes everything as one undo step — never a speaker label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench import i18n

from . import wb_support
from .wb_support import code_id, codings, project

window, wb_env = wb_support.window, wb_support.wb_env  # fixtures


def search(window, qtbot, query: str):
    dock = window.search
    dock.raise_()
    dock.edit.setFocus()
    dock.edit.clear()
    qtbot.keyClicks(dock.edit, query)
    qtbot.keyClick(dock.edit, Qt.Key.Key_Return)
    return dock


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def texts(window, path):
    p = project(window)
    return sorted(p.document(c.document_id).text[c.start:c.end]
                  for c in p.codings(code_ids=[p.code_by_path(path).id]))


def test_nothing_is_coded_until_a_code_is_chosen_and_confirmed(window, qtbot):
    dock = search(window, qtbot, "het")
    window.codebook.tree.clearSelection()
    window.chosen_codes = []
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog
    assert dialog.code_id() is None and not ok_button(dialog).isEnabled()
    dialog.code_combo.setCurrentIndex(dialog.code_combo.findText("Waarden/Eerlijkheid"))
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert texts(window, "Waarden/Eerlijkheid") == ["Eerlijkheid"]  # only the sample's coding


def test_respondent_sentences_by_default_as_one_undo_step(window, qtbot):
    dock = search(window, qtbot, "het")  # in interviewer and respondent turns
    assert dock.results.count() == 3
    target = code_id(window, "Verwachtingen")
    window.codebook.select_code(target)
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog
    assert dialog.respondents.isChecked() and dialog.unit() == "sentence"
    assert "1 hit is left out" in dialog.summary.text()
    assert ok_button(dialog).text() == "Code 2 segments"
    depth = window.session.undo_stack.count()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert texts(window, "Verwachtingen") == [
        "Eerlijkheid, daar gaat het om.", "Ik werd drie keer doorverbonden 😤 en niemand wist het."]
    assert window.session.undo_stack.count() == depth + 1
    assert "Coded 2 segments" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert codings(window, "Verwachtingen") == []


def test_turn_unit_leaves_the_speaker_label_out(window, qtbot):
    dock = search(window, qtbot, "vertrouwen")
    window.codebook.select_code(code_id(window, "Waarden/Betrouwbaarheid"))
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog
    qtbot.mouseClick(dialog.unit_buttons["turn"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert texts(window, "Waarden/Betrouwbaarheid") == [
        "Dat ik ze kan vertrouwen. Eerlijkheid, daar gaat het om. Café-niveau service, hè."]


def test_hits_on_a_speaker_name_are_not_coded(window, qtbot):
    dock = search(window, qtbot, "marieke")
    window.codebook.select_code(code_id(window, "Emoties"))
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog
    assert "left out: on a speaker's name" in dialog.summary.text()
    assert not ok_button(dialog).isEnabled()


def test_a_parent_code_is_questioned_and_the_dialog_speaks_dutch(window, qtbot):
    i18n.set_language("nl")
    dock = search(window, qtbot, "vertrouwen")
    window.codebook.select_code(code_id(window, "Waarden"))
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog
    assert dialog.warning.isVisible() and "subcodes" in dialog.warning.text()
    assert ok_button(dialog).text() == "1 fragment coderen"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


def test_code_all_hits_codes_every_hit_not_only_the_listed_ones(window, qtbot):
    """The list stops at 500 hits and says so; coding all hits codes every one of them."""
    from workbench.core.commands import AddDocument
    from workbench.ui.search_panel import SHOWN

    paras, turns, pos = [], [], 0
    for i in range(SHOWN + 40):
        para = f"R: bij bestelling {i} kwam de pakketbezorger weer te laat"
        turns.append({"start": pos, "end": pos + len(para), "speaker": "R", "role": "respondent"})
        paras.append(para)
        pos += len(para) + 2
    assert window.session.execute(AddDocument("lang", "\n\n".join(paras), turns, "nl"))
    dock = search(window, qtbot, "pakketbezorger")
    assert dock.count.text() == f"first {SHOWN} hits shown"
    qtbot.waitUntil(lambda: dock.results.count() == SHOWN)
    window.codebook.select_code(code_id(window, "Verwachtingen"))
    qtbot.mouseClick(dock.code_all, Qt.MouseButton.LeftButton)
    dialog = dock.code_dialog
    dialog.unit_buttons["hit"].setChecked(True)
    assert ok_button(dialog).text() == f"Code {SHOWN + 40} segments"
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert texts(window, "Verwachtingen").count("pakketbezorger") == SHOWN + 40


def test_a_long_hit_list_shows_its_first_rows_at_once_and_the_rest_once_drawn(window, qtbot, monkeypatch):
    """Qt draws a list only after measuring every row: the first rows come alone, so the first
    hits are on screen at once, and the rest follow as soon as those are drawn, measured a batch
    per event-loop turn (typing is never held up by hundreds of rows)."""
    from workbench.core.commands import AddDocument
    from workbench.ui import search_panel
    from workbench.ui.search_panel import FIRST_ROWS

    monkeypatch.setattr(search_panel, "REST_AFTER_MS", 60_000)  # only the paint brings the rest

    text = "\n\n".join(f"R: de monteur kwam om {i} uur niet opdagen" for i in range(FIRST_ROWS * 3))
    turns, pos = [], 0
    for para in text.split("\n\n"):
        turns.append({"start": pos, "end": pos + len(para), "speaker": "R", "role": "respondent"})
        pos += len(para) + 2
    assert window.session.execute(AddDocument("monteur", text, turns, "nl"))
    dock = window.search
    dock.raise_()
    qtbot.waitUntil(dock.results.isVisible)
    drawn = []
    dock.delegate.painted.connect(lambda: drawn.append(1))
    dock.edit.setText("opdagen")
    dock.run_search()
    assert len(dock.hits) == FIRST_ROWS * 3
    assert dock.results.count() == FIRST_ROWS and not drawn
    qtbot.waitUntil(lambda: dock.results.count() == FIRST_ROWS * 3)
    assert drawn  # the rest came after the first rows were on screen
    assert dock.results.layoutMode() == dock.results.LayoutMode.Batched
    rows = [dock.results.item(i).text() for i in range(dock.results.count())]
    assert all("opdagen" in row for row in rows) and len(set(rows)) == len(rows)

    window.suggestions.raise_()  # another tab in front: Qt never paints the list there
    monkeypatch.setattr(search_panel, "REST_AFTER_MS", 250)
    drawn.clear()
    dock.run_search("monteur")
    qtbot.waitUntil(lambda: dock.results.count() == len(dock.hits) == FIRST_ROWS * 3)
    assert not drawn

    window.search.hide()  # closed: the rest comes a moment later all the same
    dock.run_search("kwam")
    assert dock.results.count() == FIRST_ROWS
    qtbot.waitUntil(lambda: dock.results.count() == len(dock.hits) == FIRST_ROWS * 3)


def test_hits_of_a_document_removed_meanwhile_are_listed_without_highlight(window, qtbot, monkeypatch):
    """Another program removed the document between the search and the listing: the hit still
    gets its row (rows and hits stay aligned), only its term is not highlighted."""
    from workbench.store.errors import NotFound

    dock = window.search
    project = window.session.project
    real = project.document

    def gone(doc_id):
        raise NotFound(f"no document with id {doc_id}")

    monkeypatch.setattr(project, "document", gone)
    dock.raise_()
    dock.edit.setText("terugbellen")
    dock.run_search()
    qtbot.waitUntil(lambda: dock.results.count() == len(dock.hits) > 0)
    assert all("background:#FFE082" not in dock.results.item(i).text() for i in range(dock.results.count()))
    shown = window.view.document_id
    messages = []
    dock.message.connect(messages.append)
    rect = dock.results.visualItemRect(dock.results.item(0))
    qtbot.mouseClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert messages and "no longer in the project" in messages[0]
    assert window.view.document_id == shown  # the view was not switched to a missing document
    monkeypatch.setattr(project, "document", real)
