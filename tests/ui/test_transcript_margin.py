"""The coding margin beside the transcript: never over the text, and the text never jumps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.commands import AddCode, AddCoding, AddDocument
from workbench.store import Project
from workbench.ui.main_window import MainWindow
from workbench.ui.settings import Settings
from workbench.ui.transcript.margin import TIME_W

from .wb_support import code_id, open_window, project

SPEAKERS = ("Interviewer", "Anne Bakker")


def _timed_document(target) -> int:
    """An Otter-style transcript (every turn has a time stamp), added to a window's session
    or straight to a project."""
    parts, turns, pos = [], [], 0
    for i in range(12):
        speaker = SPEAKERS[i % 2]
        para = f"{speaker}: " + " ".join(["eigenlijk vond ik het lastig om te bellen"] * (1 + i % 3))
        turns.append({"start": pos, "end": pos + len(para), "speaker": speaker,
                      "role": "interviewer" if i % 2 == 0 else "respondent", "time_ms": 15_000 * i})
        parts.append(para)
        pos += len(para) + 2
    cmd = AddDocument("otter", "\n\n".join(parts), turns, "nl")
    if isinstance(target, MainWindow):
        assert target.session.execute(cmd)
    else:
        cmd.apply(target)
    return cmd.created_id


def _text_left(window) -> int:
    """Where the text area starts, in view coordinates."""
    return window.view.viewport().geometry().left()


def _settle(qtbot) -> None:
    qtbot.wait(30)


def test_timestamped_transcript_starts_right_of_the_margin(qtbot, wb_env):
    """As `workbench gui P.iwb` does it: the project is opened before the window is shown."""
    path = wb_env / "otter.iwb"
    p = Project.create(path)
    _timed_document(p)
    p.close()
    window = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot)
    margin = window.view.margin
    assert margin.width() >= TIME_W
    assert _text_left(window) >= margin.geometry().right() + 1
    assert window.view.viewportMargins().left() == margin.width()


def test_switching_between_timed_and_plain_documents_keeps_the_text_clear(window, qtbot):
    timed = _timed_document(window)
    plain = project(window).document_by_name("marieke").id
    for doc_id in (timed, plain, timed):
        window.show_document(doc_id)
        _settle(qtbot)
        assert _text_left(window) >= window.view.margin.geometry().right() + 1


def test_nested_codings_do_not_move_the_text(window, qtbot):
    _settle(qtbot)
    left = _text_left(window)
    text = window.view.text
    start = text.index("Ik werd drie keer")
    doc_id = window.view.document_id
    for i, path in enumerate(("Verwachtingen", "Emoties", "Waarden", "Emoties/Boosheid")):
        window.session.execute(AddCoding(doc_id, code_id(window, path), start + i, start + 60 - i))
        _settle(qtbot)
        assert _text_left(window) == left, path


def test_a_wider_inspector_does_not_move_the_text(window, qtbot):
    window.resize(1600, 900)
    window.resizeDocks([window.documents, window.inspector], [250, 250], Qt.Orientation.Horizontal)
    _settle(qtbot)
    assert window.view.width() > 900  # room for more than one column of brackets
    doc_id, start = window.view.document_id, window.view.text.index("Ik werd drie keer")
    for i, path in enumerate(("Verwachtingen", "Emoties", "Waarden")):  # nested: three columns
        window.session.execute(AddCoding(doc_id, code_id(window, path), start + i, start + 60 - i))
    _settle(qtbot)
    left = _text_left(window)
    width = window.inspector.width()
    for extra in (100, 200, 300, 400):
        window.resizeDocks([window.inspector], [width + extra], Qt.Orientation.Horizontal)
        _settle(qtbot)
        assert _text_left(window) == left, extra


def test_names_of_brackets_sharing_the_outer_column_do_not_overlap(window, qtbot):
    """More nested codings than columns: the deeper ones share the outer column, and their
    names are written one under the other, or left out when the bracket has no room."""
    _settle(qtbot)
    doc_id, start = window.view.document_id, window.view.text.index("Ik werd drie keer")
    paths = ("Verwachtingen", "Emoties", "Waarden", "Emoties/Boosheid", "Pijnpunten", "Waarden/Eerlijkheid")
    made = set()
    for i, path in enumerate(paths):
        cmd = AddCoding(doc_id, code_id(window, path), start + i, start + 60 - i)
        assert window.session.execute(cmd)
        made.add(cmd.created_id)
    window.view.select_span(start, start)
    _settle(qtbot)
    margin = window.view.margin
    margin.repaint()
    mine = [b for b in margin._brackets if b.coding_id in made]
    assert len(mine) == len(paths)
    assert len({b.x for b in mine}) < len(paths)  # some share a column
    labels = [b.label for b in margin._brackets if b.label is not None]
    assert labels and all(not a.intersects(b) for i, a in enumerate(labels) for b in labels[i + 1:])
    for b in mine:
        assert b.label is None or b.top <= b.label.top() <= max(b.top, b.bottom)
    for b in margin._brackets:  # a name clicked or hovered is its own bracket's
        if b.label is not None:
            assert margin.bracket_at(b.label.center())[0].coding_id == b.coding_id


def test_font_change_then_a_shorter_document_is_safe_and_formatted(qtbot, wb_env):
    """Scrolled far into a long coded transcript, a smaller font formats the blocks it brings
    into view, and opening a short document never measures the old one's codings."""
    path = wb_env / "long.iwb"
    p = Project.create(path)
    text = "\n\n".join(f"{'Interviewer' if i % 2 == 0 else 'Resp'}: regel {i} over wachten" for i in range(2000))
    turns, pos = [], 0
    for para in text.split("\n\n"):
        turns.append({"start": pos, "end": pos + len(para), "speaker": para.split(":")[0]})
        pos += len(para) + 2
    long_doc = AddDocument("lang", text, turns, "nl")
    long_doc.apply(p)
    short = AddDocument("kort", "Resp: kort.", [], "nl")
    short.apply(p)
    add = AddCode(None, "X", "theme", "#C62828")
    add.apply(p)
    code = add.created_id
    for k in range(0, 2000, 5):
        s = text.index(f"regel {k} ")
        AddCoding(long_doc.created_id, code, s, s + 8).apply(p)
    p.close()
    window = open_window(qtbot, path)
    window.show_document(long_doc.created_id)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _settle(qtbot)
    window.set_font_size(7)
    first, last = window.view.visible_block_range()
    assert all(window.view.highlighter._done[b] for b in range(first, last + 1))
    window.set_font_size(20)
    window.show_document(short.created_id)
    _settle(qtbot)
    assert window.view.text == "Resp: kort."


