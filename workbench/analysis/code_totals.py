"""Codebook totals: codings and participants per code, including its sub-codes.

Participants are counted once per code subtree (a participant coded with two sub-codes of a
value counts once for the value), so the totals cannot be summed from per-code counts.
Documents without a participant count as their own participant.
"""

from __future__ import annotations


def subtree_totals(project) -> dict[int, tuple[int, int]]:
    """code id → (codings, participants) for the code and all its descendants."""
    codes = project.codes()
    parent = {c.id: c.parent_id for c in codes}
    case_of = {d.id: (d.case_id if d.case_id is not None else -d.id) for d in project.documents()}
    codings = {c.id: 0 for c in codes}
    people: dict[int, set[int]] = {c.id: set() for c in codes}
    for coding in project.codings():
        who = case_of.get(coding.document_id)
        current = coding.code_id
        seen = set()
        while current is not None and current in parent and current not in seen:
            seen.add(current)
            codings[current] += 1
            people[current].add(who)
            current = parent[current]
    return {cid: (codings[cid], len(people[cid])) for cid in codings}
