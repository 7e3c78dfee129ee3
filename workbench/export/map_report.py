"""The HTML review report: one self-contained file (inline CSS and SVG, no scripts, no
network) with the map, how to read it, the blind spots and unsupported claims, and every
point's numbers and quotes beneath it. Readable in any browser, printable."""

from __future__ import annotations

from html import escape

from workbench.export.map_model import QUADRANT_COLOURS, percent, quadrant_name, signed
from workbench.i18n import tr

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#F4F6F8;color:#1F2933;font:15px/1.5 "Segoe UI",Helvetica,Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:40px 32px 64px}
header h1{font-size:30px;margin:0 0 4px;letter-spacing:-.01em}
header p{margin:0;color:#5F6B76}
.card{background:#fff;border:1px solid #E1E6EA;border-radius:10px;padding:24px 28px;margin-top:24px}
svg.map{width:100%;height:auto;display:block}
svg.map circle.point{cursor:pointer}
h2{font-size:20px;margin:0 0 12px}
h3{font-size:17px;margin:0}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}
ul.plain{margin:0;padding-left:18px}
.muted{color:#5F6B76}
.badge{display:inline-block;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600;color:#fff;
 vertical-align:middle;margin-left:8px}
.numbers{display:flex;flex-wrap:wrap;gap:8px 28px;margin:10px 0 6px;font-size:14px}
.numbers b{display:block;font-size:18px}
.quotes{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-top:12px}
blockquote{margin:0 0 10px;padding:8px 12px;background:#FAFBFC;border-left:4px solid;border-radius:4px;font-size:14px}
blockquote.pos{border-color:#2E7D32}blockquote.neg{border-color:#C62828}
blockquote footer{color:#5F6B76;font-size:12px;margin-top:4px}
.point{scroll-margin-top:16px}
table.org{border-collapse:collapse;width:100%;font-size:14px}
table.org th{text-align:left;color:#5F6B76;font-weight:600;border-bottom:2px solid #E1E6EA;padding:6px 8px}
table.org td{vertical-align:top;border-bottom:1px solid #EEF1F3;padding:8px}
table.org .badge{margin-left:6px}
.point:target{outline:3px solid #E0A100;outline-offset:4px}
@media print{body{background:#fff}.card{break-inside:avoid;border:none}main{padding:0}}
@media (max-width:760px){.cols,.quotes{grid-template-columns:1fr}}
"""


def _quote(q, css: str) -> str:
    who = escape(q.participant) + (f" · {escape(q.document)}" if q.document != q.participant else "")
    codes = escape(", ".join(c for c in q.codes if c))
    return (f'<blockquote class="{css}">“{escape(q.text)}”<footer>{who}'
            f'{" · " + codes if codes else ""}</footer></blockquote>')


def _point(index: int, point, quotes) -> str:
    supporting, contradicting = quotes
    colour = QUADRANT_COLOURS[point.quadrant]
    claimed = (tr("vmap.tip.claimed", names=escape(", ".join(point.claimed_by))) if point.claimed_by
               else tr("vmap.tip.unclaimed"))
    numbers = [
        (percent(point.importance), tr("vmap.report.importance", n=point.participants)),
        (signed(point.delivery), tr("vmap.report.delivery")),
        (str(point.positive), tr("vmap.report.positive")),
        (str(point.negative), tr("vmap.report.negative")),
        (str(point.codings), tr("vmap.report.codings")),
    ]
    cells = "".join(f"<div><b>{escape(v)}</b>{escape(k)}</div>" for v, k in numbers)

    def column(title, items, css, total):
        body = "".join(_quote(q, css) for q in items) or f'<p class="muted">{tr("vmap.report.none")}</p>'
        count = str(total) if len(items) == total else tr("vmap.report.shown", shown=len(items), total=total)
        return f"<div><h4>{title} ({count})</h4>{body}</div>"

    return (f'<section class="card point" id="point-{index}"><h3>{escape(point.name)}'
            f'<span class="badge" style="background:{colour}">{escape(quadrant_name(point.quadrant))}</span></h3>'
            f'<p class="muted">{escape(point.code)} · {claimed}</p><div class="numbers">{cells}</div>'
            f'<div class="quotes">{column(tr("vmap.report.supporting"), supporting, "pos", point.positive)}'
            f'{column(tr("vmap.report.contradicting"), contradicting, "neg", point.negative)}</div></section>')


def _org_values(result) -> str:
    """What the organisation claims: each value, its statement and the customer values it links,
    each with the quadrant where customers put it."""
    data = result.data
    if data is None or not data.org_values:
        return ""
    rows = []
    for value in data.org_values:
        linked = []
        for code_id in value.code_ids:
            path = data.paths.get(code_id, "")
            point = next((p for p in result.points if code_id in data.subtree.get(p.code_id, [])), None)
            badge = (f'<span class="badge" style="background:{QUADRANT_COLOURS[point.quadrant]}">'
                     f"{escape(quadrant_name(point.quadrant))}</span>") if point else \
                f'<span class="muted"> · {tr("vmap.report.not_mentioned")}</span>'
            linked.append(f"{escape(path.rsplit('/', 1)[-1])}{badge}")
        rows.append(f"<tr><td><b>{escape(value.name)}</b></td><td>{escape(value.description)}</td>"
                    f"<td>{'<br>'.join(linked) or tr('vmap.reason.no_links')}</td></tr>")
    return (f'<section class="card"><h2>{tr("vmap.report.org_values")}</h2><table class="org">'
            f'<tr><th>{tr("xlsx.vf.org_value")}</th><th>{tr("xlsx.vf.statement")}</th>'
            f'<th>{tr("vmap.report.linked")}</th></tr>{"".join(rows)}</table></section>')


def report_html(result, svg: str, title: str, subtitle: str, note: str, quotes: dict, lang: str) -> str:
    """`quotes`: code path → (supporting, contradicting) lists of analysis.values_quotes.Quote."""
    blind = "".join(f"<li>{escape(result.point(code).name)} "
                    f'<span class="muted">({percent(result.point(code).importance)})</span></li>'
                    for code in result.blind_spots) or f"<li>{tr('vmap.report.no_blind_spots')}</li>"
    claims = "".join(
        f"<li><b>{escape(c.name)}</b>{' — ' + escape(c.statement) if c.statement else ''}<br>"
        f'<span class="muted">{escape(tr("vmap.reason." + c.reason, codes=", ".join(c.codes)))}</span></li>'
        for c in result.unsupported_claims) or f"<li>{tr('vmap.report.no_unsupported')}</li>"
    points = "".join(_point(i + 1, p, quotes.get(p.code, ([], []))) for i, p in enumerate(result.points))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>"
            f"<header><h1>{escape(title)}</h1><p>{escape(subtitle)}</p></header>"
            f'<section class="card">{svg}</section>'
            f'<section class="card cols"><div><h2>{tr("vmap.blind_spots")}</h2>'
            f'<p class="muted">{tr("vmap.blind_spots_help")}</p><ul class="plain">{blind}</ul></div>'
            f'<div><h2>{tr("vmap.unsupported")}</h2><p class="muted">{tr("vmap.unsupported_help")}</p>'
            f'<ul class="plain">{claims}</ul></div></section>'
            f"{_org_values(result)}"
            f'<section class="card"><h2>{tr("vmap.report.method")}</h2><p>{escape(note)}</p></section>'
            f'<h2 style="margin-top:36px">{tr("vmap.report.points")}</h2>{points}'
            f'<p class="muted" style="margin-top:32px">{tr("vmap.report.footer")}</p>'
            "</main></body></html>\n")
