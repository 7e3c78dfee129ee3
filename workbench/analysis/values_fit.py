"""The values-fit map (DESIGN §5): the customers' values against the organisation's.

Per customer value (a value code; its sub-codes roll up into it):
- importance = share of participants with at least one coding of the value or a descendant;
- delivery = (P − w·N) / (P + w·N) in [-1, 1], where P counts the value's codings that co-occur
  with a driver or a positive emotion, N those that co-occur with a pain point or a negative
  emotion (same speaker turn, or overlapping spans), w the negativity weight; None without
  evidence (drawn hollow at y = 0);
- claimed_by: the organisation values linked to the value (or one of its sub-codes);
- quadrant: core strength / critical gap / hidden asset / low priority (None without evidence).
Blind spots are important, unclaimed values; unsupported claims are organisation values whose
linked codes were never coded (or that link to nothing).

`load_input(project)` reads the project once; `compute(data, params)` is pure and fast, so a
view can recompute on every slider move.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field, replace

from workbench.analysis.polarity import code_polarities
from workbench.analysis.values_evidence import document_evidence

QUADRANTS = ("core_strength", "critical_gap", "hidden_asset", "low_priority")
RULES = ("turn", "overlap")


class FitError(ValueError):
    """Parameters that cannot be used (weight ≤ 0, unknown rule, bad filter)."""


@dataclass(frozen=True)
class FitParams:
    weight: float = 1.0
    rule: str = "turn"
    threshold: float | None = None  # None: the median importance of the points
    where: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ((attribute, (value, …)), …)
    coder: str | None = None

    def checked(self) -> FitParams:
        if not (self.weight > 0):
            raise FitError(f"the negativity weight must be above 0, not {self.weight}")
        if self.rule not in RULES:
            raise FitError(f"the co-occurrence rule is 'turn' or 'overlap', not '{self.rule}'")
        if self.threshold is not None and not 0 <= self.threshold <= 1:
            raise FitError(f"the importance threshold is a share between 0 and 1, not {self.threshold}")
        return self

    def with_where(self, where: dict[str, list[str]]) -> FitParams:
        return replace(self, where=tuple((k, tuple(v)) for k, v in where.items()))


def parse_where(items) -> dict[str, list[str]]:
    """["segment=particulier", "segment=zakelijk", "channel=app"] → {attribute: [values]}:
    values of one attribute are alternatives, different attributes must all match."""
    out: dict[str, list[str]] = {}
    for item in items or []:
        name, sep, value = str(item).partition("=")
        if not sep or not name.strip():
            raise FitError(f"a filter looks like ATTRIBUTE=VALUE, not '{item}'")
        out.setdefault(name.strip(), []).append(value.strip())
    return out


@dataclass
class FitInput:
    """Everything the computation needs, read from the project in one go."""

    points: dict[int, str]  # point code id → path
    names: dict[int, str]  # point code id → display name
    point_of: dict[int, int]  # value code id (point or a sub-code) → point code id
    polarity: dict[int, int]  # code id → +1 (driver, positive emotion) / -1 (pain, negative emotion)
    codings: dict[int, list[tuple[int, int, int]]]  # document → [(code, start, end)] (codes that matter)
    turn_starts: dict[int, list[int]]  # document → turn starts (sorted)
    participant_of: dict[int, int]  # document → participant key (case id, or −document id)
    attributes: dict[int, dict]  # participant key → {attribute: value}
    org_values: list = field(default_factory=list)  # store.org_values.OrgValue
    subtree: dict[int, list[int]] = field(default_factory=dict)  # code id → itself + descendants
    paths: dict[int, str] = field(default_factory=dict)  # every code id → path
    coder: str | None = None  # only this coder's codings were read (None: everyone's)
    linked_counts: dict[int, dict[int, int]] = field(default_factory=dict)  # document → linked code → n
    flags: dict = field(default_factory=dict, repr=False)  # rule → evidence_flags (a cache)


@dataclass
class FitPoint:
    code_id: int
    code: str
    name: str
    importance: float
    delivery: float | None
    positive: int
    negative: int
    codings: int
    participants: int
    claimed_by: list[str]
    quadrant: str | None

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "importance": round(self.importance, 4),
                "delivery": None if self.delivery is None else round(self.delivery, 4),
                "positive": self.positive, "negative": self.negative, "codings": self.codings,
                "participants": self.participants, "claimed_by": self.claimed_by,
                "quadrant": self.quadrant}


@dataclass
class Claim:
    name: str
    statement: str
    codes: list[str]  # linked code paths
    reason: str  # "no_links" | "no_evidence"


@dataclass
class ValuesFit:
    points: list[FitPoint]
    blind_spots: list[str]
    unsupported_claims: list[Claim]
    threshold: float
    participants: int  # the base: participants in the selection
    params: FitParams
    data: FitInput | None = field(default=None, repr=False)  # what it was computed from (quotes)
    documents: list[int] = field(default_factory=list, repr=False)  # the documents in the selection

    def evidence(self, code: str | int) -> list[tuple[int, int, int, bool, bool]]:
        """(document, start, end, positive, negative) of a point's codings with evidence."""
        point = self.point(code)
        if point is None or self.data is None:
            return []
        flags = evidence_flags(self.data, self.params.rule)
        return [(doc, s, e, is_pos, is_neg) for doc in self.documents
                for p, s, e, is_pos, is_neg in flags[doc][0] if p == point.code_id and (is_pos or is_neg)]

    def point(self, code: str | int) -> FitPoint | None:
        return next((p for p in self.points if code in (p.code, p.code_id)), None)

    def to_json(self) -> dict:
        return {
            "points": [p.to_json() for p in self.points],
            "blind_spots": list(self.blind_spots),
            "unsupported_claims": [{"name": c.name, "statement": c.statement, "codes": c.codes,
                                    "reason": c.reason} for c in self.unsupported_claims],
            "parameters": {"weight": self.params.weight, "rule": self.params.rule,
                           "threshold": round(self.threshold, 4),
                           "threshold_source": "median" if self.params.threshold is None else "given",
                           "where": {k: list(v) for k, v in self.params.where},
                           "coder": self.params.coder, "participants": self.participants},
        }


