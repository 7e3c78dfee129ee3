"""Fast code-point ↔ UTF-16 conversion for one text (same rules as core.offsets).

`core.offsets.to_utf16` walks the text on every call; a viewer converts thousands of spans,
so it indexes the astral (surrogate-pair) characters once and bisects.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LINE_END = re.compile("\n")


class OffsetMap:
    def __init__(self, text: str):
        self.text = text
        # code-point index of each astral char; the encoded length tells first if there are any
        # (a C pass, several times quicker than the regex over a long transcript)
        bmp = len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._cp = [] if bmp else [m.start() for m in _ASTRAL.finditer(text)]
        self._u16 = [i + k for k, i in enumerate(self._cp)]  # its UTF-16 position

    @property
    def all_bmp(self) -> bool:
        """No surrogate pairs: code-point offsets are UTF-16 positions as they are."""
        return not self._cp

    def line_starts16(self) -> list[int]:
        """UTF-16 start of every line (what Qt makes a block of a normalised text: store texts
        break lines with "\n" only), read from the text rather than asked of Qt."""
        starts = [0, *(m.end() for m in _LINE_END.finditer(self.text))]
        return starts if self.all_bmp else [self.to16(s) for s in starts]

    def to16(self, offset: int) -> int:
        """Code-point offset → UTF-16 position (what QTextCursor uses)."""
        return offset + bisect_left(self._cp, offset)

    def from16(self, pos: int) -> int:
        """UTF-16 position → code-point offset; inside a surrogate pair rounds down."""
        k = bisect_left(self._u16, pos)
        if k and self._u16[k - 1] + 1 == pos:
            return self._cp[k - 1]
        return max(0, min(pos - k, len(self.text)))
