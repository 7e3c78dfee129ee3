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


def _together(rule: str, turn: tuple[int, int], start: int, end: int, s: int, e: int) -> bool:
    if rule == "overlap":
        return s < end and start < e
    return s < turn[1] and e > turn[0]


def _pick(evidence: list, wanted: int, limit: int | None, participant_of: dict) -> list:
    """The evidence rows of one side; with a limit, one per participant first (more voices)."""
    rows = [row for row in evidence if row[3 if wanted == 1 else 4]]
    if limit is None or len(rows) <= limit:
        return rows
    chosen, seen = [], set()
    for i, row in enumerate(rows):
        who = participant_of.get(row[0])
        if who not in seen:
            seen.add(who)
            chosen.append(i)
            if len(chosen) == limit:
                break
    taken = set(chosen)
    chosen += [i for i in range(len(rows)) if i not in taken][:limit - len(chosen)]
    return [rows[i] for i in sorted(chosen)]


class QuoteFinder:
    """Quotes for the points of one result; documents and names are read once."""

    def __init__(self, project, result):
        self.project, self.result = project, result
        self.docs = {d.id: d for d in project.documents()}
        self.cases = {c.id: c.name for c in project.cases()}
        self.names = {c.id: c.name for c in project.codes()}
        self.texts: dict[int, str] = {}

    def _text(self, doc_id: int) -> str:
        if doc_id not in self.texts:
            self.texts[doc_id] = self.project.document(doc_id).text
        return self.texts[doc_id]

    def quotes(self, code, limit: int | None = None) -> tuple[list[Quote], list[Quote]]:
        """(supporting, contradicting) for one point; `limit` caps each side."""
        point = self.result.point(code)
        data = self.result.data
        if point is None or data is None:
            return [], []
        out: tuple[list[Quote], list[Quote]] = ([], [])
        for wanted, sink in ((1, out[0]), (-1, out[1])):
            evidence = self.result.evidence(point.code_id)
            for doc_id, start, end, _pos, _neg in _pick(evidence, wanted, limit, data.participant_of):
                text = self._text(doc_id)
                turn = _turn_bounds(data.turn_starts.get(doc_id, []), len(text), start)
                rule = self.result.params.rule
                hits = [(cid, s, e) for cid, s, e in data.codings[doc_id]
                        if data.polarity.get(cid) == wanted and _together(rule, turn, start, end, s, e)]
                lo = min([start, *(s for _, s, _ in hits)])
                hi = max([end, *(e for _, _, e in hits)])
                if hi - lo > MAX_CHARS:  # evidence far apart in a long turn: centre on the value
                    lo, hi = max(start - 120, turn[0]), max(end + 120, start + 240)
                doc = self.docs[doc_id]
                codes = list(dict.fromkeys(self.names.get(cid, "") for cid, _, _ in hits))
                sink.append(Quote(doc.name, self.cases.get(doc.case_id, doc.name), _excerpt(text, lo, hi, turn),
                                  codes, doc_id, start, end))
        return out


def point_quotes(project, result, code, limit: int | None = None) -> tuple[list[Quote], list[Quote]]:
    """(supporting, contradicting) quotes for one point of a `ValuesFit` result."""
    return QuoteFinder(project, result).quotes(code, limit)
