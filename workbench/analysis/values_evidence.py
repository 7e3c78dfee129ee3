"""Which value codings co-occur with positive or negative evidence (values-fit map).

Per document: every coding of a value (or a sub-value) is flagged positive when a driver or a
positive emotion is coded in the same speaker turn (rule "turn") or on an overlapping span
(rule "overlap"), and negative likewise for pain points and negative emotions. The flags do not
depend on the weight, the threshold or the participant group, so they are worked out once per
rule and reused on every slider move.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def _overlap_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    spans.sort()
    starts, running, acc = [], [], -1
    for s, e in spans:
        starts.append(s)
        acc = e if e > acc else acc
        running.append(acc)
    return starts, running


def _overlaps(index: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Does any span (sorted by start, with running maximum ends) overlap [start, end)?"""
    starts, max_end = index
    i = bisect_left(starts, start)
    return (i < len(starts) and starts[i] < end) or (i > 0 and max_end[i - 1] > start)


def document_evidence(rows, point_of: dict, polarity: dict, turn_starts: list[int], rule: str):
    """rows [(code, start, end)] → ([(point, start, end, positive, negative)], {point: [n, P, N]})."""
    values = []
    if rule == "overlap":
        pos, neg = [], []
        for code, start, end in rows:
            point = point_of.get(code)
            if point is not None:
                values.append((point, start, end))
            else:
                sign = polarity.get(code)
                if sign == 1:
                    pos.append((start, end))
                elif sign == -1:
                    neg.append((start, end))
        pos_index, neg_index = _overlap_index(pos), _overlap_index(neg)
        flagged = [(p, s, e, _overlaps(pos_index, s, e), _overlaps(neg_index, s, e)) for p, s, e in values]
    else:
        # turn index of an offset: the last turn starting at or before it (a gap between turns
        # belongs to the turn before it)
        ts = turn_starts
        after = [*ts[1:], 1 << 62]  # after[i - 1]: where the turn holding an offset ends
        pos_t: set[int] = set()
        neg_t: set[int] = set()
        for code, start, end in rows:
            t0 = bisect_right(ts, start)
            # most codings sit inside one turn: skip the second search then
            t1 = t0 if t0 and end <= after[t0 - 1] else bisect_right(ts, end - 1)
            point = point_of.get(code)
            if point is not None:
                values.append((point, start, end, t0, t1))
                continue
            sign = polarity.get(code)
            if sign:
                target = pos_t if sign == 1 else neg_t
                if t0 == t1:
                    target.add(t0)
                else:
                    target.update(range(t0, t1 + 1))
        flagged = []
        for p, s, e, t0, t1 in values:
            if t0 == t1:
                flagged.append((p, s, e, t0 in pos_t, t0 in neg_t))
            else:
                span = range(t0, t1 + 1)
                flagged.append((p, s, e, not pos_t.isdisjoint(span), not neg_t.isdisjoint(span)))
    summary: dict[int, list[int]] = {}
    for p, _s, _e, is_pos, is_neg in flagged:
        c = summary.get(p)
        if c is None:
            c = summary[p] = [0, 0, 0]
        c[0] += 1
        c[1] += is_pos
        c[2] += is_neg
    return flagged, summary
