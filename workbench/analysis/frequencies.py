"""Frequencies per code, sub-codes rolled up: segments, participants, share, words coded.

A participant coded with two sub-codes of a value counts once for the value; words coded are
counted (white-space separated) over the union of the subtree's spans per document, so overlapping codings (two coders,
or a code and its sub-code on the same words) do not count the same words twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.analysis.dataset import Filter, as_dataset
from workbench.analysis.spans import merge


@dataclass
class CodeFrequency:
    code_id: int
    path: str
    name: str
    kind: str
    depth: int
    own_segments: int  # on this code itself
    segments: int  # this code and its sub-codes
    participants: int
    share: float  # of the participants in scope, 0..1
    words: int

    def as_dict(self) -> dict:
        return {"path": self.path, "kind": self.kind, "depth": self.depth,
                "own_segments": self.own_segments, "segments": self.segments,
                "participants": self.participants, "share": round(self.share, 4),
                "words": self.words}


def frequencies(source, flt: Filter | None = None) -> list[CodeFrequency]:
    """One row per code in scope, in codebook order."""
    data = as_dataset(source, flt)
    scope = data.code_scope
    own = dict.fromkeys(scope, 0)
    segments = dict.fromkeys(scope, 0)
    people: dict[int, set[int]] = {cid: set() for cid in scope}
    own_spans: dict[int, dict[int, list[tuple[int, int]]]] = {cid: {} for cid in scope}
    participant_of = data.participant_of
    for coding in data.codings:
        who = participant_of[coding.document_id]
        own[coding.code_id] += 1
        own_spans[coding.code_id].setdefault(coding.document_id, []).append((coding.start, coding.end))
        for cid in data.ancestors_and_self(coding.code_id):
            if cid in segments:  # not an ancestor outside the filter's codes
                segments[cid] += 1
                people[cid].add(who)
    merged = _merged_subtrees(data, own_spans)
    texts = {d.id: d.text for d in data.documents}
    counted: dict[tuple[int, int, int], int] = {}
    total = len(data.participants)
    out = []
    for code in data.codes:
        if code.id not in scope:
            continue
        words = 0
        for doc_id, spans in merged[code.id].items():
            for a, b in spans:
                key = (doc_id, a, b)
                if key not in counted:  # parents share most spans with their children
                    counted[key] = len(texts[doc_id][a:b].split())
                words += counted[key]
        n = len(people[code.id])
        out.append(CodeFrequency(code.id, data.path(code.id), code.name, code.kind, data.depth(code.id),
                                 own[code.id], segments[code.id], n, n / total if total else 0.0, words))
    return out


def _merged_subtrees(data, own_spans):
    """code id → document id → the union of the spans of the code and its sub-codes, built
    children first so a parent merges its children's already merged spans."""
    children: dict[int, list[int]] = {}
    for code in data.codes:
        if code.id in data.code_scope and code.parent_id in data.code_scope:
            children.setdefault(code.parent_id, []).append(code.id)
    merged: dict[int, dict[int, list[tuple[int, int]]]] = {}

    def build(cid: int) -> None:
        per_doc = {doc: list(spans) for doc, spans in own_spans[cid].items()}
        for child in children.get(cid, ()):
            if child not in merged:
                build(child)
            for doc, spans in merged[child].items():
                per_doc.setdefault(doc, []).extend(spans)
        merged[cid] = {doc: merge(spans) for doc, spans in per_doc.items()}

    for cid in data.code_scope:
        if cid not in merged:
            build(cid)
    return merged


def top_by_kind(rows: list[CodeFrequency], kind: str, n: int = 5) -> list[CodeFrequency]:
    """The n codes of a kind mentioned by most participants (then most segments); top-level
    kind headers (codes whose sub-codes carry the detail) are left out when they have children."""
    parents = {r.code_id for r in rows if any(o.depth > r.depth and o.path.startswith(r.path + "/") for o in rows)}
    pool = [r for r in rows if r.kind == kind and r.segments and r.code_id not in parents]
    return sorted(pool, key=lambda r: (-r.participants, -r.segments, r.path.casefold()))[:n]