# ---- reading the project ----------------------------------------------------------------------
def load_input(project, coder: str | None = None, dataset=None) -> FitInput:
    """`dataset`: an analysis dataset of the whole project (no participant or code filter) read
    with the same coder: its codebook, participants and codings are used instead of reading them
    again (`stats --json`)."""
    codes = dataset.codes if dataset is not None else project.codes()
    kind = {c.id: c.kind for c in codes}
    parent = {c.id: c.parent_id for c in codes}
    children: dict[int | None, list[int]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c.id)
    paths: dict[int, str] = {}
    for c in codes:  # parents come first
        paths[c.id] = f"{paths[c.parent_id]}/{c.name}" if c.parent_id in paths else c.name
    subtree: dict[int, list[int]] = {}
    for c in reversed(codes):
        subtree[c.id] = [c.id, *(d for ch in children.get(c.id, []) for d in subtree[ch])]
    points: dict[int, str] = {}
    for c in codes:
        if c.kind != "value" or kind.get(parent[c.id]) == "value":
            continue
        value_children = [ch for ch in children.get(c.id, []) if kind[ch] == "value"]
        # A top-level value code with value children is a category ("Waarden"): its children
        # are the values; a lone value code is a value itself.
        for pid in value_children or [c.id]:
            points[pid] = paths[pid]
    point_of = {sub: pid for pid in points for sub in subtree[pid] if kind[sub] == "value"}
    if dataset is not None:
        doc_rows = [(d.id, d.case_id) for d in dataset.documents]
        attributes = {case.id: case.attributes for case in dataset.cases.values()}
    else:
        doc_rows = project.conn.execute("SELECT id, case_id FROM documents").fetchall()
        attributes = {case.id: case.attributes for case in project.cases()}
    participant_of = {d: (case if case is not None else -d) for d, case in doc_rows}
    polarity = code_polarities(codes)
    org_values = project.org_values()
    # Read only the codings that can matter: values, evidence, and whatever an org value links.
    linked = {sub for value in org_values for code in value.code_ids for sub in subtree.get(code, [code])}
    wanted = set(point_of) | set(polarity) | linked
    codings: dict[int, list] = {d: [] for d, _ in doc_rows}
    linked_counts: dict[int, dict[int, int]] = {}
    if dataset is not None:
        rows = [(c.document_id, c.code_id, c.start, c.end) for c in dataset.codings if c.code_id in wanted]
    else:
        rows = _coding_rows(project, wanted, coder)
    for doc, code, start, end in rows:
        codings[doc].append((code, start, end))
        if code in linked:
            counts = linked_counts.setdefault(doc, {})
            counts[code] = counts.get(code, 0) + 1
    turn_starts: dict[int, list[int]] = {d: [] for d, _ in doc_rows}
    # one text per document is read faster than one row per turn (30,000 turns: ~2×)
    for doc, starts in project.conn.execute("SELECT document_id, group_concat(start) FROM turns GROUP BY document_id"):
        turn_starts[doc] = sorted(map(int, starts.split(",")))
    name = {c.id: c.name for c in codes}
    return FitInput(points, {pid: name[pid] for pid in points}, point_of, polarity, codings, turn_starts,
                    participant_of, attributes, org_values, subtree, paths, coder, linked_counts)


def _coding_rows(project, wanted: set[int], coder: str | None):
    """(document, code, start, end) of the wanted codes' codings (one coder's, or everyone's)."""
    # a plain scan (the unary + keeps SQLite off the code index: sequential reads are faster here)
    sql = f'SELECT document_id, code_id, start, "end" FROM codings WHERE +code_id IN ({",".join("?" * len(wanted))})'
    args: tuple = tuple(wanted)
    if coder is not None:
        sql, args = sql + " AND coder = ?", (*args, coder)
    return project.conn.execute(sql, args)


