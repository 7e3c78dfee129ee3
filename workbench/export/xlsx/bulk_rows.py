"""Fast rows for the big Quotes sheet.

openpyxl builds a cell object and an XML element for every cell, about 25 µs each: 40,000
quotes × 16 columns would take most of the time budget. The sheet is therefore written by
openpyxl with its header, widths, filter and print settings, and its data rows are serialised
here as plain SpreadsheetML text (inline strings, the style ids openpyxl assigned) and put into
the saved file's sheet part after `wb.save`. The result is the same XML openpyxl would write.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

# XML 1.0 forbids most control characters; Excel refuses the whole file when one slips in.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_CELL = 32767  # Excel's limit on the characters in a cell


class BulkRows:
    """Rows destined for one sheet, serialised as they are added."""

    def __init__(self, ws, first_row: int):
        self.ws = ws
        self.row = first_row
        self.chunks: list[str] = []
        self.letters = [get_column_letter(i) for i in range(1, 200)]
        self.width = 1

    @staticmethod
    def style_id(prototype) -> int:
        """The workbook style index of a styled cell (registers the style with openpyxl)."""
        return prototype.style_id

    def add(self, values, styles: dict[int, int] | None = None, height: float | None = None) -> None:
        """values: a row of str / int / float / None; styles: column index → style id."""
        r = self.row
        self.width = max(self.width, len(values))
        attrs = f' ht="{height:g}" customHeight="1"' if height else ""
        out = [f'<row r="{r}"{attrs}>']
        for i, value in enumerate(values):
            if value is None or value == "":
                continue
            ref = f"{self.letters[i]}{r}"
            s = f' s="{styles[i]}"' if styles and i in styles else ""
            if isinstance(value, bool):
                out.append(f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>')
            elif isinstance(value, int | float):
                out.append(f'<c r="{ref}"{s}><v>{value!r}</v></c>')
            else:
                text = _ILLEGAL.sub("", str(value))[:MAX_CELL]
                space = ' xml:space="preserve"' if text != text.strip() else ""
                out.append(f'<c r="{ref}" t="inlineStr"{s}><is><t{space}>{escape(text)}</t></is></c>')
        out.append("</row>")
        self.chunks.append("".join(out))
        self.row += 1

    def last_cell(self) -> str:
        return f"{self.letters[max(0, self.width - 1)]}{max(1, self.row - 1)}"

    def part_name(self) -> str:
        """The sheet's part in the package (openpyxl numbers sheets by workbook position)."""
        index = self.ws.parent.worksheets.index(self.ws) + 1
        return f"xl/worksheets/sheet{index}.xml"


def inject(path: Path, bulks: list[BulkRows]) -> None:
    """Put the rows into the saved workbook: each sheet part gets them before </sheetData>."""
    if not bulks:
        return
    targets = {b.part_name(): b for b in bulks}
    tmp = path.with_name(path.name + ".rows")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            bulk = targets.get(item.filename)
            if bulk is None:
                dst.writestr(item, data)
                continue
            xml = data.decode("utf-8")
            if "<sheetData/>" in xml:
                xml = xml.replace("<sheetData/>", "<sheetData></sheetData>", 1)
            if "</sheetData>" not in xml:
                raise ValueError(f"{item.filename}: no sheet data to add rows to")
            xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{bulk.last_cell()}"/>', xml, count=1)
            head, sep, tail = xml.partition("</sheetData>")
            info = zipfile.ZipInfo(item.filename, item.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(info, "w", force_zip64=True) as out:
                out.write(head.encode("utf-8"))
                for chunk in bulk.chunks:
                    out.write(chunk.encode("utf-8"))
                out.write((sep + tail).encode("utf-8"))
    try:
        shutil.move(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
