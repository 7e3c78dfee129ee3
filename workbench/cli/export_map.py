"""`workbench export map P.iwb OUT.svg|png|pdf|html [--weight W] [--where ATTR=VALUE ...]
[--rule turn|overlap] [--threshold T] [--width PX]`: the values-fit map as a file."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.cli.project_cmds import opened


def add_parser(formats) -> None:
    p = formats.add_parser("map", help="the values-fit map as .svg, .png, .pdf or an .html review report")
    p.add_argument("project")
    p.add_argument("out", help="output file: .svg, .png, .pdf or .html")
    p.add_argument("--weight", type=float, default=1.0, help="negativity weight w (default 1)")
    p.add_argument("--rule", choices=["turn", "overlap"], default="turn",
                   help="co-occurrence: same speaker turn (default) or overlapping spans")
    p.add_argument("--threshold", type=float, help="importance threshold 0–1 (default: the median)")
    p.add_argument("--where", action="append", default=[], metavar="ATTR=VALUE",
                   help="only participants with this attribute value (repeatable)")
    p.add_argument("--coder", help="only this coder's codings")
    p.add_argument("--width", type=int, default=2400, help="PNG width in pixels, 2000–12000 (default 2400)")
    p.set_defaults(run=cmd_export_map)


def cmd_export_map(args) -> int:
    from workbench.analysis.values_fit import FitError, FitParams, parse_where
    from workbench.cli.main import CliError

    out = Path(args.out)
    try:
        params = FitParams(args.weight, args.rule, args.threshold, coder=args.coder)
        params = params.with_where(parse_where(args.where)).checked()
    except FitError as exc:
        raise CliError(str(exc)) from None
    if not 2000 <= args.width <= 12000:  # print quality: a map is never handed out smaller
        raise CliError(f"--width must be between 2000 and 12000 pixels, not {args.width}")
    from PySide6.QtGui import QGuiApplication

    from workbench import i18n
    from workbench.export.map_export import export_map
    from workbench.export.map_files import MapExportError

    # Files are drawn on the offscreen platform: no screen needed, whatever QT_QPA_PLATFORM says.
    _app = QGuiApplication.instance() or QGuiApplication(["workbench", "-platform", "offscreen"])
    before = i18n.language()
    with opened(args.project) as project:
        known = {name.casefold() for name, _ in project.attributes().values()}
        for name, _ in params.where:
            if name.casefold() not in known:
                raise CliError(f"{Path(args.project).name}: no participant attribute '{name}'")
        # the map speaks the project's language unless WORKBENCH_LANGUAGE says otherwise
        i18n.set_language(os.environ.get("WORKBENCH_LANGUAGE") or project.language)
        try:
            export_map(project, out, params, width=args.width)
        except MapExportError as exc:
            raise CliError(str(exc)) from None
        finally:
            i18n.set_language(before)
    print(f"values-fit map written to {out}")
    return 0
