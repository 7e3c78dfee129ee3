"""Rich Text Format (.rtf) via striprtf."""

from __future__ import annotations

from pathlib import Path

from workbench.importers.base import ImportedDocument, ImportRefused, register
from workbench.importers.common import make_document, read_bytes


@register("rtf")
def read_rtf(path: Path | str) -> ImportedDocument:
    from striprtf.striprtf import rtf_to_text

    path = Path(path)
    data = read_bytes(path)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise ImportRefused(path, "import.err.not_rtf")
    # RTF is 7-bit with \'xx escapes; stray 8-bit bytes are usually cp1252 (Word) or UTF-8.
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        source = data.decode("cp1252", errors="replace")
    try:
        text = rtf_to_text(source, encoding="cp1252", errors="replace")
    except Exception as exc:  # striprtf is regex-based; a mangled file can trip it
        raise ImportRefused(path, "import.err.damaged_rtf") from exc
    return make_document(path, text, "rtf", encoding="cp1252")
