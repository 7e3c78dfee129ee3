"""The Agreement sheet (only when two coders coded the same interviews): per code and overall,
then the segments where the coders differ, side by side."""

from __future__ import annotations

from workbench.export.xlsx.style import (
    BAND_FILL,
    BOLD,
    DECIMAL2,
    HEADING,
    MUTED,
    PERCENT,
    PLAIN,
    THIN,
    WRAP,
    cell,
    fit_row,
    header_row,
    landscape,
    new_sheet,
    title_rows,
    widths,
)


def write_agreement(wb, ctx) -> None:
    r = ctx.agreement
    if r is None:
        ctx.advance()
        return
    t = ctx.t
    ws = new_sheet(wb, t("xlsx.sheet.agreement"))
    widths(ws, [50, 17, 13, 15, 15, 15, 19, 14])
    landscape(ws)
    title_rows(ws, t("xlsx.ag.title", a=r.coder_a, b=r.coder_b), t("xlsx.ag.documents", names=", ".join(r.documents)))
    ws.append(header_row(ws, [t("xlsx.col.code"), t("xlsx.col.char_agreement"), t("xlsx.col.kappa"),
                              t("xlsx.col.segments_of", coder=r.coder_a), t("xlsx.col.segments_of", coder=r.coder_b),
                              t("xlsx.col.matched"), t("xlsx.col.segment_agreement"), t("xlsx.col.alpha")]))
    ws.append([cell(ws, t("xlsx.ag.overall"), BOLD, BAND_FILL, border=THIN),
               cell(ws, r.char_agreement, BOLD, BAND_FILL, fmt="0.0%", border=THIN),
               cell(ws, r.char_kappa, BOLD, BAND_FILL, fmt=DECIMAL2, border=THIN),
               cell(ws, sum(c.segments_a for c in r.codes), BOLD, BAND_FILL, border=THIN),
               cell(ws, sum(c.segments_b for c in r.codes), BOLD, BAND_FILL, border=THIN),
               cell(ws, sum(c.segments_matched for c in r.codes), BOLD, BAND_FILL, border=THIN),
               cell(ws, r.segment_agreement, BOLD, BAND_FILL, fmt=PERCENT, border=THIN),
               cell(ws, r.alpha, BOLD, BAND_FILL, fmt=DECIMAL2, border=THIN)])
    for c in r.codes:
        ws.append([cell(ws, c.path, PLAIN, border=THIN), cell(ws, c.char_agreement, PLAIN, fmt="0.0%", border=THIN),
                   cell(ws, c.char_kappa, PLAIN, fmt=DECIMAL2, border=THIN),
                   cell(ws, c.segments_a, PLAIN, border=THIN), cell(ws, c.segments_b, PLAIN, border=THIN),
                   cell(ws, c.segments_matched, PLAIN, border=THIN),
                   cell(ws, c.segment_agreement, PLAIN, fmt=PERCENT, border=THIN),
                   cell(ws, c.alpha, PLAIN, fmt=DECIMAL2, border=THIN)])
    ws.append([])
    ws.append([cell(ws, t("xlsx.ag.disagreements"), HEADING)])
    ws.append(header_row(ws, [t("xlsx.col.code"), t("xlsx.col.document"), r.coder_a, None, None, r.coder_b]))
    row = ws.rows_written
    ws.merged_cells.add(f"C{row}:E{row}")
    ws.merged_cells.add(f"F{row}:H{row}")
    missing = t("xlsx.ag.not_coded")
    for d in r.disagreements:
        fit_row(ws, ((d.path, 50), (d.document, 17), (d.a[2] if d.a else "", 43), (d.b[2] if d.b else "", 48)))
        ws.append([cell(ws, d.path, PLAIN, align=WRAP, border=THIN),
                   cell(ws, d.document, PLAIN, align=WRAP, border=THIN),
                   cell(ws, d.a[2] if d.a else missing, PLAIN if d.a else MUTED, align=WRAP, border=THIN), None, None,
                   cell(ws, d.b[2] if d.b else missing, PLAIN if d.b else MUTED, align=WRAP, border=THIN)])
        row = ws.rows_written
        ws.merged_cells.add(f"C{row}:E{row}")
        ws.merged_cells.add(f"F{row}:H{row}")
    ctx.advance()
