"""Pure helpers behind the workbench widgets (no widgets needed)."""

from __future__ import annotations

from workbench.core.offsets import from_utf16, to_utf16
from workbench.ui.transcript.offsetmap import OffsetMap
from workbench.ui.transcript.stripes import assign_columns


def test_offset_map_agrees_with_core_offsets():
    text = "a😤b café 👍🏽 x\n𝄞 end"
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        assert m.to16(i) == to_utf16(text, i)
    for u in range(len(text.encode("utf-16-le")) // 2 + 1):
        assert m.from16(u) == from_utf16(text, u)


def test_columns_avoid_overlaps():
    ranges = [(0, 5), (2, 3), (4, 8), (6, 7), (9, 9)]
    cols = assign_columns(ranges)
    for i, (a0, a1) in enumerate(ranges):
        for j, (b0, b1) in enumerate(ranges):
            if i < j and a0 <= b1 and b0 <= a1:
                assert cols[i] != cols[j]
    assert cols[4] == 0  # a free slot is reused
    assert assign_columns([((1, 0), (1, 2)), ((1, 3), (2, 0))]) == [0, 0]


def _qt_blocks(text: str):
    """A QTextDocument holding the text, and the UTF-16 start of each of its blocks."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setPlainText(text)
    starts, block = [], doc.begin()
    while block.isValid():
        starts.append(block.position())
        block = block.next()
    return doc, starts


def test_block_starts_match_qt_blocks(qapp):
    """The highlighter bisects block starts read from the text; they must be Qt's own, also
    with paragraph separators, CR LF, a trailing newline and characters outside the BMP."""

    from workbench.ui.transcript.highlighter import Span, TranscriptHighlighter, block_starts

    texts = ["", "één regel", "A: eerst\n\nB: dan\n", "a\u2029b\u2029\u2029c", "x\r\ny\rz",
             "R: 😀 blij\n\nI: en verder? 👍\nnog wat", "\u0a41\u0100\nx"]
    for text in texts:
        doc, qt = _qt_blocks(text)
        assert block_starts(doc) == qt, text
        hl = TranscriptHighlighter(doc)
        hl.set_content([], {})
        for start in range(doc.characterCount() - 1):
            span = Span(start, start + 1, "#000000")
            assert hl.blocks_of(span) == range(doc.findBlock(start).blockNumber(),
                                               doc.findBlock(start).blockNumber() + 1), (text, start)


def test_line_starts_read_from_the_text_are_qt_blocks(qapp):
    """The viewer hands the highlighter block starts read from the (normalised) text; they
    must be Qt's own, also after characters outside the BMP; a text Qt splits differently
    (a paragraph separator) is not trusted but read from the document."""

    from workbench.ui.transcript.highlighter import TranscriptHighlighter

    for text in ["", "één regel", "A: eerst\n\nB: dan\n", "R: 😀 blij\n\nI: en 👍\nnog 𝄞 wat\n", "\n\n"]:
        assert OffsetMap(text).line_starts16() == _qt_blocks(text)[1], text
    doc, _ = _qt_blocks("a\u2029b\nc")
    hl = TranscriptHighlighter(doc)
    hl.set_content([], {}, starts=OffsetMap("a\u2029b\nc").line_starts16())  # 2 lines, 3 blocks
    assert hl._block_starts == [0, 2, 4]
    doc, _ = _qt_blocks("a\r\nb")  # as many lines as blocks, but Qt drops the \r
    hl = TranscriptHighlighter(doc)
    hl.set_content([], {}, starts=OffsetMap("a\r\nb").line_starts16())
    assert hl._block_starts == [0, 2]


def test_blocks_beyond_the_first_screen_are_formatted_after_the_first_paint(qtbot, tmp_path):
    """Opening a transcript formats what a new view shows at once; the rest waits for the
    view's first paint and is then done in idle batches until every block is formatted."""
    from workbench.core.commands import AddDocument
    from workbench.store import Project
    from workbench.ui.transcript.viewer import TranscriptView

    project = Project.create(tmp_path / "p.iwb")
    text = "\n\n".join(f"R: alinea {i} over wachten en bellen" for i in range(300))
    doc = AddDocument("lang", text, [], "nl")
    doc.apply(project)
    view = TranscriptView()
    qtbot.addWidget(view)
    view.show_document(project, doc.created_id)
    hl = view.highlighter
    assert not hl.complete() and not hl._idle.isActive()  # nothing runs before a paint
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(hl.complete, timeout=5000)
    assert all(hl._done)
    project.close()

