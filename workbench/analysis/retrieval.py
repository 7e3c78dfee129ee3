"""Retrieval: the coded segments of chosen codes across documents, with who said them.

Pure (no Qt): joins codings with documents, participants (cases and attributes) and speaker
turns. The retrieval panel shows these rows; exports and the CLI can use them as they are.
"""

from __future__ import annotations

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


def segments(project, code_ids, include_descendants: bool = True) -> list[Segment]:
    """Every coding of the codes (and, by default, their sub-codes), in document order.

    One store query brings codings with their turn and text (see `segment_rows`)."""
    ids: list[int] = []
    for cid in code_ids:
        for sub in project.descendant_ids(cid) if include_descendants else [cid]:
            if sub not in ids:
                ids.append(sub)
    if not ids:
        return []
    heads = project.document_heads()
    rows = project.segment_rows(ids)
    if not rows:
        return []
    # One copy of each participant's attributes, shared by that participant's rows.
    cases = {c.id: (c.name, dict(c.attributes)) for c in project.cases()}
    paths = {code_id: project.code_path(code_id) for code_id in {r[2] for r in rows}}
    out = []
    for cid, doc_id, code_id, start, end, coder, memo, inferred, speaker, role, text in rows:
        if doc_id not in heads:  # removed by another program between the two reads
            continue
        name, case_id, _ = heads[doc_id]
        case, attributes = cases.get(case_id) or ("", {})
        out.append(Segment(cid, doc_id, name, case, attributes, speaker or "", role or "", coder,
                           code_id, paths[code_id], start, end, text, memo, bool(inferred)))
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
                    coder: str | None = None, case: str | None = None) -> list[Segment]:
    """Rows whose participant has `attribute` == `value` (compared as text), and/or by `coder`,
    and/or of one participant (`case`, its name)."""
    out = []
    for row in rows:
        if attribute and value is not None and str(row.attributes.get(attribute)) != value:
            continue
        if coder and row.coder != coder:
            continue
        if case is not None and row.case != case:
            continue
        out.append(row)
    return out


def participants(rows: list[Segment]) -> list[str]:
    """The participants among the rows, sorted (rows without one are left out)."""
    return sorted({r.case for r in rows if r.case}, key=str.casefold)


def citation(row: Segment) -> str:
    """The segment as a quote with its source, for pasting into a report:
    “text” (participant, speaker — document, characters start–end)."""
    who = ", ".join(p for p in (row.case, row.speaker if row.speaker != row.case else "") if p)
    where = f"{row.document}, {row.start}–{row.end}"
    quote = " ".join(row.text.split())
    return f"“{quote}” ({who} — {where})" if who else f"“{quote}” ({where})"
