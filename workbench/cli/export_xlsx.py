"""`workbench export xlsx P.iwb OUT.xlsx [--where ATTR=VALUE ...] [--coder NAME] [--codes PATH ...]`."""

from __future__ import annotations

from pathlib import Path

from workbench.cli.analysis_cmds import add_filter_arguments
from workbench.cli.output import text_progress


def add_parser(formats) -> None:
    p = formats.add_parser("xlsx", help="the Excel summary (overview, codes, quotes, matrix, saturation, …)")
    p.add_argument("project")
    p.add_argument("output", metavar="OUT.xlsx")
    add_filter_arguments(p)
    p.add_argument("--mode", choices=["overlap", "turn"], default="overlap", help="co-occurrence unit")
    p.set_defaults(run=cmd_export_xlsx)


def cmd_export_xlsx(args) -> int:
    from workbench.analysis.dataset import Filter
    from workbench.analysis.report import Options
    from workbench.cli.main import CliError
    from workbench.cli.project_cmds import opened
    from workbench.export.xlsx import ExportError, write_summary

    with opened(args.project, read_only=True) as project:
        flt = Filter.parse(project, args.where, args.codes, args.coder)
        try:
            path = write_summary(project, args.output, flt, Options(mode=args.mode),
                                 progress=text_progress("writing summary"))
        except ExportError as exc:
            raise CliError(str(exc)) from None
    print(f"summary written to {Path(path).resolve()}")
    return 0
