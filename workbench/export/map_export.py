"""Export the values-fit map of a project: SVG, PNG, PDF or the HTML review report, chosen by
the file extension. One entry point for the CLI and the GUI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workbench.analysis.values_fit import FitParams, compute, load_input
from workbench.analysis.values_quotes import QuoteFinder
from workbench.export.map_files import MapExportError, _write, write_pdf, write_png, write_svg
from workbench.export.map_model import map_model, percent
from workbench.export.map_report import report_html
from workbench.i18n import language, tr

FORMATS = (".svg", ".png", ".pdf", ".html")
LABELS_KEY = "values_map.labels"
REPORT_QUOTES = 8  # per side and value in the HTML report (one per participant first)


def label_offsets(project) -> dict:
    """Dragged label positions, remembered per project: code path → (dx, dy) plot shares."""
    raw = project.json_setting(LABELS_KEY, {})
    out = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int | float) for v in value):
                out[key] = (float(value[0]), float(value[1]))
    return out


def subtitle(project, result) -> str:
    params = result.params
    parts = [date.today().isoformat(), tr("vmap.n_participants", n=result.participants)]
    parts += [f"{k} = {' / '.join(v)}" for k, v in params.where]
    parts.append(tr("vmap.params_line", weight=f"{params.weight:g}", rule=tr(f"vmap.rule.{params.rule}"),
                    threshold=percent(result.threshold)))
    return " · ".join(parts)


def method_note(result) -> str:
    return tr("vmap.method", weight=f"{result.params.weight:g}", rule=tr(f"vmap.rule.{result.params.rule}"),
              threshold=percent(result.threshold),
              how=tr("vmap.method_median" if result.params.threshold is None else "vmap.method_given"))


def export_map(project, out: Path | str, params: FitParams | None = None, width: int = 2400,
               progress=None) -> Path:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise MapExportError(f"{out.name}: the map is exported as .svg, .png, .pdf or .html")
    if not out.parent.is_dir():
        raise MapExportError(f"{out.name}: folder '{out.parent}' does not exist")
    result = compute(load_input(project, params.coder if params else None), params)
    if progress:
        progress(1, 3)
    model = map_model(result)
    offsets = label_offsets(project)
    title = tr("vmap.title", project=project.path.stem)
    if suffix == ".svg":
        write_svg(model, out, offsets, title)
    elif suffix == ".png":
        write_png(model, out, width, offsets)
    elif suffix == ".pdf":
        names = [result.point(c).name for c in result.blind_spots]
        lists = [(tr("vmap.blind_spots"), ", ".join(names) or tr("vmap.report.no_blind_spots")),
                 (tr("vmap.unsupported"), ", ".join(c.name for c in result.unsupported_claims)
                  or tr("vmap.report.no_unsupported"))]
        model.caption = ""  # the page's subtitle says it
        write_pdf(model, out, title, subtitle(project, result), method_note(result), lists, offsets)
    else:
        from workbench.export.map_files import svg_text

        finder = QuoteFinder(project, result)
        quotes = {p.code: finder.quotes(p.code, REPORT_QUOTES) for p in result.points}
        svg = svg_text(model, offsets, title, links=True, inline=True)
        page = report_html(result, svg, title, subtitle(project, result), method_note(result), quotes, language())
        _write(out, page.encode("utf-8"))
    if progress:
        progress(3, 3)
    return out
