"""Column layout of coding stripes (brackets) in the margin; pure, no Qt.

Each coding occupies a vertical range of visual lines; codings whose ranges overlap get
different columns so their brackets and labels never collide (MAXQDA-style).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def assign_columns(ranges: Sequence[tuple[Any, Any]]) -> list[int]:
    """Column per inclusive (top, bottom) range; greedy, longer ranges first at equal tops.

    Column 0 is the one nearest the text. Ranges only need to be comparable (ints or tuples).
    """
    order = sorted(range(len(ranges)), key=lambda i: ranges[i][1], reverse=True)
    order.sort(key=lambda i: ranges[i][0])  # stable: equal tops keep longer first
    bottoms: list[Any] = []
    out = [0] * len(ranges)
    for i in order:
        top, bottom = ranges[i]
        for col, last in enumerate(bottoms):
            if last < top:
                bottoms[col] = bottom
                out[i] = col
                break
        else:
            bottoms.append(bottom)
            out[i] = len(bottoms) - 1
    return out
