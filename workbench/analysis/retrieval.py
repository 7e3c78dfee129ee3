"""Retrieval: the coded segments of chosen codes across documents, with who said them.

Pure (no Qt): joins codings with documents, participants (cases and attributes) and speaker
turns. The retrieval panel shows these rows; exports and the CLI can use them as they are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Segment:
    coding_id: int
    document_id: int
    document: str
    case: str
    attributes: dict = field(default_factory=dict)
    speaker: str = ""
    role: str = ""
    coder: str = ""
    code_id: int = 0
    code_path: str = ""
    start: int = 0
    end: int = 0
    text: str = ""
    memo: str = ""
    inferred: bool = False


def _turn_at(starts: list[int], turns: list, offset: int):
    i = bisect_right(starts, offset) - 1
    if i >= 0 and turns[i].start <= offset < turns[i].end:
        return turns[i]
    return None


def segments(project, code_ids, include_descendants: bool = True) -> list[Segment]:
    """Every coding of the codes (and, by default, their sub-codes), in document order."""
    ids: list[int] = []
    for cid in code_ids:
        for sub in project.descendant_ids(cid) if include_descendants else [cid]:
            if sub not in ids:
                ids.append(sub)
    if not ids:
        return []
    codings = project.codings(code_ids=ids)
    cases = {c.id: c for c in project.cases()}
    paths: dict[int, str] = {}
    docs: dict[int, tuple] = {}
    out = []
    for c in codings:
        if c.document_id not in docs:
            doc = project.document(c.document_id)
            turns = project.turns(doc.id)
            docs[doc.id] = (doc, turns, [t.start for t in turns])
        doc, turns, starts = docs[c.document_id]
        if c.code_id not in paths:
            paths[c.code_id] = project.code_path(c.code_id)
        case = cases.get(doc.case_id)
        turn = _turn_at(starts, turns, c.start)
        out.append(Segment(
            c.id, doc.id, doc.name, case.name if case else "", dict(case.attributes) if case else {},
            turn.speaker if turn else "", turn.role if turn else "", c.coder, c.code_id,
            paths[c.code_id], c.start, c.end, doc.text[c.start:c.end], c.memo, c.inferred,
        ))
    return out


def attribute_values(rows: list[Segment]) -> dict[str, list[str]]:
    """Attribute name → the distinct values (as text) among the rows, sorted."""
    found: dict[str, set[str]] = {}
    for row in rows:
        for name, value in row.attributes.items():
            if value is not None:
                found.setdefault(name, set()).add(str(value))
    return {name: sorted(values, key=str.casefold) for name, values in sorted(found.items())}


def filter_segments(rows: list[Segment], attribute: str | None = None, value: str | None = None,
                    coder: str | None = None) -> list[Segment]:
    """Rows whose participant has `attribute` == `value` (compared as text) and/or by `coder`."""
    out = []
    for row in rows:
        if attribute and value is not None and str(row.attributes.get(attribute)) != value:
            continue
        if coder and row.coder != coder:
            continue
        out.append(row)
    return out