def test_text_is_laid_out_once_beside_the_columns_a_document_needs(qtbot, wb_env):
    """A project opened before the window shows (`workbench gui P.iwb`), with codings nested
    three deep: the margin's columns are chosen before the text is first laid out. Qt lays
    the whole text out again on every resize of the text area that changes its width, so
    there must be one such resize, not a wider one first and a narrower one once brackets land."""
    from PySide6.QtCore import QEvent, QObject

    path = wb_env / "nested.iwb"
    p = Project.create(path)
    text = "\n\n".join(f"Resp: alinea {i} " + "met een lang verhaal over bellen en wachten " * 4 for i in range(40))
    doc = AddDocument("genest", text, [], "nl")
    doc.apply(p)
    add = AddCode(None, "X", "theme", "#C62828")
    add.apply(p)
    for i in range(3):  # three codings in the first paragraph: three columns
        AddCoding(doc.created_id, add.created_id, 6 + i, 60 - i).apply(p)
    p.close()

    widths: list[int] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
                widths.append(event.size().width())
            return False

    window = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    watch = Watch()
    window.view.viewport().installEventFilter(watch)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot)
    margin = window.view.margin
    assert max(margin.columns.values()) == 2  # three columns are in use
    assert margin.width() >= margin.width_hint(3)
    assert len(widths) == 1, widths
    assert _text_left(window) >= margin.geometry().right() + 1


def test_a_document_gets_the_same_columns_however_it_is_shown(qtbot, wb_env):
    """Opened with the project (before the window shows) or opened later from the list, a
    document gets the same margin, also when its first paragraph has codings on separate lines."""
    path = wb_env / "paths.iwb"
    p = Project.create(path)
    para = "Resp: " + " ".join(f"zin {i} over wachten aan de telefoon." for i in range(24))
    first = AddDocument("eerste", "\n\n".join([para] * 10), [], "nl")
    first.apply(p)
    other = AddDocument("ander", "\n\n".join([para] * 10), [], "nl")  # long too: the scroll bar stays
    other.apply(p)
    add = AddCode(None, "X", "theme", "#C62828")
    add.apply(p)
    for i in (0, 10, 20):  # three sentences of the first paragraph, far apart: no line shared
        s = para.index(f"zin {i} ")
        AddCoding(first.created_id, add.created_id, s, s + 20).apply(p)
    p.close()
    window = MainWindow(Settings(), coder="Tester")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot)
    margin = window.view.margin
    opened_first = (margin.width(), _text_left(window))
    window.show_document(other.created_id)
    _settle(qtbot)
    window.show_document(first.created_id)
    _settle(qtbot)
    assert (margin.width(), _text_left(window)) == opened_first
