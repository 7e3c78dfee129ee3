"""Plain text and Markdown transcripts (.txt, .md)."""

from __future__ import annotations

from pathlib import Path

from workbench.importers.base import ImportedDocument, register
from workbench.importers.common import decode_text, make_document, read_bytes


@register("txt", "text")
def read_text(path: Path | str) -> ImportedDocument:
    path = Path(path)
    raw, encoding = decode_text(read_bytes(path), path)
    return make_document(path, raw, "txt", encoding=encoding)


@register("md", "markdown")
def read_markdown(path: Path | str) -> ImportedDocument:
    path = Path(path)
    raw, encoding = decode_text(read_bytes(path), path)
    return make_document(path, raw, "md", encoding=encoding, markdown=True)
