"""Shared look of the summary workbook: fonts, fills, header rows, widths, print set-up.

The workbook is written in openpyxl's write-only mode (streamed, so 40,000 quotes fit in little
memory): every styled cell is a WriteOnlyCell, and column widths are set before the first row.
Style objects are made once and shared, which keeps the file's style table small.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

INK = "1F2D3D"
ACCENT = "2E5E8C"
LIGHT = "EAF0F6"
GRID = "C9D3DD"

TITLE = Font(name="Calibri", size=16, bold=True, color=INK)
SUBTITLE = Font(name="Calibri", size=11, italic=True, color="5A6B7B")
HEADING = Font(name="Calibri", size=12, bold=True, color=ACCENT)
HEADER = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
BOLD = Font(name="Calibri", size=11, bold=True, color=INK)
PLAIN = Font(name="Calibri", size=11, color=INK)
MUTED = Font(name="Calibri", size=10, color="5A6B7B")
HEADER_FILL = PatternFill("solid", start_color=ACCENT, end_color=ACCENT)
BAND_FILL = PatternFill("solid", start_color=LIGHT, end_color=LIGHT)
THIN = Border(bottom=Side(style="thin", color=GRID))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="top")
LEFT = Alignment(horizontal="left", vertical="top")

PERCENT = "0%"
PERCENT1 = "0.0%"
DECIMAL2 = "0.00"


def cell(ws, value, font=None, fill=None, align=None, fmt=None, border=None):
    """A styled cell. The style is resolved once per workbook and combination and then copied:
    openpyxl would otherwise hash the font, fill… objects again for every cell."""
    c = WriteOnlyCell(ws, value=value)
    if font is None and fill is None and align is None and fmt is None and border is None:
        return c
    styles = ws.parent.__dict__.setdefault("_summary_styles", {})  # per workbook
    key = (id(font), id(fill), id(align), fmt, id(border))
    cached = styles.get(key)
    if cached is None:
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        if align is not None:
            c.alignment = align
        if fmt is not None:
            c.number_format = fmt
        if border is not None:
            c.border = border
        # keep the style objects alive with the cache entry, so their ids stay theirs
        styles[key] = (StyleArray(c._style), (font, fill, align, border))
        return c
    c._style = StyleArray(cached[0])
    return c


def header_row(ws, labels, height: float | None = 32) -> list:
    """Header cells; sets the height of the row about to be written (wrapped two-line labels)."""
    if height:
        ws.row_dimensions[getattr(ws, "rows_written", 0) + 1].height = height
    return [cell(ws, text, HEADER, HEADER_FILL, HEADER_ALIGN) for text in labels]


def title_rows(ws, title: str, subtitle: str = "") -> int:
    """Write a title (and subtitle) and an empty row; returns the rows used."""
    ws.append([cell(ws, title, TITLE)])
    if subtitle:
        ws.append([cell(ws, subtitle, SUBTITLE)])
    ws.append([])
    return 3 if subtitle else 2


def widths(ws, values) -> None:
    for i, width in enumerate(values, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def landscape(ws, fit_width: bool = True, repeat_header_row: int | None = None) -> None:
    """Print on landscape A4, scaled to the page width, header row repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if repeat_header_row:
        ws.print_title_rows = f"{repeat_header_row}:{repeat_header_row}"


def indent(depth: int) -> Alignment:
    return _INDENTS.setdefault(depth, Alignment(horizontal="left", indent=depth * 2, vertical="top"))


_INDENTS: dict[int, Alignment] = {}


def column(i: int) -> str:
    return get_column_letter(i)


def new_sheet(wb, title: str):
    """A write-only sheet that counts its rows (`ws.rows_written`), so writers can address the
    row they just wrote (merges, chart ranges)."""
    ws = wb.create_sheet(title)
    ws.rows_written = 0
    append = ws.append

    def counting_append(row):
        append(row)
        ws.rows_written += 1

    ws.append = counting_append
    return ws


def lines_needed(text: str | None, width: float) -> int:
    """Lines a wrapped text takes in a column of `width` (Excel's units: '0' characters)."""
    if not text:
        return 1
    per_line = max(1, int(width * 1.25))
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))


def fit_row(ws, texts_and_widths, line_height: float = 15.0, max_lines: int = 30) -> None:
    """Set the height of the row about to be written so its wrapped cells show in full:
    neither Excel nor LibreOffice grows rows of a generated file on opening it."""
    lines = max((lines_needed(text, width) for text, width in texts_and_widths), default=1)
    if lines > 1:
        ws.row_dimensions[ws.rows_written + 1].height = min(lines, max_lines) * line_height + 3
