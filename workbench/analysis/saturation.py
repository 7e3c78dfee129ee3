"""Thematic saturation after Guest, Namey & Chen (2020, PLOS ONE 15(5): e0232076).

Interviews are taken in interview order (the document's or participant's interview date when
known, else the import order). The *base* is the set of distinct codes in the first
`base_size` interviews. A *run* is the next `run_length` interviews; its new information is
the number of codes first seen in the run divided by the number of codes in the base. The run
slides one interview at a time; saturation is reached after k interviews when the run k+1 …
k+run_length brings at most `threshold` new information, reported as "k+run_length".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.analysis.dataset import Filter, as_dataset

DATE_KEYS = ("interview_date", "date", "interviewdatum", "datum")


@dataclass
class Saturation:
    base_size: int
    run_length: int
    threshold: float
    documents: list[str] = field(default_factory=list)  # interview order
    new_codes: list[int] = field(default_factory=list)  # per interview
    cumulative: list[int] = field(default_factory=list)
    base_codes: int = 0
    runs: list[tuple[int, int, float]] = field(default_factory=list)  # (k, new in run, share)
    reached_at: int | None = None  # k: interviews before the confirming run
    new_information: float | None = None  # of the confirming run

    @property
    def reached(self) -> bool:
        return self.reached_at is not None

    @property
    def too_few(self) -> bool:
        """Fewer interviews than a base and one run: nothing to judge yet."""
        return len(self.documents) < self.base_size + self.run_length

    def label(self) -> str:
        """The sentence Guest et al. propose for reporting (English; the UI translates)."""
        if self.too_few:
            return f"too few interviews to judge saturation (needs at least {self.base_size + self.run_length})"
        if self.reached:
            return (f"saturation reached at {self.reached_at}+{self.run_length} interviews with "
                    f"{round(self.new_information * 100)} % new information")
        return "saturation not reached"

    def as_dict(self) -> dict:
        return {"base_size": self.base_size, "run_length": self.run_length, "threshold": self.threshold,
                "order": self.documents, "new_codes": self.new_codes, "cumulative": self.cumulative,
                "base_codes": self.base_codes,
                "runs": [{"after": k, "new": n, "share": round(s, 4)} for k, n, s in self.runs],
                "reached": self.reached, "reached_at": self.reached_at, "too_few": self.too_few,
                "new_information": None if self.new_information is None else round(self.new_information, 4),
                "label": self.label()}


def interview_date(data, doc) -> str:
    """The document's interview date (metadata, else the participant's attribute), ISO text."""
    meta = {k.casefold(): v for k, v in (doc.metadata or {}).items()}
    attrs = {k.casefold(): v for k, v in data.attributes_of(data.participant_of[doc.id]).items()}
    for source in (meta, attrs):
        for key in DATE_KEYS:
            if source.get(key):
                return str(source[key])
    return ""


def interview_order(data) -> list:
    """Documents in interview order; undated ones keep import order after the dated."""
    indexed = list(enumerate(data.documents))
    dates = {doc.id: interview_date(data, doc) for _, doc in indexed}
    return [doc for _, doc in sorted(indexed, key=lambda p: (dates[p[1].id] == "", dates[p[1].id], p[0]))]


def saturation(source, flt: Filter | None = None, base_size: int = 4, run_length: int = 2,
               threshold: float = 0.05) -> Saturation:
    data = as_dataset(source, flt)
    codes_in: dict[int, set[int]] = {}
    for c in data.codings:
        codes_in.setdefault(c.document_id, set()).add(c.code_id)
    order = interview_order(data)
    result = Saturation(base_size, run_length, threshold, [d.name for d in order])
    seen: set[int] = set()
    for doc in order:
        new = codes_in.get(doc.id, set()) - seen
        seen |= new
        result.new_codes.append(len(new))
        result.cumulative.append(len(seen))
    if len(order) < base_size + run_length:
        return result
    result.base_codes = result.cumulative[base_size - 1]
    if result.base_codes == 0:
        return result
    for k in range(base_size, len(order) - run_length + 1):
        new_in_run = result.cumulative[k + run_length - 1] - result.cumulative[k - 1]
        share = new_in_run / result.base_codes
        result.runs.append((k, new_in_run, share))
        if share <= threshold + 1e-12 and result.reached_at is None:
            result.reached_at, result.new_information = k, share
    return result
