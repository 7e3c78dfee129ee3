"""The values-fit map in the app: organisation values editor and the interactive map, driven
with real clicks, keys and drags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.analysis.fit_fixture import build
from workbench import i18n
from workbench.export.map_export import LABELS_KEY
from workbench.ui.session import Session
from workbench.ui.values_map.editor import OrgValuesEditor
from workbench.ui.values_map.window import ValuesMapWindow


@pytest.fixture
def session(tmp_path):
    i18n.set_language("en")
    s = Session(build(tmp_path / "fit.iwb"))
    yield s
    s.close()


def names(session):
    return [(v.name, v.description, [session.project.code_path(c) for c in v.code_ids])
            for v in session.project.org_values()]


def code_item(editor, name):
    return next(editor.codes.item(i) for i in range(editor.codes.count())
                if editor.codes.item(i).text().strip() == name)


def test_editor_add_statement_link_reorder_delete_undo(qtbot, session):
    editor = OrgValuesEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    assert [editor.values.item(i).text() for i in range(editor.values.count())] == [
        "Betrouwbaar", "Vrij", "Innovatief", "Veilig"]
    editor.add_value("Klant centraal")
    assert editor.values.currentItem().text() == "Klant centraal"
    qtbot.mouseClick(editor.statement.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.statement, "De klant eerst")
    qtbot.waitUntil(lambda: names(session)[-1][1] == "De klant eerst", timeout=3000)
    item = code_item(editor, "Respect")
    rect = editor.codes.visualItemRect(item)
    qtbot.mouseClick(editor.codes.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    assert code_item(editor, "Respect").checkState() == Qt.CheckState.Checked
    assert names(session)[-1] == ("Klant centraal", "De klant eerst", ["Waarden/Respect"])
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Klantgericht")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert names(session)[-1][0] == "Klantgericht"
    qtbot.mouseClick(editor.buttons["up"], Qt.MouseButton.LeftButton)
    assert [n for n, _, _ in names(session)] == ["Betrouwbaar", "Vrij", "Innovatief", "Klantgericht", "Veilig"]
    qtbot.mouseClick(editor.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "Klantgericht" not in [n for n, _, _ in names(session)]
    for _ in range(3):  # delete, move, rename
        session.undo_stack.undo()
    assert names(session)[-1] == ("Klant centraal", "De klant eerst", ["Waarden/Respect"])
    assert editor.values.count() == 5
    session.undo_stack.undo()  # the link
    assert names(session)[-1][2] == []
    assert code_item(editor, "Respect").checkState() == Qt.CheckState.Unchecked


def mouse(widget, kind, pos: QPointF):
    types = {"press": QMouseEvent.Type.MouseButtonPress, "move": QMouseEvent.Type.MouseMove,
             "release": QMouseEvent.Type.MouseButtonRelease}
    held = Qt.MouseButton.LeftButton if kind != "release" else Qt.MouseButton.NoButton
    button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
    QApplication.sendEvent(widget, QMouseEvent(types[kind], pos, widget.mapToGlobal(pos), button, held,
                                               Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def view(qtbot, session):
    w = ValuesMapWindow(session)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_map_click_shows_quotes_and_parameters_update_live(qtbot, view, session):
    canvas = view.canvas_a
    assert canvas.model.keys == ["Waarden/Betrouwbaarheid", "Waarden/Respect", "Waarden/Eerlijkheid",
                                 "Waarden/Vrijheid"]
    centre = canvas.centre_of("Waarden/Respect")
    with qtbot.waitSignal(canvas.pointClicked) as clicked:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert clicked.args == ["Waarden/Respect"]
    side = view.side.toPlainText()
    assert "Supporting quotes (2)" in side and "Contradicting quotes (2)" in side
    assert "Blind spots" in side and "Innovatief" in side
    before = {d.key: d.y for d in canvas.model.dots}
    view.controls.weight.setValue(2.0)  # the map follows at once
    after = {d.key: d.y for d in canvas.model.dots}
    assert before["Waarden/Respect"] == 0.0 and after["Waarden/Respect"] == pytest.approx(-1 / 3)
    assert view.controls.weight_slider.value() == 8
    view.controls.rule.setCurrentIndex(view.controls.rule.findData("overlap"))
    assert {d.key: d.y for d in canvas.model.dots}["Waarden/Eerlijkheid"] is None
    view.controls.median.setChecked(False)
    view.controls.threshold.setValue(80)
    assert canvas.model.threshold == 0.8


def test_quote_link_jumps_and_label_drag_is_remembered(qtbot, view, session):
    canvas = view.canvas_a
    view.show_point("a", "Waarden/Betrouwbaarheid")
    html = view.side.toHtml()
    assert "jump:" in html
    link = html[html.index("jump:"):].split('"')[0]
    with qtbot.waitSignal(view.jumpRequested) as jumped:
        view.side.anchorClicked.emit(QUrl(link))
    doc, start, end = jumped.args
    assert session.project.document(doc).text[start:end] == "turn0 abcd"
    rect = canvas.label_rect("Waarden/Vrijheid")
    start_pos = rect.center()
    mouse(canvas, "press", start_pos)
    mouse(canvas, "move", start_pos + QPointF(40, 60))
    mouse(canvas, "release", start_pos + QPointF(40, 60))
    stored = session.project.json_setting(LABELS_KEY)
    assert set(stored) == {"Waarden/Vrijheid"}
    canvas.repaint()  # the layout is made when the map is painted
    assert canvas.label_rect("Waarden/Vrijheid").center().x() == pytest.approx(start_pos.x() + 40, abs=1.5)
    other = ValuesMapWindow(session)  # a new view (or a new session) finds the label where it was left
    qtbot.addWidget(other)
    assert other.offsets == {"Waarden/Vrijheid": tuple(stored["Waarden/Vrijheid"])}
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert session.project.json_setting(LABELS_KEY) == {}


def test_compare_groups_side_by_side_and_arrows(qtbot, view, session, tmp_path):
    c = view.controls
    c.group_a.setCurrentIndex(c.group_a.findText("segment = x"))
    c.compare.setCurrentIndex(c.compare.findData("side"))
    c.group_b.setCurrentIndex(c.group_b.findText("segment = y"))
    assert view.canvas_b.isVisible()
    assert view.results["a"].participants == 2 and view.results["b"].participants == 2
    assert view.results["a"].threshold == view.results["b"].threshold == 0.5  # one shared threshold
    assert view.canvas_a.model.max_evidence == view.canvas_b.model.max_evidence
    c.compare.setCurrentIndex(c.compare.findData("arrows"))
    assert not view.canvas_b.isVisible()
    arrows = {a.key for a in view.canvas_a.model.arrows}
    assert arrows == {"Waarden/Betrouwbaarheid", "Waarden/Respect"}  # in both groups
    out = view.export("svg", str(tmp_path / "map"))
    assert out.name == "map.svg" and out.read_text(encoding="utf-8").count('<circle class="point"') == 3


def test_map_follows_edits(qtbot, view, session):
    from workbench.core.commands import SetOrgValueLinks

    respect = session.project.code_by_path("Waarden/Respect").id
    value = session.project.find_org_value("Innovatief")
    session.execute(SetOrgValueLinks.link(value.id, respect))
    qtbot.waitUntil(lambda: next(d for d in view.canvas_a.model.dots if d.key == "Waarden/Respect").claimed,
                    timeout=3000)
    assert view.results["a"].blind_spots == []
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: view.results["a"].blind_spots == ["Waarden/Respect"], timeout=3000)


def test_main_window_menu_opens_map_and_editor_and_quotes_jump(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.values_map.map
    assert view is not None and view.isVisible()
    assert view.canvas_a.model.keys == ["Waarden/Eerlijkheid"]  # the sample project's one value coding
    window.menus.actions["org_values"].trigger()
    editor = window.values_map.editor
    assert editor.isVisible()
    qtbot.mouseClick(view.values_button, Qt.MouseButton.LeftButton)  # brings the same editor forward
    assert window.values_map.editor is editor
    editor.add_value("Eerlijk")
    code_item(editor, "Eerlijkheid").setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: view.canvas_a.model.dots[0].claimed, timeout=3000)
    window.menus.actions["undo"].trigger()
    qtbot.waitUntil(lambda: not view.canvas_a.model.dots[0].claimed, timeout=3000)
    doc = window.session.project.document_by_name("marieke")
    view.jumpRequested.emit(doc.id, 5, 12)
    assert window.view.document_id == doc.id
    window.menus.actions["lang_nl"].trigger()  # reopened in Dutch
    assert window.values_map.map.windowTitle().startswith("Waardenfit-kaart")
    window.menus.actions["lang_en"].trigger()
    window.close_project()
    assert window.values_map.map is None and window.values_map.editor is None
    assert not window.menus.actions["values_map"].isEnabled()


def test_editor_imports_a_values_file_as_one_undo_step(qtbot, session, tmp_path, monkeypatch):
    editor = OrgValuesEditor(session)
    qtbot.addWidget(editor)
    good = tmp_path / "values.yaml"
    good.write_text("- name: Klant centraal\n  statement: De klant eerst\n  codes: [Waarden/Respect]\n"
                    "- name: Betrouwbaar\n  codes: [Waarden/Eerlijkheid]\n", encoding="utf-8")
    with qtbot.waitSignal(editor.message) as said:
        assert editor.import_file(str(good))
    assert said.args == ["1 added, 1 updated"]
    assert names(session)[-1] == ("Klant centraal", "De klant eerst", ["Waarden/Respect"])
    assert editor.values.count() == 5
    session.undo_stack.undo()
    assert editor.values.count() == 4 and names(session)[0][2] == ["Waarden/Betrouwbaarheid/Op tijd"]
    warnings = []
    monkeypatch.setattr("workbench.ui.values_map.editor.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    bad = tmp_path / "bad.csv"
    bad.write_text("name,codes\nX,Waarden/Nope\n", encoding="utf-8")
    assert not editor.import_file(str(bad))
    assert warnings == ["bad.csv: no code 'Waarden/Nope' in the codebook"]
    assert editor.values.count() == 4


def test_codes_dragged_from_the_codebook_onto_a_value_are_linked(qtbot, session):
    import json

    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from workbench.ui.codebook.model import CODES_MIME

    editor = OrgValuesEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    target = editor.values.item(2)  # Innovatief
    pos = QPointF(editor.values.visualItemRect(target).center())
    mime = QMimeData()
    p = session.project
    mime.setData(CODES_MIME, json.dumps([p.code_by_path("Waarden/Respect").id,
                                         p.code_by_path("Waarden/Vrijheid").id]).encode())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = editor.values.viewport()
    for event in (QDragEnterEvent(pos.toPoint(), *args), QDragMoveEvent(pos.toPoint(), *args), QDropEvent(pos, *args)):
        assert QApplication.sendEvent(viewport, event) and event.isAccepted()  # as a real drag goes
    assert names(session)[2] == ("Innovatief", "Altijd vooruit", ["Waarden/Respect", "Waarden/Vrijheid"])
    assert editor.values.currentItem().text() == "Innovatief"
    session.undo_stack.undo()  # one step
    assert names(session)[2][2] == []
