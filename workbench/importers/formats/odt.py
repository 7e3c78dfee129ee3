"""OpenDocument text (.odt): paragraphs, headings, lists and tables in order; no comments."""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.importers.base import ImportedDocument, ImportRefused, register
from workbench.importers.common import check_size, make_document
from workbench.importers.zipcheck import check_package

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SKIP = {
    (_OFFICE, "annotation"),
    (_OFFICE, "annotation-end"),
    (_TEXT, "note"),
    (_TEXT, "tracked-changes"),
    (_TEXT, "sequence-decls"),
}
_CONTAINERS = {"section", "list", "list-item", "list-header", "index-body", "deletion"}


def _extract(el) -> str:
    """Like odf.teletype.extractText, but leaves out comments (office:annotation) and notes."""
    from odf.element import Node

    parts: list[str] = []
    for child in el.childNodes:
        if child.nodeType == Node.TEXT_NODE:
            parts.append(child.data)
        elif child.nodeType == Node.ELEMENT_NODE and child.qname not in _SKIP:
            name = child.qname
            if name == (_TEXT, "line-break"):
                parts.append("\n")
            elif name == (_TEXT, "tab"):
                parts.append("\t")
            elif name == (_TEXT, "s"):
                parts.append(" " * int(child.getAttribute("c") or 1))
            else:
                parts.append(_extract(child))
    return "".join(parts)


def _table(el) -> str:
    rows = []
    for row in _descendants(el, (_TABLE, "table-row")):
        cells = []
        for cell in row.childNodes:
            if getattr(cell, "qname", None) == (_TABLE, "table-cell"):
                paras = [
                    _extract(p)
                    for p in cell.childNodes
                    if getattr(p, "qname", None) in ((_TEXT, "p"), (_TEXT, "h"))
                ]
                cells.append(" ".join(" ".join(paras).split()))
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _descendants(el, qname):
    for child in el.childNodes:
        if getattr(child, "qname", None) == qname:
            yield child
        elif getattr(child, "qname", None) != (_TABLE, "table") and child.childNodes:
            yield from _descendants(child, qname)


def _blocks(el, out: list[str]) -> None:
    for child in el.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None or qname in _SKIP:
            continue
        if qname in ((_TEXT, "p"), (_TEXT, "h")):
            out.append(_extract(child))
        elif qname == (_TABLE, "table"):
            out.append(_table(child))
        elif qname[1] in _CONTAINERS:
            _blocks(child, out)


def _check_package(path: Path) -> None:
    check_size(path)
    if path.stat().st_size == 0:
        raise ImportRefused(path, "import.err.empty")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRefused(path, "import.err.damaged_odt") from exc
    if b"encryption-data" in manifest:
        raise ImportRefused(path, "import.err.encrypted_odt")
    if "content.xml" not in names:
        raise ImportRefused(path, "import.err.damaged_odt")
    check_package(path, "import.what.odt")


@register("odt")
def read_odt(path: Path | str) -> ImportedDocument:
    from odf.opendocument import load

    path = Path(path)
    _check_package(path)
    try:
        document = load(str(path))
    except Exception as exc:  # odfpy raises assorted XML / zip / key errors on broken files
        raise ImportRefused(path, "import.err.damaged_odt") from exc
    blocks: list[str] = []
    _blocks(document.text, blocks)
    return make_document(path, "\n\n".join(b for b in blocks if b.strip()), "odt")