def attribute_options(data: FitInput) -> dict[str, list[str]]:
    """Attribute → the values participants have (as text), for choosing a group."""
    found: dict[str, set[str]] = {}
    for attrs in data.attributes.values():
        for name, value in attrs.items():
            if value is not None and str(value) != "":
                found.setdefault(name, set()).add(str(value))
    return {name: sorted(values, key=str.casefold) for name, values in sorted(found.items())}


# ---- the computation (pure) ---------------------------------------------------------------------
def selected_participants(data: FitInput, params: FitParams) -> set[int]:
    wanted = [(name.casefold(), {v.casefold() for v in values}) for name, values in params.where]
    out = set()
    for who in set(data.participant_of.values()):
        attrs = {k.casefold(): v for k, v in data.attributes.get(who, {}).items()}
        if all(_text(attrs.get(name)) in values for name, values in wanted):
            out.add(who)
    return out


def _text(value) -> str:
    return "" if value is None else str(value).casefold()


def evidence_flags(data: FitInput, rule: str) -> dict[int, tuple[list, dict]]:
    """Per document, the value codings with their evidence flags (cached per rule)."""
    if rule not in data.flags:
        data.flags[rule] = {doc: document_evidence(rows, data.point_of, data.polarity,
                                                   data.turn_starts.get(doc, []), rule)
                            for doc, rows in data.codings.items()}
    return data.flags[rule]


def compute(data: FitInput, params: FitParams | None = None) -> ValuesFit:
    # the coder filter is applied when reading (load_input); the result says which was used
    params = replace((params or FitParams()).checked(), coder=data.coder)
    people = selected_participants(data, params)
    counts = {pid: [0, 0, 0, set()] for pid in data.points}  # codings, P, N, who
    linked_codings: dict[int, int] = {}
    flags = evidence_flags(data, params.rule)
    documents = []
    for doc, who in data.participant_of.items():
        if who not in people:
            continue
        documents.append(doc)
        for point, (n, p, neg) in flags[doc][1].items():
            c = counts[point]
            c[0] += n
            c[1] += p
            c[2] += neg
            c[3].add(who)
        for code, n in data.linked_counts.get(doc, {}).items():
            linked_codings[code] = linked_codings.get(code, 0) + n
    base = len(people)
    claims = _claims(data)
    points = []
    for pid, (n, p, neg, who) in counts.items():
        if not n:
            continue
        denominator = p + params.weight * neg
        delivery = (p - params.weight * neg) / denominator if denominator else None
        points.append(FitPoint(pid, data.points[pid], data.names[pid], len(who) / base if base else 0.0,
                               delivery, p, neg, n, len(who), claims.get(pid, []), None))
    threshold = params.threshold
    if threshold is None:
        # without points there is no median: the middle keeps an empty map readable
        threshold = statistics.median(p.importance for p in points) if points else 0.5
    for point in points:
        point.quadrant = quadrant(point.importance, point.delivery, threshold)
    points.sort(key=lambda p: (-p.importance, p.code.casefold()))
    blind = [p.code for p in points if p.importance >= threshold and not p.claimed_by]
    return ValuesFit(points, blind, _unsupported(data, linked_codings), threshold, base, params, data,
                     sorted(documents))


def quadrant(importance: float, delivery: float | None, threshold: float) -> str | None:
    if delivery is None:
        return None
    important, delivered = importance >= threshold, delivery > 0
    if important:
        return "core_strength" if delivered else "critical_gap"
    return "hidden_asset" if delivered else "low_priority"


def _claims(data: FitInput) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for value in data.org_values:
        linked = {sub for code in value.code_ids for sub in data.subtree.get(code, [code])}
        for pid in data.points:
            if linked & set(data.subtree.get(pid, [pid])):
                out.setdefault(pid, []).append(value.name)
    return out


def _unsupported(data: FitInput, codings_per_code: dict[int, int]) -> list[Claim]:
    out = []
    for value in data.org_values:
        paths = [data.paths.get(c, str(c)) for c in value.code_ids]
        if not value.code_ids:
            out.append(Claim(value.name, value.description, paths, "no_links"))
            continue
        total = sum(codings_per_code.get(sub, 0) for code in value.code_ids
                    for sub in data.subtree.get(code, [code]))
        if not total:
            out.append(Claim(value.name, value.description, paths, "no_evidence"))
    return out


def values_fit(project, params: FitParams | None = None) -> ValuesFit:
    return compute(load_input(project, params.coder if params else None), params)


def params_for(flt) -> FitParams:
    """The values-fit parameters of an analysis filter (participants by attribute, coder)."""
    where = {name: sorted(values) for name, values in (flt.where if flt else {}).items()}
    return FitParams(coder=flt.coder if flt else None).with_where(where)


def values_fit_section(data) -> dict:
    """`workbench stats --json` → `values_fit` for an analysis dataset (its filter applies)."""
    project = getattr(data, "_project", None)
    if project is None:
        return {}
    flt = data.flt
    # the dataset already holds every document and coding unless it was narrowed
    whole = not flt.where and flt.code_ids is None
    fit_input = load_input(project, flt.coder, dataset=data if whole else None)
    return compute(fit_input, params_for(flt)).to_json()
