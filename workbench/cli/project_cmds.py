"""CLI commands on a project: new, import, info, code, search, demo, gui."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

from workbench.cli.output import emit_json, text_progress
from workbench.errors import printable_name as safe


@contextlib.contextmanager
def opened(path: str, read_only: bool = False):
    """The project for one command. `read_only` commands (info, search, export) also work on a
    project in a read-only place. Every failure becomes one line naming the file."""
    from workbench.cli.main import CliError
    from workbench.core.commands import CommandError
    from workbench.errors import Msg, printable_name
    from workbench.store import NotFound, Project

    name = printable_name(Path(path).name)
    project = Project.open(path, read_only=read_only)
    if project.in_use_elsewhere:
        print(f"workbench: {Msg('cli.also_open', file=name).render()}", file=sys.stderr)
    if project.backup_path:
        backup = printable_name(project.backup_path.name)
        print(f"workbench: {Msg('cli.upgraded', file=name, backup=backup).render()}", file=sys.stderr)
    try:
        yield project
    except (CommandError, NotFound) as exc:  # name the project file in the one-line error
        raise CliError("error.with_file", file=name, reason=exc.msg) from None
    except sqlite3.Error as exc:  # e.g. locked by a long write elsewhere, damaged pages
        raise project.storage_error(exc) from None
    finally:
        project.close()


def add_parsers(sub) -> None:
    p = sub.add_parser("new", help="create an empty project")
    p.add_argument("project")
    p.add_argument("--language", choices=["nl", "en"], default="nl")
    p.add_argument("--scheme", help="coding scheme to start with (see: workbench scheme list)")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("import", help="import transcript files")
    p.add_argument("project")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--case", help="participant for all files")
    p.add_argument("--case-pattern", help="regex on the file name; its first group names the participant")
    p.add_argument("--language", choices=["nl", "en"], help="default: guessed per file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("info", help="counts and documents of a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("code", help="code a text segment")
    p.add_argument("project")
    p.add_argument("--doc", required=True)
    p.add_argument("--start", type=int, required=True)
    p.add_argument("--end", type=int, required=True)
    p.add_argument("--code", required=True, help='code path, e.g. "Pijnpunten/Lange wachttijd"')
    p.add_argument("--memo", default="")
    p.add_argument("--inferred", action="store_true", help="an interpretation, not a statement")
    p.add_argument("--coder", default=os.environ.get("WORKBENCH_CODER", ""))
    p.add_argument("--create", action="store_true", help="add the code (and parents) when missing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_code)

    p = sub.add_parser("search", help="full-text search over all turns")
    p.add_argument("project")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("restore", help="put the newest backup copy in place of a damaged project")
    p.add_argument("project")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("demo", help="build the demo project")
    p.add_argument("project")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("project", nargs="?")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--size", default="1600x1000", help="window size for --screenshot, WxH")
    p.set_defaults(run=cmd_gui)


def cmd_new(args) -> int:
    from workbench.core.commands import ApplyCodeTree
    from workbench.schemes import load_builtin
    from workbench.schemes.specs import scheme_specs
    from workbench.store import Project

    scheme = load_builtin(args.scheme) if args.scheme else None  # fail before creating the file
    project = Project.create(args.project, language=args.language)
    try:
        if scheme:
            ApplyCodeTree(scheme_specs(scheme, args.language), scheme.name).apply(project)
    finally:
        project.close()
    print(f"created {safe(args.project)}")
    return 0


def cmd_import(args) -> int:
    from workbench.importers.batch import check_options, import_files

    check_options(args.case, args.case_pattern)  # before the project is opened
    with opened(args.project) as project:
        outcomes = import_files(project, args.files, case=args.case, case_pattern=args.case_pattern,
                                language=args.language, progress=text_progress("importing"))
    if args.json:
        emit_json([{"file": o.file, "status": o.status, "document": o.document,
                    "reason": o.reason, "words": o.words, "warnings": [str(w) for w in o.warnings]}
                   for o in outcomes])
    else:
        for o in outcomes:
            stream = sys.stdout if o.status == "imported" else sys.stderr
            print(o.message() if o.status == "imported" else f"workbench: {o.message()}", file=stream)
    return 2 if any(o.status == "refused" for o in outcomes) else 0


def cmd_info(args) -> int:
    with opened(args.project, read_only=True) as project:
        data = {"schema_version": project.schema_version, "counts": project.counts(),
                "documents": project.document_summaries()}
    if args.json:
        emit_json(data)
        return 0
    c = data["counts"]
    print(f"{safe(Path(args.project).name)}: {c['documents']} documents, {c['words']} words, "
          f"{c['turns']} turns, {c['codes']} codes, {c['codings']} codings, {c['cases']} participants")
    for d in data["documents"]:
        print(f"  {safe(d['name']):<30} {safe(d['case'] or '-'):<16} {d['language']}  {d['words']:>6} words  "
              f"{d['turns']:>4} turns  {', '.join(safe(s) for s in d['speakers'])}")
    return 0


def cmd_code(args) -> int:
    from workbench.core.commands import CodeAtPath

    with opened(args.project) as project:
        doc = project.document_by_name(args.doc)
        if not args.create:
            project.code_by_path(args.code)  # a clear "no code 'X'" before anything else
        # Creating missing codes and coding is one edit: checked first, one transaction.
        cmd = CodeAtPath(doc.id, args.code, args.start, args.end, coder=args.coder, memo=args.memo,
                         inferred=args.inferred, create=args.create)
        cmd.apply(project)
        quote = doc.text[args.start:args.end]
    if args.json:
        emit_json({"id": cmd.created_id, "status": "coded" if cmd.created_id else "exists",
                   "document": doc.name, "code": args.code,
                   "start": args.start, "end": args.end, "text": quote})
    elif cmd.created_id is None:
        print(f"already coded: {safe(doc.name)} [{args.start}, {args.end}) as {safe(args.code)}")
    else:
        print(f"coded {safe(doc.name)} [{args.start}, {args.end}) as {safe(args.code)}: “{safe(quote[:80])}”")
    return 0


def cmd_search(args) -> int:
    with opened(args.project, read_only=True) as project:
        hits = project.search(args.query, limit=args.limit)
    if args.json:
        emit_json([{"document": h.document, "start": h.start, "end": h.end, "snippet": h.snippet}
                   for h in hits])
    else:
        for h in hits:
            print(f"{safe(h.document)} [{h.start}:{h.end}] {safe(h.snippet)}")
        print(f"{len(hits)} hit(s)", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    from workbench.errors import Msg
    from workbench.store.projectfile import restore_backup

    backup, damaged = restore_backup(args.project)
    print(f"{safe(Path(args.project).name)}: "
          f"{Msg('store.restored', backup=safe(backup.name), damaged=safe(damaged.name)).render()}")
    return 0


def cmd_demo(args) -> int:
    from workbench.demo import build_demo

    project = build_demo(args.project, force=args.force, progress=text_progress("building demo"))
    counts = project.counts()
    project.close()
    print(f"demo project written to {safe(args.project)}: {counts['documents']} interviews, "
          f"{counts['codes']} codes, {counts['codings']} codings")
    return 0


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args) -> int:
    from workbench.cli.main import CliError
    from workbench.errors import Msg

    size = None
    if args.screenshot:
        try:
            w, h = (int(v) for v in args.size.lower().split("x"))
            size = (w, h)
        except ValueError:
            raise CliError("cli.bad_size", size=args.size) from None
        if not _has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not _has_display():
        raise CliError("cli.no_display")
    if args.project and not Path(args.project).exists():
        raise CliError("error.with_file", file=safe(args.project), reason=Msg("store.not_found"))
    try:
        from workbench.ui.app import run_gui
    except ImportError as exc:
        raise CliError("cli.no_gui", reason=str(exc)) from None
    return run_gui(args.project, screenshot=args.screenshot, size=size)
