"""The Codebook sheet: every code with its kind, colour and codebook entry."""

from __future__ import annotations

from openpyxl.styles import PatternFill

from workbench.export.xlsx.style import (
    BAND_FILL,
    BOLD,
    PLAIN,
    THIN,
    WRAP,
    cell,
    fit_row,
    header_row,
    landscape,
    new_sheet,
    widths,
)


def write_codebook(wb, ctx) -> None:
    t = ctx.t
    ws = new_sheet(wb, t("xlsx.sheet.codebook"))
    widths(ws, [36, 13, 8, 50, 40, 40, 44])
    landscape(ws, repeat_header_row=1)
    ws.freeze_panes = "B2"
    ws.append(header_row(ws, [t("xlsx.col.code"), t("xlsx.col.kind"), t("xlsx.col.colour"), t("xlsx.col.definition"),
                              t("xlsx.col.use_when"), t("xlsx.col.do_not_use_when"), t("xlsx.col.example")]))
    data = ctx.data
    fills: dict[str, PatternFill] = {}
    for code in data.codes:
        if code.id not in data.code_scope:
            continue
        depth = data.depth(code.id)
        font, band = (BOLD, BAND_FILL) if depth == 0 else (PLAIN, None)
        colour = (code.color or "#808080").lstrip("#").upper()
        if len(colour) != 6:
            colour = "808080"
        fill = fills.setdefault(colour, PatternFill("solid", start_color=colour, end_color=colour))
        fit_row(ws, [(("    " * depth) + code.name, 36)] + [(getattr(code, f), w) for f, w in (
            ("definition", 50), ("use_when", 40), ("do_not_use_when", 40), ("example", 44))])
        name = cell(ws, ("    " * depth) + code.name, font, band, WRAP, border=THIN)
        ws.append([name, cell(ws, ctx.kind(code.kind), font, band, WRAP, border=THIN),
                   cell(ws, None, fill=fill, border=THIN)]
                  + [cell(ws, getattr(code, f) or None, PLAIN, band, WRAP, border=THIN)
                     for f in ("definition", "use_when", "do_not_use_when", "example")])
    ctx.advance()
