"""Pure helpers behind the workbench widgets (no widgets needed)."""

from __future__ import annotations

from workbench.core.offsets import from_utf16, to_utf16
from workbench.ui.coding.fuzzy import fuzzy_score, rank
from workbench.ui.coding.spans import in_vivo_name, sentence_span
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


def test_fuzzy_ranking_prefers_leaf_matches():
    paths = [(1, "Waarden"), (2, "Waarden/Betrouwbaarheid"), (3, "Waarden/Eerlijkheid"),
             (4, "Emoties/Boosheid")]
    assert rank("eerl", paths)[0] == (3, "Waarden/Eerlijkheid")
    assert rank("wbt", paths)[0][0] == 2
    assert fuzzy_score("xyz", "Waarden") is None
    assert [cid for cid, _ in rank("", paths)] == [1, 2, 3, 4]
    assert rank("cafe", [(9, "Café-niveau")]) == [(9, "Café-niveau")]


def test_sentence_span_stays_in_turn():
    text = "Marieke: Eh, nou ja. Ik werd gebeld! Echt waar?\n\nInterviewer: Oké."
    s, e = sentence_span(text, text.index("gebeld"), 0, text.index("\n"))
    assert text[s:e] == "Ik werd gebeld!"
    s, e = sentence_span(text, 2, 0, text.index("\n"))
    assert text[s:e] == "Marieke: Eh, nou ja."


def test_in_vivo_name():
    assert in_vivo_name("“gewoon geregeld”") == "gewoon geregeld"
    assert in_vivo_name("a/b\nc") == "a b c"
    assert len(in_vivo_name("woord " * 40)) <= 61
