"""The Matrix (codes × participants) and Co-occurrence sheets, both with a colour scale."""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment

from workbench.export.xlsx.style import (
    BAND_FILL,
    BOLD,
    CENTER,
    DECIMAL2,
    HEADER,
    HEADER_FILL,
    PLAIN,
    SUBTITLE,
    THIN,
    TOP,
    WRAP,
    cell,
    column,
    fit_row,
    header_row,
    indent,
    landscape,
    new_sheet,
    title_rows,
    widths,
)

HEAT = dict(start_type="num", start_value=0, start_color="FFFFFF", end_type="max", end_color="79A6D2")
ROTATED = Alignment(textRotation=90, horizontal="center", vertical="bottom")
BOTTOM = Alignment(vertical="bottom", wrap_text=True)


def _participant_headers(ws, names) -> list:
    head = header_row(ws, names)
    if len(names) > 10:
        for c in head:
            c.alignment = ROTATED
    return head


def write_matrix(wb, ctx) -> None:
    m = ctx.matrix
    ws = new_sheet(wb, ctx.t("xlsx.sheet.matrix"))
    n = len(m.columns)
    widths(ws, [40] + [6 if n > 10 else 12] * n + [10])
    landscape(ws, repeat_header_row=3)
    first = title_rows(ws, ctx.t("xlsx.matrix.title")) + 1
    ws.append(header_row(ws, [ctx.t("xlsx.col.code")]) + _participant_headers(ws, m.columns)
              + header_row(ws, [ctx.t("xlsx.col.total")]))
    if n > 10:
        ws.row_dimensions[first].height = 90
    heat_rows = []
    for cid, row in zip(m.code_ids, m.cells, strict=True):
        freq = ctx.by_id[cid]
        top = freq.depth == 0
        font, fill = (BOLD, BAND_FILL) if top else (PLAIN, None)
        ws.append([cell(ws, freq.name, font, fill, indent(freq.depth), border=THIN)]
                  + [cell(ws, v or None, font, fill, CENTER, border=THIN) for v in row]
                  + [cell(ws, freq.segments, BOLD, fill, CENTER, border=THIN)])
        if not top:  # totals of whole kinds would wash out the scale of the codes below them
            heat_rows.append(ws.rows_written)
    if n and heat_rows:
        ranges = " ".join(f"B{r}:{column(n + 1)}{r}" for r in heat_rows)
        ws.conditional_formatting.add(ranges, ColorScaleRule(**HEAT))
    ws.freeze_panes = f"B{first + 1}"
    ctx.advance()


def write_cooccurrence(wb, ctx) -> None:
    """The pairs, most frequent first (columns A–D), and beside them the matrix of the codes
    that co-occur with any other (a blank diagonal)."""
    co = ctx.cooccurrence
    ws = new_sheet(wb, ctx.t("xlsx.sheet.cooccurrence"))
    t = ctx.t
    pairs = co.pairs()
    involved = sorted({i for p in pairs for i in p[:2]})
    n = len(involved)
    widths(ws, [40, 40, 10, 10, 3, 30] + [5] * n)
    landscape(ws)
    title_rows(ws, t("xlsx.co.title", mode=t(f"xlsx.co.mode.{co.mode}")))
    if not pairs:
        ws.append([cell(ws, t("xlsx.co.none"), SUBTITLE)])
        ctx.advance()
        return
    names = [ctx.by_id[co.code_ids[i]].name if co.code_ids[i] in ctx.by_id else co.paths[i] for i in involved]
    head = header_row(ws, [t("xlsx.col.code_a"), t("xlsx.col.code_b"), t("xlsx.col.count"), t("xlsx.col.jaccard")])
    head = [cell(ws, c.value, HEADER, HEADER_FILL, BOTTOM) for c in head]
    head += [None, cell(ws, t("xlsx.co.matrix"), HEADER, HEADER_FILL, BOTTOM)]
    head += [cell(ws, name, HEADER, HEADER_FILL, ROTATED) for name in names]
    ws.row_dimensions[ws.rows_written + 1].height = max(60, min(200, 7 * max(len(x) for x in names) + 12))
    ws.append(head)
    top = ws.rows_written
    for row in range(max(len(pairs), n)):
        line = [None] * 4
        if row < len(pairs):
            i, j, count, jac = pairs[row]
            fit_row(ws, ((co.paths[i], 40), (co.paths[j], 40)))
            line = [cell(ws, co.paths[i], PLAIN, align=WRAP, border=THIN),
                    cell(ws, co.paths[j], PLAIN, align=WRAP, border=THIN),
                    cell(ws, count, BOLD, align=CENTER, border=THIN),
                    cell(ws, jac, PLAIN, align=CENTER, fmt=DECIMAL2, border=THIN)]
        if row < n:
            a = involved[row]
            line += [None, cell(ws, names[row], PLAIN, align=TOP, border=THIN)]
            line += [cell(ws, co.counts[a][b] or None, PLAIN, align=CENTER, border=THIN) if a != b
                     else cell(ws, None, fill=BAND_FILL, border=THIN) for b in involved]
        ws.append(line)
    ws.conditional_formatting.add(f"G{top + 1}:{column(n + 6)}{top + n}", ColorScaleRule(**HEAT))
    ctx.advance()
