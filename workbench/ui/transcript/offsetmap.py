"""Fast code-point ↔ UTF-16 conversion for one text (same rules as core.offsets).

`core.offsets.to_utf16` walks the text on every call; a viewer converts thousands of spans,
so it indexes the astral (surrogate-pair) characters once and bisects.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    def __init__(self, text: str):
        self.text = text
        self._cp = [m.start() for m in _ASTRAL.finditer(text)]  # code-point index of each astral char
        self._u16 = [i + k for k, i in enumerate(self._cp)]  # its UTF-16 position

    def to16(self, offset: int) -> int:
        """Code-point offset → UTF-16 position (what QTextCursor uses)."""
        return offset + bisect_left(self._cp, offset)

    def from16(self, pos: int) -> int:
        """UTF-16 position → code-point offset; inside a surrogate pair rounds down."""
        k = bisect_left(self._u16, pos)
        if k and self._u16[k - 1] + 1 == pos:
            return self._cp[k - 1]
        return max(0, min(pos - k, len(self.text)))
