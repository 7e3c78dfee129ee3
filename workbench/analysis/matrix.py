"""Code × participant and code × attribute-value matrices (sub-codes rolled up).

Cells of the participant matrix count segments; cells of the attribute matrix count
participants in that group with the code, next to the group's size, so groups of different
sizes compare by share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.analysis.dataset import Filter, as_dataset


@dataclass
class CodeMatrix:
    code_ids: list[int]
    paths: list[str]
    columns: list[str]  # participant names, or attribute values
    column_keys: list = field(default_factory=list)  # participant keys, or the values again
    cells: list[list[int]] = field(default_factory=list)  # [code][column]
    group_sizes: list[int] = field(default_factory=list)  # attribute matrix: participants per value

    def as_dict(self) -> dict:
        out = {"columns": self.columns,
               "rows": [{"path": p, "cells": row} for p, row in zip(self.paths, self.cells, strict=True)]}
        if self.group_sizes:
            out["group_sizes"] = self.group_sizes
        return out


def _rolled(data):
    """(code id, participant key) → segments, with every coding counted for its ancestors."""
    if "rolled" in data.cache:
        return data.cache["rolled"]
    counts: dict[tuple[int, int], int] = data.cache.setdefault("rolled", {})
    for coding in data.codings:
        who = data.participant_of[coding.document_id]
        for cid in data.ancestors_and_self(coding.code_id):
            if cid in data.code_scope:
                counts[cid, who] = counts.get((cid, who), 0) + 1
    return counts


def code_by_participant(source, flt: Filter | None = None) -> CodeMatrix:
    data = as_dataset(source, flt)
    counts = _rolled(data)
    keys = data.participants
    codes = [c.id for c in data.codes if c.id in data.code_scope]
    cells = [[counts.get((cid, k), 0) for k in keys] for cid in codes]
    return CodeMatrix(codes, [data.path(c) for c in codes], [data.participant_name(k) for k in keys],
                      keys, cells)


def code_by_attribute(source, attribute: str, flt: Filter | None = None) -> CodeMatrix:
    """Participants with the code per value of one attribute ("(none)" for participants
    without a value)."""
    data = as_dataset(source, flt)
    counts = _rolled(data)
    group: dict[int, str] = {}
    for key in data.participants:
        attrs = {k.casefold(): v for k, v in data.attributes_of(key).items()}
        value = attrs.get(attribute.casefold())
        group[key] = "(none)" if value is None else str(value)
    values = sorted(set(group.values()), key=lambda v: (v == "(none)", v.casefold()))
    sizes = [sum(1 for g in group.values() if g == v) for v in values]
    codes = [c.id for c in data.codes if c.id in data.code_scope]
    cells = []
    for cid in codes:
        row = dict.fromkeys(values, 0)
        for key, value in group.items():
            if counts.get((cid, key)):
                row[value] += 1
        cells.append([row[v] for v in values])
    return CodeMatrix(codes, [data.path(c) for c in codes], values, values, cells, sizes)
