"""The Overview sheet: project, date, filter, counts, top 5 per kind, saturation, agreement, method."""

from __future__ import annotations

from workbench.analysis.frequencies import top_by_kind
from workbench.export.xlsx.style import (
    BOLD,
    HEADING,
    LEFT,
    MUTED,
    PERCENT,
    PLAIN,
    THIN,
    WRAP,
    cell,
    landscape,
    new_sheet,
    title_rows,
    widths,
)

TOP_KINDS = ("driver", "pain_point", "value", "expectation", "emotion")


def write_overview(wb, ctx) -> None:
    ws = new_sheet(wb, ctx.t("xlsx.sheet.overview"))
    widths(ws, [40, 26, 12])
    landscape(ws)
    data = ctx.data
    date_text = ctx.today.strftime("%d-%m-%Y") if ctx.lang == "nl" else ctx.today.isoformat()
    title_rows(ws, ctx.t("xlsx.title", project=ctx.project_name),
               ctx.t("xlsx.made", date=date_text, version=ctx.version))
    ws.append([cell(ws, ctx.t("xlsx.filter"), BOLD), cell(ws, data.flt.describe() or ctx.t("xlsx.filter_none"), PLAIN)])
    ws.append([])
    ws.append([cell(ws, ctx.t("xlsx.counts"), HEADING)])
    coders = sorted({c.coder for c in data.codings if c.coder})
    counts = [("participants", len(data.participants)), ("documents", len(data.documents)),
              ("codes", len({c.code_id for c in data.codings})), ("codings", len(data.codings)),
              ("words", sum(d.word_count for d in data.documents))]
    for key, value in counts:
        ws.append([cell(ws, ctx.t(f"xlsx.count.{key}"), PLAIN, border=THIN),
                   cell(ws, value, BOLD, align=LEFT, fmt="#,##0", border=THIN)])
    if coders:
        ws.append([cell(ws, ctx.t("xlsx.count.coders"), PLAIN, border=THIN),
                   cell(ws, ", ".join(coders), BOLD, border=THIN)])
    total = len(data.participants)
    for kind in TOP_KINDS:
        top = top_by_kind(ctx.frequencies, kind)
        if not top:
            continue
        ws.append([])
        ws.append([cell(ws, ctx.t("xlsx.top", kind=ctx.t(f"xlsx.top_kind.{kind}")), HEADING)])
        for rank, row in enumerate(top, start=1):
            ws.append([cell(ws, f"{rank}.  {row.name}", PLAIN, border=THIN),
                       cell(ws, ctx.t("xlsx.of_participants", n=row.participants, total=total), PLAIN, border=THIN),
                       cell(ws, row.share, BOLD, fmt=PERCENT, border=THIN)])
    ws.append([])
    ws.append([cell(ws, ctx.t("xlsx.saturation"), HEADING)])
    ws.append([cell(ws, ctx.saturation_sentence(), PLAIN)])
    result = ctx.agreement
    if result is not None:
        ws.append([])
        ws.append([cell(ws, ctx.t("xlsx.agreement"), HEADING)])
        kappa = "–" if result.char_kappa is None else ctx.number(result.char_kappa)
        ws.append([cell(ws, ctx.t("xlsx.agreement_line", a=result.coder_a, b=result.coder_b,
                                  n=len(result.documents), kappa=kappa, pct=ctx.percent(result.char_agreement),
                                  seg=ctx.percent(result.segment_agreement)), PLAIN)])
    ws.append([])
    ws.append([cell(ws, ctx.t("xlsx.method"), HEADING)])
    o = ctx.options
    text = ctx.t("xlsx.method_text", base=o.base_size, run=o.run_length, threshold=f"{o.threshold * 100:g}",
                 overlap=f"{o.min_overlap * 100:g}")
    ws.row_dimensions[ws.rows_written + 1].height = 175
    ws.append([cell(ws, text, MUTED, align=WRAP)])
    ws.merged_cells.add(f"A{ws.rows_written}:C{ws.rows_written}")
    ctx.advance()
