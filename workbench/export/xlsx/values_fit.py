"""The Values fit sheet: the numbers behind the values-fit map (one row per customer value),
the blind spots, the unsupported claims and how the numbers were made."""

from __future__ import annotations

from openpyxl.styles import Font, PatternFill

from workbench.analysis.values_fit import params_for, values_fit
from workbench.export.map_model import QUADRANT_COLOURS, QUADRANT_TINTS
from workbench.export.xlsx.style import (
    BOLD,
    CENTER,
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

_STYLES: dict = {}


def _quadrant_style(quadrant: str | None):
    """Font and fill of a quadrant cell, made once (the workbook's style table stays small)."""
    if quadrant not in _STYLES:
        colour = QUADRANT_COLOURS[quadrant].lstrip("#")
        tint = QUADRANT_TINTS.get(quadrant, "#F4F5F6").lstrip("#")
        _STYLES[quadrant] = (Font(name="Calibri", size=11, bold=True, color=colour),
                             PatternFill("solid", start_color=tint, end_color=tint))
    return _STYLES[quadrant]


def write_values_fit(wb, ctx) -> None:
    data, t = ctx.data, ctx.t
    project = getattr(data, "_project", None)
    if project is None:
        ctx.advance()
        return
    result = values_fit(project, params_for(data.flt))
    ws = new_sheet(wb, t("xlsx.sheet.values_fit"))
    col = [34, 26, 12, 14, 12, 12, 12, 13, 34, 12]
    widths(ws, col)
    landscape(ws)
    p = result.params
    title_rows(ws, t("xlsx.sheet.values_fit"),
               t("vmap.params_line", weight=f"{p.weight:g}", rule=t(f"vmap.rule.{p.rule}"),
                 threshold=ctx.percent(result.threshold))
               + " · " + t("vmap.n_participants", n=result.participants))
    ws.append(header_row(ws, [t("xlsx.vf.value"), t("xlsx.vf.quadrant"), t("xlsx.vf.importance"),
                              t("xlsx.vf.delivery"), t("xlsx.vf.positive"), t("xlsx.vf.negative"),
                              t("xlsx.vf.codings"), t("xlsx.vf.participants"), t("xlsx.vf.claimed_by"),
                              t("xlsx.vf.blind_spot")]))
    blind = set(result.blind_spots)
    for point in result.points:
        font, fill = _quadrant_style(point.quadrant)
        claimed = ", ".join(point.claimed_by)
        fit_row(ws, [(point.code, col[0]), (claimed, col[8])])
        ws.append([cell(ws, point.code, PLAIN, align=WRAP, border=THIN),
                   cell(ws, t(f"vmap.q.{point.quadrant or 'none'}"), font, fill, border=THIN),
                   cell(ws, point.importance, PLAIN, fmt=PERCENT, border=THIN),
                   cell(ws, point.delivery, PLAIN, fmt=DECIMAL2, border=THIN),
                   cell(ws, point.positive, PLAIN, border=THIN), cell(ws, point.negative, PLAIN, border=THIN),
                   cell(ws, point.codings, PLAIN, border=THIN), cell(ws, point.participants, PLAIN, border=THIN),
                   cell(ws, claimed, PLAIN, align=WRAP, border=THIN),
                   cell(ws, t("xlsx.vf.yes") if point.code in blind else "", BOLD, align=CENTER, border=THIN)])
    if not result.points:
        ws.append([cell(ws, t("vmap.window.empty"), MUTED)])
    ws.append([])
    ws.append([cell(ws, t("vmap.unsupported"), HEADING)])
    ws.append(header_row(ws, [t("xlsx.vf.org_value"), t("xlsx.vf.statement"), None, None, None, None, None, None,
                              t("xlsx.vf.reason")], height=None))
    for claim in result.unsupported_claims:
        reason = t(f"vmap.reason.{claim.reason}", codes=", ".join(claim.codes))
        fit_row(ws, [(claim.statement, sum(col[1:8])), (reason, col[8])])
        ws.append([cell(ws, claim.name, BOLD, border=THIN), cell(ws, claim.statement, PLAIN, border=THIN),
                   *[cell(ws, None, border=THIN) for _ in range(6)], cell(ws, reason, PLAIN, align=WRAP, border=THIN)])
    if not result.unsupported_claims:
        ws.append([cell(ws, t("vmap.report.no_unsupported"), MUTED)])
    ws.append([])
    note = t("vmap.method", weight=f"{p.weight:g}", rule=t(f"vmap.rule.{p.rule}"),
             threshold=ctx.percent(result.threshold),
             how=t("vmap.method_median" if p.threshold is None else "vmap.method_given"))
    ws.append([cell(ws, t("vmap.report.method"), HEADING)])
    fit_row(ws, [(note, sum(col))])
    ws.append([cell(ws, note, MUTED, align=WRAP)])
    ws.merged_cells.add(f"A{ws.rows_written}:J{ws.rows_written}")
    ctx.advance()
