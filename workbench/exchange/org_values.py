"""Organisation values from a small YAML or CSV file (the CLI's `org-values import`, the demo).

YAML: a list of {name, statement, codes: [path, …]} (or a mapping with the list under `values`).
CSV: a header row with the columns name, statement, codes (code paths separated by "|" or ";").
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.errors import Msg
from workbench.exchange.errors import ExchangeError


def read_values_file(file: str | Path) -> list[dict]:
    """Entries {"name", "statement", "codes": [path]}; ExchangeError names the file and why."""
    path = Path(file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(path, "orgvalues.err.cannot_read", reason=exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeError(path, "orgvalues.err.not_utf8") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        entries = _from_yaml(text, path)
    elif path.suffix.lower() == ".csv":
        entries = _from_csv(text, path)
    else:
        raise ExchangeError(path, "orgvalues.err.suffix")
    if not entries:
        raise ExchangeError(path, "orgvalues.err.none")
    return entries


def resolve_codes(project, entries: list[dict], file: str | Path) -> list[dict]:
    """Entries with code paths → entries with code ids (for ImportOrgValues)."""
    out = []
    for entry in entries:
        ids = []
        for code_path in entry["codes"]:
            code = project.find_code(code_path)
            if code is None:
                raise ExchangeError(file, "cmd.err.no_code_path", path=code_path)
            ids.append(code.id)
        out.append({"name": entry["name"], "statement": entry["statement"], "code_ids": ids})
    return out


def _entry(item, path: Path, where: Msg) -> dict:
    if not isinstance(item, dict) or not str(item.get("name") or "").strip():
        raise ExchangeError(path, "orgvalues.err.no_name", where=where)
    codes = item.get("codes") or []
    if isinstance(codes, str):
        codes = codes.replace("|", ";").split(";")
    if not isinstance(codes, list):
        raise ExchangeError(path, "orgvalues.err.codes_list", where=where)
    return {"name": str(item["name"]).strip(), "statement": str(item.get("statement") or "").strip(),
            "codes": [str(c).strip() for c in codes if str(c).strip()]}


def _from_yaml(text: str, path: Path) -> list[dict]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark:
            raise ExchangeError(path, "orgvalues.err.yaml_line", line=mark.line + 1) from None
        raise ExchangeError(path, "orgvalues.err.yaml") from None
    if data is None:
        return []
    if isinstance(data, dict):
        data = data.get("values")
    if not isinstance(data, list):
        raise ExchangeError(path, "orgvalues.err.not_list")
    return [_entry(item, path, Msg("orgvalues.where.entry", n=i + 1)) for i, item in enumerate(data)]


def _from_csv(text: str, path: Path) -> list[dict]:
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "name" not in fields:
        raise ExchangeError(path, "orgvalues.err.no_header")
    out = []
    for i, row in enumerate(reader):
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        out.append(_entry(row, path, Msg("orgvalues.where.row", n=i + 2)))
    return out
