"""The Codes sheet: the code tree with counts (sub-codes included), data bars, and a bar chart
of the most widely shared codes."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import DataBarRule

from workbench.analysis.frequencies import top_by_kind
from workbench.export.xlsx.style import (
    ACCENT,
    BAND_FILL,
    BOLD,
    PERCENT,
    PLAIN,
    THIN,
    cell,
    header_row,
    indent,
    landscape,
    new_sheet,
    title_rows,
    widths,
)

CHART_ROWS = 15


def top_codes(ctx) -> list:
    kinds = {row.kind for row in ctx.frequencies}
    rows = [r for kind in kinds for r in top_by_kind(ctx.frequencies, kind, n=len(ctx.frequencies))]
    return sorted(rows, key=lambda r: (-r.participants, -r.segments, r.path.casefold()))[:CHART_ROWS]


def write_codes(wb, ctx) -> None:
    ws = new_sheet(wb, ctx.t("xlsx.sheet.codes"))
    widths(ws, [40, 14, 12, 13, 14, 13, 3, 34, 13])
    landscape(ws, repeat_header_row=3)
    first = title_rows(ws, ctx.t("xlsx.sheet.codes")) + 1
    t = ctx.t
    head = [t("xlsx.col.code"), t("xlsx.col.kind"), t("xlsx.col.segments"), t("xlsx.col.participants"),
            t("xlsx.col.share"), t("xlsx.col.words")]
    chart = top_codes(ctx)
    ws.append([*header_row(ws, head), None, *header_row(ws, [t("xlsx.codes.chart"), t("xlsx.col.participants")])])
    rows = ctx.frequencies
    for i, row in enumerate(rows):
        top = row.depth == 0
        font, fill = (BOLD, BAND_FILL) if top else (PLAIN, None)
        line = [cell(ws, row.name, font, fill, indent(row.depth), border=THIN),
                cell(ws, ctx.kind(row.kind), font, fill, border=THIN),
                cell(ws, row.segments, font, fill, border=THIN),
                cell(ws, row.participants, font, fill, border=THIN),
                cell(ws, row.share, font, fill, fmt=PERCENT, border=THIN),
                cell(ws, row.words, font, fill, border=THIN)]
        if i < len(chart):
            line += [None, cell(ws, chart[i].name, PLAIN, border=THIN),
                     cell(ws, chart[i].participants, PLAIN, border=THIN)]
        ws.append(line)
    last = first + len(rows)
    if rows:
        ws.conditional_formatting.add(f"D{first + 1}:D{last}", DataBarRule(
            start_type="num", start_value=0, end_type="max", color=ACCENT, showValue=True))
        ws.conditional_formatting.add(f"E{first + 1}:E{last}", DataBarRule(
            start_type="num", start_value=0, end_type="num", end_value=1, color="8FB3D9", showValue=True))
        ws.auto_filter.ref = f"A{first}:F{last}"
    ws.freeze_panes = f"B{first + 1}"
    if chart:
        bar = BarChart()
        bar.type = "bar"
        bar.style = 10
        bar.title = t("xlsx.codes.chart")
        bar.legend = None
        bar.y_axis.title = t("xlsx.col.participants")
        bar.y_axis.majorGridlines = None
        bar.x_axis.scaling.orientation = "maxMin"  # most shared on top
        bar.x_axis.delete = False
        bar.y_axis.delete = False
        data = Reference(ws, min_col=9, min_row=first, max_row=first + len(chart))
        cats = Reference(ws, min_col=8, min_row=first + 1, max_row=first + len(chart))
        bar.add_data(data, titles_from_data=True)
        bar.set_categories(cats)
        bar.series[0].graphicalProperties.solidFill = ACCENT
        bar.gapWidth = 40
        bar.height, bar.width = 10, 17
        ws.add_chart(bar, f"H{first + len(chart) + 2}")
    ctx.advance()
