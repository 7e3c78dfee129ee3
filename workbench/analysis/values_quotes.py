"""The quotes behind a point on the values-fit map: supporting (the value co-occurs with a
driver or positive emotion) and contradicting (with a pain point or negative emotion)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

MAX_CHARS = 420


@dataclass
class Quote:
    document: str
    participant: str
    text: str  # an excerpt around the value coding and the evidence beside it
    codes: list[str]  # names of the co-occurring evidence codes
    document_id: int
    start: int
    end: int


def _turn_bounds(starts: list[int], text_len: int, offset: int) -> tuple[int, int]:
    i = max(bisect_right(starts, offset) - 1, 0)
    begin = starts[i] if starts else 0
    end = starts[i + 1] if i + 1 < len(starts) else text_len
    return begin, end


def _excerpt(text: str, lo: int, hi: int, turn: tuple[int, int]) -> str:
    lo, hi = max(lo, turn[0]), min(hi, turn[1])
    if hi - lo > MAX_CHARS:
        hi = lo + MAX_CHARS
    # widen to whole words, then mark cuts with an ellipsis
    while lo > turn[0] and not text[lo - 1].isspace():
        lo -= 1
    while hi < turn[1] and not text[hi].isspace():
        hi += 1
    body = " ".join(text[lo:hi].split())
    if ":" in body[:40] and lo == turn[0]:  # drop the speaker label at the start of a turn
        body = body.split(":", 1)[1].strip()
    prefix = "… " if lo > turn[0] else ""
    suffix = " …" if text[hi:turn[1]].strip() else ""
    return f"{prefix}{body}{suffix}"


def point_quotes(project, result, code) -> tuple[list[Quote], list[Quote]]:
    """(supporting, contradicting) quotes for one point of a `ValuesFit` result."""
    point = result.point(code)
    data = result.data
    if point is None or data is None:
        return [], []
    docs = {d.id: d for d in project.documents()}
    cases = {c.id: c.name for c in project.cases()}
    names = {c.id: c.name for c in project.codes()}
    texts: dict[int, str] = {}
    supporting, contradicting = [], []
    for doc_id, start, end, is_pos, is_neg in point.evidence:
        if doc_id not in texts:
            texts[doc_id] = project.document(doc_id).text
        text = texts[doc_id]
        starts = data.turn_starts.get(doc_id, [])
        turn = _turn_bounds(starts, len(text), start)
        doc = docs[doc_id]
        who = cases.get(doc.case_id, doc.name)
        for wanted, sink in ((1, supporting), (-1, contradicting)):
            if not (is_pos if wanted == 1 else is_neg):
                continue
            hits = [(cid, s, e) for cid, s, e, coder in data.codings[doc_id]
                    if data.polarity.get(cid) == wanted and _together(result.params.rule, turn, start, end, s, e)
                    and (result.params.coder is None or coder == result.params.coder)]
            lo = min([start, *(s for _, s, _ in hits)])
            hi = max([end, *(e for _, _, e in hits)])
            if hi - lo > MAX_CHARS:  # evidence far apart in a long turn: centre on the value
                lo, hi = max(start - 120, turn[0]), max(end + 120, start + 240)
            codes = list(dict.fromkeys(names.get(cid, "") for cid, _, _ in hits))
            sink.append(Quote(doc.name, who, _excerpt(text, lo, hi, turn), codes, doc_id, start, end))
    return supporting, contradicting


def _together(rule: str, turn: tuple[int, int], start: int, end: int, s: int, e: int) -> bool:
    if rule == "overlap":
        return s < end and start < e
    return s < turn[1] and e > turn[0]
