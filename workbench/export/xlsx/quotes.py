"""The Quotes sheet (one row per coded segment, every participant attribute its own column) and
the ranked sheets for pain points, drivers, values and expectations."""

from __future__ import annotations

from workbench.analysis.frequencies import top_by_kind
from workbench.analysis.quotes import telling_quotes, timestamp
from workbench.export.xlsx.bulk_rows import BulkRows
from workbench.export.xlsx.style import (
    BOLD,
    CENTER,
    LEFT,
    PERCENT,
    PLAIN,
    THIN,
    TOP,
    WRAP,
    cell,
    column,
    fit_row,
    header_row,
    landscape,
    lines_needed,
    new_sheet,
    title_rows,
    widths,
)

RANKED_KINDS = ("pain_point", "driver", "value", "expectation")
QUOTE_STEPS = 8  # progress reports while writing the quotes


def write_quotes(wb, ctx) -> None:
    ws = new_sheet(wb, ctx.t("xlsx.sheet.quotes"))
    t = ctx.t
    attrs = ctx.data.attribute_names
    head = [t("xlsx.col.document"), t("xlsx.col.participant"), *attrs,
            t("xlsx.col.speaker"), t("xlsx.col.timestamp"), t("xlsx.col.path"), t("xlsx.col.kind"),
            t("xlsx.col.inferred"), t("xlsx.col.text"), t("xlsx.col.memo"), t("xlsx.col.coder")]
    sizes = [16, 14] + [max(12, min(20, len(a) + 4)) for a in attrs] + [14, 8, 36, 13, 9, 70, 36, 16]
    widths(ws, sizes)
    text_width, memo_width = sizes[-3], sizes[-2]
    landscape(ws, repeat_header_row=1)
    ws.freeze_panes = "C2"
    rows = ctx.quotes
    ws.auto_filter.ref = f"A1:{column(len(head))}{len(rows) + 1}"
    ws.append(header_row(ws, head))
    wrap = BulkRows.style_id(cell(ws, "", align=WRAP))
    top_left = BulkRows.style_id(cell(ws, "", align=LEFT))  # numbers beside text read better left
    bulk = BulkRows(ws, first_row=2)
    ctx.bulk.append(bulk)
    text_col, memo_col = len(head) - 3, len(head) - 2
    styles = {i: top_left for i in range(len(head))} | {text_col: wrap, memo_col: wrap}
    yes, no = t("xlsx.yes"), t("xlsx.no")
    kinds = {}
    step = max(1, len(rows) // QUOTE_STEPS)
    for i, q in enumerate(rows):
        kind = kinds.get(q.kind) or kinds.setdefault(q.kind, ctx.kind(q.kind))
        lines = max(lines_needed(q.text, text_width), lines_needed(q.memo, memo_width))
        bulk.add([q.document, q.case, *(q.attributes.get(a) for a in attrs), q.speaker, timestamp(q.time_ms),
                  q.code_path, kind, yes if q.inferred else no, q.text, q.memo, q.coder],
                 styles, min(lines, 30) * 15 + 3 if lines > 1 else None)
        if i % step == step - 1:
            ctx.advance()
    ctx.advance()


def _quote_text(q) -> str:
    who = q.case or q.speaker or q.document
    return f"“{q.text.strip()}”\n— {who}"


def ranked_writer(kind: str):
    def write_ranked(wb, ctx) -> None:
        rows = top_by_kind(ctx.frequencies, kind, n=len(ctx.frequencies))
        if not rows:
            ctx.advance()
            return
        ws = new_sheet(wb, ctx.t(f"xlsx.sheet.{kind}"))
        t = ctx.t
        widths(ws, [7, 30, 13, 13, 12, 48, 48, 48])
        landscape(ws, repeat_header_row=3)
        title_rows(ws, t("xlsx.ranked.title", kind=t(f"xlsx.sheet.{kind}")))
        ws.append(header_row(ws, [t("xlsx.col.rank"), t("xlsx.col.code"), t("xlsx.col.participants"),
                                  t("xlsx.col.share"), t("xlsx.col.segments")]
                             + [t("xlsx.col.quote", n=n) for n in (1, 2, 3)]))
        ws.freeze_panes = "C4"
        by_code: dict[int, list] = {}
        for q in ctx.quotes:
            by_code.setdefault(q.code_id, []).append(q)
        for rank, row in enumerate(rows, start=1):
            quotes = telling_quotes(by_code.get(row.code_id, []))
            fit_row(ws, [(row.name, 30)] + [(_quote_text(q), 48) for q in quotes])
            line = [cell(ws, rank, BOLD, align=CENTER, border=THIN), cell(ws, row.name, BOLD, align=WRAP, border=THIN),
                    cell(ws, row.participants, PLAIN, align=TOP, border=THIN),
                    cell(ws, row.share, PLAIN, align=TOP, fmt=PERCENT, border=THIN),
                    cell(ws, row.segments, PLAIN, align=TOP, border=THIN)]
            line += [cell(ws, _quote_text(q), PLAIN, align=WRAP, border=THIN) for q in quotes]
            ws.append(line)
        ctx.advance()

    write_ranked.__name__ = f"write_{kind}"
    return write_ranked
