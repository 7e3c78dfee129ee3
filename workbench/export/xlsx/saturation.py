"""The Saturation sheet: new codes per interview, the cumulative curve (a native line chart)
and the Guest, Namey & Chen verdict."""

from __future__ import annotations

from openpyxl.chart import LineChart, Reference

from workbench.analysis.saturation import interview_date
from workbench.export.xlsx.style import (
    ACCENT,
    BOLD,
    CENTER,
    MUTED,
    PERCENT,
    PLAIN,
    THIN,
    cell,
    header_row,
    landscape,
    new_sheet,
    title_rows,
    widths,
)


def write_saturation(wb, ctx) -> None:
    s = ctx.saturation
    data = ctx.data
    t = ctx.t
    ws = new_sheet(wb, t("xlsx.sheet.saturation"))
    widths(ws, [6, 26, 18, 15, 13, 15, 24])
    landscape(ws)
    title_rows(ws, t("xlsx.sheet.saturation"))
    ws.append([cell(ws, ctx.saturation_sentence(), BOLD)])
    if s.base_codes:
        ws.append([cell(ws, t("xlsx.sat.base_note", base=s.base_size, codes=s.base_codes), MUTED)])
    ws.append([])
    ws.append(header_row(ws, ["#", t("xlsx.col.interview"), t("xlsx.col.participant"), t("xlsx.col.date"),
                              t("xlsx.col.new_codes"), t("xlsx.col.cumulative"),
                              t("xlsx.col.run_new", run=s.run_length)]))
    head = ws.rows_written
    runs = {k: share for k, _, share in s.runs}
    docs = {d.name: d for d in data.documents}
    for i, name in enumerate(s.documents, start=1):
        doc = docs[name]
        key = data.participant_of[doc.id]
        share = runs.get(i)
        ws.append([cell(ws, i, PLAIN, align=CENTER, border=THIN), cell(ws, name, PLAIN, border=THIN),
                   cell(ws, data.participant_name(key) if key in data.cases else "", PLAIN, border=THIN),
                   cell(ws, interview_date(data, doc), PLAIN, border=THIN),
                   cell(ws, s.new_codes[i - 1], PLAIN, border=THIN),
                   cell(ws, s.cumulative[i - 1], BOLD, border=THIN),
                   cell(ws, share, BOLD if i == s.reached_at else PLAIN, fmt=PERCENT, border=THIN)])
    if s.documents:
        chart = LineChart()
        chart.title = t("xlsx.sat.chart")
        chart.style = 12
        chart.y_axis.title = t("xlsx.col.cumulative")
        chart.x_axis.title = t("xlsx.col.interview")
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.scaling.min = 0
        chart.legend.position = "b"
        values = Reference(ws, min_col=5, max_col=6, min_row=head, max_row=head + len(s.documents))
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=head + len(s.documents)))
        chart.series[1].graphicalProperties.line.solidFill = ACCENT
        chart.series[1].graphicalProperties.line.width = 28575
        chart.series[0].graphicalProperties.line.solidFill = "E0A030"
        chart.series[0].graphicalProperties.line.dashStyle = "dash"
        for series in chart.series:
            series.smooth = False
        chart.height, chart.width = 9, 18
        ws.add_chart(chart, f"B{head + len(s.documents) + 3}")
    ctx.advance()
