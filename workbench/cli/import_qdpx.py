"""`workbench import-qdpx IN.qdpx NEW.iwb`: a REFI-QDA project as a new project, with a report."""

from __future__ import annotations

from workbench.cli.output import emit_json, text_progress


def add_parsers(sub) -> None:
    p = sub.add_parser("import-qdpx", help="make a new project from a REFI-QDA .qdpx (or project.qde)")
    p.add_argument("source", metavar="IN.qdpx")
    p.add_argument("project", metavar="NEW.iwb")
    p.add_argument("--language", choices=["nl", "en"], help="of the documents; default: guessed per document")
    p.add_argument("--force", action="store_true", help="replace an existing project file")
    p.add_argument("--json", action="store_true", help="print the import report as JSON")
    p.set_defaults(run=cmd_import_qdpx)


def cmd_import_qdpx(args) -> int:
    from workbench.exchange.qdpx_import import import_qdpx

    report = import_qdpx(args.source, args.project, language=args.language, overwrite=args.force,
                         progress=text_progress("importing"))
    if args.json:
        emit_json(report.as_dict())
    else:
        print("\n".join(report.lines()))
    return 0
