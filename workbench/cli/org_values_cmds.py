"""`workbench org-values list|add|link|unlink|remove|import P.iwb ...`: the organisation's
stated values (brand promise) and the customer value codes they are linked to."""

from __future__ import annotations

from workbench.cli.output import emit_json
from workbench.cli.project_cmds import opened


def add_parsers(sub) -> None:
    group = sub.add_parser("org-values", help="the organisation's values for the values-fit map")
    actions = group.add_subparsers(dest="org_values_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="organisation values with their linked codes")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)
    p = actions.add_parser("add", help="add an organisation value")
    p.add_argument("project")
    p.add_argument("name")
    p.add_argument("--statement", default="", help="what the organisation promises")
    p.add_argument("--code", action="append", default=[], metavar="PATH",
                   help='customer value code to link, e.g. "Waarden/Betrouwbaarheid" (repeatable)')
    p.set_defaults(run=cmd_add)
    for name, helptext in (("link", "link customer value codes"), ("unlink", "unlink customer value codes")):
        p = actions.add_parser(name, help=helptext)
        p.add_argument("project")
        p.add_argument("name")
        p.add_argument("codes", nargs="+", metavar="PATH")
        p.set_defaults(run=cmd_link if name == "link" else cmd_unlink)
    p = actions.add_parser("remove", help="delete an organisation value")
    p.add_argument("project")
    p.add_argument("name")
    p.set_defaults(run=cmd_remove)
    p = actions.add_parser("import", help="add organisation values from a .yaml or .csv file")
    p.add_argument("project")
    p.add_argument("file")
    p.set_defaults(run=cmd_import)


def value_rows(project) -> list[dict]:
    return [{"name": v.name, "statement": v.description,
             "codes": [project.code_path(c) for c in v.code_ids]} for v in project.org_values()]


def cmd_list(args) -> int:
    with opened(args.project) as project:
        rows = value_rows(project)
    if args.json:
        emit_json(rows)
    elif not rows:
        print("no organisation values yet (add one: workbench org-values add P.iwb NAME --code PATH)")
    for r in [] if args.json else rows:
        print(r["name"] + (f" — {r['statement']}" if r["statement"] else ""))
        for path in r["codes"] or ["(no linked codes)"]:
            print(f"    {path}")
    return 0


def _value(project, name: str):
    from workbench.store import NotFound

    value = project.find_org_value(name)
    if value is None:
        raise NotFound(f"no organisation value named '{name}'")
    return value


def cmd_add(args) -> int:
    from workbench.core.commands import AddOrgValue

    with opened(args.project) as project:
        codes = [project.code_by_path(path).id for path in args.code]
        AddOrgValue(args.name, args.statement, codes).apply(project)
    print(f"added organisation value '{args.name.strip()}' ({len(codes)} linked code(s))")
    return 0


def _relink(args, linking: bool) -> int:
    from workbench.core.commands import SetOrgValueLinks

    with opened(args.project) as project:
        value = _value(project, args.name)
        codes = [project.code_by_path(path).id for path in args.codes]
        make = SetOrgValueLinks.link if linking else SetOrgValueLinks.unlink
        make(value.id, *codes).apply(project)
    print(f"linked {len(codes)} code(s) to '{value.name}'" if linking
          else f"unlinked {len(codes)} code(s) from '{value.name}'")
    return 0


def cmd_link(args) -> int:
    return _relink(args, linking=True)


def cmd_unlink(args) -> int:
    return _relink(args, linking=False)


def cmd_remove(args) -> int:
    from workbench.core.commands import DeleteOrgValue

    with opened(args.project) as project:
        value = _value(project, args.name)
        DeleteOrgValue(value.id).apply(project)
    print(f"removed organisation value '{value.name}'")
    return 0


def cmd_import(args) -> int:
    from workbench.core.commands import ImportOrgValues
    from workbench.exchange.org_values import read_values_file, resolve_codes

    entries = read_values_file(args.file)
    with opened(args.project) as project:
        cmd = ImportOrgValues(resolve_codes(project, entries, args.file))
        cmd.apply(project)
    print(f"imported {args.file}: {cmd.added} organisation value(s) added, {cmd.updated} updated")
    return 0
