"""CLI commands on coding schemes and the project codebook."""

from __future__ import annotations

from workbench.cli.output import emit_json
from workbench.cli.project_cmds import opened
from workbench.errors import printable_name as safe


def add_parsers(sub) -> None:
    scheme = sub.add_parser("scheme", help="built-in coding schemes").add_subparsers(
        dest="scheme_command", metavar="ACTION", required=True)
    p = scheme.add_parser("list", help="list the built-in schemes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_scheme_list)
    p = scheme.add_parser("apply", help="add a scheme's codes to a project (merged by path)")
    p.add_argument("project")
    p.add_argument("name")
    p.set_defaults(run=cmd_scheme_apply)

    codebook = sub.add_parser("codebook", help="the project's codebook").add_subparsers(
        dest="codebook_command", metavar="ACTION", required=True)
    p = codebook.add_parser("list", help="codes with counts")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_codebook_list)
    p = codebook.add_parser("export", help="write the codebook as .yaml or REFI-QDA .qdc")
    p.add_argument("project")
    p.add_argument("out")
    p.set_defaults(run=cmd_codebook_export)
    p = codebook.add_parser("import", help="add codes from a .yaml, .qdc or .qdpx file")
    p.add_argument("project")
    p.add_argument("file")
    p.set_defaults(run=cmd_codebook_import)


def cmd_scheme_list(args) -> int:
    from workbench.schemes import builtin_scheme_names, load_builtin

    rows = []
    for name in builtin_scheme_names():
        scheme = load_builtin(name)
        rows.append({"name": name, "title": scheme.title.get("en") or name, "codes": scheme.count()})
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            print(f"{r['name']:<22} {r['codes']:>3} codes  {r['title']}")
    return 0


def cmd_scheme_apply(args) -> int:
    from workbench.core.commands import ApplyCodeTree
    from workbench.schemes import load_builtin
    from workbench.schemes.specs import scheme_specs

    scheme = load_builtin(args.name)
    with opened(args.project) as project:
        cmd = ApplyCodeTree(scheme_specs(scheme, project.language), scheme.name)
        cmd.apply(project)
    print(f"applied {scheme.name}: {cmd.added} code(s) added")
    return 0


def codebook_rows(project) -> list[dict]:
    """Per code: path, kind, colour, codings and participants including sub-codes."""
    from workbench.analysis.code_totals import subtree_totals

    totals = subtree_totals(project)
    return [{"path": project.code_path(code.id), "kind": code.kind, "color": code.color,
             "codings": totals[code.id][0], "participants": totals[code.id][1]}
            for code in project.codes()]


def cmd_codebook_list(args) -> int:
    with opened(args.project, read_only=True) as project:
        rows = codebook_rows(project)
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            print(f"{safe(r['path']):<60} {r['kind']:<12} {r['codings']:>5} codings "
                  f"{r['participants']:>3} participants")
    return 0


def cmd_codebook_export(args) -> int:
    from workbench.exchange.codebook import export_codebook

    with opened(args.project, read_only=True) as project:
        export_codebook(project, args.out)
    print(f"codebook written to {safe(args.out)}")
    return 0


def cmd_codebook_import(args) -> int:
    from workbench.exchange.codebook import import_codebook

    with opened(args.project) as project:
        cmd = import_codebook(project, args.file)
        cmd.apply(project)
    print(f"imported {safe(args.file)}: {getattr(cmd, 'added', 0)} code(s) added")
    return 0
