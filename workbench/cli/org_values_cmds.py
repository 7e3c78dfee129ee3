"""`workbench org-values list|add|link|unlink|remove|import P.iwb ...`: the organisation's
stated values (brand promise) and the customer value codes they are linked to."""

from __future__ import annotations

import csv
import io
from pathlib import Path

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


def cmd_link(args) -> int:
    from workbench.core.commands import SetOrgValueLinks

    with opened(args.project) as project:
        value = _value(project, args.name)
        codes = [project.code_by_path(path).id for path in args.codes]
        SetOrgValueLinks.link(value.id, *codes).apply(project)
    print(f"linked {len(codes)} code(s) to '{value.name}'")
    return 0


def cmd_unlink(args) -> int:
    from workbench.core.commands import SetOrgValueLinks

    with opened(args.project) as project:
        value = _value(project, args.name)
        codes = [project.code_by_path(path).id for path in args.codes]
        SetOrgValueLinks.unlink(value.id, *codes).apply(project)
    print(f"unlinked {len(codes)} code(s) from '{value.name}'")
    return 0


def cmd_remove(args) -> int:
    from workbench.core.commands import DeleteOrgValue

    with opened(args.project) as project:
        value = _value(project, args.name)
        DeleteOrgValue(value.id).apply(project)
    print(f"removed organisation value '{value.name}'")
    return 0


def cmd_import(args) -> int:
    from workbench.core.commands import ImportOrgValues

    entries = read_values_file(args.file)
    with opened(args.project) as project:
        resolved = []
        for entry in entries:
            resolved.append({"name": entry["name"], "statement": entry["statement"],
                             "code_ids": [_code_id(project, path, args.file) for path in entry["codes"]]})
        cmd = ImportOrgValues(resolved)
        cmd.apply(project)
    print(f"imported {args.file}: {cmd.added} organisation value(s) added, {cmd.updated} updated")
    return 0


def _code_id(project, path: str, file: str) -> int:
    from workbench.cli.main import CliError

    code = project.find_code(path)
    if code is None:
        raise CliError(f"{Path(file).name}: no code '{path}' in the codebook")
    return code.id


def read_values_file(file: str) -> list[dict]:
    """Entries {"name", "statement", "codes": [path]} from YAML or CSV.

    YAML: a list of {name, statement, codes: [path, …]} (or a mapping with key `values`).
    CSV: columns name, statement, codes (paths separated by "|" or ";"); a header row is required."""
    from workbench.cli.main import CliError

    path = Path(file)
    label = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"{label}: cannot read the file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"{label}: not a UTF-8 text file") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        entries = _from_yaml(text, label)
    elif path.suffix.lower() == ".csv":
        entries = _from_csv(text, label)
    else:
        raise CliError(f"{label}: organisation values are read from .yaml or .csv files")
    if not entries:
        raise CliError(f"{label}: no organisation values in the file")
    return entries


def _entry(item, label: str, where: str) -> dict:
    from workbench.cli.main import CliError

    if not isinstance(item, dict) or not str(item.get("name") or "").strip():
        raise CliError(f"{label}: {where} needs a name")
    codes = item.get("codes") or []
    if isinstance(codes, str):
        codes = codes.replace("|", ";").split(";")
    if not isinstance(codes, list):
        raise CliError(f"{label}: {where}: codes must be a list of code paths")
    return {"name": str(item["name"]).strip(), "statement": str(item.get("statement") or "").strip(),
            "codes": [str(c).strip() for c in codes if str(c).strip()]}


def _from_yaml(text: str, label: str) -> list[dict]:
    import yaml

    from workbench.cli.main import CliError

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise CliError(f"{label}: not valid YAML{where}") from None
    if data is None:
        return []
    if isinstance(data, dict):
        data = data.get("values")
    if not isinstance(data, list):
        raise CliError(f"{label}: expected a list of organisation values (name, statement, codes)")
    return [_entry(item, label, f"entry {i + 1}") for i, item in enumerate(data)]


def _from_csv(text: str, label: str) -> list[dict]:
    from workbench.cli.main import CliError

    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "name" not in fields:
        raise CliError(f"{label}: the first row must name the columns (name, statement, codes)")
    out = []
    for i, row in enumerate(reader):
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        out.append(_entry(row, label, f"row {i + 2}"))
    return out
