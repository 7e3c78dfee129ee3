"""Codebook totals: codings and participants per code, including its sub-codes.

Participants are counted once per code subtree (a participant coded with two sub-codes of a
value counts once for the value), so the totals cannot be summed from per-code counts.
Documents without a participant count as their own participant.
"""

from __future__ import annotations


def subtree_totals(project) -> dict[int, tuple[int, int]]:
    """code id → (codings, participants) for the code and all its descendants."""
    return code_totals(project)[1]


def code_totals(project) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """(own, subtree): code id → (codings, participants) for the code itself, and for it with
    all its descendants. One scan of per-(code, document) counts; no row per coding."""
    parent = {c.id: c.parent_id for c in project.codes()}
    who = project.document_participants()
    own: dict[int, list] = {}
    codings = dict.fromkeys(parent, 0)
    people: dict[int, set[int]] = {cid: set() for cid in parent}
    for code_id, doc_id, n in project.code_document_counts():
        person = who.get(doc_id, -doc_id)
        mine = own.setdefault(code_id, [0, set()])
        mine[0] += n
        mine[1].add(person)
        current, seen = code_id, set()
        while current is not None and current in parent and current not in seen:
            seen.add(current)
            codings[current] += n
            people[current].add(person)
            current = parent[current]
    return ({cid: (n, len(ps)) for cid, (n, ps) in own.items()},
            {cid: (codings[cid], len(people[cid])) for cid in codings})
