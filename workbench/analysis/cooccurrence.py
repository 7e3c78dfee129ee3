"""Co-occurrence between codes: overlapping spans, or the same speaker turn.

- "overlap": a pair is a coding of A and a coding of B whose spans share at least one
  character; the count is the number of such pairs. Jaccard = pairs / (codings of A + codings
  of B − pairs), capped at 1 (a long coding overlapping many short ones can exceed it).
- "turn": the unit is a speaker turn; a turn has a code when one of the code's codings touches
  it. Count = turns with both; Jaccard = turns with both / turns with either.

Codes are taken as coded (not rolled up into their parents), within the filter's scope.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from workbench.analysis.dataset import Filter, as_dataset

MODES = ("overlap", "turn")


@dataclass
class CoOccurrence:
    mode: str
    code_ids: list[int]
    paths: list[str]
    totals: list[int]  # codings (overlap) or turns (turn) per code
    counts: list[list[int]] = field(default_factory=list)
    jaccard: list[list[float]] = field(default_factory=list)

    def pairs(self) -> list[tuple[int, int, int, float]]:
        """(i, j, count, jaccard) for i < j with count > 0, most frequent first."""
        out = [(i, j, self.counts[i][j], self.jaccard[i][j])
               for i in range(len(self.code_ids)) for j in range(i + 1, len(self.code_ids))
               if self.counts[i][j]]
        return sorted(out, key=lambda p: (-p[2], -p[3], self.paths[p[0]], self.paths[p[1]]))

    def as_dict(self) -> dict:
        return {"mode": self.mode,
                "codes": [{"path": p, "total": t} for p, t in zip(self.paths, self.totals, strict=True)],
                "pairs": [{"a": self.paths[i], "b": self.paths[j], "count": n, "jaccard": round(jac, 4)}
                          for i, j, n, jac in self.pairs()]}


def _turn_units(data, coding) -> list[tuple[int, int]]:
    turns = data.turns(coding.document_id)
    if not turns:
        return [(coding.document_id, 0)]
    starts = [t.start for t in turns]
    first = max(0, bisect_right(starts, coding.start) - 1)
    units = []
    for i in range(first, len(turns)):
        if turns[i].start >= coding.end:
            break
        if turns[i].end > coding.start or i == first:
            units.append((coding.document_id, i))
    return units


def overlapping_pairs(codings):
    """Pairs (a, b) of codings of different codes in one document whose spans overlap."""
    by_doc: dict[int, list] = {}
    for c in codings:
        by_doc.setdefault(c.document_id, []).append(c)
    for items in by_doc.values():
        items.sort(key=lambda c: (c.start, c.end))
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b.start >= a.end:
                    break
                if b.code_id != a.code_id:
                    yield a, b


def cooccurrence(source, mode: str = "overlap", flt: Filter | None = None) -> CoOccurrence:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    data = as_dataset(source, flt)
    used = {c.code_id for c in data.codings}
    codes = [c.id for c in data.codes if c.id in used]
    index = {cid: i for i, cid in enumerate(codes)}
    n = len(codes)
    counts = [[0] * n for _ in range(n)]
    if mode == "overlap":
        totals = [0] * n
        for c in data.codings:
            totals[index[c.code_id]] += 1
        for a, b in overlapping_pairs(data.codings):
            i, j = index[a.code_id], index[b.code_id]
            counts[i][j] += 1
            counts[j][i] += 1
    else:
        units: dict[int, set] = {cid: set() for cid in codes}
        for c in data.codings:
            units[c.code_id].update(_turn_units(data, c))
        totals = [len(units[cid]) for cid in codes]
        for i in range(n):
            for j in range(i + 1, n):
                both = len(units[codes[i]] & units[codes[j]])
                counts[i][j] = counts[j][i] = both
    jaccard = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and counts[i][j]:
                union = totals[i] + totals[j] - counts[i][j]
                jaccard[i][j] = min(1.0, counts[i][j] / union) if union > 0 else 1.0
    return CoOccurrence(mode, codes, [data.path(c) for c in codes], totals, counts, jaccard)
