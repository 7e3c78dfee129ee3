"""The one text normalisation (DESIGN §2): what stored text looks like, and the tidying an
imported transcript gets on top of that. Importers and commands both use it, so a paragraph
separator (U+2029) is a blank line everywhere, never a line break in one place and a
paragraph in another.
"""

from __future__ import annotations

import re
import unicodedata

# Line ends → "\n"; a paragraph separator or form feed is a paragraph break (a blank line);
# byte-order marks go. exchange/textmap.py maps positions through the same table.
REPLACEMENTS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n\n", "\f": "\n\n", "\ufeff": ""}
REPLACE_RE = re.compile("|".join(map(re.escape, REPLACEMENTS)))
_TRAILING_WS = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_BLANKS = re.compile(r"\n{3,}")


def canonical(text: str) -> str:
    """The form stored text is kept in: NFC, "\\n" line ends, no byte-order marks."""
    return unicodedata.normalize("NFC", REPLACE_RE.sub(lambda m: REPLACEMENTS[m.group()], text))


def clean_transcript(text: str) -> str:
    """Canonical text, tidied for reading: no trailing spaces, at most one blank line in a
    row, no blank lines at the start or end."""
    text = _TRAILING_WS.sub("", canonical(text))
    return _MANY_BLANKS.sub("\n\n", text).strip("\n")
