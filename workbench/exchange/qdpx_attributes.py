"""Cases and their variables from a REFI-QDA project, as participants and typed attributes.

Values are gathered from cases and from sources (MAXQDA keeps document variables on the
source; such a source's participant is its case, or one named after the document). The
attribute type follows the variable's ``typeOfVariable`` — or our own ``Type: …`` line in its
description — but only when every value fits it; otherwise the values are kept as text.
"""

from __future__ import annotations

import re
from datetime import date

from workbench.core.commands.base import insert
from workbench.exchange.qdc import clean_name

_OUR_TYPE = re.compile(r"^\s*Type:\s*(text|number|date|choice)\s*$", re.IGNORECASE | re.MULTILINE)
_REFI_TYPES = {"integer": "number", "float": "number", "date": "date"}


def _fits(kind: str, value: str) -> bool:
    if kind == "number":
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
    return True


class AttributeBuilder:
    def __init__(self, project, qp, report):
        self.project, self.qp, self.report = project, qp, report
        self.cases: dict[str, str] = {}  # casefolded name → name
        self.values: dict[str, dict[str, str]] = {}  # variable GUID → {case key: value}

    def add_case(self, name: str, values) -> None:
        key = name.casefold()
        self.cases.setdefault(key, name)
        for var_guid, value in values:
            if value is None or value == "":
                continue
            if var_guid not in self.qp.variables:
                self.report.skip("value", name, "unknown_variable", value=value)
                continue
            current = self.values.setdefault(var_guid, {}).setdefault(key, value)
            if current != value:
                self.report.warn("value", name, "value_conflict",
                                 attribute=self.qp.variables[var_guid].name, value=current)

    def _kind(self, var, values: list[str]) -> str:
        ours = _OUR_TYPE.search(var.description or "")
        kind = ours.group(1).lower() if ours else _REFI_TYPES.get(var.type.lower(), "text")
        return kind if all(_fits(kind, v) for v in values) else "text"

    def write(self) -> None:
        """Add the cases that have no document yet, then the attributes and their values."""
        project = self.project
        case_ids = {row["name"].casefold(): cid for cid, row in project.rows_where("cases").items()}
        changes = []
        for key, name in self.cases.items():
            if key not in case_ids:
                change = insert(project, "cases", {"name": name})
                changes.append(change)
                case_ids[key] = change.id
        attr_ids: dict[str, int] = {}
        done: set[tuple[str, str]] = set()  # two variables of one name: the first value stays
        for var_guid, by_case in self.values.items():
            var = self.qp.variables[var_guid]
            name = clean_name(var.name) if var.name else "Variable"
            attr_key = name.casefold()
            if attr_key not in attr_ids:
                change = insert(project, "attributes", {
                    "name": name, "type": self._kind(var, list(by_case.values())), "position": len(attr_ids)})
                changes.append(change)
                attr_ids[attr_key] = change.id
            for case_key, value in by_case.items():
                if (case_key, attr_key) in done:
                    continue
                done.add((case_key, attr_key))
                changes.append(insert(project, "case_attributes", {
                    "case_id": case_ids[case_key], "attribute_id": attr_ids[attr_key], "value": value}))
        if changes:
            project.apply_patch(changes)
        self.report.counts["attributes"] = len(attr_ids)
        self.report.counts["values"] = len(done)
