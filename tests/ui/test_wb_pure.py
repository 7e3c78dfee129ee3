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
