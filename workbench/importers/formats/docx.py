"""Word documents (.docx): body paragraphs and tables in document order.

Headers, footers, comments and footnotes live in other parts of the package and are left out.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.importers.base import ImportedDocument, ImportRefused, register
from workbench.importers.common import check_size, make_document
from workbench.importers.zipcheck import check_package

OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # compound file: encrypted .docx or an old binary .doc
ZIP_MAGIC = b"PK"


def _tag(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _table_text(tbl, parent) -> str:
    from docx.table import Table

    rows = []
    for row in Table(tbl, parent).rows:
        cells, seen = [], set()
        for cell in row.cells:  # a merged cell is repeated for every grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split("\n")).strip())
        if any(cells):
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _blocks(container, parent) -> list[str]:
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for child in container.iterchildren():
        tag = _tag(child)
        if tag == "p":
            out.append(Paragraph(child, parent).text)
        elif tag == "tbl":
            out.append(_table_text(child, parent))
        elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
            out.extend(_blocks(child, parent))
    return out


def _check_signature(path: Path) -> None:
    check_size(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head.strip(b"\x00 \t\r\n"):
        raise ImportRefused(path, "import.err.empty")
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(path, "import.err.encrypted_docx")
    if not head.startswith(ZIP_MAGIC):
        raise ImportRefused(path, "import.err.damaged_docx")


@register("docx", "docm")
def read_docx(path: Path | str) -> ImportedDocument:
    import docx

    path = Path(path)
    _check_signature(path)
    check_package(path, "import.what.docx")
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise ImportRefused(path, "import.err.damaged_docx") from exc
    except Exception as exc:  # lxml parse errors and other surprises in a broken package
        raise ImportRefused(path, "import.err.damaged_docx") from exc
    body = document.element.body
    paragraphs = [b for b in _blocks(body, document._body) if b.strip()]
    return make_document(path, "\n\n".join(paragraphs), "docx")


@register("doc")
def read_doc(path: Path | str) -> ImportedDocument:
    raise ImportRefused(path, "import.err.old_doc")
