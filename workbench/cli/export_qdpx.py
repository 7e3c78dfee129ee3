"""`workbench export qdpx P.iwb OUT.qdpx`: the whole project as a REFI-QDA project archive."""

from __future__ import annotations

import sys

from workbench.cli.output import emit_json, text_progress


def add_parser(formats) -> None:
    p = formats.add_parser("qdpx", help="the whole project as a REFI-QDA .qdpx (NVivo, ATLAS.ti, MAXQDA, "
                           "QualCoder)")
    p.add_argument("project")
    p.add_argument("out", metavar="OUT.qdpx")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(run=cmd_export_qdpx)


def cmd_export_qdpx(args) -> int:
    from workbench.cli.project_cmds import opened
    from workbench.exchange.qdpx_export import export_qdpx

    with opened(args.project) as project:
        summary = export_qdpx(project, args.out, progress=text_progress("exporting"))
    if args.json:
        emit_json(summary.as_dict())
    else:
        print(f"{args.out}: {summary.documents} documents, {summary.codes} codes, {summary.codings} codings, "
              f"{summary.cases} participants, {summary.notes} memos", file=sys.stdout)
    return 0
