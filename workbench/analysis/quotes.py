"""Coded segments as quotes (who said it, when) and the most telling quotes of a code.

Built from a dataset (one read of the project) rather than per code, so a workbook of 40,000
quotes costs one pass.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from workbench.analysis.dataset import Filter, as_dataset
from workbench.analysis.retrieval import Segment


@dataclass
class Quote(Segment):
    time_ms: int | None = None
    kind: str = ""
    participant_key: int = 0


def timestamp(ms: int | None) -> str:
    if ms is None:
        return ""
    seconds = ms // 1000
    h, m, s = seconds // 3600, seconds // 60 % 60, seconds % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def quotes(source, flt: Filter | None = None) -> list[Quote]:
    """Every coding in scope as a quote, in document order."""
    data = as_dataset(source, flt)
    turns: dict[int, tuple[list, list[int]]] = {}
    out = []
    for c in data.codings:
        if c.document_id not in turns:
            ts = data.turns(c.document_id)
            turns[c.document_id] = (ts, [t.start for t in ts])
        ts, starts = turns[c.document_id]
        i = bisect_right(starts, c.start) - 1
        turn = ts[i] if i >= 0 and ts[i].start <= c.start < ts[i].end else None
        doc = data.document(c.document_id)
        key = data.participant_of[doc.id]
        out.append(Quote(
            c.id, doc.id, doc.name, data.participant_name(key) if key in data.cases else "",
            data.attributes_of(key), turn.speaker if turn else "", turn.role if turn else "", c.coder,
            c.code_id, data.path(c.code_id), c.start, c.end, doc.text[c.start:c.end], c.memo, c.inferred,
            turn.time_ms if turn else None, data.kind(c.code_id), key))
    return out


def _telling(q: Quote) -> tuple:
    # Spoken by the participant, of a readable length (a sentence or two), and one the
    # researcher wrote a memo on, first.
    words = len(q.text.split())
    length_fit = abs(min(words, 45) - 25)
    return (q.role == "interviewer", length_fit, not q.memo, q.start)


def telling_quotes(rows: list[Quote], n: int = 3) -> list[Quote]:
    """Up to n quotes from different participants (more from one only when too few), each span
    once (two coders coding the same words give one quote, overlapping ones too)."""
    taken: dict[int, list[tuple[int, int]]] = {}
    ranked = []
    for q in sorted(rows, key=_telling):
        spans = taken.setdefault(q.document_id, [])
        if q.text.strip() and not any(s < q.end and q.start < e for s, e in spans):
            spans.append((q.start, q.end))
            ranked.append(q)
    picked, people = [], set()
    for q in ranked:
        if q.participant_key not in people:
            picked.append(q)
            people.add(q.participant_key)
        if len(picked) == n:
            return picked
    picked += [q for q in ranked if q not in picked][: n - len(picked)]
    return picked


def quotes_of(source, code_ids, participants=None, flt: Filter | None = None) -> list[Quote]:
    """Quotes of codes (with their sub-codes), optionally of some participants only (keys as
    in the dataset): what a click on a frequency row or a matrix cell shows."""
    data = as_dataset(source, flt)
    wanted = set(code_ids)
    rows = [q for q in quotes(data)
            if wanted.intersection(data.ancestors_and_self(q.code_id))]
    if participants is not None:
        keep = set(participants)
        rows = [q for q in rows if q.participant_key in keep]
    return rows


def cooccurring_quotes(source, code_a: int, code_b: int, mode: str = "overlap",
                       flt: Filter | None = None) -> list[Quote]:
    """The codings of two codes where they occur together (overlapping, or in one turn)."""
    from workbench.analysis.cooccurrence import _turn_units, overlapping_pairs

    data = as_dataset(source, flt)
    pair = {code_a, code_b}
    codings = [c for c in data.codings if c.code_id in pair]
    keep: set[int] = set()
    if mode == "overlap":
        for a, b in overlapping_pairs(codings):
            keep.update((a.id, b.id))
    else:
        units: dict[int, set] = {code_a: set(), code_b: set()}
        for c in codings:
            units[c.code_id].update(_turn_units(data, c))
        shared = units[code_a] & units[code_b]
        keep = {c.id for c in codings if shared.intersection(_turn_units(data, c))}
    return [q for q in quotes(data) if q.coding_id in keep]
